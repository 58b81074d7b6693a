// Ingest inputs → raw items {text, title, outlet, url, published}. Files: .txt (+ STEM.meta.json sidecar),
// .html/.htm, .json (object or array), .jsonl, .xml/.rss/.atom feeds; directories recursively; http(s) URLs
// (feeds or HTML pages). Strict UTF-8: a file that is not valid UTF-8 is an error for that item.
// Text/HTML decoding, main-article extraction and sidecars come from src/input (shared with `isnad analyze`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { articleFromHtml as inputArticleFromHtml, checkCountry, decodeUtf8Strict, readSidecar } from '../input/index.ts';

export interface RawItem {
  text: string;
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
  /** ISO 3166-1 alpha-2, upper case (a context hint for the analyser) */
  country?: string;
  /** Where it came from (path, path#3, url) for reports. */
  origin: string;
}

/** One unit of input: a file or a URL; may yield several items (arrays, jsonl, feeds). */
export interface InputUnit {
  kind: 'file' | 'url';
  ref: string;
  /** Found by walking a directory (not named by the user): a .json without articles is skipped, not failed. */
  implicit?: boolean;
}

const FILE_EXT = new Set(['.txt', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom']);

/** Expand paths/URLs into units (directories recursively, sorted; sidecars skipped). */
export function expandInputs(inputs: string[]): { units: InputUnit[]; errors: { origin: string; error: string }[] } {
  const units: InputUnit[] = [];
  const errors: { origin: string; error: string }[] = [];
  const walk = (p: string, top: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      errors.push({ origin: p, error: 'no such file or directory' });
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.')) continue;
        walk(join(p, name), false);
      }
      return;
    }
    const lower = p.toLowerCase();
    // sidecars: STEM.meta.json (metadata) and STEM.gold.json (evaluation annotations) are never articles
    if (lower.endsWith('.meta.json') || lower.endsWith('.gold.json')) return;
    if (!top && !FILE_EXT.has(extname(lower))) return;
    units.push(top ? { kind: 'file', ref: p } : { kind: 'file', ref: p, implicit: true });
  };
  for (const i of inputs) {
    if (/^https?:\/\//i.test(i)) units.push({ kind: 'url', ref: i });
    else walk(i, true);
  }
  return { units, errors };
}

/** Strict UTF-8 (src/input): invalid UTF-8 or binary data is an error for that item. */
export function decodeUtf8(buf: Uint8Array, origin: string): string {
  return decodeUtf8Strict(buf, origin);
}

/** 'YYYY-MM-DD' from ISO, RFC 822 or date-only strings; undefined when unparseable. */
export function normDate(v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v).trim();
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (m && !/[T ].*[+-]\d{2}:?\d{2}$|Z$/.test(s)) return `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  return d.toISOString().slice(0, 10);
}

const str = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in (v as Record<string, unknown>)) return str((v as Record<string, unknown>)['#text']);
  return undefined;
};

// ── HTML ──────────────────────────────────────────────────────────────────────────────────────────────

/** Main-article text and metadata of an HTML page (src/input: Readability on linkedom, meta tags, JSON-LD). */
export function articleFromHtml(html: string, url?: string): Omit<RawItem, 'origin'> {
  // a fragment (feed item content) gets a document around it so the parser gives it a <body>
  const doc = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const a = inputArticleFromHtml(doc, url);
  const out: Omit<RawItem, 'origin'> = { text: a.text };
  if (a.meta.title) out.title = a.meta.title.replace(/\s+/g, ' ').trim();
  if (a.meta.outlet) out.outlet = a.meta.outlet;
  if (a.meta.published) out.published = a.meta.published;
  if (a.meta.url && /^https?:\/\//i.test(a.meta.url)) out.url = a.meta.url;
  return out;
}

/** HTML fragment (feed item content) → plain text, through the main-article extraction when long enough. */
export function htmlFragmentToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return articleFromHtml(html).text;
}

// ── JSON / JSONL ──────────────────────────────────────────────────────────────────────────────────────

function fromJsonObject(o: unknown, origin: string): RawItem {
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error(`${origin}: expected an object {text, title, outlet, url, published}`);
  const r = o as Record<string, unknown>;
  // an analysis (contract) is accepted too: its doc carries the metadata
  const doc = (r.doc && typeof r.doc === 'object' ? r.doc : {}) as Record<string, unknown>;
  let text = str(r.text) ?? '';
  if (!text && typeof r.html === 'string') text = articleFromHtml(r.html).text;
  if (typeof r.text === 'string') text = r.text;
  if (!text.trim()) throw new Error(`${origin}: no text`);
  const item: RawItem = { text, origin };
  const title = str(r.title) ?? str(doc.title);
  const outlet = str(r.outlet) ?? str(r.site) ?? str(doc.outlet);
  const url = str(r.url) ?? str(r.link) ?? str(doc.url);
  const published = normDate(r.published ?? r.date ?? doc.published);
  if (title) item.title = title;
  if (outlet) item.outlet = outlet;
  if (url) item.url = url;
  if (published) item.published = published;
  const country = r.country ?? doc.country;
  if (country !== undefined) item.country = checkCountry(country, `${origin}: "country"`);
  return item;
}

// ── feeds ─────────────────────────────────────────────────────────────────────────────────────────────

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name),
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
});

export function looksLikeFeed(s: string): boolean {
  const head = s.slice(0, 2000).replace(/<\?xml[^>]*>/, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

function linkOf(v: unknown): string | undefined {
  if (!Array.isArray(v)) return str(v);
  // Atom: prefer rel=alternate (or no rel)
  let any: string | undefined;
  for (const l of v) {
    if (typeof l === 'string') return l.trim();
    const o = l as Record<string, string>;
    const href = o['@_href'] ?? o['#text'];
    if (!href) continue;
    if (!o['@_rel'] || o['@_rel'] === 'alternate') return href;
    any ??= href;
  }
  return any;
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') return str((v as Record<string, unknown>)['#text']);
  return undefined;
}

export function parseFeed(s: string, origin: string): RawItem[] {
  const doc = xml.parse(s) as Record<string, Record<string, unknown>>;
  const rss = doc.rss?.channel as Record<string, unknown> | undefined;
  const rdf = doc['rdf:RDF'] as Record<string, unknown> | undefined;
  const atom = doc.feed as Record<string, unknown> | undefined;
  const channel = rss ?? (rdf?.channel as Record<string, unknown> | undefined);
  const feedTitle = textOf(channel?.title) ?? textOf(atom?.title);
  const entries = ((rss?.item ?? rdf?.item ?? atom?.entry) ?? []) as Record<string, unknown>[];
  return entries.map((e, i) => {
    const org = `${origin}#${i + 1}`;
    const html = textOf(e['content:encoded']) ?? textOf(e.content) ?? textOf(e.description) ?? textOf(e.summary) ?? '';
    const text = htmlFragmentToText(html);
    const item: RawItem = { text, origin: org };
    const title = textOf(e.title);
    if (title) item.title = htmlFragmentToText(title);
    const url = linkOf(e.link) ?? (typeof e.guid === 'string' && /^https?:/.test(e.guid) ? e.guid : undefined) ?? str(e.id);
    if (url && /^https?:\/\//i.test(url)) item.url = url;
    const published = normDate(textOf(e.pubDate) ?? textOf(e.published) ?? textOf(e.updated) ?? textOf(e['dc:date']));
    if (published) item.published = published;
    const src = e.source as Record<string, unknown> | string | undefined;
    const outlet = (typeof src === 'object' ? textOf(src) : undefined) ?? feedTitle;
    if (outlet) item.outlet = outlet;
    return item;
  });
}

