// The annotated articles the event diagnostics read: every STEM.gold.json with its STEM.txt under the given
// directories (default examples/ and dev/events/), analysed up to the dates layer, so each script runs the
// events stage itself (with its own hooks) and scores the result.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocMeta } from '../../src/contract.ts';
import { createDoc, type Doc } from '../../src/doc.ts';
import { extractEntities, type EntityLayer } from '../../src/entities/index.ts';
import { extractAttributions, type AttributionLayer } from '../../src/attributions/index.ts';
import { extractDates } from '../../src/dates/index.ts';
import { readSidecar } from '../../src/input/index.ts';
import type { GoldFile } from '../../src/eval/events.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Directories and --flags of a diagnostic's command line. */
export function cliDirs(): { dirs: string[]; flags: Set<string> } {
  const args = process.argv.slice(2);
  const dirs = args.filter((a) => !a.startsWith('--'));
  if (!dirs.length) dirs.push(join(ROOT, 'examples'), join(ROOT, 'dev', 'events'));
  return { dirs, flags: new Set(args.filter((a) => a.startsWith('--'))) };
}

export interface GoldArticle {
  stem: string;
  gold: GoldFile;
  text: string;
  meta: DocMeta;
  doc: Doc;
  ents: EntityLayer;
  atts: AttributionLayer;
  dates: ReturnType<typeof extractDates>;
}

export function* goldArticles(dirs: string[]): Generator<GoldArticle> {
  for (const dir of dirs) {
    const stems = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -10)).filter((s) => existsSync(join(dir, `${s}.txt`))).sort();
    for (const stem of stems) {
      const gold = JSON.parse(readFileSync(join(dir, `${stem}.gold.json`), 'utf8')) as GoldFile;
      const txt = join(dir, `${stem}.txt`);
      const text = readFileSync(txt, 'utf8');
      const meta = { ...readSidecar(txt), id: stem, language: 'ar' } as DocMeta;
      const doc = createDoc(text, meta);
      const ents = extractEntities(doc);
      const atts = extractAttributions(doc, ents);
      yield { stem, gold, text, meta, doc, ents, atts, dates: extractDates(doc) };
    }
  }
}
