// End-to-end: Debian's chromium through playwright-core against `isnad serve` on a fresh demo archive.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Analysis } from '../../src/contract.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { demoArchive, INJECT_MARK, ROOT, SEED, type Fixture } from '../server/fixture.ts';
import { CHROMIUM, DIST, ensureWebBuild, HAVE_CHROMIUM, launchChromium } from './browser.ts';

const SHOTS = join(ROOT, 'artifacts', 'e2e');

if (!HAVE_CHROMIUM) console.warn(`e2e skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

describe.skipIf(!HAVE_CHROMIUM)('web UI in chromium', () => {
  let fx: Fixture;
  let srv: RunningServer;
  let ctx: BrowserContext;
  let page: Page;
  let profile: string;
  let seedId: string;
  let seed: Analysis;
  const problems: string[] = [];

  beforeAll(async () => {
    ensureWebBuild();
    mkdirSync(SHOTS, { recursive: true });
    fx = await demoArchive();
    srv = await startServer({ store: fx.store, port: 0, staticDir: DIST });
    // the seed article when available, else the example with most statements
    const list = (await (await fetch(`${srv.url}api/articles?limit=200`)).json()) as { items: { id: string; outlet: string | null; attributions: number }[] };
    const pick = existsSync(SEED) ? list.items.find((a) => a.outlet === 'عربي بوست') : [...list.items].sort((a, b) => b.attributions - a.attributions)[0];
    seedId = (pick ?? list.items[0]).id;
    seed = ((await (await fetch(`${srv.url}api/articles/${seedId}`)).json()) as { analysis: Analysis }).analysis;
    profile = mkdtempSync(join(tmpdir(), 'isnad-chromium-'));
    ({ ctx, page } = await launchChromium(profile, problems));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/favicon|404/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
  }, 180_000);

  afterAll(async () => {
    await ctx?.close().catch(() => {});
    await srv?.close();
    await fx?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('first page: RTL Arabic shell, small initial bundle, renders quickly', async () => {
    const bytes: Record<string, number> = {};
    const onResp = async (r: import('playwright-core').Response) => {
      const u = r.url();
      if (/\.(js|css)$/.test(u)) bytes[u] = (await r.body().catch(() => Buffer.alloc(0))).length;
    };
    page.on('response', onResp);
    const t0 = Date.now();
    await page.goto(srv.url);
    await page.locator('a[data-article]').first().waitFor();
    const firstRender = Date.now() - t0;
    page.off('response', onResp);
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
    const gz = await page.evaluate(async (urls) => {
      let n = 0;
      for (const u of urls) {
        const s = (await fetch(u)).body!.pipeThrough(new CompressionStream('gzip'));
        n += (await new Response(s).arrayBuffer()).byteLength;
      }
      return n;
    }, Object.keys(bytes));
    console.log(`e2e metrics: initial JS+CSS ${total} bytes (${gz} gzipped, ${Object.keys(bytes).length} files); first contentful paint ${Math.round(fcp)} ms; article list rendered ${firstRender} ms after navigation`);
    expect(Object.keys(bytes).some((u) => /network|plots|timeline/.test(u))).toBe(false);
    expect(total).toBeLessThan(150_000);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await page.screenshot({ path: join(SHOTS, 'articles.png'), fullPage: true });
  });

  it('reader highlights entities and every source’s statements; a source card opens', async () => {
    await page.goto(`${srv.url}#/article/${seedId}`);
    await page.locator('article.reader').waitFor();
    for (const e of seed.entities) {
      expect(await page.locator(`[data-ent="${e.id}"]`).count(), `entity ${e.id} ${e.name}`).toBeGreaterThan(0);
    }
    const withStmts = seed.sources.filter((s) => seed.attributions.some((q) => q.source === s.id));
    for (const s of withStmts) {
      expect(await page.locator(`[data-stmt-src="${s.id}"]`).count(), `statements of ${s.id} ${s.label}`).toBeGreaterThan(0);
    }
    // the highlighted text equals the article text (nothing lost or duplicated by the splitting)
    const shown = await page.locator('article.reader').evaluate((el) => [...el.children].map((c) => c.textContent).join(''));
    const paraText = seed.paragraphs.map((p) => seed.text.slice(p.start, p.end)).join('');
    expect(shown).toBe(paraText);
    await page.screenshot({ path: join(SHOTS, 'reader.png'), fullPage: false });
    // keyboard: Tab reaches a highlight, and focus is visible (outline)
    let onHl = false;
    for (let i = 0; i < 40 && !onHl; i++) {
      await page.keyboard.press('Tab');
      onHl = await page.evaluate(() => !!document.activeElement?.classList.contains('hl'));
    }
    expect(onHl).toBe(true);
    const outline = await page.evaluate(() => {
      const cs = getComputedStyle(document.activeElement!);
      return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    if (withStmts.length) {
      const s = withStmts.find((x) => x.kind === 'anonymous') ?? withStmts[0];
      // keyboard: focus the statement highlight and press Enter
      const hl = page.locator(`[data-stmt-src="${s.id}"][tabindex="0"]:not([data-ent]):not([data-src])`).first();
      const target = (await hl.count()) ? hl : page.locator(`[data-legend-src="${s.id}"]`);
      await target.focus();
      await page.keyboard.press('Enter');
      const card = page.locator('[data-card="source"]');
      await card.waitFor({ timeout: 5000 });
      const cardSrc = await card.getAttribute('data-source');
      const expectedLabel = seed.sources.find((x) => x.id === cardSrc)!.label;
      expect(await card.textContent()).toContain(expectedLabel);
      await page.screenshot({ path: join(SHOTS, 'source-card.png'), fullPage: false });
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-card="source"]').count()).toBe(0);
    }
    // an entity highlight opens the entity card
    const e0 = seed.entities[0];
    if (e0) {
      await page.locator(`[data-ent="${e0.id}"]:not([data-src])`).first().click();
      await page.locator(`[data-card="entity"][data-entity="${e0.id}"]`).waitFor({ timeout: 5000 });
      expect(await page.locator('[data-card="entity"]').textContent()).toContain(e0.name);
    }
    const m = seed.attributions.length;
    const anon = await page.locator('.anon-line').getAttribute('data-total');
    expect(Number(anon)).toBe(m);
  });

  it('search with a variant spelling (no hamza, ة→ه) finds the article with <mark> highlights', async () => {
    // a word of the article, respelled: hamza forms → ا, final ة → ه
    const word = seed.entities.flatMap((e) => e.mentions.map((x) => x.text)).find((w) => /[أإآة]/.test(w) && w.length >= 4) ?? 'القاهرة';
    const variant = word.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه');
    await page.goto(`${srv.url}#/search?q=${encodeURIComponent(variant)}`);
    await page.locator('.count').waitFor();
    expect(Number(await page.locator('.count').getAttribute('data-total'))).toBeGreaterThan(0);
    expect(await page.locator(`a[data-article="${seedId}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('.snippet mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'search.png'), fullPage: false });
  });

  it('injected HTML renders as text in the reader and in snippets', async () => {
    await page.evaluate(() => ((window as unknown as { __pwned?: number }).__pwned = 0));
    await page.goto(`${srv.url}#/article/${fx.injectedId}`);
    await page.locator('article.reader').waitFor();
    expect(await page.locator('article.reader').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('<img src=x');
    await page.screenshot({ path: join(SHOTS, 'injected.png'), fullPage: false });
    await page.goto(`${srv.url}#/search?q=${encodeURIComponent(INJECT_MARK)}`);
    await page.locator('.snippet').first().waitFor();
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(await page.locator('.results').textContent()).toMatch(/<script>|<img/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(0);
  });

  it('entity page shows names, mentions chart and statements', async () => {
    const named = seed.entities.find((e) => e.type === 'PER') ?? seed.entities[0];
    const r = (await (await fetch(`${srv.url}api/entities?q=${encodeURIComponent(named.name)}&type=${named.type}`)).json()) as { items: { id: number }[] };
    expect(r.items.length).toBeGreaterThan(0);
    await page.goto(`${srv.url}#/entity/${r.items[0].id}`);
    await page.locator('.entity-page').waitFor();
    expect(await page.locator('.entity-page h2').textContent()).toContain(named.name);
    await page.locator('.chart svg').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(SHOTS, 'entity.png'), fullPage: true });
  });

  it('network renders cytoscape nodes', async () => {
    await page.goto(`${srv.url}#/network`);
    await page.locator('.graph[data-nodes]').waitFor({ timeout: 20_000 });
    const n = Number(await page.locator('.graph').getAttribute('data-nodes'));
    const api = (await (await fetch(`${srv.url}api/graph?types=PER,ORG,LOC,MISC&maxNodes=60`)).json()) as { nodes: { id: number }[] };
    expect(n).toBe(api.nodes.length);
    // event edges: distinct actor→target/type pairs between displayed nodes
    const ev = (await (await fetch(`${srv.url}api/events?limit=1000`)).json()) as { items: { type: string; actors: { id: number }[]; targets: { id: number }[] }[] };
    const ids = new Set(api.nodes.map((x) => x.id));
    const pairs = new Set(ev.items.flatMap((v) => v.actors.flatMap((a) => v.targets.filter((b) => a.id !== b.id && ids.has(a.id) && ids.has(b.id)).map((b) => `${a.id}>${b.id}:${v.type}`))));
    expect(Number(await page.locator('.graph').getAttribute('data-event-edges'))).toBe(pairs.size);
    expect(n).toBeGreaterThan(3);
    expect(await page.locator('.graph canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'network.png'), fullPage: false });
  });

  it('timeline, map and outlets render; English switch flips direction', async () => {
    await page.goto(`${srv.url}#/timeline`);
    await page.locator('.map svg').waitFor({ timeout: 20_000 });
    expect(await page.locator('.map circle').count()).toBeGreaterThan(0);
    await page.locator('.chart svg').first().waitFor({ timeout: 15_000 }).catch(() => {});
    await page.screenshot({ path: join(SHOTS, 'timeline.png'), fullPage: true });
    await page.goto(`${srv.url}#/outlets`);
    await page.locator('table.list').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(SHOTS, 'outlets.png'), fullPage: true });
    await page.locator('button.lang').click();
    // the language is applied to <html> in an effect, after the click's render
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 5_000 }).catch(() => {});
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    await page.goto(`${srv.url}#/article/${seedId}`);
    await page.locator('article.reader').waitFor();
    expect(await page.locator('article.reader').getAttribute('dir')).toBe('rtl');
    await page.screenshot({ path: join(SHOTS, 'reader-en.png'), fullPage: false });
    await page.locator('button.lang').click();
  });

  it('analyse view: paste, analyse, see highlights', async () => {
    await page.goto(`${srv.url}#/analyze`);
    await page.locator('#an-text').fill('قال وزير الخارجية المصري سامح شكري في القاهرة إن المفاوضات مستمرة، فيما قال مصدر مطلع إن الاتفاق قريب.');
    await page.locator('form.analyze button[type=submit]').click();
    await page.locator('.result article.reader').waitFor();
    await page.screenshot({ path: join(SHOTS, 'analyze.png'), fullPage: false });
    expect(await page.locator('.result article.reader').textContent()).toContain('سامح شكري');
    // a group actor that is no entity still shows in the events table, as text
    await page.locator('#an-text').fill('أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المحتجين في وسط المدينة، واعتقلت عشرات الشبان.');
    await page.locator('form.analyze button[type=submit]').click();
    // the first analysis's table is still on screen until the new result arrives: wait for the new row
    await page.locator('.result table.events tbody tr', { hasText: 'قوات الأمن' }).first().waitFor();
    const rows = await page.locator('.result table.events tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('قوات الأمن') && r.includes('عشرات الشبان'))).toBe(true);
    // a background event («وكان … قد») has no date: shown as undated, not given the publication date
    await page.locator('#an-text').fill('وكان الجيش قد انسحب من المدينة قبل أن تعتقل الشرطة عشرات المحتجين.');
    await page.locator('form.analyze button[type=submit]').click();
    const bg = page.locator('.result table.events tbody tr', { hasText: 'انسحب' }).first();
    await bg.waitFor();
    expect(await bg.locator('[data-undated]').textContent()).toBe('بلا تاريخ');
  });

  it('no script errors and no CSP violations in any view', () => {
    expect(problems).toEqual([]);
  });
});
