// Roles from clause structure: bounded windows around a trigger, VSO/SVO subjects, objects and
// prepositional targets, masdar genitives, frames (تعرضت X إلى…), performed-by clauses, dateline places.
import { lowerBound } from '../doc.ts';
import { normalize } from '../text/normalize.ts';
import type { EntityMention } from '../entities/index.ts';
import { AFTER_WINDOW, BEFORE_WINDOW, RELATIVE_PRONOUNS, type Hit, type MInfo, Ctx, isTitle, mentionEndingAt, isLoc, AUX, wordsBetween } from './context.ts';
import { words } from './words.ts';
import { bodyOfSpokesperson, dualTitleHolders } from './titles.ts';
import { kanaQadSubject, subjectBeforeContinuation, ownerOfGroup } from './subjects.ts';
import { isPassive } from './passive.ts';
import type { TriggerEntry } from './lexicon.ts';

export interface Window {
  after: MInfo[];
  before: MInfo[];
  /** token distance from the trigger end (after) or start (before) per entry */
  gapAfter: number[];
  gapBefore: number[];
}

/**
 * A noun carrying a clitic preposition: بالـ/للـ + noun, or بـ/لـ + a verbal-noun shape (بخروج، بتقديم،
 * لاتخاذ، باستيراد). Native words that begin with ب/ل (بعثة، بيان، لبنان) are not matched.
 */
const cliticPrepMemo = new Map<string, boolean>();
/** (session 8) A title noun with a clitic بـ/لـ («بالرئيس»، «للوزير»، «بوزير»). */
export function cliticPrepTitle(c: Ctx, norm: string): boolean {
  const m = /^[وف]?([بل])(\S{3,})$/.exec(norm);
  if (!m) return false;
  const rest = m[1] === 'ل' && m[2].startsWith('ل') ? 'ا' + m[2] : m[2];
  // (session 9 probe) «واتصل X بنظيره الجزائري Y»: a counterpart word too
  return isTitle(c, rest) || words('counterpart').has(rest);
}

export function cliticPrepNoun(norm: string): boolean {
  // (a function of the word only, asked for every word of every window: memoised, bounded)
  let v = cliticPrepMemo.get(norm);
  if (v === undefined) {
    v = cliticPrepNounUncached(norm);
    if (cliticPrepMemo.size >= 100_000) cliticPrepMemo.clear();
    cliticPrepMemo.set(norm, v);
  }
  return v;
}
function cliticPrepNounUncached(norm: string): boolean {
  const w = norm.replace(/^[وف]/, '');
  if (!/^[بل]/.test(w)) return false;
  if (/^(بال|لل)/.test(w) && w.length >= 5) return true;
  const rest = w.slice(1);
  // (session 7) a place noun in construct with an attached ب/ل: «بمقر وزارة الخارجية»، «بقصر الاتحادية»
  if (words('place-head').has(rest)) return true;
  if (rest.length < 4) return false;
  return /^(ت|ا|است|ان|افت)/.test(rest) || /^..و.$/.test(rest);
}

/** "…، وأمر …": a comma followed by a و-word opens a new clause. */
export function newClauseBetween(c: Ctx, from: number, to: number): boolean {
  // (a title or group noun written with an initial و — وزير، وفد — is no conjunction: "، وزير الخارجية X")
  for (let k = from; k < to - 1; k++) {
    if (!c.isComma(k) || !/^و/.test(c.norm(k + 1) ?? '') || (c.startArr[k + 1] !== undefined)) continue;
    const n = c.norm(k + 1)!;
    if (isTitle(c, n) || c.lex.groups.has(n)) continue;
    // (session 9: in the accusative too — «، صباح اليوم، وفداً من مجلس …»: وفد is a noun in و, no conjunction)
    if (/\S{3}ا$/.test(n) && c.lex.groups.has(n.slice(0, -1))) continue;
    return true;
  }
  return false;
}

/** "في العاصمة الليبية طرابلس"، "في ريف حماة"، "في مدينة إربد": definite words or place nouns (function-words
 * `place-head`) between a place preposition and its place. */
export function placeRun(c: Ctx, from: number, to: number): boolean {
  const heads = words('place-head');
  for (let k = from; k < to; k++) if (!c.norm(k)!.startsWith('ال') && !heads.has(c.bare(k))) return false;
  return true;
}

/** Only definite words between two tokens. */
export function definiteRun(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!c.norm(k)!.startsWith('ال')) return false;
  return true;
}

export function hasComma(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (c.isComma(k) || c.isBoundary(k)) return true;
  return false;
}

export function titleGap(c: Ctx, from: number, to: number): boolean {
  let n = 0;
  let definite = false;
  let titled = false;
  for (let k = from; k < to; k++) {
    if (c.dateCovered[k]) continue;
    const t = c.toks[k];
    if (t.kind !== 'word') return false;
    if (n === 0) titled = isTitle(c, t.norm);
    n++;
    if (t.norm.startsWith('ال')) definite = true;
  }
  // a phrase opened by a title word may be long: "الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي"
  return n <= (titled ? 9 : 5) && definite;
}

/** (session 7) Max window words a verb's window gains for inner words of names and comma adjuncts (besides dates). */
const SPARE_MAX = 8;

/** (session 7) A comma at j opening an adjunct that closes with another comma within six tokens: a place or manner
 * phrase (a preposition, attached or written apart) or a date — «، بمكتبه في قصر البحر صباح اليوم،»، «، بالمناسبة،».
 * Returns the adjunct's length with both commas (0 when it is none); it names no participant of the verb. */
export function commaAdjunct(c: Ctx, j: number): number {
  const s = c.sent(j);
  for (let k = j + 1; k < c.toks.length && k <= j + 7 && c.sent(k) === s; k++) {
    if (c.isComma(k)) return k > j + 1 && (parenthetical(c, j + 1, k) || prepositionalSegment(c, j + 1, k)) ? k - j + 1 : 0;
    if (c.isBoundary(k) || c.toks[k].kind !== 'word') return 0;
  }
  return 0;
}

/** «بمكتبه في قصر البحر صباح اليوم»: words from..to-1 open with a preposition (attached — a ب/ل noun, a ب-word with a
 * pronoun — or a place preposition written apart) and hold no relative pronoun, complementizer or event noun. */
function prepositionalSegment(c: Ctx, from: number, to: number): boolean {
  const n = c.toks[from].norm;
  if (!(cliticPrepNoun(n) || /^ب\S{2,}(ه|ها|هم)$/.test(n) || words('place-adjunct-prep').has(n) || words('adjunct-prep').has(n))) return false;
  for (let x = from; x < to; x++) {
    const w = c.norm(x) ?? '';
    if (RELATIVE_PRONOUNS.has(w) || COMPLEMENTIZERS.has(w) || c.nounHits.has(x)) return false;
  }
  return true;
}

const TEMPORAL_RELATION = words('temporal-relation');
const CONTINUED = words('continuation');
export function windowAround(c: Ctx, h: Hit, stopAt: Set<number>): Window {
  const s = c.sent(h.tok);
  const after: MInfo[] = [];
  const gapAfter: number[] = [];
  let inRel = false;
  let pending: { tok: number; prep: string; role: string; clitic?: boolean } | null = null;
  let outer: { tok: number; prep: string; role: string; clitic?: boolean } | null = null;
  const endTok = h.tok + h.len;
  // (a date and its commas do not use up the window: "قضت المحكمة، اليوم الثلاثاء، بالسجن … على X"; at most 8 more)
  let extra = 0;
  // (session 7: verbs only — a noun's participants stay close to it)
  let spare = 0;
  let spareName = 0;
  const verbal = h.entry.pos === 'verb';
  const temporal = TEMPORAL_RELATION;
  let j = endTok;
  for (; j < c.toks.length && j < endTok + AFTER_WINDOW + extra && c.sent(j) === s; j++) {
    // (an opening quotation mark right after the trigger does not end it: «واتهمت "مجموعات خارجة عن القانون"»)
    if (j === endTok && c.toks[j].kind === 'quote') continue;
    if (c.isBoundary(j)) break;
    if ((c.dateCovered[j] || (c.isComma(j) && (c.dateCovered[j - 1] || c.dateCovered[j + 1]))) && extra - spare - spareName < 8) extra++;
    // (session 7) the inner words of a name and an adjunct set off by commas use up no window either: «استقبل الشيخ
    // X بن Y آل Z أمير البلاد، بمكتبه في قصر البحر صباح اليوم، الوزير W» — at most 8 more
    else if (j > endTok && spare < SPARE_MAX && c.isComma(j) && verbal) {
      const add = Math.min(commaAdjunct(c, j), SPARE_MAX - spare);
      spare += add;
      extra += add;
    }
    if (j > endTok && stopAt.has(j)) break; // the next verb trigger opens its own clause
    // a temporal relation introduces another event ("الغارة بعد يومين من هجوم شنه مسلحون …"), not a participant
    if (temporal.has(c.bare(j)) && !c.dateCovered[j]) break;
    const nj = c.norm(j)!;
    if (RELATIVE_PRONOUNS.has(nj)) { inRel = true; continue; }
    if (c.isComma(j)) { inRel = false; pending = null; outer = null; continue; }
    if (inRel) continue;
    const ms = c.startArr[j];
    // (session 7) «حفظه الله ورعاه»: a word of a blessing formula is no participant («رعاه» also reads as «رعاة», herders)
    if (ms && ms[0].entity.startsWith('#') && ms[0].tokenEnd - ms[0].tokenStart === 1 && words('blessing').has(c.norm(j) ?? '') &&
      words('blessing').has(c.norm(j - 1) ?? '')) continue;
    if (ms) {
      const m = ms[0];
      const inf = c.info(m);
      // a preposition a few words back governs this NP too: "مع قادة الفصائل"، "بخروج القوات"
      // (a clitic-carrying masdar governs only the NP right after it: "بخروج القوات", not "لحقوق الإنسان فولكر تورك")
      if (inf.prep === '' && pending && j - pending.tok <= (pending.clitic ? 1 : pending.role === 'place' ? 3 : 5) && (pending.role !== 'place' || placeRun(c, pending.tok + 1, j))) {
        inf.prep = pending.prep;
        inf.prepRole = pending.role;
      }
      // (session 9 probe) «بالرئيس السوري أحمد الشرع»: a name right after a title mention of the same entity (the entity stage
      // writes the title as a mention of its own) shares the title's preposition
      if (inf.prep === '' && !inf.coord && after.length && after[after.length - 1].m.entity === m.entity && after[after.length - 1].m.tokenEnd === j &&
        c.info(after[after.length - 1].m).prep !== '') {
        inf.prep = after[after.length - 1].prep;
        inf.prepRole = after[after.length - 1].prepRole;
      }
      // (session 9, final gaps) «مع المبعوث الأممي إلى اليمن X»: a name right after the posting of a title (إلى/لدى/في + a
      // place) takes the preposition that governed the title
      if (inf.prep === '' && outer && inf.entity?.type === 'PER' && j - outer.tok <= 9 && after.length && after[after.length - 1].m.tokenEnd === j &&
        isLoc(after[after.length - 1]) && ['الي', 'لدي', 'في'].includes(after[after.length - 1].prep)) {
        inf.prep = outer.prep;
        inf.prepRole = outer.role;
      }
      // "في بيروت وطرابلس": a conjunct shares the preposition of the NP it joins
      if (inf.prep === '' && inf.coord && after.length && after[after.length - 1].prep !== '' && j - after[after.length - 1].m.tokenEnd <= 1) {
        inf.prep = after[after.length - 1].prep;
        inf.prepRole = after[after.length - 1].prepRole;
      }
      pending = null;
      // "العشرات من أنصار X": a quantity with من is partitive; the NP after من heads the subject
      // (a preposition before the quantity governs the whole partitive: «بين وحدات من الجيش وقوات الولاية»)
      if (inf.prep === 'من' && partitiveStart(c, j) >= 0) {
        const q = partitiveStart(c, j);
        // (session 9: a two-word preposition too — «على يد عناصر من جهاز الأمن»، «من قبل عناصر من الشرطة»)
        const qp = q > endTok ? c.prepsAt(q - 1).find((p) => p.length === 1 && p.values[0].role !== 'boundary') ??
          (q - 2 >= endTok ? c.prepsAt(q - 2).find((p) => p.length === 2 && p.values[0].role !== 'boundary') : undefined) : undefined;
        inf.prep = qp ? qp.first : '';
        inf.prepRole = qp ? qp.values[0].role : '';
      }
      after.push(inf);
      gapAfter.push(j - endTok);
      // (session 7) the inner words of a name use up no window («تميم بن حمد آل ثاني»)
      // (session 9, final gaps: a long lineage name counts apart from the adjuncts — «محمد بن سلمان بن عبدالعزيز آل سعود …،
      // في قصر السلام بجدة مساء اليوم، X»; at most 8 for names)
      const inner = verbal ? Math.min(Math.max(0, m.tokenEnd - 1 - j), SPARE_MAX - spareName) : 0;
      spareName += inner;
      extra += inner;
      j = Math.max(j, m.tokenEnd - 1);
      continue;
    }
    // («كلاً من X وY»: each of — the list is bare)
    if (c.norm(j) === 'من' && ['كلا', 'كل'].includes(c.norm(j - 1) ?? '')) continue;
    const pp = c.yaNotPrep(j) ? [] : c.prepsAtConj(j);
    if (pp.length && pp[0].values[0].role === 'boundary') break;
    // (session 9, final gaps: «بمعرفة» names an agent only right before the body — «ضبط المتهمين بمعرفة الأجهزة الأمنية»;
    // «طالبت بمعرفة مصير المخطوفين» asks to know)
    if (pp.length && pp[0].values[0].role === 'agent' && pp[0].first === 'بمعرفه' && !c.startArr[j + 1]) continue;
    if (pp.length) {
      // (a title between the governing preposition and this one: the posting of an envoy, «مع المبعوث الأممي إلى اليمن»)
      if (pending && ['الي', 'لدي', 'في'].includes(pp[0].first)) {
        let titled = false;
        for (let q = pending.tok + 1; q < j && !titled; q++) titled = isTitle(c, (c.norm(q) ?? '').replace(/^ال/, ''));
        if (titled) outer = pending;
      }
      pending = { tok: j + pp[0].length - 1, prep: pp[0].first, role: pp[0].values[0].role }; j += pp[0].length - 1; continue;
    }
    const t = c.toks[j];
    // (session 7: a place noun with its preposition — «بمقر وزارة الخارجية» — introduces the site, no partner: role `site`)
    if (t.kind === 'word' && !c.covered[j] && cliticPrepTitle(c, t.norm)) {
      // (session 8) «اتصالاً هاتفياً بالرئيس التونسي X»، «رسالة للوزير X»: a title carrying a clitic preposition passes
      // it to the name its chain leads to (a title chain of a few words)
      pending = { tok: j, prep: t.norm.replace(/^[وف]/, '')[0], role: 'plain' };
    } else if (t.kind === 'word' && !c.covered[j] && cliticPrepNoun(t.norm)) {
      pending = { tok: j, prep: t.norm.replace(/^[وف]/, '')[0], role: words('place-head').has(t.norm.replace(/^[وف]/, '').slice(1)) ? 'site' : 'plain', clitic: true };
    }
  }
  // «… بدر عبد العاطي ونائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي»: at the window's end, a conjunct opened by
  // a title chain (title and definite words only, at most eight) is still part of the last NP list
  if (j === endTok + AFTER_WINDOW + extra && after.length && !inRel) {
    let opened = false;
    for (let k = after[after.length - 1].m.tokenEnd; k < j; k++) {
      const t = c.toks[k];
      if (t.kind !== 'word' || c.startArr[k] !== undefined) { opened = false; break; }
      if (/^و/.test(t.norm) && isTitle(c, t.norm.slice(1))) opened = true;
      else if (!isTitle(c, t.norm) && !t.norm.startsWith('ال')) { opened = false; break; }
    }
    for (let k = j, n = 0; k < c.toks.length && n < 8 && c.sent(k) === s; k++, n++) {
      const ms = c.startArr[k];
      if (ms) {
        const inf = c.info(ms[0]);
        if (inf.coord && inf.prep === '' && (opened || c.norm(k)?.startsWith('و'))) { after.push(inf); gapAfter.push(k - endTok); }
        break;
      }
      const t = c.toks[k];
      if (t.kind !== 'word' || c.isBoundary(k) || stopAt.has(k)) break;
      if (/^و/.test(t.norm) && isTitle(c, t.norm.slice(1))) opened = true;
      else if (!isTitle(c, t.norm) && !t.norm.startsWith('ال')) break;
    }
  }
  const before: MInfo[] = [];
  const gapBefore: number[] = [];
  for (let j = h.tok - 1; j >= 0 && j >= h.tok - BEFORE_WINDOW && c.sent(j) === s; j--) {
    // an opening quotation mark right before the verb does not separate it from its subject
    // (إن الولايات المتحدة "ترحب …")
    if (j === h.tok - 1 && c.toks[j].kind === 'quote') continue;
    if (c.isBoundary(j)) break;
    if (stopAt.has(j)) break;
    if (c.prepsAt(j).some((p) => p.values[0].role === 'boundary' && p.length === 1)) break;
    // a mention ending at j
    const mm = mentionEndingAt(c, j);
    if (mm) {
      before.push(c.info(mm));
      gapBefore.push(h.tok - mm.tokenEnd);
      j = mm.tokenStart;
    }
  }
  return { after, before, gapAfter, gapBefore };
}

/** The mention a relative pronoun right before the verb refers to ("بارزاني الذي وصل"، "القوات، التي قد اقتحمت"). */
export function relativeAntecedent(c: Ctx, h: Hit): EntityMention | null {
  let j = h.tok - 1;
  while (j >= 0 && AUX.has(c.norm(j) ?? '') && h.tok - j <= 2) j--;
  if (j < 1 || !RELATIVE_PRONOUNS.has(c.norm(j) ?? '') || c.sent(j) !== c.sent(h.tok)) return null;
  let k = j - 1;
  if (c.isComma(k)) k--;
  const m = k >= 0 && c.sent(k) === c.sent(h.tok) ? mentionEndingAt(c, k) : null;
  return m ? relativeChainHead(c, m, c.norm(j) ?? '') : null;
}

const CHAIN_PREPS = new Set(['في', 'من', 'لدي', 'داخل']);
/**
 * (session 8) «وحدة إدارة الكوارث في اتحاد بلديات جبل عامل، التي ناشدت …»: a place closing a chain of noun phrases
 * (construct, or linked by في/من) is where the body before it is, not the antecedent a relative clause of acts describes —
 * the nearest body of the chain whose head agrees with the pronoun (التي: not a masculine head, function-words
 * `masc-head`; الذي: not a head in ة) is, at most three links back.
 */
function relativeChainHead(c: Ctx, m: EntityMention, pron: string): EntityMention {
  if (c.byId.get(m.entity)?.type !== 'LOC') return m;
  const masc = words('masc-head');
  let cur = m;
  for (let n = 0; n < 3; n++) {
    let k = cur.tokenStart - 1;
    if (k >= 0 && CHAIN_PREPS.has(c.norm(k) ?? '')) k--;
    const prev = k >= 0 && c.sent(k) === c.sent(m.tokenStart) ? mentionEndingAt(c, k) : null;
    if (!prev || c.info(prev).coord) break;
    cur = prev;
    const ty = c.byId.get(prev.entity)?.type;
    if (ty === 'LOC' || ty === 'PER') continue;
    const head = c.bare(prev.tokenStart);
    const fit = pron === 'التي' ? !masc.has(head) && !masc.has(head.replace(/^ال/, '')) : pron === 'الذي' ? !/ه$/.test(head) : true;
    if (fit) return prev;
  }
  return m;
}

/** One or two plain words (an affiliation after من) up to the verb, auxiliaries allowed. */
export function affiliationGap(c: Ctx, from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = c.toks[k];
    if (AUX.has(t.norm) || (k === to - 1 && t.kind === 'quote')) continue;
    if (t.kind !== 'word' || (c.startArr[k] !== undefined) || ++words > 2) return false;
  }
  return words > 0;
}

/** A relative pronoun right before the verb (auxiliaries aside). */
export function relativeBefore(c: Ctx, h: Hit): boolean {
  let j = h.tok - 1;
  while (j >= 0 && AUX.has(c.norm(j) ?? '') && h.tok - j <= 2) j--;
  return j >= 0 && RELATIVE_PRONOUNS.has(c.norm(j) ?? '') && c.sent(j) === c.sent(h.tok);
}

