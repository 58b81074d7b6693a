// Consistency checks for the hand-annotated corpora in gold/ and examples/ (format: docs/gold-format.md).
// Every string an annotation points at must be found in the article text, every reference must resolve,
// and every enum and date must be well-formed; otherwise the evaluators would silently score garbage.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nthOccurrence } from '../../src/eval/gold.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const SOURCE_KINDS = ['named', 'anonymous', 'document', 'media', 'vague'];
const ATTR_KINDS = ['direct', 'indirect'];
const MODES: Record<string, string[]> = {
  AGREE: [], CONSULT: ['visit', 'third-party', 'multilateral', 'phone', 'meet'], SUPPORT: [], CONCEDE: [],
  COOPERATE: [], AID: [],
  RETREAT: ['withdraw', 'release', 'return', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'ban', 'arrest', 'relations', 'rights', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['arrest', 'ban', 'censor', 'curfew', 'cyber', 'deport', 'misinformation', 'restrict', 'seize', 'withhold'],
  ASSAULT: ['abduct', 'beat', 'torture', 'execute', 'sexual', 'assassinate', 'destroy', 'primitive', 'firearms',
    'explosives', 'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'cleansing', 'massacre',
    'unconventional'],
};
const QUOTE_MARKS = '"“”«»\'';

type Ref = string | { text: string; occurrence?: number };

interface Article {
  set: 'gold' | 'examples';
  stem: string;
  text: string;
  meta: any;
  gold: any;
}

function stemsOf(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

/** The seed article (stem 000_…) is maintained elsewhere and may come without a hand-made gold file. */
const isSeed = (stem: string): boolean => stem.startsWith('000_');

function load(set: 'gold' | 'examples', stem: string): Article {
  const base = join(ROOT, set, stem);
  const text = readFileSync(`${base}.txt`, 'utf8');
  const meta = JSON.parse(readFileSync(`${base}.meta.json`, 'utf8'));
  const goldPath = `${base}.gold.json`;
  const gold = existsSync(goldPath) || !isSeed(stem) ? JSON.parse(readFileSync(goldPath, 'utf8')) : { entities: [] };
  return { set, stem, text, meta, gold };
}

function count(text: string, s: string): number {
  let n = 0;
  for (let from = 0; ; n++) {
    const at = text.indexOf(s, from);
    if (at < 0) return n;
    from = at + s.length;
  }
}

function validDate(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  const y = +m[1];
  if (y < 600 || y > 2100) return false;
  if (m[2] === undefined) return true;
  const mo = +m[2];
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = new Date(Date.UTC(y, mo - 1, +m[3]));
  return d.getUTCMonth() === mo - 1 && d.getUTCDate() === +m[3];
}

/**
 * Locate a span reference {text, occurrence}; returns the start offset, with an error message if missing.
 * With `strict`, a string that occurs more than once must say which occurrence it means.
 */
function locate(a: Article, what: string, s: unknown, occ: unknown, strict = false): { at: number; err?: string } {
  if (typeof s !== 'string' || s.length === 0) return { at: -1, err: `${what}: not a non-empty string` };
  if (strict && occ === undefined && count(a.text, s) > 1)
    return { at: -1, err: `${what}: "${s}" occurs ${count(a.text, s)}× in text; give "occurrence"` };
  if (occ !== undefined && (!Number.isInteger(occ) || (occ as number) < 0))
    return { at: -1, err: `${what}: bad occurrence ${String(occ)}` };
  const at = nthOccurrence(a.text, s, (occ as number | undefined) ?? 0);
  if (at < 0) return { at, err: `${what}: "${s}" (occurrence ${String(occ ?? 0)}) not in text` };
  return { at };
}

function lineOf(text: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\u0600-\u06FF0-9]/.test(w)).length;
}

