// Entity stage: lexicon + grammar + within-document coreference → one Entity per referent.
//
// Passes (all linear in tokens, bounded windows):
//   1. lexicon: longest phrase match per position over tries, the first word also in its clitic-stripped
//      forms ("بالكاظمي" → "الكاظمي", "للحرس" → "الحرس")
//   2. grammar: titles + names, given name + surname, organisation heads + idafa chain, place heads,
//      quoted outlet names
//   3. coreference: surnames and partial names of persons seen in full, lexicon short forms, role
//      descriptions established by apposition ("قائد قوة القدس، الجنرال إسماعيل قاآني")
import type { Entity, EntityType } from '../contract.ts';
import type { Doc } from '../doc.ts';
import { analyzeClitics } from '../text/clitics.ts';
import { normalize } from '../text/normalize.ts';
import { entityLexicon, type EntityLexicon, type LexEntry } from './lexicon.ts';
import { romanize } from './romanize.ts';
import { modelCandidates } from './model.ts';

export interface EntityMention {
  entity: string;
  start: number;
  end: number;
  text: string;
  /** Token range [tokenStart, tokenEnd) covering the mention (tokens may carry clitics outside the span). */
  tokenStart: number;
  tokenEnd: number;
  /** name = full or partial proper name; description = a role/title that corefers ("قائد قوة القدس"). */
  kind: 'name' | 'description';
}

export interface EntityLayer {
  entities: Entity[];
  /** All mentions, sorted by start. */
  mentions: EntityMention[];
}

export interface EntityOptions {
  /** Path of a learned NER model to combine with the rules (see src/ner). */
  model?: string;
}

/** A form of a token's first word: the normalised word without clitics and where its mention starts. */
interface Form {
  form: string;
  start: number;
  article: boolean;
  clitic: boolean;
}

interface Cand {
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  kind: 'name' | 'description';
  /** Canonical display name (article restored). */
  name: string;
  lex?: LexEntry;
  short?: boolean;
  evidence: string[];
  titles: string[];
  /** Merged into another candidate / dropped. */
  dead?: boolean;
  /** Entity group key, set while grouping. */
  key?: string;
}

const formCache = new Map<string, { form: string; off: number; article: boolean }[]>();

function formsOfWord(text: string, norm: string): { form: string; off: number; article: boolean }[] {
  const hit = formCache.get(text);
  if (hit) return hit;
  const out = [{ form: norm, off: 0, article: norm.startsWith('ال') }];
  const rs = analyzeClitics(text);
  for (let k = 1; k < rs.length; k++) {
    const r = rs[k];
    // only readings that strip something real: a known stem or the article ("بيرزيت" stays whole)
    if (r.suffix || !r.prefix || !(r.known || r.article)) continue;
    const form = r.article ? 'ال' + r.stem : r.stem;
    if (out.some((o) => o.form === form)) continue;
    out.push({ form, off: r.mentionStart ?? r.stemStart, article: r.article });
  }
  if (formCache.size > 50000) formCache.clear();
  formCache.set(text, out);
  return out;
}

const PUNCT_COMMA = new Set([',', '،']);
const MODIFIERS = new Set(['السابق', 'السابقه', 'الاسبق', 'الاعلي', 'الحالي', 'الجديد', 'الاول', 'العام', 'الخاص', 'البارز', 'الراحل', 'الركن', 'المساعد', 'التنفيذي', 'الرسمي', 'الاممي', 'المكلف', 'المنتهيه', 'المستقيل']);
const CONNECT = new Set(['بن', 'ابن', 'بنت', 'ولد', 'ال', 'ابو', 'ام', 'عبد']);
const LINKERS = new Set(['التابعه', 'التابع', 'لدي', 'في', 'باسم', 'ب', 'عن']);

