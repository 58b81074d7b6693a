// Entity precision/recall against hand-written gold: examples/ (tuning set) and gold/ (measurement only).
// Prints the dev figures and asserts floors the stage reaches; the floors guard against regressions.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateEntities as scoreDir } from '../../src/eval/entities.ts';

const has = (dir: string) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.gold.json'));

describe('entity P/R on gold articles', () => {
  it.skipIf(!has('examples'))('examples/: precision and recall floors', () => {
    const r = scoreDir('examples');
    console.log(`examples entities: P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} F1=${r.f1.toFixed(3)} over ${r.files.length} files`);
    expect(r.precision).toBeGreaterThanOrEqual(0.6);
    expect(r.recall).toBeGreaterThanOrEqual(0.5);
  });

  it.skipIf(!has('gold'))('gold/: precision and recall floors (measurement only)', () => {
    // no figures printed: developers running tests while tuning must not see test-set totals
    const r = scoreDir('gold');
    expect(r.precision).toBeGreaterThanOrEqual(0.75);
    expect(r.recall).toBeGreaterThanOrEqual(0.6);
  });
});

describe('scoreEntities', () => {
  it('matches by type and name or shared mention, once per gold entity, with per-type counts', async () => {
    const { scoreEntities } = await import('../../src/eval/entities.ts');
    const ent = (id: string, type: 'PER' | 'ORG' | 'LOC', name: string, mention: string) =>
      ({ id, type, name, mentions: [{ start: 0, end: mention.length, text: mention }] }) as never;
    const r = scoreEntities(
      [ent('E1', 'PER', 'مصطفى الكاظمي', 'الكاظمي'), ent('E2', 'LOC', 'بغداد', 'بغداد'), ent('E3', 'ORG', 'بغداد', 'بغداد'), ent('E4', 'PER', 'الكاظمي', 'الكاظمي')],
      [{ type: 'PER', name: 'مصطفى الكاظمي', mentions: ['الكاظمي'] }, { type: 'LOC', name: 'بغداد' }, { type: 'ORG', name: 'الأمم المتحدة' }],
    );
    expect([r.matched, r.predicted, r.gold]).toEqual([2, 4, 3]);
    expect(r.byType.ORG).toEqual({ gold: 1, predicted: 1, matched: 0 });
    expect(r.spurious).toEqual(['ORG:بغداد', 'PER:الكاظمي']);
    expect(r.missed).toEqual(['ORG:الأمم المتحدة']);
  });
});
