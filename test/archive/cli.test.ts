// The archive CLI end to end: a killed ingest resumes, bad database files are refused, exports parse back.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/archive/open.ts';
import { CSV_ATTRIBUTION_COLUMNS, CSV_MENTION_COLUMNS, exportArchive } from '../../src/archive/export.ts';
import { corpus } from './helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'isnad.js');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SENTENCES = [
  'قال مسؤول حكومي إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.',
  'وأكدت وزارة الخارجية في بيان أن الوفد سيضم خبراء في الطاقة والمياه.',
  'ويرى مراقبون أن الاتفاق قد يفتح الباب أمام استثمارات جديدة في المنطقة.',
  'وأفادت مصادر مطلعة بأن الاجتماع ناقش ملف الحدود والتبادل التجاري.',
];

describe('killed ingest', () => {
  it('leaves a consistent database and the next run resumes', async () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    const N = 600;
    for (let i = 0; i < N; i++) {
      const body = [0, 1, 2, 3].map((k) => SENTENCES[(i + k) % 4]).join('\n\n');
      writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.txt`), `${body}\n\nرقم الخبر ${i}.`);
    }
    const db = join(tmp, 'kill.db');
    const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db, '--progress', 'lines'], { cwd: ROOT, stdio: 'ignore' });
    // a concurrent reader polls while the ingest writes (WAL)
    let seen = 0;
    let reads = 0;
    const deadline = Date.now() + 60000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        statSync(db);
        const r = new Database(db, { readonly: true, fileMustExist: true });
        try {
          seen = (r.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
          reads++;
        } finally {
          r.close();
        }
      } catch {
        /* not created yet / schema not there yet */
      }
      if (seen >= 60) break;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(reads).toBeGreaterThan(0);
    const c = new Database(db);
    expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
    const k = (c.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    // every stored article is complete: it has its search row
    const fts = (c.prepare(`SELECT COUNT(*) AS n FROM articles a WHERE EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH '"رقم"' AND rowid = a.id)`).get() as { n: number }).n;
    c.close();
    expect(k).toBeGreaterThanOrEqual(60);
    expect(k).toBeLessThan(N);
    expect(fts).toBe(k);
    const res = run(['ingest', dir, '--db', db, '--progress', 'none', '--json']);
    expect(res.status).toBe(0);
    const sum = JSON.parse(res.stdout);
    expect(sum).toMatchObject({ unchanged: k, added: N - k, failed: 0 });
    const r2 = run(['db', 'check', '--db', db]);
    expect(r2.stdout.trim()).toBe('ok');
  }, 120000);
});

describe('bad database files', () => {
  it('refuses a file that is not SQLite, without touching it', () => {
    const p = join(tmp, 'garbage.db');
    writeFileSync(p, 'this is not a database at all, just some text that happens to be here\n'.repeat(20));
    const before = readFileSync(p);
    for (const args of [['ingest', join(ROOT, 'test/archive/fixtures/inputs/beirut.txt'), '--db', p], ['search', 'بيروت', '--db', p]]) {
      const r = run(args);
      expect(r.status).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/not an Isnad archive/);
    }
    expect(readFileSync(p).equals(before)).toBe(true);
  });
  it('refuses a foreign SQLite database (ISNAD_DB too)', () => {
    const p = join(tmp, 'foreign.db');
    const c = new Database(p);
    c.exec('CREATE TABLE notes (x TEXT)');
    c.close();
    const r = run(['ingest', join(ROOT, 'test/archive/fixtures/inputs/beirut.txt')], { ISNAD_DB: p });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/not an Isnad archive/);
    const c2 = new Database(p);
    expect((c2.prepare(`SELECT COUNT(*) AS n FROM sqlite_master`).get() as { n: number }).n).toBe(1);
    c2.close();
  });
  it('refuses a corrupt archive with a clear error', () => {
    const p = join(tmp, 'corrupt.db');
    expect(run(['ingest', join(ROOT, 'test/archive/fixtures/inputs'), '--db', p, '--progress', 'none']).status).toBe(0);
    const c = new Database(p);
    c.pragma('wal_checkpoint(TRUNCATE)');
    c.close();
    const buf = readFileSync(p);
    // wreck every page after the first (the header stays valid)
    for (let i = 4096; i < buf.length; i++) buf[i] = (i * 7) & 0xff;
    writeFileSync(p, buf);
    rmSync(`${p}-wal`, { force: true });
    rmSync(`${p}-shm`, { force: true });
    const r = run(['search', 'بيروت', '--db', p]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/corrupt|not an Isnad archive/);
  });
  it('says so when there is no archive yet', () => {
    const r = run(['search', 'x', '--db', join(tmp, 'none.db')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no archive/);
  });
});

function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (q) {
      if (ch === '"' && s[i + 1] === '"') { f += '"'; i++; } else if (ch === '"') q = false; else f += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { row.push(f); f = ''; } else if (ch === '\r') { /* CRLF */ } else if (ch === '\n') { row.push(f); rows.push(row); row = []; f = ''; } else f += ch;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  return rows;
}

describe('exports parse back', () => {
  let db = '';
  beforeAll(async () => {
    db = join(tmp, 'export.db');
    const s = await openStore(db);
    for (const a of corpus()) await s.putAnalysis(a);
    await s.close();
  });
  const collect = async (format: 'jsonl' | 'csv' | 'plover' | 'gexf', opts = {}) => {
    const s = await openStore(db);
    let out = '';
    const n = await exportArchive(s, format, (c) => { out += c; }, opts);
    await s.close();
    return { out, n };
  };
  it('jsonl: one contract analysis per line', async () => {
    const { out, n } = await collect('jsonl');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(n).toBe(3);
    expect(lines.map((a) => a.schema)).toEqual(['isnad.analysis/1', 'isnad.analysis/1', 'isnad.analysis/1']);
    expect(lines[0].entities).toHaveLength(4);
  });
  it('csv: one row per attribution (or per mention)', async () => {
    const { out } = await collect('csv');
    const rows = parseCsv(out.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(CSV_ATTRIBUTION_COLUMNS);
    expect(rows.length - 1).toBe(5);
    expect(rows.every((r) => r.length === CSV_ATTRIBUTION_COLUMNS.length)).toBe(true);
    const content = rows[0].indexOf('content');
    expect(rows.slice(1).map((r) => r[content])).toContain('المحادثات كانت مثمرة');
    const m = parseCsv((await collect('csv', { csvRows: 'mentions' })).out.replace(/^\uFEFF/, ''));
    expect(m[0]).toEqual(CSV_MENTION_COLUMNS);
    expect(m.length - 1).toBe(15);
  });
  it('plover: one record per event', async () => {
    const { out, n } = await collect('plover');
    const recs = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(n).toBe(4);
    expect(recs.map((r) => r.event).sort()).toEqual(['ASSAULT', 'COERCE', 'CONSULT', 'CONSULT']);
    const consult = recs.find((r) => r.event === 'CONSULT' && r.date === '2020-08-19');
    expect(consult).toBeTruthy();
  });
  it('gexf (through the CLI, -o FILE): nodes with attributes, weighted edges', () => {
    const file = join(tmp, 'g.gexf');
    const r = run(['export', '--format', 'gexf', '-o', file, '--db', db]);
    expect(r.status).toBe(0);
    const x = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['node', 'edge', 'attvalue', 'attribute'].includes(n) })
      .parse(readFileSync(file, 'utf8'));
    expect(x.gexf.version).toBe('1.3');
    const nodes = x.gexf.graph.nodes.node as { id: string; label: string; attvalues: { attvalue: { for: string; value: string }[] } }[];
    expect(nodes.map((n) => n.label).sort()).toEqual(['إسماعيل قاآني', 'بغداد', 'مصطفى الكاظمي', 'واشنطن'].sort());
    const kad = nodes.find((n) => n.label === 'مصطفى الكاظمي')!;
    expect(kad.attvalues.attvalue.find((a) => a.for === 'type')?.value).toBe('PER');
    expect(kad.attvalues.attvalue.find((a) => a.for === 'latin')?.value).toBe('Mustafa al-Kadhimi');
    const wash = nodes.find((n) => n.label === 'واشنطن')!;
    const edges = x.gexf.graph.edges.edge as { source: string; target: string; weight: string }[];
    const e = edges.find((ed) => [ed.source, ed.target].sort().join() === [kad.id, wash.id].sort().join());
    expect(e?.weight).toBe('2');
  });
  it('search --json gives snippets with highlight offsets', () => {
    const r = run(['search', 'الكاظمي', '--db', db, '--outlet', 'عربي بوست', '--json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.total).toBe(1);
    const sn = j.hits[0].snippets.find((s: { field: string }) => s.field === 'text');
    expect(sn.highlights.length).toBeGreaterThan(0);
    for (const h of sn.highlights) expect(sn.text.slice(h.start, h.end)).toMatch(/الكاظمي/);
    const t = run(['entity', 'الكاظمي', '--db', db]);
    expect(t.status).toBe(0);
    expect(t.stdout).toMatch(/مصطفى الكاظمي \(PER, Mustafa al-Kadhimi\)/);
    expect(t.stdout).toMatch(/2020-08/);
    const so = run(['sources', '--outlet', 'عربي بوست', '--db', db, '--json']);
    expect(JSON.parse(so.stdout).totals.anonymousShare).toBe(0.75);
  });
});
