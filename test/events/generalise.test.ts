// Session 2b: mechanisms added while widening the dev set (dev/events/): crowd dispersal, convictions,
// بين-actors across a date, condemned acts as back-references, protest purposes, masdar objects of
// support verbs, group phrases that stop before their object. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';
import { extractEvents } from '../../src/events/index.ts';
import { handLayer, type HandEntity } from './helpers.ts';

function run(text: string, ents: HandEntity[]) {
  const doc = createDoc(text, { id: 't', language: 'ar', published: '2025-05-13' });
  const layer = handLayer(doc, ents);
  const events = extractEvents(doc, layer, { sources: [], attributions: [] }, extractDates(doc));
  const name = (id: string) => layer.entities.find((e) => e.id === id)?.name;
  const texts = (e: (typeof events)[number], role: string) => (e.participants ?? []).filter((p) => p.role === role).map((p) => p.text);
  return { events, name, texts };
}

describe('session 2b event mechanisms', () => {
  it('reads فرّق + a crowd as ASSAULT crowd-control, and the group phrase stops before its object', () => {
    const { events, texts } = run('وفرّقت قوات الدرك المعتصمين أمام مبنى الوزارة بالغاز المسيل للدموع.', [{ type: 'ORG', name: 'الوزارة', mentions: [] }]);
    const e = events.find((x) => x.type === 'ASSAULT');
    expect(e?.mode).toBe('crowd-control');
    expect(texts(e!, 'actor')).toEqual(['قوات الدرك']);
    expect(texts(e!, 'target')).toEqual(['المعتصمين']);
  });
  it('does not read فرق (teams) as dispersal without a crowd', () => {
    const { events } = run('وصلت فرق الإنقاذ إلى القرية المنكوبة في عمّان.', [{ type: 'LOC', name: 'عمّان', mentions: ['عمّان'] }]);
    expect(events.filter((x) => x.type === 'ASSAULT')).toEqual([]);
  });
  it('codes أحكاماً بالسجن as SANCTION convict with the court as actor', () => {
    const { events, name } = run('أصدرت محكمة الجنايات في بنغازي أحكاماً بالسجن على ثمانية متهمين.', [{ type: 'ORG', name: 'محكمة الجنايات', mentions: ['محكمة الجنايات'] }, { type: 'LOC', name: 'بنغازي', mentions: ['بنغازي'] }]);
    const e = events.find((x) => x.type === 'SANCTION');
    expect(e?.mode).toBe('convict');
    expect(e!.actors.map(name)).toEqual(['محكمة الجنايات']);
  });
  it('takes both sides of بين as actors even when a date stands between the noun and بين', () => {
    const ents: HandEntity[] = [{ type: 'ORG', name: 'كتيبة الفاروق', mentions: ['كتيبة الفاروق'] }, { type: 'ORG', name: 'لواء الصمود', mentions: ['لواء الصمود'] }];
    const { events, name } = run('اندلعت مواجهات عنيفة، مساء الأحد، بين كتيبة الفاروق ولواء الصمود في الزاوية.', ents);
    const e = events.find((x) => x.type === 'ASSAULT');
    expect(e!.actors.map(name).sort()).toEqual(['كتيبة الفاروق', 'لواء الصمود']);
    expect(e!.evidence).toContain('rule:bayna-actors');
  });
  it('merges a condemned act already reported into the condemnation, and the conjoined call keeps the condemner', () => {
    const ents: HandEntity[] = [{ type: 'ORG', name: 'نقابة الصحفيين', mentions: ['نقابة الصحفيين'] }];
    const { events, name } = run('واحتجزت الشرطة خمسة صحفيين. وأدانت نقابة الصحفيين احتجاز الصحفيين، وطالبت بالإفراج عنهم.', ents);
    expect(events.filter((x) => x.type === 'COERCE')).toHaveLength(1);
    const req = events.find((x) => x.type === 'REQUEST');
    expect(req!.actors.map(name)).toEqual(['نقابة الصحفيين']);
    expect(events.find((x) => x.type === 'ACCUSE')!.evidence).toContain('rule:condemned-act-back-reference');
  });
  it('keeps a condemned act that was not reported before as an event', () => {
    const ents: HandEntity[] = [{ type: 'ORG', name: 'نقابة الصحفيين', mentions: ['نقابة الصحفيين'] }];
    const { events } = run('وأدانت نقابة الصحفيين احتجاز خمسة صحفيين في مدينة سوسة.', ents);
    expect(events.some((x) => x.type === 'COERCE')).toBe(true);
  });
  it('merges a circumstantial demand of the protesters into their protest', () => {
    const { events } = run('تظاهر آلاف الطلاب أمام البرلمان في الرباط، مطالبين الحكومة بزيادة المنح.', [{ type: 'LOC', name: 'الرباط', mentions: ['الرباط'] }]);
    expect(events.map((e) => e.type)).toEqual(['PROTEST']);
    expect(events[0].evidence).toContain('rule:purpose-of-protest');
  });
  it('gives the subject of قرر/واصل to the masdar it governs', () => {
    const ents: HandEntity[] = [{ type: 'LOC', name: 'هولندا', mentions: ['هولندا'] }, { type: 'LOC', name: 'إيران', mentions: ['الإيرانية'] }];
    const { events, name } = run('وقررت هولندا، الأربعاء، طرد دبلوماسيين من السفارة الإيرانية.', ents);
    const e = events.find((x) => x.type === 'SANCTION');
    expect(e?.mode).toBe('expel');
    expect(e!.actors.map(name)).toEqual(['هولندا']);
  });
});

