// `isnad eval entities|attributions|events` analyse gold articles as the analyser would: with the learned NER model
// given by --model, $ISNAD_NER_MODEL or isnad.config.json (session 7: the evaluators used to ignore it).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { evaluateEntities, ENTITY_TYPES } from '../../src/eval/entities.ts';
import { loadGoldDir } from '../../src/eval/gold.ts';

const EXAMPLES = resolve(import.meta.dirname, '..', '..', 'examples');
const saved = process.env.ISNAD_NER_MODEL;
afterEach(() => {
  if (saved === undefined) delete process.env.ISNAD_NER_MODEL;
  else process.env.ISNAD_NER_MODEL = saved;
});

describe('the NER model in the evaluators', () => {
  const bad = join(mkdtempSync(join(tmpdir(), 'isnad-evalmodel-')), 'bad.isnadner');
  writeFileSync(bad, 'not a model');
  it('reads --model: a corrupt file is a clear error, a missing one too', () => {
    expect(() => evaluateEntities(EXAMPLES, ENTITY_TYPES, { model: bad })).toThrow(/not a usable isnad NER model/);
    expect(() => evaluateEntities(EXAMPLES, ENTITY_TYPES, { model: bad + '.missing' })).toThrow(/no such file/);
  });
  it('reads $ISNAD_NER_MODEL when no model is given, as analyze does', () => {
    process.env.ISNAD_NER_MODEL = bad;
    expect(() => loadGoldDir(EXAMPLES)).toThrow(/not a usable isnad NER model/);
    delete process.env.ISNAD_NER_MODEL;
    expect(loadGoldDir(EXAMPLES).length).toBeGreaterThan(10);
  });
});
