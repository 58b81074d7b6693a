// Types of the entity stage: the layer it hands downstream (mentions with token ranges) and the internal
// candidates every pass claims tokens with.
import type { Entity, EntityType } from '../contract.ts';
import type { LexEntry } from './lexicon.ts';
import type { NerMerge } from './model.ts';

export interface EntityMention {
  entity: string;
  start: number;
  end: number;
  text: string;
  /** Token range [tokenStart, tokenEnd) covering the mention (tokens may carry clitics outside the span). */
  tokenStart: number;
  tokenEnd: number;
  /** name = full or partial proper name; description = a role/title that corefers ("قائد قوة القدس"). */
  kind: 'name' | 'description';
}

export interface EntityLayer {
  entities: Entity[];
  /** All mentions, sorted by start. */
  mentions: EntityMention[];
}

export interface EntityOptions {
  /** Path of a learned NER model to combine with the rules (see src/ner). */
  model?: string;
  /** How model spans and rule candidates combine (default: $ISNAD_NER_MERGE, else DEFAULT_MERGE in model.ts). */
  merge?: NerMerge;
}

/** A form of a token's word: the normalised word without clitics and where its mention starts (offset in the token). */
export interface Form {
  form: string;
  off: number;
  article: boolean;
  clitic: boolean;
  /** (s9 end) a clitic + given-name reading of an ordinary dictionary word ("برقية"): no name */
  notName?: boolean;
}

/**
 * What the entity stage needs to know about one distinct word form, computed once per process and kept on
 * the interned WordForm (src/text/tokenize.ts): clitic-stripped forms and which lexicon tries they open.
 */
export interface EntWord {
  gen: number;
  forms: Form[];
  strs: string[];
  /** Some form opens a lexicon phrase / a title / an organisation head / is a verb of saying. */
  first: boolean;
  title: boolean;
  orgHead: boolean;
  speech: boolean;
  placeHead: Form | undefined;
  /** Country of the first form that is a nationality adjective ("والأردنية" → JO). */
  nat: string | undefined;
  /** Every form is a function word or common word: never a surname (skipped by the coreference scan). */
  plain: boolean;
  /** Written with a final ى (marks and tatweel ignored). */
  alifFinal: boolean;
  /** Written with a final ي (marks ignored). */
  yaFinal: boolean;
  /** The whole word is a given name (see givenTok). */
  given: boolean;
  /** The first form that is a given name, if any. */
  givenForm: Form | undefined;
  /** Sport titles (SPORT_TITLES) opening with the word or with its last form; looked up once per word form. */
  sport: string[][] | undefined;
  /** A person name may open here: a given-name form not hiding a clitic article, or أبو/عبد + name. */
  opensName: boolean;
}

export interface Cand {
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  kind: 'name' | 'description';
  /** Canonical display name (article restored). */
  name: string;
  lex?: LexEntry;
  /** The one-word normalised form a lexicon match was made on (homograph resolution reads it). */
  form?: string;
  short?: boolean;
  evidence: string[];
  titles: string[];
  /** Merged into another candidate / dropped. */
  dead?: boolean;
  /** Entity group key, set while grouping. */
  key?: string;
}

/** A title phrase in the text (2a), with the person it introduces (candidate index, -1 none, -2 apposition taken). */
export interface TitleOcc { start: number; end: number; tokenStart: number; tokenEnd: number; phraseEnd: number; text: string; key: string; kind: string; person: number; evidence: string; withComplement: boolean }
