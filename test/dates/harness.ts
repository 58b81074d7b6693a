// Shared helpers of the date-form tests: every check asserts the mention is an exact slice of the text and says which
// rule or entry produced it.
import { expect } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';

export function dates(text: string, published?: string) {
  return extractDates(createDoc(text, { id: 't', language: 'ar', ...(published ? { published } : {}) }));
}

/** The mention whose text is `t` (the test fails when there is none). */
export function get(text: string, published: string | undefined, t: string) {
  const ds = dates(text, published);
  const d = ds.find((x) => x.text === t);
  expect(d, `no mention "${t}" in ${JSON.stringify(ds.map((x) => [x.text, x.value]))}`).toBeDefined();
  expect(text.slice(d!.start, d!.end)).toBe(t);
  expect(d!.evidence?.length).toBeGreaterThan(0);
  return d!;
}

export const val = (text: string, published: string | undefined, t: string) => get(text, published, t).value;
export const texts = (text: string, published?: string) => dates(text, published).map((d) => d.text);
