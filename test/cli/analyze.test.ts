import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateAnalysis } from '../../src/validate.ts';

const root = new URL('../../', import.meta.url).pathname;
const seed = join(root, 'examples/000_60db55bcef7aaadf.txt');
const run = (args: string[], input?: string | Buffer) =>
  spawnSync('node', ['bin/isnad.js', 'analyze', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60000 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 2, 1]));
  writeFileSync(join(dir, 'cp1256.txt'), Buffer.from([0xc8, 0xdb, 0xcf, 0xc7, 0xcf, 0x20, 0xe3, 0xcf, 0xed, 0xe4, 0xc9]));
  writeFileSync(join(dir, 'latin.txt'), 'This is an English sentence about Baghdad.');
  writeFileSync(join(dir, 'short.txt'), 'زار وزير الخارجية الإيراني بغداد أمس.');
  writeFileSync(join(dir, 'side.txt'), 'زار الوزير بغداد.');
  writeFileSync(join(dir, 'side.meta.json'), '{"title": "x",');
  writeFileSync(join(dir, 'blank.txt'), '  \n\t\n ');
});

function expectOneLineError(r: ReturnType<typeof run>, pattern: RegExp) {
  expect(r.status).not.toBe(0);
  const err = r.stderr.trim();
  expect(err.split('\n')).toHaveLength(1);
  expect(err).toMatch(pattern);
  expect(err).not.toMatch(/\bat .*\.ts:\d+/);
  expect(r.stdout).toBe('');
}

describe('isnad analyze', () => {
  it('--json prints a valid analysis with the sidecar metadata', () => {
    const r = run([seed, '--json']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(validateAnalysis(a).errors).toEqual([]);
    expect(a.doc.outlet).toBe('عربي بوست');
    expect(a.doc.published).toBe('2020-08-20');
    expect(a.entities.length).toBeGreaterThan(5);
  });
  it('prints a readable report by default', () => {
    const r = run([seed]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/عربي بوست · 2020-08-20/);
    expect(r.stdout).toMatch(/## Entities/);
    expect(r.stdout).toMatch(/## Sources/);
    expect(r.stdout).toMatch(/\d+ of \d+ statements rest on anonymous or vague sources/);
  });
  it('--jsonl prints one compact analysis per file; options override metadata', () => {
    const r = run([seed, join(dir, 'short.txt'), '--jsonl', '--published', '2024-01-02', '--outlet', 'منفذ', '--title', 'عنوان', '--url', 'https://x.org/a']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) {
      const a = JSON.parse(l);
      expect(validateAnalysis(a).ok).toBe(true);
      expect(a.doc).toMatchObject({ published: '2024-01-02', outlet: 'منفذ', title: 'عنوان', url: 'https://x.org/a' });
    }
  });
  it('reads stdin with "-" and HTML files', () => {
    const r = run(['-', '--json', '--compact'], 'قال مصدر مطلع إن الوزير زار بغداد.');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).text).toBe('قال مصدر مطلع إن الوزير زار بغداد.');
    const h = run([join(root, 'test/cli/fixtures/article.html'), '--json']);
    expect(h.status).toBe(0);
    const a = JSON.parse(h.stdout);
    expect(a.doc.published).toBe('2023-03-14');
    expect(a.doc.outlet).toBe('جريدة المثال');
    expect(a.text).not.toMatch(/<p>/);
    expect(validateAnalysis(a).ok).toBe(true);
  });
  it('--events-jsonl prints one PLOVER record per event', () => {
    const j = JSON.parse(run([seed, '--json']).stdout);
    const r = run([seed, '--events-jsonl']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim() ? r.stdout.trim().split('\n') : [];
    expect(lines).toHaveLength(j.events.length);
    if (lines.length) expect(JSON.parse(lines[0]).event).toBe(j.events[0].type);
  });
  it('warns on text with little Arabic but still prints a valid analysis', () => {
    const r = run([join(dir, 'latin.txt'), '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: text is mostly not Arabic/);
    expect(validateAnalysis(JSON.parse(r.stdout)).ok).toBe(true);
  });
});

describe('isnad analyze: bad input gives one line and a non-zero exit', () => {
  it('missing path', () => expectOneLineError(run([join(dir, 'nope.txt')]), /nope\.txt: no such file/));
  it('a directory', () => expectOneLineError(run([dir]), /is a directory/));
  it('a binary file', () => expectOneLineError(run([join(dir, 'bin.txt')]), /binary/));
  it('invalid UTF-8', () => expectOneLineError(run([join(dir, 'cp1256.txt')]), /not valid UTF-8/));
  it('an empty file', () => expectOneLineError(run([join(dir, 'empty.txt')]), /empty/));
  it('empty stdin', () => expectOneLineError(run(['-'], ''), /stdin: empty/));
  it('a whitespace-only file', () => expectOneLineError(run([join(dir, 'blank.txt')]), /only whitespace/));
  it('a malformed sidecar', () => expectOneLineError(run([join(dir, 'side.txt')]), /side\.meta\.json: invalid JSON/));
  it('a bad file among good ones produces no output', () => expectOneLineError(run([seed, join(dir, 'nope.txt'), '--jsonl']), /nope\.txt/));
  it('an unknown option', () => expectOneLineError(run([seed, '--frobnicate']), /unknown option/));
  it('a malformed date', () => {
    expectOneLineError(run([seed, '--published', '2020-13-45']), /--published.*2020-13-45/);
    expectOneLineError(run([seed, '--published', 'yesterday']), /--published/);
  });
  it('a missing model file', () => expectOneLineError(run([seed, '--model', join(dir, 'none.model')]), /--model/));
  it('conflicting output options', () => expectOneLineError(run([seed, '--json', '--jsonl']), /only one/));
});
