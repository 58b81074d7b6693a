// Ingest inputs → raw items {text, title, outlet, url, published}. Files: .txt (+ STEM.meta.json sidecar),
// .html/.htm, .json (object or array), .jsonl, .xml/.rss/.atom feeds; directories recursively; http(s) URLs
// (feeds or HTML pages). Strict UTF-8: a file that is not valid UTF-8 is an error for that item.
// Text/HTML decoding, main-article extraction and sidecars come from src/input (shared with `isnad analyze`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { articleFromHtml as inputArticleFromHtml, checkCountry, decodeUtf8Strict, readDate, readSidecar } from '../input/index.ts';

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
  /** Problems that did not stop the item (an impossible date left out…), one line each, without the origin. */
  warnings?: string[];
}

/** Set the item's publication day from a raw date, or note why it has none. */
function setPublished(item: RawItem, raw: unknown): void {
  const r = readDate(raw);
  if (r.day) item.published = r.day;
  else if (r.warning) (item.warnings ??= []).push(r.warning);
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

/** 'YYYY-MM-DD' from ISO, RFC 822 or date-only strings (the day the timestamp states); undefined when unparseable or impossible. */
export function normDate(v: unknown): string | undefined {
  return readDate(v).day;
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
  if (title) item.title = title;
  if (outlet) item.outlet = outlet;
  if (url) item.url = url;
  setPublished(item, r.published ?? r.date ?? doc.published);
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

/** The link of an item or channel; Atom: rel="alternate" (or no rel) first, else `rel` when given. */
function linkOf(v: unknown, rel?: string): string | undefined {
  // a single <atom:link/> (not listed as an array by the parser) is an object of attributes
  const list = Array.isArray(v) ? v : v && typeof v === 'object' && '@_href' in v ? [v] : null;
  if (!list) return rel ? undefined : str(v);
  let any: string | undefined;
  for (const l of list) {
    if (typeof l === 'string') {
      if (rel) continue;
      return l.trim();
    }
    const o = l as Record<string, string>;
    const href = (o['@_href'] ?? o['#text'])?.trim();
    if (!href) continue;
    if (rel) {
      if (o['@_rel'] === rel) return href;
      continue;
    }
    if (!o['@_rel'] || o['@_rel'] === 'alternate') return href;
    any ??= href;
  }
  return rel ? undefined : any;
}

const isHttp = (u: string | undefined): u is string => !!u && /^https?:\/\//i.test(u);

/** `ref` resolved against `base` (both may be missing or relative): an absolute http(s) URL, or undefined. */
function resolveUrl(ref: string | undefined, base: string | undefined): string | undefined {
  if (!ref) return undefined;
  if (isHttp(ref)) return ref;
  if (!isHttp(base)) return undefined;
  try {
    const u = new URL(ref, base).toString();
    return isHttp(u) ? u : undefined;
  } catch {
    return undefined;
  }
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') return str((v as Record<string, unknown>)['#text']);
  return undefined;
}

/**
 * The items of an RSS/Atom feed. `origin` is the feed's path or URL. Relative item links are resolved against
 * (in order) an `xml:base`, then for RSS the channel link or its atom:link rel="self", for Atom the feed's own URL
 * or its rel="self" / rel="alternate" link, then the URL the feed was fetched from; a feed read from a file whose
 * channel gives no absolute base leaves such an item without a URL. `fetchedFrom`: the URL the feed came from when
 * it differs from `origin` (after redirects).
 */
export function parseFeed(s: string, origin: string, fetchedFrom?: string): RawItem[] {
  const doc = xml.parse(s) as Record<string, Record<string, unknown>>;
  const rss = doc.rss?.channel as Record<string, unknown> | undefined;
  const rdf = doc['rdf:RDF'] as Record<string, unknown> | undefined;
  const atom = doc.feed as Record<string, unknown> | undefined;
  const channel = rss ?? (rdf?.channel as Record<string, unknown> | undefined);
  const feedTitle = textOf(channel?.title) ?? textOf(atom?.title);
  const entries = ((rss?.item ?? rdf?.item ?? atom?.entry) ?? []) as Record<string, unknown>[];
  const fetched = isHttp(fetchedFrom) ? fetchedFrom : isHttp(origin) ? origin : undefined;
  const attr = (o: Record<string, unknown> | undefined, k: string) => (typeof o?.[k] === 'string' ? (o[k] as string).trim() : undefined);
  const feedBase = resolveUrl(attr(atom ?? doc.rss ?? rdf, '@_xml:base') ?? attr(channel, '@_xml:base'), fetched);
  const base = feedBase ?? (atom
    // Atom (RFC 4287): relative references resolve against the document's URI (rel="self" names it)
    ? fetched ?? resolveUrl(linkOf(atom.link, 'self'), undefined) ?? resolveUrl(linkOf(atom.link), undefined)
    // RSS: links are meant to be absolute; relative ones are written against the site (the channel link)
    : resolveUrl(linkOf(channel?.link), fetched) ?? resolveUrl(linkOf(channel?.['atom:link'], 'self'), undefined) ?? fetched);
  return entries.map((e, i) => {
    const org = `${origin}#${i + 1}`;
    const html = textOf(e['content:encoded']) ?? textOf(e.content) ?? textOf(e.description) ?? textOf(e.summary) ?? '';
    const text = htmlFragmentToText(html);
    const item: RawItem = { text, origin: org };
    const title = textOf(e.title);
    if (title) item.title = htmlFragmentToText(title);
    const itemBase = resolveUrl(attr(e, '@_xml:base'), base) ?? base;
    // a guid is the article's address unless it says isPermaLink="false"
    const guid = (e.guid as Record<string, unknown> | undefined)?.['@_isPermaLink'] === 'false' ? undefined : textOf(e.guid)?.trim();
    const id = str(e.id);
    const url = resolveUrl(linkOf(e.link), itemBase) ?? (isHttp(guid) ? guid : undefined) ?? (isHttp(id) ? id : undefined);
    if (url) item.url = url;
    setPublished(item, textOf(e.pubDate) ?? textOf(e.published) ?? textOf(e.updated) ?? textOf(e['dc:date']));
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

class HttpStatusError extends Error {}

/** Network error codes in words (the code itself is kept in the message, for searching). */
const NET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused', ENOTFOUND: 'host not found', EAI_AGAIN: 'host name lookup failed (DNS unreachable?)',
  ECONNRESET: 'connection reset', ETIMEDOUT: 'connection timed out', EHOSTUNREACH: 'host unreachable', ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed', UND_ERR_CONNECT_TIMEOUT: 'connection timed out', UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
  UND_ERR_BODY_TIMEOUT: 'the body stopped arriving', UND_ERR_SOCKET: 'connection closed by the server',
};

/**
 * One line saying why a fetch failed. Node's fetch throws TypeError("fetch failed") and keeps the reason in
 * `cause` (a system error, a TLS error, sometimes an AggregateError when several addresses were tried).
 */
export function fetchErrorMessage(e: unknown, timeoutMs?: number): string {
  const err = e as Error & { cause?: unknown };
  if (err?.name === 'TimeoutError') return `no answer within ${Math.round((timeoutMs ?? 0) / 1000)}s (timeout)`;
  let c = (err?.cause ?? err) as (Error & { code?: string; errors?: unknown[]; address?: string; port?: number; hostname?: string; cause?: unknown }) | undefined;
  // undici sometimes wraps once more; an AggregateError (IPv6 and IPv4 both refused) carries the per-address errors
  if (c && !c.code && (c.cause as { code?: string } | undefined)?.code) c = c.cause as typeof c;
  const first = (c?.errors?.[0] ?? undefined) as typeof c;
  const code = c?.code ?? first?.code;
  const where = c?.address ? `${c.address}${c.port ? `:${c.port}` : ''}` : first?.address ? `${first.address}${first.port ? `:${first.port}` : ''}` : c?.hostname ?? '';
  const detail = (c?.message ?? '').split('\n')[0];
  if (code && /CERT|SELF_SIGNED|ISSUER|TLS|SSL|_KEY_/i.test(code)) return `TLS certificate error (${code}: ${detail || code})`;
  if (code && NET_ERRORS[code]) return `${NET_ERRORS[code]} (${code}${where ? ` ${where}` : ''})`;
  if (code) return `${detail || 'network error'} (${code})`;
  if (c && c !== err && detail) return detail;
  return (err?.message ?? String(e)).split('\n')[0];
}

export async function readUrlItems(url: string, timeoutMs = 30000): Promise<RawItem[]> {
  let res: Response;
  let buf: Uint8Array;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'isnad/0.1 (+archive ingest)' } });
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw new HttpStatusError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    buf = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    if (e instanceof HttpStatusError) throw e;
    throw new Error(`cannot fetch: ${fetchErrorMessage(e, timeoutMs)}`);
  }
  const s = decodeUtf8(buf, url);
  const ct = res.headers.get('content-type') ?? '';
  if (looksLikeFeed(s) || /(rss|atom)\+xml/.test(ct)) return parseFeed(s, url, res.url || url);
  if (/html/.test(ct) || /^\s*</.test(s)) {
    const a = articleFromHtml(s, url);
    return [{ ...a, url: a.url ?? url, origin: url }];
  }
  return [{ text: s, url, origin: url }];
}

