// Non-entity participants: noun phrases that name a group or a common-noun actor/target ("قوات الأمن
// التونسية", "مسلحون مجهولون", "المحتجين", "الجانبان", "آلاف المتظاهرين"). They are found once per
// document, left to right, as pseudo-mentions (entity id "#<normalised words>") so that the role rules
// treat them like entity mentions; the event stage reports them as `participants` with `entity: null`.
// A phrase = a head from data/events/groups.tsv + its modifiers (nisba adjectives, listed modifiers,
// definite genitives that are themselves heads), at most four words, never crossing an entity mention.
import type { Token } from '../doc.ts';
import type { EntityMention } from '../entities/index.ts';
import type { EventLexicon, WordLookups } from './lexicon.ts';
import { words } from './words.ts';
import { memoSlot } from '../text/tokenize.ts';

const PARTITIVE_UNIT = (): Set<string> => words('partitive-unit');
const COUNT_APPROX = (): Set<string> => words('count-approx');
const COUNT_NUMBER = (): Set<string> => words('count-number');
const COUNTED_SINGULAR = (): Set<string> => words('counted-singular');
const BELONGING = (): Set<string> => words('belonging');
const COUNTERPART = (): Set<string> => words('counterpart');
/** the first words of the approximation phrases (most tokens open none) */
let approxFirst: Set<string> | null = null;
const APPROX_FIRST = (): Set<string> => (approxFirst ??= new Set([...COUNT_APPROX()].map((p) => p.split(' ')[0])));
/** longest approximation phrase («ما لا يقل عن») and longest number («مئة وخمسين ألف») in words */
const MAX_APPROX = 4;
const MAX_NUMBER = 4;

const HARAKA = /[\u064B-\u065F\u0670\u0640]/;
const MAX_WORDS = 4;
/** a person's name this close after a title heads the phrase: the title is not a participant of its own */
const TITLE_LOOKAHEAD = 8;
/** words ending in ي that are no nisba adjective (function-words.tsv) */
const NOT_NISBA = words('not-nisba');

export interface GroupMention extends EntityMention {
  evidence: string;
  /** an instrument (aircraft, ship, convoy) rather than people */
  means: boolean;
  /** both sides of a dual phrase (الجانبان، الطرفين) */
  dual?: boolean;
  /** «دورية تابعة للجيش المالي»: the entity the unit belongs to (it acts through the unit) */
  affiliate?: string;
}

/** A nisba adjective or a relational plural: التونسية، الإسرائيلي، أمريكية، الغربيين. */
function nisba(norm: string): boolean {
  const w = norm.startsWith('ال') ? norm.slice(2) : norm;
  if (w.length < 4 || NOT_NISBA.has(norm)) return false;
  return /(ي|يه|يون|يين|يان|يتان|يتين)$/.test(w);
}

interface Ctx {
  toks: Token[];
  lex: EventLexicon;
  covered: Uint8Array;
  startsAt: { has(k: number): boolean; get(k: number): EntityMention[] | undefined };
  sentenceOf: ArrayLike<number>;
  text: string;
  isPer: (m: EntityMention) => boolean;
  /** the memoised segmentations of token k */
  look: (k: number) => WordLookups;
}

/** The start of a span after the proclitics of a word (keeping a written article; fused لل is dropped). */
function spanStart(t: Token, prefix: string, article: boolean, cut: number): number {
  let i = cut;
  const rest = t.norm.slice(prefix.length);
  if (article && prefix.endsWith('ل') && !rest.startsWith('ال')) {
    // fused لل: the remaining ل belongs to the article, which is not written
    i++;
    while (i < t.text.length && HARAKA.test(t.text[i])) i++;
  }
  return t.start + i;
}

/** An indefinite title noun in construct state (رئيس، وزير، قائد) right before a word. */
function titleWord(c: Ctx, k: number): boolean {
  const t = c.toks[k];
  if (t.kind !== 'word' || t.norm.startsWith('ال')) return false;
  const bare = t.norm.replace(/^[وف]/, '');
  return (c.lex.groups.get(t.norm) ?? c.lex.groups.get(bare) ?? []).some((g) => g.kind === 'title');
}

/** An indefinite adjective after a unit noun: a plain word, no article or conjunction, no trigger, not part of a
 * mention, in the feminine (ة) or a listed modifier or nisba — «كبيرة»، «خاصة»، «إسرائيلية». */