// dev/events/: a second dev set of our own (not scanned by test/corpus, which covers gold/ and examples/)
// dev/events (tuning) and dev/blind/events (the newest blind set, never tuned on) share the layout
for (const DEV of [resolve(import.meta.dirname, '..', '..', 'dev', 'events'), resolve(import.meta.dirname, '..', '..', 'dev', 'blind', 'events')])
describe(`${DEV.split('/').slice(-2).join('/')} annotations`, () => {
  const stems = existsSync(DEV) ? readdirSync(DEV).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)) : [];
  it('has articles', () => expect(stems.length).toBeGreaterThanOrEqual(8));
  for (const stem of stems) {
    it(`${stem}: events refer to the text and the entities`, () => {
      const text = readFileSync(join(DEV, `${stem}.txt`), 'utf8');
      const meta = JSON.parse(readFileSync(join(DEV, `${stem}.meta.json`), 'utf8'));
      const gold = JSON.parse(readFileSync(join(DEV, `${stem}.gold.json`), 'utf8'));
      expect(meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const names = new Set<string>(gold.entities.map((e: { name: string }) => e.name));
      const errs: string[] = [];
      // a mention is a string or { text, occurrence } (docs/gold-format.md)
      for (const e of gold.entities) {
        for (const m of e.mentions as (string | { text: string; occurrence: number })[]) {
          const s = typeof m === 'string' ? m : m.text;
          const k = typeof m === 'string' ? 0 : m.occurrence;
          if (text.split(s).length - 1 <= k) errs.push(`mention ${s}#${k}`);
        }
      }
      for (const v of gold.events) {
        let n = 0;
        for (let at = text.indexOf(v.trigger); at >= 0; at = text.indexOf(v.trigger, at + v.trigger.length)) n++;
        if (n === 0 || (n > 1 && v.occurrence === undefined) || (v.occurrence ?? 0) >= n) errs.push(`trigger ${v.trigger}`);
        for (const p of [...v.actors, ...v.targets]) if (!names.has(p) && !text.includes(p)) errs.push(`participant ${p}`);
        if (v.place != null && !names.has(v.place)) errs.push(`place ${v.place}`);
        if (v.date != null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v.date)) errs.push(`date ${v.date}`);
      }
      expect(errs).toEqual([]);
    });
  }
});

