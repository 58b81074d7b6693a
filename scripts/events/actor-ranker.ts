// Experiment (session 5, issue #5): would a learned actor chooser generalise better than the actor rules?
// For every dev/events article, aligns gold events to predicted events (same type, overlapping trigger),
// lists candidate actors near the trigger, and trains an averaged-perceptron ranker (candidates + "none")
// with leave-article-groups-out folds. Prints accuracy of the rules' first actor, the ranker and an oracle.
// Run: node --import tsx scripts/events/actor-ranker.ts [--dump]
import { join } from 'node:path';
import type { Analysis, Event } from '../../src/contract.ts';
import { createDoc, lowerBound } from '../../src/doc.ts';
import { loadGoldDir } from '../../src/eval/gold.ts';
import { findOccurrence, namesMatch, type GoldFile } from '../../src/eval/events.ts';
import { normalize } from '../../src/text/normalize.ts';

const DIR = join(import.meta.dirname, '..', '..', 'dev', 'events');
// small closed set of prepositions (separate words and proclitics) for the "preposition before" feature
const PREPS = new Set(['من', 'ب', 'مع', 'علي', 'الي', 'ل', 'عن', 'في', 'ضد', 'بين', 'لدي', 'عند', 'تجاه', 'بحق']);
const PUNCT = /[،,.؛;:!?؟«»"()\-–—]/;

interface Cand { feats: string[]; positive: boolean; label: string; rulesFirst: boolean; isNone?: boolean }
interface Item { stem: string; group: number; cands: Cand[]; goldHasActors: boolean; rulesFirstOk: boolean; rulesAnyOk: boolean; oracle: boolean; desc: string }


const bucket = (d: number) => (d <= 0 ? '0' : d === 1 ? '1' : d === 2 ? '2' : d <= 5 ? '3-5' : d <= 10 ? '6-10' : d <= 20 ? '11-20' : '21+');
const cnt = (n: number) => (n <= 1 ? '1' : n <= 3 ? '2-3' : n <= 7 ? '4-7' : '8+');

function triggerKind(t: string): string {
  const n = normalize(t).replace(/^(و|ف)(?=...)/, '');
  if (n.startsWith('ال')) return 'noun';
  if (n.startsWith('م') && n.length >= 4) return 'participle';
  return 'verb';
}

function itemsOf(stem: string, a: Analysis, gold: GoldFile): Item[] {
  const doc = createDoc(a.text, a.doc);
  const toks = doc.tokens;
  const tokAt = (off: number) => Math.min(lowerBound(toks, off), toks.length - 1);
  const sentOfOff = (off: number) => doc.sentenceOf[tokAt(off)];
  const group = Math.floor((Number(stem.slice(1, 3)) - 1) / 8);
  const usedPred = new Set<number>();
  const out: Item[] = [];
  const entById = new Map(a.entities.map((e) => [e.id, e]));
  for (const g of gold.events ?? []) {
    if (!g.trigger) continue;
    const gt = findOccurrence(a.text, g.trigger, g.occurrence ?? 0);
    if (gt < 0) continue;
    const pi = a.events.findIndex((p, i) => !usedPred.has(i) && p.type === g.type && p.trigger.start < gt + g.trigger!.length && gt < p.trigger.end);
    if (pi < 0) continue;
    usedPred.add(pi);
    const p: Event = a.events[pi];
    const goldActors = g.actors ?? [];
    const tr = p.trigger;
    const ts = sentOfOff(tr.start);
    const winStart = doc.sentences[Math.max(0, ts - 1)].start;
    const winEnd = doc.sentences[ts].end;
    const trTok = tokAt(tr.start);
    const tkind = triggerKind(tr.text);
    const actorParts = (p.participants ?? []).filter((x) => x.role === 'actor');
    const first = actorParts[0] ?? (p.actors[0] ? { entity: p.actors[0], start: -1, end: -1, text: '' } : undefined);
    // attributions whose content covers the trigger: their speakers
    const covering = a.attributions.filter((q) => q.content.start <= tr.start && tr.end <= q.content.end);
    const speakerEnts = new Set(covering.map((q) => a.sources.find((s) => s.id === q.source)?.entity).filter((x): x is string => !!x));
    const speakerSpans = covering.flatMap((q) => a.sources.find((s) => s.id === q.source)?.mentions ?? []);
    const inQuote = (s: number, e: number) => a.attributions.some((q) => q.content.start <= s && e <= q.content.end);
    const trInQuote = covering.length > 0;

    // raw candidates: the nearest mention of each entity in the window, and the event's non-entity participants
    type Raw = { start: number; end: number; text: string; entity: string | null; part?: 'actor' | 'target' };
    const raw: Raw[] = [];
    for (const e of a.entities) {
      let best: Raw | undefined;
      let bd = Infinity;
      for (const m of e.mentions) {
        if (m.start < winStart || m.end > winEnd) continue;
        if (m.start < tr.end && tr.start < m.end) continue;
        const d = m.end <= tr.start ? tr.start - m.end : m.start - tr.end;
        if (d < bd) { bd = d; best = { ...m, entity: e.id }; }
      }
      if (best) raw.push(best);
    }
    for (const x of p.participants ?? []) {
      if (x.entity === null) raw.push({ start: x.start, end: x.end, text: x.text, entity: null, part: x.role });
      else if (!raw.some((r) => r.entity === x.entity)) raw.push({ start: x.start, end: x.end, text: x.text, entity: x.entity, part: x.role });
    }
    raw.sort((x, y) => x.start - y.start);
    const before = raw.filter((r) => r.end <= tr.start).reverse();
    const after = raw.filter((r) => r.start >= tr.end);
    const firstInSent = new Map<number, Raw>();
    for (const r of raw) { const s = sentOfOff(r.start); if (!firstInSent.has(s)) firstInSent.set(s, r); }
    const ttype = p.type;
    const mode = p.mode ?? '-';
    const ruleEv = (p.evidence ?? []).filter((x) => x.startsWith('rule:')).map((x) => x.replace(/@\d+$/, ''));

    const cands: Cand[] = [];
    for (const r of raw) {
      const ent = r.entity ? entById.get(r.entity) : undefined;
      const names = ent ? [ent.name, ...ent.mentions.map((m) => m.text)] : [r.text];
      const positive = goldActors.some((ga) => names.some((n) => namesMatch(ga, n)));
      const dir = r.end <= tr.start ? 'B' : 'A';
      const rt = tokAt(r.start);
      const rtEnd = tokAt(Math.max(r.start, r.end - 1));
      const dist = dir === 'B' ? trTok - rtEnd - 1 : rt - tokAt(tr.end - 1) - 1;
      const lo = dir === 'B' ? r.end : tr.end;
      const hi = dir === 'B' ? tr.start : r.start;
      const sameClause = !PUNCT.test(a.text.slice(lo, hi));
      const sameSent = sentOfOff(r.start) === ts;
      const isRuleActor = actorParts.some((x) => (r.entity && x.entity === r.entity) || (x.start === r.start && x.end === r.end)) || (!!r.entity && p.actors.includes(r.entity));
      const isRuleTarget = (p.participants ?? []).some((x) => x.role === 'target' && ((r.entity && x.entity === r.entity) || (x.start === r.start && x.end === r.end))) || (!!r.entity && p.targets.includes(r.entity));
      const isFirst = !!first && ((first.entity !== null && first.entity === r.entity) || (first.start === r.start && first.end === r.end));
      // preposition: an attached proclitic (letter right before the span) or the previous word
      let prep = 'none';
      const prevCh = r.start > 0 ? a.text[r.start - 1] : ' ';
      if (/\p{L}/u.test(prevCh)) {
        let k = r.start - 1;
        while (k > 0 && /\p{L}/u.test(a.text[k - 1])) k--;
        const cl = normalize(a.text.slice(k, r.start));
        prep = cl.startsWith('ل') ? 'cl:ل' : cl.includes('ب') ? 'cl:ب' : 'cl:' + cl;
      } else if (rt > 0) {
        const prevNorm = toks[rt - 1].norm.replace(/^و/, '');
        if (PREPS.has(prevNorm)) prep = 'w:' + prevNorm;
      }
      const etype = ent ? ent.type : 'GRP';
      const rankDir = (dir === 'B' ? before : after).indexOf(r);
      const speaker = (!!r.entity && speakerEnts.has(r.entity)) || speakerSpans.some((m) => m.start < r.end && r.start < m.end);
      const f: string[] = [
        'bias', `et=${etype}`, `src=${r.entity ? 'ent' : 'grp'}`, `part=${r.part ?? '-'}`,
        `dir=${dir}`, `dist=${bucket(dist)}`, `dd=${dir}${bucket(dist)}`, `rank=${dir}${Math.min(rankDir, 3)}`,
        `sent=${sameSent ? 'same' : 'prev'}`, `clause=${sameClause && sameSent ? 1 : 0}`, `cd=${sameClause ? 1 : 0}${dir}`,
        `rule=${isRuleActor ? 'A' : isRuleTarget ? 'T' : '-'}`, `first=${isFirst ? 1 : 0}`,
        `spk=${speaker ? 1 : 0}`, `q=${inQuote(r.start, r.end) ? 1 : 0}${trInQuote ? 1 : 0}`,
        `prep=${prep}`, `prepd=${prep}${dir}`, `fis=${firstInSent.get(sentOfOff(r.start)) === r ? 1 : 0}`,
        `title=${ent?.titles?.length ? 1 : 0}`, `sal=${cnt(ent ? ent.mentions.length : 1)}`,
        `tk=${tkind}${dir}${bucket(dist)}`, `ty=${ttype}${dir}`, `tyE=${ttype}${etype}`, `mo=${mode}${dir}`,
        `etd=${etype}${dir}`, `tkr=${tkind}${isRuleActor ? 'A' : '-'}`, `ruleR=${isRuleActor ? 'A' : '-'}${dir}${rankDir === 0 ? 0 : 1}`,
        ...ruleEv.map((x) => `ev=${x}${isRuleActor ? 'A' : '-'}`),
      ];
      cands.push({ feats: f, positive, label: `${r.text}${positive ? '+' : ''}${isRuleActor ? '(R)' : ''}`, rulesFirst: isFirst });
    }
    const noneFeats = ['NONE', `N:ty=${ttype}`, `N:mo=${mode}`, `N:tk=${tkind}`, `N:rules=${first ? 1 : 0}`, `N:n=${cnt(cands.length)}`, `N:q=${trInQuote ? 1 : 0}`];
    cands.push({ feats: noneFeats, positive: goldActors.length === 0, label: 'NONE', rulesFirst: !first, isNone: true });
    // the rules' first actor may lie outside the window: judge it directly by name
    let rulesFirstOk: boolean;
    if (!first) rulesFirstOk = goldActors.length === 0;
    else {
      const names = first.entity ? (() => { const e = entById.get(first.entity!); return e ? [e.name, ...e.mentions.map((m) => m.text)] : []; })() : [first.text];
      rulesFirstOk = goldActors.some((ga) => names.some((n) => namesMatch(ga, n)));
    }
    const anyNames = [...actorParts.map((x) => [x.text]), ...p.actors.map((id) => { const e = entById.get(id); return e ? [e.name, ...e.mentions.map((m) => m.text)] : []; })];
    const rulesAnyOk = goldActors.length ? goldActors.some((ga) => anyNames.some((ns) => ns.some((n) => namesMatch(ga, n)))) : !first;
    out.push({
      stem, group, cands, goldHasActors: goldActors.length > 0, rulesFirstOk, rulesAnyOk, oracle: cands.some((c) => c.positive),
      desc: `${stem} ${g.type} «${g.trigger}» gold=[${goldActors.join('، ')}] cands=${cands.map((c) => c.label).join(' | ')}`,
    });
  }
  return out;
}

/** Averaged perceptron over candidate lists: score = w·φ(c); update toward the best positive on a miss. */
class Ranker {
  w = new Map<string, number>();
  u = new Map<string, number>(); // sum of c·Δ for averaging
  c = 1;
  score(f: string[], avg = false) {
    let s = 0;
    for (const k of f) s += avg ? (this.w.get(k) ?? 0) - (this.u.get(k) ?? 0) / this.c : (this.w.get(k) ?? 0);
    return s;
  }
  pick(cands: Cand[], avg = false) {
    let bi = 0;
    let bs = -Infinity;
    cands.forEach((c, i) => { const s = this.score(c.feats, avg); if (s > bs) { bs = s; bi = i; } });
    return bi;
  }
  add(f: string[], d: number) {
    for (const k of f) { this.w.set(k, (this.w.get(k) ?? 0) + d); this.u.set(k, (this.u.get(k) ?? 0) + this.c * d); }
  }
  train(items: Item[], epochs = 12) {
    const usable = items.filter((it) => it.oracle);
    for (let ep = 0; ep < epochs; ep++) {
      // deterministic shuffle
      const order = usable.map((_, i) => i).sort((x, y) => ((x * 7919 + ep * 104729) % 1009) - ((y * 7919 + ep * 104729) % 1009));
      for (const i of order) {
        const it = usable[i];
        const p = this.pick(it.cands);
        if (!it.cands[p].positive) {
          let gi = -1;
          let gs = -Infinity;
          it.cands.forEach((c, j) => { if (c.positive) { const s = this.score(c.feats); if (s > gs) { gs = s; gi = j; } } });
          this.add(it.cands[gi].feats, 1);
          this.add(it.cands[p].feats, -1);
        }
        this.c++;
      }
    }
  }
}

type Variant = { name: string; keep: (f: string) => boolean; hybrid: boolean; epochs: number };
const RULE_FEATS = /^(rule=|first=|ruleR=|tkr=|ev=|N:rules=)/;
const VARIANTS: Variant[] = [
  { name: 'full', keep: () => true, hybrid: false, epochs: 12 },
  { name: 'full, 4 epochs', keep: () => true, hybrid: false, epochs: 4 },
  { name: 'no rule features', keep: (f) => !RULE_FEATS.test(f), hybrid: false, epochs: 12 },
  { name: 'hybrid: rules, else ranker', keep: () => true, hybrid: true, epochs: 12 },
];
function project(items: Item[], v: Variant): Item[] {
  return items.map((it) => ({ ...it, cands: it.cands.map((c) => ({ ...c, feats: c.feats.filter(v.keep) })) }));
}
interface Acc { n: number; nAct: number; rules: number; ranker: number; oracle: number; rulesAct: number; rankerAct: number; oracleAct: number }
const acc0 = (): Acc => ({ n: 0, nAct: 0, rules: 0, ranker: 0, oracle: 0, rulesAct: 0, rankerAct: 0, oracleAct: 0 });
function evaluate(r: Ranker, test: Item[], acc: Acc, dump: string[] | null, hybrid = false) {
  for (const it of test) {
    const rulesHave = !it.cands.find((c) => c.isNone)!.rulesFirst;
    const ok = hybrid && rulesHave ? it.rulesFirstOk : it.cands[r.pick(it.cands, true)].positive;
    acc.n++; acc.rules += +it.rulesFirstOk; acc.ranker += +ok; acc.oracle += +it.oracle;
    if (it.goldHasActors) { acc.nAct++; acc.rulesAct += +it.rulesFirstOk; acc.rankerAct += +ok; acc.oracleAct += +it.oracle; }
    if (dump && !ok && !it.rulesFirstOk) dump.push(`BOTH-    ${it.desc}`);
    if (dump && ok !== it.rulesFirstOk) dump.push(`${ok ? 'RANKER+' : 'RULES+ '} ${it.desc} -> ${it.cands[r.pick(it.cands, true)].label}`);
  }
}
const pct = (x: number, n: number) => (n ? ((100 * x) / n).toFixed(1) : '-').padStart(5);
const row = (name: string, a: Acc) =>
  `${name.padEnd(22)} ${String(a.n).padStart(4)} ${pct(a.rules, a.n)} ${pct(a.ranker, a.n)} ${pct(a.oracle, a.n)} | ${String(a.nAct).padStart(4)} ${pct(a.rulesAct, a.nAct)} ${pct(a.rankerAct, a.nAct)} ${pct(a.oracleAct, a.nAct)}`;

function runVariant(all: Item[], v: Variant, dump: string[] | null) {
  const items = project(all, v);
  console.log(`\n== ${v.name}`);
  console.log(`${''.padEnd(22)}    n rules ranker oracle |  n(actor) rules ranker oracle`);
  const total = acc0();
  for (let g = 0; g < 8; g++) {
    const r = new Ranker();
    r.train(items.filter((it) => it.group !== g), v.epochs);
    const a = acc0();
    evaluate(r, items.filter((it) => it.group === g), a, dump, v.hybrid);
    for (const k of Object.keys(a) as (keyof Acc)[]) total[k] += a[k];
    console.log(row(`fold d${String(g * 8 + 1).padStart(2, '0')}-d${String(g * 8 + 8).padStart(2, '0')}`, a));
  }
  console.log(row('8-fold CV total', total));
  // the blind-written later sets, trained only on earlier articles
  const r = new Ranker();
  r.train(items.filter((it) => it.group < 6), v.epochs);
  const late = acc0();
  evaluate(r, items.filter((it) => it.group >= 6), late, null, v.hybrid);
  console.log(row('train d01-48 → d49-64', late));
  const self = acc0();
  const rAll = new Ranker();
  rAll.train(items, v.epochs);
  evaluate(rAll, items, self, null, v.hybrid);
  console.log(row('train=test (all)', self));
  // learning curve on the late sets: does more training data close the gap to the rules?
  for (const upTo of [2, 4, 6]) {
    const rc = new Ranker();
    rc.train(items.filter((it) => it.group < upTo), v.epochs);
    const a = acc0();
    evaluate(rc, items.filter((it) => it.group >= 6), a, null, v.hybrid);
    console.log(row(`  curve d01-${String(upTo * 8).padStart(2, '0')} → d49-64`, a));
  }
  return rAll;
}

function main() {
  const dumpOn = process.argv.includes('--dump');
  const arts = loadGoldDir<GoldFile>(DIR);
  const items = arts.flatMap((x) => itemsOf(x.stem, x.analysis, x.gold));
  const goldEvents = arts.reduce((s, x) => s + (x.gold.events ?? []).length, 0);
  console.log(`articles ${arts.length}, gold events ${goldEvents}, aligned ${items.length}, candidates/event ${(items.reduce((s, it) => s + it.cands.length - 1, 0) / items.length).toFixed(1)}`);
  // where the rules' first actor goes wrong
  const wrong = items.filter((it) => !it.rulesFirstOk);
  const missing = wrong.filter((it) => it.cands.find((c) => c.isNone)!.rulesFirst).length;
  const anyOk = items.filter((it) => it.rulesAnyOk).length;
  console.log(`rules first actor wrong on ${wrong.length}: no actor ${missing}, wrong actor ${wrong.length - missing}; of those a positive candidate exists in ${wrong.filter((it) => it.oracle).length}`);
  console.log(`rules ANY actor right (what the evaluator counts): ${anyOk}/${items.length} = ${pct(anyOk, items.length)}%`);
  // per article group: gold events, aligned by type+trigger, and rules' actor right (any / first)
  console.log('group      gold aligned  rulesAny rulesFirst oracle');
  for (let g = 0; g < 8; g++) {
    const gi = items.filter((it) => it.group === g);
    const ng = arts.filter((x) => Math.floor((Number(x.stem.slice(1, 3)) - 1) / 8) === g).reduce((s, x) => s + (x.gold.events ?? []).length, 0);
    console.log(`d${String(g * 8 + 1).padStart(2, '0')}-d${String(g * 8 + 8).padStart(2, '0')}  ${String(ng).padStart(5)} ${String(gi.length).padStart(7)} ${String(gi.filter((it) => it.rulesAnyOk).length).padStart(9)} ${String(gi.filter((it) => it.rulesFirstOk).length).padStart(10)} ${String(gi.filter((it) => it.oracle).length).padStart(6)}`);
  }
  const dump: string[] = [];
  let rAll: Ranker | undefined;
  for (const v of VARIANTS) { const r = runVariant(items, v, dumpOn && v.name === 'full' ? dump : null); if (v.name === 'full') rAll = r; }
  if (dumpOn && rAll) {
    const top = [...rAll.w.entries()].map(([k]) => [k, rAll!.score([k], true)] as const).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).slice(0, 30);
    console.log('\ntop weights:', top.map(([k, v]) => `${k}:${v.toFixed(2)}`).join('  '));
    console.log('\n' + dump.join('\n'));
  }
}
main();
