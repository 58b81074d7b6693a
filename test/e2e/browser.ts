// Shared setup of the browser tests: Debian's chromium and an up-to-date web/dist bundle.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../server/fixture.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const DIST = join(ROOT, 'web', 'dist');

/** web/dist older than any UI source → rebuild (a stale bundle would test old code). */
function uiSourcesNewer(): boolean {
  const built = statSync(join(DIST, 'index.html')).mtimeMs;
  const walk = (d: string): boolean => readdirSync(d, { withFileTypes: true }).some((e) =>
    e.isDirectory() ? walk(join(d, e.name)) : statSync(join(d, e.name)).mtimeMs > built);
  return walk(join(ROOT, 'web', 'src')) || statSync(join(ROOT, 'web', 'index.html')).mtimeMs > built || statSync(join(ROOT, 'vite.config.ts')).mtimeMs > built;
}

/** Build the UI bundle when it is missing or stale. */
export function ensureWebBuild(): void {
  if (existsSync(join(DIST, 'index.html')) && !uiSourcesNewer()) return;
  // a separate process: inside vitest NODE_ENV=test would give an unminified development bundle
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** Headless chromium with a persistent profile, one page, and page errors collected into `problems`. */
export async function launchChromium(profileDir: string, problems: string[]): Promise<{ ctx: BrowserContext; page: Page }> {
  const { chromium } = await import('playwright-core');
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { ctx, page };
}
