// Date lexicons (data/dates/*.tsv), normalised and indexed once per process.
import { loadTsv, splitCell } from '../lexicon/tsv.ts';
import { PhraseTrie } from '../lexicon/trie.ts';
import { normalize } from '../text/normalize.ts';

export interface MonthEntry {
  month: number;
  calendar: 'gregorian' | 'hijri';
  ambiguous: boolean;
  evidence: string;
}

export interface WeekdayEntry {
  dow: number;
  ambiguous: boolean;
  bare: boolean;
  evidence: string;
}

export interface RelEntry {
  unit: 'day' | 'week' | 'month' | 'year';
  offset: number;
  precision: 'day' | 'month' | 'year';
  guard: string;
  evidence: string;
}

export interface DateLexicon {
  months: PhraseTrie<MonthEntry>;
  /** Iraqi abbreviations written letter+digit ("ك2" = كانون الثاني), keyed by the normalised letter and ASCII digit: tokenised as two tokens. */
  monthAbbrevs: Map<string, MonthEntry>;
  /** bare=false: a form without the article (أحد، جمعة, also personal names) that needs يوم/مساء… before it. */
  weekdays: Map<string, WeekdayEntry>;
  relative: PhraseTrie<RelEntry>;
  words: Map<string, Set<string>>; // normalised word → kinds
  durations: Map<string, { unit: DurationUnit; count: number; evidence: string }>;
  /** Counted periods from the publication date ("الأيام الثلاثة الماضية"، "اليومين الماضيين"; periods.tsv). */
  periods: Map<string, PeriodEntry>;
  numbers: PhraseTrie<{ value: number; evidence: string }>;
  ordinals: PhraseTrie<{ value: number; evidence: string }>;
  anchored: PhraseTrie<AnchoredEntry>;
  seasons: Map<string, { month: number; evidence: string }>;
  /** feasts.tsv: recurring days named without a date (العام الجديد، عيد الفطر). */
  feasts: PhraseTrie<FeastEntry>;
  /** words.tsv seasonhead phrases (الموسم، العام الدراسي), as word lists. */
  seasonHeads: PhraseTrie<string>;
  /** "day-month" → year and evidence of a well-known event named by its date (named.tsv) */
  named: Map<string, { year: number; evidence: string }>;
  /** Prefixes (normalised) of common words that look like the future س + imperfect (سياسة). */
  notFuture: string[];
  /**
   * Words of known names (people, given names, places in data/entities): never a verb, even when they look like
   * an imperfect behind و/ف (فيدان، فيصل) or a future س + imperfect (سنجل).
   */
  nameWords: Set<string>;
  /**
   * Every word (normalised, also with one proclitic و/ف/ب/ل glued on) that can open a date expression:
   * the main loop tries the patterns only at these tokens and at numbers, one Map lookup per word.
   */
  starts: Set<string>;
}

/** Units of a counted duration: the calendar units, plus hours (resolved to their day) and decades (ten years). */
export type DurationUnit = RelEntry['unit'] | 'hour' | 'decade';

export interface PeriodEntry {
  unit: 'hour' | 'day' | 'week' | 'month';
  /** the count a dual implies, 0 when a number gives it */
  count: number;
  /** the count assumed when none is written */
  vague: number;
  evidence: string;
}

export interface AnchoredEntry {
  unit: 'day' | 'month' | 'year';
  offset: number;
  evidence: string;
}

/** One proclitic glued to a date word (وأمس، بعد → وبعد، لعام). */
export const PROCLITIC_LETTERS = ['و', 'ف', 'ب', 'ل'];

const words = (s: string) => normalize(s).split(/\s+/).filter(Boolean);

let cached: DateLexicon | null = null;

export interface FeastEntry { kind: 'newyear' | 'hijri'; hmonth: number; hday: number; bare: boolean; evidence: string }