function checkArticle(a: Article): string[] {
  const errs: string[] = [];
  const { meta, gold } = a;
  // meta
  if (typeof meta.title !== 'string' || !meta.title) errs.push('meta.title missing');
  if (typeof meta.outlet !== 'string' || !meta.outlet) errs.push('meta.outlet missing');
  if (!validDate(meta.published) || meta.published.length !== 10) errs.push(`meta.published bad: ${meta.published}`);
  else if (!isSeed(a.stem) && (meta.published < '2019-01-01' || meta.published > '2025-12-31'))
    errs.push(`meta.published out of 2019–2025: ${meta.published}`);
  if ((meta.country !== undefined || !isSeed(a.stem)) && (typeof meta.country !== 'string' || !/^[A-Z]{2}$/.test(meta.country)))
    errs.push(`meta.country bad: ${meta.country}`);
  if (a.text.includes('\r')) errs.push('text has CR characters');

  // entities
  const entities: any[] = gold.entities;
  if (!Array.isArray(entities)) return [...errs, 'gold.entities is not an array'];
  if (entities.length === 0 && !isSeed(a.stem)) errs.push('no entities annotated');
  const names = new Set<string>();
  // Occurrences of a mention nested inside a longer listed mention ("شكري" in "سامح شكري") do not count.
  const allMentions = new Set<string>();
  for (const e of entities) for (const m of e.mentions ?? []) allMentions.add(typeof m === 'string' ? m : m?.text);
  const freeCount = (m: string): number => {
    const covers: [number, number][] = [];
    for (const M of allMentions) {
      if (typeof M !== 'string' || M.length <= m.length || !M.includes(m)) continue;
      for (let at = a.text.indexOf(M); at >= 0; at = a.text.indexOf(M, at + M.length)) covers.push([at, at + M.length]);
    }
    let n = 0;
    for (let at = a.text.indexOf(m); at >= 0; at = a.text.indexOf(m, at + m.length))
      if (!covers.some(([s, e]) => s <= at && at + m.length <= e)) n++;
    return n;
  };
  for (const e of entities) {
    const tag = `entity "${e.name}"`;
    if (!ENTITY_TYPES.includes(e.type)) errs.push(`${tag}: bad type ${e.type}`);
    if (typeof e.name !== 'string' || !e.name) errs.push(`${tag}: no name`);
    if (names.has(e.name)) errs.push(`${tag}: duplicate name`);
    names.add(e.name);
    if (!Array.isArray(e.mentions) || e.mentions.length === 0) { errs.push(`${tag}: no mentions`); continue; }
    const wanted = new Map<string, number>();
    for (const m of e.mentions as Ref[]) {
      if (typeof m === 'string') wanted.set(m, (wanted.get(m) ?? 0) + 1);
      else {
        const r = locate(a, `${tag} mention`, m?.text, m?.occurrence);
        if (r.err) errs.push(r.err);
      }
    }
    for (const [m, n] of wanted) {
      if (/^[\s،,.:؛]|[\s،,.:؛]$/.test(m)) errs.push(`${tag}: mention "${m}" has edge whitespace/punctuation`);
      const have = freeCount(m);
      if (have < n) errs.push(`${tag}: mention "${m}" listed ${n}× but occurs ${have}× in text`);
    }
  }
  // sources
  const sources: any[] = gold.sources ?? [];
  const ids = new Set<string>();
  for (const s of sources) {
    const tag = `source ${s.id}`;
    if (typeof s.id !== 'string' || !/^S\d+$/.test(s.id)) errs.push(`${tag}: bad id`);
    if (ids.has(s.id)) errs.push(`${tag}: duplicate id`);
    ids.add(s.id);
    if (!SOURCE_KINDS.includes(s.kind)) errs.push(`${tag}: bad kind ${s.kind}`);
    if (typeof s.label !== 'string' || !s.label) errs.push(`${tag}: no label`);
    if (s.entity !== null && !names.has(s.entity)) errs.push(`${tag}: entity "${s.entity}" not among entities`);
    if ((s.kind === 'named' || s.kind === 'media') && s.entity === null) errs.push(`${tag}: ${s.kind} source needs an entity`);
    if ((s.kind === 'anonymous' || s.kind === 'vague') && s.entity !== null) errs.push(`${tag}: ${s.kind} source with an entity`);
    if (s.anonymityReason !== undefined) {
      const r = locate(a, `${tag} anonymityReason`, s.anonymityReason, undefined);
      if (r.err) errs.push(r.err);
    }
  }
  const used = new Set<string>();
  // attributions
  const attributions: any[] = gold.attributions ?? [];
  attributions.forEach((t, i) => {
    const tag = `attribution #${i}`;
    if (!ids.has(t.source)) errs.push(`${tag}: unknown source ${t.source}`);
    used.add(t.source);
    if (!ATTR_KINDS.includes(t.kind)) errs.push(`${tag}: bad kind ${t.kind}`);
    const cue = locate(a, `${tag} cue`, t.cue, t.cueOccurrence);
    const content = locate(a, `${tag} content`, t.content, t.occurrence, true);
    if (cue.err) errs.push(cue.err);
    if (content.err) errs.push(content.err);
    if (typeof t.content === 'string') {
      const c = t.content.trim();
      if (c !== t.content) errs.push(`${tag}: content has edge whitespace`);
      if (QUOTE_MARKS.includes(c[0]) || QUOTE_MARKS.includes(c[c.length - 1]))
        errs.push(`${tag}: content includes quotation marks`);
    }
    // A cue and its content sit in the same paragraph: catches wrong occurrences.
    if (!cue.err && !content.err && lineOf(a.text, cue.at) !== lineOf(a.text, content.at))
      errs.push(`${tag}: cue "${t.cue}" and content are in different paragraphs`);
    for (const v of t.via ?? []) {
      if (!ids.has(v)) errs.push(`${tag}: via ${v} unknown`);
      used.add(v);
    }
  });
  for (const s of sources) if (!used.has(s.id)) errs.push(`source ${s.id} is never used by an attribution`);
  // events (examples/ carry hand-annotated events too: session 2)
  const events: any[] = gold.events ?? [];
  events.forEach((v, i) => {
    const tag = `event #${i} ${v.type}`;
    if (!(v.type in MODES)) errs.push(`${tag}: bad type`);
    else if (v.mode !== undefined && v.mode !== null && !MODES[v.type].includes(v.mode)) errs.push(`${tag}: bad mode ${v.mode}`);
    const r = locate(a, `${tag} trigger`, v.trigger, v.occurrence, true);
    if (r.err) errs.push(r.err);
    // a participant is an entity name, or the text of a group/common-noun phrase (المحتجون، قوات الأمن)
    for (const n of [...(v.actors ?? []), ...(v.targets ?? [])])
      if (!names.has(n) && !(typeof n === 'string' && n.length > 2 && a.text.includes(n))) errs.push(`${tag}: participant "${n}" not among entities`);
    if (!Array.isArray(v.actors) || !Array.isArray(v.targets)) errs.push(`${tag}: actors/targets must be arrays`);
    if (v.place !== null && v.place !== undefined && !names.has(v.place)) errs.push(`${tag}: place "${v.place}" not among entities`);
    if (v.date !== null && v.date !== undefined && !validDate(v.date)) errs.push(`${tag}: bad date ${v.date}`);
    for (const f of ['negated', 'future'])
      if (v[f] !== undefined && typeof v[f] !== 'boolean') errs.push(`${tag}: ${f} must be boolean`);
  });
  // examples/: sources, attributions, events and dates are hand-annotated on the dev set (session 2) and checked too

  // dates
  const dates: any[] = gold.dates ?? [];
  dates.forEach((d, i) => {
    const tag = `date #${i}`;
    const r = locate(a, `${tag} text`, d.text, d.occurrence, true);
    if (r.err) errs.push(r.err);
    if (!validDate(d.value)) errs.push(`${tag}: bad value ${d.value}`);
    if (d.calendar !== undefined && !['gregorian', 'hijri'].includes(d.calendar)) errs.push(`${tag}: bad calendar`);
    if (d.relative !== undefined && typeof d.relative !== 'boolean') errs.push(`${tag}: relative must be boolean`);
  });
  return errs;
}