/** The antecedent and the mentions coordinated before it ("إسبانيا وقطر والإمارات، التي أرسلت"). */
export function withConjuncts(c: Ctx, m: EntityMention): EntityMention[] {
  const out = [m];
  let cur = m;
  for (let n = 0; n < 8 && c.info(cur).coord; n++) {
    let k = cur.tokenStart - 1;
    if (c.norm(cur.tokenStart) === undefined) break;
    if (c.toks[k]?.norm === 'و') k--;
    if (c.isComma(k)) k--;
    const prev = k >= 0 && c.sent(k) === c.sent(m.tokenStart) ? mentionEndingAt(c, k) : null;
    if (!prev) break;
    out.unshift(prev);
    cur = prev;
  }
  // the first conjunct is the one without و
  return out;
}

export const COMPLEMENTIZERS = words('complementizer');
/** Only auxiliaries between a preceding subject and its verb ("الكاظمي قد اجتمع"). */
const W_VERB_NEGATION = words('verb-negation');
export function gapIsAux(c: Ctx, from: number, to: number): boolean {
  // (an emphatic «ذاتها/نفسها» right after the NP belongs to it: «أن الوحدات ذاتها أوقفت»)
  // (session 8, round 2: a negation right before the verb — «أن النيابة لم تُفرج عن أي منهم»، «أن الشرطة لن تتدخل»)
  for (let k = from; k < to; k++) if (!AUX.has(c.norm(k) ?? '') && !(k === to - 1 && c.toks[k].kind === 'quote') && !(k === from && words('same').has(c.norm(k) ?? '')) &&
    !(k === to - 1 && W_VERB_NEGATION.has(c.norm(k) ?? ''))) return false;
  return true;
}

/** The mention at index i and following coordinated ones (X وY، وZ). In a title construct
 * ("رئيس مجلس السيادة عبد الفتاح البرهان") the organisation right before a person's name is part of the
 * person's title: the person heads the NP. */
export function group(list: MInfo[], i: number, c?: Ctx): MInfo[] {
  // (session 7: past the posting of an envoy — «سفير الصين لدى الجزائر لي جيان» — the name still heads the phrase)
  let n = i + 1;
  while (c && n < list.length && n <= i + 2 && list[n].entity?.type === 'LOC' && POSTING.has(list[n].prep)) n++;
  if (n > i + 1 && !(n < list.length && list[n].entity?.type === 'PER')) n = i + 1;
  // (session 9 probe: not a plural of people or a count — «اغتال مسلحون مجهولون محمد X»: the name is the object)
  if (n < list.length && list[i].prepRole !== 'speaker' && list[i].entity?.type !== 'PER' && list[n].entity?.type === 'PER' && list[n].prep === '' &&
    !isCount(list[i]) && !(c && nominativePlural(c, list[i]) && !isTitle(c, c.bare(list[i].m.tokenStart))) &&
    !list[n].coord && (list[n].m.tokenStart === list[i].m.tokenEnd || (c && titleTail(c, list[i].m.tokenStart, list[i].m.tokenEnd, list[n].m.tokenStart)))) i = n;
  else if (c && list[i].entity?.type !== 'PER' && list[i].prepRole !== 'speaker') {
    // «رئيس كتلة الحزب الديمقراطي في البرلمان، آزاد حمه أمين،»: a person set off by a comma after a title and its
    // organisation (and a prepositional phrase) is the title's holder
    const k = titleHolderAfterComma(c, list, i);
    if (k > i) i = k;
  }
  const out = [list[i]];
  for (let k = i + 1; k < list.length; k++) {
    // «الرئيس الكيني ويليام روتو ونظيره …»: a title mention and the name right after it are one conjunct
    const last = out[out.length - 1];
    // (two persons side by side with no word between are one name the entity stage split: «المختار أحمد بوسيف»)
    // (the same entity again after at most two title words: «وزير الثقافة الأمير X»)
    if (!list[k].coord && list[k].prep === '' && ((list[k].m.tokenStart === last.m.tokenEnd &&
      (list[k].m.entity === last.m.entity || (list[k].entity?.type === 'PER' && last.entity?.type === 'PER'))) ||
      (c && list[k].m.entity === last.m.entity && list[k].m.tokenStart - last.m.tokenEnd <= 2 && !hasComma(c, last.m.tokenEnd, list[k].m.tokenStart)))) continue;
    // (session 7) «الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، …»: a title phrase right after a person's name and
    // closed by a comma or the sentence's end is that person's apposition, not the next participant
    // (session 9, final gaps: past a regnal number the entity stage left out of the name — «الحسين بن عبدالله الثاني ولي العهد،»)
    if (c && !list[k].coord && list[k].prep === '' && last.entity?.type === 'PER' && (list[k].m.tokenStart === last.m.tokenEnd ||
      (list[k].m.tokenStart === last.m.tokenEnd + 1 && words('regnal').has(c.norm(last.m.tokenEnd) ?? ''))) &&
      titleApposition(c, list[k])) {
      out.push(list[k]);
      // (the mentions inside a second title of the chain belong to it: «ولي العهد رئيس مجلس الوزراء،»)
      const close = titleChainEnd(c, list[k].m.tokenEnd);
      while (k + 1 < list.length && list[k + 1].m.tokenStart < close) out.push(list[++k]);
      continue;
    }
    if (!list[k].coord || (list[k].prep !== list[i].prep && list[k].prep !== '')) break;
    out.push(list[k]);
  }
  return out;
}

/** A title group (its head a title word) closed by a comma after which — past an adjunct set off by commas — another
 * participant opens («…، بمكتبه في قصر البحر، معالي السيد X»). Without one the title is the next participant itself
 * («استقبل الرئيس X وزير الخارجية الإيطالي، الذي …»). */
function titleApposition(c: Ctx, i: MInfo): boolean {
  const head = c.norm(i.m.tokenStart) ?? '';
  if (!i.m.entity.startsWith('#') || !(isTitle(c, head) || isTitle(c, head.replace(/^ال/, '')) || isTitle(c, c.bare(i.m.tokenStart)))) return false;
  let k = titleChainEnd(c, i.m.tokenEnd);
  if (k >= c.toks.length || !c.isComma(k)) return false;
  // (past one or two adjuncts: «ملك البلاد المعظم، حفظه الله ورعاه، في قصر الصخير اليوم، صاحب السمو …»)
  let n = commaAdjunct(c, k);
  for (let r = 0; n && r < 2; r++) {
    const m = commaAdjunct(c, k + n - 1);
    if (!m) break;
    k = k + n - 1;
    n = m;
  }
  const next = n ? k + n : k + 1;
  // (a participant or a title opens within three words: honorifics may come first — «صاحب السمو الملكي الأمير …»)
  for (let j = next; j < next + 3 && j < c.toks.length && c.sent(j) === c.sent(k) && c.toks[j].kind === 'word'; j++) {
    if (c.startArr[j] !== undefined || isTitle(c, c.norm(j) ?? '') || isTitle(c, c.bare(j))) return true;
    // (a relative clause or an event word opens there: the title was the participant — «…، الذي يزور الجزائر»)
    if (RELATIVE_PRONOUNS.has(c.norm(j) ?? '') || COMPLEMENTIZERS.has(c.norm(j) ?? '') || c.look(j).trigger.length) return false;
  }
  return false;
}

/** (session 9, final gaps) Between the subject and an owned object noun: nothing, or the act's own noun trigger and a target
 * preposition (على/ضد) — «غارات على [مواقع] لـX». */
function ownerGap(c: Ctx, from: number, to: number): boolean {
  let k = from;
  if (k < to && (c.nounHits.has(k) || c.look(k).trigger.length > 0) && !c.startArr[k]) k++;
  if (k < to && ['علي', 'ضد'].includes(c.norm(k) ?? '')) k++;
  return k === to;
}

/** (session 9, final gaps) Past a second title of an apposition chain — «ولي العهد رئيس مجلس الوزراء،»: an indefinite title word
 * and its genitive (definite words or names, at most four tokens) — the token where the chain ends (`from` when none). */
function titleChainEnd(c: Ctx, from: number): number {
  const t = c.toks[from];
  if (!t || t.kind !== 'word' || t.norm.startsWith('ال') || c.startArr[from] || !isTitle(c, t.norm)) return from;
  const s = c.sent(from);
  for (let k = from + 1; k < c.toks.length && k <= from + 5 && c.sent(k) === s; k++) {
    if (c.isComma(k)) return k;
    const m = c.startArr[k]?.[0];
    if (m) { k = m.tokenEnd - 1; continue; }
    if (c.toks[k].kind !== 'word' || !c.toks[k].norm.startsWith('ال')) return from;
  }
  return from;
}

/** An organisation inside a person's title: the genitive of a title word ("مفوض الأمم المتحدة السامي لحقوق
 * الإنسان فولكر تورك"، "رئيس مجلس السيادة السوداني الفريق أول عبد الفتاح البرهان"), at most four plain words
 * before the name. Without the title word before it the organisation is a subject of its own ("دعت الأمم
 * المتحدة الرئيسَ X"). */
export function titleTail(c: Ctx, orgStart: number, from: number, to: number): boolean {
  if (to - from > 4 || to <= from || orgStart < 1) return false;
  const before = c.toks[orgStart - 1];
  if (before.kind !== 'word' || before.norm.startsWith('ال') || !isTitle(c, before.norm.replace(/^[وف](?=\S\S)/, ''))) return false;
  for (let k = from; k < to; k++) {
    const t = c.toks[k];
    // (session 7) the posting of an envoy: «سفير الصين لدى الجزائر لي جيان» — a place after لدى/في stays in the title
    const loc = c.startArr[k]?.find((m) => c.byId.get(m.entity)?.type === 'LOC');
    if (loc && k > from && POSTING.has(c.norm(k - 1) ?? '')) { k = loc.tokenEnd - 1; continue; }
    if (t.kind !== 'word' || (c.startArr[k] !== undefined) || c.dateCovered[k]) return false;
  }
  return true;
}
const POSTING = new Set(['لدي', 'في']);

export interface Roles {
  recipientFrame?: boolean;
  /** the noun is the object of a support verb ('actor' frame) whose subject is its agent («واصلت تركيا دعم الجيش») */
  governed?: boolean;
  /** (session 9) the support verb is a circumstantial participle after a comma («…، معلناً تشكيل لجنة») */
  participleSupport?: boolean;
  /** a possessed support masdar before the noun («بعد مشاركتهم في مسيرة»): its pronoun and token */
  possessor?: { suffix: string; tok: number };
  /** the noun is the result of a consequence verb («أسفرت عن توقيف …»): the cause's actor did it (refine.ts) */
  consequence?: boolean;
  actors: string[];
  targets: string[];
  place: string | null;
  evidence: string[];
}

export function addIds(dst: string[], src: MInfo[]) {
  for (const i of src) if (!dst.includes(i.m.entity)) dst.push(i.m.entity);
}

/** rolesFor: a preposition the trigger's entry takes (ب with a place is no partner of a meeting). */
function prepOk(e: TriggerEntry, i: MInfo): boolean {
  return i.prep !== '' && e.preps.has(i.prep) && i.prepRole !== 'site' && !(i.prep === 'ب' && isLoc(i) && e.type === 'CONSULT');
}

/** rolesFor: one definite word, no mention or trigger, between a group phrase and its verb («بأن عناصر من الأمن العام فرّقوا»). */
function adjGap(c: Ctx, from: number, to: number): boolean {
  return to - from === 1 && (c.norm(from) ?? '').startsWith('ال') && c.startArr[from] === undefined && !c.look(from).trigger.length;
}

/** (session 9, multi-clause probe) A verb trigger written with an object pronoun («استقبله»، «أحالتهم»): the form less the
 * pronoun is a trigger's first word too. */
function objectPronounVerb(c: Ctx, h: Hit): boolean {
  const b = c.bare(h.tok);
  const m = /^(\S{3,}?)(هما|هم|ها|ه)$/.exec(b);
  return !!m && h.entry.pos === 'verb' && c.lex.triggerFirst.has(m[1]);
}

export function rolesFor(c: Ctx, h: Hit, w: Window, inherited: string[] | null = null, forceInherit = false): Roles {
  const r: Roles = { actors: [], targets: [], place: null, evidence: [] };
  const e = h.entry;
  const { after, before } = w;
  if (e.pos === 'verb') verbRoles(c, h, w, inherited, forceInherit, r);
  else nounRoles(c, h, w, r);
  // "ورحبت دول عدة بالاتفاق، بينها العراق وعُمان": members named after a group actor are actors too
  if (r.actors.length && r.actors.every((a) => a.startsWith('#'))) {
    const k0 = after.findIndex((i) => MEMBERS.has(c.norm(i.m.tokenStart - 1) ?? ''));
    // (only members of the actor, named before any object: "اعتقلت القوات 25 فلسطينياً بينهم أسرى" names the arrested)
    const k = k0 >= 0 && after.slice(0, k0).every((i) => r.actors.includes(i.m.entity) || i.prep !== '') && !numberAfterActorBefore(c, after, r.actors, k0) ? k0 : -1;
    if (k >= 0) { addIds(r.actors, group(after, k)); r.targets = r.targets.filter((t) => !r.actors.includes(t)); r.evidence.push('rule:members-of-group-actor'); }
  }
  // «انسحب نواب من كتلتي "X" و"Y"»، «عناصر من حركة X»: a group actor followed by من (and at most one plain word) and
  // named organisations belongs to them — the organisations act too
  if (r.actors.length === 1 && r.actors[0].startsWith('#')) {
    const gi = [...after, ...before].find((i) => i.m.entity === r.actors[0]);
    const orgs = gi ? orgsOfGroup(c, gi.m.tokenEnd) : [];
    if (orgs.length) {
      r.actors.push(...orgs.filter((o) => !r.actors.includes(o)));
      r.targets = r.targets.filter((t) => !r.actors.includes(t));
      r.evidence.push('rule:group-of-named-body');
    }
  }
  // «دان الناطق الرسمي باسم الحكومة X …»: a spokesperson speaks for the body named in the title — the body acts (the
  // person stays beside it)
  for (let k = 0; k < r.actors.length; k++) {
    const body = bodyOfSpokesperson(c, r.actors[k], h.tok);
    if (body && !r.actors.includes(body)) {
      r.actors.splice(k, 0, body);
      r.targets = r.targets.filter((t) => t !== body);
      r.evidence.push('rule:spokesperson-body');
      break;
    }
  }
  // «دان الوزيران …»: a dual title noun names the two persons last mentioned with that title (the dual stays beside them)
  if (r.actors.length === 1 && c.dualIds.has(r.actors[0])) {
    const sing = r.actors[0].slice(1).split(' ')[0].replace(/(ان|ين)$/, '');
    const holders = isTitle(c, sing) ? dualTitleHolders(c, sing, h.tok) : [];
    if (holders.length === 2) {
      r.actors.push(...holders);
      r.targets = r.targets.filter((t) => !holders.includes(t));
      r.evidence.push('rule:dual-title-holders');
    }
  }
  // "زيارة الدولة التي قام بها X إلى مسقط": the agent of a masdar in a relative "قام بها" clause
  // (an explicit performer overrides what a support verb's frame gave: «صد الجيش هجوماً واسعاً شنته قوات X»)
  const framed = r.evidence.some((x) => x.startsWith('lexicon:data/events/frames.tsv'));
  if (e.pos !== 'verb' && (!r.actors.length || framed)) {
    const ag = performedBy(c, h);
    if (ag && !r.actors.includes(ag.entity)) {
      r.targets = [...r.actors, ...r.targets];
      r.actors = [];
      addIds(r.actors, [c.info(ag)]);
      r.targets = r.targets.filter((t) => t !== ag.entity);
      r.evidence.push('rule:performed-by');
      // the complement inside that clause: "… قام بها X إلى مسقط"
      for (let k = ag.tokenEnd; k < ag.tokenEnd + 5 && k < c.toks.length && c.sent(k) === c.sent(h.tok); k++) {
        if (c.isComma(k) || c.isBoundary(k)) break;
        const ms = c.startArr[k];
        if (!ms) continue;
        const inf = c.info(ms[0]);
        if (inf.prep && e.preps.has(inf.prep)) {
          addIds(r.targets, [inf]);
          if (!r.place && isLoc(inf) && (e.type === 'CONSULT' || e.type === 'ASSAULT')) r.place = inf.m.entity;
        }
        break;
      }
    }
  }
  // "اتفاق بين X وY": both sides are actors
  // («التوقيع على ست اتفاقيات ومذكرات تفاهم بين حكومتي X وY»: an agreement's object phrase may stand between, no comma)
  const mutual = e.type === 'AGREE' || e.type === 'COOPERATE';
  const bi = after.findIndex((i, k) => i.prep === 'بين' && e.preps.has('بين') && (w.gapAfter[k] <= 3 || wordsBetween(c, h.tok + h.len, i.m.tokenStart) <= 3 ||
    (mutual && wordsBetween(c, h.tok + h.len, i.m.tokenStart) <= 7 && !hasComma(c, h.tok + h.len, i.m.tokenStart)) ||
    (partitiveStart(c, i.m.tokenStart) > h.tok && wordsBetween(c, h.tok + h.len, partitiveStart(c, i.m.tokenStart)) <= 3) ||
    // («اشتباكات عنيفة … في منطقة X جنوبي طرابلس، بين قوات "Y" و"Z"»: a «بين» pair set off by a comma after the noun's
    // adjuncts names its sides; only for an event noun with no actor of its own)
    (e.pos !== 'verb' && !r.actors.length && c.isComma(i.m.tokenStart - 2) && c.norm(i.m.tokenStart - 1) === 'بين')));
  // (mediation: «الوساطة بين X وY» — X and Y are the parties mediated between, the mediator is the actor)
  if (bi >= 0 && e.type === 'CONSULT' && e.mode === 'third-party') {
    const parties: string[] = [];
    addIds(parties, group(after, bi));
    r.actors = r.actors.filter((a) => !parties.includes(a));
    r.targets = [...parties, ...r.targets.filter((t) => !parties.includes(t))];
    r.evidence.push('rule:bayna-mediated-parties');
  } else if (bi >= 0 && (!r.actors.length || e.pos !== 'verb')) {
    r.actors = [];
    addIds(r.actors, group(after, bi));
    // («اشتباكات بين مسلحين من "كتيبة X" وعناصر من "سرية Y"»: each side's group belongs to the body named after it)
    for (const gi of after.slice(bi)) {
      if (!r.actors.includes(gi.m.entity) || !gi.m.entity.startsWith('#')) continue;
      for (const o of orgsOfGroup(c, gi.m.tokenEnd)) if (!r.actors.includes(o)) r.actors.push(o);
    }
    // (the second side, after و and a group of its own: «… وعناصر من "سرية Y"»)
    const lastOrg = r.actors.length > 1 ? mentionsOf(c, r.actors[r.actors.length - 1]).find((m) => m.tokenStart > after[bi].m.tokenStart) : undefined;
    for (let k = lastOrg ? lastOrg.tokenEnd : c.toks.length; k < c.toks.length && lastOrg && k <= lastOrg.tokenEnd + 2 && c.sent(k) === c.sent(h.tok); k++) {
      const g = c.startArr[k]?.[0];
      if (!g) continue;
      if (g.entity.startsWith('#') && /^و/.test(c.toks[k].norm)) for (const o of orgsOfGroup(c, g.tokenEnd)) if (!r.actors.includes(o)) r.actors.push(o);
      break;
    }
    r.targets = r.targets.filter((t) => !r.actors.includes(t));
    r.evidence.push('rule:bayna-actors');
  }
  // «إثر اشتباك مع مهربين»: the other side of a clash named with مع takes part in it (an actor, not a victim)
  if (e.pos !== 'verb' && e.type === 'ASSAULT' && e.preps.has('مع') && !r.actors.length) {
    const k = after.findIndex((i) => i.prep === 'مع' && r.targets.includes(i.m.entity) && !isLoc(i));
    if (k >= 0) {
      addIds(r.actors, group(after, k));
      r.targets = r.targets.filter((t) => !r.actors.includes(t));
      r.evidence.push('rule:clash-partner');
    }
  }
  // «تعرضت لإطلاق نار من مسلحين»: a من-phrase right after an attack noun, naming people or a body (no place), is the
  // attacker
  if (e.pos !== 'verb' && e.type === 'ASSAULT' && !r.actors.length && after.length && after[0].prep === 'من' && !isLoc(after[0]) &&
    after[0].m.tokenStart - (h.tok + h.len) === 1 && c.norm(h.tok + h.len) === 'من' && (after[0].m.entity.startsWith('#') || after[0].entity?.type === 'ORG') &&
    partitiveStart(c, after[0].m.tokenStart) < 0) {
    addIds(r.actors, group(after, 0));
    r.targets = r.targets.filter((t) => !r.actors.includes(t));
    r.evidence.push('rule:min-agent-of-attack');
  }
  // agent phrase: من قبل X، على يد X
  // (or the row's own agent preposition right after the trigger: «المحتجز لدى الحوثيين»)
  const ag = after.findIndex((i, n) => i.prepRole === 'agent' || (n === 0 && !!e.agentPreps?.has(i.prep) && i.m.tokenStart <= h.tok + h.len + 1));
  // (a possessed masdar has its possessor as agent: "استياءه من إطلاق الصواريخ من قبل X" — X fired, he objected)
  // «يُستقبل الوزير X من قبل الرئيس Y»، «استُقبل الوفد من قبل …»: a reception with an agent phrase is passive (vocalised
  // or not) — its subject is the visitor (PLOVER actor), the agent the host (target)
  // (with no subject left — a title that yields to a name further on — the host is still the target, the visitor unknown)
  if (ag >= 0 && e.host && e.pos === 'verb') {
    const hostIds = group(after, ag).map((i) => i.m.entity);
    r.actors = r.actors.filter((a) => !hostIds.includes(a));
    r.targets = [...new Set(hostIds)];
    r.evidence.push('rule:passive-reception');
  }
  else if (ag >= 0 && !r.actors.length && !(e.pos !== 'verb' && h.form.suffix)) { addIds(r.actors, group(after, ag)); r.evidence.push('rule:agent-phrase'); }
  else if (ag >= 0 && e.pos === 'verb' && !h.form.suffix && r.actors.length && !r.actors.includes(after[ag].m.entity) &&
    (e.obj === 'target' || e.obj === 'subject') && agentAfterSubject(c, h, after, ag, r.actors)) {
    // (session 8) «واختُطف عشرات الشبان على أيدي مسلحين»، «اعتقل ناشطان من قبل الشرطة»: an agent phrase after the
    // verb's subject makes the verb passive whether vocalised or not (an active verb takes no agent phrase) — the
    // grammatical subject undergoes the act, the agent does it
    const agents = group(after, ag).map((i) => i.m.entity);
    r.targets = [...new Set([...r.actors, ...r.targets])].filter((t) => !agents.includes(t));
    r.actors = [];
    addIds(r.actors, group(after, ag));
    r.evidence.push('rule:agent-phrase', 'rule:agent-phrase-makes-passive');
  }
  // «محمد قحطان، المحتجز لدى الحوثيين»: a participle with its agent preposition describes the name right before it
  // (or before a comma): that person or body undergoes the act
  if (ag === 0 && e.agentPreps?.size && e.agentPreps.has(after[0].prep) && !r.targets.length && h.tok > 0) {
    const prev = mentionEndingAt(c, c.isComma(h.tok - 1) ? h.tok - 2 : h.tok - 1);
    if (prev && c.sent(prev.tokenStart) === c.sent(h.tok) && !r.actors.includes(prev.entity)) { r.targets.push(prev.entity); r.evidence.push('rule:participle-described-target'); }
  }
  // place: في/بـ + a place, else near (بالقرب من), else a visited or attacked place
  const pl = after.find((i) => isLoc(i) && (i.prepRole === 'place')) ?? after.find((i) => isLoc(i) && i.prepRole === 'near') ??
    before.find((i) => isLoc(i) && i.prepRole === 'place');
  // (session 9 probe) «قصفت المدفعية أطراف بلدة كفركلا في جنوب لبنان»: a في-place right after a place the verb targets
  // (a place noun between: «في جنوب»، «في محافظة») locates that place — the more precise target is where the act happened
  // («مصافي عدن في البريقة» stays: with no place noun between, the في-place is the more precise one)
  const locTarget = pl && !r.place && pl.prep === 'في' ? after.find((i) => isLoc(i) && r.targets.includes(i.m.entity) && i.m.tokenEnd <= pl.m.tokenStart && !/[\u064B\u064D]\u0627?$|\u0627\u064B$/.test(i.m.text) &&
    pl.m.tokenStart - i.m.tokenEnd === 2 && words('place-head').has(c.norm(pl.m.tokenStart - 1) ?? '')) : undefined;
  if (r.place) { /* set by a frame or a place genitive */ }
  else if (locTarget) { r.place = locTarget.m.entity; r.evidence.push('rule:place-of-located-target'); }
  else if (pl) { r.place = pl.m.entity; r.evidence.push('rule:place-prep'); }
  else if (e.type === 'CONSULT' || e.type === 'ASSAULT' || e.type === 'PROTEST') {
    const t = r.targets.find((id) => c.byId.get(id)?.type === 'LOC');
    if (t) r.place = t;
  }
  return r;
}

