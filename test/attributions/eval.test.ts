// The attribution evaluator on a tiny hand-made gold directory.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { evaluateDir, labelsOverlap, overlapScore, scoreDocument, scoresOf } from '../../src/eval/attributions.ts';
import type { Analysis } from '../../src/contract.ts';

const DIR = 'test/attributions/fixtures/eval';

describe('eval attributions', () => {
  it('matches by content overlap and counts misses', () => {
    const r = evaluateDir(DIR);
    expect(r.docs.map((d) => d.stem)).toEqual(['01-rabat-tax', '02-oran-water']);
    expect(r.total.gold).toBe(6);
    expect(r.total.predicted).toBe(5);
    expect(r.total.matched).toBe(5);
    expect(r.scores.precision).toBe(1);
    expect(r.scores.recall).toBeCloseTo(0.833, 3);
    expect(r.scores.speakerAccuracy).toBe(1);
    expect(r.scores.coref.f1).toBe(1);
    expect(r.docs[1].errors.some((e) => e.type === 'missed' && e.text.startsWith('الوضع لا يحتمل'))).toBe(true);
  });

  it('penalises a wrong speaker, a wrong kind and split sources', () => {
    const text = 'قال أحمد إن الطقس جميل اليوم. وقال سعيد إن المطر قادم غدا.';
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const analysis = {
      text,
      entities: [],
      sources: [{ id: 'S1', kind: 'named', label: 'أحمد', entity: null, mentions: [span('أحمد')] }],
      attributions: [
        { id: 'A1', kind: 'direct', source: 'S1', cue: span('قال'), content: span('الطقس جميل اليوم') },
        { id: 'A2', kind: 'indirect', source: 'S1', cue: span('وقال'), content: span('المطر قادم') },
      ],
    } as unknown as Analysis;
    const gold = {
      sources: [
        { id: 'G1', kind: 'named', label: 'أحمد', entity: 'أحمد' },
        { id: 'G2', kind: 'named', label: 'سعيد', entity: 'سعيد' },
      ],
      attributions: [
        { source: 'G1', kind: 'indirect' as const, content: 'الطقس جميل اليوم' },
        { source: 'G2', kind: 'indirect' as const, content: 'المطر قادم غدا' },
      ],
    };
    const d = scoreDocument('x', analysis, gold);
    const s = scoresOf(d.counts);
    expect(d.counts.matched).toBe(2);
    expect(s.kindAccuracy).toBe(0.5);
    expect(s.speakerAccuracy).toBe(0.5);
    // one predicted same-source pair that gold splits
    expect(d.counts.corefPred).toBe(1);
    expect(d.counts.corefGold).toBe(0);
    expect(s.coref.precision).toBe(0);
  });

  it('scores overlap and labels sensibly', () => {
    const t = 'أ ب ج د ه و ز';
    expect(overlapScore(t, { start: 0, end: 7 }, { start: 0, end: 7 })).toBe(1);
    expect(overlapScore(t, { start: 0, end: 3 }, { start: 8, end: 13 })).toBe(0);
    expect(labelsOverlap('مصدر مطلع على اللقاء من الجانب الإيراني', 'المصدر المطلع على الاجتماع، من الجانب الإيراني')).toBe(true);
    expect(labelsOverlap('قائد شبه عسكري', 'أحد قادة الفصائل المسلحة')).toBe(false);
  });

  it('runs from the command line with --json', () => {
    const out = execFileSync('node', ['bin/isnad.js', 'eval', 'attributions', DIR, '--json'], { encoding: 'utf8' });
    const j = JSON.parse(out);
    expect(j.documents).toHaveLength(2);
    expect(j.scores.f1).toBeGreaterThan(0.8);
    expect(() => execFileSync('node', ['bin/isnad.js', 'eval', 'attributions', 'no/such/dir'], { stdio: 'pipe' })).toThrow();
  });
});
