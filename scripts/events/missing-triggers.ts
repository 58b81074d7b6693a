// Session 6 (issue #5): which gold events have no predicted event of the right type on their trigger, and why.
// For every gold event of the given gold directories (default: examples/ and dev/events/), locates its trigger
// (`occurrence`-th occurrence), and reports whether a predicted event overlaps it (and with which type), whether
// it was merged into another event (`@offset` evidence), found by the trigger lexicon but dropped later, or not
// found at all — then why: inside an entity or group mention, cancelled by a blocker / follower / unmet `requires`
// / `!` exclusion, an inflection the loader does not generate (the stem of a verb row is inside the word), or a
// word no row knows. Run: node --import tsx scripts/events/missing-triggers.ts [DIR…] [--all] [--confusions]
// (`--all` lists the matched events too; `--confusions` prints the predicted-vs-gold type table.)
import type { Event } from '../../src/contract.ts';
import { lowerBound } from '../../src/doc.ts';
import { extractEvents } from '../../src/events/index.ts';
import { Ctx } from '../../src/events/context.ts';
import { dropTrace } from '../../src/events/finish.ts';
import { findTriggers, compatible, blocked, requirementMet, requirementBefore } from '../../src/events/triggers.ts';
import { eventLexicon } from '../../src/events/lexicon.ts';
import { loadTsv } from '../../src/lexicon/tsv.ts';
import { normalize } from '../../src/text/normalize.ts';
import { findOccurrence, scoreFile } from '../../src/eval/events.ts';
import { cliDirs, goldArticles } from './articles.ts';
import { SCHEMA_ID, type Analysis } from '../../src/contract.ts';

const { dirs, flags } = cliDirs();


// verb stems of the lexicon (past and imperfect), to tell "an inflection not generated" from "a word no row knows"
const stems: { s: string; row: string }[] = [];
for (const r of loadTsv('events/triggers.tsv')) {
  if (r.pos !== 'verb') continue;
  for (const x of [r.past, r.present]) {
    const n = normalize((x ?? '').trim().split(/\s+/)[0] ?? '');
    if (n.length >= 3) stems.push({ s: n, row: `${r.type}/${r.past}` });
  }
}

const causes = new Map<string, string[]>();
const confusions = new Map<string, number>();
const add = (cause: string, line: string) => {
  if (!causes.has(cause)) causes.set(cause, []);
  causes.get(cause)!.push(line);
};
let total = 0, ok = 0;
const spurious: string[] = [];
let matchedTotal = 0;