/** (session 8) The subject of a support verb of performing (frames `actor`: نفّذ، شنّ) that opens the clause whose implicit
 * subject the consequence verb at `j` continues, at most 25 tokens back in its sentence, with no event word, complementizer
 * or relative pronoun between (an event noun there is the cause itself: refine.ts `result-of-event`). */
function performerOfCause(c: Ctx, j: number): MInfo | null {
  const s = c.sent(j);
  for (let k = j - 1; k >= 0 && k >= j - 25 && c.sent(k) === s; k--) {
    if (c.isBoundary(k) || c.nounHits.has(k) || COMPLEMENTIZERS.has(c.norm(k) ?? '') || RELATIVE_PRONOUNS.has(c.norm(k) ?? '')) return null;
    const f = c.frameAt(k);
    if (!f) continue;
    if (f.role !== 'actor') return null;
    const m = c.startArr[k + 1]?.[0];
    if (!m) return null;
    const i = c.info(m);
    return i.prep === '' && c.byId.get(m.entity)?.type !== 'LOC' ? i : null;
  }
  return null;
}

/** The agent phrase at after[ag] follows the verb's subject within its clause (no comma, no other verb between: the
 * phrase belongs to this verb). */
function agentAfterSubject(c: Ctx, h: Hit, after: MInfo[], ag: number, actors: string[]): boolean {
  const a = after[ag];
  if (a.m.tokenStart - (h.tok + h.len) > 10 || hasComma(c, h.tok + h.len, a.m.tokenStart)) return false;
  // the actors (read as the subject) come between the verb and the agent phrase, or before the verb (SVO, a relative
  // antecedent: «عشرات الشبان الذين اختُطفوا على أيدي مسلحين»)
  return after.slice(0, ag).some((i) => actors.includes(i.m.entity)) || !after.some((i) => actors.includes(i.m.entity));
}

/** rolesFor, a verb: its subject (VSO, SVO, inherited, relative antecedent, …) and its object. */
function verbRoles(c: Ctx, h: Hit, w: Window, inherited: string[] | null, forceInherit: boolean, r: Roles): void {
  const e = h.entry;
  const { after, before } = w;
  let farObject: MInfo | null = null;
  let firstBare = after.findIndex((i) => i.prep === '' || i.prepRole === 'speaker');
  // a VSO subject follows its verb closely (a title or two) or as an apposition after a comma; a bare NP
  // further on, after other words, is an object of a non-entity subject ("استهدفت طائرة مسيرة المطار")
  if (firstBare >= 0 && w.gapAfter[firstBare] > 2 && !c.isComma(after[firstBare].m.tokenStart - 1) && after[firstBare].prepRole !== 'speaker' &&
    !titleGap(c, h.tok + h.len, after[firstBare].m.tokenStart) && !partitiveAfter(c, h.tok + h.len, after[firstBare].m.tokenStart) &&
    !(after[firstBare].entity?.type === 'PER' && appositionAfterRelative(c, h.tok + h.len, after[firstBare].m.tokenStart))) {
    if (!hasComma(c, h.tok + h.len, after[firstBare].m.tokenStart)) farObject = after[firstBare];
    firstBare = -1;
  }
  // (session 7) «وحذر المتحدث العسكري باسم الحوثيين»: a title group right before a speaker preposition (باسم) speaks
  // for the body after it — that body is the subject (docs/gold-format.md: a spokesperson's acts are the body's)
  if (firstBare >= 0 && firstBare + 1 < after.length && after[firstBare].m.entity.startsWith('#') && after[firstBare + 1].prepRole === 'speaker' &&
    after[firstBare + 1].m.tokenStart - after[firstBare].m.tokenEnd <= 1) firstBare++;
  // "واشترطت انسحاب قوات الدعم السريع": an event noun between the verb and the NP is the verb's object and
  // the NP its genitive, not the verb's subject
  if (firstBare >= 0 && !forceInherit && constructMasdarBefore(c, h.tok + h.len, after[firstBare].m.tokenStart)) {
    firstBare = -1;
    r.evidence.push('rule:genitive-of-masdar-object');
  }
  // «استجوب المحقق العدلي في قضية انفجار مرفأ بيروت القاضي X …»: a title opening the subject phrase, a place or body
  // in its complement, then a title and a person — the person heads the subject
  if (firstBare >= 0 && after[firstBare].entity?.type !== 'PER') {
    const k = titledHolderAfter(c, h.tok + h.len, after, firstBare);
    if (k > firstBare) firstBare = k;
  }
  // «واعتقلت عدداً منهم»، «وأوقفت 23 شخصاً»: a group whose head is written in the accusative (tanween fatha) is the
  // object — a subject would be nominative
  if (firstBare >= 0 && after[firstBare].m.entity.startsWith('#') &&
    /(\u064B\u0627?|\u0627\u064B)$/.test(c.toks[after[firstBare].m.tokenStart].text)) {
    if (e.obj === 'target') farObject = after[firstBare];
    firstBare = -1;
    r.evidence.push('rule:accusative-object');
  }
  // «فرّقوا المتظاهرين»، «بحثا خلاله …»، «دعت المعلمين إلى …»: a verb carrying its own plural or dual subject, or a
  // group headed by a sound plural or dual in the oblique case (ين — a subject would be nominative ون/ان), leaves the
  // NP after it an object; the subject is before the verb or implicit
  // (also a head that disagrees in gender with a verb right before it: «وحذّر المعارضة من …» — a feminine subject
  // would take «حذّرت»)
  const clash = firstBare >= 0 && w.gapAfter[firstBare] === 0 && after[firstBare].m.entity.startsWith('#') && !c.dualIds.has(after[firstBare].m.entity) &&
    genderClash(c, h, after[firstBare]) && !(/ت$/.test(h.form.norm.split(' ')[0]) && /[ةه]$/.test(c.bare(after[firstBare].m.tokenStart)));
  let agreeObj: MInfo | null = null;
  if (firstBare >= 0 && (numberedVerb(h) || obliqueGroup(c, after[firstBare]) || clash)) {
    agreeObj = after[firstBare];
    if (e.obj === 'target') farObject = after[firstBare];
    firstBare = -1;
    r.evidence.push('rule:agreement-object');
  }
  // «وتدخلت قوى الأمن وأوقفت ثلاثة من المحتجين»، «…، واعتقلت ١٤ شاباً بينهم أسرى»: a count of people right after a
  // conjoined verb that has a subject (the NP right before it, or the actor it inherits) is its object unless a bare NP
  // follows the count at once («وأغلق أكثر من مئة متظاهر الطريق»: then the count is the subject)
  // (also right after a comma: «…، وأوقفت 23 شخصاً» goes on with the clause before; only verbs that take an object)
  if (firstBare >= 0 && w.gapAfter[firstBare] === 0 && /^[وف]/.test(h.form.prefix ?? '') && isCount(after[firstBare]) && e.obj === 'target' &&
    (inherited?.length || (before.length > 0 && before[0].prep === '' && w.gapBefore[0] <= 1) || c.isComma(h.tok - 1)) &&
    !after.slice(firstBare + 1).some((i) => i.prep === '' && i.m.tokenStart === after[firstBare].m.tokenEnd)) {
    agreeObj = after[firstBare];
    if (e.obj === 'target') farObject = after[firstBare];
    firstBare = -1;
    r.evidence.push('rule:count-object-of-conjoined-verb');
  }
  // «استنكر البيان استمرار جماعة الحوثي …»: a statement noun right after the verb (dates aside) is its subject — the
  // NP after it is the object (the statement speaks for its issuer: refine.ts)
  if (firstBare >= 0 && statementSubjectAfter(c, h) && after[firstBare].m.tokenStart > h.tok + h.len) {
    if (e.obj === 'target') farObject = after[firstBare];
    firstBare = -1;
    r.evidence.push('rule:statement-noun-subject');
  }
  // "زار بغداد" with no named visitor: a place right after a visit verb is where, not who
  if (firstBare >= 0 && e.type === 'CONSULT' && e.mode === 'visit' && e.obj === 'target' && isLoc(after[firstBare]) &&
    !after.slice(firstBare + 1).some((i) => i.prep === '' && !i.coord && !hasComma(c, after[firstBare].m.tokenEnd, i.m.tokenStart))) {
    farObject = after[firstBare];
    firstBare = -1;
  }
  // "X الذي وصل إلى…"، "القوات التي اقتحمت المخيم": the antecedent of a subject relative clause is the subject
  const rel = relativeAntecedent(c, h);
  // (session 9 probe) an object pronoun written into a generated inflection («اعتقلته»، «استهدفوها»): the form carries no
  // separate suffix, but the relative-clause rules must see it
  const objPron = !!h.form.suffix || pronounInflection(h);
  // "نطالب المجتمع الدولي": a first-person verb has no overt subject; the NP after it is its object
  if (firstBare >= 0 && e.present && (h.form.norm === 'ن' + e.present || h.form.norm === 'سن' + e.present)) {
    if (e.obj === 'target') farObject = after[firstBare];
    firstBare = -1;
  }
  // "القواعد التي تستضيف القوات الأمريكية": a subject relative whose antecedent is no mention has that
  // noun as subject; the NP after the verb is its object
  if (!rel && !objPron && firstBare >= 0 && relativeBefore(c, h) && !RESUMPTIVE.has(c.norm(h.tok + h.len) ?? '')) {
    if (e.obj === 'target') farObject = after[firstBare];
    firstBare = -1;
  }
  // «قد يصدر المجلس قراراً جديداً ينتقد إيران»: an imperfect right after an indefinite accusative noun is its
  // adjectival clause — the noun is the subject, the NP after the verb the object, and the noun's own clause
  // subject (the nearest bare NP before it) the actor
  let indefSubj: MInfo | null = null;
  let sbr: EntityMention | null = null;
  let ppSubj: MInfo | null = null;
  let kqSubj: EntityMention | null = null;
  let docSubj: MInfo | null = null;
  if (!rel && !h.form.suffix && !h.form.prefix && firstBare >= 0 && /^[يت]/.test(h.form.norm) && indefiniteAccusativeBefore(c, h.tok)) {
    if (e.obj === 'target') farObject = after[firstBare];
    firstBare = -1;
    indefSubj = before.find((i) => i.prep === '' && i.m.tokenEnd < h.tok - 1) ?? null;
  }
  // («بأن عناصر من الأمن العام فرّقوا»: before a verb carrying its plural subject, an adjective the group phrase left
  // out may stand between the group and the verb)
  // (the genitive of an event noun is no subject: «بدلاً من إبعاد المستوطنين أطلقوا …»)
  const subjBefore = before.length > 0 && before[0].prep === '' && w.gapBefore[0] <= 3 && !constructMasdarBefore(c, 0, before[0].m.tokenStart) &&
    !governedNounBefore(c, before[0].m.tokenStart) &&
    (gapIsAux(c, before[0].m.tokenEnd, h.tok) || (numberedVerb(h) && before[0].m.entity.startsWith('#') && adjGap(c, before[0].m.tokenEnd, h.tok)));
  // "إن X تدين"، "أن تكون X قد هددت"، "X قد اجتمع": a complementizer or an auxiliary marks SVO
  const marked = subjBefore && (w.gapBefore[0] > 0 || COMPLEMENTIZERS.has(c.norm(before[0].m.tokenStart - 1) ?? '') ||
    // (session 9 probe) «الرئيس التونسي قيس سعيد استقبل أمس …»: a subject phrase opening its sentence (its title mentions
    // with it) before the verb is topicalised — SVO whatever follows the verb
    sentenceInitialPhrase(c, before));
  // «بأن عناصر من الأمن العام فرّقوا»، «إن وحدات من الجيش نفذت»: a unit or count of a named body right before the verb
  // (after a complementizer, or before a verb carrying its plural subject) — the body acts
  // (session 8) the body may be a group phrase too: «أن وحدة من الجيش الوطني اشتبكت»
  const uq = !subjBefore && before.length > 0 && before[0].prep === 'من' && (before[0].entity ? before[0].entity.type !== 'LOC' : before[0].m.entity.startsWith('#')) && w.gapBefore[0] <= 1 &&
    (gapIsAux(c, before[0].m.tokenEnd, h.tok) || adjGap(c, before[0].m.tokenEnd, h.tok)) ? partitiveStart(c, before[0].m.tokenStart) : -1;
  const unitSubj = uq >= 0 && (numberedVerb(h) || COMPLEMENTIZERS.has(c.norm(uq - 1) ?? '')) && c.startArr[uq] === undefined;
  const svo = subjBefore && (marked || firstBare < 0 || w.gapAfter[firstBare] > 3 || after.slice(0, firstBare).some((i) => i.prep !== ''));
  let rest: MInfo[];
  // "إن وفداً من الصندوق سيزور القاهرة": a group subject with its من-affiliation right before the verb
  const aff = !subjBefore && before.length > 1 && before[0].prep === 'من' && before[1].prep === '' && !before[1].entity &&
    before[1].m.tokenEnd === before[0].m.tokenStart - 1 && w.gapBefore[0] <= 1 && gapIsAux(c, before[0].m.tokenEnd, h.tok);
  // the same with an affiliation that is no mention: "إن وفداً من الصندوق سيزور"
  const aff2 = !aff && !subjBefore && before.length > 0 && before[0].prep === '' && w.gapBefore[0] <= 3 && c.norm(before[0].m.tokenEnd) === 'من' &&
    affiliationGap(c, before[0].m.tokenEnd + 1, h.tok);
  // «وكانت القيادة العامة للقوات المسلحة قد دفعت»: a group subject with a لـ-genitive (the body it belongs to) right
  // before the verb, only auxiliaries between
  const lSubj = !subjBefore && !indefSubj && before.length > 1 && before[0].prep === 'ل' && before[1].prep === '' && before[1].m.entity.startsWith('#') &&
    before[0].m.tokenStart - before[1].m.tokenEnd <= 1 && w.gapBefore[0] <= 3 && gapIsAux(c, before[0].m.tokenEnd, h.tok) && !h.form.suffix;
  // (session 7) «وكانت مسيّرات تابعة لقوات الدعم السريع قد استهدفت …»: a noun «تابع(ة) لـX» right before the verb (only
  // auxiliaries between) — whatever the noun, X owns it and acts
  const ownerSubj = !subjBefore && !indefSubj && !lSubj && !unitSubj && before.length > 0 && before[0].prep === 'ل' && w.gapBefore[0] <= 3 &&
    words('belonging').has(c.norm(before[0].m.tokenStart - 1) ?? '') && gapIsAux(c, before[0].m.tokenEnd, h.tok) && !h.form.suffix &&
    before[0].entity?.type !== 'LOC';
  // (session 9 probe) «وأسقطت الدفاعات الجوية التابعة لجماعة الحوثي طائرة …»: a VSO subject no group or entity names,
  // followed by «التابع(ة) لـX» — X owns it and acts; the NP after is the object
  const vsoOwner = !subjBefore && !forceInherit && e.pos === 'verb' ? ownerAfterVerb(c, h, after) : -1;
  if (vsoOwner >= 0) {
    addIds(r.actors, [after[vsoOwner]]);
    r.evidence.push('rule:vso-owner-of-subject');
    rest = after.slice(vsoOwner + 1);
    farObject = null;
  } else if (ownerSubj) {
    addIds(r.actors, [before[0]]);
    r.evidence.push('rule:svo-owner-of-subject');
    rest = after;
  } else if (unitSubj) {
    addIds(r.actors, [before[0]]);
    r.evidence.push('rule:svo-unit-of-body');
    rest = after;
  } else if (lSubj) {
    addIds(r.actors, [before[1], before[0]]);
    r.evidence.push('rule:svo-subject-of-body');
    rest = after;
  } else if (indefSubj) {
    addIds(r.actors, [indefSubj]);
    r.evidence.push('rule:indefinite-relative-clause');
    rest = after;
  } else if (aff) {
    addIds(r.actors, [before[1], before[0]]);
    r.evidence.push('rule:svo-subject-with-affiliation');
    rest = after;
  } else if (aff2) {
    addIds(r.actors, [before[0]]);
    r.evidence.push('rule:svo-subject-with-affiliation');
    rest = after;
  } else if (rel && !objPron) {
    addIds(r.actors, withConjuncts(c, rel).map((m) => c.info(m)));
    r.evidence.push('rule:relative-antecedent-subject');
    rest = after;
  } else if (!subjBefore && !h.form.suffix && !h.form.prefix && (docSubj = documentIssuer(c, h.tok + h.len - 1))) {
    // (session 8) «أصدرت الحركة بياناً تطالب فيه الحكومة بـ…»: the document speaks for its issuer; the NP after is the object
    addIds(r.actors, [docSubj]);
    r.evidence.push('rule:document-issuer');
    rest = after;
  } else if (!subjBefore && !h.form.suffix && (kqSubj = kanaQadSubject(c, h.tok))) {
    // (session 8) «وكانت رابطة أهالي المفقودين في بنغازي قد طالبت الحكومة …»: the subject after كان, past its place
    // adjunct, before قد — the NP after the verb is its object
    addIds(r.actors, [c.info(kqSubj)]);
    r.evidence.push('rule:kana-qad-subject');
    // (a vocalised passive takes no object: «وكان المتهم في X قد اعتُقل …، إثر تدقيق أنجزه المجلس»)
    rest = isPassive(c.doc.text.slice(h.start, h.end)) ? [] : after;
  } else if (svo) {
    const subj = [before[0]];
    for (let k = 0; k + 1 < before.length && before[k].coord && before[k + 1].prep === ''; k++) subj.push(before[k + 1]);
    addIds(r.actors, subj);
    r.evidence.push('rule:svo-subject');
    rest = after;
  } else if (!subjBefore && !h.form.prefix && (ppSubj = subjectBeforeAdjunct(c, h, before))) {
    // «غير أن عدداً من العمال المعتصمين في ساحة X داخل الشركة رفضوا»: a subject after a complementizer, then
    // place adjuncts, then the verb
    addIds(r.actors, [ppSubj]);
    r.evidence.push('rule:svo-subject-before-adjunct');
    rest = after;
  } else if (firstBare < 0 && !forceInherit && (sbr = subjectBeforeRelative(c, h.tok))) {
    // «X، الذي …، قد زار»: the subject before a relative clause set off by commas
    addIds(r.actors, [c.info(sbr)]);
    r.evidence.push('rule:subject-before-relative');
    rest = after;
} else if (agreeObj && inherited && !svo) {
    // «رفض X المطالب، وحذّر النقابة …»: the conjoined verb whose NP is its object keeps the previous subject
    r.actors.push(...inherited);
    if (e.obj === 'target' && !inherited.includes(agreeObj.m.entity)) addIds(r.targets, group(after, after.indexOf(agreeObj)));
    r.evidence.push('rule:conjoined-verb-subject');
    rest = [];
  } else if (firstBare >= 0 && inherited && e.obj === 'target' && !nominativePlural(c, after[firstBare]) && !(!forceInherit && speaksIn(c, after[firstBare])) &&
    // (session 9, multi-clause probe) a verb whose object is a pronoun has its subject right after it: «…، حيث استقبله
    // الرئيس X»، «ثم أحالته النيابة على المحكمة»
    !(e.pos === 'verb' && !forceInherit && firstBare === 0 && objectPronounVerb(c, h) && after[0].m.tokenStart - (h.tok + h.len) <= 1 &&
      (after[0].entity ? after[0].entity.type !== 'LOC' : c.norm(after[0].m.tokenStart)!.startsWith('ال'))) &&
    (forceInherit || possessedGroup(after[firstBare]) || genderClash(c, h, after[firstBare]) ||
    // (a title and the name after it are one participant: «يلتقي وزير الثقافة الأمير X»)
    !after.slice(firstBare + 1).some((i) => (i.prep === '' || prepOk(e, i)) && i.m.entity !== after[firstBare].m.entity))) {
    // "زار البرهان مصر والتقى السيسي": a conjoined verb with one participant keeps the previous subject
    r.actors.push(...inherited);
    addIds(r.targets, group(after, firstBare));
    r.evidence.push('rule:conjoined-verb-subject');
    rest = [];
  } else if (firstBare >= 0) {
    const subj = group(after, firstBare, c);
    addIds(r.actors, subj);
    r.evidence.push(after[firstBare].prepRole === 'speaker' ? 'rule:speaker-for-organisation' : 'rule:vso-subject');
    rest = after.slice(firstBare + subj.length);
    // (session 9, multi-clause probe) «وصل X إلى Y، حيث استقبله Z»: the object pronoun of a reception is the subject
    // the clause goes on from (Z receives X)
    if (e.host && inherited?.length && objectPronounVerb(c, h) && !inherited.some((a) => r.actors.includes(a))) {
      for (const a of inherited) if (!r.targets.includes(a)) r.targets.push(a);
      r.evidence.push('rule:reception-object-pronoun');
    }
    // "المتحدث باسم الخارجية ناصر كنعاني": the spokesperson's name is an apposition, not the object
    if (after[firstBare].prepRole === 'speaker' && rest.length && rest[0].prep === '' && rest[0].entity?.type === 'PER') rest = rest.slice(1);
    for (let k = 0; k < firstBare; k++) if (prepOk(e, after[k])) { addIds(r.targets, group(after, k)); break; }
  } else rest = after;
  // "المنشأة التي استهدفها الهجوم": with an object pronoun the antecedent is the target
  if (rel && objPron && e.obj === 'target' && !r.actors.includes(rel.entity)) {
    addIds(r.targets, [c.info(rel)]);
    r.evidence.push('rule:relative-antecedent-object');
  }
  if (farObject && !svo && e.obj === 'target' && !r.actors.length) {
    addIds(r.targets, [farObject]);
    r.evidence.push('rule:object-of-non-entity-subject');
  }
  // «…، حيث اجتمع بقادة الفرقة»: a continued verb with no NP subject of its own keeps the subject it inherits
  // (also a conjoined verb carrying its plural subject: «هاجم نحو خمسين مستوطناً البلدة، وأضرموا النار …، واعتدوا …»)
  if (!r.actors.length && inherited?.length && firstBare < 0 && !svo &&
    (CONTINUED.has(c.norm(h.tok - 1) ?? '') || (/^[وف]/.test(h.form.prefix ?? '') && numberedVerb(h) && inherited.some((a) => a.startsWith('#'))))) {
    r.actors.push(...inherited.filter((a) => !r.targets.includes(a)));
    r.evidence.push('rule:continued-subject');
  }
  // the object: the first bare NP or target-preposition NP after the subject, skipping the subject's
  // own modifiers ("التابعة للحرس") and appositions; a place/other PP ends the search
  let afterPlace = false;
  let lastEnd = h.tok + h.len;
  for (let k = 0; k < rest.length; k++) {
    const i = rest[k];
    if (r.actors.includes(i.m.entity)) { lastEnd = i.m.tokenEnd; continue; }
    // (session 9, final gaps) «استقبل رئيس الجمهورية، السيد X، …»: the person set off by commas after a subject that is an
    // office is its holder (refine.ts puts the holder in its place), no object
    if (i.prep === '' && i.entity?.type === 'PER' && r.actors.some((a) => {
      const sm = after.find((x) => x.m.entity === a);
      return !!sm && appositiveHolder(c, sm.m)?.entity === i.m.entity;
    })) { lastEnd = i.m.tokenEnd; continue; }
    if (newClauseBetween(c, lastEnd, i.m.tokenStart)) break;
    if (prepOk(e, i)) { addIds(r.targets, group(rest, k)); r.evidence.push('rule:prep-target'); break; }
    // a bare place right after a place PP is its apposition ("في المنطقة … بالعاصمة بغداد")
    if (i.prep === '' && afterPlace && isLoc(i)) continue;
    // (session 9 probe) «وأحرقوا نحو 40 شجرة، تحت حماية قوات الاحتلال»: the genitive of a noun a preposition governs is no
    // object
    if (i.prep === '' && e.obj === 'target' && prepGovernedGenitive(c, i.m.tokenStart)) continue;
    if (i.prep === '' && e.obj === 'target') { addIds(r.targets, group(rest, k, c)); r.evidence.push('rule:object'); break; }
    // (session 9 probe) «قصفت طائرات عراقية مواقع لتنظيم داعش»: a لـ-phrase owning the unnamed object right after the
    // subject (one indefinite noun between) names what the act struck
    // (session 9, final gaps: also past the subject, the act's own noun and على/ضد — «شنت طائرات التحالف غارات على مواقع لجماعة
    // الحوثي»، «قصفت المدفعية التركية مواقع لحزب X»)
    const k0 = after.indexOf(i);
    const ownerFrom = Math.max(lastEnd, k0 > 0 ? after[k0 - 1].m.tokenEnd : lastEnd);
    const owned = i.m.tokenStart - 1;
    if (i.prep === 'ل' && (e.obj === 'target' || e.preps.has('علي')) && (e.type === 'ASSAULT' || e.type === 'COERCE') && !r.targets.length && owned >= ownerFrom &&
      c.toks[owned].kind === 'word' && !c.startArr[owned] && !c.covered[owned] && !/^([وفبلك]|ال)/.test(c.norm(owned) ?? '') && !c.nounHits.has(owned) &&
      !c.dateCovered[owned] && c.norm(i.m.tokenStart)?.startsWith('ل') && ownerGap(c, ownerFrom, owned)) {
      addIds(r.targets, group(rest, k, c)); r.evidence.push('rule:owner-of-object'); break;
    }
    if (i.prep === 'ل' || i.prep === 'ك' || i.prep === '') continue;
    // (session 9 probe) «اغتال مسلحون القيادي في حركة X محمد Y»: a body after في/من/بـ right after a title word is the
    // complement of that title, inside the object phrase
    if ((i.prep === 'في' || i.prep === 'من' || i.prep === 'ب') && !isLoc(i) && isTitle(c, (c.norm(i.m.tokenStart - 1) ?? '').replace(/^ال/, '')) &&
      rest.slice(k + 1).some((x) => x.entity?.type === 'PER' && x.prep === '' && x.m.tokenStart - i.m.tokenEnd <= 2)) continue;
    // (session 9 probe) «شنت X هجوماً بطائرات مسيرة على مواقع Y»: an instrument with بـ stands before the target
    if (i.prep === 'ب' && (i.m as { means?: boolean }).means) continue;
    // "استقبل X في الرياض الرئيس Y": a place PP may come before the object
    // (also «بقصر العلم»: a place with بـ)
    if ((i.prepRole === 'place' || i.prepRole === 'near' || i.prep === 'ب') && isLoc(i)) { afterPlace = true; continue; }
    // (session 9, final gaps) «…، يوم الأحد بمقر رئاسة الجمهورية، المبعوث …»: the body after a place noun with its
    // preposition is the site, an adjunct like a place
    if (i.prepRole === 'site') { afterPlace = true; continue; }
    // («مع المبعوث الأممي إلى اليمن X»: the posting of the title before the name)
    if (isLoc(i) && (i.prep === 'الي' || i.prep === 'لدي') && k + 1 < rest.length && rest[k + 1].m.tokenStart === i.m.tokenEnd && rest[k + 1].entity?.type === 'PER') continue;
    break;
  }
}

