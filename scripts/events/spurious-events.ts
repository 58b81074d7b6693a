// Session 7 (issue #5): why predicted events are unmatched. For every predicted event the evaluator did not
// pair with a gold event (`scoreFile(...).pairs`), tells whether its trigger overlaps a gold trigger of the
// same type (a participant problem: the roles side), of another type (a type decision), or no gold trigger;
// in the last case whether a gold event of its type sits in the same sentence (a trigger/merge difference)
// or none at all (a spurious detection), grouped by the evidence rule of the trigger row (pos) and by context.
// Run: node --import tsx scripts/events/spurious-events.ts [DIR…] [--brief]
import type { Event } from '../../src/contract.ts';
import { lowerBound } from '../../src/doc.ts';
import { extractEvents } from '../../src/events/index.ts';
import { findOccurrence, scoreFile } from '../../src/eval/events.ts';
import { cliDirs, goldArticles } from './articles.ts';
import { SCHEMA_ID, type Analysis } from '../../src/contract.ts';

const { dirs, flags } = cliDirs();

const groups = new Map<string, string[]>();
const add = (k: string, l: string) => { if (!groups.has(k)) groups.set(k, []); groups.get(k)!.push(l); };
let predicted = 0, unmatched = 0;
for (const { stem, gold, text, meta, doc, ents, atts, dates } of goldArticles(dirs)) {
  const events: Event[] = extractEvents(doc, ents, atts, dates);
  const a = { schema: SCHEMA_ID, doc: meta, text, entities: ents.entities, events, dates } as unknown as Analysis;
  const sc = scoreFile(stem, a, gold);
  const paired = new Set(sc.pairs.map((p) => p[1]));
  const gl = (gold.events ?? []).map((g) => {
    const at = g.trigger ? findOccurrence(text, g.trigger, g.occurrence ?? 0) : -1;
    return { g, at, end: at < 0 ? -1 : at + (g.trigger ?? '').length };
  });
  const sentOf = (off: number) => doc.sentenceOf[Math.min(doc.tokens.length - 1, lowerBound(doc.tokens, off))] ?? -1;
  predicted += events.length;
  events.forEach((p, i) => {
    if (paired.has(i)) return;
    unmatched++;
    const s = p.trigger.start, e = p.trigger.end;
    const ctx = text.slice(Math.max(0, s - 50), s).replace(/\s+/g, ' ') + '[' + p.trigger.text + ']' + text.slice(e, e + 40).replace(/\s+/g, ' ');
    const actors = p.participants?.filter((x) => x.role === 'actor').map((x) => x.text).join('، ') ?? '';
    const line = `${stem}: ${p.type}${p.mode ? '/' + p.mode : ''}${p.context?.length ? ' {' + p.context.join(',') + '}' : ''} «${p.trigger.text}» [${actors}] …${ctx}…  ${(p.evidence ?? []).slice(0, 3).join(' ')}`;
    const over = gl.filter((x) => x.at >= 0 && x.at < e && s < x.end);
    if (over.some((x) => x.g.type === p.type)) { add('A. same type at a gold trigger (participants)', line); return; }
    if (over.length) { add('B. other gold type at the trigger', `${line}  gold=${over.map((x) => x.g.type + (x.g.mode ? '/' + x.g.mode : '')).join(',')}`); return; }
    const ps = sentOf(s);
    const sameSent = gl.filter((x) => x.at >= 0 && sentOf(x.at) === ps && x.g.type === p.type);
    if (sameSent.length) { add('C. gold event of its type elsewhere in the sentence', `${line}  gold «${sameSent.map((x) => x.g.trigger).join('»,«')}»`); return; }
    const pos = /lexicon:[^ ]*triggers\.tsv/.test((p.evidence ?? []).join(' ')) ? '' : ' (no lexicon evidence)';
    add(`D. no gold event of its type in the sentence${pos}`, line);
  });
}
console.log(`${unmatched}/${predicted} predicted events unmatched`);
for (const [k, ls] of [...groups].sort()) {
  console.log(`\n## ${k}: ${ls.length}`);
  if (!flags.has('--brief')) for (const l of ls) console.log('  ' + l);
}
