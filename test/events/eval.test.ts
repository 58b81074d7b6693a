import { readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_ID, type Analysis } from '../../src/contract.ts';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';
import { extractEvents } from '../../src/events/index.ts';
import { evaluateEvents, namesMatch, scoreFile, type GoldFile } from '../../src/eval/events.ts';
import { handLayer } from './helpers.ts';

const FIX = join(import.meta.dirname, 'fixtures');

/** An Analysis whose entity layer comes from the gold entities (so event matching can be tested alone). */
function handAnalysis(stem: string): { a: Analysis; gold: GoldFile } {
  const text = readFileSync(join(FIX, `${stem}.txt`), 'utf8');
  const meta = JSON.parse(readFileSync(join(FIX, `${stem}.meta.json`), 'utf8'));
  const gold = JSON.parse(readFileSync(join(FIX, `${stem}.gold.json`), 'utf8')) as GoldFile;
  const doc = createDoc(text, { id: stem, language: 'ar', published: meta.published });
  const layer = handLayer(doc, (gold.entities ?? []).map((e) => ({ type: e.type as 'PER', name: e.name, mentions: e.mentions ?? [] })));
  const dates = extractDates(doc);
  const events = extractEvents(doc, layer, { sources: [], attributions: [] }, dates);
  const a: Analysis = {
    schema: SCHEMA_ID, doc: doc.meta, text, paragraphs: doc.paragraphs, sentences: doc.sentences, entities: layer.entities,
    sources: [], attributions: [], events, dates,
    metrics: { attributions: 0, direct: 0, indirect: 0, sources: 0, namedSources: 0, anonymousSources: 0, anonymousShare: 0 },
  };
  return { a, gold };
}

describe('name matching', () => {
  it('normalised equality and surname/alias containment on word boundaries', () => {
    expect(namesMatch('مصطفى الكاظمي', 'الكاظمي')).toBe(true);
    expect(namesMatch('إسماعيل قاآني', 'اسماعيل قاانى')).toBe(true);
    expect(namesMatch('الولايات المتحدة', 'الولايات المتحدة الأمريكية')).toBe(true);
    expect(namesMatch('العراق', 'البرلمان العراقي')).toBe(false);
    expect(namesMatch('بغداد', 'واشنطن')).toBe(false);
  });
});

describe('scoreFile', () => {
  it('matches by type + actor or place, one-to-one, and scores event dates', () => {
    const { a, gold } = handAnalysis('01-amman-visit');
    const s = scoreFile('01', a, gold);
    expect(s.gold).toBe(4);
    expect(s.matched).toBe(4);
    expect(s.eventDates.compared).toBe(4);
    expect(s.dates).toEqual({ gold: 3, found: 3, correct: 3 });
  });
  it('a gold null date equals an undated event or one dated only by publication, not a date from the text', () => {
    const { a, gold } = handAnalysis('01-amman-visit');
    const visit = a.events.find((e) => e.trigger.text === 'زار')!;
    expect(visit.date).toMatchObject({ value: '2023-05-07', basis: 'text' });
    const only = (date: string | null): GoldFile => ({ ...gold, events: gold.events!.filter((e) => e.trigger === 'زار').map((e) => ({ ...e, date })) });
    expect(scoreFile('01', a, only('2023-05-07')).eventDates).toEqual({ compared: 1, equal: 1 });
    expect(scoreFile('01', a, only(null)).eventDates).toEqual({ compared: 1, equal: 0 });
    visit.date = { value: '2023-05-08', basis: 'published' };
    expect(scoreFile('01', a, only(null)).eventDates).toEqual({ compared: 1, equal: 1 });
    delete visit.date;
    expect(scoreFile('01', a, only(null)).eventDates).toEqual({ compared: 1, equal: 1 });
    expect(scoreFile('01', a, only('2023-05-07')).eventDates).toEqual({ compared: 1, equal: 0 });
  });
  it('a wrong type or no shared participant is not a match', () => {
    const { a, gold } = handAnalysis('01-amman-visit');
    const wrong: GoldFile = { events: [{ type: 'ASSAULT', actors: ['أيمن الصفدي'] }, { type: 'CONSULT', actors: ['شخص آخر'], place: 'بيروت' }] };
    const s = scoreFile('01', a, wrong);
    expect(s.matched).toBe(0);
    expect(s.missed.length).toBe(2);
    void gold;
  });
  it('an unknown perpetrator matches through the place', () => {
    const { a, gold } = handAnalysis('02-sanaa-strike');
    const s = scoreFile('02', a, gold);
    expect(s.matched).toBe(1);
    expect(s.dates.correct).toBe(2);
  });
  it('date errors are reported: a wrong value and a gold text that is absent', () => {
    const { a } = handAnalysis('02-sanaa-strike');
    const s = scoreFile('02', a, { dates: [{ text: 'أمس', value: '2024-02-18' }, { text: 'غدا', value: '2024-02-21' }] });
    expect(s.dates).toEqual({ gold: 2, found: 1, correct: 0 });
    expect(s.dateErrors.length).toBe(2);
  });
});

describe('isnad eval events', () => {
  it('evaluates a gold directory end to end (dates do not need entities)', () => {
    const r = evaluateEvents(FIX);
    expect(r.files.map((f) => f.stem)).toEqual(['01-amman-visit', '02-sanaa-strike']);
    expect(r.dates).toMatchObject({ gold: 5, found: 5, correct: 5, recall: 1, accuracy: 1 });
    expect(r.events.gold).toBe(5);
    expect(r.events.f1).toBeGreaterThanOrEqual(0);
    expect(r.events.f1).toBeLessThanOrEqual(1);
  });
  it('CLI prints figures, --json parses, and a bad directory is a one-line error', () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'isnad.js');
    const out = execFileSync('node', [bin, 'eval', 'events', FIX], { encoding: 'utf8' });
    expect(out).toMatch(/events: precision [\d.]+%\s+recall [\d.]+%\s+F1 [\d.]+%/);
    expect(out).toMatch(/dates: recall 100\.0%\s+accuracy 100\.0%/);
    const js = JSON.parse(execFileSync('node', [bin, 'eval', 'events', FIX, '--json'], { encoding: 'utf8' }));
    expect(js.dates.accuracy).toBe(1);
    const bad = spawnSync('node', [bin, 'eval', 'events', join(FIX, 'nope')], { encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim().split('\n').length).toBe(1);
  });
});