/** rolesFor, an event noun: its genitive, possessive pronoun and prepositional complements. */
function nounRoles(c: Ctx, h: Hit, w: Window, r: Roles): void {
  const e = h.entry;
  const { after, before } = w;
  // masdar / event noun: genitive, prepositional complements
  let rest = after;
  const genActors: string[] = [];
  // (a phrase trigger whose last word is definite — «حملة الاعتقالات» — is a complete construct: no genitive follows)
  const lastNorm = h.len > 1 ? c.norm(h.tok + h.len - 1) ?? '' : '';
  const hasArticle = h.form.article || h.form.norm.startsWith('ال') || (lastNorm.startsWith('ال') && lastNorm.length > 3);
  const firstTok = after.length ? after[0].m.tokenStart : -1;
  let commaBetween = false;
  for (let k = h.tok + h.len; k < firstTok; k++) if (c.isComma(k)) commaBetween = true;
  // (a preposition between ends the construct: "اعتصام جديد في مدينة إربد" — إربد is no genitive)
  // (a noun written with tanween is no construct head: «أجرى اتصالاً هاتفياً بعضو المجلس X» — X is no genitive)
  const tanween = /[\u064B-\u064D]\u0627?$/.test(c.toks[h.tok + h.len - 1].text);
  if (!hasArticle && !tanween && !h.form.suffix && after.length && after[0].prep === '' && w.gapAfter[0] <= 3 && !commaBetween &&
    !prepBetween(c, h.tok + h.len, after[0].m.tokenStart) && !verbLikeBetween(c, h.tok + h.len, after[0].m.tokenStart)) {
    const gen = group(after, 0);
    rest = after.slice(gen.length);
    const lTarget = e.gen === 'target' ? rest.findIndex((i) => i.prep === 'ل') : -1;
    if (lTarget >= 0) {
      addIds(r.actors, gen);
      addIds(r.targets, group(rest, lTarget));
      r.evidence.push('rule:masdar-agent+li-target');
    } else if (e.gen === 'target' && subjectGenitive(c, gen, rest)) {
      // (session 7) «إثر اعتقال قسد قائد مجلس دير الزور العسكري أحمد الخبيل»، «استهداف الاحتلال مدينة غزة»: a masdar
      // with a genitive and then an accusative object — the genitive is the doer (the subject genitive)
      addIds(r.actors, gen);
      const obj = group(rest, 0, c);
      addIds(r.targets, obj);
      rest = rest.slice(obj.length);
      r.evidence.push('rule:masdar-subject-genitive+object');
    } else if (e.gen === 'target' && agentGenitive(c, h, gen)) {
      // (session 9 probe) «بإفراج السلطات الإيرانية عن ناقلة …»، «إثر اعتقال الشرطة التونسية للمحامية …»: a body's genitive
      // followed at once by the noun's own عن/على complement, or by a لـ-phrase that is no name, is the doer
      addIds(r.actors, gen);
      r.evidence.push('rule:masdar-agent-genitive-before-complement');
    } else if (e.gen === 'target') {
      addIds(r.targets, gen);
      r.evidence.push('rule:masdar-genitive-target');
    } else if ((e.type === 'AGREE' || (e.type === 'CONSULT' && e.mode !== 'visit')) && gen.every(isLoc)) {
      // "مفاوضات جدة"، "اتفاق الرياض": a place genitive names where, not who
      r.place = gen[0].m.entity;
      r.evidence.push('rule:masdar-genitive-place');
    } else {
      addIds(r.actors, gen);
      addIds(genActors, gen);
      r.evidence.push('rule:masdar-genitive-actor');
      // (session 9 probe) «خلال استقبال الأمير X لوزير الخارجية Y»: a reception noun's لـ-phrase right after the host is the
      // guest (index.ts then codes the guest as actor, the host as target)
      // (the host's own name after its title mention belongs to the genitive: «أمير قطر الشيخ تميم بن حمد»)
      let q = 0;
      while (q < rest.length && gen.some((g) => g.m.entity === rest[q].m.entity)) q++;
      const hostEnd = q > 0 ? rest[q - 1].m.tokenEnd : gen[gen.length - 1].m.tokenEnd;
      if (e.host && q < rest.length && rest[q].prep === 'ل' && !hasComma(c, hostEnd, rest[q].m.tokenStart) && wordsBetween(c, hostEnd, rest[q].m.tokenStart) <= 3) {
        const guest = group(rest, q, c);
        addIds(r.targets, guest);
        rest = rest.slice(q + guest.length);
        r.evidence.push('rule:reception-li-guest');
      }
    }
  } else if (e.type === 'ASSAULT' && e.gen === 'actor' && !e.preps.has('ل') && after.length && after[0].prep === 'ل' && after[0].m.tokenStart === h.tok + h.len && !commaBetween &&
    (after[0].m.entity.startsWith('#') || after[0].entity?.type === 'ORG')) {
    // «محاولة تسلل لعناصر حوثية»، «هجوم لمسلحين على …»: with no genitive, a لـ-phrase right after an attack noun whose
    // genitive is its agent (and whose complements take no لـ) names the agent
    const gen = group(after, 0);
    rest = after.slice(gen.length);
    addIds(r.actors, gen);
    r.evidence.push('rule:masdar-li-agent');
  }
  // «خلال لقائه الرئيس الفرنسي X»، «زيارته القاهرة»، «مطالبتها الحكومة بـ»: a masdar whose possessive pronoun is its
  // agent (genitive = actor) takes the bare NP right after it as its object, the target
  // (a title may stand before the name: «خلال استقباله وزير الخارجية العماني X»)
  if (!r.targets.length && e.gen === 'actor' && /^(ه|ها|هم|هما)$/.test(h.form.suffix ?? '') && after.length && after[0].prep === '' &&
    (w.gapAfter[0] === 0 || titleGap(c, h.tok + h.len, after[0].m.tokenStart)) && !commaBetween && !r.actors.includes(after[0].m.entity)) {
    const obj = group(after, 0, c);
    addIds(r.targets, obj);
    rest = after.slice(obj.length);
    r.evidence.push('rule:possessed-masdar-object');
  }
  if (!r.targets.length) {
    const k = rest.findIndex((i) => prepOk(e, i) && !r.actors.includes(i.m.entity));
    if (k >= 0) { addIds(r.targets, group(rest, k)); r.evidence.push('rule:prep-target'); }
  }
  frameRoles(c, h, r, w);
  // «حملة الاعتقالات …، والتي طالت سياسيين …، بينهم X وY»: a relative clause on the noun whose verb strikes its
  // object (frames `target-object`) names the targets — the persons or bodies named there, else the group
  if (!r.targets.length) {
    const t = relativeStruck(c, h);
    if (t.length) { r.targets = t.filter((x) => !r.actors.includes(x)); r.evidence.push('rule:relative-struck-target'); }
  }
  // «ستواصل دعم الجيش»، «جدد رفض المبادرة»: a masdar in construct right after a support verb has that verb's
  // subject as agent, so its genitive is the object
  // (not when a لـ-complement follows the genitive — it is the object, the genitive the agent: «جدد الوزير رفض مصر القاطع
  // لأي طرح»، «أكد دعم بلاده لجهود …»)
  let liAfter = false;
  if (genActors.length) {
    const gm = after.find((i) => i.m.entity === genActors[genActors.length - 1]);
    for (let k = gm ? gm.m.tokenEnd : c.toks.length; k < c.toks.length && gm && k <= gm.m.tokenEnd + 2 && c.sent(k) === c.sent(h.tok); k++) {
      const n = c.norm(k) ?? '';
      // (an adverb in ـياً is no complement: «دعم الجيش لوجستياً»)
      if (/^ل(?!ا$|م$|ن$)\S{2,}/.test(n) && !n.startsWith('لدي') && !/[\u064B]\u0627?$|\u0627\u064B$/.test(c.toks[k].text) && !/يا$/.test(n)) { liAfter = true; break; }
      if (!n.startsWith('ال') || c.startArr[k] !== undefined) break;
    }
  }
  if (r.governed && OBJECT_GENITIVE_TYPES.has(e.type) && genActors.length && !liAfter) {
    r.targets = [...genActors, ...r.targets.filter((t) => !genActors.includes(t))];
    r.actors = r.actors.filter((a) => !genActors.includes(a));
    r.evidence.push('rule:genitive-object-of-governed-masdar');
  }
  // verb-initial phrases ("أطلقت صواريخ") after their subject
  // (only auxiliaries between: «جنوبي الفاشر إثر هجوم بري» — a place before a link word is no subject)
  // (a group with a لـ-genitive too: «القيادة العامة للقوات المسلحة قد دفعت بتعزيزات»)
  if (e.pos === 'phrase' && !r.actors.length && !r.recipientFrame && before.length > 1 && before[0].prep === 'ل' && before[1].prep === '' &&
    before[1].m.entity.startsWith('#') && before[0].m.tokenStart - before[1].m.tokenEnd <= 1 && w.gapBefore[0] <= 2 && gapIsAux(c, before[0].m.tokenEnd, h.tok)) {
    addIds(r.actors, [before[1], before[0]]);
    r.evidence.push('rule:svo-subject-of-body');
  }
  // (session 9: not a definite noun phrase — «أدانت مصر الهجوم الإرهابي»: the NP before it is the subject of the verb that
  // governs it, no attacker)
  if (e.pos === 'phrase' && !r.actors.length && !r.recipientFrame && before.length && before[0].prep === '' && w.gapBefore[0] <= 2 &&
    gapIsAux(c, before[0].m.tokenEnd, h.tok) && !/^[وف]?ال/.test(c.toks[h.tok].text)) {
    const subj = [before[0]];
    for (let k = 0; k + 1 < before.length && before[k].coord; k++) subj.push(before[k + 1]);
    addIds(r.actors, subj.reverse());
    r.evidence.push('rule:svo-subject');
  }
  // (session 8) «قبل أن تنجح وساطة تركية في احتوائها»: a mediation with no mediator named has the one its nisba names
  // («بوساطة قطرية» is refine.ts's: it qualifies talks its sentence reports)
  if (e.type === 'CONSULT' && e.mode === 'third-party' && !r.actors.length && !/^[وف]?بوساطه/.test(c.norm(h.tok) ?? '')) {
    const n = nisbaAgent(c, h);
    if (n && !r.targets.includes(n)) { r.actors.push(n); r.evidence.push('rule:nisba-mediator'); }
  }
  // (session 8) «وتدخلت قوى الأمن لتفريق المحتجين»، «ولم تتدخل الشرطة، التي انتشرت …، لتفريق …»: a masdar of purpose
  // (a clitic لـ) with no agent of its own is done by the subject of the clause it completes
  if (e.pos === 'noun' && !r.actors.length && !r.possessor && /^[وف]?ل$/.test(h.form.prefix ?? '') && !h.form.article) {
    const subj = purposeSubject(c, h.tok);
    if (subj && !r.targets.includes(subj.m.entity)) {
      addIds(r.actors, [subj]);
      r.evidence.push('rule:purpose-masdar-subject');
    }
  }
}

