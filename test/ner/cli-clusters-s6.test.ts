// `isnad train ner --clusters/--cluster-text` as a user runs it (session 6): the word clusters built from the
// unlabelled text are stored in the model file and used by `isnad tag`; bad input is a one-line error.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readModelFile } from '../../src/ner/index.ts';
import { stemKey } from '../../src/ner/clusters.ts';
import { readClusterText } from '../../src/ner/cluster-text.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const isnad = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'isnad.js'), ...args], { encoding: 'utf8', cwd: ROOT });

// a tiny labelled corpus: "قال X في Y" patterns with a few names and places
const PERS = ['محمد', 'أحمد', 'سامي', 'خالد'];
const LOCS = ['بغداد', 'دمشق', 'القاهرة', 'عمان'];
const conll = (rows: [string, string][][]) => rows.map((s) => s.map(([t, g]) => `${t}\t${g}`).join('\n')).join('\n\n') + '\n';
const train: [string, string][][] = [];
for (let i = 0; i < 12; i++) {
  train.push([['قال', 'O'], [PERS[i % 4], 'B-PER'], ['في', 'O'], [LOCS[(i + 1) % 4], 'B-LOC'], ['إن', 'O'], ['الوضع', 'O'], ['هادئ', 'O']]);
}
// unlabelled text: a new name (كريم) in the same contexts as the labelled names
const RAW = Array.from({ length: 6 }, (_, i) => `قال كريم في ${LOCS[i % 4]} إن الوضع هادئ\nوصل ${PERS[i % 4]} إلى ${LOCS[(i + 2) % 4]} أمس`).join('\n') + '\n';

describe('isnad train ner --clusters / --cluster-text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-ner-clusters-'));
  const TRAIN = join(dir, 'train.conll');
  writeFileSync(TRAIN, conll(train));
  const TEXT = join(dir, 'text');
  mkdirSync(join(TEXT, 'sub'), { recursive: true });
  writeFileSync(join(TEXT, 'a.txt'), RAW);
  writeFileSync(join(TEXT, 'a.gold.json'), '{"entities": []}\n'); // not text: skipped inside a directory
  writeFileSync(join(TEXT, 'sub', 'b.conll'), conll([[['قال', 'O'], ['كريم', 'O'], ['في', 'O'], ['دمشق', 'O']]]));
  const fast = ['--epochs', '2', '--average', '1', '--train-gaz', '0', '--no-lexicon'];

  it('the shared reader walks directories (their .txt and .conll files) and reads .conll by its first column', () => {
    const ct = readClusterText([TEXT]);
    expect(ct.files.map((f) => f.slice(TEXT.length + 1))).toEqual(['a.txt', 'sub/b.conll']);
    expect(ct.sentences.at(-1)).toEqual(['قال', 'كريم', 'في', 'دمشق']);
    expect(ct.sentences.length).toBe(13);
    // a file named explicitly is read whatever its extension
    expect(readClusterText([join(TEXT, 'a.gold.json')]).sentences).toHaveLength(1);
  });

  it('trains with clusters from a directory, stores them in the model, and tags with it', () => {
    const out = join(dir, 'k.isnadner');
    const r = isnad('train', 'ner', '--conll', TRAIN, '-o', out, ...fast, '--clusters', '2', '--cluster-text', TEXT);
    expect(r.stderr).toMatch(/building word clusters/);
    expect(r.status).toBe(0);
    const m = readModelFile(out);
    expect(m.features.clusters).toBe(2);
    expect(m.clusters).toBeTruthy();
    // a word seen only in the unlabelled text has clusters, at both granularities
    expect(m.clusters!.get(stemKey('كريم'))).toHaveLength(2);
    const tagged = isnad('tag', '--conll', TRAIN, '--model', out);
    expect(tagged.status).toBe(0);
    const lines = tagged.stdout.trim().split('\n').filter(Boolean);
    expect(lines).toHaveLength(12 * 7);
    expect(lines[1]).toMatch(/^محمد\tB-PER$/);
  }, 120_000);

  it('--clusters without --cluster-text clusters the training tokens only', () => {
    const out = join(dir, 't.isnadner');
    const r = isnad('train', 'ner', '--conll', TRAIN, '-o', out, ...fast, '--clusters', '1');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/training file only/);
    const m = readModelFile(out);
    expect(m.features.clusters).toBe(1);
    expect(m.clusters!.has(stemKey('قال'))).toBe(true);
    expect(m.clusters!.has(stemKey('كريم'))).toBe(false);
  }, 120_000);

  it('without the options the model has no clusters', () => {
    const out = join(dir, 'n.isnadner');
    expect(isnad('train', 'ner', '--conll', TRAIN, '-o', out, ...fast).status).toBe(0);
    const m = readModelFile(out);
    expect(m.clusters).toBeFalsy();
    expect(m.features.clusters ?? 0).toBe(0);
  }, 120_000);

  it('a missing path, an empty text or a bad level count is a one-line error', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'blank.txt'), '\n\n');
    for (const [args, re] of [
      [['--clusters', '2', '--cluster-text', join(dir, 'nope')], /--cluster-text: .*nope: no such file/],
      [['--cluster-text', empty], /--cluster-text: no text/],
      [['--clusters', '8'], /--clusters .*0 to 2/],
      [['--clusters', '0', '--cluster-text', TEXT], /--cluster-text needs/],
    ] as [string[], RegExp][]) {
      const r = isnad('train', 'ner', '--conll', TRAIN, '-o', join(dir, 'x.isnadner'), ...args);
      expect(r.status).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(re);
    }
  }, 60_000);
});