describe('session 2b: participles, required words, slogans and motives', () => {
  it('reads a feminine participle after a comma as circumstantial («، مهددةً بـ»), not after a number («40 متهماً»)', () => {
    const ents: HandEntity[] = [{ type: 'ORG', name: 'نقابة المعلمين', mentions: ['نقابة المعلمين'] }, { type: 'ORG', name: 'محكمة الاستئناف', mentions: ['محكمة الاستئناف'] }];
    const { events, name } = run('وانتقدت نقابة المعلمين الوزارة، مهددة بإضراب مفتوح. ومثل أمام محكمة الاستئناف 40 متهماً.', ents);
    const thr = events.find((x) => x.type === 'THREATEN');
    expect(thr!.actors.map(name)).toEqual(['نقابة المعلمين']);
    expect(events.filter((x) => x.type === 'ACCUSE')).toHaveLength(1);
  });
  it('does not read a masdar مطالبة inside a clause as a participle', () => {
    const ents: HandEntity[] = [{ type: 'ORG', name: 'نقابة المعلمين', mentions: ['نقابة المعلمين'] }];
    const { events } = run('وأيدت نقابة المعلمين مطالبة الأهالي بتحسين المدارس.', ents);
    expect(events.some((x) => (x.evidence ?? []).some((v) => v.startsWith('rule:participle')))).toBe(false);
  });
  it('keeps the word a trigger required inside its event («أحكاماً بالسجن» is no separate imprisonment)', () => {
    const ents: HandEntity[] = [{ type: 'ORG', name: 'محكمة الجنايات', mentions: ['محكمة الجنايات'] }];
    const { events } = run('وأصدرت محكمة الجنايات أحكاماً بالسجن على ثمانية متهمين.', ents);
    expect(events.map((e) => e.type)).toEqual(['SANCTION']);
  });
  it('treats banners that condemn and a رفضاً motive as the content of the protest', () => {
    const ents: HandEntity[] = [{ type: 'LOC', name: 'صفاقس', mentions: ['صفاقس'] }];
    const { events } = run('وتظاهر مئات العمال في صفاقس رفضاً لتسريح زملائهم، ورفعوا لافتات تندد بالإدارة.', ents);
    expect(events.map((e) => e.type)).toEqual(['PROTEST']);
  });
  it('does not read a destruction by an earthquake as an assault', () => {
    const { events } = run('وزار الوزير المدن التي دمرها زلزال شباط في اللاذقية.', [{ type: 'LOC', name: 'اللاذقية', mentions: ['اللاذقية'] }]);
    expect(events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });
});

describe('session 2b: a pronoun complementizer makes the speaker the subject', () => {
  it('«أعلن X أنه سيلتقي ممثلي النقابات»: X meets, the NP after the verb is the other party', () => {
    const text = 'وأعلن الوزير خالد الناصر أنه سيلتقي ممثلي النقابات الأسبوع المقبل.';
    const doc = createDoc(text, { id: 't', language: 'ar', published: '2025-05-13' });
    const layer = handLayer(doc, [{ type: 'PER', name: 'خالد الناصر', mentions: ['خالد الناصر'] }]);
    const spk = layer.entities[0].id;
    const start = text.indexOf('سيلتقي');
    const att = {
      sources: [{ id: 'S1', kind: 'named' as const, label: 'خالد الناصر', entity: spk, mentions: [] }],
      attributions: [{ id: 'A1', kind: 'indirect' as const, source: 'S1', cue: { start: 1, end: 5, text: 'أعلن' }, content: { start, end: text.length - 1, text: text.slice(start, text.length - 1) } }],
    };
    const e = extractEvents(doc, layer, att as never, extractDates(doc)).find((x) => x.type === 'CONSULT')!;
    expect(e.actors).toEqual([spk]);
    expect((e.participants ?? []).filter((p) => p.role === 'target').map((p) => p.text)).toEqual(['ممثلي النقابات']);
    expect(e.evidence).toContain('rule:pronoun-subject-speaker');
  });
});

describe('session 2b: inflections of verb triggers', () => {
  it('generates all persons of the past and object pronouns after feminine and plural endings', async () => {
    const { inflect } = await import('../../src/events/lexicon.ts');
    const f = new Set([...inflect('استهدف', 'ستهدف'), ...inflect('طالب', 'طالب'), ...inflect('تظاهر', 'تظاهر')]);
    for (const w of ['استهدفته', 'استهدفوهم', 'طالبنا', 'طالبتم', 'يتظاهرن', 'يستهدفونه', 'تستهدفهم']) expect(f.has(w), w).toBe(true);
  });
  it('does not read a plural noun with a pronoun as a verb («رحلاتها» is no deportation)', () => {
    const { events } = run('وعلّقت شركة الطيران رحلاتها من مطار معيتيقة في طرابلس.', [{ type: 'LOC', name: 'طرابلس', mentions: ['طرابلس'] }]);
    expect(events.filter((e) => e.type === 'COERCE')).toEqual([]);
  });
  it('reads «استهدفته طائرة مسيرة» as an assault with its object pronoun', () => {
    const { events } = run('وقُتل القيادي في غارة استهدفته طائرة مسيرة قرب بلدة الخيام في جنوب لبنان.', [{ type: 'LOC', name: 'الخيام', mentions: ['الخيام'] }]);
    expect(events.some((e) => e.type === 'ASSAULT' && e.mode === 'drone')).toBe(true);
  });
});
