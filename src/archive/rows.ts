// The rows an analysis becomes in the archive, computed without a database: folded names, alias candidates,
// mention spans, the entities each statement mentions, source/attribution/event/date rows. Entity references stay
// local ids (E1…) here; the store maps them to archive entity ids when it writes (SqlStore.writeRows). Ingest workers
// compute this next to the analysis and send it instead of the analysis itself: the main thread (which runs every
// SQL statement) receives ≈ 5× fewer bytes to deserialise and does no per-article folding or span matching.
// No database imports here: the worker bundle includes this file.
import type { Analysis, EntityType } from '../contract.ts';
import { normalize } from '../text/normalize.ts';
import { termTokens } from './stem.ts';

const nameKeys = new Map<string, string>();
/** Folded, article-stripped name used to match entity names and aliases (memoised: names recur across articles). */
export function nameKey(s: string): string {
  let k = nameKeys.get(s);
  if (k === undefined) {
    k = termTokens(s).map((t) => t.stem).join(' ');
    if (nameKeys.size >= 50000) nameKeys.clear();
    nameKeys.set(s, k);
  }
  return k;
}

type Val = string | number | null;

export interface EntityIn {
  /** Local id (Entity.id). */
  id: string;
  type: EntityType;
  name: string;
  /** Folded name (nameKey, else normalize). */
  norm: string;
  /** Entity.key, else norm. */
  key: string;
  latin: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  /** JSON of Entity.titles when there are any. */
  titles: string | null;
  mentions: number;
}

/** An article's rows; entity columns hold local ids (null: none). */
export interface ArticleRows {
  /** Columns of `articles` from the analysis (the text and stored form are passed apart). */
  doc: { id: string; url: string | null; title: string | null; outlet: string | null; published: string | null; language: string };
  chars: number;
  nEntities: number;
  nAttributions: number;
  nEvents: number;
  anonymousShare: number;
  entities: EntityIn[];
  /** [entity local id, alias_norm, alias], in the order first seen (the store keeps the first per archive entity). */
  aliases: [string, string, string][];
  /** [entity local id, s, e, text] */
  mentions: [string, number, number, string][];
  /** [local_id, kind, label, label_norm, entity local id, side] */
  sources: [string, string, string, string, string | null, string | null][];
  /** [local_id, kind, source_local, source_kind, source_label, source entity local id, cue, content, content_s, content_e, recipient, via] */
  attributions: [string, string, string, string, string, string | null, string, string, number, number, string | null, string | null][];
  /** Per attribution (same order): the local ids of entities with a mention inside its content, in mention order. */
  about: string[][];
  /** [local_id, type, mode, trig, trig_s, trig_e, date_value, day, month, place entity local id, negated, attribution_local] */
  events: [string, string, string | null, string, number, number, string | null, string | null, string | null, string | null, number, string | null][];
  /** [event_local, entity local id, role] */
  roles: [string, string, string][];
  /** [s, e, text, value, calendar, relative] */
  dates: [number, number, string, string | null, string, number][];
}

/** Everything the store writes for an analysis, except what needs the database (ids). Pure. */
export function articleRows(a: Analysis): ArticleRows {
  const keyOf = new Map<string, string>();
  // mentions repeat the same few surface forms: fold each distinct text once
  const nameKeyOnce = (s: string) => {
    let k = keyOf.get(s);
    if (k === undefined) keyOf.set(s, (k = nameKey(s)));
    return k;
  };
  const entities: EntityIn[] = [];
  const aliases: ArticleRows['aliases'] = [];
  const mentions: ArticleRows['mentions'] = [];
  for (const e of a.entities) {
    const norm = nameKey(e.name) || normalize(e.name);
    entities.push({
      id: e.id, type: e.type, name: e.name, norm, key: e.key || norm, latin: e.latin ?? null, lat: e.geo?.lat ?? null,
      lon: e.geo?.lon ?? null, country: e.geo?.country ?? e.country ?? null, titles: e.titles?.length ? JSON.stringify(e.titles) : null,
      mentions: e.mentions.length,
    });
    const seen = new Set<string>();
    for (const s of [e.name, ...e.mentions.map((m) => m.text)]) {
      const k = nameKeyOnce(s);
      if (k && !seen.has(k)) {
        seen.add(k);
        aliases.push([e.id, k, s]);
      }
    }
    for (const m of e.mentions) mentions.push([e.id, m.start, m.end, m.text]);
  }
  const sourceOf = new Map(a.sources.map((s) => [s.id, s]));
  const about: string[][] = [];
  const attributions: ArticleRows['attributions'] = a.attributions.map((q) => {
    const s = sourceOf.get(q.source);
    const inside: string[] = [];
    for (const m of mentions) if (m[1] >= q.content.start && m[2] <= q.content.end) inside.push(m[0]);
    about.push(inside);
    return [q.id, q.kind, q.source, s?.kind ?? 'vague', s?.label ?? '', s?.entity ?? null, q.cue.text, q.content.text, q.content.start,
      q.content.end, q.recipient ?? null, q.via?.length ? JSON.stringify(q.via) : null];
  });
  const roles: ArticleRows['roles'] = [];
  const events: ArticleRows['events'] = a.events.map((v) => {
    for (const [role, list] of [['actor', v.actors], ['target', v.targets]] as const) for (const local of list) roles.push([v.id, local, role]);
    // an undated event (background, planned) stays undated: the publication date would misplace it on timelines
    const value = v.date?.value ?? null;
    return [v.id, v.type, v.mode ?? null, v.trigger.text, v.trigger.start, v.trigger.end, value,
      value && value.length >= 10 ? value.slice(0, 10) : null, value && value.length >= 7 ? value.slice(0, 7) : null,
      v.place ?? null, v.negated ? 1 : 0, v.attribution ?? null];
  });
  return {
    doc: { id: a.doc.id, url: a.doc.url ?? null, title: a.doc.title ?? null, outlet: a.doc.outlet ?? null, published: a.doc.published ?? null,
      language: a.doc.language ?? 'ar' },
    chars: a.text.length, nEntities: a.entities.length, nAttributions: a.attributions.length, nEvents: a.events.length,
    anonymousShare: a.metrics?.anonymousShare ?? 0,
    entities, aliases, mentions,
    sources: a.sources.map((s) => [s.id, s.kind, s.label, normalize(s.label), s.entity ?? null, s.side ?? null]),
    attributions, about, events, roles,
    dates: a.dates.map((d) => [d.start, d.end, d.text, d.value ?? null, d.calendar, d.relative ? 1 : 0]),
  };
}

export type { Val };