const IN_IT = new Set(['فيه', 'فيها']);
/** (session 8) «وجّهت النقابة، …، برقية إلى الوزارة تعلن فيها عن إضراب»، «أصدرت الحركة بياناً تطالب فيه …»: an imperfect with
 * the resumptive «فيه/فيها» (the document it describes) speaks for the document's issuer — the nearest person, body or group
 * named with no preposition before it in its sentence (at most 25 tokens back, no complementizer or relative between). */
export function documentIssuer(c: Ctx, v: number): MInfo | null {
  // (session 9: a past verb too right after the document noun — «بعد تصريحات انتقد فيها القضاء»، «في بيان أدان فيه»)
  if (!IN_IT.has(c.norm(v + 1) ?? '') || !(/^[يت]/.test(c.norm(v) ?? '') || words('statement-manner').has(c.bare(v - 1)))) return null;
  const s = c.sent(v);
  for (let k = v - 1; k >= 0 && k >= v - 25 && c.sent(k) === s; k--) {
    // (an apposition set off by commas and opened by a definite adjective — «، المنضوية تحت الاتحاد العام للشغل،» — is
    // skipped whole: its NPs describe the issuer)
    if (c.isComma(k)) {
      let q = k - 1;
      while (q >= 0 && q > k - 14 && c.sent(q) === s && !c.isComma(q) && !c.isBoundary(q)) q--;
      if (q >= 0 && c.isComma(q) && /^ال\S{3,}/.test(c.norm(q + 1) ?? '') && c.startArr[q + 1] === undefined) { k = q; continue; }
    }
    if (c.isBoundary(k) || COMPLEMENTIZERS.has(c.norm(k) ?? '') || RELATIVE_PRONOUNS.has(c.norm(k) ?? '')) return null;
    const m = mentionEndingAt(c, k);
    if (!m) continue;
    const i = c.info(m);
    const ty = c.byId.get(m.entity)?.type;
    if (i.prep === '' && ty !== 'LOC' && !i.coord) return i;
    k = m.tokenStart;
  }
  return null;
}

/** (session 8) The subject of the clause a purpose masdar at `tok` completes: the bare NP right before it (past dates and
 * one segment set off by commas — a relative clause or an adjunct, at most 14 tokens), itself right after a verb-like word
 * (no article, no preposition, no title or group head), in its sentence. Not a place. */
function purposeSubject(c: Ctx, tok: number): MInfo | null {
  const s = c.sent(tok);
  let k = tok - 1;
  while (k >= 0 && c.dateCovered[k] && c.sent(k) === s) k--;
  if (k >= 0 && c.isComma(k)) {
    let q = k - 1;
    while (q >= 0 && q > k - 14 && c.sent(q) === s && !c.isComma(q) && !c.isBoundary(q)) q--;
    if (q < 0 || !c.isComma(q)) return null;
    k = q - 1;
    while (k >= 0 && c.dateCovered[k] && c.sent(k) === s) k--;
  }
  if (k < 1 || c.sent(k) !== s) return null;
  const m = mentionEndingAt(c, k);
  if (!m || c.byId.get(m.entity)?.type === 'LOC') return null;
  const i = c.info(m);
  if (i.prep !== '' || i.coord) return null;
  const v = m.tokenStart - 1;
  const t = c.toks[v];
  if (!t || t.kind !== 'word' || c.sent(v) !== s || c.covered[v] || c.startArr[v] !== undefined || /^[وف]?(ال|لل)/.test(t.norm) || c.prepsAt(v).length ||
    isTitle(c, t.norm) || c.lex.groups.has(c.bare(v)) || c.nounHits.has(v) || cliticPrepNoun(t.norm)) return null;
  return i;
}

/** Event types a dateline places: the lead's physical events and meetings, agreements, aid, releases. */
export const PHYSICAL = new Set(['ASSAULT', 'PROTEST', 'COERCE', 'MOBILIZE', 'CONSULT', 'AGREE', 'COOPERATE', 'AID', 'RETREAT', 'SANCTION']);

/** A place mention opening the article and followed by a dash: "بيروت – …". */
export function datelinePlace(c: Ctx): { entity: string; para: number } | null {
  // the dateline opens the first paragraph, or the second after a title line: "بيروت –"، "القاهرة (أ ش أ) –"
  for (let p = 0; p < 2 && p < c.doc.paragraphs.length; p++) {
    const k0 = lowerBound(c.toks, c.doc.paragraphs[p].start);
    for (let k = k0; k < k0 + 2 && k < c.toks.length; k++) {
      const ms = c.startArr[k];
      if (!ms) continue;
      const m = ms[0];
      if (c.byId.get(m.entity)?.type !== 'LOC') break;
      let j = m.tokenEnd;
      // an agency in brackets between the place and the dash
      if (c.toks[j]?.text === '(') {
        const stop = j + 8;
        while (j < c.toks.length && j < stop && c.toks[j].text !== ')') j++;
        j++;
      }
      const nx = c.toks[j];
      if (nx && (nx.kind === 'dash' || nx.text === ':')) return { entity: m.entity, para: p };
      break;
    }
  }
  return null;
}

/** Objects and place of a verb whose subject is an earlier attack noun. */
export function rolesAfterVerb(c: Ctx, h: Hit, w: Window): { targets: string[]; place: string | null } {
  const targets: string[] = [];
  const k = w.after.findIndex((i) => i.prep === '');
  if (k >= 0) addIds(targets, group(w.after, k));
  const pl = w.after.find((i) => isLoc(i) && i.prepRole === 'place');
  let place = pl ? pl.m.entity : null;
  if (!place) place = targets.find((id) => c.byId.get(id)?.type === 'LOC') ?? null;
  void h;
  return { targets, place };
}

/** "تعرضت X إلى القصف" (X target) and "X التي شهدت إطلاق صواريخ" (X place): bounded look-back. */
export function frameRoles(c: Ctx, h: Hit, r: Roles, w: Window): void {
  const s = c.sent(h.tok);
  for (let j = h.tok - 1; j >= 0 && j >= h.tok - 20 && c.sent(j) === s; j--) {
    // (an opening quotation mark right before the noun does not separate it from its support verb: «أعرب X عن "قلق بالغ"»)
    if (c.isBoundary(j) && !(j === h.tok - 1 && c.toks[j].kind === 'quote')) return;
    // (a that-clause or a dash between them: the noun is in the content, not the support verb's object — «وأكد الخبراء أن
    // الخسائر … جراء إغلاق المصانع»، «خرج المسلمون بمئات الآلاف - ومن اللحظة الأولى لقصف المدن»)
    if (j < h.tok - 1 && (COMPLEMENTIZERS.has(c.norm(j) ?? '') || c.toks[j].kind === 'dash')) return;
    // (a future prefix too: «ستواصل»، «وسيعقد»)
    let f = c.frameAt(j);
    // (session 8, round 2: «ردّ X باتهام Y» — the bare «رد» is a support verb only for a بـ-masdar; elsewhere it is the noun
    // «الرد، رد X على Y»)
    if (f && c.bare(j) === 'رد' && !/ب$/.test(h.form.prefix)) f = null;
    if (!f) {
      // «بعد مشاركتهم في مسيرة»، «خلال تنظيمها وقفة»: a possessed support masdar — its possessor is the actor
      // (resolved like a possessed trigger, in index.ts)
      const pm = c.possessedAt(j);
      if (pm && j < h.tok && h.tok - j <= 4 && SUPPORT_MASDAR.has(pm[2] ? pm[1] + 'ه' : pm[1]) && !r.actors.length) {
        r.possessor = { suffix: pm[3], tok: j };
        return;
      }
      // (session 9) «أعلنت النقابة عن خوض إضراب …، مع تنظيم وقفة احتجاجية»، «… وتنظيم مسيرة»: a bare support masdar right before
      // the noun, after «مع» or with و, adds an act of the same subject — the agent of the event before it in its sentence
      // (refine.ts, as for a support verb with a pronoun subject)
      if (SUPPORT_MASDAR.has(c.bare(j)) && j === h.tok - 1 && !r.actors.length && !h.form.suffix && !h.form.prefix &&
        (c.norm(j - 1) === 'مع' || c.norm(j) !== c.bare(j) && /^و/.test(c.norm(j) ?? ''))) {
        r.evidence.push('rule:support-verb-pronoun-subject', 'rule:coordinated-support-masdar');
        return;
      }
      // «مشاركة أستراليا والبحرين في تقديم الدعم»: a support masdar in construct with its agents, then في (and a
      // masdar of giving) before the noun — the genitives perform the event
      if (SUPPORT_MASDAR.has(c.bare(j)) && !r.actors.length) {
        const agents = constructAgents(c, j, h.tok);
        if (agents.length) {
          r.actors = agents;
          r.targets = r.targets.filter((t) => !agents.includes(t));
          r.evidence.push('rule:support-masdar-genitive');
          return;
        }
      }
      continue;
    }
    // "أعلن X مقتل Y": announcing a killing is no perpetration; an announcement names the actor of other events
    // (only deaths: «أعلنت الشرطة اعتقال X»، «أعلن الجيش إسقاط طائرة» name the announcer as the agent)
    if (f.role === 'announce' && h.entry.gen === 'target' && words('death-noun').has(c.bare(h.tok).replace(/^ب/, ''))) return;
    // "أعلنت الكويت خلال القمة تقديم …": a noun after a temporal preposition is an adjunct, not the object
    if ((f.role === 'actor' || f.role === 'announce') && words('adjunct-prep').has(c.norm(h.tok - 1) ?? '')) return;
    // «أعربت X عن إدانتها للهجوم»، «أبدى ترحيبه بالاتفاق»: a noun with a clitic preposition after another event noun
    // of the verb is that noun's complement — what is condemned or welcomed — not a second act of the subject
    if ((f.role === 'actor' || f.role === 'announce') && /[لب]$/.test(h.form.prefix)) {
      let inner = false;
      for (let k = j + 1; k < h.tok && !inner; k++) if (c.nounHits.has(k)) inner = true;
      if (inner) return;
    }
    // (session 9, multi-clause probe) «أعلنت الحكومة رفضها للمبادرة، وقصف الحوثيون مواقع …»: a word after a comma and و whose
    // next word is a nominative sound plural (a masdar's genitive would be oblique: الحوثيين) is a verb with its own subject
    if ((f.role === 'actor' || f.role === 'announce') && c.isComma(h.tok - 1) && /^و/.test(h.form.prefix) && !h.form.suffix) {
      const nx = c.startArr[h.tok + h.len]?.[0];
      if (nx && /^ال\S{3,}ون$/.test(c.bare(h.tok + h.len))) return;
    }
    if (f.role === 'actor' || f.role === 'announce') {
      // a support verb governs only a close noun in the same clause: "أعلن الاتحاد إضراباً"
      // commas that only set off a date ("أعلن X، مساء أمس الجمعة، موافقة…") do not end the clause
      // (nor do commas around an apposition or an adjunct: «أجرى الوزير، ناصر بوريطة، أمس بالرباط، مباحثات»،
      // «وجددت الوزيرة، خلال ندوة صحافية، دعم …»)
      let comma = false;
      let dated = 0;
      const cuts: number[] = [];
      for (let k = j + 1; k < h.tok; k++) {
        if (c.dateCovered[k]) dated++;
        // (places named after the subject are adjuncts too: «دخل أساتذة الثانوي في ولايات وهران وتلمسان، الأحد، أسبوعهم …»)
        const lm = c.startArr[k]?.find((m) => c.byId.get(m.entity)?.type === 'LOC');
        if (lm && !c.dateCovered[k]) dated += Math.min(lm.tokenEnd, h.tok) - k;
        if (c.isComma(k) && !c.dateCovered[k - 1] && !c.dateCovered[k + 1]) cuts.push(k);
      }
      // the segments after the first comma must each be parenthetical (the last may be empty: a closing comma)
      for (let n = 0; n < cuts.length && !comma; n++) {
        const from = cuts[n] + 1;
        const to = n + 1 < cuts.length ? cuts[n + 1] : h.tok;
        if (from === to && n === cuts.length - 1) { dated++; continue; }
        // (session 9) the last segment may be the noun's own governing words after a closing comma: «أعلنت النقابة، في بلاغ
        // …، عن خوض إضراب» — a preposition and at most one support masdar, no name
        if (n === cuts.length - 1 && n > 0 && governingWords(c, from, to)) continue;
        if (!parenthetical(c, from, to)) comma = true;
        else for (let x = from - 1; x < to; x++) if (!c.dateCovered[x]) dated++;
      }
      // (a long title may put the support verb further back: «أجرى وزير الشؤون الخارجية والتعاون الإفريقي …»)
      // (session 8, round 2: a subject right after the verb may carry a describing phrase — «أصدرت الدائرة الجنائية المختصة في
      // قضايا الفساد المالي بالمحكمة الابتدائية بتونس، مساء الجمعة، أحكاماً»: 16 words then)
      // (session 8, round 2: a subject right after the verb with a describing phrase — a definite adjective and a preposition,
      // «أصدرت الدائرة الجنائية المختصة في قضايا الفساد المالي بالمحكمة الابتدائية بتونس، مساء الجمعة، أحكاماً» — 16 words)
      const s0 = c.startArr[j + 1]?.[0];
      const described = !!s0 && /^ال\S{3,}/.test(c.norm(s0.tokenEnd) ?? '') && !c.startArr[s0.tokenEnd] && !c.nounHits.has(s0.tokenEnd) &&
        /^(في|ب\S+)$/.test(c.norm(s0.tokenEnd + 1) ?? '');
      // (session 9) «أكدت كل من X وY وZ، في بيانات …، تضامنها»: «كل من» opens a list of bare subjects like a name does
      const eachOf = eachOfList(c, j + 1);
      // (session 9) the inner words of named subjects use up no reach: «عقد وزير الداخلية الفريق X ووزير الصحة الدكتور Y
      // اجتماعاً» (persons and organisations; places count whole above)
      // (only a subject list the noun follows at once, dates aside: not «وردّت X بإصدار ترخيص … بالإغاثة»)
      let inner = 0, lastEnd = -1;
      for (let k = j + 1; k < h.tok; k++) {
        const pm = c.startArr[k]?.find((m) => { const ty = c.byId.get(m.entity)?.type; return ty === 'PER' || ty === 'ORG'; });
        if (pm && !c.dateCovered[k]) { inner += Math.min(pm.tokenEnd, h.tok) - k - 1; k = pm.tokenEnd - 1; lastEnd = pm.tokenEnd; }
      }
      let gap = 0;
      for (let k = lastEnd; lastEnd >= 0 && k < h.tok; k++) if (!c.dateCovered[k] && !c.isComma(k)) gap++;
      if (lastEnd >= 0 && gap === 0) dated += inner;
      if (comma || h.tok - j - dated > (described ? 16 : 12) || (h.tok - j > 16 && !(c.startArr[j + 1] !== undefined) && !isTitle(c, c.bare(j + 1)) && !eachOf)) continue;
    }
    let subj: EntityMention | null = null;
    for (let k = j + 1; k < h.tok && !subj; k++) {
      const ms = c.startArr[k];
      if (ms && c.info(ms[0]).prep === '') subj = appositiveHolder(c, ms[0]) ?? ms[0];
    }
    // (session 8) «ردّ المركز الإعلامي لـ"قسد" باتهام …»: a subject no entity or group names, owned by a body after لـ — the
    // body acts (definite words only between the verb and لـ, at most three)
    let ownerM: EntityMention | null = null;
    if (!subj && (f.role === 'actor' || f.role === 'announce') && c.startArr[j + 1] === undefined) {
      let k = j + 1;
      while (k < h.tok && k <= j + 3 && c.startArr[k] === undefined && /^ال\S{2,}/.test(c.norm(k) ?? '') && !c.nounHits.has(k)) k++;
      // (a separate «لـ» and an opening quotation mark: «لـ"قسد"»)
      let sep = false;
      if (k > j + 1 && k < h.tok && c.norm(k) === 'ل') { k++; sep = true; }
      if (k > j + 1 && k < h.tok && c.toks[k].kind === 'quote') k++;
      const o = k > j + 1 && k < h.tok ? c.startArr[k]?.[0] : undefined;
      if (o && (c.info(o).prep === 'ل' || sep) && !o.entity.startsWith('#') && c.byId.get(o.entity)?.type !== 'LOC') subj = ownerM = o;
    }
    // «نفّذت وحدات من الجيش اللبناني … عملية دهم»: a unit of a named body right after the support verb — the body acts
    let unitM: EntityMention | null = null;
    if (!subj && (f.role === 'actor' || f.role === 'announce') && j + 3 < h.tok && c.startArr[j + 1] === undefined && c.norm(j + 2) === 'من' &&
      partitiveStart(c, j + 3) === j + 1) {
      const u = c.startArr[j + 3]?.[0];
      if (u && c.byId.get(u.entity)?.type === 'ORG') subj = unitM = u;
    }
    if (!subj && j > 0 && RELATIVE_PRONOUNS.has(c.norm(j - 1)!)) {
      // antecedent of the relative clause: the head of the NP chain before it ("المنطقة الخضراء بالعاصمة
      // العراقية بغداد، والتي شهدت" → المنطقة الخضراء), i.e. the earliest of mentions linked by short gaps
      let k = j - 2;
      while (k >= 0 && c.isComma(k)) k--;
      for (let g = 0; k >= 0 && k >= j - 20 && c.sent(k) === s; k--, g++) {
        const m = mentionEndingAt(c, k);
        if (m) {
          if (subj && f.role === 'place' && c.byId.get(m.entity)?.type !== 'LOC') break;
          subj = m;
          g = 0;
          k = m.tokenStart;
          continue;
        }
        if (subj && g >= 3) break;
        if (c.isBoundary(k)) break;
      }
    }
    if (f.role === 'consequence') {
      // (only the result right after its verb and preposition: «أسفرت عن توقيف»، «أدت إلى اعتقال»)
      if (h.tok - j <= 2) {
        r.consequence = true;
        // (session 8) «نفّذت الأجهزة الأمنية … حملة واسعة …، أسفرت عن ضبط …»: the cause is an operation named by no event
        // word — the subject of the support verb that performed it brought the result about
        if (!r.actors.length && h.entry.type !== 'ASSAULT' && !words('death-noun').has(c.bare(h.tok))) {
          const p = performerOfCause(c, j);
          if (p) {
            addIds(r.actors, [p]);
            r.targets = r.targets.filter((t) => t !== p.m.entity);
            r.evidence.push('rule:result-of-performed-operation');
          }
        }
      }
      return;
    }
    if (f.role === 'recipient') {
      // (session 8) «وكان العبادي قد تلقى اتصالاً من نظيره»، «X تلقى …»: the recipient before the verb (auxiliaries between,
      // or a كان … قد clause)
      if (!(subj && c.info(subj).prep === '' && subj.tokenStart > j)) {
        const sb = mentionEndingAt(c, j - 1) ?? (AUX.has(c.norm(j - 1) ?? '') ? mentionEndingAt(c, j - 2) : null) ?? kanaQadSubject(c, j);
        if (sb && c.info(sb).prep === '' && c.sent(sb.tokenStart) === s && c.byId.get(sb.entity)?.type !== 'LOC') subj = sb;
      }
      // "تلقى X اتصالاً هاتفياً من Y": X receives (target), Y calls (actor)
      if (subj && c.info(subj).prep === '') {
        r.targets = [subj.entity, ...r.targets.filter((t) => t !== subj!.entity)];
        r.actors = r.actors.filter((a) => a !== subj!.entity);
        // (a titled caller: «من المبعوث الأممي إلى اليمن هانس غروندبرغ» — the first person after a من right after the noun)
        const caller = w.after.find((i) => i.prep === 'من') ?? (c.norm(h.tok + h.len) === 'من'
          ? w.after.find((i) => i.entity?.type === 'PER' && i.m.tokenStart <= h.tok + h.len + 8) : undefined);
        if (caller && !r.actors.includes(caller.m.entity)) {
          r.actors.push(caller.m.entity);
          r.targets = r.targets.filter((t) => t !== caller.m.entity);
        }
        r.recipientFrame = true;
        r.evidence.push(f.evidence);
      }
      return;
    }
    // «وكانت الولاية قد شهدت احتجاجات»، «شهدت المدينة إضراباً»: a place named by a common noun witnessed the
    // event — no participant, but the event is reported (kept by the final filter)
    if (!subj && f.role === 'place' && h.tok - j <= 2) {
      const np = h.tok - j === 2 ? j + 1 : j - 1 - (c.norm(j - 1) === 'قد' ? 1 : 0);
      if (np >= 0 && !c.covered[np] && (c.norm(np) ?? '').startsWith('ال') && !c.nounHits.has(np)) {
        r.evidence.push('rule:witnessed-at-unnamed-place');
        // (a place head — «الولاية»، «المدينة» — names the last place mentioned, at most 300 tokens back)
        if (!r.place && PLACE_HEADS.has((c.norm(np) ?? '').slice(2))) {
          for (let k = np - 1; k >= 0 && k >= np - 300; k--) {
            const lm = c.startArr[k]?.find((m) => c.byId.get(m.entity)?.type === 'LOC');
            if (lm) { r.place = lm.entity; r.evidence.push('rule:place-head-back-reference'); break; }
          }
        }
      }
    }
    // (session 9) «وكان المخيم قد تعرّض لقصف»، «X، الذي …، قد تعرّض …»، «المطار تعرّض لهجوم»: the subject of a target frame
    // before its verb — SVO with auxiliaries, a كان … قد clause, or a subject before a relative clause set off by commas
    if (!subj && (f.role === 'target' || f.role === 'target-object') && !RELATIVE_PRONOUNS.has(c.norm(j - 1) ?? '')) {
      const sb = mentionEndingAt(c, j - 1) ?? (AUX.has(c.norm(j - 1) ?? '') ? mentionEndingAt(c, j - 2) : null) ?? kanaQadSubject(c, j) ?? subjectBeforeRelative(c, j);
      if (sb && c.info(sb).prep === '' && c.sent(sb.tokenStart) === s) {
        subj = sb;
        r.evidence.push('rule:target-frame-subject-before');
      }
    }
    if (!subj && f.role !== 'actor' && f.role !== 'announce') return;
    const type = subj ? c.byId.get(subj.entity)?.type : undefined;
    if (f.role === 'actor' || f.role === 'announce') {
      // a subject between the support verb and the noun ("أعلن الاتحاد إضراباً"), not an antecedent
      if (!subj || !(subj.tokenStart > j)) {
        // SVO before the support verb: "X قدّم استقالته"
        // (or the antecedent of a relative pronoun right before the verb: «السوداني، الذي أبدى تأييد حكومته»)
        // (the nearest mention before the relative — the holder, not the office in its title — and only for the
        // first event noun after the verb: «أبدى تأييد حكومته للوساطة» gives the antecedent no mediation)
        let ante: EntityMention | null = null;
        if (subj && j > 1 && RELATIVE_PRONOUNS.has(c.norm(j - 1)!)) {
          let between = false;
          for (let k = j + 1; k < h.tok; k++) if (c.nounHits.has(k)) between = true;
          if (!between) ante = mentionEndingAt(c, c.isComma(j - 2) ? j - 3 : j - 2) ?? subj;
        }
        subj = null;
        // (session 9: past two auxiliaries too — «العاهل X كان قد أصدر عفواً»)
        let before = mentionEndingAt(c, j - 1) ?? (AUX.has(c.norm(j - 1) ?? '') ? mentionEndingAt(c, j - 2) ??
          (AUX.has(c.norm(j - 2) ?? '') ? mentionEndingAt(c, j - 3) : null) : null) ?? subjectBeforeRelative(c, j) ?? ante;
        // (session 8) «وكانت X في بنغازي قد نظّمت وقفة»، «وكان X قد أصدر عفواً»: the subject after كان, before قد
        if (!before || c.info(before).prep !== '') before = kanaQadSubject(c, j) ?? before;
        // (session 8) «برقية … تعلن فيها عن تنفيذ إضراب»: the document's issuer
        if (!before || c.info(before).prep !== '') before = documentIssuer(c, j)?.m ?? before;
        if (before && c.info(before).prep === '') subj = before;
        // (session 8) «وانتقل معاليه إلى بغداد، حيث عقد محادثات مع …»: a support verb after حيث/ثم goes on with the clause
        // before it (subjects.ts subjectBeforeContinuation)
        if (!subj && j === h.tok - 1 && CONTINUED.has(c.norm(j - 1) ?? '') && !r.actors.length) {
          const cont = subjectBeforeContinuation(c, { ...h, tok: j });
          if (cont?.length) {
            for (const a of cont) if (!r.actors.includes(a)) r.actors.push(a);
            r.targets = r.targets.filter((t) => !r.actors.includes(t));
            r.evidence.push('rule:support-verb-continued-subject');
          }
        }
      }
      // «قبل أن يجري اتصالاً»، «أنها ستواصل دعم»: a support verb right before the noun with no subject of its own has
      // a pronoun subject (resolved in index.ts from the speaker or the sentence's previous event)
      // (session 9) a masdar of forming between — «معلناً تشكيل لجنة تحقيق»، «وأمر بتشكيل لجنة» — leaves the noun next to its
      // verb: what is formed is the verb's act
      const next = j === h.tok - 1 || (j === h.tok - 2 && FORMING.test(c.norm(h.tok - 1) ?? ''));
      if (f.role === 'actor' && ((subj && subj.tokenStart > j) || next)) r.governed = true;
      // (a conjoined support verb too: «ودان X الهجوم، وأجرى اتصالاً هاتفياً بـY» — its subject is the sentence's)
      // (an announcement too: «…، وأعلنت تعليق مشاركتها» — the sentence's subject announces its own act)
      // («…، معلنةً تقديم 15 مليون يورو»: an announcing participle after a comma goes on with the sentence's subject)
      const participle = f.role === 'announce' && /^م/.test(c.norm(j) ?? '') && c.isComma(j - 1);
      if (!subj && next && (f.role === 'actor' || participle || (f.role === 'announce' && /^[وف]/.test(c.norm(j) ?? '') && c.isComma(j - 1))) && (COMPLEMENTIZERS.has(c.norm(j - 1) ?? '') || words('pronoun-complementizer').has(c.norm(j - 1) ?? '') ||
        participle || (/^[وف]/.test(c.norm(j) ?? '') && c.isComma(j - 1)))) {
        r.evidence.push('rule:support-verb-pronoun-subject');
        // (session 9: the participle's own subject is the main clause's, as for any circumstantial participle — refine.ts)
        if (participle) r.participleSupport = true;
      } else if (!subj && /^[وف]/.test(c.norm(j) ?? '') && c.isComma(j - 1) && adjunctOnly(c, j + 1, h.tok)) {
        // «…، وأعلنت في وقت لاحق من اليوم نفسه القبض على …»: an adjunct phrase between the conjoined support verb and
        // its noun — the verb's subject is still the sentence's
        r.evidence.push('rule:support-verb-pronoun-subject');
      } else if (!subj && j === h.tok - 2 && c.isComma(j - 1) && words('event-adjunct').has(c.norm(j + 1) ?? '')) {
        // «أجرى X اتصالاً …، أكد خلاله دعم …»: a support verb with a pronoun adjunct pointing at the event before it
        // goes on with that event's subject
        r.evidence.push('rule:support-verb-pronoun-subject');
      }
      if (subj && !r.actors.includes(subj.entity) && (c.info(subj).prep === '' || subj === unitM || subj === ownerM)) {
        r.actors.push(subj.entity);
        // (session 9) «أعرب المجلس الوزاري لمجلس التعاون … عن تأييده»: a group subject (a body no entity names) followed at once
        // by لـ + an organisation belongs to it — the organisation acts too
        const owner = subj.tokenStart > j ? ownerOfGroup(c, subj) : null;
        if (owner && owner.tokenEnd <= h.tok && !r.actors.includes(owner.entity)) {
          r.actors.push(owner.entity);
          r.evidence.push('rule:support-subject-of-body');
        }
        // coordinated subjects: "أتمت إيران والولايات المتحدة صفقة"
        for (let k = subj.tokenEnd; k < h.tok; k++) {
          const ms = c.startArr[k];
          if (!ms) continue;
          const inf = c.info(ms[0]);
          if (!inf.coord) break;
          if (!r.actors.includes(ms[0].entity)) r.actors.push(ms[0].entity);
          k = ms[0].tokenEnd - 1;
        }
        r.targets = r.targets.filter((t) => !r.actors.includes(t));
        r.evidence.push(f.evidence);
      }
      return;
    }
    if (!subj) return;
    if (f.role === 'place') {
      if (type === 'LOC') r.place = subj.entity;
    } else if (!r.targets.includes(subj.entity)) r.targets.push(subj.entity);
    r.evidence.push(f.evidence);
    return;
  }
}

