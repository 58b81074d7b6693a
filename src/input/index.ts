// Reading articles: plain UTF-8 text (with an optional sidecar STEM.meta.json) or HTML (main article
// extracted with @mozilla/readability on linkedom). Shared by `isnad analyze` and the archive's ingest.
import { readFileSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isValidDay, readDate } from './dates.ts';

export { isValidDatePrefix, isValidDay, readDate, type DateReading } from './dates.ts';

/** A problem with the input that the user can fix; `message` is one line naming the input. */
export class InputError extends Error {}

export interface ArticleMeta {
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD */
  published?: string;
  url?: string;
  byline?: string;
  /** ISO 3166-1 alpha-2, upper case */
  country?: string;
}

export interface ArticleInput {
  text: string;
  meta: ArticleMeta;
  format: 'text' | 'html';
  /** Where it came from (a path, "-" for stdin, or a URL). */
  origin?: string;
}

const SNIFF = 8192;

/**
 * Decode bytes as UTF-8, refusing binary data (NUL bytes or many control characters in the first 8 KB)
 * and invalid UTF-8. A leading BOM is removed.
 */
export function decodeUtf8Strict(buf: Uint8Array, name = 'input'): string {
  const head = buf.subarray(0, SNIFF);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new InputError(`${name}: binary file (contains NUL bytes), expected UTF-8 text or HTML`);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (head.length > 0 && control / head.length > 0.1) throw new InputError(`${name}: binary file, expected UTF-8 text or HTML`);
  let s: string;
  try {
    s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // many Arabic sites still serve windows-1256 pages and feeds that say so in <meta charset> or <?xml encoding>
    const declared = declaredCharset(head);
    if (declared) {
      try {
        s = new TextDecoder(declared, { fatal: true }).decode(buf);
        return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
      } catch {
        throw new InputError(`${name}: not valid ${declared} although the page declares it (${describeBadByte(buf)})`);
      }
    }
    throw new InputError(`${name}: not valid UTF-8 (${describeBadByte(buf)}); convert it to UTF-8 first`);
  }
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Legacy single-byte encodings an HTML page or XML feed may declare (UTF-8 and unknown names: none). */
const LEGACY_CHARSETS = new Map([
  ['windows-1256', 'windows-1256'], ['cp1256', 'windows-1256'], ['x-cp1256', 'windows-1256'],
  ['iso-8859-6', 'iso-8859-6'], ['iso8859-6', 'iso-8859-6'], ['arabic', 'iso-8859-6'], ['asmo-708', 'iso-8859-6'],
  ['windows-1252', 'windows-1252'], ['iso-8859-1', 'windows-1252'], ['latin1', 'windows-1252'],
]);

/** The charset an HTML page (<meta charset>, http-equiv) or XML document (<?xml encoding>) declares in its head. */
export function declaredCharset(head: Uint8Array): string | undefined {
  // ASCII view of the first bytes: declarations are ASCII in every encoding we accept
  let ascii = '';
  for (let i = 0; i < Math.min(head.length, 4096); i++) ascii += head[i] < 0x80 ? String.fromCharCode(head[i]) : ' ';
  const m = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(ascii) ?? /<meta\b[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(ascii);
  return m ? LEGACY_CHARSETS.get(m[1].toLowerCase()) : undefined;
}

function describeBadByte(buf: Uint8Array): string {
  // find the first invalid sequence to tell the user where it is
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > buf.length) return `bad byte 0x${b.toString(16)} at offset ${i}`;
    for (let k = 1; k < len; k++) if ((buf[i + k] & 0xc0) !== 0x80) return `bad byte 0x${b.toString(16)} at offset ${i}`;
    i += len;
  }
  return 'invalid sequence';
}

/** Does this text look like an HTML document (rather than plain text)? */
export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 2048).trimStart().toLowerCase();
  if (/^<(!doctype\s+html|html|head|body|article|meta)\b/.test(head)) return true;
  if (head.startsWith('<?xml') && head.includes('<html')) return true;
  // a fragment: starts with a tag and carries paragraph or div markup
  return head.startsWith('<') && /<\/(p|div|h[1-6]|article|section)>/.test(s.slice(0, 65536).toLowerCase());
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE',
  'TD', 'TH', 'DD', 'DT', 'FIGCAPTION', 'HEADER', 'FOOTER', 'UL', 'OL', 'TABLE', 'TR', 'BR', 'HR', 'FIGURE', 'MAIN', 'ASIDE']);