export function dateLexicon(): DateLexicon {
  if (cached) return cached;
  const months = new PhraseTrie<MonthEntry>();
  const monthAbbrevs = new Map<string, MonthEntry>();
  for (const r of loadTsv('dates/months.tsv')) {
    const e: MonthEntry = { month: +r.month, calendar: r.calendar === 'hijri' ? 'hijri' : 'gregorian', ambiguous: r.ambiguous === 'yes', evidence: `lexicon:data/${r.__line}` };
    for (const f of splitCell(r.forms)) {
      const n = normalize(f);
      if (/^\p{L}\d$/u.test(n)) monthAbbrevs.set(n, e);
      else months.add(words(f), e);
    }
  }
  const weekdays = new Map<string, WeekdayEntry>();
  for (const r of loadTsv('dates/weekdays.tsv')) {
    for (const f of splitCell(r.forms)) {
      const n = normalize(f);
      weekdays.set(n, { dow: +r.dow, ambiguous: r.ambiguous === 'yes', bare: n.startsWith('ال'), evidence: `lexicon:data/${r.__line}` });
    }
  }
  const relative = new PhraseTrie<RelEntry>();
  for (const r of loadTsv('dates/relative.tsv')) {
    relative.add(words(r.phrase), {
      unit: r.unit as RelEntry['unit'], offset: +r.offset, precision: r.precision as RelEntry['precision'], guard: r.guard ?? '', evidence: `lexicon:data/${r.__line}`,
    });
  }
  const wordKinds = new Map<string, Set<string>>();
  for (const r of loadTsv('dates/words.tsv')) {
    for (const f of splitCell(r.word)) {
      // punctuation tokens keep their raw text as norm, words their normalised form: index both
      for (const k of new Set([normalize(f), f])) {
        if (!wordKinds.has(k)) wordKinds.set(k, new Set());
        wordKinds.get(k)!.add(r.kind);
      }
    }
  }
  const durations = new Map<string, { unit: DurationUnit; count: number; evidence: string }>();
  for (const r of loadTsv('dates/durations.tsv')) durations.set(normalize(r.form), { unit: r.unit as DurationUnit, count: +r.count, evidence: `lexicon:data/${r.__line}` });
  const periods = new Map<string, PeriodEntry>();
  for (const r of loadTsv('dates/periods.tsv')) {
    for (const f of splitCell(r.form)) periods.set(normalize(f), { unit: r.unit as PeriodEntry['unit'], count: +r.count, vague: +r.vague, evidence: `lexicon:data/${r.__line}` });
  }
  const numbers = new PhraseTrie<{ value: number; evidence: string }>();
  for (const r of loadTsv('dates/numbers.tsv')) for (const f of splitCell(r.form)) numbers.add(words(f), { value: +r.value, evidence: `lexicon:data/${r.__line}` });
  const ordinals = new PhraseTrie<{ value: number; evidence: string }>();
  for (const r of loadTsv('dates/ordinals.tsv')) for (const f of splitCell(r.form)) ordinals.add(words(f), { value: +r.value, evidence: `lexicon:data/${r.__line}` });
  const anchored = new PhraseTrie<AnchoredEntry>();
  for (const r of loadTsv('dates/anchored.tsv')) anchored.add(words(r.phrase), { unit: r.unit as AnchoredEntry['unit'], offset: +r.offset, evidence: `lexicon:data/${r.__line}` });
  const seasons = new Map<string, { month: number; evidence: string }>();
  for (const r of loadTsv('dates/seasons.tsv')) for (const f of splitCell(r.form)) seasons.set(normalize(f), { month: +r.month, evidence: `lexicon:data/${r.__line}` });
  const named = new Map<string, { year: number; evidence: string }>();
  for (const r of loadTsv('dates/named.tsv')) named.set(`${+r.day}-${+r.month}`, { year: +r.year, evidence: `lexicon:data/${r.__line}` });
  const feasts = new PhraseTrie<FeastEntry>();
  for (const r of loadTsv('dates/feasts.tsv')) feasts.add(words(r.phrase), { kind: r.kind === 'hijri' ? 'hijri' : 'newyear', hmonth: +r.hmonth, hday: +r.hday, bare: r.bare === 'yes', evidence: `lexicon:data/${r.__line}` });
  const seasonHeads = new PhraseTrie<string>();
  for (const r of loadTsv('dates/words.tsv')) if (r.kind === 'seasonhead') for (const f of splitCell(r.word)) seasonHeads.add(words(f), `lexicon:data/${r.__line}`);
  const notFuture: string[] = [];
  for (const [w, kinds] of wordKinds) if (kinds.has('notfuture')) notFuture.push(w);
  const nameWords = new Set<string>();
  const addNames = (cells: string[]) => { for (const c of cells) for (const w of words(c)) nameWords.add(w); };
  for (const r of loadTsv('entities/people.tsv')) addNames([r.name, ...splitCell(r.aliases), ...splitCell(r.short)]);
  for (const r of loadTsv('entities/places.tsv')) addNames([r.name, ...splitCell(r.aliases)]);
  // ambiguous given names are also common words (أكبر، باسم)
  for (const r of loadTsv('entities/given-names.tsv')) if (r.origin !== 'ambiguous') addNames([r.name]);
  // a word the date lexicon itself lists as a verb or a cue stays one
  for (const w of wordKinds.keys()) nameWords.delete(w);

  const first = new Set<string>();
  const firstOf = (phrase: string) => { const ws = words(phrase); if (ws.length) first.add(ws[0]); };
  for (const r of loadTsv('dates/months.tsv')) splitCell(r.forms).forEach(firstOf);
  for (const f of weekdays.keys()) first.add(f);
  for (const f of monthAbbrevs.keys()) first.add(f[0]);
  for (const r of loadTsv('dates/relative.tsv')) firstOf(r.phrase);
  for (const r of loadTsv('dates/anchored.tsv')) firstOf(r.phrase);
  for (const r of loadTsv('dates/ordinals.tsv')) splitCell(r.form).forEach(firstOf);
  for (const f of seasons.keys()) first.add(f);
  for (const r of loadTsv('dates/feasts.tsv')) firstOf(r.phrase);
  for (const r of loadTsv('dates/words.tsv')) if (r.kind === 'seasonhead') splitCell(r.word).forEach(firstOf);
  // counted periods open with their unit word (الأيام، اليومين); the bare forms follow a number
  for (const f of periods.keys()) if (f.startsWith('ال')) first.add(f);
  for (const [w, kinds] of wordKinds) {
    for (const k of ['weekdaycue', 'yearcue', 'ago', 'after', 'period', 'daypart', 'dayone', 'partof', 'partord', 'recent']) if (kinds.has(k)) first.add(w);
  }
  first.add('ال'); // "الـ15 من مارس"
  const starts = new Set<string>(first);
  for (const w of first) {
    for (const p of PROCLITIC_LETTERS) starts.add(p + w);
    for (const p of ['وب', 'ول', 'فب', 'فل']) starts.add(p + w);
    if (w.startsWith('ال')) starts.add('لل' + w.slice(2)); // fused لـ + ال: للعام
  }
  cached = { months, monthAbbrevs, feasts, seasonHeads, weekdays, relative, words: wordKinds, durations, periods, numbers, ordinals, anchored, seasons, named, notFuture, nameWords, starts };
  return cached;
}

export function hasKind(lex: DateLexicon, norm: string | undefined, kind: string): boolean {
  return norm !== undefined && (lex.words.get(norm)?.has(kind) ?? false);
}
