// `isnad eval events GOLD_DIR [--json]`: events precision/recall/F1 and date recall/accuracy against
// hand-annotated gold (docs/gold-format.md). An event matches when its type is the same and at least one
// gold actor or the place matches by name (normalised, allowing surname/alias containment); each gold
// and predicted event is used once. A gold actor is compared with the names of the predicted actor
// entities (canonical name and mention texts) and with the texts of the predicted actor `participants`
// (common nouns and groups that are no entity: "المحتجون"، "قوات الأمن"); word comparison ignores the
// article and the sound-plural case ending (ون = ين: "المحتجون" ~ "محتجين"). A gold event with no actors
// but with targets (PLOVER's unknown perpetrator) matches on a target in the same way. A gold event with
// no actors, no targets and no place cannot match by participant: it matches a predicted event of the same
// type whose trigger overlaps the gold trigger (its `occurrence`-th occurrence in the text). A date mention
// is found when a predicted mention overlaps the gold text; it is accurate when the value is equal.
import type { Command } from 'commander';
import type { Analysis } from '../contract.ts';
import { loadGoldDir } from './gold.ts';
import { f1, ratio } from './prf.ts';
import { normalize } from '../text/normalize.ts';

export interface GoldEvent {
  type: string;
  mode?: string | null;
  trigger?: string;
  occurrence?: number;
  actors?: string[];
  targets?: string[];
  place?: string | null;
  date?: string | null;
  negated?: boolean;
}

export interface GoldDate {
  text: string;
  value: string;
  occurrence?: number;
}

export interface GoldFile {
  entities?: { type: string; name: string; mentions?: string[] }[];
  events?: GoldEvent[];
  dates?: GoldDate[];
}

export interface FileScore {
  stem: string;
  gold: number;
  predicted: number;
  matched: number;
  typeOnlyMatched: number;
  eventDates: { compared: number; equal: number };
  dates: { gold: number; found: number; correct: number };
  missed: string[];
  spurious: string[];
  dateErrors: string[];
  /** The one-to-one pairing: [gold event index, predicted event index] for each matched gold event. */
  pairs: [number, number][];
}

export interface EventsReport {
  files: FileScore[];
  events: { gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number };
  eventDates: { compared: number; equal: number; accuracy: number };
  dates: { gold: number; found: number; correct: number; recall: number; accuracy: number };
}

/** Normalised words of a name, without the article on each word, for lenient comparison. */
export function nameWords(s: string): string[] {
  return normalize(s).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean)
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w))
    // sound masculine plural: nominative ون and oblique ين are one word (محتجون ~ محتجين)
    .map((w) => (w.length >= 5 && w.endsWith('ين') ? w.slice(0, -2) + 'ون' : w));
}

/** Equal, or one name's words form a contiguous run inside the other's ("الكاظمي" ⊂ "مصطفى الكاظمي"). */
export function namesMatch(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  for (let i = 0; i + short.length <= long.length; i++) {
    let ok = true;
    for (let k = 0; k < short.length && ok; k++) ok = long[i + k] === short[k];
    if (ok) return true;
  }
  return false;
}

/** The names an entity answers to: canonical name, Latin name and its mention texts. */
/** An entity's name and mention texts. */
export function aliases(a: Analysis, id: string): string[] {
  const e = a.entities.find((x) => x.id === id);
  if (!e) return [];
  return [e.name, ...e.mentions.map((m) => m.text)];
}

/** Names of a predicted event's actors (or targets): entity aliases and participant texts. */
export function roleNames(a: Analysis, p: Analysis['events'][number], role: 'actor' | 'target'): string[][] {
  const ids = role === 'actor' ? p.actors : p.targets;
  const out = ids.map((id) => aliases(a, id));
  for (const x of p.participants ?? []) if (x.role === role && x.entity === null) out.push([x.text]);
  return out;
}

const anyMatch = (gold: string[], predNames: string[][]) => gold.some((g) => predNames.some((ns) => ns.some((n) => namesMatch(g, n))));

/** Offset of the `occurrence`-th (0-based) occurrence of `needle` in `text`, or -1. */
export function findOccurrence(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  let from = 0;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, from);
    if (at < 0) return -1;
    from = at + 1;
  }
  return at;
}

