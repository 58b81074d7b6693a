// Session-7 product audit of the web UI in Debian's chromium: the link back to the original article (http(s)
// only, never a javascript: URL from stored data), and files the analyse view must refuse (binary, non-UTF-8)
// or decode (a windows-1256 page that declares its charset).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { analyze } from '../../src/analyze.ts';
import { openStore, type Store } from '../../src/archive/index.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { DIST, ensureWebBuild, HAVE_CHROMIUM, launchChromium } from './browser.ts';

const TEXT = 'قال وزير الخارجية الأردني أيمن الصفدي في عمان إن المحادثات مع العراق «مثمرة».';

function cp1256(s: string): Buffer {
  const dec = new TextDecoder('windows-1256');
  const rev = new Map<string, number>();
  for (let b = 0; b < 256; b++) rev.set(dec.decode(new Uint8Array([b])), b);
  return Buffer.from([...s].map((ch) => rev.get(ch) ?? 0x3f));
}

describe.skipIf(!HAVE_CHROMIUM)('web UI audit (session 7)', () => {
  let dir: string;
  let store: Store;
  let srv: RunningServer;
  let ctx: BrowserContext;
  let page: Page;
  let linked: string;
  let hostile: string;
  const problems: string[] = [];

  beforeAll(async () => {
    ensureWebBuild();
    dir = mkdtempSync(join(tmpdir(), 'isnad-audit-s7-ui-'));
    store = await openStore(join(dir, 'a.db'));
    linked = (await store.putAnalysis(analyze({ text: TEXT, meta: { title: 'خبر بالرابط', outlet: 'الغد', published: '2024-03-05', url: 'https://news.example.jo/a/1?x=1&y=2' } }))).id;
    hostile = (await store.putAnalysis(analyze({ text: TEXT.replace('مثمرة', 'صعبة'), meta: { title: 'رابط خبيث', url: 'javascript:window.__pwned=9' } }))).id;
    srv = await startServer({ store, port: 0, staticDir: DIST });
    ({ ctx, page } = await launchChromium(join(dir, 'profile'), problems));
  }, 180_000);

  afterAll(async () => {
    await ctx?.close().catch(() => {});
    await srv?.close();
    await store?.close().catch(() => {});
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('an article page links to the original (new tab, no referrer); a javascript: URL is never a link', async () => {
    await page.goto(`${srv.url}#/article/${linked}`);
    const a = page.locator('a[data-original]');
    await a.waitFor({ timeout: 15000 });
    expect(await a.getAttribute('href')).toBe('https://news.example.jo/a/1?x=1&y=2');
    expect(await a.getAttribute('target')).toBe('_blank');
    expect(await a.getAttribute('rel')).toMatch(/noopener/);
    expect(await a.getAttribute('rel')).toMatch(/noreferrer/);

    await page.goto(`${srv.url}#/article/${hostile}`);
    await page.locator('article.reader').waitFor({ timeout: 15000 });
    expect(await page.locator('a[data-original]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('the analyse view refuses a binary file with a clear message instead of analysing replacement characters', async () => {
    await page.goto(`${srv.url}#/analyze`);
    const input = page.locator('input[type=file]');
    await input.waitFor({ timeout: 15000 });
    await input.setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
    const err = page.locator('p.error[role=alert]');
    await err.waitFor({ timeout: 10000 });
    expect(await err.innerText()).toContain('photo.txt');
    expect(await page.locator('button[type=submit]').isDisabled()).toBe(true);
  });

  it('the analyse view decodes a windows-1256 page that declares its charset and analyses it', async () => {
    await page.goto(`${srv.url}#/analyze`);
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>خبر</title></head><body><article><p>${TEXT}</p><p>${TEXT}</p></article></body></html>`;
    await page.locator('input[type=file]').setInputFiles({ name: 'legacy.html', mimeType: 'text/html', buffer: cp1256(html) });
    await page.locator('button[type=submit]:not([disabled])').click({ timeout: 10000 });
    await page.locator('article.reader').waitFor({ timeout: 30000 });
    const names = await page.locator('article.reader [data-type="PER"]').allInnerTexts();
    expect(names.join(' ')).toContain('الصفدي');
    expect(await page.locator('article.reader').innerText()).not.toContain('\ufffd');
  });

  it('the article list pages through an archive larger than one page', async () => {
    await page.goto(`${srv.url}#/articles?limit=1`);
    const count = page.locator('p.count[data-total]');
    await count.waitFor({ timeout: 15000 });
    expect(await count.getAttribute('data-total')).toBe('2');
    expect(await page.locator('table.list tbody tr').count()).toBe(1);
    const first = await page.locator('table.list a[data-article]').getAttribute('data-article');
    expect(await page.locator('[data-pager=prev]').count()).toBe(0);
    await page.locator('[data-pager=next]').click();
    await page.waitForFunction((id) => {
      const a = document.querySelector('table.list a[data-article]');
      return !!a && a.getAttribute('data-article') !== id;
    }, first, { timeout: 10000 });
    const second = await page.locator('table.list a[data-article]').getAttribute('data-article');
    expect(new Set([first, second])).toEqual(new Set([linked, hostile]));
    expect(await page.locator('[data-pager=next]').count()).toBe(0);
    expect(await page.locator('[data-pager=prev]').count()).toBe(1);
  });

  it('no script errors', () => {
    expect(problems).toEqual([]);
  });
});