function unitAdjective(c: Ctx, k: number): boolean {
  const t = c.toks[k];
  if (!t || t.kind !== 'word' || c.covered[k] || c.startsAt.has(k) || t.norm.startsWith('ال') || /^[وف]/.test(t.norm) || c.look(k).trigger.length) return false;
  return t.norm.length >= 4 && (/ه$/.test(t.norm) || (c.lex.groups.get(t.norm) ?? []).some((g) => g.kind === 'mod') || nisba(t.norm));
}

const HEAD_SLOT = memoSlot();

export function findGroupMentions(c: Ctx): GroupMention[] {
  // (the closed word sets, looked up once per document rather than per token)
  const partitiveunitSet = PARTITIVE_UNIT();
  const countapproxSet = COUNT_APPROX();
  const countnumberSet = COUNT_NUMBER();
  const countedsingularSet = COUNTED_SINGULAR();
  const belongingSet = BELONGING();
  const counterpartSet = COUNTERPART();
  const out: GroupMention[] = [];
  const n = c.toks.length;
  // (past the coverage test the answer depends only on the written word: kept on its interned form, read only)
  const headOf = (k: number, allowPrefix: boolean) => {
    const t = c.toks[k];
    if (!t || t.kind !== 'word' || c.covered[k] || c.startsAt.has(k)) return null;
    const memo = t.form.memo;
    let pair = memo[HEAD_SLOT] as (ReturnType<typeof wordHead> | undefined)[] | undefined;
    if (pair === undefined) { pair = [undefined, undefined]; memo[HEAD_SLOT] = pair; }
    const q = allowPrefix ? 0 : 1;
    let v = pair[q];
    if (v === undefined) { v = wordHead(k, allowPrefix); pair[q] = v; }
    return v;
  };
  const wordHead = (k: number, allowPrefix: boolean) => {
    const t = c.toks[k];
    for (const f of c.look(k).group) {
      if (!allowPrefix && f.prefix) continue;
      if (f.prefix && !/^[وف]?[بلك]?$/.test(f.prefix)) continue;
      // (an accusative ا is never written after ة: «قادها» is «قاد» + ها, not «قادةً»)
      if (f.suffix === 'ا' && f.norm.endsWith('ه')) continue;
      for (const g of c.lex.groups.get(f.norm)!) if (g.kind !== 'mod') return { f, g };
    }
    // a sound plural in construct drops its ن: "سائقو سيارات الأجرة" (the head سائقون is listed)
    if (/و$/.test(t.norm) && t.norm.length >= 4) {
      const full = t.norm.replace(/^[وف](?=\S{4})/, '') + 'ن';
      const g = (c.lex.groups.get(full) ?? c.lex.groups.get(full.replace(/^ال/, ''))) ?? [];
      const head = g.find((x) => x.kind === 'group');
      if (head) return { f: { norm: t.norm, cut: 0, prefix: '', article: t.norm.startsWith('ال'), suffix: '' }, g: head };
    }
    // a nationality or affiliation plural standing alone as a noun: فلسطينيين، الأمريكيون
    // (a word-initial ف is a letter of the name unless an article follows it: فلسطينيين، فرنسيون ≠ فالأمريكيون)
    if (allowPrefix && /^(ال)?(?!فال)[^و]\S{2,}(يين|يون)$/.test(t.norm) && !NOT_NISBA.has(t.norm)) {
      const f = { norm: t.norm, cut: 0, prefix: '', article: t.norm.startsWith('ال'), suffix: '' };
      return { f, g: { kind: 'group' as const, evidence: 'rule:nisba-plural-group' } };
    }
    // «وطالب المجتمعون»، «المشاركون في القمة»: a definite active participle in the sound masculine plural (مـ…ون/ين) names
    // a collective of people by what they do
    const pm = allowPrefix ? /^([وف]?(?:ب|ل(?=ل))?)(ال|ل)(م\S{3,}(?:ون|ين))$/.exec(t.norm) : null;
    if (pm && (pm[2] === 'ال' || pm[1].endsWith('ل')) && !NOT_NISBA.has(t.norm) && !c.look(k).trigger.length) {
      // (the written text may carry harakat: the cut is the number of characters before the article's letters)
      let cut = 0;
      for (let letters = 0; cut < t.text.length && letters < pm[1].length; cut++) if (!HARAKA.test(t.text[cut])) letters++;
      const f = { norm: 'ال' + pm[3], cut, prefix: pm[1], article: true, suffix: '' };
      return { f, g: { kind: 'group' as const, evidence: 'rule:participle-plural-group' } };
    }
    return null;
  };
  const modAt = (k: number, wantDefinite: boolean | null, noGroupGenitive = false): boolean => {
    const t = c.toks[k];
    if (!t || t.kind !== 'word' || c.covered[k] || c.startsAt.has(k)) return false;
    const definite = t.norm.startsWith('ال');
    if (wantDefinite !== null && definite !== wantDefinite) return false;
    const bare = definite ? t.norm.slice(2) : t.norm;
    if ((c.lex.groups.get(bare) ?? []).some((g) => g.kind === 'mod')) return true;
    // a definite genitive that is itself a group noun: قوات الأمن، عناصر الشرطة
    // (only as the first genitive of an indefinite head: in "قوات الدرك المتظاهرين" and "النقابات الوزارة" the
    // second noun is the object)
    if (definite && !noGroupGenitive && (c.lex.groups.get(bare) ?? []).some((g) => g.kind === 'group')) return true;
    if (c.look(k).trigger.length && !nisba(t.norm)) return false;
    // an event noun is no adjective even when it ends like one: «نفذ مسلحون عملية انتحارية» (عملية ≠ practical)
    if (c.look(k).trigger.some((f) => !f.prefix && !f.suffix && f.norm === bare)) return false;
    return nisba(t.norm);
  };
  const plainDefinite = (k: number): boolean => {
    const t = c.toks[k];
    return !!t && t.kind === 'word' && t.norm.startsWith('ال') && t.norm.length > 3 && !c.covered[k] && !c.startsAt.has(k) &&
      !c.look(k).trigger.length;
  };
  const t0Norm = (j: number) => c.toks[j].norm;
  const free = (j: number) => j < n && c.toks[j].kind !== 'punct' && !c.covered[j] && !c.startsAt.has(j);
  /** A singular noun of people after a number («مستوطناً»، «متظاهر»، «فلسطينياً»): a listed singular, the singular of a
   * listed sound plural, or a nisba; the accusative ending ا is dropped. */
  const isGroup = (w: string) => (c.lex.groups.get(w) ?? []).some((g) => g.kind === 'group');
  const countedSingular = (norm: string): boolean => {
    if (norm.startsWith('ال')) return false;
    const sg = norm.length >= 4 && norm.endsWith('ا') ? norm.slice(0, -1) : norm;
    if (countedsingularSet.has(sg)) return true;
    if (sg.length >= 3 && (isGroup(sg + 'ون') || isGroup(sg + 'ين'))) return true;
    return sg.length >= 5 && sg.endsWith('ي') && nisba(sg);
  };
  /** «نحو خمسين مستوطناً»، «أكثر من مئة متظاهر»، «12 شخصاً»، «ثلاثة من المحتجين»، «خمسة فلسطينيين»: an optional
   * approximation, a number (digits or number words, compounds with و), an optional partitive من, then a noun of
   * people (a group head, or the singular of one) and at most two adjectives — the count as written is the participant.
   * Returns the token after the phrase and the number of clitic letters on its first word, or null. */
  // (countAt's helpers read the state of the current call: defined once per document, not per token)
  let cs = 0;
  let ck = 0;
  let cfirst = '';
  let cprefix = '';
  const ok = (j: number) => free(j) && c.sentenceOf[j] === cs && (c.toks[j].kind === 'word' || c.toks[j].kind === 'number');
  const normAt = (j: number) => (j === ck ? cfirst.slice(cprefix.length) : c.toks[j].norm);
  const isNumber = (q: number) => ok(q) && (c.toks[q].kind === 'number' || countnumberSet.has(normAt(q)));
  const listedMod = (q: number) => (c.lex.groups.get(c.toks[q].norm.replace(/^ال/, '')) ?? []).some((g) => g.kind === 'mod');
  const approxFirst = APPROX_FIRST();
  const countAt = (k: number): { end: number; cut: number; prefix: string } | null => {
    const s = c.sentenceOf[k];
    cs = s;
    ck = k;
    if (!ok(k)) return null;
    // a و/ف on the first word only («ونحو»، «وثلاثة»)
    const first = c.toks[k].norm;
    const prefix = /^[وف]\S{2,}/.test(first) && c.toks[k].kind === 'word' ? first[0] : '';
    cfirst = first;
    cprefix = prefix;
    let j = k;
    let approx = false;
    // (only a listed first word can open an approximation phrase)
    for (let len = MAX_APPROX; len >= 1 && !approx && approxFirst.has(normAt(k)); len--) {
      const ws: string[] = [];
      for (let q = k; q < k + len && ok(q) && c.toks[q].kind === 'word'; q++) ws.push(normAt(q));
      if (ws.length === len && countapproxSet.has(ws.join(' '))) { j = k + len; approx = true; }
    }
    if (!isNumber(j)) return null;
    const numStart = j;
    j++;
    // compounds: «خمسة وعشرين»، «ثلاثة آلاف»، «خمسة عشر»، «1200 ألف»
    while (j < numStart + MAX_NUMBER && ok(j) && c.toks[j].kind === 'word' &&
      (countnumberSet.has(c.toks[j].norm) || (/^و\S{2,}/.test(c.toks[j].norm) && countnumberSet.has(c.toks[j].norm.slice(1))))) j++;
    // a bare quantity head with no approximation («عشرات المحتجين») is the quantity phrase's own rule
    if (!approx && j === numStart + 1 && (c.lex.groups.get(normAt(numStart)) ?? []).some((g) => g.kind === 'quant')) return null;
    if (ok(j) && c.toks[j].norm === 'من' && j + 1 < n) j++;
    // (an event word is no counted noun: «ثلاثة متهمين» names the accused by a trigger of its own)
    if (!ok(j) || c.toks[j].kind !== 'word' || c.look(j).trigger.length) return null;
    const head = headOf(j, false);
    const plural = head ? head.g.kind === 'group' : /^(ال)?[^و]\S{2,}(يين|يون)$/.test(c.toks[j].norm) && !NOT_NISBA.has(c.toks[j].norm);
    if (!plural && !countedSingular(c.toks[j].norm)) return null;
    const definite = c.toks[j].norm.startsWith('ال');
    j++;
    // («أربعة من عناصر الحشد الشعبي»: a noun in construct with a name yields to the name, as a group head does)
    if (!definite && j < n && c.startsAt.get(j)?.some((m) => m.start === c.toks[j].start)) return null;
    // adjectives of a plural of people («مسلحين مجهولين»، «مستوطنين إسرائيليين»); a word in ة only when listed
    // (nisba-like nouns: «خمسين مستوطناً قرية» — قرية is the object)
    for (let m = 0; plural && m < 2 && ok(j) && modAt(j, definite, true) && (!/ه$/.test(c.toks[j].norm) || listedMod(j)); m++) j++;
    // (the letters of the clitic on the written first word, which may carry harakat)
    let cut = 0;
    for (let letters = 0; cut < c.toks[k].text.length && letters < prefix.length; cut++) if (!HARAKA.test(c.toks[k].text[cut])) letters++;
    return { end: j, cut, prefix };
  };
  /** «ونظيره السنغالي»، «نظيرته الألمانية»: the counterpart of the person named before, with its nisba, when no name
   * follows (with a name, the name's entity is the participant) — written as it stands */
  const counterpartAt = (k: number): GroupMention | null => {
    const t = c.toks[k];
    if (!free(k) || t.kind !== 'word') return null;
    const w = /^[وف]/.test(t.norm) && counterpartSet.has(t.norm.slice(1)) ? t.norm.slice(1) : t.norm;
    if (!counterpartSet.has(w)) return null;
    const s = c.sentenceOf[k];
    let end = k + 1;
    while (end < n && end < k + 3 && c.sentenceOf[end] === s && free(end) && c.toks[end].kind === 'word' && c.toks[end].norm.startsWith('ال') && nisba(c.toks[end].norm)) end++;
    if (end === k + 1) return null;
    for (let j = end; j < n && j < end + TITLE_LOOKAHEAD && c.sentenceOf[j] === s; j++) {
      const tj = c.toks[j];
      if (tj.kind === 'punct' || tj.kind === 'quote' || /^و/.test(tj.norm)) break;
      if ((c.startsAt.get(j) ?? []).some(c.isPer)) return null;
    }
    const prefix = w === t.norm ? '' : t.norm[0];
    let cut = 0;
    for (let letters = 0; cut < t.text.length && letters < prefix.length; cut++) if (!HARAKA.test(t.text[cut])) letters++;
    const start = t.start + cut;
    const stop = c.toks[end - 1].end;
    const key = [w, ...c.toks.slice(k + 1, end).map((x) => x.norm.slice(2))].join(' ');
    return { entity: `#${key}`, start, end: stop, text: c.text.slice(start, stop), tokenStart: k, tokenEnd: end, kind: 'description', evidence: 'rule:counterpart-phrase', means: false };
  };
  for (let k = 0; k < n; k++) {
    const cnt = countAt(k);
    if (cnt) {
      const t = c.toks[k];
      const start = t.start + cnt.cut;
      const stop = c.toks[cnt.end - 1].end;
      const ws: string[] = [];
      for (let j = k; j < cnt.end; j++) {
        const w = j === k ? t.norm.slice(cnt.prefix.length) : c.toks[j].norm;
        if (c.toks[j].kind === 'word' || c.toks[j].kind === 'number') ws.push(w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);
      }
      out.push({ entity: `#${ws.join(' ')}`, start, end: stop, text: c.text.slice(start, stop), tokenStart: k, tokenEnd: cnt.end, kind: 'description', evidence: 'rule:count-of-people', means: false });
      k = cnt.end - 1;
      continue;
    }
    const cp = counterpartAt(k);
    if (cp) { out.push(cp); k = cp.tokenEnd - 1; continue; }
    const h = headOf(k, true);
    if (!h) continue;
    const s = c.sentenceOf[k];
    // «وزير الصيد والبنى التحتية البحرية»: a definite head that reads as a nisba (بحرية، أمنية) right after a definite
    // word is that word's adjective, no participant of its own
    if (h.f.article && !h.f.prefix && nisba(t0Norm(k)) && k > 0 && c.sentenceOf[k - 1] === s && c.toks[k - 1].kind === 'word' &&
      /^[وف]?ال\S{2,}/.test(c.toks[k - 1].norm) && !c.startsAt.has(k - 1) && !headOf(k - 1, true)) continue;
    // (session 8) «كما حجزت 7 محركات بحرية»: an indefinite one after an indefinite feminine plural (…ات) is its adjective too
    if (!h.f.article && !h.f.prefix && nisba(t0Norm(k)) && /ه$/.test(t0Norm(k)) && k > 0 && c.sentenceOf[k - 1] === s && c.toks[k - 1].kind === 'word' &&
      /^[^وف]\S{2,}ات$/.test(c.toks[k - 1].norm) && !c.toks[k - 1].norm.startsWith('ال') && !c.startsAt.has(k - 1) && !headOf(k - 1, true)) continue;
    // (session 9, final gaps) «هجوم انتحاري»، «تفجير انتحاري»: a head also listed as a modifier (groups.tsv `mod`) right after an
    // event word is that word's adjective («وكان انتحاري قد فجّر نفسه» keeps its bomber)
    if (/ي$/.test(h.f.norm) && k > 0 && c.sentenceOf[k - 1] === s && c.toks[k - 1].kind === 'word' && c.look(k - 1).trigger.length &&
      (c.lex.groups.get(h.f.norm.replace(/^ال/, '')) ?? []).some((g) => g.kind === 'mod')) continue;
    // «لجنة تحقيق»، «لجان تقصي الحقائق»: a head that opens a multi-word event phrase is that event, no participant
    if (h.g.kind === 'group' && c.look(k).trigger.some((f) => c.lex.triggers.matchAt((j) => (j === k ? f.norm : c.sentenceOf[j] === s && c.toks[j]?.kind === 'word' ? c.toks[j].norm : undefined), k, [f.norm])
      .some((r) => r.length >= 2))) continue;
    const t = c.toks[k];
    // (session 8) an instrument named by an adjective (groups.tsv `mod` too: «طائرة مسيّرة» → «مسيّرة») whose bare spelling
    // is also an event word («مسيرة»: a march) is the instrument only where the writer marked it (the shadda of «مسيّرة», a
    // drone); unmarked it is the event
    if (h.g.kind === 'means' && !/\u0651/.test(t.text) && (c.lex.groups.get(h.f.norm) ?? []).some((g) => g.kind === 'mod') && c.look(k).trigger.some((f) => c.lex.triggers.matchAt((j) => (j === k ? f.norm : c.sentenceOf[j] === s && c.toks[j]?.kind === 'word' ? c.toks[j].norm : undefined), k, [f.norm])
      .some((r) => r.length === 1))) continue;
    // the genitive of a title is part of the title's phrase: "رئيس مجلس السيادة"، "قائد الجيش"
    if (k > 0 && c.sentenceOf[k - 1] === s && !h.f.prefix && titleWord(c, k - 1)) continue;
    let definite = h.f.article;
    let end = k + 1;
    let head = h;
    // (a unit or count with من heads a partitive too: «وحدات من الجيش اللبناني»، «قوة من الشرطة المحلية»)
    // (one indefinite adjective may stand between the unit and من: «قوة كبيرة من جيش الاحتلال»، «وحدات خاصة من الشرطة»)
    const unitAdj = h.g.kind !== 'quant' && c.toks[k + 2]?.norm === 'من' && c.sentenceOf[k + 2] === s && unitAdjective(c, k + 1) &&
      (partitiveunitSet.has(h.f.norm) || partitiveunitSet.has(h.f.norm.replace(/ا$/, '')));
    if (h.g.kind === 'quant' || unitAdj || (c.toks[k + 1]?.norm === 'من' && (partitiveunitSet.has(h.f.norm) || partitiveunitSet.has(h.f.norm.replace(/ا$/, ''))))) {
      // آلاف المتظاهرين، مئات من المحتجين
      let j = unitAdj ? k + 2 : k + 1;
      if (c.toks[j]?.norm === 'من') j++;
      const g2 = j < n && c.sentenceOf[j] === s ? headOf(j, false) : null;
      if (g2 && g2.g.kind === 'group') { end = j + 1; head = g2; definite = g2.f.article; }
      // «وحدات من الجيش اللبناني»: a unit of a named body is that body acting (the entity after من is the participant)
      else if (j > k + 1 && h.g.kind !== 'quant' && (c.startsAt.get(j) ?? []).length) continue;
      // «وداهمت عشرات المنازل»: a count of things (a definite genitive that names no group of people) is no participant
      else if (h.g.kind === 'quant' && j === k + 1 && c.sentenceOf[j] === s && (c.toks[j]?.norm ?? '').startsWith('ال') && !nisba(c.toks[j].norm) &&
        !c.covered[j] && !c.startsAt.has(j) && !headOf(j, false)) continue;
    }
    // modifiers: agreeing adjectives, then (for an indefinite head in construct) definite genitives
    let genitive = false;
    const headEnd = end;
    // a sound plural keeping its ن (مسلحون، مسلحين) is no construct: a definite word after it is no genitive
    // ("اغتال مسلحون القيادي": القيادي is the object)
    const nunPlural = !definite && /(ون|ين)$/.test(head.f.norm) && head.f.norm.length >= 5;
    for (let j = end; j < n && j - k < MAX_WORDS + (unitAdj ? 1 : 0) && c.sentenceOf[j] === s; j++) {
      if (definite || genitive) {
        if (!modAt(j, true, genitive || definite)) break;
      } else if (modAt(j, false)) {
        // indefinite adjective: مسلحون مجهولون
      } else if (!nunPlural && modAt(j, true)) {
        genitive = true;
      } else if (!nunPlural && j === headEnd && plainDefinite(j) && !countedsingularSet.has(head.f.norm)) {
        // (not after a singular agent noun: «أطلق مستوطن النار» — النار is the object)
        // one definite genitive of an indefinite head: "قبيلة المساليت"، "قوات الدعم"
        genitive = true;
      } else break;
      end = j + 1;
    }
    // (session 9, final gaps) «سمو ولي العهد»، «جلالة الملك»: an honorific title with no genitive of its own right before
    // another title takes it in (and the definite genitive of an indefinite one) — one phrase, the office holder
    if (head.g.kind === 'title' && !definite && !genitive && end === k + 1 && end < n && c.sentenceOf[end] === s && free(end) &&
      c.toks[end].kind === 'word' && (c.lex.groups.get(c.toks[end].norm.replace(/^ال/, '')) ?? []).some((g) => g.kind === 'title')) {
      const defTitle = c.toks[end].norm.startsWith('ال');
      end++;
      if (!defTitle && end < n && c.sentenceOf[end] === s && plainDefinite(end)) end++;
    }
    // «مسلحين من "كتيبة الفرسان"»، «عناصر من "سرية حماية المنشآت"»: a quoted name of the body after من (one the entity
    // stage did not name) belongs to the phrase — at most six words inside the quotes, no mention among them
    if (c.toks[end]?.norm === 'من' && c.toks[end + 1]?.kind === 'quote' && c.sentenceOf[end + 1] === s) {
      for (let q = end + 3; q < n && q <= end + 8 && c.sentenceOf[q] === s; q++) {
        if (c.startsAt.has(q - 1) || c.covered[q - 1]) break;
        if (c.toks[q].kind === 'quote') { end = q + 1; break; }
        if (c.toks[q].kind !== 'word') break;
      }
    }
    // the phrase is the construct head of an entity ("عناصر حماس"): the entity is the participant
    // (a group noun with a genitive chain the lexicon does not know ends before it: "قادة فصيل X")
    // (a name carrying a clitic preposition is no genitive: «قافلة تابعة لبرنامج الأغذية العالمي»)
    // (session 9 probe: not a sound plural keeping its ن — «اغتال مسلحون مجهولون محمد X»: the name is the object)
    if (end < n && c.startsAt.has(end) && !definite && !genitive && !nunPlural &&
      c.startsAt.get(end)!.some((m) => m.start === c.toks[end].start)) continue;
    if (!definite && !genitive && end + 1 < n && c.sentenceOf[end + 1] === s && c.startsAt.has(end + 1) && !c.startsAt.has(end) &&
      c.toks[end].kind === 'word' && !c.toks[end].norm.startsWith('ال') && headOf(end, false)) continue;
    // (session 9) «وزير الداخلية اللواء X»، «العميد X»: a definite one-word head right before a person's name is a rank in
    // the person's title (لواء is also a brigade), not a participant of its own
    if (definite && !genitive && end === k + 1 && !h.f.prefix && end < n && c.sentenceOf[end] === s && (c.startsAt.get(end) ?? []).some(c.isPer)) continue;
    if (head.g.kind === 'title') {
      let named = false;
      for (let j = end; j < n && j < end + TITLE_LOOKAHEAD && c.sentenceOf[j] === s; j++) {
        const tj = c.toks[j];
        if (tj.kind === 'punct' || tj.kind === 'quote') break;
        // (session 9, final gaps) «وكان سمو ولي العهد قد استقبل … X»: a name past «قد» is the verb's object, not the title's holder
        if (tj.norm === 'قد' || tj.norm === 'لقد') break;
        // (a name after «مع» or «نظيره» is another party: «تباحث الوزير الإيراني مع نظيره الكويتي X»)
        if (tj.norm === 'مع' || /^(و|ف)?(مع|نظير)/.test(tj.norm) && tj.norm !== 'معالي') break;
        if ((c.startsAt.get(j) ?? []).some(c.isPer)) { named = true; break; }
      }
      if (named) continue;
    }
    // «دورية تابعة للجيش المالي»، «عناصر تابعون لوزارة الداخلية»: the body after تابعة لـ acts through the unit
    // (the phrase stops before the name; the body is reported beside it)
    let affiliate: string | undefined;
    {
      let b = -1;
      if (belongingSet.has(c.toks[end - 1].norm) && end - 1 > k) b = end - 1;
      else if (end < n && c.sentenceOf[end] === s && c.toks[end].kind === 'word' && belongingSet.has(c.toks[end].norm) && free(end)) b = end;
      const owner = b >= 0 && b + 1 < n && c.sentenceOf[b + 1] === s && /^ل/.test(c.toks[b + 1].norm) ?
        (c.startsAt.get(b + 1) ?? []).find((m) => !m.entity.startsWith('#')) : undefined;
      if (owner) { affiliate = owner.entity; end = b + 1; }
    }
    const start = spanStart(t, h.f.prefix, h.f.article, h.f.cut);
    const stop = c.toks[end - 1].end;
    const words: string[] = [];
    for (let j = k; j < end; j++) {
      if (c.toks[j].kind !== 'word') continue;
      const w = j === k ? h.f.norm : c.toks[j].norm;
      words.push(w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);
    }
    out.push({ entity: `#${words.join(' ')}`, start, end: stop, text: c.text.slice(start, stop), tokenStart: k, tokenEnd: end, kind: 'description', evidence: head.g.evidence, means: head.g.kind === 'means', ...(head.g.kind === 'dual' ? { dual: true } : {}), ...(affiliate ? { affiliate } : {}) });
    k = end - 1;
  }
  return out;
}
