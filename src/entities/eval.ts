// Entity-level precision/recall of the entity stage against hand-written gold (docs/gold-format.md).
// A predicted entity matches a gold entity of the same type when their normalised names are equal or
// when one of the gold mention strings equals one of the predicted mention texts (clitics excluded on
// both sides); each gold entity is matched at most once.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../doc.ts';
import { normalize } from '../text/normalize.ts';
import { extractEntities } from './index.ts';

export interface GoldEntity { type: string; name: string; mentions?: string[] }
export interface EntityScore { gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number; missed: string[]; spurious: string[] }

export function scoreEntities(text: string, gold: GoldEntity[], types = ['PER', 'ORG', 'LOC']): EntityScore {
  const layer = extractEntities(createDoc(text, { id: 'eval', language: 'ar' }));
  const pred = layer.entities.filter((e) => types.includes(e.type));
  const g = gold.filter((e) => types.includes(e.type));
  const used = new Set<number>();
  let matched = 0;
  const spurious: string[] = [];
  for (const p of pred) {
    const pn = normalize(p.name);
    const pm = new Set(p.mentions.map((m) => normalize(m.text)));
    // same name, a shared mention, or one mention contained in the other ("فرانس برس" ⊂ "وكالة فرانس برس")
    const pms = [...pm];
    const near = (m: string) => pm.has(m) || pms.some((q) => (q.length >= 4 && m.includes(q)) || (m.length >= 4 && q.includes(m)));
    const k = g.findIndex((x, i) => !used.has(i) && x.type === p.type && (normalize(x.name) === pn || (x.mentions ?? []).some((m) => near(normalize(m)))));
    if (k >= 0) { used.add(k); matched++; } else spurious.push(`${p.type}:${p.name}`);
  }
  const missed = g.filter((_, i) => !used.has(i)).map((x) => `${x.type}:${x.name}`);
  const precision = pred.length ? matched / pred.length : 1;
  const recall = g.length ? matched / g.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold: g.length, predicted: pred.length, matched, precision, recall, f1, missed, spurious };
}

/** Score every STEM.txt with a STEM.gold.json in `dir`; micro-averaged totals plus per-file detail. */
export function scoreDir(dir: string): { files: (EntityScore & { file: string })[]; precision: number; recall: number; f1: number } {
  const files: (EntityScore & { file: string })[] = [];
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
      const stem = f.slice(0, -'.gold.json'.length);
      const txt = join(dir, stem + '.txt');
      if (!existsSync(txt)) continue;
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { entities?: GoldEntity[] };
      files.push({ file: stem, ...scoreEntities(readFileSync(txt, 'utf8'), gold.entities ?? []) });
    }
  }
  const m = files.reduce((a, s) => a + s.matched, 0);
  const p = files.reduce((a, s) => a + s.predicted, 0);
  const g = files.reduce((a, s) => a + s.gold, 0);
  const precision = p ? m / p : 1, recall = g ? m / g : 1;
  return { files, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
