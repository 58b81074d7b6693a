// Trigger matching: lexicon lookups per token (data/events/triggers.tsv), blockers, followers, required
// complements and the noun/verb choice for ambiguous forms.
import type { TriggerEntry, WordForm } from './lexicon.ts';
import { RELATIVE_PRONOUNS, VERB_PREFIXES, type Hit, Ctx } from './context.ts';
import { words } from './words.ts';

/** Trigger matches, longest first per token; tokens inside entity mentions are skipped (الحشد الشعبي). */
export function findTriggers(c: Ctx): Hit[] {
  const hits: Hit[] = [];
  const n = c.toks.length;
  for (let k = 0; k < n; k++) {
    const t = c.toks[k];
    if (t.kind !== 'word') continue;
    const forms = c.look(k).trigger;
    if (!forms.length) continue;
    if (k > 0 && c.lex.blockers.get(t.norm)?.has(c.toks[k - 1].norm)) continue;
    const fol = c.lex.followers.get(t.norm) ?? c.lex.followers.get(t.norm.replace(/^[وف]/, ''));
    if (fol && k + 1 < n && (fol.has(c.toks[k + 1].norm) || (k + 2 < n && fol.has(`${c.toks[k + 1].norm} ${c.toks[k + 2].norm}`)))) continue;
    let best: Hit | null = null;
    for (const f of forms) {
      const res = c.lex.triggers.matchAt((j) => (j === k ? f.norm : c.sent(j) === c.sent(k) && c.toks[j]?.kind === 'word' ? c.norm(j) : undefined), k, [f.norm]);
      for (const r of res) {
        for (const e of r.values) {
          if (!compatible(e, f, r.length)) continue;
        // nouns inside a name are part of it (هيئة الحشد الشعبي، منظمة التعاون); a verb inside a mention
        // is an over-long mention, the verb still counts
        // (a possessed masdar tagged as a one-word name — "استقالته" — is no name: a name takes no pronoun)
        if (c.covered[k] && (e.pos !== 'verb' || c.startsAt.has(k)) && !(e.pos === 'noun' && f.suffix && r.length === 1 && oneWordMention(c, k))) continue;
        // «بين جهاز دعم الاستقرار و…»: a bare word right after an indefinite group head is its genitive (a
        // construct), not a verb with that head as subject (sound plurals keep their ن and may be subjects: «مسلحون قصفوا»)
        // (nor an event noun: «جهاز دعم الاستقرار»، «قوات حفظ السلام» name a body)
        if (!f.prefix && !f.article && !f.suffix && r.length === 1 && k > 0 && constructHead(c, k - 1)) continue;
        // (a verb's subject may stand between it and its required object: "حمّلها الجيش … المسؤولية")
        if (e.requires.size && !requirementMet(c, k + r.length, e.requires, e.pos === 'verb' ? 10 : 6)) continue;
        // (an excluded object close after it cancels it: «القواعد التي تستضيف القوات الأمريكية» hosts, no visit)
        if (e.excludes.size && requirementMet(c, k + r.length, e.excludes, 6)) continue;
        // a final ى is never the pronoun ي: «جرحى» (the wounded) is no verb + object
        if (f.suffix === 'ي' && /ى[\u064B-\u065F]*$/.test(t.text)) continue;
        // a word written with ة is a noun: وزارة is not و + زار + ه
        if (f.suffix && /ة[\u064B-\u065F]*$/.test(t.text) && r.length === 1) continue;
        // (feminine participles in circumstantial use are the exception: «، مهددةً بـ»، «، داعيةً إلى»)
        if (e.pos === 'verb' && !e.participle && /ة[\u064B-\u065F]*$/.test(t.text) && r.length === 1) continue;
        // nunation marks a noun: «رفضاً» is the masdar, never the dual verb رفضا (participles aside: «مطالباً»)
        if (e.pos === 'verb' && !e.participle && /[\u064B-\u064D][اى]?$/.test(t.text)) continue;
        // (a feminine participle reads like its masdar «مطالبة»: only right after a comma is it circumstantial)
        if (e.participle && /ة[\u064B-\u065F]*$/.test(t.text) && !(k > 0 && c.isComma(k - 1))) continue;
        // a participle after a number or a quantity is a noun: «بحق 40 متهماً» (defendants)
        if (e.participle && k > 0 && (c.toks[k - 1].kind === 'number' || /^\d+$/.test(c.toks[k - 1].norm))) continue;
          // "التي منحتها": after a relative pronoun a suffixed word is a verb, not a possessed noun
          if (e.pos === 'noun' && f.suffix && k > 0 && RELATIVE_PRONOUNS.has(c.toks[k - 1].norm)) continue;
          // a march written with a shadda on its ي is a drone (مسيّرة، مسيّرات): vocalisation decides
          if (e.type === 'PROTEST' && /يّ|يّ/.test(t.text)) continue;
          // "اتفاقية … الموقعة بينهما عام 2001"، "اتفاقاً سابقاً": an earlier agreement referred to, not an event
          if (e.type === 'AGREE' && e.pos !== 'verb' && pastReference(c, k + r.length)) continue;
          const cand: Hit = { tok: k, len: r.length, entry: e, form: f, start: t.start + f.cut, end: c.toks[k + r.length - 1].end };
          if (!best || better(c, cand, best)) best = cand;
        }
      }
    }
    if (best) {
      hits.push(best);
      k += best.len - 1;
    }
  }
  return hits;
}

