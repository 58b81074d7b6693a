// Event-date misses (session 6, issue #5): for gold events the evaluator matches (its own one-to-one pass:
// same type, actor / target / place / trigger test), list those whose predicted date differs from gold
// (gold null included, which the evaluator does not count), with the trigger, its sentence and a guessed
// cause, grouped by cause:
//   background        — gold null; the sentence is pluperfect / «سبق أن» / «في وقت سابق» / «العام الماضي»
//   future/planned    — gold null; the event is future or planned (context 'future', «من المقرر»، س- prefix)
//   gold-null-other   — gold null, none of the above
//   pred-null         — gold has a date, the prediction none
//   paragraph-date    — gold equals a date mention of the trigger's paragraph, not of its sentence
//   other-clause      — gold equals another date mention of the sentence than the one taken
//   precision         — same value at a coarser / finer precision (YYYY-MM vs day)
//   anchor            — the sentence has «قبل/بعد يوم من …», «عشية»، «غداة»
//   lead/headline     — the trigger is in the first paragraph(s) and gold equals a date of the lead
//   dateline-yesterday— gold is the day before publication (a dateline's «أمس»)
//   other
// Run: node --import tsx scripts/events/date-misses.ts [DIR…] [--brief]   (default dev/events and examples)
import { join } from 'node:path';
import type { Analysis, Event } from '../../src/contract.ts';
import { loadGoldDir } from '../../src/eval/gold.ts';
import { scoreFile, type GoldEvent, type GoldFile } from '../../src/eval/events.ts';
import { normalize } from '../../src/text/normalize.ts';
import { Grouped } from './grouped.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const brief = args.includes('--brief');
const dirs = args.filter((x) => !x.startsWith('--'));
if (!dirs.length) dirs.push(join(ROOT, 'dev', 'events'), join(ROOT, 'examples'));

/** The evaluator's pairing, gold index → predicted index. */
const pair = (stem: string, a: Analysis, gold: GoldFile): Map<number, number> => new Map(scoreFile(stem, a, gold).pairs);

const dayBefore = (iso: string) => {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const BACKGROUND = /(?:^|\s)(?:و|ف)?كان(?:ت|وا|ا)?\s(?:\S+\s){0,4}?قد\s|سبق\s+(?:ل\S+\s+)?ان|في\s+وقت\s+سابق|العام\s+الماضي|السنه\s+الماضيه|منذ\s/;
const FUTURE = /من\s+المقرر|من\s+المنتظر|من\s+المتوقع|يعتزم|تعتزم|ستعقد|سيعقد|المقبل|القادم|(?:^|\s)(?:و|ف)?س[يتن]\S+/;
const ANCHOR = /(?:قبل|بعد)\s+(?:يوم|يومين|ساعات|ايام)\s+(?:من|على)|عشيه|غداه/;

function classify(a: Analysis, g: GoldEvent, p: Event, sent: { start: number; end: number }, para: { start: number; end: number } | undefined, pIdx: number): string {
  const sNorm = normalize(a.text.slice(sent.start, sent.end));
  const gd = g.date ?? null, pd = p.date?.value ?? null;
  if (gd === null) {
    if ((p.context ?? []).includes('future') || FUTURE.test(sNorm)) return 'future/planned';
    if (BACKGROUND.test(sNorm)) return 'background';
    return 'gold-null-other';
  }
  if (pd === null) return 'pred-null';
  if (pd.startsWith(gd) || gd.startsWith(pd)) return 'precision';
  const inSent = a.dates.filter((m) => m.start >= sent.start && m.start < sent.end);
  if (inSent.some((m) => m.value === gd)) return 'other-clause';
  if (ANCHOR.test(sNorm)) return 'anchor';
  if (para && a.dates.some((m) => m.start >= para.start && m.start < para.end && m.value === gd)) return 'paragraph-date';
  if (pIdx <= 1 && a.dates.some((m) => m.value === gd && m.start < (a.paragraphs[1]?.end ?? 0))) return 'lead/headline';
  if (a.doc.published && gd === dayBefore(a.doc.published.slice(0, 10))) return 'dateline-yesterday';
  if (a.dates.some((m) => m.value === gd)) return 'other (gold = a date elsewhere)';
  return 'other';
}

const groups = new Grouped();
let compared = 0, equal = 0, goldNull = 0, nullOk = 0;
for (const dir of dirs) {
  for (const { stem, gold, analysis: a } of loadGoldDir<GoldFile>(dir)) {
    const golds = gold.events ?? [];
    for (const [gi, pi] of pair(stem, a, gold)) {
      const g = golds[gi], p = a.events[pi];
      const gd = g.date ?? null, pd = p.date?.value ?? null;
      if (gd) { compared++; if (gd === pd) { equal++; continue; } } else { goldNull++; if (pd === null) { nullOk++; continue; } }
      const sent = a.sentences.find((s) => s.start <= p.trigger.start && p.trigger.start < s.end) ?? { start: p.trigger.start, end: p.trigger.end };
      const paras = a.paragraphs;
      const pIdx = paras.findIndex((x) => x.start <= p.trigger.start && p.trigger.start < x.end);
      const key = classify(a, g, p, sent, paras[pIdx], pIdx);
      const rules = (p.evidence ?? []).filter((x) => /date/.test(x)).join(' ');
      const lines = [`${stem} ${g.type} «${p.trigger.text}» gold ${gd ?? 'null'} pred ${pd ?? 'null'} (${p.date?.basis ?? '-'}${p.date?.text ? ' «' + p.date.text + '»' : ''}) ctx[${(p.context ?? []).join(',')}] ¶${pIdx} ${rules}`];
      if (!brief) lines.push(`      ${a.text.slice(sent.start, sent.end).replace(/\s+/g, ' ').trim().slice(0, 300)}`);
      groups.add(key, lines);
    }
  }
}
groups.print();
console.log(`\nmatched events with a gold date: ${equal}/${compared} equal; with gold null: ${nullOk}/${goldNull} predicted null`);
groups.printCounts();
