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

type Entities = ReturnType<typeof runEntities>;
/** Names of the entities of one type. */
export const named = (es: Entities, type: string) => es.filter((e) => e.type === type).map((e) => e.name);
/** The entity with this canonical name. */
export const entity = (es: Entities, name: string) => es.find((e) => e.name === name);
/** The mention texts of the entity with this canonical name (empty when there is none). */
export const mentions = (es: Entities, name: string) => (entity(es, name)?.mentions ?? []).map((m) => m.text);
