// Title descriptions: «الوزير الإيراني»، «قاضي التحقيق بالقطب …» name no one by themselves; these resolve them to the
// person or body the article named with that title, so events get entity actors instead of pseudo-groups.
import { lowerBound } from '../doc.ts';
import type { EntityMention } from '../entities/index.ts';
import { type Ctx, isTitle, mentionEndingAt, paragraphOf } from './context.ts';
import { words } from './words.ts';

/** The organisation a title group works for, named right after it: «قاضي التحقيق بالقطب القضائي»، «مدير الأمن في
 * وزارة الداخلية» (a ب/في/لدى phrase within two definite words of the title). */
export function bodyOfTitle(c: Ctx, id: string, near: number): string | null {
  // (the group mention nearest the trigger: ids are phrase texts and may repeat)
  let g: EntityMention | undefined;
  for (let k = near; k >= 0 && k >= near - 30; k--) { const m = c.startArr[k]?.[0]; if (m?.entity === id) { g = m; break; } }
  for (let k = near + 1; !g && k < c.toks.length && k <= near + 30; k++) { const m = c.startArr[k]?.[0]; if (m?.entity === id) g = m; }
  if (!g) return null;
  const head = c.toks[g.tokenStart].norm.replace(/^(و|ف)?(ال)?/, '');
  if (!(c.lex.groups.get(head) ?? []).some((x) => x.kind === 'title')) return null;
  for (let k = g.tokenEnd; k < c.toks.length && k <= g.tokenEnd + 3 && c.sent(k) === c.sent(g.tokenStart); k++) {
    const m = c.startArr[k]?.[0];
    if (m) {
      const inf = c.info(m);
      // (session 8) «وعدهم أمين عام الوزارة بـ…»: the body in construct right after the title (one indefinite adjective
      // between at most), named or a description of a body named before
      if (inf.prep === '' && k - g.tokenEnd <= 1 && (k === g.tokenEnd || !c.toks[k - 1].norm.startsWith('ال'))) {
        if (inf.entity?.type === 'ORG') return m.entity;
        if (m.entity.startsWith('#')) {
          const d = describedEntity(c, m.entity, near);
          if (d && c.byId.get(d)?.type === 'ORG') return d;
        }
        return null;
      }
      return inf.entity?.type === 'ORG' && ['ب', 'في', 'لدي'].includes(inf.prep) ? m.entity : null;
    }
    // (one indefinite adjective right after the title: «أمين عام»، «مدير عام»)
    if (k === g.tokenEnd && c.toks[k].kind === 'word' && !c.covered[k] && !c.nounHits.has(k) && /^[^وفبلك]\S{2,}$/.test(c.toks[k].norm) &&
      !c.toks[k].norm.startsWith('ال') && c.startArr[k + 1] !== undefined) continue;
    if (!c.toks[k].norm.startsWith('ال') && !['في', 'لدي'].includes(c.toks[k].norm)) return null;
  }
  return null;
}

/** The organisation a short group description (one or two words: «الحركة»، «قيادة الشرطة») refers to: the nearest
 * ORG mentioned before the trigger (at most 60 mentions back) whose name begins with those words and is longer. */
