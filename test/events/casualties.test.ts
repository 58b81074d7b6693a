// Casualty clauses and the attack that caused them are one ASSAULT (data/events/casualties.tsv):
// the attack's agent is the actor, the casualties the targets, the attack's place the place.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';
import { extractEvents } from '../../src/events/index.ts';
import { handLayer, type HandEntity } from './helpers.ts';

function run(text: string, ents: HandEntity[]) {
  const doc = createDoc(text, { id: 't', language: 'ar', published: '2025-05-13' });
  const layer = handLayer(doc, ents);
  const events = extractEvents(doc, layer, { sources: [], attributions: [] }, extractDates(doc));
  const name = (id: string | null | undefined) => layer.entities.find((e) => e.id === id)?.name;
  const texts = (e: (typeof events)[number], role: string) => (e.participants ?? []).filter((p) => p.role === role).map((p) => p.text);
  const assaults = events.filter((x) => x.type === 'ASSAULT');
  return { events, assaults, name, texts };
}

describe('casualties of an attack', () => {
  it('merges استشهد + «في غارة شنتها X على Y»: X acts, Y is the place', () => {
    const { assaults, name, texts } = run('استشهد أربعة مدنيين في غارة شنتها طائرات حربية على بلدة القرارة.', [{ type: 'LOC', name: 'القرارة', mentions: ['بلدة القرارة', 'القرارة'] }]);
    expect(assaults).toHaveLength(1);
    const e = assaults[0];
    expect(texts(e, 'actor').join(' ')).toContain('طائرات');
    expect(texts(e, 'target').join(' ')).toContain('مدنيين');
    expect(name(e.place)).toBe('القرارة');
    expect(e.mode).toBe('aerial');
    expect(e.evidence).toContain('rule:casualties-of-attack');
  });
  it('merges two casualty clauses and a «جراء قصف» cause, and the verb that describes the shelling', () => {
    const { assaults, name, texts } = run('قتل سبعة مدنيين وأصيب اثنا عشر آخرون جراء قصف مدفعي استهدف سوقاً شعبياً في مدينة إدلب.', [{ type: 'LOC', name: 'إدلب', mentions: ['إدلب'] }]);
    expect(assaults).toHaveLength(1);
    expect(texts(assaults[0], 'target').join(' ')).toContain('مدنيين');
    expect(texts(assaults[0], 'actor')).toEqual([]);
    expect(name(assaults[0].place)).toBe('إدلب');
  });
  it('takes the attacker named after a resumptive verb (هجوم شنه X) as actor of a passive killing', () => {
    const ents: HandEntity[] = [{ type: 'ORG', name: 'جماعة نصرة الإسلام', mentions: ['جماعة نصرة الإسلام'] }, { type: 'LOC', name: 'تمبكتو', mentions: ['تمبكتو'] }];
    const { assaults, name } = run('قُتل ستة جنود في هجوم نفذته جماعة نصرة الإسلام قرب تمبكتو.', ents);
    expect(assaults).toHaveLength(1);
    expect(assaults[0].actors.map(name)).toEqual(['جماعة نصرة الإسلام']);
    expect(name(assaults[0].place)).toBe('تمبكتو');
  });
  it('keeps the subject of a transitive killing with an object as actor (قتل X Y في هجوم)', () => {
    const ents: HandEntity[] = [{ type: 'ORG', name: 'الجيش النيجيري', mentions: ['الجيش النيجيري'] }];
    const { assaults, name, texts } = run('قتل الجيش النيجيري عشرة مسلحين في هجوم على معسكر للمتمردين.', ents);
    expect(assaults).toHaveLength(1);
    expect(assaults[0].actors.map(name)).toEqual(['الجيش النيجيري']);
    expect(texts(assaults[0], 'target').join(' ')).toContain('مسلحين');
  });
  it('reads a nationality plural starting with ف (فلسطينيين) as the casualties, with the bombing\'s place', () => {
    const { assaults, name, texts } = run('استشهد خمسة فلسطينيين بقصف استهدف منزلاً في مخيم جباليا.', [{ type: 'LOC', name: 'جباليا', mentions: ['مخيم جباليا', 'جباليا'] }]);
    expect(assaults).toHaveLength(1);
    expect(texts(assaults[0], 'target')).toContain('خمسة فلسطينيين');
    expect(name(assaults[0].place)).toBe('جباليا');
  });
  it('does not merge an attack that is not the cause of the casualties (no linking word)', () => {
    const { assaults } = run('أصيب ثلاثة عمال في حادث سير، وشنت طائرات مسيرة غارة على مخزن للأسلحة.', []);
    expect(assaults.some((e) => e.evidence?.includes('rule:casualties-of-attack'))).toBe(false);
  });
});