const sets = [
  { set: 'gold' as const, min: 150, max: 350, minCount: 15 },
  { set: 'examples' as const, min: 200, max: 450, minCount: 12 },
];

for (const { set, min, max, minCount } of sets) {
  describe(`${set}/ corpus`, () => {
    const stems = stemsOf(set);

    it(`has at least ${minCount} articles, each with both sidecars`, () => {
      expect(stems.filter((s) => !isSeed(s)).length).toBeGreaterThanOrEqual(minCount);
      const missing = stems.filter(
        (s) =>
          !existsSync(join(ROOT, set, `${s}.meta.json`)) ||
          (!isSeed(s) && !existsSync(join(ROOT, set, `${s}.gold.json`))),
      );
      expect(missing).toEqual([]);
    });

    it('has no stray sidecars without a text', () => {
      const dir = join(ROOT, set);
      const files = existsSync(dir) ? readdirSync(dir) : [];
      const stray = files
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace(/\.(meta|gold)\.json$/, ''))
        .filter((s) => !stems.includes(s));
      expect(stray).toEqual([]);
    });

    for (const stem of stems) {
      it(`${stem}: annotation is consistent with the text`, () => {
        const a = load(set, stem);
        expect(checkArticle(a)).toEqual([]);
        if (!isSeed(stem)) {
          const n = wordCount(a.text);
          expect(n, `${stem} has ${n} words`).toBeGreaterThanOrEqual(min);
          expect(n, `${stem} has ${n} words`).toBeLessThanOrEqual(max);
        }
        if (set === 'examples') {
          for (const k of [] as string[]) // dates, events: hand-annotated on the dev set (session 2)
            expect(a.gold[k] ?? [], `examples carry entities only (${k})`).toEqual([]);
        }
      });
    }
  });
}