export function describedEntity(c: Ctx, id: string, tok: number, exclude?: string, strict = false): string | null {
  if (!id.startsWith('#')) return null;
  const gw = id.slice(1).split(' ');
  if (!gw.length || gw.length > 2) return null;
  const titleHead = (c.lex.groups.get(gw[0]) ?? []).some((g) => g.kind === 'title');
  const absolute = gw.length === 1 && (c.lex.groups.get(gw[0]) ?? []).some((g) => g.kind === 'absolute');
  const ms = c.layer.mentions;
  // mentions are sorted by start: the last one starting before the trigger token (a scan from the end would make
  // every call cost the whole document)
  const hi = lowerBound(ms, c.toks[tok].start) - 1;
  let soft: string | null = null;
  for (let i = hi; i >= 0 && i > hi - 60; i--) {
    const e = c.byId.get(ms[i].entity);
    if (!e || e.id === exclude) continue;
    // «الوزير الإيراني» after «وزير الخارجية الإيراني حسين …»: a title (and its nisba) refers to the person last
    // mentioned with that title
    if (e.type === 'PER' && titleHead) {
      const mw = c.mentionWords(i);
      let k = 0;
      // (an absolute title alone — «الرئيس» — is no «رئيس الوزراء»: a holder whose title has a complement is another office)
      if (mw[0] === gw[0] && !(absolute && mw.length > 1 && !nisbaWord(mw[1]) && !words('absolute-complement').has(mw[1]))) for (const w of mw) if (w === gw[k]) k++;
      // (a mention that is only a title, right after another person's name, is that person's apposition:
      // «البوسعيدي وزير الخارجية» — the title describes the name before it)
      const prevPer = mw[0] === gw[0] && ms[i].tokenStart > 0 ? mentionEndingAt(c, ms[i].tokenStart - 1) : null;
      const id = prevPer && prevPer.entity !== e.id && c.byId.get(prevPer.entity)?.type === 'PER' && !c.nameWords(e.name).includes(mw[mw.length - 1]) ? prevPer.entity : e.id;
      if (k === gw.length) return id;
      // (or the title written right before the name: «وزير الخارجية الإيراني حسين …» → «الوزير الإيراني»)
      if (titleBeforeName(c, ms[i].tokenStart, gw, false, e.id, absolute)) return e.id;
      // (or right after it: «بدر البوسعيدي وزير الخارجية» → «الوزير»)
      if (titleAfterName(c, ms[i].tokenEnd, gw)) return e.id;
      // (session 7) (or in a comma apposition before it: «حلّ وزير الفلاحة والصيد البحري …، أحمد البوزيدي،» → «الوزير»)
      if (k < gw.length && titleBeforeComma(c, ms[i].tokenStart, gw)) return e.id;
      // «الوزير العُماني» after «البوسعيدي وزير الخارجية»: a nisba the article never wrote beside the title fits
      // when the title phrase carries no other nisba (the nearest such holder; an exact match further back wins)
      if (!soft && !strict && gw.length === 2 && nisbaWord(gw[1])) {
        if (k === 1 && !mw.slice(1).some(nisbaWord)) soft = id;
        else if (titleAfterName(c, ms[i].tokenEnd, gw.slice(0, 1), true) || titleBeforeName(c, ms[i].tokenStart, gw.slice(0, 1), true, e.id)) soft = e.id;
      }
      continue;
    }
    if (e.type !== 'ORG') continue;
    for (let q = 0; q < 2; q++) {
      const nw = q === 0 ? c.nameWords(e.name) : c.mentionWords(i);
      if (nw.length > gw.length && gw.every((w, k) => nw[k] === w)) return e.id;
      // «البعثة الأممية» after «بعثة الأمم المتحدة للدعم في ليبيا»: the head, then a nisba of a later word of the name
      if (gw.length === 2 && nw.length > 2 && nw[0] === gw[0]) {
        const stem = gw[1].replace(/(يه|ي)$/, '');
        if (stem.length >= 3 && stem !== gw[1] && nw.slice(1).some((w) => w === stem || w === stem + 'ا' || w === stem + 'ي')) return e.id;
      }
    }
  }
  return soft;
}

const W_HONORIFIC = words('honorific');
/** The stem of a nisba (اسبانيه → اسبان, العماني → عمان), or '' for a word that is none. */
function nisbaStem(w: string): string {
  const m = /^(?:ال)?(\S{3,}?)(يه|ي)$/.exec(w);
  return m && !w.endsWith('وي') ? m[1] : '';
}

/** A nisba adjective (العُماني، الإيراني): a definite-or-bare word ending in ي, long enough not to be a particle. */
function nisbaWord(w: string): boolean {
  return w.length >= 4 && w.endsWith('ي') && !w.endsWith('وي');
}

