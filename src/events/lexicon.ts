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
  /** target: a bare object is the target; subject: the grammatical subject is the target (أصيب، استشهد) */
  obj: 'target' | 'none' | 'subject';
  preps: Set<string>;
  /** one of these (normalised) words must follow within a few words, if non-empty */
  requires: Set<string>;
  /** words one of which, following within six words in the clause, cancels the trigger (`!word` in `requires`) */
  excludes: Set<string>;
  /** normalised imperfect stem of a verb (زور), to recognise person prefixes (نزور = we visit) */
  present?: string;
  /** normalised past (3rd person masculine) of a one-word verb (طالب), to read the gender of its inflections */
  past?: string;
  /** an active participle in circumstantial use (مطالباً، متوعداً): subject = the main clause's subject */
  participle?: boolean;
  /** obj = host in triggers.tsv: the subject hosts (PLOVER target), the object visits (actor): استقبل X Y */
  host?: boolean;
  /** the written past ends in a hamza that normalisation folds (هنأ → هنا): its bare past needs the hamza written
   * (هنا "here" and هناك "there" are no congratulation) */
  hamzaFinal?: boolean;
  evidence: string;
}

export interface EventLexicon {
  /** first word (stripped of clitics) and following words, normalised */
  triggers: PhraseTrie<TriggerEntry>;
  modifiers: PhraseTrie<{ mode: string; priority: number; evidence: string }>;
  /** ASSAULT mode → its best (lowest) priority among the modifiers (99 when no modifier gives it) */
  modePriority: Map<string, number>;
  frames: Map<string, { role: string; evidence: string }>;
  modality: Map<string, { kind: string; scope: string; evidence: string }[]>;
  preps: PhraseTrie<{ role: string; evidence: string }>;
  /** normalised trigger form → normalised previous words that block it */
  blockers: Map<string, Set<string>>;
  /** every first word of a trigger phrase (for a cheap pre-filter before the trie walk) */
  triggerFirst: Set<string>;
  /** every first word of a mode modifier */
  modifierFirst: Set<string>;
  /** words after which an ambiguous trigger is a noun (noun-contexts.tsv) */
  nounContexts: Set<string>;
  /** verbs whose masdar object may stand a few words on, after their subject (noun-contexts.tsv, reach far) */
  nounContextsFar: Set<string>;
  /** normalised trigger form → following word pairs that cancel it (followers.tsv) */
  followers: Map<string, Set<string>>;
  /** heads and modifiers of non-entity participant phrases (groups.tsv), by normalised form */
  groups: Map<string, { kind: 'group' | 'dual' | 'title' | 'quant' | 'mod' | 'means'; evidence: string }[]>;
}

const words = (s: string) => normalize(s).split(/\s+/).filter(Boolean);

/** Regular inflections of a verb from its past form and imperfect stem. A multi-word verb («أخلى سبيل»، «فتح
 * النار») inflects its first word and keeps the rest; a defective verb written with a final ى («ألقى/لقي») also
 * gets its own endings (ألقت، ألقوا، ألقاه، يلقون، يلقيان، the jussive يلق). */
