// Closed sets of function words read by the event rules (data/events/function-words.tsv), normalised once.
import { loadTsv, splitCell } from '../lexicon/tsv.ts';
import { normalize } from '../text/normalize.ts';

export type WordSet = 'relative' | 'alif-maqsura-prep' | 'complementizer' | 'aux' | 'resumptive' | 'members' | 'perform' |
  'perform-prep' | 'received' | 'continuation' | 'pronoun-complementizer' | 'complement-prep' | 'not-nisba' | 'event-adjunct' | 'discussion' | 'adjunct-prep' | 'death-noun' | 'past-reference' | 'verbal-protest' | 'institution' | 'condemn' | 'court' | 'court-unit' | 'country-noun' | 'crowd-quant' | 'storm-verb' | 'belonging' | 'temporal-relation' | 'place-head' | 'accused-act' | 'contrast' | 'phone-adverb' | 'copula' | 'on-behalf' | 'support-masdar' | 'parallel' | 'masc-head' | 'crowd' | 'partitive-unit' | 'topic-prep' | 'host-verb' | 'meeting-members' | 'statement-noun' | 'request-noun' | 'material-support' | 'place-adjunct-prep' | 'conditional-negation' | 'similar-event' | 'clash' | 'walkout-actor' | 'condition-cue' | 'ordinal' | 'denied-link' | 'security-force' | 'impersonal' | 'renewal' | 'root-waw-fa' | 'interdiction' | 'approval' | 'approval-masdar' | 'instrument-cue' | 'continue-verb' |
  'arrival-verb' | 'agreement-noun' | 'funding' | 'negation-bridge' | 'source-noun' | 'noun-negation' | 'partner-prep' |
  'subordinator' | 'same' | 'count-approx' | 'count-number' | 'counted-singular' | 'counterpart' | 'statement-manner' | 'escort-verb' | 'absolute-complement' | 'sequence-prep' | 'blessing' | 'made-in' | 'responsible-for' | 'verbless-prep' | 'masdar-prep' | 'verb-negation' | 'answered-call' | 'honorific' | 'compel-verb' | 'agent-anaphor' | 'masdar-adjective' | 'intransitive-verb' | 'future-time' | 'complement-masdar' | 'respond-present' | 'slogan-head' | 'regnal' | 'foil' | 'fronted-time-prep';

let cached: Map<string, Set<string>> | null = null;

/** The normalised words of one set of data/events/function-words.tsv (throws on an unknown set: a data error). */
export function words(set: WordSet): Set<string> {
  if (!cached) {
    cached = new Map();
    for (const row of loadTsv('events/function-words.tsv')) {
      const s = cached.get(row.set) ?? new Set<string>();
      for (const w of splitCell(row.words)) s.add(normalize(w));
      cached.set(row.set, s);
    }
  }
  const s = cached.get(set);
  if (!s) throw new Error(`data/events/function-words.tsv: no set ${set}`);
  return s;
}