// page furniture is never article text, also when Readability keeps it on a short page or finds no article:
// menus, side boxes ("الأكثر قراءة"), footers ("جميع الحقوق محفوظة"), buttons. Not <form>: ASP.NET sites
// wrap the whole page, article included, in one.
const FURNITURE_TAGS = ['NAV', 'ASIDE', 'FOOTER', 'BUTTON', 'SELECT', 'DIALOG'];
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', ...FURNITURE_TAGS]);
const SKIP_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'dialog']);
const FURNITURE = [...FURNITURE_TAGS.map((t) => t.toLowerCase()), ...[...SKIP_ROLES].map((r) => `[role="${r}"]`)].join(', ');

/** Text of an element with one line per block element (paragraphs and headings stay separate lines). */
function blockText(root: Node): string {
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (t) lines.push(t);
    cur = '';
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) cur += c.textContent ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP.has(tag) || SKIP_ROLES.has((c as Element).getAttribute('role') ?? '')) continue;
        const block = BLOCKS.has(tag);
        if (block) flush();
        walk(c);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/** The day a page's date field states: a YYYY-MM-DD anywhere in it, else any timestamp `readDate` reads (RFC 822…). */
function isoDay(v: string | null | undefined): string | undefined {
  if (!v) return undefined;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return isValidDay(`${m[1]}-${m[2]}-${m[3]}`) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  return readDate(v).day;
}

function jsonLdField(document: Document, field: string): string | undefined {
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findField(JSON.parse(s.textContent ?? ''), field, 0);
      if (found) return found;
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  return undefined;
}

function findField(v: unknown, field: string, depth: number): string | undefined {
  if (depth > 6 || v === null || typeof v !== 'object') return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const f = findField(x, field, depth + 1);
      if (f) return f;
    }
    return undefined;
  }
  const o = v as Record<string, unknown>;
  const direct = o[field];
  if (typeof direct === 'string') return direct;
  if (direct && typeof direct === 'object' && typeof (direct as Record<string, unknown>).name === 'string') return (direct as { name: string }).name;
  for (const k of Object.keys(o)) {
    const f = findField(o[k], field, depth + 1);
    if (f) return f;
  }
  return undefined;
}

function metaContent(document: Document, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    if (v && v.trim()) return v.trim();
  }
  return undefined;
}

/** Extract the main article (text with one paragraph a line, and its metadata) from an HTML page. */
export function articleFromHtml(html: string, url?: string): ArticleInput {
  const { document } = parseHTML(html);
  // metadata first: Readability mutates the document
  const published = isoDay(metaContent(document, [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]',
    'meta[property="og:published_time"]',
  ])) ?? isoDay(jsonLdField(document, 'datePublished')) ?? isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const siteName = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ??
    jsonLdField(document, 'publisher');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    metaContent(document, ['meta[property="og:url"]']);
  // furniture out before Readability: on a short page it keeps the menu along with the one paragraph
  for (const el of [...document.querySelectorAll(FURNITURE)]) el.remove();
  let parsed: ReturnType<Readability<string>['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    parsed = null;
  }
  let text = '';
  if (parsed?.content) {
    const { document: frag } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = blockText(frag.body);
  }
  if (!text.trim()) {
    // Readability found no article: fall back to the whole body
    const { document: again } = parseHTML(html);
    text = again.body ? blockText(again.body) : '';
  }
  const meta: ArticleMeta = {};
  const outlet = parsed?.siteName?.trim() || siteName;
  if (outlet) meta.outlet = outlet;
  let title = parsed?.title?.trim() || document.querySelector('title')?.textContent?.trim();
  if (title && outlet) title = stripSiteSuffix(title, outlet);
  if (title) meta.title = title;
  const byline = parsed?.byline?.trim();
  if (byline) meta.byline = byline;
  const pub = published ?? isoDay(parsed?.publishedTime ?? undefined);
  if (pub) meta.published = pub;
  const u = url ?? canonical ?? undefined;
  if (u) meta.url = u;
  return { text, meta, format: 'html', origin: url };
}

