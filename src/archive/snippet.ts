// Highlighted excerpts of the ORIGINAL text: words are folded and stemmed with the index's own functions
// (stem.ts), so a highlight covers the words the index matched, at original offsets.
import type { Snippet } from './store.ts';
import { normalizeWithMap, toOriginal } from '../text/normalize.ts';
import { altsFolded, stemFolded, type QueryTerm } from './stem.ts';

const WINDOW = 90; // characters of context either side of a match
const MAX_SNIPPETS = 2;

const WORD = /[\p{L}\p{N}]+/gu;
const TRAILING_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;
const MAX_MATCHES = 500;

/**
 * Words of `text` the index would match for `terms`: one pass over the folded text (normalizeWithMap), and
 * since stems and alternative forms are suffixes of the folded word, only words ending in a query form are
 * stemmed. Offsets map back to the original (trailing harakat included).
 */
function matchSpans(text: string, terms: QueryTerm[]): { start: number; end: number }[] {
  if (!terms.length || !text) return [];
  const forms = new Set(terms.flatMap((t) => t.forms));
  const list = [...forms];
  const n = normalizeWithMap(text);
  const out: { start: number; end: number }[] = [];
  for (const m of n.text.matchAll(WORD)) {
    const w = m[0];
    if (!list.some((f) => w.endsWith(f))) continue;
    if (!(forms.has(stemFolded(w)) || altsFolded(w).some((a) => forms.has(a)))) continue;
    const o = toOriginal(n, m.index!, m.index! + w.length);
    let end = o.end;
    while (end < text.length && TRAILING_MARKS.test(text[end])) end++;
    out.push({ start: o.start, end });
    if (out.length >= MAX_MATCHES) break;
  }
  return out;
}

/** Cut [s,e) widened to word boundaries (spaces), never beyond the text. */
function widen(text: string, s: number, e: number): [number, number] {
  let a = Math.max(0, s);
  let b = Math.min(text.length, e);
  if (a > 0) {
    const sp = text.lastIndexOf(' ', a);
    const nl = text.lastIndexOf('\n', a);
    a = Math.max(sp, nl) >= 0 && a - Math.max(sp, nl) < 20 ? Math.max(sp, nl) + 1 : a;
  }
  if (b < text.length) {
    const sp = text.indexOf(' ', b);
    if (sp >= 0 && sp - b < 20) b = sp;
  }
  return [a, b];
}

function excerpt(text: string, field: 'title' | 'text', spans: { start: number; end: number }[], from: number, to: number): Snippet {
  const [a, b] = widen(text, from, to);
  const raw = text.slice(a, b);
  // collapse line breaks for display without changing offsets (same length)
  const shown = raw.replace(/[\r\n\t]/g, ' ');
  return {
    text: shown, offset: a, field,
    highlights: spans.filter((m) => m.start >= a && m.end <= b).map((m) => ({ start: m.start - a, end: m.end - a })),
  };
}

export function buildSnippets(text: string, title: string, terms: QueryTerm[]): {
  snippets: Snippet[]; matches: { start: number; end: number; text: string }[];
} {
  const matches = matchSpans(text, terms);
  const snippets: Snippet[] = [];
  const titleMatches = matchSpans(title, terms);
  if (titleMatches.length) snippets.push(excerpt(title, 'title', titleMatches, 0, title.length));
  let covered = -1;
  for (const m of matches) {
    if (snippets.filter((s) => s.field === 'text').length >= MAX_SNIPPETS) break;
    if (m.start < covered) continue;
    const from = m.start - WINDOW;
    const to = m.end + WINDOW;
    const sn = excerpt(text, 'text', matches, from, to);
    snippets.push(sn);
    covered = sn.offset + sn.text.length;
  }
  if (!snippets.some((s) => s.field === 'text') && text) snippets.push(excerpt(text, 'text', [], 0, 2 * WINDOW));
  return { snippets, matches: matches.map((m) => ({ ...m, text: text.slice(m.start, m.end) })) };
}

/** Terminal rendering: bold (or [brackets] when not a TTY). */
export function renderSnippet(s: Snippet, tty: boolean): string {
  let out = '';
  let pos = 0;
  for (const h of s.highlights) {
    out += s.text.slice(pos, h.start);
    const w = s.text.slice(h.start, h.end);
    out += tty ? `\x1b[1m${w}\x1b[22m` : `[${w}]`;
    pos = h.end;
  }
  out += s.text.slice(pos);
  return (s.offset > 0 ? '…' : '') + out.trim() + '…';
}
