// The analysis contract `isnad.analysis/1` (see docs/contract.md and schema/isnad.analysis.v1.schema.json).
// Fields here may be added to; none may be renamed or change meaning without a new schema version.

export const SCHEMA_ID = 'isnad.analysis/1' as const;

/** UTF-16 offsets into `Analysis.text`, end exclusive; `text.slice(start, end) === span.text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface DocMeta {
  id: string;
  title?: string;
  outlet?: string;
  url?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** ISO 3166-1 alpha-2 country the article is about or published in (a context hint, e.g. عمان → Amman for JO). */
  country?: string;
  language: 'ar' | string;
}

export interface Paragraph {
  start: number;
  end: number;
  heading: boolean;
}

export interface Sentence {
  start: number;
  end: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical display name, full form, article restored. */
  name: string;
  /** Normalised form used for matching across articles. */
  key: string;
  latin?: string;
  titles?: string[];
  geo?: { lat: number; lon: number; country?: string };
  /** (s8) ISO 3166-1 alpha-2 country of a state institution named without it ("وزارة الداخلية" in an Iraqi story: IQ),
   * from the article's meta.country or dateline; its key then ends in "@CC". */
  country?: string;
  mentions: Span[];
  /** Lexicon entries or rules that produced it. */
  evidence?: string[];
}

export type SourceKind = 'named' | 'anonymous' | 'document' | 'media' | 'vague';

export interface Source {
  id: string;
  kind: SourceKind;
  label: string;
  entity: string | null;
  side?: string;
  /** Entity id of the organisation the source speaks for or comes from: a spokesperson's organisation
   * («المتحدث باسم الخارجية»), a document's issuer («بيان صادر عن الجيش»). Optional, additive. */
  affiliation?: string;
  anonymityReason?: Span;
  /** True when the source is only a pronoun with no antecedent in the article («وقال: "…"» in a text that names no one
   * before it): kind `anonymous`, label the verb. Optional, additive (session 8). */
  unresolved?: boolean;
  mentions: Span[];
  evidence?: string[];
}

export interface Attribution {
  id: string;
  kind: 'direct' | 'indirect';
  source: string;
  cue: Span;
  content: Span;
  recipient?: string;
  via?: string[];
  evidence?: string[];
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export interface EventDate {
  /** YYYY-MM-DD | YYYY-MM | YYYY */
  value: string;
  text?: string;
  basis: 'text' | 'published';
}

/**
 * The text of one actor or target phrase of an event, whether or not it names an entity: "قوات الأمن
 * التونسية", "مسلحون مجهولون", "المحتجون". For an entity mention `entity` is its id (and the event's
 * `actors`/`targets` list that id too); for a common noun or group it is null.
 */
export interface EventParticipant extends Span {
  role: 'actor' | 'target';
  entity: string | null;
  evidence?: string[];
}

export interface Event {
  id: string;
  type: PloverType;
  mode?: string | null;
  trigger: Span;
  actors: string[];
  targets: string[];
  place: string | null;
  date?: EventDate;
  attribution?: string | null;
  negated?: boolean;
  /** PLOVER special context: future, hypothetical, historical. */
  context?: string[];
  /** Every actor/target phrase with its span (entities and common-noun groups); optional, additive. */
  participants?: EventParticipant[];
  evidence?: string[];
}

export interface DateMention extends Span {
  /** Omitted for relative expressions when the publication date is unknown. */
  value?: string;
  calendar: 'gregorian' | 'hijri';
  relative: boolean;
  evidence?: string[];
}

export interface Metrics {
  attributions: number;
  direct: number;
  indirect: number;
  sources: number;
  namedSources: number;
  anonymousSources: number;
  /** Share of attributions whose source is anonymous or vague. */
  anonymousShare: number;
}

export interface Analysis {
  schema: typeof SCHEMA_ID;
  doc: DocMeta;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  sources: Source[];
  attributions: Attribution[];
  events: Event[];
  dates: DateMention[];
  metrics: Metrics;
  warnings?: string[];
}

/** Every span an analysis carries, for validation (text.slice(start,end) === text). */
export function allSpans(a: Analysis): Span[] {
  const out: Span[] = [];
  for (const e of a.entities) out.push(...e.mentions);
  for (const s of a.sources) {
    out.push(...s.mentions);
    if (s.anonymityReason) out.push(s.anonymityReason);
  }
  for (const q of a.attributions) out.push(q.cue, q.content);
  for (const v of a.events) out.push(v.trigger, ...(v.participants ?? []));
  out.push(...a.dates);
  return out;
}
