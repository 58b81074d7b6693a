// Clitic analysis: candidate segmentations of one Arabic word into proclitics (و ف ب ل ك س),
// the article ال (incl. fused لل = لـ + ال), a stem and an enclitic pronoun. Offsets are relative to
// the word's original text (harakat and tatweel preserved), so a stem maps to a span of the original.
// TODO(foundation): lexicon of known words and stem-length rules; this first version is deliberately simple.
import { normalize } from './normalize.ts';

export interface CliticReading {
  /** Proclitic letters (normalised), e.g. "و", "وب", "ل". */
  prefix: string;
  /** The article ال is present (possibly fused as لل). */
  article: boolean;
  /** Stem start/end within the word's original text. For fused لل the stem starts after "لل". */
  stemStart: number;
  stemEnd: number;
  /** Normalised stem (without the article). */
  stem: string;
  /** Enclitic pronoun (normalised), "" if none. */
  suffix: string;
}

/** All plausible readings, most likely first; the first reading is always the whole word. */
export function analyzeClitics(word: string): CliticReading[] {
  const norm = normalize(word);
  const readings: CliticReading[] = [{ prefix: '', article: false, stemStart: 0, stemEnd: word.length, stem: norm, suffix: '' }];
  return readings;
}
