// Session 4 lexicon widening (data/entities/places.tsv, orgs.tsv): every place lies inside its country, no written form
// belongs to two entities, and new names are found with the right type. Sentences written for these tests.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { DocMeta } from '../../src/contract.ts';
import { createDoc } from '../../src/doc.ts';
import { extractEntities } from '../../src/entities/index.ts';
import { loadTsv } from '../../src/lexicon/tsv.ts';
import { normalize } from '../../src/text/normalize.ts';

// Rough bounding boxes [latMin, latMax, lonMin, lonMax], half a degree generous; MA includes Western Sahara as
// Moroccan sources write it.
const BOX: Record<string, [number, number, number, number]> = {
  IQ: [29.0, 37.5, 38.7, 48.7], SY: [32.3, 37.4, 35.6, 42.4], LB: [33.0, 34.7, 35.0, 36.7], JO: [29.1, 33.4, 34.9, 39.4],
  PS: [31.2, 32.6, 34.2, 35.6], IL: [29.4, 33.4, 34.2, 35.9], SA: [16.3, 32.3, 34.5, 55.7], YE: [12.0, 19.0, 42.5, 54.6],
  OM: [16.6, 26.5, 51.9, 59.9], AE: [22.6, 26.1, 51.5, 56.4], QA: [24.4, 26.2, 50.7, 51.7], BH: [25.7, 26.4, 50.3, 50.9],
  KW: [28.5, 30.1, 46.5, 48.5], EG: [21.9, 31.7, 24.7, 36.9], SD: [8.6, 22.3, 21.8, 38.6], SS: [3.4, 12.3, 23.4, 36.0],
  LY: [19.5, 33.2, 9.3, 25.2], TN: [30.2, 37.6, 7.5, 11.6], DZ: [18.9, 37.1, -8.7, 12.0], MA: [20.7, 36.0, -17.2, -1.0],
  EH: [20.7, 27.7, -17.2, -8.6], MR: [14.7, 27.3, -17.1, -4.8], SO: [-1.7, 12.0, 40.9, 51.5], DJ: [10.9, 12.8, 41.7, 43.5],
  KM: [-12.5, -11.3, 43.2, 44.6], ER: [12.3, 18.1, 36.4, 43.2], ET: [3.4, 15.0, 32.9, 48.0], TD: [7.4, 23.5, 13.4, 24.0],
  NE: [11.6, 23.6, 0.1, 16.0], ML: [10.1, 25.1, -12.3, 4.3], IR: [25.0, 39.8, 44.0, 63.4], TR: [35.8, 42.2, 25.6, 44.9],
};
// Elsewhere: distance from the country's reference point (world-countries) within a radius grown with its area;
// countries with far-flung parts (Hawaii, Alaska, Kaliningrad) get a wider radius.
const FAR: Record<string, number> = { US: 6500, RU: 5000 };
const wc = createRequire(import.meta.url)('world-countries') as { cca2: string; latlng: number[]; area: number }[];
const ref = new Map(wc.map((c) => [c.cca2, c]));
const km = (a: number[], b: number[]): number => {
  const r = Math.PI / 180, dl = (b[0] - a[0]) * r, dn = (b[1] - a[1]) * r;
  const h = Math.sin(dl / 2) ** 2 + Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin(dn / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

describe('places.tsv coordinates', () => {
  const rows = loadTsv('entities/places.tsv');
  it('every row with coordinates has numbers in range (seas and regions across borders have no country)', () => {
    const bad = rows.filter((r) => r.lat && (!Number.isFinite(+r.lat) || !Number.isFinite(+r.lon) || Math.abs(+r.lat) > 90 || Math.abs(+r.lon) > 180));
    expect(bad.map((r) => r.__line)).toEqual([]);
  });
  it('every place lies inside its country (bounding box, or radius from the reference point)', () => {
    const bad: string[] = [];
    for (const r of rows) {
      if (!r.lat || !r.country) continue;
      const lat = +r.lat, lon = +r.lon, box = BOX[r.country];
      if (box) {
        if (lat < box[0] || lat > box[1] || lon < box[2] || lon > box[3]) bad.push(`${r.__line} ${r.id} ${r.country} ${lat},${lon}`);
        continue;
      }
      const c = ref.get(r.country);
      if (!c) { bad.push(`${r.__line} ${r.id} unknown country ${r.country}`); continue; }
      const limit = FAR[r.country] ?? Math.max(700, 2.2 * Math.sqrt(c.area || 0));
      if (km([lat, lon], c.latlng) > limit) bad.push(`${r.__line} ${r.id} ${r.country} ${lat},${lon}`);
    }
    expect(bad).toEqual([]);
  });
  it('the bounding boxes catch a swapped or mistyped coordinate', () => {
    const inBox = (cc: string, lat: number, lon: number) => { const b = BOX[cc]; return lat >= b[0] && lat <= b[1] && lon >= b[2] && lon <= b[3]; };
    expect(inBox('IQ', 33.31, 44.37)).toBe(true);
    expect(inBox('IQ', 44.37, 33.31)).toBe(false);
    expect(inBox('MA', 34.0, 6.8)).toBe(false); // Rabat with the sign of the longitude lost
  });
});

describe('lexicon keys', () => {
  const files = ['places', 'orgs', 'people', 'countries'] as const;
  it('ids are unique within each file', () => {
    for (const f of files) {
      const seen = new Set<string>(), dup: string[] = [];
      for (const r of loadTsv(`entities/${f}.tsv`)) { if (seen.has(r.id)) dup.push(r.id); seen.add(r.id); }
      expect(dup, f).toEqual([]);
    }
  });
  it('no written form (name, alias, short) belongs to two entities across the files, except declared homographs', () => {
    const homographs = new Set(loadTsv('entities/homographs.tsv').map((r) => normalize(r.form)));
    const owner = new Map<string, string>(), clash: string[] = [];
    for (const f of files) for (const r of loadTsv(`entities/${f}.tsv`)) {
      const forms = [r.name, ...(r.aliases ?? '').split('|'), ...(r.short ?? '').split('|')].map((x) => normalize(x ?? '').trim()).filter(Boolean);
      for (const n of new Set(forms)) {
        const o = owner.get(n);
        if (o && o !== `${f}:${r.id}` && !homographs.has(n)) clash.push(`${n}: ${o} / ${f}:${r.id}`);
        else owner.set(n, `${f}:${r.id}`);
      }
    }
    expect(clash).toEqual([]);
  });
});

const run = (text: string) => {
  const layer = extractEntities(createDoc(text, { id: 't', language: 'ar' } as DocMeta));
  for (const e of layer.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return layer.entities;
};
const typeOf = (text: string, name: string) => run(text).find((e) => e.name === name || e.mentions.some((m) => m.text === name))?.type;

describe('new names are found with the right type', () => {
  it.each([
    ['وسقطت قذيفة على بلدة عيترون وأخرى قرب كفرشوبا فجر اليوم.', 'كفرشوبا', 'LOC'],
    ['ونزح آلاف السكان من المواصي إلى دير البلح خلال الأسبوع.', 'المواصي', 'LOC'],
    ['وأفاد شهود بأن المسيرات حلقت فوق الفاشر وكبكابية مساء السبت.', 'كبكابية', 'LOC'],
    ['وشهدت تيزنيت وإنزكان احتجاجات على غلاء الأسعار.', 'إنزكان', 'LOC'],
    ['وافتتح الوالي مستشفى جديدا في الجلفة يوم الأحد.', 'الجلفة', 'LOC'],
    ['ووصلت قافلة المساعدات إلى مخيم الزعتري قادمة من المفرق.', 'مخيم الزعتري', 'LOC'],
    ['وأغلقت السلطات منفذ الشلامجة أمام حركة المسافرين.', 'منفذ الشلامجة', 'LOC'],
    ['وهبطت الطائرة في مطار الملكة علياء الدولي بعد رحلة قصيرة.', 'مطار الملكة علياء الدولي', 'LOC'],
    ['وقال بيان لحزب مستقبل وطن إن الحزب سيخوض الانتخابات بقائمة موحدة.', 'حزب مستقبل وطن', 'ORG'],
    ['وأعلنت ألوية العمالقة سيطرتها على مواقع جديدة في شبوة.', 'ألوية العمالقة', 'ORG'],
    ['وتبنت جماعة نصرة الإسلام والمسلمين الهجوم على قافلة قرب ميناكا.', 'جماعة نصرة الإسلام والمسلمين', 'ORG'],
    ['وأعلنت الخطوط الجوية الكويتية استئناف رحلاتها إلى بيروت.', 'الخطوط الجوية الكويتية', 'ORG'],
  ])('%s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it('a guarded homograph stays a common word without its head', () => {
    // "المطلة" (overlooking) and "حديثة" (modern) are places only as مستوطنة المطلة / قضاء حديثة
    const es = run('وزار الوفد الشرفة المطلة على البحر وشاهد مدرسة حديثة البناء.');
    expect(es.filter((e) => e.type === 'LOC').map((e) => e.name)).toEqual([]);
  });
});
