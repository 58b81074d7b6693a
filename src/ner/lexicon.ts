// Optional lexicon features for the tagger: gazetteers and title/trigger words under data/entities/*.tsv.
// The files belong to the entity stage; this loader is deliberately tolerant of their exact columns (any
// Arabic cell is a form; the type comes from a `type` column or the file name) and of missing files.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { DATA_DIR, loadTsv, splitCell } from '../lexicon/tsv.ts';
import { normalize } from '../text/normalize.ts';
import { stripProclitics } from './stem.ts';

export interface NerLexicon {
  /** normalised word → classes it belongs to as a single-word entry ("LOC", "GIVEN", "TITLE", ...). */
  words: Map<string, string[]>;
  /** normalised multi-word phrases: first word → list of [phrase words, class]. */
  phrases: Map<string, { words: string[]; cls: string }[]>;
  /**
   * Words of multi-word entries: normalised word (and its stem) → classes with the position in the entry
   * ("PER<" first word, "PER>" last, "PER~" inside): a surname or a partial name alone still fires.
   */
  parts: Map<string, string[]>;
  /**
   * Stems obtained by stripping more than the article from an entry ("بالاو" Palau → "او", "فالنسيا" →
   * "نسيا"): entries are citation forms, so these are spurious; kept apart and read only by models trained
   * without `lexStrictStems` (session 5). Same layout as `words` and `parts`.
   */
  looseWords: Map<string, string[]>;
  looseParts: Map<string, string[]>;
  /** Files read, for the model's provenance. */
  files: string[];
  size: number;
}

const ARABIC = /[\u0621-\u064A]/;

function classOf(file: string, row: Record<string, string>): string | null {
  const t = (row.type ?? row.class ?? row.kind ?? '').toUpperCase();
  // gazetteer rows marked common = yes (also an ordinary word) get a class of their own, so the reliable
  // entries of the type keep their weight
  if (['PER', 'LOC', 'ORG', 'MISC', 'GIVEN', 'FAMILY'].includes(t)) return row.common === 'yes' ? t + '/c' : t;
  const f = file.toLowerCase();
  if (/stop/.test(f)) return null;
  if (/head/.test(f)) return /org/.test(f) ? 'ORGHEAD' : /place|loc/.test(f) ? 'LOCHEAD' : 'HEAD';
  if (/nationalit|demonym|gentilic/.test(f)) return 'NAT';
  if (/title|honorific|role/.test(f)) return 'TITLE';
  if (/given|first|forename/.test(f)) return 'GIVEN';
  if (/famil|surname|nisba/.test(f)) return 'FAMILY';
  if (/trigger|cue/.test(f)) return 'TRIGGER';
  if (/place|loc|countr|cit|gpe|geo/.test(f)) return 'LOC';
  if (/org|compan|part|agenc|media|outlet|institution/.test(f)) return 'ORG';
  if (/person|people|per/.test(f)) return 'PER';
  if (/misc|event/.test(f)) return 'MISC';
  return null;
}

let cached: NerLexicon | null = null;