export function extractEntities(doc: Doc, opts: EntityOptions = {}): EntityLayer {
  const lex = entityLexicon();
  const toks = doc.tokens;
  const n = toks.length;
  // word norms precomputed once: wordAt/isWord run in every trie walk (hot)
  const words: (string | undefined)[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const kind = toks[k].kind;
    words[k] = kind === 'word' || kind === 'latin' || kind === 'number' ? toks[k].norm : undefined;
  }
  const isWord = (k: number) => k < n && words[k] !== undefined;
  const wordAt = (k: number): string | undefined => (k < n ? words[k] : undefined);
  const formMemo: (Form[] | undefined)[] = new Array(n);
  const formStrMemo: (string[] | undefined)[] = new Array(n);
  const formsAt = (k: number): Form[] => {
    const hit = formMemo[k];
    if (hit) return hit;
    const t = toks[k];
    const out = t.kind !== 'word'
      ? [{ form: t.norm, start: t.start, article: false, clitic: false }]
      : formsOfWord(t.text, t.norm).map((f) => ({ form: f.form, start: t.start + f.off, article: f.article, clitic: f.off > 0 }));
    formMemo[k] = out;
    return out;
  };
  const formStrs = (k: number): string[] => (formStrMemo[k] ??= formsAt(k).map((f) => f.form));
  const cands: Cand[] = [];
  const owner = new Int32Array(n).fill(-1);
  const claim = (c: Cand): number => {
    cands.push(c);
    const id = cands.length - 1;
    for (let k = c.tokenStart; k < c.tokenEnd; k++) owner[k] = id;
    return id;
  };

  // 1. lexicon
  for (let i = 0; i < n; ) {
    if (!isWord(i)) { i++; continue; }
    if (!formStrs(i).some((f) => lex.firstWords.has(f))) { i++; continue; }
    const forms = formsAt(i);
    const ms = lex.trie.matchAt(wordAt, i, formStrs(i));
    if (!ms.length) { i++; continue; }
    const best = ms[0];
    const hit = best.values.find((v) => v.form === 'name') ?? best.values[0];
    const f = forms.find((x) => x.form === best.first)!;
    const last = toks[i + best.length - 1];
    claim({
      type: hit.entry.type, tokenStart: i, tokenEnd: i + best.length, start: f.start, end: last.end, kind: 'name',
      name: hit.entry.name, lex: hit.entry, short: hit.form === 'short', evidence: [hit.entry.evidence], titles: [],
    });
    i += best.length;
  }

  // helpers over the lexicon sets
  const isStop = (w: string) => lex.stop.has(w);
  const isNat = (w: string) => lex.nationality.has(w);
  const isNisba = (w: string) => w.startsWith('ال') && w.length >= 5 && (w.endsWith('ي') || w.endsWith('اوي')) && !isNat(w) && !lex.common.has(w);
  // a relational adjective of either gender ("الدولي", "الجوية", "البحرية")
  const isAdj = (w: string) => w.startsWith('ال') && w.length >= 5 && (w.endsWith('ي') || w.endsWith('يه')) && !isStop(w);
  const titleFirst = new Set<string>();
  const titleAt = (k: number, forms?: string[]) => (lex.titleFirst.has(toks[k].norm) || forms?.some((f) => lex.titleFirst.has(f)) ? lex.titles.matchAt(wordAt, k, forms)[0] : undefined);
  const titleStartMemo = new Int8Array(n);
  const isTitleStart = (k: number) => (titleStartMemo[k] ||= titleAt(k) ? 1 : 2) === 1;
  void titleFirst;

  // على is folded to علي by normalisation: a word written with final ى is a given name only when listed so
  const givenTok = (k: number, form?: string): boolean => {
    const w = form ?? toks[k].norm;
    if (!lex.given.has(w)) return false;
    const raw = toks[k].text.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
    return !(raw.endsWith('ى') && !lex.givenAlif.has(w));
  };

  const rawEndsYa = (k: number) => /ي[\u064B-\u065F\u0670]*$/.test(toks[k].text);
  const commonTok = (k: number) => lex.common.has(toks[k].norm) && !(lex.alifOnly.has(toks[k].norm) && rawEndsYa(k));
  const stopTok = (k: number) => isStop(toks[k].norm) && !(lex.alifOnly.has(toks[k].norm) && rawEndsYa(k));

  /** A name-like word that may continue a person's name. */
  const nameWord = (k: number, first: boolean): boolean => {
    if (!isWord(k) || toks[k].kind !== 'word' || owner[k] >= 0) return false;
    const w = toks[k].norm;
    if (givenTok(k) || CONNECT.has(w)) return !stopTok(k);
    // names do not start with و/ف unless listed (وليد، فيصل); a ف-word the clitic analyser keeps whole may (فهمي، فيرجسون)
    if (w[0] === 'و' || (w[0] === 'ف' && formsAt(k).length > 1)) return false;
    if (w.length < 3 || isStop(w) || isNat(w) || lex.common.has(w) || isTitleStart(k)) return false;
    // a word that splits as clitic + stem ("بمقر", "وهادي", "ستكون") is not inside a name
    if (formsAt(k).length > 1) return false;
    if (/^(ي|ت|ست|سي|سن)/.test(w) && !isNisba(w)) return false;
    if (!first && !w.startsWith('ال') && w.length >= 5 && w.endsWith('ا') && !/(ا|ي)ا$/.test(w)) return false; // accusative tanween: "مستشارا"
    return true;
  };

  /** What follows a name: punctuation, a function word, a verb of saying, a title, a clitic-bearing word … */
  const closesName = (q: number): boolean =>
    q >= n || !isWord(q) || toks[q].kind !== 'word' || owner[q] >= 0 || isStop(toks[q].norm) || lex.speech.has(toks[q].norm) ||
    toks[q].norm.length <= 2 || isTitleStart(q) || formsAt(q).length > 1 || givenTok(q) || isNisba(toks[q].norm) ||
    CONNECT.has(toks[q].norm) || isNat(toks[q].norm);

  /** Parse a person name starting at k; returns the end token index (exclusive) or k when none. */
  const parseName = (k: number, afterTitle: boolean): number => {
    if (!isWord(k) || owner[k] >= 0 || toks[k].kind !== 'word') return k;
    const f0 = formsAt(k);
    const firstGiven = f0.some((f) => givenTok(k, f.form) && (!f.clitic || !f.article)) || /^(ابو|عبد)..+/.test(toks[k].norm);
    if (!firstGiven && !(afterTitle && nameWord(k, true) && !toks[k].norm.startsWith('ال'))) return k;
    let e = k + 1;
    let surnameSeen = toks[k].norm.startsWith('ال');
    for (;;) {
      // "ذياب بن محمد بن زايد": a patronymic chain may swallow a known person ("محمد بن زايد")
      if (e + 1 < n && /^(بن|ابن|بنت)$/.test(toks[e].norm) && owner[e] < 0 && owner[e + 1] >= 0 && cands[owner[e + 1]].type === 'PER' && cands[owner[e + 1]].tokenStart === e + 1) {
        const c = cands[owner[e + 1]];
        c.dead = true;
        for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
        e = c.tokenEnd;
        while (e < n && nameWord(e, false) && (CONNECT.has(toks[e].norm) || isNisba(toks[e].norm) || e + 1 < n && CONNECT.has(toks[e - 1].norm))) e++;
        continue;
      }
      if (!(e < n && e - k < 4 && nameWord(e, false))) break;
      const w = toks[e].norm;
      // an unknown word (not a given name, nisba or connector) continues a name only when what follows
      // closes the name or is itself a name part ("مازن علوش،" but not "عمر ناهز 86 عاما")
      if (!givenTok(e) && !isNisba(w) && !CONNECT.has(w) && !(e > k && CONNECT.has(toks[e - 1].norm))) {
        if (!closesName(e + 1)) break;
      }
      // after a surname with the article only another nisba may follow ("الطالباني الحسيني")
      if (surnameSeen && !(isNisba(w) || CONNECT.has(w))) break;
      if (w.startsWith('ال')) surnameSeen = true;
      e++;
      if (CONNECT.has(w)) {
        // after عبد/أبو/بن any non-function word is a name part ("عبد الله", "أبو الفضل")
        if (!(e < n && isWord(e) && toks[e].kind === 'word' && owner[e] < 0 && !stopTok(e) && !isNat(toks[e].norm))) { e--; break; }
        e++;
      }
    }
    // a trailing connector is not part of the name
    while (e > k + 1 && CONNECT.has(toks[e - 1].norm)) e--;
    return e;
  };

  // 2a. titles, with the names they introduce
  interface TitleOcc { start: number; end: number; tokenStart: number; tokenEnd: number; text: string; core: string; key: string; kind: string; person: number; evidence: string; withComplement: boolean }
  const titleOccs: TitleOcc[] = [];
  for (let i = 0; i < n; i++) {
    if (!isWord(i) || (owner[i] >= 0 && cands[owner[i]].type !== 'ORG')) continue;
    if (owner[i] >= 0) continue;
    if (!formStrs(i).some((x) => lex.titleFirst.has(x))) continue;
    const forms = formsAt(i);
    const m = lex.titles.matchAt(wordAt, i, formStrs(i))[0];
    if (!m) continue;
    const f = forms.find((x) => x.form === m.first)!;
    const val = m.values[0];
    let j = i + m.length;
    let withComplement = false;
    // complements: nationality adjectives, modifiers, an organisation/place, "باسم X", "لدى X", "التابعة لـ X"
    for (let guard = 0; guard < 6 && j < n; guard++) {
      const w = wordAt(j);
      if (w === undefined) break;
      if (owner[j] >= 0 && (cands[owner[j]].type === 'ORG' || cands[owner[j]].type === 'LOC')) {
        j = cands[owner[j]].tokenEnd; withComplement = true; continue;
      }
      if (owner[j] >= 0) break;
      if (isNat(w) || MODIFIERS.has(w)) { j++; withComplement = true; continue; }
      // a coordinated adjective ("رجل الدين الشيعي البارز والسياسي")
      if (withComplement && w.startsWith('وال') && isAdj(w.slice(1)) && !lex.given.has(w)) { j++; continue; }
      if (LINKERS.has(w) && j + 1 < n && owner[j + 1] >= 0 && cands[owner[j + 1]].type !== 'PER') { j = cands[owner[j + 1]].tokenEnd; withComplement = true; continue; }
      if ((w === 'باسم' || w === 'لدي') && j + 1 < n && owner[j + 1] < 0 && wordAt(j + 1)?.startsWith('ال')) {
        j += 2;
        while (j < n && wordAt(j) !== undefined && owner[j] < 0 && (isNat(toks[j].norm) || isAdj(toks[j].norm))) j++;
        withComplement = true;
        continue;
      }
      if (LINKERS.has(w) && j + 1 < n && owner[j + 1] < 0) {
        // "التابعة للحرس": the clitic-bearing next word is handled by the lexicon pass already
        break;
      }
      // a definite noun in idafa after a role ("وزير الخارجية", "رئيس الوزراء" are in the list; others: "قائد الجيش")
      if (val.kind === 'role' && w.startsWith('ال') && !isStop(w) && j === i + m.length && owner[j] < 0 && !lex.given.has(w) && formsAt(j).length === 1 && !isNisba(w)) { j++; withComplement = true; continue; }
      break;
    }
    const titleEnd = j;
    // optional comma / dash, then more titles (rank), then the name
    let k = j;
    let comma = false;
    if (k < n && (PUNCT_COMMA.has(toks[k].text) || toks[k].kind === 'dash')) { k++; comma = true; }
    // a role right after a name is an apposition to that name ("هادي العامري رئيس منظمة بدر")
    const afterName = i > 0 && owner[i - 1] >= 0 && cands[owner[i - 1]].type === 'PER' && f.start === toks[i].start;
    for (let g = 0; g < 2 && k < n && isWord(k) && owner[k] < 0; g++) {
      const t2 = titleAt(k);
      if (!t2) break;
      k += t2.length;
      while (k < n && isWord(k) && (isNat(toks[k].norm) || MODIFIERS.has(toks[k].norm))) k++;
    }
    let person = -1;
    if (k < n && owner[k] >= 0 && cands[owner[k]].type === 'PER') person = owner[k];
    else if (k < n && owner[k] < 0 && !afterName) {
      // after a bare role word ("قائد", "رئيس") only a given name opens a name; ranks and honorifics take any name
      const e = parseName(k, !comma && (val.kind !== 'role' || withComplement));
      if (e > k) {
        const ff = formsAt(k);
        const fg = ff.find((x) => givenTok(k, x.form)) ?? ff[0];
        const startOff = fg.start;
        person = claim({ type: 'PER', tokenStart: k, tokenEnd: e, start: startOff, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, startOff, toks[e - 1].end, fg.article), evidence: [val.evidence.replace('rule:title', 'rule:title+name')], titles: [] });
      }
    }
    const start = f.start;
    const end = toks[titleEnd - 1].end;
    const raw = doc.text.slice(start, end);
    const text = f.article && f.clitic && !/^[اأإآ]ل/.test(raw) ? 'ال' + raw : raw;
    const key = normalize(text);
    titleOccs.push({ start, end, tokenStart: i, tokenEnd: titleEnd, text, core: m.first + (m.length > 1 ? '' : ''), key, kind: val.kind, person, evidence: val.evidence, withComplement });
    if (person < 0) continue;
    i = Math.max(i, titleEnd - 1);
  }

  // 2b. given name + surname without a title
  for (let i = 0; i < n; i++) {
    if (owner[i] >= 0 || !isWord(i)) continue;
    let e = parseName(i, false);
    // an unambiguous given name + one more name word that closes: "مازن علوش لـ…"
    if (e - i < 2 && givenTok(i) && formsAt(i).length === 1 && !commonTok(i) && nameWord(i + 1, false) && closesName(i + 2) &&
      (!toks[i + 1].norm.startsWith('ال') || isNisba(toks[i + 1].norm))) e = i + 2;
    if (e - i < 2) continue;
    const second = toks[i + 1].norm;
    let ok = givenTok(i + 1) || isNisba(second) || CONNECT.has(second) || /^(ابو|عبد)/.test(toks[i].norm) || e - i > 3;
    let end = e;
    // an unambiguous given name (not a common word) + one more name word: "مازن علوش"
    if (!ok && givenTok(i) && formsAt(i).length === 1 && !commonTok(i) && second.length >= 3 && !second.startsWith('ال')) { ok = true; end = i + 2; }
    if (!ok) continue;
    const e2 = end;
    // "علي" + a full name known elsewhere: the preposition على misspelt
    const ff = formsAt(i);
    const fg = ff.find((x) => givenTok(i, x.form)) ?? ff[0];
    claim({ type: 'PER', tokenStart: i, tokenEnd: e2, start: fg.start, end: toks[e2 - 1].end, kind: 'name', name: nameText(doc.text, fg.start, toks[e2 - 1].end, fg.article && fg.clitic), evidence: ['rule:given+surname'], titles: [] });
    i = e2 - 1;
  }

  // 2b'. the subject of a verb of saying: "وقال بلير إن", "وأضاف غورباتشوف:"
  for (let i = 0; i + 2 < n; i++) {
    if (!isWord(i) || !formStrs(i).some((f) => lex.speech.has(f))) continue;
    const k = i + 1;
    if (owner[k] >= 0 || !isWord(k) || toks[k].kind !== 'word') continue;
    const w = toks[k].norm;
    if (w.startsWith('ال') && !isNisba(w)) continue;
    if (!nameWord(k, true) && !givenTok(k)) continue;
    // plurals and pronoun-suffixed nouns are vague sources, not names ("مراقبون", "محللون", "اسمه")
    if (!givenTok(k) && /(ون|ين|ات|ه)$/.test(w)) continue;
    let e = CONNECT.has(w) ? parseName(k, true) : k + 1;
    if (e <= k) continue;
    while (e < n && e - k < 3 && nameWord(e, false) && !(toks[e].norm.startsWith('ال') && !isNisba(toks[e].norm))) e++;
    while (e > k && CONNECT.has(toks[e - 1].norm)) e--;
    if (e <= k) continue;
    const close = e < n ? toks[e] : null;
    if (!close || !(/^(ان|انه|انها)$/.test(close.norm) || close.text === ':' || PUNCT_COMMA.has(close.text))) continue;
    // a lone ambiguous given name or a common word is not enough
    if (e - k === 1 && (lex.common.has(w) || w.length < 3)) continue;
    const ff = formsAt(k)[0];
    claim({ type: 'PER', tokenStart: k, tokenEnd: e, start: ff.start, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, ff.start, toks[e - 1].end, false), evidence: ['rule:speech-subject'], titles: [] });
    i = e - 1;
  }

  // 2c. organisation heads with their idafa chain
  for (let i = 0; i < n; i++) {
    if (owner[i] >= 0 || !isWord(i)) continue;
    if (!formStrs(i).some((x) => lex.orgHeadFirst.has(x))) continue;
    const forms = formsAt(i);
    const m = lex.orgHeads.matchAt(wordAt, i, formStrs(i))[0];
    if (!m) continue;
    const head = m.values[0];
    const f = forms.find((x) => x.form === m.first)!;
    let j = i + m.length;
    let complement = 0;
    let natOnly = true;
    // a head with the article ("المجلس", "البرلمان") needs a nationality, a known name or a لل-complement
    let strong = !m.first.startsWith('ال');
    const absorbed: number[] = [];
    for (let guard = 0; guard < 5 && j < n; guard++) {
      const w = wordAt(j);
      if (w === undefined) break;
      if (owner[j] >= 0) {
        const c = cands[owner[j]];
        if ((c.type === 'LOC' || c.type === 'ORG') && c.tokenStart === j && formsAt(j)[0].form === toks[j].norm && c.start === toks[j].start) {
          absorbed.push(owner[j]); j = c.tokenEnd; complement++; natOnly = false; strong = true; continue;
        }
        break;
      }
      if (isNat(w)) {
        // relational adjectives (الوطني، الإسلامي) are part of the name, not a nationality
        while (j < n && wordAt(j) !== undefined && owner[j] < 0 && isNat(toks[j].norm)) {
          if (lex.nationality.get(toks[j].norm)!.startsWith('X')) natOnly = false;
          else strong = true;
          j++;
        }
        complement++;
        // "المعهد الوطني للجيوفيزياء": a لل-complement may still follow
        if (j < n && wordAt(j)?.startsWith('لل') && !natOnly) continue;
        if (j < n && wordAt(j)?.startsWith('لل') && natOnly) { natOnly = false; continue; }
        break;
      }
      if (isStop(w) || lex.given.has(w) || isTitleStart(j) || LINKERS.has(w) || w === 'المكلفه') break;
      // coordinated definite noun inside a name ("وزارة الطاقة والموارد الطبيعية")
      if (complement > 0 && !natOnly && w.startsWith('وال') && w.length >= 6 && j + 1 < n && wordAt(j + 1) !== undefined && (toks[j + 1].norm.startsWith('ال'))) { j++; continue; }
      if (w.startsWith('ال') && w.length >= 4 && formsAt(j).length <= 2 && !w.startsWith('الذ') && !w.startsWith('الت' + 'ي')) { j++; complement++; natOnly = false; continue; }
      // one "لل" + noun closing the name ("الهيئة العليا للانتخابات", "المعهد الوطني للجيوفيزياء")
      if (complement > 0 && w.startsWith('لل') && w.length >= 6 && formsAt(j).some((x) => x.article && x.clitic)) {
        j++;
        strong = true;
        while (j < n && wordAt(j) !== undefined && owner[j] < 0 && isAdj(toks[j].norm) && !isNat(toks[j].norm)) j++;
        complement++;
        natOnly = false;
        break;
      }
      // one indefinite proper word right after a non-media head ("منظمة بدر", "حركة حماس")
      if (!head.media && !m.first.startsWith('ال') && !/^(و|ف|سي|ست)/.test(w) && j === i + m.length && !lex.common.has(w) && formsAt(j).length === 1 && !/^[يتم]/.test(w) && !/[ةه]$/.test(toks[j].text) && w.length >= 3) { j++; complement++; natOnly = false; continue; }
      break;
    }
    if (complement === 0 || (natOnly && !head.withNat) || !strong) continue;
    if (head.media && toks[i].norm.startsWith('موقع')) continue;
    for (const a of absorbed) cands[a].dead = true;
    const start = f.start;
    const end = toks[j - 1].end;
    for (const a of absorbed) for (let k = cands[a].tokenStart; k < cands[a].tokenEnd; k++) owner[k] = -1;
    claim({ type: 'ORG', tokenStart: i, tokenEnd: j, start, end, kind: 'name', name: nameText(doc.text, start, end, f.article && f.clitic && !doc.text.slice(start, start + 2).match(/^[اأإآ]ل/)), evidence: [head.evidence], titles: [] });
    i = j - 1;
  }

  // 2d. place heads ("قاعدة X", "مدينة X")
  for (let i = 0; i + 1 < n; i++) {
    if (owner[i] >= 0 || !isWord(i)) continue;
    const forms = formsAt(i);
    const f = forms.find((x) => lex.placeHeads.has(x.form));
    if (!f) continue;
    const ph = lex.placeHeads.get(f.form)!;
    const j = i + 1;
    if (owner[j] >= 0) {
      const c = cands[owner[j]];
      if (c.type !== 'LOC' || c.tokenStart !== j) continue;
      if (!ph.include) {
        if (!c.evidence.includes(ph.evidence)) c.evidence.push(ph.evidence);
        continue;
      }
      // "مطار الحديدة", "ميناء صحار": a facility named after a known place is a place of its own
      let e = c.tokenEnd;
      while (e < n && isWord(e) && owner[e] < 0 && e - c.tokenEnd < 2 && (isAdj(toks[e].norm) && !isNat(toks[e].norm) || toks[e].norm === 'الدولي')) e++;
      c.dead = true;
      for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
      claim({ type: 'LOC', tokenStart: i, tokenEnd: e, start: f.start, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, f.start, toks[e - 1].end, f.article && f.clitic), evidence: [ph.evidence], titles: [] });
      i = e - 1;
      continue;
    }
    if (!isWord(j) || toks[j].kind !== 'word') continue;
    const w = toks[j].norm;
    if (isStop(w) || isNat(w) || lex.common.has(w) || formsAt(j).length > 1 || /^[يت]/.test(w) || w.length < 3) continue;
    // bare heads are common nouns ("منطقة آمنة"): require a definite or unknown proper-looking word
    if (!w.startsWith('ال') && /(ة|ه)$/.test(toks[j].text) && (!ph.include || /ي[ةه]$/.test(toks[j].text))) continue;
    let e = j + 1;
    while (e < n && e - j < 3 && isWord(e) && owner[e] < 0 && (isAdj(toks[e].norm) && !isNat(toks[e].norm) || toks[e].norm === 'الدولي')) e++;
    const start = ph.include ? f.start : toks[j].start;
    claim({ type: 'LOC', tokenStart: ph.include ? i : j, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, start, toks[e - 1].end, ph.include && f.article && f.clitic), evidence: [ph.evidence], titles: [] });
    i = e - 1;
  }

  // 2e. quoted outlet names after لـ or a media head: لـ"عربي بوست"
  for (let i = 0; i + 2 < n; i++) {
    if (toks[i].kind !== 'quote') continue;
    const prev = i > 0 ? toks[i - 1].norm : '';
    if (!(prev === 'ل' || prev === 'لـ' || normalize(prev) === 'ل' || /^(صحيفه|موقع|وكاله|قناه|مجله|جريده)$/.test(prev))) continue;
    let j = i + 1;
    while (j < n && j - i <= 4 && isWord(j)) j++;
    if (j >= n || toks[j].kind !== 'quote' || j === i + 1 || j - i > 4) continue;
    let free = true;
    for (let k = i + 1; k < j; k++) if (owner[k] >= 0) free = false;
    if (isStop(toks[i + 1].norm) || isNat(toks[i + 1].norm)) free = false;
    if (!free) continue;
    const start = toks[i + 1].start, end = toks[j - 1].end;
    claim({ type: 'ORG', tokenStart: i + 1, tokenEnd: j, start, end, kind: 'name', name: doc.text.slice(start, end), evidence: ['rule:quoted-outlet'], titles: [] });
  }

  // 2f. learned candidates (opt-in): names the rules missed
  if (opts.model) {
    for (const s of modelCandidates(doc, opts.model)) {
      let free = true;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) if (owner[k] >= 0) free = false;
      if (!free || s.end <= s.start) continue;
      const type = (['PER', 'ORG', 'LOC', 'MISC'].includes(s.type) ? s.type : 'MISC') as EntityType;
      const text = doc.text.slice(s.start, s.end);
      const w = normalize(text);
      if (lex.stop.has(w) || lex.nationality.has(w) || lex.common.has(w)) continue;
      claim({ type, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, start: s.start, end: s.end, kind: 'name', name: text, evidence: ['model:ner'], titles: [] });
    }
  }

  // 3. coreference
  return resolve(doc, lex, cands, owner, titleOccs, formsAt, wordAt);

  // (helpers hoisted below)
}

