// Entity precision/recall against hand-written gold: examples/ (tuning set) and gold/ (measurement only).
// Prints the figures and asserts floors the stage reaches; the floors guard against regressions.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreDir } from '../../src/entities/eval.ts';

const has = (dir: string) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.gold.json'));

describe('entity P/R on gold articles', () => {
  it.skipIf(!has('examples'))('examples/: precision and recall floors', () => {
    const r = scoreDir('examples');
    console.log(`examples entities: P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} F1=${r.f1.toFixed(3)} over ${r.files.length} files`);
    expect(r.precision).toBeGreaterThanOrEqual(0.6);
    expect(r.recall).toBeGreaterThanOrEqual(0.5);
  });

  it.skipIf(!has('gold'))('gold/: precision and recall floors (measurement only)', () => {
    const r = scoreDir('gold');
    console.log(`gold entities: P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} F1=${r.f1.toFixed(3)} over ${r.files.length} files`);
    expect(r.precision).toBeGreaterThanOrEqual(0.75);
    expect(r.recall).toBeGreaterThanOrEqual(0.6);
  });
});
