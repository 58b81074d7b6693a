// Learned event filter (session 6, issue #5): a logistic-regression scorer over the finished events of an article
// that drops the ones annotators would not mark (restated events, contents of demands, background, generic nouns).
// The weights are data (data/events/filter-model.json), trained by scripts/events/event-filter.ts on our own
// annotated articles only (examples/ and dev/events/). Features are strings; the score is the logistic of the sum
// of their weights. Everything here is per event with bounded look-ups (maps per article), so it stays linear.
// Whether it runs by default: FILTER_DEFAULT below (set from the held-out evaluation, see scripts/events/README.md);
// $ISNAD_EVENT_FILTER=1/0 or setEventFilter() override it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribution, Entity, Event, Source } from '../contract.ts';
import { lowerBound, spanIndexAt, type Doc } from '../doc.ts';
import { DATA_DIR, loadTsv } from '../lexicon/tsv.ts';
import { normalize } from '../text/normalize.ts';

export const FILTER_FORMAT = 'isnad.event-filter/1';
export const FILTER_MODEL_PATH = join(DATA_DIR, 'events', 'filter-model.json');
/** Off: the held-out evaluation did not show the required gain (scripts/events/README.md, 'Session 6: event filter'). */
const FILTER_DEFAULT = false;

export interface FilterModel {
  format: typeof FILTER_FORMAT;
  /** events whose probability of being annotated is below this are dropped */
  threshold: number;
  weights: Record<string, number>;
  /** free-form provenance: training articles, date, options */
  trainedOn?: string[];
  note?: string;
}

export interface FilterInput {
  doc: Doc;
  events: Event[];
  entities: Entity[];
  sources: Source[];
  attributions: Attribution[];
}

let override: boolean | null = null;
/** Force the filter on or off for this process (null: back to $ISNAD_EVENT_FILTER, else the default). */
export function setEventFilter(on: boolean | null): void {
  override = on;
}
export function eventFilterEnabled(): boolean {
  if (override !== null) return override;
  const env = process.env.ISNAD_EVENT_FILTER;
  if (env === '1' || env === 'on') return true;
  if (env === '0' || env === 'off') return false;
  return FILTER_DEFAULT;
}

/** Parse and check a model; a corrupt or foreign file is a clear error naming the path. */
export function parseFilterModel(raw: string, path = 'filter model'): FilterModel {
  let m: unknown;
  try {
    m = JSON.parse(raw);
  } catch (e) {
    throw new Error(`event filter model ${path}: not valid JSON (${(e as Error).message.replace(/\s+/g, ' ')})`);
  }
  const o = m as Partial<FilterModel> | null;
  if (!o || typeof o !== 'object' || o.format !== FILTER_FORMAT) throw new Error(`event filter model ${path}: format is not ${FILTER_FORMAT}`);
  if (typeof o.threshold !== 'number' || !Number.isFinite(o.threshold) || o.threshold < 0 || o.threshold > 1) {
    throw new Error(`event filter model ${path}: threshold must be a number in [0, 1]`);
  }
  if (!o.weights || typeof o.weights !== 'object' || Array.isArray(o.weights)) throw new Error(`event filter model ${path}: weights must be an object`);
  for (const [k, v] of Object.entries(o.weights)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`event filter model ${path}: weight of "${k}" is not a finite number`);
  }
  return o as FilterModel;
}

const modelCache = new Map<string, FilterModel>();
export function loadFilterModel(path = FILTER_MODEL_PATH): FilterModel {
  const hit = modelCache.get(path);
  if (hit) return hit;
  if (!existsSync(path)) throw new Error(`event filter model ${path}: file not found (train it: node --import tsx scripts/events/event-filter.ts --write)`);
  const m = parseFilterModel(readFileSync(path, 'utf8'), path);
  modelCache.set(path, m);
  return m;
}

/** Probability that an event with these features is one an annotator marks. */
export function scoreFeatures(model: Pick<FilterModel, 'weights'>, feats: readonly string[]): number {
  let s = 0;
  for (const f of feats) s += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-s));
}

// --- features -------------------------------------------------------------------------------------------------

/** Stable key of a trigger lexicon row (its line number moves as the lexicon is edited): pos:type:mode:lemma. */
let rowKeys: Map<string, { key: string; pos: string }> | null = null;
function lexRow(evidence: string): { key: string; pos: string } | undefined {
  if (!rowKeys) {
    rowKeys = new Map();
    for (const r of loadTsv('events/triggers.tsv')) {
      const lemma = normalize((r.past || (r.forms ?? '').split('|')[0] || '').trim());
      const pos = r.pos === 'verb' || r.pos === 'noun' ? r.pos : 'phrase';
      rowKeys.set(`lexicon:data/${r.__line}`, { key: `${pos}:${r.type}:${r.mode || '-'}:${lemma}`, pos });
    }
  }
  return rowKeys.get(evidence);
}