/** Display name for a span; restore the article when a fused لل swallowed it. */
function nameText(text: string, start: number, end: number, restoreArticle: boolean): string {
  const s = text.slice(start, end).replace(/[\u0640]/g, '');
  return restoreArticle && !/^[اأإآ]ل/.test(s) ? 'ال' + s : s;
}

const ARTICLE_LESS = (w: string) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);

function resolve(
  doc: Doc,
  lex: EntityLexicon,
  cands: Cand[],
  owner: Int32Array,
  titleOccs: { start: number; end: number; tokenStart: number; tokenEnd: number; text: string; key: string; kind: string; person: number; evidence: string; withComplement: boolean }[],
  formsAt: (k: number) => Form[],
  wordAt: (k: number) => string | undefined,
): EntityLayer {
  const toks = doc.tokens;
  const n = toks.length;
  const live = () => cands.filter((c) => !c.dead);
  // group keys
  for (const c of cands) c.key = c.lex ? 'lex:' + c.lex.id : `${c.type}:${normalize(c.name)}`;

  // persons seen with a full name (≥ 2 words)
  const fullPersons = new Map<string, { key: string; words: string[] }>();
  for (const c of live()) {
    if (c.type !== 'PER' || c.short) continue;
    const ws = normalize(c.lex ? c.lex.name : c.name).split(/\s+/);
    if (ws.length >= 2) fullPersons.set(c.key!, { key: c.key!, words: ws });
  }
  // "علي" + a known full name: the preposition على misspelt
  const fullNames = new Set([...fullPersons.values()].map((p) => p.words.join(' ')));
  for (const c of live()) {
    if (c.type !== 'PER') continue;
    const ws = normalize(c.name).split(/\s+/);
    if (ws[0] === 'علي' && ws.length >= 3 && fullNames.has(ws.slice(1).join(' '))) c.dead = true;
  }
  // grammar persons whose words are a tail/part of a known full name merge into it
  const surname = new Map<string, Set<string>>();
  for (const p of fullPersons.values()) {
    const last = p.words[p.words.length - 1];
    // a usable surname: not a common word or given name, not the second half of "عبد الله"/"بن X"
    const prev = p.words[p.words.length - 2];
    if (last.length < 3 || lex.common.has(last) || lex.given.has(last) || lex.stop.has(last) || CONNECT.has(prev) || lex.nationality.has(last)) continue;
    if (!p.key.startsWith('lex:') && last.startsWith('ال') && !(last.endsWith('ي') || last.endsWith('اوي'))) continue;
    for (const v of new Set([last, ARTICLE_LESS(last)])) {
      if (!surname.has(v)) surname.set(v, new Set());
      surname.get(v)!.add(p.key);
    }
    // lexicon aliases also give full forms (e.g. "أبو مهدي المهندس" → "المهندس")
  }
  for (const c of live()) {
    if (c.type !== 'PER' || c.lex) continue;
    const ws = normalize(c.name).split(/\s+/);
    const last = ws[ws.length - 1];
    const keys = surname.get(last);
    if (keys && keys.size === 1 && !keys.has(c.key!)) {
      const target = [...keys][0];
      const tw = fullPersons.get(target)!.words;
      // merge only when every word of the shorter name occurs in the full name
      if (ws.every((w) => tw.includes(w))) c.key = target;
    }
  }
  // lexicon short forms on their own: keep when distinctive, or when the full name is in the document
  for (const c of live()) {
    if (!c.short) continue;
    if (fullPersons.has(c.key!)) continue;
    const w = normalize(doc.text.slice(c.start, c.end));
    if (lex.common.has(w) || lex.common.has(ARTICLE_LESS(w)) || lex.given.has(w)) c.dead = true;
  }
  // surnames alone ("الكاظمي" after "مصطفى الكاظمي") for persons not in the lexicon
  for (let i = 0; i < n; i++) {
    if (owner[i] >= 0 && !cands[owner[i]].dead) continue;
    const w = wordAt(i);
    if (w === undefined || toks[i].kind !== 'word') continue;
    for (const f of formsAt(i)) {
      const keys = surname.get(f.form);
      if (!keys || keys.size !== 1) continue;
      const key = [...keys][0];
      if (lex.common.has(f.form) && !f.form.startsWith('ال')) continue;
      const c: Cand = { type: 'PER', tokenStart: i, tokenEnd: i + 1, start: f.start, end: toks[i].end, kind: 'name', name: f.form, evidence: ['rule:surname-coref'], titles: [], key };
      cands.push(c);
      owner[i] = cands.length - 1;
      break;
    }
  }

  // titles: attach to persons; establish descriptions
  const descriptions = new Map<string, Set<string>>();
  const lastWithTitle = new Map<string, string>();
  const perKeyOf = (idx: number) => (idx >= 0 && !cands[idx].dead ? cands[idx].key! : null);
  const descCands: Cand[] = [];
  for (const t of titleOccs) {
    const pk = perKeyOf(t.person);
    if (pk) {
      const person = cands[t.person];
      person.titles.push(t.text.replace(/^[وفبلك](?=ال)/, ''));
      if (!person.evidence.includes(t.evidence)) person.evidence.push(t.evidence);
      if (!descriptions.has(t.key)) descriptions.set(t.key, new Set());
      descriptions.get(t.key)!.add(pk);
      lastWithTitle.set(normalize(t.text.split(/\s+/)[0]), pk);
      if (t.withComplement && t.tokenEnd - t.tokenStart >= 2) descCands.push({ type: 'PER', tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, start: t.start, end: t.end, kind: 'description', name: t.text, evidence: ['rule:apposition'], titles: [], key: pk });
    }
  }
  // role after a name: "هادي العامري رئيس منظمة بدر"
  const occAt = new Map(titleOccs.map((o) => [o.tokenStart, o]));
  for (const c of live()) {
    if (c.type !== 'PER' || c.kind !== 'name') continue;
    const t0 = occAt.get(c.tokenEnd);
    // "X ورئيس …" coordinates another person; only a bare role is an apposition
    const coordinated = t0 ? /^[وف]/.test(toks[t0.tokenStart].norm) && toks[t0.tokenStart].start !== t0.start : false;
    const t = t0 && !coordinated && t0.person < 0 && t0.kind === 'role' && t0.withComplement ? t0 : undefined;
    if (!t) continue;
    c.titles.push(t.text);
    if (!descriptions.has(t.key)) descriptions.set(t.key, new Set());
    descriptions.get(t.key)!.add(c.key!);
    t.person = -2;
    descCands.push({ type: 'PER', tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, start: t.start, end: t.end, kind: 'description', name: t.text, evidence: ['rule:apposition'], titles: [], key: c.key });
  }
  // standalone descriptions resolved against those established in the article
  for (const t of titleOccs) {
    if (t.person !== -1) continue;
    let keys = descriptions.get(t.key);
    if (!keys) {
      // a shorter form of an established role ("رئيس الوزراء" ↔ "رئيس الوزراء العراقي"), never "السابق"
      const found = new Set<string>();
      for (const [k, v] of descriptions) if (k.startsWith(t.key + ' ') && !/(السابق|الاسبق|الراحل)/.test(k)) for (const x of v) found.add(x);
      if (found.size) keys = found;
    }
    if (!keys && t.tokenEnd - t.tokenStart >= 2 && t.kind !== 'role') {
      const pk = lastWithTitle.get(normalize(t.text.split(/\s+/)[0]));
      if (pk) keys = new Set([pk]);
    }
    if (keys && keys.size === 1 && (t.withComplement || t.tokenEnd - t.tokenStart >= 2 || t.kind === 'rank')) {
      descCands.push({ type: 'PER', tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, start: t.start, end: t.end, kind: 'description', name: t.text, evidence: ['rule:description-coref'], titles: [], key: [...keys][0] });
    }
  }

  // persons made only of connectors / common words are junk ("بن", "الله")
  for (const c of live()) {
    if (c.type !== 'PER' || c.lex || c.kind !== 'name') continue;
    const ws = normalize(c.name).split(/\s+/);
    if (ws.every((w) => CONNECT.has(w) || lex.common.has(w) || lex.stop.has(w) || w.length < 2)) c.dead = true;
  }

  // build entities
  const groups = new Map<string, Cand[]>();
  for (const c of [...live(), ...descCands]) {
    if (c.dead) continue;
    if (!groups.has(c.key!)) groups.set(c.key!, []);
    groups.get(c.key!)!.push(c);
  }
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  const ordered = [...groups.entries()].filter(([, cs]) => cs.some((c) => c.kind === 'name'));
  const firstStart = new Map(ordered.map(([k, cs]) => [k, cs.reduce((m, c) => Math.min(m, c.start), Infinity)]));
  ordered.sort((a, b) => firstStart.get(a[0])! - firstStart.get(b[0])!);
  ordered.forEach(([key, cs], idx) => {
    const id = `E${idx + 1}`;
    const names = cs.filter((c) => c.kind === 'name');
    const lexEntry = names.find((c) => c.lex)?.lex;
    const type = lexEntry?.type ?? names[0].type;
    // the fullest name seen when not in the lexicon
    const name = lexEntry?.name ?? names.reduce((a, c) => (c.name.length > a.length ? c.name : a), names[0].name);
    const seen = new Set<string>();
    const ms: EntityMention[] = [];
    for (const c of [...cs].sort((a, b) => a.start - b.start)) {
      const k = `${c.start}:${c.end}`;
      if (seen.has(k) || c.end <= c.start) continue;
      seen.add(k);
      ms.push({ entity: id, start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, kind: c.kind });
    }
    const titles = [...new Set(cs.flatMap((c) => c.titles))];
    const evidence = [...new Set(cs.flatMap((c) => c.evidence))];
    const e: Entity = {
      id, type, name,
      key: lexEntry ? 'lex:' + lexEntry.id : `${type}:${normalize(name)}`,
      latin: lexEntry?.latin ?? romanize(name),
      mentions: ms.map(({ start, end, text }) => ({ start, end, text })),
      evidence,
    };
    void key;
    if (titles.length) e.titles = titles;
    if (lexEntry?.geo) e.geo = lexEntry.geo;
    entities.push(e);
    mentions.push(...ms);
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions };
}