export function inflect(past: string, present: string): string[] {
  const pw = normalize(past).split(/\s+/).filter(Boolean);
  const sw = normalize(present).split(/\s+/).filter(Boolean);
  if (pw.length > 1 || sw.length > 1) {
    const rest = (pw.length > 1 ? pw : sw).slice(1).join(' ');
    return inflect(past.trim().split(/\s+/)[0] ?? '', present.trim().split(/\s+/)[0] ?? '').map((f) => `${f} ${rest}`);
  }
  const out = new Set<string>();
  const p = normalize(past);
  // defective verbs: the final ى drops before ت/وا and turns into ا before a pronoun
  if (p.length >= 3 && /ى[\u064B-\u065F]*$/.test(past.trim())) {
    const b = p.slice(0, -1);
    for (const suf of ['ت', 'تا', 'وا', 'اه', 'اها', 'اهم', 'ته', 'تها', 'تهم']) out.add(b + suf);
    out.add(p + 'ا');
  }
  const ps = normalize(present);
  if (ps.length >= 3 && ps.endsWith('ي')) {
    const b = ps.slice(0, -1);
    for (const pre of ['ي', 'ت', 'ن']) {
      out.add(pre + b + 'ون');
      out.add(pre + ps + 'ان');
      if (ps.length >= 4) out.add(pre + b); // jussive (لم يلتق)
    }
  }
  // all persons of the past (تم، نا: "التقينا" is listed by hand for weak verbs) and object pronouns after the
  // feminine and plural endings ("استهدفته"، "اعتقلوهم")
  if (p) for (const suf of ['', 'ت', 'وا', 'ا', 'تا', 'ه', 'ها', 'هم', 'تم', 'نا', 'ته', 'تها', 'تهم', 'وه', 'وها', 'وهم']) out.add(p + suf);
  const s = normalize(present);
  if (s) {
    // (no first person أ for a two-letter stem: «أصل» is "origin", not "I arrive")
    for (const pre of s.length > 2 ? ['ي', 'ت', 'ن', 'ا'] : ['ي', 'ت', 'ن']) {
      out.add(pre + s);
      out.add(pre + s + 'ه');
      out.add(pre + s + 'ها');
      out.add(pre + s + 'هم');
    }
    // feminine plural ("يتظاهرن") and object pronouns after the plural ending ("يستهدفونه")
    for (const pre of ['ي', 'ت']) for (const suf of ['ن', 'ونه', 'ونها', 'ونهم']) out.add(pre + s + suf);
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
  const triggerFirst = new Set<string>();
  const modifierFirst = new Set<string>();
  for (const r of loadTsv('events/triggers.tsv')) {
    if (!(PLOVER_TYPES as readonly string[]).includes(r.type)) continue;
    const pos = (r.pos === 'verb' || r.pos === 'noun' ? r.pos : 'phrase') as TriggerEntry['pos'];
    const e: TriggerEntry = {
      type: r.type as PloverType,
      mode: r.mode || null,
      pos,
      gen: r.gen === 'target' ? 'target' : 'actor',
      obj: r.obj === 'target' || r.obj === 'host' ? 'target' : r.obj === 'subject' ? 'subject' : 'none',
      ...(r.obj === 'host' ? { host: true } : {}),
      preps: new Set(splitCell(r.preps).map(normalize)),
      requires: new Set(splitCell(r.requires).filter((w) => !w.startsWith('!')).map(normalize)),
      // "!word" in `requires`: an object that cancels the trigger (hosting troops or a tournament is no visit)
      excludes: new Set(splitCell(r.requires).filter((w) => w.startsWith('!')).map((w) => normalize(w.slice(1)))),
      evidence: `lexicon:data/${r.__line}`,
      ...(pos === 'verb' && r.present ? { present: normalize(r.present) } : {}),
      ...(pos === 'verb' && r.past && !/\s/.test(r.past.trim()) ? { past: normalize(r.past.trim()) } : {}),
      ...(pos === 'verb' && /[أؤئ][\u064B-\u065F]*$/.test((r.past ?? '').trim()) ? { hamzaFinal: true } : {}),
    };
    const forms = new Set<string>(splitCell(r.forms));
    if (pos === 'verb') for (const f of inflect(r.past, r.present)) forms.add(f);
    const seen = new Set<string>();
    if (pos === 'verb') {
      const pe: TriggerEntry = { ...e, participle: true };
      for (const f of splitCell(r.participles)) {
        const w = words(f);
        if (!w.length) continue;
        seen.add(w.join(' '));
        triggers.add(w, pe);
        triggerFirst.add(w[0]);
      }
    }
    for (const f of forms) {
      const w = words(f);
      const key = w.join(' ');
      if (!w.length || seen.has(key)) continue;
      seen.add(key);
      triggers.add(w, e);
      triggerFirst.add(w[0]);
    }
  }
  const modifiers = new PhraseTrie<{ mode: string; priority: number; evidence: string }>();
  const modePriority = new Map<string, number>();
  for (const r of loadTsv('events/modifiers.tsv')) {
    for (const f of splitCell(r.form)) {
      const w = words(f);
      if (!w.length) continue;
      modifiers.add(w, { mode: r.mode, priority: +r.priority, evidence: `lexicon:data/${r.__line}` });
      modifierFirst.add(w[0]);
      modePriority.set(r.mode, Math.min(modePriority.get(r.mode) ?? 99, +r.priority));
    }
  }
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
      // (`~word`: the word cancels the trigger up to four words on, across its subject: «وخرقت القوات الهدنة»)
      for (const p of splitCell(r.prev)) blockers.get(k)!.add(p.startsWith('~') ? '~' + normalize(p.slice(1)) : normalize(p));
    }
  }
  const groups: EventLexicon['groups'] = new Map();
  for (const r of loadTsv('events/groups.tsv')) {
    const kind = r.kind as 'group' | 'dual' | 'title' | 'quant' | 'mod' | 'means';
    if (!['group', 'dual', 'title', 'quant', 'mod', 'means'].includes(kind)) continue;
    for (const f of splitCell(r.form)) {
      const k = normalize(f);
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)!.push({ kind, evidence: `lexicon:data/${r.__line}` });
    }
  }
  const nounContexts = new Set<string>();
  const nounContextsFar = new Set<string>();
  for (const r of loadTsv('events/noun-contexts.tsv')) for (const f of splitCell(r.word)) (r.reach === 'far' ? nounContextsFar : nounContexts).add(normalize(f));
  const followers = new Map<string, Set<string>>();
  for (const r of loadTsv('events/followers.tsv')) {
    for (const f of splitCell(r.form)) {
      const k = normalize(f);
      if (!followers.has(k)) followers.set(k, new Set());
      for (const nx of splitCell(r.next)) followers.get(k)!.add(words(nx).slice(0, 2).join(' '));
    }
  }
  cached = { triggers, modifiers, modePriority, frames, modality, preps, blockers, triggerFirst, modifierFirst, groups, nounContexts, nounContextsFar, followers };
  return cached;
}

