// The NER commands as a user runs them: train with and without the training-label gazetteer, reject a
// meaningless fold count, and score the result conlleval-style.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readModelFile } from '../../src/ner/index.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TRAIN = join(ROOT, 'test', 'ner', 'fixtures', 'train.conll');
const HELD = join(ROOT, 'test', 'ner', 'fixtures', 'heldout.conll');
const isnad = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'isnad.js'), ...args], { encoding: 'utf8', cwd: ROOT });

describe('isnad train ner / eval ner', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-ner-cli-'));
  it('--train-gaz 0 trains a model without the training-label gazetteer, the default keeps one', () => {
    const off = join(dir, 'off.isnadner');
    const on = join(dir, 'on.isnadner');
    expect(isnad('train', 'ner', '--conll', TRAIN, '-o', off, '--epochs', '3', '--average', '1', '--train-gaz', '0').status).toBe(0);
    expect(isnad('train', 'ner', '--conll', TRAIN, '-o', on, '--epochs', '3', '--average', '1').status).toBe(0);
    expect(readModelFile(off).gaz).toBeFalsy();
    expect(readModelFile(on).gaz).toBeTruthy();
    const ev = isnad('eval', 'ner', '--conll', HELD, '--model', on);
    expect(ev.status).toBe(0);
    expect(ev.stdout).toMatch(/PER/);
    expect(ev.stdout).toMatch(/overall|TOTAL|all/i);
  }, 120_000);
  it('a single fold is refused with a one-line error', () => {
    const r = isnad('train', 'ner', '--conll', TRAIN, '-o', join(dir, 'x.isnadner'), '--train-gaz', '1');
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--train-gaz/);
  });
});
