import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractEntities } from '../../src/entities/index.ts';

// Words mixing lexicon names, titles, clitic-bearing forms, punctuation and harakat.
const WORDS = ['بالكاظمي', 'للحرس', 'الثوري', 'الإيراني', 'وبغداد', 'فبغداد', 'لإيران', 'الجنرال', 'إسماعيل', 'قاآني', 'علي', 'على',
  'رئيس', 'الوزراء', 'العراقي', 'مصطفى', 'الكاظمي', '،', '.', '"', 'لـ', 'عربي', 'بوست', 'منظمة', 'بدر', 'قاعدة', 'فيكتوريا',
  'وَبَغْدَادُ', 'مدينة', 'الموصل', 'وقال', 'إن', 'سمير', 'الدليمي', 'حزب', 'الله', 'بن', 'أبو', 'عبد', 'ـ', '(', ')', '2020'];

describe('entity spans', () => {
  it('every mention is an exact slice of the text, inside the token range, and entities have ≥1 name mention', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }), (ws) => {
        const text = ws.join(' ');
        const layer = extractEntities(createDoc(text, { id: 'p', language: 'ar' }));
        for (const m of layer.mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.end).toBeGreaterThan(m.start);
        }
        for (const e of layer.entities) {
          expect(e.mentions.length).toBeGreaterThan(0);
          expect(e.name.length).toBeGreaterThan(0);
          for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        }
        const ids = new Set(layer.entities.map((e) => e.id));
        for (const m of layer.mentions) expect(ids.has(m.entity)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
