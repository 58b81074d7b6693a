// Run inside an old tree by pretuned-outputs.sh: analyse articles dFROM–dTO of DIR (FROM 0: exNN) with that tree's code and
// print [{ stem, analysis, feats }] (feats from the current src/events/filter.ts, copied into the tree).
// The modules are the old tree's (the working directory), so they are imported by path at run time.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as Analyze from '../../src/analyze.ts';
import type * as DocMod from '../../src/doc.ts';
import type * as FilterMod from '../../src/events/filter.ts';

const here = (p: string) => join(process.cwd(), p);
const { analyze } = (await import(here('src/analyze.ts'))) as typeof Analyze;
const { createDoc } = (await import(here('src/doc.ts'))) as typeof DocMod;
const { eventFeatures } = (await import(here('src/events/filter.ts'))) as typeof FilterMod;

const [dir, from, to] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const out: unknown[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
  const stem = f.slice(0, -'.gold.json'.length);
  // (FROM = 0: the examples, ex01–ex15)
  const n = from === 0 ? (/^ex\d+/.test(stem) ? 0 : NaN) : Number(/^d(\d+)/.exec(stem)?.[1] ?? NaN);
  if (!(n >= from && n <= to)) continue;
  const text = readFileSync(join(dir, `${stem}.txt`), 'utf8');
  const metaPath = join(dir, `${stem}.meta.json`);
  const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {};
  const a = analyze({ text, meta: { ...meta, id: stem } });
  const doc = createDoc(a.text, a.doc);
  const feats = eventFeatures({ doc, events: a.events, entities: a.entities, sources: a.sources, attributions: a.attributions });
  out.push({ stem, analysis: a, feats });
}
process.stdout.write(JSON.stringify(out));