for (const { stem, gold, text, meta, doc, ents, atts, dates } of goldArticles(dirs)) {
  // (session 7: which pass removed a draft, by its trigger token)
  const stageOf = new Map<number, string>();
  dropTrace.on = (stage, tok) => { if (stage === 'drafted') { if (!stageOf.has(tok)) stageOf.set(tok, 'kept?'); } else if (stageOf.get(tok) === 'kept?' || !stageOf.has(tok)) stageOf.set(tok, stage); };
  const events: Event[] = extractEvents(doc, ents, atts, dates);
  dropTrace.on = null;
  const c = new Ctx(doc, ents);
  for (const d of dates) for (let k = lowerBound(c.toks, d.start); k < c.toks.length && c.toks[k].start < d.end; k++) c.dateCovered[k] = 1;
  const hits = findTriggers(c);
  const lex = eventLexicon();
  // the evaluator's verdict (missed lines, with multiplicity): a gold event it matched is flagged [matched]
  const a = { schema: SCHEMA_ID, doc: meta, text, entities: ents.entities, events, dates } as unknown as Analysis;
  const sc = scoreFile(stem, a, gold);
  const missed = sc.missed;
  for (const x of sc.spurious) spurious.push(`${stem}: ${x}`);
  matchedTotal += sc.matched;
  for (const g of gold.events ?? []) {
    total++;
    const key = `${g.type} ${g.trigger ?? ''} [${(g.actors ?? []).join('، ')}]`;
    const mi = missed.indexOf(key);
    const tag = mi >= 0 ? '' : ' [matched]';
    if (mi >= 0) missed.splice(mi, 1);
    const trig = g.trigger ?? '';
    const at = trig ? findOccurrence(text, trig, g.occurrence ?? 0) : -1;
    const where = `${stem}: ${g.type}${g.mode ? '/' + g.mode : ''} «${trig}»${tag}`;
    const ctxOf = (s: number, e: number) => text.slice(Math.max(0, s - 40), s).replace(/\s+/g, ' ') + '[' + text.slice(s, e) + ']' + text.slice(e, e + 40).replace(/\s+/g, ' ');
    if (at < 0) { add('trigger not in text', where); continue; }
    const end = at + trig.length;
    // predicted events within 60 characters (a merge or a neighbouring trigger may carry the event)
    const near = events.filter((p) => p.trigger.end > at - 60 && p.trigger.start < end + 60 && !(p.trigger.start < end && at < p.trigger.end)).map((p) => `${p.type}«${p.trigger.text}»`).join(' ');
    const line = `${where}  …${ctxOf(at, end)}…${near ? '  near: ' + near : ''}`;
    const over = events.filter((p) => p.trigger.start < end && at < p.trigger.end);
    const same = over.find((p) => p.type === g.type);
    if (same) {
      ok++;
      if (flags.has('--all')) add('ok', line);
      continue;
    }
    if (over.length) {
      const key = `${over[0].type}${over[0].mode ? '/' + over[0].mode : ''} for ${g.type}${g.mode ? '/' + g.mode : ''}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
      add(`typed differently (${over[0].type})`, `${line}  → ${over[0].type}/${over[0].mode ?? ''} ${over[0].evidence?.[0] ?? ''}`);
      continue;
    }
    // merged: an event's evidence names a merged mention at an offset inside the gold trigger
    const merged = events.find((p) => (p.evidence ?? []).some((ev) => { const m = /@(\d+)/.exec(ev); return !!m && +m[1] >= at && +m[1] < end; }));
    if (merged) {
      const ev = (merged.evidence ?? []).find((x) => { const m = /@(\d+)/.exec(x); return !!m && +m[1] >= at && +m[1] < end; })!;
      add(merged.type === g.type ? 'merged into an event of its type' : `merged into another type (${merged.type})`, `${line}  → ${merged.type} «${merged.trigger.text}» ${ev.replace(/@\d+/, '')}`);
      continue;
    }
    const k0 = lowerBound(c.toks, at);
    const toks: number[] = [];
    for (let k = k0 > 0 && c.toks[k0 - 1].end > at ? k0 - 1 : k0; k < c.toks.length && c.toks[k].start < end; k++) toks.push(k);
    const hit = hits.find((h) => toks.includes(h.tok) || (h.tok < toks[0] && h.tok + h.len > toks[0]));
    if (hit) {
      const stage = stageOf.get(hit.tok) ?? 'never drafted (join/skip in the trigger loop)';
      const cause = hit.entry.type === g.type ? `found, dropped later: ${stage}` : `found as another type, dropped (${hit.entry.type})`;
      add(cause, `${line}  (${hit.entry.type}/${hit.entry.pos} ${hit.entry.evidence}; ${stage})`);
      continue;
    }
    // lexicon matches at the trigger tokens, and what cancelled them
    let why = '';
    for (const k of toks) {
      if (c.toks[k].kind !== 'word') continue;
      for (const f of c.look(k).trigger) {
        const res = lex.triggers.matchAt((j) => (j === k ? f.norm : c.sent(j) === c.sent(k) && c.toks[j]?.kind === 'word' ? c.norm(j) : undefined), k, [f.norm]);
        for (const r of res) for (const e of r.values) {
          if (!compatible(e, f, r.length)) { why ||= `incompatible segmentation (${e.type}/${e.pos} ${f.prefix}+${f.norm}+${f.suffix})`; continue; }
          const tag = `${e.type}/${e.pos} ${e.evidence}`;
          if (c.covered[k]) why = `inside an entity or group mention (${tag})`;
          else if (blocked(c, k, e, f)) why = `blocker (${tag}; prev «${c.toks[k - 1]?.text}»)`;
          else if (e.requires.size && !requirementMet(c, k + r.length, e.requires, e.pos === 'verb' ? 16 : 6) && !(e.pos === 'verb' && requirementBefore(c, k, e.requires))) why = `requires unmet (${tag})`;
          else if (e.excludes.size && requirementMet(c, k + r.length, e.excludes, 6)) why = `excluded by ! word (${tag})`;
          else why ||= `other trigger guard (${tag})`;
        }
      }
    }
    if (!why) {
      const fol = toks.some((k) => c.lex.followers.has(c.toks[k].norm) || c.lex.followers.has(c.toks[k].norm.replace(/^[وف]/, '')));
      if (fol) why = 'follower row';
    }
    if (!why) {
      const n = toks.map((k) => c.toks[k].norm).join(' ');
      const st = stems.find((x) => n.includes(x.s));
      why = st ? `inflection not generated? (row ${st.row})` : 'word not in lexicon';
    }
    add(why.replace(/ \(.*$/, ''), `${line}  ${why}`);
  }
}

console.log(`${matchedTotal}/${total} gold events matched by the evaluator; ${spurious.length} spurious.`);
console.log(`${ok}/${total} gold events have a predicted event of their type on the trigger; ${total - ok} do not.`);
for (const [cause, lines] of [...causes].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n## ${cause}: ${lines.length}`);
  for (const l of lines) console.log('  ' + l);
}
if (flags.has('--spurious')) {
  console.log(`\n## spurious predictions: ${spurious.length}`);
  for (const l of spurious) console.log('  ' + l);
}
if (flags.has('--confusions')) {
  console.log('\n## type confusions (predicted for gold)');
  for (const [k, n] of [...confusions].sort((a, b) => b[1] - a[1])) console.log(`  ${n}  ${k}`);
}