export interface WordForm {
  norm: string;
  /** original characters of proclitics before the stem (not including the article) */
  cut: number;
  prefix: string;
  article: boolean;
  suffix: string;
  /** read with a ة restored before the pronoun (زيارته → زيارة + ه): only a noun can be written so */
  taMarbuta?: boolean;
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
        // (a verb is never read so: «تسلمتها» is تسلّمت + ها, not تسلم + ه + ها)
        if (suf && stem.endsWith('ت')) out.push({ norm: stem.slice(0, -1) + 'ه', cut, prefix: pre, article: a.article, suffix: suf, taMarbuta: true });
        // استيائه → استياي → استياء, لقاؤه → لقاو → لقاء (a final hamza takes a seat before a pronoun)
        if (suf && stem.length >= 4 && /ا[يو]$/.test(stem)) out.push({ norm: stem.slice(0, -1) + 'ء', cut, prefix: pre, article: a.article, suffix: suf });
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

// Segmentations are a pure function of the written word; news vocabulary repeats, so one bounded memo per
// written form holds, computed once, the segmentations that can start a trigger, a mode modifier or a
// participant phrase: every later lookup of the word is a single map hit.
const MEMO_MAX = 100_000;
export interface WordLookups {
  trigger: WordForm[];
  modifier: WordForm[];
  group: WordForm[];
}
const NONE: WordLookups = { trigger: [], modifier: [], group: [] };
const memo = new Map<string, WordLookups>();

/** All memoised segmentations of a written word (trigger, modifier and participant starts). */
export function lookups(lex: EventLexicon, text: string, norm: string): WordLookups {
  let v = memo.get(text);
  if (v) return v;
  const forms = wordForms(text, norm);
  const trigger = forms.filter((f) => lex.triggerFirst.has(f.norm));
  const modifier = forms.filter((f) => lex.modifierFirst.has(f.norm));
  const group = forms.filter((f) => (!f.suffix || f.suffix === 'ا') && lex.groups.has(f.norm) && !f.prefix.includes('س'));
  v = trigger.length || modifier.length || group.length ? { trigger, modifier, group } : NONE;
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(text, v);
  return v;
}