/** The words of a short title description («وزير إيراني» from «الوزير الإيراني») occur in order in the title phrase
 * right before a name (at most six words back, no punctuation), its first word heading that phrase. */
function titleBeforeName(c: Ctx, nameTok: number, gw: string[], noNisba = false, self?: string, absolute = false): boolean {
  const bare = (k: number) => { const n = c.toks[k].norm.replace(/^[وف](?=ال)/, ''); return n.startsWith('ال') && n.length > 3 ? n.slice(2) : n; };
  for (let k = nameTok - 1; k >= 0 && k >= nameTok - 6; k--) {
    if (c.toks[k].kind !== 'word' || c.sent(k) !== c.sent(nameTok)) return false;
    // (another person's name between them: the title is that person's — «الرئيس التونسي قيس سعيد وزير الخارجية
    // الجزائري أحمد عطاف»: «الرئيس» is no title of عطاف)
    const other = self ? mentionEndingAt(c, k) : null;
    if (other && other.entity !== self && c.byId.get(other.entity)?.type === 'PER') return false;
    if (bare(k) !== gw[0]) continue;
    // (an absolute title with a complement after it — «رئيس الوزراء اللبناني نواف سلام» — is another office)
    if (absolute && k + 1 < nameTok && !nisbaWord(bare(k + 1)) && !words('absolute-complement').has(bare(k + 1))) return false;
    let n = 1;
    for (let j = k + 1; j < nameTok && n < gw.length; j++) if (bare(j) === gw[n]) n++;
    // (with noNisba, the phrase must name no nationality of its own: «وزير الخارجية العراقي» is no «الوزير العُماني»;
    // and be one title phrase, definite words only: «الوزير جلسة مباحثات مع نظيره X» is no title of X)
    if (noNisba) for (let j = k + 1; j < nameTok; j++) if (nisbaWord(bare(j)) || !c.toks[j].norm.startsWith('ال')) return false;
    return n === gw.length;
  }
  return false;
}

/** Max words of a title phrase set off by a comma before the name it describes. */
const APPOSITION_SPAN = 10;

/** (session 7) «وزير الفلاحة والصيد البحري والتنمية القروية، أحمد البوزيدي،»: the name right after a comma, and before the
 * comma a title phrase (words only, at most ten) whose first word is the description's head and which holds its other
 * words in order. A name set off by commas after an office is that office's holder. */
function titleBeforeComma(c: Ctx, nameTok: number, gw: string[]): boolean {
  // (session 8, round 2: an honorific may stand between the comma and the name — «…، السيدة ماريا لويسا فرنانديث»)
  const comma = nameTok >= 2 && W_HONORIFIC.has(c.norm(nameTok - 1) ?? '') ? nameTok - 2 : nameTok - 1;
  if (comma < 1 || !c.isComma(comma)) return false;
  const bare0 = (k: number) => { const n = c.toks[k].norm.replace(/^[وف](?=ال)/, ''); return n.startsWith('ال') && n.length > 3 ? n.slice(2) : n; };
  // (a title conjoined by و — «وسفيرة مملكة إسبانيا» — and a nisba of the description against the country the phrase names:
  // «السفيرة الإسبانية» ~ «مملكة إسبانيا»)
  const bare = (k: number, n = -1) => {
    const b = bare0(k);
    if (n === 0 && b !== gw[0] && /^[وف]/.test(b) && b.slice(1) === gw[0]) return gw[0];
    if (n > 0 && nisbaStem(gw[n]) && nisbaStem(gw[n]) === b.replace(/(يا|ا)$/, '')) return gw[n];
    return b;
  };
  const s = c.sent(nameTok);
  for (let k = comma - 1; k >= 0 && k >= comma - APPOSITION_SPAN; k--) {
    if (c.toks[k].kind !== 'word' || c.sent(k) !== s) return false;
    // (another person named inside: the phrase is not one title)
    const other = mentionEndingAt(c, k);
    if (other && c.byId.get(other.entity)?.type === 'PER') return false;
    if (bare(k, 0) !== gw[0]) continue;
    let n = 1;
    for (let j = k + 1; j < comma && n < gw.length; j++) if (bare(j, n) === gw[n]) n++;
    return n === gw.length;
  }
  return false;
}

