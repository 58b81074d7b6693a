import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractEntities } from '../../src/entities/index.ts';

const run = (text: string) => extractEntities(createDoc(text, { id: 't', language: 'ar' }));
const pers = (text: string) => run(text).entities.filter((e) => e.type === 'PER');

describe('people lexicon: surnames alone and foreign given names', () => {
  it('a lone foreign surname from the lexicon is a person with its full canonical name', () => {
    const text = 'وقال يلتسين إن الاتفاق صامد، فيما رفض سولانا التعليق.';
    const l = run(text);
    const byName = new Map(l.entities.map((e) => [e.name, e]));
    expect(byName.get('بوريس يلتسين')?.type).toBe('PER');
    const solana = byName.get('خافيير سولانا');
    expect(solana?.type).toBe('PER');
    const m = l.mentions.find((x) => x.entity === solana?.id && x.kind === 'name');
    expect(m && text.slice(m.start, m.end)).toBe('سولانا');
  });

  it('a Western given name in Arabic script opens a name with an unknown surname', () => {
    const p = pers('وصل هوغو مارتينيز إلى العاصمة.');
    expect(p.map((e) => e.name)).toContain('هوغو مارتينيز');
  });

  it('a surname beginning with ف is kept when the clitic analyser does not split it', () => {
    expect(pers('وكان الفنان حسين فهمي الذي يخوض التجربة حاضرا.').map((e) => e.name)).toContain('حسين فهمي');
  });

  it('function words beginning with ف or like حيث never close a name', () => {
    expect(pers('أما محمد فقد كان غائبا.').map((e) => e.name)).not.toContain('محمد فقد');
    expect(pers('ارتفعت الأسهم حيث أن الطلب زاد.')).toHaveLength(0);
  });
});

describe('organisation lexicon: clubs and companies', () => {
  it('a football club and a company named alone are organisations', () => {
    const l = run('فاز بنفيكا على سلتيك، وأعلنت فولكسفاغن أرباحها.');
    const orgs = l.entities.filter((e) => e.type === 'ORG').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['بنفيكا', 'سلتيك', 'فولكسفاغن']));
  });
});