describe('the checker itself', () => {
  const base: Article = {
    set: 'gold', stem: 'x', text: 'قال الرئيس عبد الله الثاني إن الأردن يرفض الخطة.\nوأضاف: «لن نقبل».',
    meta: { title: 't', outlet: 'o', published: '2021-03-04', country: 'JO' },
    gold: {
      entities: [
        { type: 'PER', name: 'عبد الله الثاني', mentions: ['عبد الله الثاني'] },
        { type: 'LOC', name: 'الأردن', mentions: ['الأردن'] },
      ],
      sources: [{ id: 'S1', kind: 'named', label: 'عبد الله الثاني', entity: 'عبد الله الثاني' }],
      attributions: [
        { source: 'S1', kind: 'indirect', cue: 'قال', content: 'الأردن يرفض الخطة' },
        { source: 'S1', kind: 'direct', cue: 'وأضاف', content: 'لن نقبل' },
      ],
      events: [{ type: 'REJECT', trigger: 'يرفض', actors: ['الأردن'], targets: [], place: null, date: '2021-03-04' }],
      dates: [],
    },
  };
  const clone = (): Article => JSON.parse(JSON.stringify(base));

  it('accepts a consistent article', () => {
    expect(checkArticle(clone())).toEqual([]);
  });
  it('rejects a mention listed more often than it occurs', () => {
    const a = clone();
    a.gold.entities[1].mentions.push('الأردن');
    expect(checkArticle(a).join()).toMatch(/listed 2× but occurs 1×/);
  });
  it('does not count a mention nested in a longer one', () => {
    const a = clone();
    a.gold.entities[0].mentions.push('الثاني');
    expect(checkArticle(a).join()).toMatch(/"الثاني" listed 1× but occurs 0×/);
  });
  it('rejects unknown sources, participants and bad dates', () => {
    const a = clone();
    a.gold.attributions[0].source = 'S9';
    a.gold.events[0].actors = ['سوريا'];
    a.gold.events[0].date = '2021-02-30';
    const errs = checkArticle(a).join('\n');
    expect(errs).toMatch(/unknown source S9/);
    expect(errs).toMatch(/participant "سوريا"/);
    expect(errs).toMatch(/bad date 2021-02-30/);
  });
  it('rejects content with quotation marks and cues in another paragraph', () => {
    const a = clone();
    a.gold.attributions[1].content = '«لن نقبل»';
    a.gold.attributions[0].content = 'لن نقبل';
    const errs = checkArticle(a).join('\n');
    expect(errs).toMatch(/quotation marks/);
    expect(errs).toMatch(/different paragraphs/);
  });
  it('requires an occurrence for an ambiguous trigger', () => {
    const a = clone();
    a.gold.events[0].trigger = 'ال';
    expect(checkArticle(a).join()).toMatch(/"ال" occurs \d+× in text; give "occurrence"/);
    a.gold.events[0].occurrence = 1;
    expect(checkArticle(a)).toEqual([]);
  });
  it('honours occurrence', () => {
    const a = clone();
    a.gold.dates = [{ text: 'قال', value: '2021-03', occurrence: 1 }];
    expect(checkArticle(a).join()).toMatch(/occurrence 1\) not in text/);
  });
});
