// Event lexicons (data/events/*.tsv): triggers with generated inflections, mode modifiers, frames,
// modality cues and prepositions. Loaded once per process.
import type { PloverType } from '../contract.ts';
import { PLOVER_TYPES } from '../contract.ts';
import { loadTsv, splitCell } from '../lexicon/tsv.ts';
import { PhraseTrie } from '../lexicon/trie.ts';
import { normalize } from '../text/normalize.ts';

export interface TriggerEntry {
  type: PloverType;
  mode: string | null;
  pos: 'verb' | 'noun' | 'phrase';
  gen: 'actor' | 'target';
  obj: 'target' | 'none';
  preps: Set<string>;
  /** one of these (normalised) words must follow within a few words, if non-empty */
  requires: Set<string>;
  evidence: string;
}

export interface EventLexicon {
  /** first word (stripped of clitics) and following words, normalised */
  triggers: PhraseTrie<TriggerEntry>;
  modifiers: PhraseTrie<{ mode: string; priority: number; evidence: string }>;
  frames: Map<string, { role: string; evidence: string }>;
  modality: Map<string, { kind: string; scope: string; evidence: string }[]>;
  preps: PhraseTrie<{ role: string; evidence: string }>;
  /** normalised trigger form → normalised previous words that block it */
  blockers: Map<string, Set<string>>;
}

const words = (s: string) => normalize(s).split(/\s+/).filter(Boolean);

/** Regular inflections of a verb from its past form and imperfect stem. */
export function inflect(past: string, present: string): string[] {
  const out = new Set<string>();
  const p = normalize(past);
  if (p) for (const suf of ['', 'ت', 'وا', 'ا', 'تا', 'ه', 'ها', 'هم']) out.add(p + suf);
  const s = normalize(present);
  if (s) {
    for (const pre of ['ي', 'ت', 'ن', 'ا']) {
      out.add(pre + s);
      out.add(pre + s + 'ه');
      out.add(pre + s + 'ها');
    }
    for (const suf of ['ون', 'ان', 'وا']) {
      out.add('ي' + s + suf);
      out.add('ت' + s + suf);
    }
  }
  return [...out];
}

let cached: EventLexicon | null = null;

export function eventLexicon(): EventLexicon {
  if (cached) return cached;
  const triggers = new PhraseTrie<TriggerEntry>();
  for (const r of loadTsv('events/triggers.tsv')) {
    if (!(PLOVER_TYPES as readonly string[]).includes(r.type)) continue;
    const pos = (r.pos === 'verb' || r.pos === 'noun' ? r.pos : 'phrase') as TriggerEntry['pos'];
    const e: TriggerEntry = {
      type: r.type as PloverType,
      mode: r.mode || null,
      pos,
      gen: r.gen === 'target' ? 'target' : 'actor',
      obj: r.obj === 'target' ? 'target' : 'none',
      preps: new Set(splitCell(r.preps).map(normalize)),
      requires: new Set(splitCell(r.requires).map(normalize)),
      evidence: `lexicon:data/${r.__line}`,
    };
    const forms = new Set<string>(splitCell(r.forms));
    if (pos === 'verb') for (const f of inflect(r.past, r.present)) forms.add(f);
    const seen = new Set<string>();
    for (const f of forms) {
      const w = words(f);
      const key = w.join(' ');
      if (!w.length || seen.has(key)) continue;
      seen.add(key);
      triggers.add(w, e);
    }
  }
  const modifiers = new PhraseTrie<{ mode: string; priority: number; evidence: string }>();
  for (const r of loadTsv('events/modifiers.tsv')) for (const f of splitCell(r.form)) modifiers.add(words(f), { mode: r.mode, priority: +r.priority, evidence: `lexicon:data/${r.__line}` });
  const frames = new Map<string, { role: string; evidence: string }>();
  for (const r of loadTsv('events/frames.tsv')) for (const f of splitCell(r.form)) frames.set(normalize(f), { role: r.role, evidence: `lexicon:data/${r.__line}` });
  const modality = new Map<string, { kind: string; scope: string; evidence: string }[]>();
  for (const r of loadTsv('events/modality.tsv')) {
    for (const f of splitCell(r.cue)) {
      const k = normalize(f);
      if (!modality.has(k)) modality.set(k, []);
      modality.get(k)!.push({ kind: r.kind, scope: r.scope, evidence: `lexicon:data/${r.__line}` });
    }
  }
  const preps = new PhraseTrie<{ role: string; evidence: string }>();
  for (const r of loadTsv('events/preps.tsv')) for (const f of splitCell(r.form)) preps.add(words(f), { role: r.role, evidence: `lexicon:data/${r.__line}` });
  const blockers = new Map<string, Set<string>>();
  for (const r of loadTsv('events/blockers.tsv')) {
    for (const f of splitCell(r.form)) {
      const k = normalize(f);
      if (!blockers.has(k)) blockers.set(k, new Set());
      for (const p of splitCell(r.prev)) blockers.get(k)!.add(normalize(p));
    }
  }
  cached = { triggers, modifiers, frames, modality, preps, blockers };
  return cached;
}

export interface WordForm {
  norm: string;
  /** original characters of proclitics before the stem (not including the article) */
  cut: number;
  prefix: string;
  article: boolean;
  suffix: string;
}

const PROCLITIC_SEQS = ['', 'و', 'ف', 'س', 'وس', 'فس', 'ب', 'وب', 'فب', 'ل', 'ول', 'فل', 'ك', 'وك'];
const SUFFIXES = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'ي', 'نا', 'كم', 'ك'];
const HARAKA = /[\u064B-\u065F\u0670\u0640]/;

/** Candidate segmentations of one word for trigger lookup: proclitics × article × pronoun suffix. */
export function wordForms(text: string, norm: string): WordForm[] {
  const out: WordForm[] = [];
  for (const pre of PROCLITIC_SEQS) {
    if (!norm.startsWith(pre)) continue;
    const rest = norm.slice(pre.length);
    const cut = origCut(text, pre.length);
    const arts: { stem: string; article: boolean }[] = [{ stem: rest, article: false }];
    if (rest.startsWith('ال') && rest.length > 4) arts.push({ stem: rest.slice(2), article: true });
    // fused لل = ل + ال
    if (pre.endsWith('ل') && rest.startsWith('ل') && rest.length > 3) arts.push({ stem: rest.slice(1), article: true });
    for (const a of arts) {
      for (const suf of SUFFIXES) {
        if (suf && (a.article || !a.stem.endsWith(suf))) continue;
        let stem = suf ? a.stem.slice(0, -suf.length) : a.stem;
        if (stem.length < 2) continue;
        out.push({ norm: stem, cut, prefix: pre, article: a.article, suffix: suf });
        // indefinite accusative: إضراباً، هجوماً (the alif of tanwin)
        if (!suf && !a.article && stem.length >= 4 && stem.endsWith('ا')) out.push({ norm: stem.slice(0, -1), cut, prefix: pre, article: false, suffix: 'ا' });
        // زيارته → زيارت → زياره (ta marbuta before a pronoun)
        if (suf && stem.endsWith('ت')) out.push({ norm: stem.slice(0, -1) + 'ه', cut, prefix: pre, article: a.article, suffix: suf });
      }
    }
  }
  return out;
}

function origCut(text: string, letters: number): number {
  let i = 0;
  let seen = 0;
  while (i < text.length && seen < letters) {
    if (!HARAKA.test(text[i])) seen++;
    i++;
    while (i < text.length && HARAKA.test(text[i])) i++;
  }
  return i;
}