/** The words of a short title description occur in order in a title phrase right after a name, its first word
 * within two words of the name (at most six words, no punctuation): «بدر البوسعيدي وزير الخارجية». */
function titleAfterName(c: Ctx, nameEnd: number, gw: string[], noNisba = false): boolean {
  const bare = (k: number) => { const n = c.toks[k].norm; return n.startsWith('ال') && n.length > 3 ? n.slice(2) : n; };
  const s = c.sent(nameEnd - 1);
  let n = 0;
  let start = -1;
  for (let k = nameEnd; k < c.toks.length && k < nameEnd + 6 && c.sent(k) === s; k++) {
    if (c.toks[k].kind !== 'word' || (n === 0 && !!c.startArr[k]?.some((m) => !m.entity.startsWith('#')))) break;
    if (n === 0 && k > nameEnd + 1) break;
    if (n < gw.length && bare(k) === gw[n]) { if (n === 0) start = k; n++; continue; }
    if (n === 0) continue;
    if (noNisba && nisbaWord(bare(k))) return false;
  }
  return start >= 0 && n === gw.length;
}

/** «المتحدث باسم الحكومة العراقية باسم العوادي»: the body a spokesperson speaks for — the NP of a speaker preposition
 * (preps.tsv role `speaker`: باسم) ending at most three tokens before the person's mention nearest `near` in its
 * sentence (at most twenty tokens either side). The person's statements are the body's acts (docs/gold-format.md: who acts). */
export function bodyOfSpokesperson(c: Ctx, per: string, near: number): string | null {
  if (c.byId.get(per)?.type !== 'PER') return null;
  const s = c.sent(near);
  // (the person's mention nearest `near` in its sentence, before or after it, at most 60 tokens away: a long quote may
  // stand between the title and a participle)
  for (let d = 0; d <= 120; d++) {
    const k = d % 2 ? near + (d + 1) / 2 : near - d / 2;
    if (k < 0 || k >= c.toks.length || c.sent(k) !== s) continue;
    const m = c.startArr[k]?.find((x) => x.entity === per);
    if (!m) continue;
    const inner = c.speakerBody.get(m);
    if (inner) return inner;
    for (let j = m.tokenStart - 1; j >= 0 && j >= m.tokenStart - 3 && c.sent(j) === s; j--) {
      const b = mentionEndingAt(c, j);
      if (!b || b.entity === per) continue;
      const inf = c.info(b);
      return inf.prepRole === 'speaker' && c.byId.get(b.entity)?.type !== 'PER' ? b.entity : null;
    }
    return null;
  }
  return null;
}

/** The organisation an unnamed source speaks for («مصدر في وزارة الدفاع التركية»: side «وزارة الدفاع التركية»): the
 * entity whose name or a mention of which is the side's text (normalised), an organisation before a place. The
 * annotation rule (docs/gold-format.md) makes that organisation the actor of the source's acts. */
export function sideEntity(c: Ctx, side: string | undefined | null): string | null {
  if (!side) return null;
  const key = c.nameWords(side).join(' ');
  // (the first ORG in entity order whose name or a mention reads as the side, else the first such LOC: indexed once)
  const hit = c.bodiesByKey().get(key);
  if (hit?.org) return hit.org;
  const loc = hit?.loc ?? null;
  // (a body the entity stage left unnamed but the group phrases hold: «مصدر في رئاسة الحكومة» → «رئاسة الحكومة»)
  return loc ?? (c.firstGroup.has('#' + key) ? '#' + key : null);
}