/** (session 9) An imperfect verb form between a noun and the NP after it — «لجنة تحقيق تضم ممثلين»، «قافلة تحمل …»: the NP is
 * that verb's object in an adjectival clause, no genitive of the noun (an indefinite word of three to five letters opening in
 * ي/ت and carrying no pronoun, no title, no mention, not a date). */
function verbLikeBetween(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = c.toks[k];
    if (t.kind !== 'word' || c.dateCovered[k] || c.startArr[k] !== undefined) continue;
    const n = t.norm;
    // (a verb carrying the noun's resumptive pronoun — «زيارة يجريها الوزير» — has the noun's agent after it: no block)
    if (/^[يت]\S{2,4}$/.test(n) && !/[هة]$/.test(n) && !isTitle(c, n) && !c.lex.groups.has(n)) return true;
  }
  return false;
}

/** (session 9) Masdars of forming or opening a body or a procedure («تشكيل لجنة تحقيق»، «بإنشاء لجنة»): transparent between a
 * support verb and the event noun they introduce (a closed grammatical set). */
const FORMING = /^[وف]?[بل]?(تشكيل|انشاء|تاسيس|تاليف)$/;

/** (session 9) Words from..to-1 (one or two) govern the event noun after them: a preposition word, a masdar of a support verb
 * (function-words `support-masdar`) or both («عن خوض»، «عن»، «بتنظيم»); no name, no event word. */
function governingWords(c: Ctx, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k++) {
    if (c.toks[k].kind !== 'word' || c.startArr[k] !== undefined || c.nounHits.has(k)) return false;
    const n = c.norm(k) ?? '';
    if (!(c.prepsAt(k).some((p) => p.length === 1) || SUPPORT_MASDAR.has(n.replace(/^[بل]/, '')))) return false;
  }
  return true;
}

/** (session 9) «كل من X وY»، «كلاً من X»: «each of» at k (with من after it) heading a list of named participants — the
 * mention right after من (its preposition reads as none, context.ts). */
export function eachOfList(c: Ctx, k: number): EntityMention | null {
  if (!['كل', 'كلا'].includes(c.norm(k) ?? '') || c.norm(k + 1) !== 'من') return null;
  const m = c.startArr[k + 2]?.[0];
  return m && c.sent(m.tokenStart) === c.sent(k) ? m : null;
}

/** A preposition with a pronoun right after a verb in a relative clause ("الذي اتفق عليه الطرفان"): the
 * antecedent is an oblique complement, so the NP after is the subject. */
/** «إن البعثة، التي يقودها السفير X، تعتزم الدعوة»: the subject before a relative clause set off by commas
 * right before token j (at most 20 tokens back). */
export function subjectBeforeRelative(c: Ctx, j: number): EntityMention | null {
  // (auxiliaries may stand between: «سنان أوغان، الذي حلّ ثالثاً …، قد أعلن دعمه»)
  while (j > 1 && AUX.has(c.norm(j - 1) ?? '')) j--;
  if (!c.isComma(j - 1)) return null;
  const s = c.sent(j);
  for (let k = j - 2; k >= 1 && k >= j - 20 && c.sent(k) === s; k--) {
    if (c.isBoundary(k)) return null;
    if (!RELATIVE_PRONOUNS.has(c.norm(k) ?? '')) continue;
    let m = mentionEndingAt(c, c.isComma(k - 1) ? k - 2 : k - 1);
    // (a place modifier between: «البعثة الجزائرية في نيويورك، التي …»)
    if (m && c.info(m).prep !== '' && c.byId.get(m.entity)?.type === 'LOC') {
      const pre = c.toks[m.tokenStart].start < m.start ? m.tokenStart - 1 : m.tokenStart - 2;
      m = pre >= 0 && c.sent(pre) === s ? mentionEndingAt(c, pre) : null;
    }
    return m && c.info(m).prep === '' ? m : null;
  }
  return null;
}

const STATEMENT_NOUNS = words('statement-noun');
/** A statement noun (function-words `statement-noun`: البيان، التقرير) right after a verb, dates and commas aside, and no
 * mention: the verb's subject. */
export function statementSubjectAfter(c: Ctx, h: Hit): boolean {
  let k = h.tok + h.len;
  while (k < c.toks.length && (c.dateCovered[k] || c.isComma(k)) && k < h.tok + h.len + 6) k++;
  return k < c.toks.length && c.sent(k) === c.sent(h.tok) && c.startArr[k] === undefined && !c.covered[k] && STATEMENT_NOUNS.has(c.bare(k));
}

/** «رفض المرشح الذي حل ثانياً، الناشط الحقوقي X، …»: between a verb and a person's name, a definite noun (one or two
 * words) with a relative clause (at most six words), a comma, then at most three definite or title words — the name is
 * the noun's apposition, so the verb's subject. */
export function appositionAfterRelative(c: Ctx, from: number, to: number): boolean {
  let k = from;
  let n = 0;
  while (k < to && n < 2 && c.toks[k].kind === 'word' && (c.norm(k) ?? '').startsWith('ال') && !RELATIVE_PRONOUNS.has(c.norm(k) ?? '')) { k++; n++; }
  if (!n || k >= to || !RELATIVE_PRONOUNS.has(c.norm(k) ?? '')) return false;
  const rel = k;
  while (k < to && !c.isComma(k)) { if (c.toks[k].kind !== 'word' || k - rel > 6) return false; k++; }
  if (k >= to) return false;
  k++;
  if (to - k > 3) return false;
  for (; k < to; k++) if (c.toks[k].kind !== 'word' || !((c.norm(k) ?? '').startsWith('ال') || isTitle(c, c.norm(k) ?? ''))) return false;
  return true;
}

/** The organisations named right after «من» at token k (at most one plain word and quotation marks between, then
 * coordinated names): «نواب من كتلتي "X" و"Y"». */
export function orgsOfGroup(c: Ctx, k: number): string[] {
  // (also a quoted body right after the group head: «بين قوات "جهاز الردع" و"اللواء 444"»)
  if (c.norm(k) !== 'من' && c.toks[k]?.kind !== 'quote') return [];
  const s = c.sent(k);
  const out: string[] = [];
  let plain = 0;
  for (let j = k + 1; j < c.toks.length && j <= k + 20 && c.sent(j) === s; j++) {
    const t = c.toks[j];
    if (t.kind === 'quote') continue;
    const m = c.startArr[j]?.[0];
    if (m) {
      const inf = c.info(m);
      j = m.tokenEnd - 1;
      // (a name inside the modifier of the last one — «التابعة لحزب الله» — is skipped)
      if (out.length && inf.prep !== '') { plain += m.tokenEnd - m.tokenStart; if (plain > 8) break; continue; }
      // (a conjunction written apart before a quotation mark: «و"Y"»)
      const coord = inf.coord || (c.toks[m.tokenStart - 1]?.kind === 'quote' && c.norm(m.tokenStart - 2) === 'و');
      // (the من itself before a quotation mark: «مسلحين من "كتيبة X"»)
      const ownMin = !out.length && inf.prep === 'من' && m.tokenStart <= k + 2;
      if (c.byId.get(m.entity)?.type !== 'ORG' || (inf.prep !== '' && !ownMin) || (out.length && !coord)) break;
      out.push(m.entity);
      plain = 0;
      continue;
    }
    if (t.kind !== 'word' || c.isComma(j)) break;
    // before the first name at most one plain word («كتلتي»، «صفوف»); after a name its modifier, at most eight words
    if (++plain > (out.length ? 8 : 1)) break;
  }
  return out;
}

/** The index in `after` of a person named after a title word (one or two, written right before the name) when the
 * phrase from `from` opens with a title word of its own (no mention there) and no comma or verb intervenes, at most
 * twelve tokens on; else -1. */
function titledHolderAfter(c: Ctx, from: number, after: MInfo[], first: number): number {
  const t0 = c.toks[from];
  if (!t0 || t0.kind !== 'word' || c.startArr[from] !== undefined || !isTitle(c, t0.norm.replace(/^[وف](?=\S\S)/, ''))) return -1;
  for (let k = first + 1; k < after.length; k++) {
    const x = after[k];
    if (x.m.tokenStart - from > 12) return -1;
    if (x.entity?.type !== 'PER' || x.prep !== '' || x.coord) continue;
    let j = x.m.tokenStart - 1;
    let titles = 0;
    while (j >= from && titles < 2 && c.toks[j].kind === 'word' && c.startArr[j] === undefined && isTitle(c, c.toks[j].norm)) { j--; titles++; }
    if (!titles) return -1;
    for (let q = from; q < x.m.tokenStart; q++) if (c.isComma(q) || c.isBoundary(q)) return -1;
    return k;
  }
  return -1;
}

/** Tokens [from, to) are one adjunct phrase: a preposition word first (or a date), then words with no bare mention,
 * at most eight, no punctuation. */
function adjunctOnly(c: Ctx, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 8) return false;
  if (!c.dateCovered[from] && !c.prepsAt(from).some((p) => p.values[0].role !== 'boundary')) return false;
  for (let k = from; k < to; k++) {
    if (c.toks[k].kind !== 'word' || c.nounHits.has(k)) return false;
    const m = c.startArr[k]?.[0];
    if (m && c.info(m).prep === '' && k !== from) return false;
  }
  return true;
}

/** An indefinite accusative word right before token `tok` («قراراً»، «جديداً»), no name and no number. */
function indefiniteAccusativeBefore(c: Ctx, tok: number): boolean {
  const t = c.toks[tok - 1];
  if (!t || t.kind !== 'word' || c.covered[tok - 1] || c.sent(tok - 1) !== c.sent(tok)) return false;
  if (/(اً|ًا)$/.test(t.text)) return true;
  // (session 7) «وقّع 46 نائباً مذكرة نيابية تطالب الحكومة بـ…»: an indefinite feminine noun phrase (a noun in ة and an
  // adjective in ة, no article) right before a ت-imperfect that agrees with it is described by it, even unvocalised
  const p = c.toks[tok - 2];
  return /^ت/.test(c.norm(tok) ?? '') && /\S{3}ه$/.test(t.norm) && !t.norm.startsWith('ال') && !!p && p.kind === 'word' && !c.covered[tok - 2] &&
    /\S{3}ه$/.test(p.norm) && !p.norm.replace(/^[وف]/, '').startsWith('ال') && !c.nounHits.has(tok - 2) && !c.nounHits.has(tok - 1);
}