// ── files and URLs ────────────────────────────────────────────────────────────────────────────────────

function sidecar(path: string): Partial<RawItem> {
  const m = readSidecar(path);
  const out: Partial<RawItem> = {};
  if (m.title) out.title = m.title;
  if (m.outlet) out.outlet = m.outlet;
  if (m.url) out.url = m.url;
  if (m.published) out.published = m.published;
  if (m.country) out.country = m.country;
  return out;
}

/** An article-like JSON object: it carries a `text` (or `html`) string. */
const isArticleObject = (o: unknown): boolean =>
  !!o && typeof o === 'object' && !Array.isArray(o) &&
  (typeof (o as Record<string, unknown>).text === 'string' || typeof (o as Record<string, unknown>).html === 'string');

/** A parsed .json holds articles: an article object, or an array with at least one. */
function holdsArticles(v: unknown): boolean {
  return Array.isArray(v) ? v.some(isArticleObject) : isArticleObject(v);
}

/**
 * Items of one file. Multi-item files report per-item errors through `onError` and continue. With
 * `skipNonArticles` (files found in a directory walk), a .json that holds no article objects yields no
 * items instead of an error, so gold files and other JSON beside the articles are ignored.
 */
export function readFileItems(path: string, onError: (origin: string, error: string) => void, skipNonArticles = false): RawItem[] {
  const s = decodeUtf8(readFileSync(path), path);
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    const out: RawItem[] = [];
    s.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      const origin = `${path}:${i + 1}`;
      try {
        out.push(fromJsonObject(JSON.parse(line), origin));
      } catch (e) {
        onError(origin, e instanceof SyntaxError ? `invalid JSON (${e.message})` : (e as Error).message.replace(`${origin}: `, ''));
      }
    });
    return out;
  }
  if (ext === '.json') {
    let v: unknown;
    try {
      v = JSON.parse(s);
    } catch (e) {
      throw new Error(`invalid JSON (${(e as Error).message})`);
    }
    if (skipNonArticles && !holdsArticles(v)) return [];
    if (!Array.isArray(v)) return [fromJsonObject(v, path)];
    const out: RawItem[] = [];
    v.forEach((o, i) => {
      const origin = `${path}#${i + 1}`;
      try {
        out.push(fromJsonObject(o, origin));
      } catch (e) {
        onError(origin, (e as Error).message.replace(`${origin}: `, ''));
      }
    });
    return out;
  }
  if (ext === '.xml' || ext === '.rss' || ext === '.atom' || looksLikeFeed(s)) {
    if (!looksLikeFeed(s)) throw new Error('not an RSS/Atom feed');
    return parseFeed(s, path);
  }
  if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype html|html)/i.test(s)) {
    const a = articleFromHtml(s);
    return [{ ...a, ...sidecar(path), origin: path }];
  }
  const item: RawItem = { text: s, origin: path, ...sidecar(path) };
  return [item];
}

export async function readUrlItems(url: string, timeoutMs = 30000): Promise<RawItem[]> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'isnad/0.1 (+archive ingest)' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const s = decodeUtf8(new Uint8Array(await res.arrayBuffer()), url);
  const ct = res.headers.get('content-type') ?? '';
  if (looksLikeFeed(s) || /(rss|atom)\+xml/.test(ct)) return parseFeed(s, url);
  if (/html/.test(ct) || /^\s*</.test(s)) {
    const a = articleFromHtml(s, url);
    return [{ ...a, url: a.url ?? url, origin: url }];
  }
  return [{ text: s, url, origin: url }];
}

