// Runs the entity stage on a test sentence and checks what every test of it relies on: offsets slice the
// original text and every entity says which rule or entry produced it.
import { expect } from 'vitest';
import type { DocMeta } from '../../src/contract.ts';
import { createDoc } from '../../src/doc.ts';
import { extractEntities } from '../../src/entities/index.ts';

export const runEntities = (text: string, meta: Partial<DocMeta> = {}) => {
  const layer = extractEntities(createDoc(text, { id: 't', language: 'ar', ...meta } as DocMeta));
  for (const e of layer.entities) {
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect((e.evidence ?? []).length).toBeGreaterThan(0);
  }
  return layer.entities;
};
