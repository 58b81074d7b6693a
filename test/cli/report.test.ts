// The plain-text report of `isnad analyze`: events name their sides, entities by name and groups by text.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import { formatReport } from '../../src/cli/report.ts';

describe('formatReport', () => {
  it('shows a group actor without an entity by its text, and an unknown side as ?', () => {
    const text = 'تظاهر المحتجون أمام مقر الحكومة في الخرطوم. وسقطت قذيفة على حي سكني.';
    const a = analyze({ text, meta: { published: '2025-03-02' } });
    const report = formatReport(a);
    const protest = a.events.find((e) => e.type === 'PROTEST');
    expect(protest?.participants?.some((p) => p.role === 'actor' && !p.entity && p.text === 'المحتجون')).toBe(true);
    const line = report.split('\n').find((l) => l.includes(`«${protest!.trigger.text}»`));
    expect(line).toContain('«المحتجون» →');
    expect(report).toMatch(/## Events \(\d+\)/);
  });
});
