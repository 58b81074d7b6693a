// Runs entities + attributions on a test sentence and checks what every test of them relies on: cue and
// content offsets slice the original text, and attributions and sources carry evidence.
import { expect } from 'vitest';
import type { DocMeta } from '../../src/contract.ts';
import { createDoc } from '../../src/doc.ts';
import { extractEntities } from '../../src/entities/index.ts';
import { extractAttributions } from '../../src/attributions/index.ts';

export function runAttributions(text: string, meta: Partial<DocMeta> = {}) {
  const doc = createDoc(text, { id: 't', language: 'ar', ...meta } as DocMeta);
  const ents = extractEntities(doc);
  const layer = extractAttributions(doc, ents);
  for (const a of layer.attributions) {
    expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text);
    expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text);
    expect(a.evidence?.length).toBeGreaterThan(0);
  }
  for (const s of layer.sources) expect(s.evidence?.length).toBeGreaterThan(0);
  const src = (id: string) => layer.sources.find((s) => s.id === id)!;
  const entName = (id: string | null | undefined) => ents.entities.find((e) => e.id === id)?.name;
  return { ...layer, ents, src, entName };
}

/** runAttributions plus lookups by the start of a content: the attribution, its speaker, source kind and relays. */
export function runQueries(text: string, meta: Partial<DocMeta> = {}) {
  const layer = runAttributions(text, meta);
  const { src, entName } = layer;
  const find = (content: string) => layer.attributions.find((x) => x.content.text.startsWith(content));
  const one = (content: string) => {
    const a = find(content);
    expect(a, `no attribution starting "${content}"`).toBeDefined();
    return a!;
  };
  /** the speaker's entity name, else the source label */
  const speaker = (content: string) => {
    const a = one(content);
    return entName(src(a.source).entity) ?? src(a.source).label;
  };
  const kind = (content: string) => src(one(content).source).kind;
  const via = (content: string) => (one(content).via ?? []).map((v) => src(v).label);
  return { ...layer, find, one, speaker, kind, via };
}
