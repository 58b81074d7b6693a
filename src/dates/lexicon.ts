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

export interface RelEntry {
  unit: 'day' | 'week' | 'month' | 'year';
  offset: number;
  precision: 'day' | 'month' | 'year';
  guard: string;
  evidence: string;
}

export interface DateLexicon {
  months: PhraseTrie<MonthEntry>;
  weekdays: Map<string, { dow: number; ambiguous: boolean; evidence: string }>;
  relative: PhraseTrie<RelEntry>;
  words: Map<string, Set<string>>; // normalised word → kinds
  durations: Map<string, { unit: RelEntry['unit']; count: number; evidence: string }>;
  numbers: PhraseTrie<{ value: number; evidence: string }>;
  ordinals: PhraseTrie<{ value: number; evidence: string }>;
}

const words = (s: string) => normalize(s).split(/\s+/).filter(Boolean);

let cached: DateLexicon | null = null;

export function dateLexicon(): DateLexicon {
  if (cached) return cached;
  const months = new PhraseTrie<MonthEntry>();
  for (const r of loadTsv('dates/months.tsv')) {
    const e: MonthEntry = { month: +r.month, calendar: r.calendar === 'hijri' ? 'hijri' : 'gregorian', ambiguous: r.ambiguous === 'yes', evidence: `lexicon:data/${r.__line}` };
    for (const f of splitCell(r.forms)) months.add(words(f), e);
  }
  const weekdays = new Map<string, { dow: number; ambiguous: boolean; evidence: string }>();
  for (const r of loadTsv('dates/weekdays.tsv')) {
    for (const f of splitCell(r.forms)) weekdays.set(normalize(f), { dow: +r.dow, ambiguous: r.ambiguous === 'yes', evidence: `lexicon:data/${r.__line}` });
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
      const k = normalize(f);
      if (!wordKinds.has(k)) wordKinds.set(k, new Set());
      wordKinds.get(k)!.add(r.kind);
    }
  }
  const durations = new Map<string, { unit: RelEntry['unit']; count: number; evidence: string }>();
  for (const r of loadTsv('dates/durations.tsv')) durations.set(normalize(r.form), { unit: r.unit as RelEntry['unit'], count: +r.count, evidence: `lexicon:data/${r.__line}` });
  const numbers = new PhraseTrie<{ value: number; evidence: string }>();
  for (const r of loadTsv('dates/numbers.tsv')) for (const f of splitCell(r.form)) numbers.add(words(f), { value: +r.value, evidence: `lexicon:data/${r.__line}` });
  const ordinals = new PhraseTrie<{ value: number; evidence: string }>();
  for (const r of loadTsv('dates/ordinals.tsv')) for (const f of splitCell(r.form)) ordinals.add(words(f), { value: +r.value, evidence: `lexicon:data/${r.__line}` });
  cached = { months, weekdays, relative, words: wordKinds, durations, numbers, ordinals };
  return cached;
}

export function hasKind(lex: DateLexicon, norm: string | undefined, kind: string): boolean {
  return norm !== undefined && (lex.words.get(norm)?.has(kind) ?? false);
}