/** One of `words` within 6 tokens from `from`, in the same sentence (with ال/و/ب/ل stripped too). */
export function requirementMet(c: Ctx, from: number, words: Set<string>, span = 6): boolean {
  const s = c.sent(Math.max(0, from - 1));
  for (let j = from; j < c.toks.length && j < from + span && c.sent(j) === s; j++) {
    // (the required object stays in its clause: «تراجعت الليرة …، وتراجعت الحكومة عن» — a comma before a
    // conjoined word or a contrast word opens another clause)
    if (j > from && clauseBreak(c, j)) return false;
    const n = c.norm(j)!;
    if (words.has(n) || words.has(n.replace(/^[وفبل]/, '')) || words.has(n.replace(/^[وفبل]?ال/, '')) || words.has(n.replace(/^[وف]?ب?ال/, 'بال')) || words.has(n.replace(/^[وف]?لل/, ''))) return true;
  }
  return false;
}

export function compatible(e: TriggerEntry, f: WordForm, len: number): boolean {
  // لـ before a verb is the subjunctive particle: only an imperfect follows it (ليبحث، not لبحث = "to discuss")
  if (e.pos === 'verb') return !f.article && VERB_PREFIXES.has(f.prefix) && (!f.prefix.includes('ل') || /^[يتنا]/.test(f.norm));
  if (e.pos === 'noun') return !f.prefix.includes('س') && !(f.article && f.suffix);
  // phrases: the first word may carry a conjunction or a preposition
  return len >= 1 && !f.prefix.includes('س');
}

/** "قررت فرنسا، الثلاثاء، طرد"، "يواصل طلبة الطب مقاطعة": a verb taking a masdar object up to six words back. */
export function governedMasdar(c: Ctx, tok: number): boolean {
  const s = c.sent(tok);
  for (let j = tok - 1; j >= 0 && j >= tok - 7 && c.sent(j) === s; j--) {
    if (c.isBoundary(j)) return false;
    const n = c.norm(j) ?? '';
    if (c.lex.nounContextsFar.has(n) || c.lex.nounContextsFar.has(c.bare(j))) return true;
  }
  return false;
}

/** Prefer longer matches; a bare form read as a verb unless a preposition precedes it (وسط رفض → noun). */
export function better(c: Ctx, a: Hit, b: Hit): boolean {
  if (a.len !== b.len) return a.len > b.len;
  // a reading whose required complement is present is the more specific one: "وصلت … قافلة مساعدات" is aid
  if (a.entry.pos === b.entry.pos && (a.entry.requires.size > 0) !== (b.entry.requires.size > 0)) return a.entry.requires.size > 0;
  const prev = c.norm(a.tok - 1) ?? '';
  const afterPrep = c.lex.nounContexts.has(prev) || c.lex.nounContexts.has(c.bare(a.tok - 1)) || /[بل]/.test(a.form.prefix) ||
    governedMasdar(c, a.tok) || (!a.form.prefix && supportVerbBefore(c, a.tok));
  const score = (h: Hit) => (h.entry.pos === 'verb' ? (afterPrep ? 0 : 2) : h.entry.pos === 'phrase' ? 1.5 : afterPrep ? 2 : 1) - h.form.prefix.length * 0.01 - (h.form.suffix ? 0.1 : 0);
  return score(a) > score(b);
}

/** A participle or adjective of a past agreement within four words (function-words.tsv `past-reference`). */
function pastReference(c: Ctx, from: number): boolean {
  const s = c.sent(from - 1);
  const ref = words('past-reference');
  for (let k = from; k < from + 4 && k < c.toks.length && c.sent(k) === s; k++) {
    if (c.isBoundary(k) || c.isComma(k)) return false;
    if (ref.has(c.bare(k))) return true;
  }
  return false;
}

/** "جدد القادة دعمهم"، "أعربت X عن رفضها": a support verb (frames.tsv actor/announce) up to six words back takes
 * a masdar object; a complementizer, a continuation or a comma in between ends its reach. */
function supportVerbBefore(c: Ctx, tok: number): boolean {
  const s = c.sent(tok);
  const stop = [words('complementizer'), words('pronoun-complementizer'), words('continuation')];
  for (let j = tok - 1; j >= 0 && j >= tok - 6 && c.sent(j) === s; j--) {
    if (c.isBoundary(j) || c.isComma(j)) return false;
    const n = c.norm(j) ?? '';
    if (stop.some((w) => w.has(n))) return false;
    const f = c.lex.frames.get(n) ?? c.lex.frames.get(c.bare(j));
    if (f && (f.role === 'actor' || f.role === 'announce')) return true;
  }
  return false;
}

/** A mention that is exactly token k. */
function oneWordMention(c: Ctx, k: number): boolean {
  return (c.startsAt.get(k) ?? []).some((m) => m.tokenEnd === k + 1 && !m.entity.startsWith('#'));
}

/** A new clause starts at token j: a comma followed by a word with و/ف, or a contrast word. */
function clauseBreak(c: Ctx, j: number): boolean {
  if (words('contrast').has(c.toks[j].norm)) return true;
  return c.isComma(j) && c.toks[j + 1]?.kind === 'word' && /^[وف]/.test(c.toks[j + 1].norm) && !words('aux').has(c.toks[j + 1].norm);
}

/** An indefinite group or instrument head that can stand in construct (inside a name too: «جهاز دعم الاستقرار») (groups.tsv) with no conjunction: «جهاز»، «قوة»، «مجلس». */
function constructHead(c: Ctx, j: number): boolean {
  const t = c.toks[j];
  if (t.kind !== 'word' || (!c.covered[j + 1] && (c.startsAt.get(j) ?? []).some((m) => !m.entity.startsWith('#'))) || /^(ال|و|ف|ب|ل)/.test(t.norm) || /(ون|ين)$/.test(t.norm)) return false;
  return (c.lex.groups.get(t.norm) ?? []).some((g) => g.kind === 'group' || g.kind === 'means');
}