export const RESUMPTIVE = words('resumptive');
const SUPPORT_MASDAR = words('support-masdar');
export const MEMBERS = words('members');
export const PERFORM = words('perform');

/** A verb of performing (function-words `perform`), also in the feminine with its object pronoun: «نفذته» as «نفذه». */
export function performVerb(n: string): boolean {
  return PERFORM.has(n) || (/\S{2}ت(ه|ها)$/.test(n) && PERFORM.has(n.replace(/ت(ه|ها)$/, '$1')));
}

/** (session 9) A support verb of frames.tsv (role actor or announce) carrying an object pronoun: «أعلنته»، «نظّمتها». */
function supportVerbWithPronoun(c: Ctx, n: string): boolean {
  const m = /^(\S{3,}?)(ه|ها)$/.exec(n);
  if (!m) return false;
  const f = c.lex.frames.get(m[1]);
  return !!f && (f.role === 'actor' || f.role === 'announce');
}

/** "X التي قام بها Y" / "التي أجراها Y": Y, within a few words after the event noun. */
export function performedBy(c: Ctx, h: Hit): EntityMention | null {
  const s = c.sent(h.tok);
  // (past indefinite adjectives with tanween: «هجوماً واسعاً شنته قوات X»)
  let j0 = h.tok + h.len;
  while (j0 < h.tok + h.len + 2 && j0 < c.toks.length && c.toks[j0].kind === 'word' && c.startArr[j0] === undefined &&
    /[\u064B-\u064D]\u0627?$/.test(c.toks[j0].text) && !performVerb(c.norm(j0) ?? '')) j0++;
  for (let j = h.tok + h.len; j < h.tok + h.len + 4 && j < c.toks.length && c.sent(j) === s; j++) {
    // (a relative clause after another event noun is that noun's: «إدانتها للهجوم الذي تبنته X»)
    if (c.nounHits.has(j)) return null;
    // (an indefinite noun takes its relative clause without a pronoun: "هجوم شنه مسلحون")
    const bareRel = j === j0 && performVerb(c.norm(j) ?? '') && !h.form.article && !(c.norm(h.tok) ?? '').startsWith('ال');
    if (!bareRel && !RELATIVE_PRONOUNS.has(c.norm(j) ?? '')) continue;
    let k = bareRel ? j : j + 1;
    // (session 9) after a relative pronoun, a support verb of the event with its object pronoun too: «الإضراب الذي أعلنته
    // التنسيقية»، «الحملة التي أطلقتها الوزارة»
    if (!performVerb(c.norm(k) ?? '') && !(!bareRel && supportVerbWithPronoun(c, c.norm(k) ?? ''))) return null;
    const performs = performVerb(c.norm(k) ?? '');
    k++;
    if (words('perform-prep').has(c.norm(k) ?? '')) k++;
    for (let m = k; m < k + 6 && m < c.toks.length && c.sent(m) === s; m++) {
      if (c.isComma(m) || c.isBoundary(m)) return null;
      const ms = c.startArr[m];
      // (a group too after a relative pronoun: «القصف الجوي الذي نفذته القوات التركية» — not an instrument)
      // (session 9, end) a state named bare, with no preposition, performs too after a verb of performing: «الغارات التي
      // شنتها إسرائيل» (not after a support verb: «المساعدات التي قدمتها مصر» is thanks for aid, no act told)
      if (ms) return ms.find((x) => c.byId.get(x.entity)?.type === 'PER' || c.byId.get(x.entity)?.type === 'ORG' ||
        (performs && c.byId.get(x.entity)?.type === 'LOC' && !c.info(x).prep) ||
        (x.entity.startsWith('#') && (bareRel || !(x as { means?: boolean }).means))) ?? null;
    }
    return null;
  }
  return null;
}

/** An event noun in construct state right before an NP (no article: "انسحاب قوات …"), after the verb: the NP is
 * its genitive. A definite noun takes no genitive ("ووقّع الاتفاق … X": X is the subject). */
export function constructMasdarBefore(c: Ctx, from: number, np: number): boolean {
  let k = np - 1;
  // (session 9, multi-clause probe) past a title the NP is the genitive of: «يتوجه إلى الدوحة للقاء أمير قطر»
  if (k > from && c.startArr[k] === undefined && isTitle(c, c.bare(k)) && c.nounHits.has(k - 1)) k--;
  return k >= from && c.nounHits.has(k) && !(c.norm(k) ?? '').replace(/^[وف]/, '').startsWith('ال');
}

/** (session 7) «بدلاً من إبعاد المستوطنين أطلقوا …»: the word before the NP at `np` is an indefinite noun governed by a
 * preposition (written apart, or attached: «بإبعاد») — the NP is its genitive, no subject of the verb after it. */
export function governedNounBefore(c: Ctx, np: number): boolean {
  const k = np - 1;
  if (k < 1 || c.toks[k].kind !== 'word' || c.startArr[k] !== undefined || c.covered[k] || c.sent(k) !== c.sent(np)) return false;
  const n = c.norm(k) ?? '';
  // (a noun: no article, no auxiliary, complementizer or number — «إلى أن البلدين كانا قد وقعا»، «على خمسة متهمين أدينوا»)
  if (n.replace(/^[وف]/, '').startsWith('ال') || n.length < 4 || AUX.has(n) || COMPLEMENTIZERS.has(n) || /\d/.test(n) ||
    words('count-number').has(n) || words('pronoun-complementizer').has(n)) return false;
  if (cliticPrepNoun(n)) return true;
  const p = c.prepsAt(k - 1).find((x) => x.length === 1 && x.values[0].role !== 'boundary' && x.values[0].role !== 'speaker');
  if (!p || c.toks[k - 1].kind !== 'word') return false;
  // (a partitive of a count keeps its body as the subject: «ثلاثة من أعضاء اللجنة اعترضوا»، «عشرات من أنصار الحزب تظاهروا»)
  const q = c.norm(k - 2) ?? '';
  return !(c.norm(k - 1) === 'من' && k >= 2 && (words('count-number').has(q) || /^\d+$/.test(q) || isQuant(c, c.bare(k - 2)) || words('partitive-unit').has(c.bare(k - 2))));
}

/** A quantity head (groups.tsv kind quant), with or without the article: عشرات، المئات، آلاف. */
export function isQuant(c: Ctx, norm: string): boolean {
  const bare = norm.startsWith('ال') ? norm.slice(2) : norm;
  // (callers require the من of a partitive after it: units and counts head one too — «وحدات من الجيش»)
  return (c.lex.groups.get(bare) ?? []).some((g) => g.kind === 'quant') || words('partitive-unit').has(bare) || words('partitive-unit').has(bare.replace(/ا$/, ''));
}

/** "تظاهر العشرات من أنصار X": a quantity, من and a group head right after the verb lead to the subject X. */
export function partitiveAfter(c: Ctx, from: number, np: number): boolean {
  const q = partitiveStart(c, np);
  return q >= from && wordsBetween(c, from, q) === 0;
}

/** The quantity word of a partitive before an NP ("العشرات من [أنصار] X"), or -1. */
export function partitiveStart(c: Ctx, np: number): number {
  let k = np - 1;
  if (k > 0 && c.lex.groups.has(c.bare(k))) k--;
  if (!(k >= 1 && c.norm(k) === 'من')) return -1;
  if (isQuant(c, c.bare(k - 1)) || isQuant(c, c.norm(k - 1) ?? '')) return k - 1;
  // (session 7) a number too: «قُتل أربعة من عناصر الحشد الشعبي»، «اعتُقل 3 من أفراد العصابة» — the body heads the partitive
  const num = c.norm(k - 1) ?? '';
  if (!c.covered[k - 1] && (words('count-number').has(num) || /^\d+$/.test(num))) return k - 1;
  // («قوة كبيرة من جيش الاحتلال»: one indefinite feminine adjective after a unit word)
  const adj = c.norm(k - 1) ?? '';
  return k >= 2 && /^[^وف]\S{2,}ه$/.test(adj) && !adj.startsWith('ال') && !c.covered[k - 1] && !c.nounHits.has(k - 1) &&
    words('partitive-unit').has(c.bare(k - 2)) ? k - 2 : -1;
}

/** A group phrase whose head carries a possessive pronoun ("سفيرها"، "قواته"): after a conjoined verb it is the
 * object, the pronoun pointing back to the subject ("اتهمت X …، واستدعت سفيرها"). */
export function possessedGroup(i: MInfo): boolean {
  if (!i.m.entity.startsWith('#')) return false;
  const head = normalize(i.m.text.split(/\s+/)[0]);
  return /(ه|ها|هم|هما)$/.test(head) && head.length > 4;
}

/** A preposition word between two tokens (bounded by the caller's window). */
export function prepBetween(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const n = c.norm(k);
    if (n && c.prepsAt(k).some((p) => p.values[0].role !== 'boundary')) return true;
  }
  return false;
}

/** A number (an object the window does not list: "25 فلسطينياً") between the last actor and the members word at
 * index k. */
function numberAfterActorBefore(c: Ctx, after: MInfo[], actors: string[], k: number): boolean {
  let from = -1;
  for (let i = 0; i < k; i++) if (actors.includes(after[i].m.entity)) from = after[i].m.tokenEnd;
  if (from < 0) return false;
  for (let j = from; j < after[k].m.tokenStart - 1; j++) if (c.toks[j].kind === 'number' || /^\d+$/.test(c.toks[j].norm)) return true;
  return false;
}

/** The verb and the NP right after it disagree in gender, so the NP is no subject: «وطالب قيادة الشرطة بـ…» (a
 * masculine verb before a head in ة), «ودعت المجتمع الدولي إلى…» (a feminine verb before a masculine singular head,
 * function-words `masc-head`). Persons are left alone (أسامة، حمزة; women's names), and so are plurals. */
export function genderClash(c: Ctx, h: Hit, i: MInfo): boolean {
  if (h.entry.pos !== 'verb') return false;
  if (i.entity?.type === 'PER' || i.entity?.type === 'LOC') return false;
  // a count of people («قرابة ثلاثين مستوطناً»، «عشرون نائباً») takes a verb of either gender
  if ((i.m as { evidence?: string }).evidence === 'rule:count-of-people') return false;
  const v = h.form.norm;
  const past = h.entry.past ?? '';
  const fem = (past && v === past + 'ت') || (/^ت/.test(v) && !/(ون|ان|ن)$/.test(v) && !/^ت/.test(past));
  const masc = (past && v === past) || (/^ي/.test(v) && !/(ون|ان|ن)$/.test(v));
  if (!fem && !masc) return false;
  const head = c.toks[i.m.tokenStart];
  if (!head || head.kind !== 'word') return false;
  const bare = c.bare(i.m.tokenStart);
  if (fem) return words('masc-head').has(bare) || words('masc-head').has(head.norm) || soundMasculinePlural(c, i);
  return /ة[\u064B-\u065F]*$/.test(head.text) && !/ات$/.test(bare);
}

/** (session 8) The actors of an earlier event a conjoined verb would go on with disagree with it in gender: all are group
 * phrases the verb could not have as subject («…، على أيدي مسلحين مجهولين، وحمّلت السلطات …»). */
export function inheritedGenderClash(c: Ctx, h: Hit, actors: string[], entities = false): boolean {
  if (!actors.length || h.entry.pos !== 'verb') return false;
  return actors.every((a) => {
    if (!a.startsWith('#') && !(entities && c.byId.get(a)?.type === 'ORG')) return false;
    let last: EntityMention | undefined;
    for (const m of a.startsWith('#') ? groupMentionsOf(c, a) : mentionsOf(c, a)) if (m.tokenStart < h.tok) last = m;
    return !!last && genderClash(c, h, c.info(last));
  });
}

const groupIndexes = new WeakMap<Ctx, Map<string, EntityMention[]>>();
/** (session 8) The group pseudo-mentions of one phrase id, in text order (an index built once per document). */
export function groupMentionsOf(c: Ctx, id: string): EntityMention[] {
  let m = groupIndexes.get(c);
  if (!m) {
    m = new Map();
    for (const g of c.groups) {
      let l = m.get(g.entity);
      if (!l) m.set(g.entity, (l = []));
      l.push(g);
    }
    for (const l of m.values()) l.sort((x, y) => x.tokenStart - y.tokenStart);
    groupIndexes.set(c, m);
  }
  return m.get(id) ?? [];
}

/** (session 8) A group phrase headed by a sound masculine plural of people («مسلحين مجهولين»، «المحتجون»): a feminine
 * singular verb never has it as subject («وحمّلت …» after «… على أيدي مسلحين مجهولين» goes on with another subject). */
function soundMasculinePlural(c: Ctx, i: MInfo): boolean {
  if (!i.m.entity.startsWith('#')) return false;
  const w = c.bare(i.m.tokenStart).replace(/^ال/, '');
  return w.length >= 5 && /(ون|ين)$/.test(w) && !isTitle(c, w) && (c.lex.groups.get(w) ?? []).some((g) => g.kind === 'group');
}

/** A verb form with a plural or dual subject suffix (فرّقوا، بحثا، يشترطون، تطالبان): no NP after it is its subject. */
/** (session 9 probe) The NP at `np` is the genitive of an indefinite noun (no event word) right after a separate preposition
 * word («تحت حماية X»، «فوق سطح X»; function-words `verbless-prep`, which the preposition lexicon leaves out where a clitic
 * reading would clash: «فتحت» is no ف + تحت). */
function prepGovernedGenitive(c: Ctx, np: number): boolean {
  const k = np - 1;
  if (k < 1 || c.sent(k - 1) !== c.sent(np) || c.toks[k].kind !== 'word' || c.toks[k - 1].kind !== 'word' || c.startArr[k] || c.covered[k] || c.nounHits.has(k)) return false;
  const n = c.norm(k) ?? '';
  if (n.startsWith('ال') || n.length < 3 || /\d/.test(n)) return false;
  return words('verbless-prep').has(c.norm(k - 1) ?? '') && !c.prepsAt(k - 1).length;
}

/** (session 9 probe) Right after the verb, one to three definite words that no mention covers, then «التابع(ة) لـX» with X
 * an organisation or a group phrase: the index of X in `after`, else -1. */
function ownerAfterVerb(c: Ctx, h: Hit, after: MInfo[]): number {
  let k = h.tok + h.len;
  const s = c.sent(h.tok);
  let n = 0;
  while (n < 3 && k < c.toks.length && c.sent(k) === s && c.toks[k].kind === 'word' && !c.startArr[k] && !c.covered[k] && (c.norm(k) ?? '').startsWith('ال') &&
    !words('belonging').has(c.norm(k) ?? '')) { k++; n++; }
  if (!n || !words('belonging').has(c.norm(k) ?? '')) return -1;
  const i = after.findIndex((x) => x.m.tokenStart === k + 1);
  if (i < 0 || after[i].prep !== 'ل') return -1;
  const e = after[i].entity;
  return (e ? e.type === 'ORG' : after[i].m.entity.startsWith('#')) ? i : -1;
}

/** (session 9 probe) The bare NP right before the verb (before[0], with the mentions of the same entity before it: a title
 * written as a mention) opens its sentence: nothing but a conjunction written apart stands before it. */
function sentenceInitialPhrase(c: Ctx, before: MInfo[]): boolean {
  if (!before.length) return false;
  let start = before[0].m.tokenStart;
  for (let k = 1; k < before.length && before[k].m.entity === before[0].m.entity && before[k].m.tokenEnd === start && before[k].prep === ''; k++) start = before[k].m.tokenStart;
  const s = c.sent(start);
  let k = start - 1;
  if (k >= 0 && c.sent(k) === s && /^[وف]$/.test(c.norm(k) ?? '')) k--;
  return k < 0 || c.sent(k) !== s;
}

/** (session 9 probe) A verb form whose generated inflection ends in an object pronoun: the past (with ت، وا، تا) or an
 * imperfect stem followed by ه، ها، هم، هما، هن («اعتقلته»، «استهدفوها»، «تعتقلهم»). */
export function pronounInflection(h: Hit): boolean {
  if (h.entry.pos !== 'verb') return false;
  const v = h.form.norm.split(' ')[0];
  const m = /^(.+?)(ه|ها|هم|هما|هن)$/.exec(v);
  if (!m) return false;
  const past = normalize((h.entry.past ?? '').split(/\s+/)[0] ?? '');
  const pres = normalize((h.entry.present ?? '').split(/\s+/)[0] ?? '');
  const stem = m[1];
  if (past.length >= 3) {
    const b = /ي$/.test(past) ? past.slice(0, -1) : past;
    for (const end of ['', 'ت', 'و', 'تا', 'ا', 'نا', 'تم']) if (stem === past + end || stem === b + end) return true;
  }
  if (pres.length >= 2) for (const pre of ['ي', 'ت', 'سي', 'ست', 'ن']) for (const end of ['', 'و', 'ا']) if (stem === pre + pres + end) return true;
  return false;
}

export function numberedVerb(h: Hit): boolean {
  if (h.entry.pos !== 'verb') return false;
  const v = h.form.norm.split(' ')[0];
  const past = normalize((h.entry.past ?? '').split(/\s+/)[0] ?? '');
  const pres = normalize((h.entry.present ?? '').split(/\s+/)[0] ?? '');
  if (past.length >= 3) {
    const b = /ي$/.test(past) && /ى/.test(h.entry.past ?? '') ? past.slice(0, -1) : past;
    if (v === b + 'وا' || v === past + 'ا' || v === past + 'تا' || v === b + 'تا') return true;
    // a defective past in ا drops it before the plural ending: دعا → دعوا، نجا → نجوا
    if (/ا$/.test(past) && v === past.slice(0, -1) + 'وا') return true;
  }
  if (pres.length >= 2) for (const pre of ['ي', 'ت', 'سي', 'ست']) for (const suf of ['ون', 'ان']) if (v === pre + pres + suf) return true;
  return false;
}

/** A group phrase (no named entity) headed by a sound plural or a dual in the oblique case: «المتظاهرين»، «الطرفين». */
export function obliqueGroup(c: Ctx, i: MInfo): boolean {
  // (duals are left to refine.ts: «دعم البلدين» read as a verb is still their support)
  if (!i.m.entity.startsWith('#') || c.dualIds.has(i.m.entity)) return false;
  const head = c.toks[i.m.tokenStart];
  if (!head || head.kind !== 'word') return false;
  const b = c.bare(i.m.tokenStart);
  // (session 9) indefinite too: «أن يلتقي مسؤولين عُمانيين» — a nominative subject would be «مسؤولون»; the head must be a
  // group noun of people (groups.tsv kind group), not a title or a singular in ين («أمين»)
  if (/ين$/.test(b) && b.length >= 6 && !b.startsWith('ال') && !isTitle(c, b) && (c.lex.groups.get(b) ?? []).some((g) => g.kind === 'group')) return true;
  return /ين$/.test(b) && b.length >= 6 && b.startsWith('ال');
}

/** A group phrase headed by a sound masculine plural in the nominative (ون: «وأغلق محتجون الطريق») is a subject:
 * an object would be in the accusative (ين). */
/** «ودانت الدار في بيان …»، «وانتقد الوزير في تصريح …»: an NP followed at once by في/عبر + a statement or medium
 * (function-words `statement-manner`) is the one speaking — the subject of the verb before it, not its object. */
export function speaksIn(c: Ctx, i: MInfo): boolean {
  const p = c.norm(i.m.tokenEnd) ?? '';
  if (!/^(في|عبر|خلال)$/.test(p)) return false;
  const n = (c.norm(i.m.tokenEnd + 1) ?? '').replace(/^ال/, '');
  return words('statement-manner').has(n);
}

/** A count of people («ثلاثة من المحتجين»، «نحو خمسين مستوطناً»: participants.ts countAt). */
export function isCount(i: MInfo): boolean {
  return (i.m as { evidence?: string }).evidence === 'rule:count-of-people';
}

