// `isnad serve` / `isnad demo` as processes: the bind check, and a real start that answers /api/health.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './fixture.ts';

const BIN = join(ROOT, 'bin', 'isnad.js');

describe('isnad serve (process)', () => {
  it('refuses a non-loopback bind without a token: one line, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
    try {
      const env = { ...process.env, ISNAD_TOKEN: '' };
      const r = spawnSync(process.execPath, [BIN, 'serve', '--host', '0.0.0.0', '--db', join(dir, 'x.db')], { encoding: 'utf8', env, timeout: 30000 });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/token/);
      const bad = spawnSync(process.execPath, [BIN, 'serve', '--port', 'abc'], { encoding: 'utf8', env, timeout: 30000 });
      expect(bad.status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts on a free port and prints the URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', join(dir, 'x.db')], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((res, rej) => {
        let out = '';
        const timer = setTimeout(() => rej(new Error(`no URL printed: ${out}`)), 40000);
        child.stdout.on('data', (d) => {
          out += d;
          const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m) {
            clearTimeout(timer);
            res(m[1]);
          }
        });
        child.on('exit', (c) => rej(new Error(`exited ${c}`)));
      });
      const h = await fetch(`${url}api/health`);
      expect(await h.json()).toEqual({ ok: true });
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);
});
