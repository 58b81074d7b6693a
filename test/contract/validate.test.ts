import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../../src/analyze.ts';
import { validateAnalysis } from '../../src/validate.ts';
import type { Analysis } from '../../src/contract.ts';

const ex = (f: string) => new URL(`../../examples/${f}`, import.meta.url);
const seedText = readFileSync(ex('000_60db55bcef7aaadf.txt'), 'utf8');
const seed = analyze({ text: seedText, meta: { published: '2020-08-20', outlet: 'عربي بوست' } });
const clone = (a: Analysis): Analysis => structuredClone(a);

describe('validateAnalysis on real output', () => {
  it('accepts the seed analysis, which has content in every layer', () => {
    const r = validateAnalysis(seed);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(seed.entities.length).toBeGreaterThan(5);
    expect(seed.attributions.length).toBeGreaterThan(3);
    expect(seed.paragraphs).toHaveLength(33);
  });
  it('accepts the analysis of every example article and survives a JSON round trip', () => {
    const files = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const a = analyze({ text: readFileSync(ex(f), 'utf8') });
      const r = validateAnalysis(JSON.parse(JSON.stringify(a)));
      expect(r.errors, f).toEqual([]);
    }
  });
  it('accepts hand-made inputs: empty, Latin, quotes, harakat', () => {
    for (const t of ['', 'Hello world. Nothing Arabic here.', 'قال مصدر مطلع لـ"عربي بوست": «لن نقبل».', 'مُحَمَّدٌ زارَ بَغْدادَ\r\n\r\nثم عاد']) {
      const a = analyze({ text: t });
      expect(validateAnalysis(a).errors, t).toEqual([]);
    }
  });
});

describe('validateAnalysis rejects corrupted analyses', () => {
  it('a span whose text does not match', () => {
    const a = clone(seed);
    a.entities[0].mentions[0].start += 1;
    const r = validateAnalysis(a);
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(/span/);
  });
  it('a span past the end of the text', () => {
    const a = clone(seed);
    a.attributions[0].content.end = a.text.length + 5;
    expect(validateAnalysis(a).ok).toBe(false);
  });
  it('a missing required field', () => {
    const a = clone(seed) as Partial<Analysis>;
    delete a.sources;
    const r = validateAnalysis(a);
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(/sources/);
    const b = clone(seed);
    delete (b.entities[0] as Partial<Analysis['entities'][0]>).key;
    expect(validateAnalysis(b).ok).toBe(false);
  });
  it('a bad enum, schema id, or date pattern', () => {
    const a = clone(seed);
    (a.entities[0] as { type: string }).type = 'PERSON';
    expect(validateAnalysis(a).ok).toBe(false);
    const b = clone(seed);
    (b as { schema: string }).schema = 'isnad.analysis/2';
    expect(validateAnalysis(b).ok).toBe(false);
    const c = clone(seed);
    c.doc.published = '2020-13-45';
    expect(validateAnalysis(c).ok).toBe(false);
    const d = clone(seed);
    d.doc.published = '20/08/2020';
    expect(validateAnalysis(d).ok).toBe(false);
  });
  it('dangling references', () => {
    const a = clone(seed);
    a.attributions[0].source = 'S999';
    expect(validateAnalysis(a).errors.join('\n')).toMatch(/S999/);
    const b = clone(seed);
    b.attributions[0].via = ['S998'];
    expect(validateAnalysis(b).ok).toBe(false);
    if (seed.events.length) {
      const c = clone(seed);
      c.events[0].actors = ['E999'];
      expect(validateAnalysis(c).errors.join('\n')).toMatch(/E999/);
      const d = clone(seed);
      d.events[0].attribution = 'A999';
      expect(validateAnalysis(d).ok).toBe(false);
      const e = clone(seed);
      e.events[0].place = 'E998';
      expect(validateAnalysis(e).ok).toBe(false);
    }
    const s = clone(seed);
    const named = s.sources.find((x) => x.entity);
    if (named) {
      named.entity = 'E997';
      expect(validateAnalysis(s).ok).toBe(false);
    }
    const f = clone(seed);
    f.sources[0].affiliation = 'E996';
    expect(validateAnalysis(f).errors.join('\n')).toMatch(/affiliation.*E996/);
    if (seed.events.some((v) => v.participants?.length)) {
      const g = clone(seed);
      g.events.find((v) => v.participants?.length)!.participants![0].entity = 'E995';
      expect(validateAnalysis(g).errors.join('\n')).toMatch(/E995/);
    }
  });
  it('duplicate ids and inconsistent metrics', () => {
    const a = clone(seed);
    a.entities[1].id = a.entities[0].id;
    expect(validateAnalysis(a).errors.join('\n')).toMatch(/duplicate/);
    const b = clone(seed);
    b.metrics.attributions += 1;
    expect(validateAnalysis(b).ok).toBe(false);
  });
  it('non-objects', () => {
    expect(validateAnalysis(null).ok).toBe(false);
    expect(validateAnalysis('x').ok).toBe(false);
  });
});

describe('the JSON Schema file', () => {
  it('compiles under ajv strict mode and requires the contract fields', async () => {
    const { analysisSchema } = await import('../../src/validate.ts');
    const AjvModule = (await import('ajv')) as unknown as { default: { default?: unknown } };
    const Ajv = (AjvModule.default.default ?? AjvModule.default) as new (o: object) => { compile(s: object): unknown };
    const schema = analysisSchema() as { required: string[]; definitions: Record<string, { required?: string[] }> };
    expect(() => new Ajv({ strict: true, allowUnionTypes: true }).compile(schema)).not.toThrow();
    expect(schema.required).toEqual(expect.arrayContaining(['schema', 'doc', 'text', 'paragraphs', 'sentences', 'entities',
      'sources', 'attributions', 'events', 'dates', 'metrics']));
    expect(schema.definitions.span.required).toEqual(['start', 'end', 'text']);
  });
});