/** «دان الوزيران …»، «واتفق الرئيسان …»: the two persons last named with the title of a dual title noun (its singular:
 * وزير، رئيس) — by the entity's titles or the title written in the four words before a mention — in the sentence or
 * the one before (at most 200 mentions back). Empty unless exactly two are found. */
export function dualTitleHolders(c: Ctx, title: string, tok: number): string[] {
  const out: string[] = [];
  const s = c.sent(tok);
  const ms = c.layer.mentions;
  const hasTitle = (id: string, m: EntityMention) => {
    const e = c.byId.get(id);
    if ((e?.titles ?? []).some((t) => c.nameWords(t).includes(title))) return true;
    for (let k = Math.max(0, m.tokenStart - 4); k < m.tokenStart; k++) {
      const w = c.toks[k].norm;
      // (with or without a conjunction: «ووزير»; «وزير» itself begins with و)
      for (const n of [w, w.replace(/^[وف](?=\S{3})/, '')]) if ((n.startsWith('ال') ? n.slice(2) : n) === title) return true;
      // «الوزير X … من نظيره التركي Y»: a counterpart holds the same title
      if (/^[وف]?نظير(ه|ها)$/.test(w)) return true;
    }
    // (session 8) a title in apposition right after the name: «أرمان تولبايف وزير خارجية كازاخستان»، «X رئيس مجلس الوزراء
    // وزير الخارجية» (at most six words on, within its sentence, no other name between)
    for (let k = m.tokenEnd; k < c.toks.length && k < m.tokenEnd + 6 && c.sent(k) === c.sent(m.tokenStart); k++) {
      const t = c.toks[k];
      if (t.kind !== 'word' || c.startArr[k]?.some((x) => c.byId.get(x.entity)?.type === 'PER')) break;
      const w = t.norm.startsWith('ال') ? t.norm.slice(2) : t.norm;
      if (w === title) return true;
    }
    return c.nameWords(m.text)[0] === title;
  };
  for (let i = lowerBound(ms, c.toks[tok].start) - 1, n = 0; i >= 0 && n < 200 && out.length < 3; i--, n++) {
    const m = ms[i];
    // (session 8: four sentences back — the signing and the talks are often told in turn)
    if (m.tokenStart < 0 || s - c.sent(m.tokenStart) > 4) break;
    if (c.byId.get(m.entity)?.type !== 'PER' || out.includes(m.entity)) continue;
    if (hasTitle(m.entity, m)) out.push(m.entity);
    if (out.length === 2) break;
  }
  return out.length === 2 ? out.reverse() : [];
}

/** «الوزيرة الألمانية» read by the entity stage as a mention of some other person (a name it took from a time word or
 * a second holder): when a person's mention is a title description only — a title head and nisba or definite words,
 * none of the entity's name words — and another person was named before with that title, that person is meant. */
export function titleOnlyHolder(c: Ctx, m: EntityMention): string | null {
  const e = c.byId.get(m.entity);
  if (e?.type !== 'PER') return null;
  const mw = c.nameWords(m.text);
  if (mw.length < 2 || mw.length > 3) return null;
  if (!(c.lex.groups.get(mw[0]) ?? []).some((g) => g.kind === 'title')) return null;
  const own = new Set(c.nameWords(e.name));
  if (mw.some((w) => own.has(w))) return null;
  if (!mw.slice(1).every((w) => nisbaWord(w) || /يه$/.test(w))) return null;
  // (a title in apposition with the entity's own name is its title: «الرئيس الجيبوتي إسماعيل عمر جيله» — unless that
  // «name» is a date word the entity stage took for one: «الوزيرة الألمانية مساء الثلاثاء»)
  const next = c.startArr[m.tokenEnd]?.find((x) => x.entity === e.id);
  const prev = m.tokenStart > 0 ? mentionEndingAt(c, m.tokenStart - 1) : null;
  if (next && !c.dateCovered[next.tokenStart]) return null;
  if (prev && prev.entity === e.id && !c.dateCovered[prev.tokenStart]) return null;
  const other = describedEntity(c, '#' + mw.join(' '), m.tokenStart, e.id, true);
  return other && other !== e.id && c.byId.get(other)?.type === 'PER' ? other : null;
}