/** "Headline - Outlet" / "Outlet | Headline" → "Headline". */
function stripSiteSuffix(title: string, outlet: string): string {
  const seps = [' - ', ' | ', ' – ', ' — ', ' :: ', ' « ', ' » '];
  for (const sep of seps) {
    if (title.endsWith(sep + outlet)) return title.slice(0, -(sep + outlet).length).trim() || title;
    if (title.startsWith(outlet + sep)) return title.slice((outlet + sep).length).trim() || title;
  }
  return title;
}

/** Turn decoded input (text or HTML) into an article. */
export function articleFromString(s: string, origin?: string, forceHtml = false): ArticleInput {
  if (forceHtml || looksLikeHtml(s)) {
    const a = articleFromHtml(s, origin && /^https?:\/\//.test(origin) ? origin : undefined);
    return { ...a, origin };
  }
  return { text: s, meta: {}, format: 'text', origin };
}

/** Read a sidecar STEM.meta.json ({title, outlet, published, url}) next to a text file, if there is one. */
export function readSidecar(path: string): ArticleMeta {
  const ext = extname(path);
  const stem = ext ? basename(path, ext) : basename(path);
  const side = join(dirname(path), `${stem}.meta.json`);
  if (!existsSync(side)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(side, 'utf8'));
  } catch (e) {
    throw new InputError(`${side}: invalid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError(`${side}: expected a JSON object`);
  const o = raw as Record<string, unknown>;
  const meta: ArticleMeta = {};
  for (const k of ['title', 'outlet', 'url', 'byline'] as const) if (typeof o[k] === 'string' && o[k]) meta[k] = o[k] as string;
  if (o.published !== undefined) {
    if (typeof o.published !== 'string' || !isValidDay(o.published)) throw new InputError(`${side}: "published" must be a date YYYY-MM-DD, got ${JSON.stringify(o.published)}`);
    meta.published = o.published;
  }
  if (o.country !== undefined) meta.country = checkCountry(o.country, `${side}: "country"`);
  return meta;
}

/** An ISO 3166-1 alpha-2 code (any case) → upper case, or an InputError naming `what`. */
export function checkCountry(v: unknown, what: string): string {
  if (typeof v !== 'string' || !/^[A-Za-z]{2}$/.test(v)) throw new InputError(`${what} must be a two-letter ISO country code such as "JO", got ${JSON.stringify(v)}`);
  return v.toUpperCase();
}

/** Read bytes as an article, refusing empty, binary and non-UTF-8 input. */
export function articleFromBytes(buf: Uint8Array, name: string, opts: { html?: boolean } = {}): ArticleInput {
  if (buf.length === 0) throw new InputError(`${name}: empty file`);
  const s = decodeUtf8Strict(buf, name);
  if (s.trim().length === 0) throw new InputError(`${name}: contains only whitespace`);
  const a = articleFromString(s, name, opts.html);
  if (a.format === 'html' && a.text.trim().length === 0) throw new InputError(`${name}: HTML page without any article text`);
  return a;
}

/** Read an article file (.txt with an optional STEM.meta.json sidecar, or .html). */
export async function readArticleFile(path: string): Promise<ArticleInput> {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? (e as Error).message})`);
  }
  if (st.isDirectory()) throw new InputError(`${path}: is a directory, expected a file`);
  if (!st.isFile()) throw new InputError(`${path}: not a regular file`);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const ext = extname(path).toLowerCase();
  const a = articleFromBytes(buf, path, { html: ext === '.html' || ext === '.htm' });
  const side = readSidecar(path);
  return { ...a, meta: { ...a.meta, ...side }, origin: path };
}

/** Read all of stdin as an article. */
export async function readArticleStdin(): Promise<ArticleInput> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return articleFromBytes(Buffer.concat(chunks), 'stdin');
}