/** Load every data/entities/*.tsv that exists (empty lexicon if none). Cached per process. */
export function loadNerLexicon(): NerLexicon {
  if (cached) return cached;
  const lex: NerLexicon = { words: new Map(), phrases: new Map(), parts: new Map(), looseWords: new Map(), looseParts: new Map(), files: [], size: 0 };
  // ISNAD_NER_LEXICON_DIR: read a frozen copy instead (experiments comparing features while data/ changes)
  const dir = process.env.ISNAD_NER_LEXICON_DIR ?? join(DATA_DIR, 'entities');
  // data/entities/*.tsv (the entity stage's lexicons) and data/entities/gazetteer/*.tsv (tagger-only lists)
  const list = (d: string, sub: string): string[] => existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.tsv')).sort().map((f) => sub + f) : [];
  const files = [...list(dir, ''), ...list(join(dir, 'gazetteer'), 'gazetteer/')];
  for (const f of files) {
    let rows: ReturnType<typeof loadTsv>;
    try {
      rows = loadTsv(relative(DATA_DIR, join(dir, f)));
    } catch {
      continue; // a file being edited by its owner must not break tagging
    }
    lex.files.push(`entities/${f}`);
    for (const row of rows) {
      const cls = classOf(f.slice(f.lastIndexOf('/') + 1), row);
      if (!cls) continue;
      for (const [col, cell] of Object.entries(row)) {
        if (col === '__line' || !cell || !ARABIC.test(cell)) continue;
        for (const form of splitCell(cell)) addForm(lex, normalize(form), cls);
      }
    }
  }
  // Arabic country names shipped with the world-countries package (a dependency of the project)
  try {
    const req = createRequire(import.meta.url);
    const countries = req('world-countries') as { translations?: { ara?: { common?: string; official?: string } } }[];
    for (const c of countries) {
      const ara = c.translations?.ara;
      if (!ara) continue;
      for (const form of new Set([ara.common, ara.official])) if (form) addForm(lex, normalize(form), 'LOC');
    }
    lex.files.push('npm:world-countries');
  } catch {
    // package missing: lexicon features still work with data/ alone
  }
  cached = lex;
  return lex;
}

// Compound name parts written joined or apart in news ("عبد السلام"/"عبدالسلام", "أبو تريكة"/"ابوتريكة",
// "نور الدين"/"نورالدين"): normalised words that join the next word, and words that join the previous one.
const JOIN_NEXT = new Set(['عبد', 'ابو', 'بو']);
const JOIN_PREV = new Set(['الله', 'الدين']);

/** The words with every compound pair joined (one variant), or null when there is none. */
function joinedVariant(words: string[]): string[] | null {
  const out: string[] = [];
  let changed = false;
  for (let k = 0; k < words.length; k++) {
    if (k + 1 < words.length && (JOIN_NEXT.has(words[k]) || JOIN_PREV.has(words[k + 1]))) {
      out.push(words[k] + words[k + 1]);
      k++;
      changed = true;
    } else out.push(words[k]);
  }
  return changed ? out : null;
}

function addForm(lex: NerLexicon, norm: string, cls: string): void {
  addWords(lex, norm.split(/\s+/).filter(Boolean), cls);
  const j = joinedVariant(norm.split(/\s+/).filter(Boolean));
  if (j) addWords(lex, j, cls);
}

function addWords(lex: NerLexicon, words: string[], cls: string): void {
  if (words.length === 0) return;
  if (words.length === 1) {
    for (const [w, map] of indexKeys(words[0], lex.words, lex.looseWords)) push(map, w, cls);
  } else {
    const l = lex.phrases.get(words[0]);
    const e = { words, cls };
    if (!l) lex.phrases.set(words[0], [e]);
    else l.push(e);
    words.forEach((w, k) => {
      const c = cls + (k === 0 ? '<' : k === words.length - 1 ? '>' : '~');
      for (const [x, map] of indexKeys(w, lex.parts, lex.looseParts)) if (x.length >= 2) push(map, x, c);
    });
  }
  lex.size++;
}

function push(map: Map<string, string[]>, key: string, cls: string): void {
  const l = map.get(key);
  if (!l) map.set(key, [cls]);
  else if (!l.includes(cls)) l.push(cls);
}

/** Keys a lexicon word is indexed under: itself, and its stem without the article (in `main`) or without more
 * than the article — a proclitic the citation form cannot carry (in `loose`). */
function indexKeys(w: string, main: Map<string, string[]>, loose: Map<string, string[]>): [string, Map<string, string[]>][] {
  const st = stripProclitics(w);
  const out: [string, Map<string, string[]>][] = [[w, main]];
  if (st.stem !== w) out.push([st.stem, st.prefix === 'ال' ? main : loose]);
  return out;
}

/** For test and bench: forget the cached lexicon. */
export function resetNerLexicon(): void {
  cached = null;
}
