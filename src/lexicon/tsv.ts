// Lexicons are data: TSV files under data/ with a header line, `#` comments, one entry a line.
// Loaded once per process and cached.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

export type TsvRow = Record<string, string> & { __line: string };

const cache = new Map<string, TsvRow[]>();

/** Read data/<relPath> as rows keyed by the header's column names. `__line` is "file:line" for evidence. */
export function loadTsv(relPath: string): TsvRow[] {
  const hit = cache.get(relPath);
  if (hit) return hit;
  const raw = readFileSync(join(DATA_DIR, relPath), 'utf8');
  const lines = raw.split(/\r?\n/);
  let header: string[] | null = null;
  const rows: TsvRow[] = [];
  lines.forEach((line, k) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      return;
    }
    const row = { __line: `${relPath}:${k + 1}` } as TsvRow;
    header.forEach((h, j) => {
      row[h] = (cells[j] ?? '').trim();
    });
    rows.push(row);
  });
  if (!header) throw new Error(`lexicon ${relPath} has no header line`);
  cache.set(relPath, rows);
  return rows;
}

/** Split a multi-value cell ("a|b|c"). */
export const splitCell = (cell: string | undefined): string[] =>
  (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
