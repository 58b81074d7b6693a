// Rules + learned model: the lexicon/grammar entities stay as they are (they win on conflicts) and the
// model only adds names on tokens no rule claimed. The tiny model is trained on the NER test fixture.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractEntities } from '../../src/entities/index.ts';
import { readConll, saveModel, trainNer } from '../../src/ner/index.ts';

describe('entities with opts.model', () => {
  it('keeps rule entities and adds model names only on free tokens', () => {
    const model = trainNer(readConll('test/ner/fixtures/train.conll'), { epochs: 2, stack: 0 });
    const path = join(mkdtempSync(join(tmpdir(), 'isnad-ent-')), 'm.bin');
    saveModel(model, path);
    const text = 'التقى رئيس الوزراء العراقي مصطفى الكاظمي في بغداد مع وفد من منظمة بدر. وقال كوستاس ميتسوتاكيس إن الزيارة مهمة.';
    const doc = createDoc(text, { id: 'm', language: 'ar' });
    const rules = extractEntities(doc);
    const both = extractEntities(doc, { model: path });
    for (const e of rules.entities) {
      const same = both.entities.find((x) => x.key === e.key);
      expect(same, e.name).toBeDefined();
      expect(same!.mentions).toEqual(e.mentions);
    }
    const added = both.entities.filter((e) => !rules.entities.some((r) => r.key === e.key));
    for (const e of added) {
      expect(e.evidence).toContain('model:ner');
      for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        // never overlapping a rule mention
        expect(rules.mentions.some((r) => r.start < m.end && m.start < r.end)).toBe(false);
      }
    }
  });
});