const bucket = (n: number, cuts: readonly number[]): string => {
  for (const c of cuts) if (n <= c) return `${c}`;
  return `>${cuts[cuts.length - 1]}`;
};

/** A coarse class of a token: punctuation by its character, short (function) words by their form, else a shape. */
function wordClass(doc: Doc, k: number): string {
  const t = doc.tokens[k];
  if (!t) return 'EDGE';
  if (t.kind === 'number') return 'NUM';
  if (t.kind !== 'word') return `P${t.text.slice(0, 1)}`;
  const n = t.norm;
  if (n.length <= 3) return `w${n}`;
  if (/^(و|ف)?(ب|ل|ك)?ال/.test(n)) return n.startsWith('و') || n.startsWith('ف') ? 'cDEF' : 'DEF';
  if (/^(و|ف)/.test(n)) return 'cW';
  return 'W';
}

/** Features of every event of an article (same order as `events`). */
export function eventFeatures(inp: FilterInput): string[][] {
  const { doc, events } = inp;
  const ent = new Map(inp.entities.map((e) => [e.id, e]));
  const src = new Map(inp.sources.map((s) => [s.id, s]));
  const atts = [...inp.attributions].sort((a, b) => a.content.start - b.content.start);
  const toks = doc.tokens;
  const nS = Math.max(1, doc.sentences.length);
  const tokAt = (off: number) => Math.max(0, Math.min(lowerBound(toks, off), toks.length - 1));
  const sentOf = (off: number) => (toks.length ? doc.sentenceOf[tokAt(off)] : 0);
  const paraOf = (off: number) => spanIndexAt(doc.paragraphs, off);
  // order of appearance (events come roughly in text order, but merges may move them)
  const order = events.map((_, i) => i).sort((a, b) => events[a].trigger.start - events[b].trigger.start || a - b);
  const perSent = new Map<number, number[]>();
  for (const i of order) {
    const s = sentOf(events[i].trigger.start);
    const l = perSent.get(s);
    if (l) l.push(i);
    else perSent.set(s, [i]);
  }
  const lastOfType = new Map<string, number>();
  const seenLemma = new Set<string>();
  const seenTypeActor = new Set<string>();
  const headLemmas = new Set<string>();
  const out: string[][] = new Array(events.length);
  for (const i of order) {
    const e = events[i];
    const tr = e.trigger;
    const f: string[] = ['b', `t=${e.type}`, `tm=${e.type}/${e.mode ?? '-'}`];
    const row = lexRow(e.evidence?.[0] ?? '');
    const pos = row?.pos ?? 'other';
    const lemma = row?.key ?? `?${normalize(tr.text)}`;
    f.push(`lx=${lemma}`, `pos=${pos}`, `tp=${e.type}/${pos}`);
    // clitics: what the trigger's word carries outside (proclitics) and the trigger's own first letters
    const k = tokAt(tr.start);
    const kEnd = tokAt(Math.max(tr.start, tr.end - 1));
    const tk = toks[k];
    const pre = tk && tk.start < tr.start ? normalize(doc.text.slice(tk.start, tr.start)) : '';
    const tn = normalize(tr.text);
    f.push(`pre=${pre}`, `cj=${/^[وف]/.test(tn) && pos !== 'verb' ? 1 : /^[وف]/.test(tn) ? 'v' : 0}`, `def=${/^(و|ف)?(ب|ل)?ال/.test(tn) ? 1 : 0}`);
    if (toks[kEnd] && toks[kEnd].end > tr.end) f.push('suf');
    if (kEnd > k) f.push(`len=${bucket(kEnd - k, [1, 2])}`);
    // where in the article
    const s = sentOf(tr.start);
    const p = paraOf(tr.start);
    const head = p === 0 && s === 0;
    f.push(`sp=${bucket(s, [0, 1, 2, 5, 10, 20])}`, `rel=${Math.min(3, Math.floor((4 * s) / nS))}`, `pp=${bucket(p, [0, 1, 2, 4])}`);
    if (head) f.push('head', `head/${e.type}`);
    else if (headLemmas.has(lemma)) f.push('inHead');
    // attribution content and cue
    let att: Attribution | undefined;
    let cue = false;
    for (const a of atts) {
      if (a.content.start > tr.start) break;
      if (a.content.start <= tr.start && tr.end <= a.content.end) att = a;
    }
    for (const a of atts) if (a.cue.start < tr.end && tr.start < a.cue.end) cue = true;
    if (att) {
      const sk = src.get(att.source)?.kind ?? '?';
      f.push(`att=${att.kind}`, `attsrc=${sk}`, `att/t=${att.kind}/${e.type}`, `attcue=${normalize(att.cue.text).split(/\s+/)[0]}`);
    } else f.push('att=none');
    if (cue) f.push('isCue');
    if (e.attribution) f.push('linked');
    // modality
    if (e.negated) f.push('neg', `neg/${pos}`);
    for (const c of e.context ?? []) f.push(`ctx=${c}`, `ctx=${c}/${pos}`);
    // participants
    const types = (ids: string[]) => [...new Set(ids.map((id) => ent.get(id)?.type ?? '?'))].sort();
    const parts = e.participants ?? [];
    const aG = parts.some((x) => x.role === 'actor' && x.entity === null);
    const tG = parts.some((x) => x.role === 'target' && x.entity === null);
    f.push(`na=${bucket(e.actors.length, [0, 1, 2])}`, `nt=${bucket(e.targets.length, [0, 1, 2])}`);
    for (const t of types(e.actors)) f.push(`at=${t}`);
    for (const t of types(e.targets)) f.push(`tt=${t}`);
    if (aG) f.push('aG');
    if (tG) f.push('tG');
    f.push(`pl=${e.place ? 1 : 0}`, `dt=${e.date ? 1 : 0}`);
    const roles = `${e.actors.length || aG ? 'A' : '-'}${e.targets.length || tG ? 'T' : '-'}${e.place ? 'P' : '-'}`;
    f.push(`roles=${roles}`, `roles/${pos}=${roles}`, `roles/t=${e.type}/${roles}`);
    // the same type or the same lemma earlier: a restatement?
    const prevS = lastOfType.get(e.type);
    f.push(`dprev=${prevS === undefined ? 'none' : bucket(s - prevS, [0, 1, 5])}`);
    if (seenLemma.has(lemma)) f.push('repLemma');
    const a0 = e.actors[0];
    if (a0 && seenTypeActor.has(`${e.type}|${a0}`)) f.push('repTypeActor');
    // other events of the sentence
    const inS = perSent.get(s) ?? [];
    f.push(`ns=${bucket(inS.length - 1, [0, 1, 2])}`, `ord=${bucket(inS.indexOf(i), [0, 1])}`);
    // neighbouring words
    f.push(`pw=${wordClass(doc, k - 1)}`, `pw2=${wordClass(doc, k - 2)}`, `nw=${wordClass(doc, kEnd + 1)}`, `pwt=${wordClass(doc, k - 1)}/${pos}`);
    // the rules that shaped it (offsets dropped), and the other lexicons' files
    const ev = new Set<string>();
    for (const x of (e.evidence ?? []).slice(1)) {
      if (x.startsWith('rule:')) ev.add(`r=${x.replace(/@\d+$/, '')}`);
      else if (x.startsWith('lexicon:')) ev.add(`lf=${x.replace(/^lexicon:data\//, '').replace(/:\d+$/, '')}`);
    }
    f.push(...ev);
    out[i] = f;
    lastOfType.set(e.type, s);
    seenLemma.add(lemma);
    if (a0) seenTypeActor.add(`${e.type}|${a0}`);
    if (head) headLemmas.add(lemma);
  }
  return out;
}

/** Scores of every event (probability of being annotated), in order. */
export function scoreEvents(model: Pick<FilterModel, 'weights'>, inp: FilterInput): number[] {
  return eventFeatures(inp).map((f) => scoreFeatures(model, f));
}

/** Shorter documents are left alone: the model learnt on whole articles (headline, position in the article and
 * restatement features mean nothing in a snippet of a sentence or two). */
export const FILTER_MIN_SENTENCES = 6;

/** The last step of extractEvents: drop the events the model scores below its threshold (ids renumbered). */
export function filterEvents(inp: FilterInput, model: FilterModel = loadFilterModel()): Event[] {
  if (!inp.events.length || inp.doc.sentences.length < FILTER_MIN_SENTENCES) return inp.events;
  const scores = scoreEvents(model, inp);
  const kept = inp.events.filter((_, i) => scores[i] >= model.threshold);
  if (kept.length === inp.events.length) return inp.events;
  kept.forEach((e, i) => { e.id = `V${i + 1}`; });
  return kept;
}