export function nominativePlural(c: Ctx, i: MInfo): boolean {
  if (!i.m.entity.startsWith('#')) return false;
  const head = c.toks[i.m.tokenStart];
  return !!head && head.kind === 'word' && /ون$/.test(c.bare(i.m.tokenStart)) && c.bare(i.m.tokenStart).length > 4;
}

const MEETING_MEMBERS = words('meeting-members');
/** «… بمشاركة X ورئيس الوزراء Y»، «اجتماعاً يضم ممثلين عن A وB»: the participants named after a members word in the
 * clause that follows a meeting trigger (at most 40 tokens on, no other verb trigger before the members word). Persons
 * when any is named (an organisation in a person's title is no participant), else the bodies; a group noun followed by
 * عن/من and names («ممثلين عن A وB») stands for those names. */
export function meetingParticipants(c: Ctx, from: number, verbToks: Set<number>): { ids: string[]; tok: number } | null {
  const s = c.sent(from);
  let k = from;
  for (; k < c.toks.length && k < from + 16 && c.sent(k) === s; k++) {
    if (c.isBoundary(k) || (k > from && verbToks.has(k))) return null;
    if (MEETING_MEMBERS.has(c.norm(k) ?? '')) break;
  }
  if (k >= c.toks.length || c.sent(k) !== s || !MEETING_MEMBERS.has(c.norm(k) ?? '')) return null;
  const at = k;
  const per: string[] = [];
  const other: string[] = [];
  // countries and cities take part only as states, named bare in the list («ممثلين عن فرنسا والولايات المتحدة»)
  const locs: string[] = [];
  for (let j = k + 1; j < c.toks.length && j <= at + 40 && c.sent(j) === s; j++) {
    if (c.isBoundary(j) || verbToks.has(j)) break;
    // a comma ends the list unless a conjunct follows («، ورئيس …»)
    if (c.isComma(j) && !/^و/.test(c.norm(j + 1) ?? '')) break;
    const m = c.startArr[j]?.[0];
    if (!m) {
      // (only conjunctions, titles and definite words between the names: another preposition phrase ends the list)
      if (c.toks[j].kind === 'word' && per.length + other.length + locs.length && c.prepsAt(j).some((p) => p.values[0].role === 'place' || p.values[0].role === 'boundary')) break;
      continue;
    }
    const t = c.byId.get(m.entity)?.type;
    const inf = c.info(m);
    j = m.tokenEnd - 1;
    // (a place phrase «في باريس» ends the list)
    if (inf.prepRole === 'place' && inf.prep !== 'ب' && (per.length + other.length + locs.length)) break;
    if (t === 'LOC') { if (inf.prep === '' || inf.prep === 'عن' || inf.prep === 'من') locs.push(m.entity); continue; }
    // «ممثلين عن A»: the group noun stands for the bodies named after عن/من
    if (m.entity.startsWith('#') && ['عن', 'من'].includes(c.norm(m.tokenEnd) ?? '') && (c.startArr[m.tokenEnd + 1] !== undefined)) continue;
    (t === 'PER' ? per : other).push(m.entity);
  }
  const ids = per.length ? per : other.length ? [...other, ...locs] : locs;
  return ids.length ? { ids: [...new Set(ids)], tok: at } : null;
}

/** Types whose masdar, governed by a support verb, takes its object as genitive («دعم الجيش»، «رفض المبادرة»). */
const OBJECT_GENITIVE_TYPES = new Set(['SUPPORT', 'AID', 'COOPERATE', 'REJECT']);

/** The index of a person named in apposition (after a comma, within six tokens, only prepositional phrases between)
 * to an organisation in a title's genitive («رئيس كتلة X في البرلمان، Y»), or -1. */
function titleHolderAfterComma(c: Ctx, list: MInfo[], i: number): number {
  const start = list[i].m.tokenStart;
  const before = c.toks[start - 1];
  if (!before || before.kind !== 'word' || before.norm.startsWith('ال') || !(isTitle(c, before.norm) || isTitle(c, before.norm.replace(/^[وف](?=\S\S)/, '')))) return -1;
  for (let k = i + 1; k < list.length; k++) {
    const x = list[k];
    if (x.m.tokenStart - list[i].m.tokenEnd > 6) return -1;
    if (x.entity?.type === 'PER' && x.prep === '' && !x.coord && c.isComma(x.m.tokenStart - 1)) return k;
    if (x.prep === '') return -1;
  }
  return -1;
}

/** A parenthetical segment between commas: a person in apposition, a date with a place phrase, or an adjunct phrase
 * (خلال/أثناء/في …). */
function parenthetical(c: Ctx, from: number, to: number): boolean {
  if (from >= to) return false;
  const first = c.bare(from);
  if (words('adjunct-prep').has(first) || first === 'في') return true;
  // («، قبيل ظهر اليوم،»: one plain word — a time preposition — before a date is a date adjunct too)
  if (to - from >= 2 && !c.startArr[from] && c.toks[from].kind === 'word') {
    let all = true;
    for (let x = from + 1; x < to && all; x++) if (!c.dateCovered[x] && !c.isComma(x)) all = false;
    if (all) return true;
  }
  // (session 7) a short adverbial naming no one — «، بالمناسبة،»، «، من جهته،»، «، مجدداً،»: a word with an attached
  // preposition, a preposition with a pronoun word, or an accusative adverb, at most three words, no name, no event
  if (to - from <= 3 && !c.startArr[from] && shortAdverbial(c, from, to)) return true;
  // («، حفظه الله ورعاه،»: a formula of blessing after a ruler's name)
  let blessing = true;
  for (let x = from; x < to && blessing; x++) blessing = c.toks[x].kind === 'word' && words('blessing').has(c.norm(x) ?? '');
  if (blessing && to - from <= 4) return true;
  for (let x = from; x < to; x++) {
    if (c.dateCovered[x] || c.isComma(x)) continue;
    const m = c.startArr[x]?.[0];
    if (!m) return false;
    const inf = c.info(m);
    if (!(inf.entity?.type === 'PER' && inf.prep === '' && x === from) && !(inf.entity?.type === 'LOC' && inf.prep !== '')) return false;
    x = m.tokenEnd - 1;
  }
  return true;
}

/** (session 7) A masdar's genitive followed at once (title words aside) by a second bare NP, not coordinated: the genitive
 * is the doer and the second NP the object. Not after a count or a person's name (appositions: «الناشط X عضو …»). */
/** (session 9 probe) The genitive of a target-genitive masdar is its doer when a body (an organisation, a state, a group
 * phrase — not a person or a count) is followed at once by the noun's own complement preposition عن/على (the patient comes
 * after it: «إفراج السلطات عن») or by a definite لـ-phrase («اعتقال الشرطة للمحامية»). */
function agentGenitive(c: Ctx, h: Hit, gen: MInfo[]): boolean {
  const g = gen[gen.length - 1];
  if (gen[0].entity?.type === 'PER' || isCount(gen[0])) return false;
  if (!gen[0].entity ? !gen[0].m.entity.startsWith('#') : gen[0].entity.type !== 'ORG' && gen[0].entity.type !== 'LOC') return false;
  const k = g.m.tokenEnd;
  if (k >= c.toks.length || c.sent(k) !== c.sent(h.tok) || c.toks[k].kind !== 'word') return false;
  const n = c.norm(k) ?? '';
  if ((n === 'عن' || n === 'علي') && h.entry.preps.has(n)) {
    // (not a two-word agent phrase: «على يد»)
    return !c.prepsAt(k).some((p) => p.length === 2);
  }
  if (/^لل\S{3,}$/.test(n) && !c.startArr[k] && !c.covered[k]) return gen[0].entity !== undefined;
  // «باستهداف الجيش الإسرائيلي مدرسة تؤوي نازحين»: a named body's genitive followed at once by an indefinite noun that is
  // no name, date, event word or adverb (يومياً، مجدداً) — the accusative object of the subject genitive
  if (gen[0].entity && !c.startArr[k] && !c.covered[k] && !c.dateCovered[k] && !c.nounHits.has(k) && /^[\u0621-\u064A]{4,}$/.test(n) && !COMPLEMENTIZERS.has(n) &&
    !/^(ال|[وفبلك]ال|[وف]?[بلك])/.test(n) && !/يا$/.test(n) && !/^\d/.test(n) && !AUX.has(n) && !RELATIVE_PRONOUNS.has(n) &&
    c.prepsAt(k).length === 0 && !TEMPORAL_RELATION.has(n)) return true;
  return false;
}

function subjectGenitive(c: Ctx, gen: MInfo[], rest: MInfo[]): boolean {
  if (!rest.length || !gen.length) return false;
  const g = gen[gen.length - 1], o = rest[0];
  if (o.prep !== '' || o.coord || gen[0].entity?.type === 'PER' || isCount(gen[0])) return false;
  // (the object must be something acted on: a person, a body, a place or a group — and not the genitive's own title)
  if (o.m.entity === g.m.entity) return false;
  const end = g.m.tokenEnd;
  if (o.m.tokenStart - end > 3) return false;
  // (between them only a title or place noun and its definite complement: «قائد الكتيبة الثالثة X»، «مدينة غزة»)
  for (let k = end; k < o.m.tokenStart; k++) {
    const n = c.norm(k) ?? '';
    if (c.toks[k].kind !== 'word') return false;
    const head = isTitle(c, n) || words('place-head').has(n.replace(/^ال/, ''));
    if (k === end ? !head : !(head || n.startsWith('ال'))) return false;
  }
  return true;
}

/** Words from..to-1 are a short adverbial: its first word carries a preposition (ب/ل/ك + the article or a pronoun) or is
 * a separate preposition followed by a word with a pronoun («من جهته»), or an accusative adverb («مجدداً»); no word is
 * inside a name or starts an event. */
function shortAdverbial(c: Ctx, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (c.toks[x].kind !== 'word' || c.covered[x] || c.nounHits.has(x)) return false;
  const t = c.toks[from];
  const n = t.norm.replace(/^[وف](?=\S\S\S)/, '');
  if (/^[بلك]ال\S{3,}$/.test(n) || /^ب\S{2,}(ه|ها|هم)$/.test(n)) return true;
  if (to - from >= 2 && ['من', 'في', 'على'].includes(n) && /(ه|ها|هم|هما)$/.test(c.toks[from + 1].norm)) return true;
  return to - from === 1 && /\u064B\u0627?$|\u0627\u064B$/.test(t.text);
}

/** «رئيس كتلة X، آزاد حمه أمين،»، «وزير الشؤون الخارجية والتعاون الإفريقي، ناصر بوريطة،»: the person named in
 * apposition after an office (a title group, or an organisation in a title's genitive), at most eight tokens on. */
export function appositiveHolder(c: Ctx, m: EntityMention): EntityMention | null {
  if (c.byId.get(m.entity)?.type === 'PER') return null;
  const head = c.toks[m.tokenStart];
  const before = c.toks[m.tokenStart - 1];
  // (a title may begin with و: «وزير» is no و + «زير»)
  const titleWord = (n: string) => isTitle(c, n) || isTitle(c, n.replace(/^[وف](?=\S\S)/, ''));
  const titled = (m.entity.startsWith('#') && titleWord(head.norm)) || (!!before && before.kind === 'word' && !before.norm.startsWith('ال') && titleWord(before.norm));
  if (!titled) return null;
  const s = c.sent(m.tokenStart);
  for (let k = m.tokenEnd; k < c.toks.length && k <= m.tokenEnd + 8 && c.sent(k) === s; k++) {
    if (c.isComma(k)) {
      // (a title or honorific may head the name: «رئيس الفريق البرلماني لحزب X، النائب Y،»)
      let p = c.startArr[k + 1]?.[0];
      if (!p && c.toks[k + 1]?.kind === 'word' && (titleWord(c.toks[k + 1].norm) || words('honorific').has(c.toks[k + 1].norm))) p = c.startArr[k + 2]?.[0];
      // (session 9, final gaps) a title and its definite complement before the name: «المبعوث الخاص للرئيس السنغالي، وزير
      // الخارجية X»
      if (!p && c.toks[k + 1]?.kind === 'word' && titleWord(c.toks[k + 1].norm)) {
        for (let q = k + 2; q <= k + 4 && q < c.toks.length && c.sent(q) === s && c.toks[q].kind === 'word'; q++) {
          if (c.startArr[q]) { p = c.startArr[q]![0]; break; }
          if (!c.toks[q].norm.startsWith('ال')) break;
        }
      }
      return p && c.byId.get(p.entity)?.type === 'PER' && c.info(p).prep === '' ? p : null;
    }
    if (c.isBoundary(k) || c.toks[k].kind !== 'word') return null;
    const x = c.startArr[k]?.[0];
    // (session 9, final gaps: the genitive of a title word inside the office — «المبعوث الشخصي لرئيس جمهورية مالي،»)
    if (x) { if (c.info(x).prep === '' && !(k > m.tokenEnd && titleWord(c.toks[k - 1].norm.replace(/^ل/, '')))) return null; k = x.tokenEnd - 1; }
  }
  return null;
}

/** The named genitives of a support masdar at j (coordinated, no preposition) when only «في» and at most one word
 * separate the last of them from the noun at `to`. */
function constructAgents(c: Ctx, j: number, to: number): string[] {
  const out: string[] = [];
  let k = j + 1;
  while (k < to) {
    const m = c.startArr[k]?.[0];
    if (!m || (out.length ? !c.info(m).coord : c.info(m).prep !== '')) break;
    if (!m.entity.startsWith('#')) out.push(m.entity);
    k = m.tokenEnd;
  }
  if (!out.length || c.norm(k) !== 'في' || to - k > 2) return [];
  return out;
}

/** The targets of a «التي طالت …» relative clause within eight tokens after an event noun (at most 20 tokens on,
 * up to the end of the clause): named persons and bodies, else the first group phrase. */
function relativeStruck(c: Ctx, h: Hit): string[] {
  const s = c.sent(h.tok);
  let k = h.tok + h.len;
  for (; k < c.toks.length && k < h.tok + h.len + 8 && c.sent(k) === s; k++) {
    if (c.isBoundary(k)) return [];
    if (RELATIVE_PRONOUNS.has(c.norm(k) ?? '')) break;
  }
  if (!RELATIVE_PRONOUNS.has(c.norm(k) ?? '') || c.lex.frames.get(c.bare(k + 1))?.role !== 'target-object') return [];
  const named: string[] = [];
  let grp: string | null = null;
  for (let j = k + 2; j < c.toks.length && j < k + 22 && c.sent(j) === s && !c.isBoundary(j); j++) {
    // (a comma not followed by a members word or a conjunct ends the clause)
    if (c.isComma(j) && !MEMBERS.has(c.norm(j + 1) ?? '') && !/^و/.test(c.norm(j + 1) ?? '')) break;
    const m = c.startArr[j]?.[0];
    if (!m) continue;
    j = m.tokenEnd - 1;
    const t = c.byId.get(m.entity)?.type;
    if (t === 'PER' || t === 'ORG') { if (!named.includes(m.entity)) named.push(m.entity); } else if (!t && !grp) grp = m.entity;
  }
  return named.length ? named : grp ? [grp] : [];
}

/**
 * «بقصف مدفعي حوثي»، «غارة إسرائيلية»: a nisba adjective right after an event noun (within three words) names its
 * agent when an organisation or place of the article answers to it (حوثي ~ جماعة الحوثي/الحوثيون، إسرائيلي ~
 * إسرائيل، سعودي ~ السعودية، أمريكي ~ أمريكا). The nearest such mention before the noun (at most 80 back) wins,
 * else the first in the article. Null when no word fits.
 */
export function nisbaAgent(c: Ctx, h: Hit): string | null {
  const stems: string[] = [];
  const s = c.sent(h.tok);
  // (consecutive adjectives agreeing in definiteness with the noun: «اقتحام الحواجز الأمنية» is no agent phrase)
  const last = c.toks[h.tok + h.len - 1];
  const definite = last.norm.startsWith('ال') || h.form.article;
  for (let k = h.tok + h.len; k < c.toks.length && k < h.tok + h.len + 3 && c.sent(k) === s; k++) {
    const t = c.toks[k];
    if (t.kind !== 'word' || c.startArr[k] !== undefined || t.norm.startsWith('ال') !== definite) break;
    let w = t.norm.startsWith('ال') ? t.norm.slice(2) : t.norm;
    if (w.endsWith('يه')) w = w.slice(0, -2);
    else if (w.endsWith('ي')) w = w.slice(0, -1);
    else break;
    if (w.length >= 3) stems.push(w);
  }
  if (!stems.length) return null;
  return entityOfNisba(c, h.tok, stems);
}

/** The organisation or country a nisba stem names (الإسرائيلي → إسرائيل، الجيش الإسرائيلي): the nearest mention before
 * token `at` whose name has such a word, else the first of the article. */
export function entityOfNisba(c: Ctx, at: number, stems: string[]): string | null {
  const forms = new Set<string>();
  for (const st of stems) for (const x of ['', 'ي', 'يون', 'يين', 'ا', 'يه', 'يا']) forms.add(st + x);
  const fits = (id: string): boolean => {
    const e = c.byId.get(id);
    if (!e || (e.type !== 'ORG' && e.type !== 'LOC')) return false;
    return c.nameWords(e.name).some((x) => forms.has(x));
  };
  const ms = c.layer.mentions;
  const lo = lowerBound(ms, c.toks[at].start);
  for (let i = lo - 1; i >= 0 && i >= lo - 80; i--) if (fits(ms[i].entity)) return ms[i].entity;
  // (else the first organisation or place of the article with such a name word: an index built once per document)
  const index = orgLocWordIndex(c);
  for (const f of forms) { const id = index.get(f); if (id) return id; }
  return null;
}

const wordIndexes = new WeakMap<Ctx, Map<string, string>>();
/** Name word → the first ORG/LOC entity with it (built once per document). */
function orgLocWordIndex(c: Ctx): Map<string, string> {
  let m = wordIndexes.get(c);
  if (!m) {
    m = new Map();
    for (const e of c.layer.entities) if (e.type === 'ORG' || e.type === 'LOC') for (const w of c.nameWords(e.name)) if (!m.has(w)) m.set(w, e.id);
    wordIndexes.set(c, m);
  }
  return m;
}

const mentionIndexes = new WeakMap<Ctx, Map<string, EntityMention[]>>();
/** Entity id → its mentions in text order (built once per document). */
export function mentionsOf(c: Ctx, id: string): EntityMention[] {
  let m = mentionIndexes.get(c);
  if (!m) {
    m = new Map();
    for (const x of c.layer.mentions) {
      if (x.tokenStart < 0) continue;
      let l = m.get(x.entity);
      if (!l) m.set(x.entity, (l = []));
      l.push(x);
    }
    mentionIndexes.set(c, m);
  }
  return m.get(id) ?? [];
}

/**
 * «غير أن عدداً من العمال المعتصمين في ساحة طلعت حرب داخل الشركة رفضوا»: the nearest bare NP before a verb, past at
 * most three prepositional phrases, right after a complementizer — and nothing between it and the verb but words
 * of those phrases (no comma, no other trigger); bounded to ten tokens.
 */
const PLACE_ADJUNCT = words('place-adjunct-prep');
const PLACE_HEADS = words('place-head');
export function subjectBeforeAdjunct(c: Ctx, h: Hit, before: MInfo[]): MInfo | null {
  let k = 0;
  while (k < before.length && k < 3 && before[k].prep !== '') k++;
  if (k >= before.length || before[k].prep !== '') return null;
  let subj = before[k];
  // (a group read as two: «عدداً من العمال | المعتصمين» — the head is the first)
  if (k + 1 < before.length && before[k + 1].prep === '' && before[k + 1].m.tokenEnd === subj.m.tokenStart) subj = before[k + 1];
  // (the phrase right after the subject, or after its adjective, opens with a place preposition)
  let p = subj.m.tokenEnd;
  if (p < h.tok && !PLACE_ADJUNCT.has(c.norm(p) ?? '')) p++;
  if (p >= h.tok || !PLACE_ADJUNCT.has(c.norm(p) ?? '')) return null;
  if (!COMPLEMENTIZERS.has(c.norm(subj.m.tokenStart - 1) ?? '')) return null;
  if (h.tok - subj.m.tokenEnd > 10 || c.sent(subj.m.tokenStart) !== c.sent(h.tok)) return null;
  for (let j = subj.m.tokenEnd; j < h.tok; j++) if (c.isBoundary(j) || c.isComma(j) || c.nounHits.has(j)) return null;
  return subj;
}