/** A title head (groups.tsv kind `title`) among the four words before a person's mention, or the entity's titles:
 * «وزير الفلاحة أحمد البوزيدي». */
function titledMention(c: Ctx, m: EntityMention): boolean {
  if (c.byId.get(m.entity)?.titles?.length) return true;
  // (session 8) «وزير الفلاحة والصيد البحري …، أحمد البوزيدي،»: a title phrase set off by a comma before the name
  const comma = m.tokenStart - 1;
  if (comma >= 1 && c.isComma(comma)) {
    for (let j = comma - 1; j >= 0 && j >= comma - APPOSITION_SPAN && c.sent(j) === c.sent(m.tokenStart); j--) {
      const t = c.toks[j];
      if (t.kind !== 'word') break;
      if (c.startArr[j]?.some((x) => c.byId.get(x.entity)?.type === 'PER')) break;
      // (the word itself, or without its article — «وزير» keeps its و)
      if (isTitle(c, t.norm)) return true;
    }
  }
  for (let j = m.tokenStart - 1; j >= 0 && j >= m.tokenStart - 4; j--) {
    const t = c.toks[j];
    if (t.kind !== 'word') return false;
    const bare = t.norm.replace(/^[وف]/, '').replace(/^ال/, '');
    if ((c.lex.groups.get(bare) ?? c.lex.groups.get(t.norm) ?? []).some((g) => g.kind === 'title')) return true;
  }
  return false;
}

/** (session 7 follow-up) «وزير الفلاحة أحمد البوزيدي … ولم يلتق المسؤول الحكومي بالمعتصمين»، «استقبل X الضيف»: a
 * definite role noun (groups.tsv kind `anaphor`: المسؤول، الضيف، الزائر) with at most one modifier refers back to the
 * last person of its paragraph named with a title (at most 60 mentions back), not one of `exclude` (the clause's other
 * party). Not an adjective after a definite noun («الجهة المسؤولة») nor «المسؤول عن» (responsible for). */
export function roleAnaphor(c: Ctx, m: EntityMention, exclude: string[]): string | null {
  if (!m.entity.startsWith('#')) return null;
  const gw = m.entity.slice(1).split(' ');
  if (gw.length > 2 || !(c.lex.groups.get(gw[0]) ?? []).some((g) => g.kind === 'anaphor')) return null;
  const first = c.toks[m.tokenStart];
  if (!first || !/^(?:[وف]?[بلك]?ال|[وف]?لل)/.test(first.norm)) return null;
  const prev = c.toks[m.tokenStart - 1];
  // (a verb before it that begins with ال — «التقى المسؤول» — is no noun it describes)
  if (prev && prev.kind === 'word' && prev.norm.startsWith('ال') && c.sent(m.tokenStart - 1) === c.sent(m.tokenStart) &&
    !c.look(m.tokenStart - 1).trigger.length) return null;
  if (words('responsible-for').has(c.norm(m.tokenEnd) ?? '')) return null;
  const para = paragraphOf(c, m.tokenStart);
  const ms = c.layer.mentions;
  const hi = lowerBound(ms, first.start) - 1;
  for (let i = hi; i >= 0 && i > hi - 60; i--) {
    // (session 8: or of the two paragraphs before — «موكب الوزير لم يتوقف … ولم يلتق المسؤول الحكومي» names him earlier)
    if (ms[i].tokenStart < 0 || paragraphOf(c, ms[i].tokenStart) < para - 2) break;
    const e = c.byId.get(ms[i].entity);
    if (!e || e.type !== 'PER' || exclude.includes(e.id)) continue;
    if (titledMention(c, ms[i])) return e.id;
  }
  return null;
}
