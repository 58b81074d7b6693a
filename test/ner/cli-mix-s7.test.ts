// `isnad train ner --mix-crf W` (session 7): the perceptron's weights mixed with a CRF's; bad weights and the CRF
// trainer are refused with a one-line error.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readModelFile } from '../../src/ner/index.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TRAIN = join(ROOT, 'test', 'ner', 'fixtures', 'train.conll');
const isnad = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'isnad.js'), ...args], { encoding: 'utf8', cwd: ROOT });

describe('isnad train ner --mix-crf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-ner-mix-'));
  it('trains a mixed model and records the mix in the file', () => {
    const out = join(dir, 'mix.isnadner');
    const r = isnad('train', 'ner', '--conll', TRAIN, '-o', out, '--epochs', '3', '--average', '1', '--mix-crf', '0.5', '--no-lexicon');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/mixed CRF: epoch/);
    const m = readModelFile(out);
    expect(m.meta.mixCrf).toBe(0.5);
    expect(m.algo).toBe('perceptron');
  }, 120_000);
  it.each([['2'], ['-0.1'], ['x']])('refuses --mix-crf %s', (w) => {
    const r = isnad('train', 'ner', '--conll', TRAIN, '-o', join(dir, 'x.isnadner'), '--mix-crf', w);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--mix-crf/);
  });
  it('refuses --mix-crf with --algo crf', () => {
    const r = isnad('train', 'ner', '--conll', TRAIN, '-o', join(dir, 'y.isnadner'), '--algo', 'crf', '--mix-crf', '0.5');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/perceptron only/);
  });
});