export function scoreFile(stem: string, a: Analysis, gold: GoldFile): FileScore {
  const goldEvents = gold.events ?? [];
  const used = new Set<number>();
  const s: FileScore = {
    stem, gold: goldEvents.length, predicted: a.events.length, matched: 0, typeOnlyMatched: 0,
    eventDates: { compared: 0, equal: 0 }, dates: { gold: 0, found: 0, correct: 0 }, missed: [], spurious: [], dateErrors: [], pairs: [],
  };
  const usedType = new Set<number>();
  for (const [gi, g] of goldEvents.entries()) {
    const ti = a.events.findIndex((p, i) => !usedType.has(i) && p.type === g.type);
    if (ti >= 0) { usedType.add(ti); s.typeOnlyMatched++; }
    let best = -1;
    // participant-less gold: only the trigger position can identify the event
    const roleless = !(g.actors ?? []).length && !(g.targets ?? []).length && !g.place;
    const gt = roleless && g.trigger ? findOccurrence(a.text, g.trigger, g.occurrence ?? 0) : -1;
    for (let i = 0; i < a.events.length; i++) {
      if (used.has(i)) continue;
      const p = a.events[i];
      if (p.type !== g.type) continue;
      const actorOk = (g.actors ?? []).length > 0 && anyMatch(g.actors ?? [], roleNames(a, p, 'actor'));
      // unknown perpetrator: the target identifies the event
      const targetOk = !(g.actors ?? []).length && (g.targets ?? []).length > 0 && anyMatch(g.targets ?? [], roleNames(a, p, 'target'));
      const placeOk = !!g.place && !!p.place && anyMatch([g.place], [aliases(a, p.place)]);
      const triggerOk = roleless && gt >= 0 && p.trigger.start < gt + g.trigger!.length && gt < p.trigger.end;
      if (actorOk || targetOk || placeOk || triggerOk) { best = i; break; }
    }
    if (best < 0) {
      s.missed.push(`${g.type} ${g.trigger ?? ''} [${(g.actors ?? []).join('، ')}]`);
      continue;
    }
    used.add(best);
    s.matched++;
    s.pairs.push([gi, best]);
    const p = a.events[best];
    // a gold `null` (the article states no date for it) is a judgement too: an undated event, or one dated only by
    // the publication date (`basis: published`, the system's way of saying the text gives none), equals it
    if (g.date || g.date === null) {
      s.eventDates.compared++;
      if (g.date ? p.date?.value === g.date : !p.date || p.date.basis === 'published') s.eventDates.equal++;
    }
  }
  a.events.forEach((p, i) => {
    if (!used.has(i)) s.spurious.push(`${p.type} ${p.trigger.text} [${roleNames(a, p, 'actor').map((n) => n[0]).join('، ')}]`);
  });
  for (const d of gold.dates ?? []) {
    s.dates.gold++;
    const at = findOccurrence(a.text, d.text, d.occurrence ?? 0);
    if (at < 0) { s.dateErrors.push(`gold text not in article: ${d.text}`); continue; }
    const end = at + d.text.length;
    const hit = a.dates.find((m) => m.start < end && at < m.end);
    if (!hit) { s.dateErrors.push(`missed: ${d.text} = ${d.value}`); continue; }
    s.dates.found++;
    if (hit.value === d.value) s.dates.correct++;
    else s.dateErrors.push(`wrong: ${d.text} = ${d.value}, got ${hit.value ?? '(none)'}`);
  }
  return s;
}

export function evaluateEvents(goldDir: string): EventsReport {
  const files: FileScore[] = [];
  for (const { stem, gold, analysis: a } of loadGoldDir<GoldFile>(goldDir)) {
    files.push(scoreFile(stem, a, gold));
  }
  const sum = (f: (x: FileScore) => number) => files.reduce((n, x) => n + f(x), 0);
  const g = sum((x) => x.gold), p = sum((x) => x.predicted), m = sum((x) => x.matched);
  const precision = ratio(m, p), recall = ratio(m, g);
  const dg = sum((x) => x.dates.gold), df = sum((x) => x.dates.found), dc = sum((x) => x.dates.correct);
  const ec = sum((x) => x.eventDates.compared), ee = sum((x) => x.eventDates.equal);
  return {
    files,
    events: { gold: g, predicted: p, matched: m, precision, recall, f1: f1(precision, recall) },
    eventDates: { compared: ec, equal: ee, accuracy: ratio(ee, ec) },
    dates: { gold: dg, found: df, correct: dc, recall: ratio(df, dg), accuracy: ratio(dc, df) },
  };
}

const pct = (x: number) => (x * 100).toFixed(1);

export function formatReport(r: EventsReport, verbose = false): string {
  const lines: string[] = [];
  for (const f of r.files) {
    lines.push(`${f.stem}: events ${f.matched}/${f.gold} gold, ${f.predicted} predicted; dates ${f.dates.correct}/${f.dates.found}/${f.dates.gold} (correct/found/gold)`);
    if (verbose) {
      for (const x of f.missed) lines.push(`  missed   ${x}`);
      for (const x of f.spurious) lines.push(`  spurious ${x}`);
      for (const x of f.dateErrors) lines.push(`  date     ${x}`);
    }
  }
  const e = r.events;
  lines.push(`events: precision ${pct(e.precision)}%  recall ${pct(e.recall)}%  F1 ${pct(e.f1)}%  (${e.matched} matched, ${e.gold} gold, ${e.predicted} predicted)`);
  lines.push(`event dates: ${r.eventDates.equal}/${r.eventDates.compared} equal (${pct(r.eventDates.accuracy)}%)`);
  lines.push(`dates: recall ${pct(r.dates.recall)}%  accuracy ${pct(r.dates.accuracy)}%  (${r.dates.correct} correct, ${r.dates.found} found, ${r.dates.gold} gold)`);
  return lines.join('\n');
}

export function registerEventsEval(evalCmd: Command): void {
  evalCmd
    .command('events')
    .description('events precision/recall/F1 and date recall/accuracy against a gold directory. An event matches on type plus an actor (entity or participant text) or the place, by name; with no gold actor, a target; with no participant or place, an overlapping trigger')
    .argument('<goldDir>', 'directory of STEM.txt + STEM.gold.json (+ STEM.meta.json)')
    .option('--json', 'print the report as JSON')
    .option('-v, --verbose', 'list missed and spurious events and date errors')
    .action((goldDir: string, opts: { json?: boolean; verbose?: boolean }) => {
      const r = evaluateEvents(goldDir);
      process.stdout.write(opts.json ? `${JSON.stringify(r, null, 2)}\n` : `${formatReport(r, opts.verbose)}\n`);
    });
}
