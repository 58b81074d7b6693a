// Entity stage: lexicon + grammar + within-document coreference → one Entity per referent.
//
// Passes (all linear in tokens, bounded windows), each in its module over the shared state of context.ts:
//   1. lexicon (lookup.ts): longest phrase match per position over tries, the first word also in its
//      clitic-stripped forms ("بالكاظمي" → "الكاظمي", "للحرس" → "الحرس"); homographs; organisations and clubs
//      called by a bare name (clubs.ts); the home kingdom
//   2. grammar: titles + names (titles.ts), given name + surname and other person names (names.ts),
//      organisation heads + idafa chain (orgs.ts), place heads and lists (places.ts), quoted and bracketed
//      names (quoted.ts), named events and their bodies (named-events.ts), optionally a learned model's spans
//      (model.ts)
//   3. coreference (coref.ts): surnames and partial names of persons seen in full, lexicon short forms, role
//      descriptions established by apposition ("قائد قوة القدس، الجنرال إسماعيل قاآني")
// Word-level facts live in words.ts, closed word sets in wordsets.ts, types in types.ts.
import type { EntityType } from '../contract.ts';
import type { Doc } from '../doc.ts';
import { normalize } from '../text/normalize.ts';
import { entityLexicon } from './lexicon.ts';
import { mergeModelSpans, modelCandidates, resolveMerge, type ModelSpan } from './model.ts';
import { createCtx } from './context.ts';
import { bracketAbbrevPass, datelineAgencyPass, datelineOutletPass, elativeFilter, homeKingdomPass, homographPass, lexiconPass, orgRestPass } from './lookup.ts';
import { bareNamePass } from './clubs.ts';
import { agePass, givenSurnamePass, lexiconGivenExtensionPass, nameGrammar, titledAmbiguousNamePass, nationalityNamePass, speechAppositionPass, speechSubjectPass } from './names.ts';
import { titlePass } from './titles.ts';
import { genericBodyNationalityPass, orgHeadPass, orgOfPlacePass, unitPass } from './orgs.ts';
import { adjectiveCountryFilter, adjectivePlaceFilter, placeAdjectivePass, placeHeadPass, placeTailPass } from './places.ts';
import { parenAliasPass, quotedCoordinationPass, quotedNamePass, repeatPass } from './quoted.ts';
import { agreementPass, eventBodyPass, eventHeadPass } from './named-events.ts';
import { resolve } from './coref.ts';
import { unitNamePass } from './units.ts';
import type { EntityLayer, EntityOptions } from './types.ts';

export type { EntityLayer, EntityMention, EntityOptions } from './types.ts';

export function extractEntities(doc: Doc, opts: EntityOptions = {}): EntityLayer {
  const lex = entityLexicon();
  const cx = createCtx(doc, lex);
  const { cands, owner, claim } = cx;

  // 1. lexicon; 1b. homographs (1c needs their decisions); 1c. "حركة النهضة" → "النهضة"; 1d. bare names and
  // clubs; 1e. "المملكة" in a story of a kingdom
  lexiconPass(cx);
  elativeFilter(cx);
  genericBodyNationalityPass(cx);
  homographPass(cx);
  orgRestPass(cx);
  bareNamePass(cx);
  homeKingdomPass(cx);
  datelineAgencyPass(cx);
  bracketAbbrevPass(cx);
  datelineOutletPass(cx);

  // 2. grammar, in this order: each pass claims tokens the later ones skip
  const g = nameGrammar(cx);
  adjectivePlaceFilter(cx);
  const titleOccs = titlePass(cx, g);
  givenSurnamePass(cx, g);
  titledAmbiguousNamePass(cx, g);
  lexiconGivenExtensionPass(cx, g);
  nationalityNamePass(cx);
  speechSubjectPass(cx, g);
  speechAppositionPass(cx);
  agePass(cx, g);
  orgHeadPass(cx, titleOccs);
  unitPass(cx);
  unitNamePass(cx);
  placeHeadPass(cx);
  placeAdjectivePass(cx);
  orgOfPlacePass(cx);
  quotedNamePass(cx);
  adjectiveCountryFilter(cx);
  quotedCoordinationPass(cx);
  parenAliasPass(cx);
  repeatPass(cx);
  placeTailPass(cx);
  eventHeadPass(cx);
  eventBodyPass(cx);
  agreementPass(cx);

  // 2f. learned candidates (opt-in): names the rules missed; overlaps resolved by the merge (src/entities/model.ts)
  if (opts.model) {
    const accept = (s: ModelSpan): boolean => {
      const w = normalize(doc.text.slice(s.start, s.end));
      return !(lex.stop.has(w) || lex.nationality.has(w) || lex.common.has(w));
    };
    mergeModelSpans(modelCandidates(doc, opts.model), cands, owner, resolveMerge(opts.merge), accept, (s) => {
      const type = (['PER', 'ORG', 'LOC', 'MISC'].includes(s.type) ? s.type : 'MISC') as EntityType;
      const text = doc.text.slice(s.start, s.end);
      claim({ type, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, start: s.start, end: s.end, kind: 'name', name: text, evidence: ['model:ner'], titles: [] });
    });
  }

  // 3. coreference
  return resolve(cx, titleOccs);
}
