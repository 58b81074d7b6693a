// Closed word sets the grammar passes read, loaded once from data/ (entities, and attributions' source heads).
import { loadTsv, splitCell } from '../lexicon/tsv.ts';
import { normalize } from '../text/normalize.ts';

export const PUNCT_COMMA = new Set([',', '،']);
// adjectives read over inside a title phrase ("الرئيس السابق", "المبعوثة الخاصة"): data/entities/title-modifiers.tsv
export const MODIFIERS = new Set(loadTsv('entities/title-modifiers.tsv').map((r) => normalize(r.modifier)));
// head nouns of source descriptions (data/attributions/sources.tsv, read only): "وقال شهود"، "وذكر مصدر قضائي"
// name no person
export const SOURCE_HEADS = new Set(loadTsv('attributions/sources.tsv').map((r) => normalize(r.head)));
// titles of sport (data/entities/titles.tsv, domain = sport): a story with a coach or a player is about sport,
// where a club is called by its bare name ("الهلال"، "النصر")
export const SPORT_TITLES = new Map<string, string[][]>();
for (const r of loadTsv('entities/titles.tsv')) {
  if (r.domain !== 'sport') continue;
  const ws = normalize(r.phrase).split(' ');
  SPORT_TITLES.set(ws[0], [...(SPORT_TITLES.get(ws[0]) ?? []), ws]);
}
// second words of compound names after a separate عبد ("عبد الرحمن"): data/entities/abd-names.tsv
export const ABD_NAMES = new Set(loadTsv('entities/abd-names.tsv').map((r) => normalize(r.word)));
// heads of events named by an unknown proper word ("مهرجان موازين"): data/entities/event-heads.tsv
export const EVENT_HEADS = new Map(loadTsv('entities/event-heads.tsv').map((r) => [normalize(r.head), `lexicon:data/${r.__line}`]));
// nouns naming the body that runs an event ("إدارة المهرجان"): data/entities/body-heads.tsv
export const BODY_HEADS = new Map(loadTsv('entities/body-heads.tsv').map((r) => [normalize(r.head), `lexicon:data/${r.__line}`]));
// words that join name parts, and the patronymic ones among them: data/entities/name-connectors.tsv
const CONNECTOR_ROWS = loadTsv('entities/name-connectors.tsv');
export const CONNECT = new Set(CONNECTOR_ROWS.filter((r) => r.kind !== 'particle').map((r) => normalize(r.word)));
// particles of Western family names, read only after a Western given name ("لورا لو كاسترو")
export const PARTICLES = new Set(CONNECTOR_ROWS.filter((r) => r.kind === 'particle').map((r) => normalize(r.word)));
// (s7) the particles that may open a family name used alone ("فان هوفن"; opens = yes)
export const LEAD_PARTICLES = new Set(CONNECTOR_ROWS.filter((r) => r.kind === 'particle' && r.opens === 'yes').map((r) => normalize(r.word)));
export const PATRONYMIC = new Set(CONNECTOR_ROWS.filter((r) => r.kind === 'patronymic').map((r) => normalize(r.word)));
// words linking a title to its organisation or place ("المتحدث باسم"، "السفير لدى"، "التابعة لـ"): data/entities/linkers.tsv
export const LINKERS = new Set(loadTsv('entities/linkers.tsv').map((r) => normalize(r.word)));
// adjectives that make another body of a known organisation ("مجلس الأمن المركزي"): data/entities/body-adjectives.tsv
export const BODY_ADJECTIVES = new Set(loadTsv('entities/body-adjectives.tsv').map((r) => normalize(r.adjective)));
// verbs whose subject "محافظة/ولاية + place" is the administration ("وقّعت محافظة حلب"): data/entities/body-verbs.tsv
export const BODY_VERBS = new Set(loadTsv('entities/body-verbs.tsv').map((r) => normalize(r.word)));
// adjectives of direction that make another place of a place's name ("الرمل الجنوبي"): data/entities/place-adjectives.tsv
export const PLACE_ADJECTIVES = new Map(loadTsv('entities/place-adjectives.tsv').map((r) => [normalize(r.adjective), `rule:place-adjective(data/${r.__line})`]));
// small closed word sets of the grammar passes, by name (age-unit, place-prep, …): data/entities/wordsets.tsv
const SET_ROWS = loadTsv('entities/wordsets.tsv');
function wordSet(name: string): Set<string> {
  const rows = SET_ROWS.filter((r) => r.set === name);
  if (!rows.length) throw new Error(`data/entities/wordsets.tsv: no word set "${name}"`);
  return new Set(rows.flatMap((r) => splitCell(r.words).map(normalize)));
}
/** Units of an age in brackets after a name ("(45 عاماً)"). */
export const AGE_UNITS = wordSet('age-unit');
/** Prepositions of place ("في سيدي بوزيد"، "من جماعة تمارة"). */
export const PLACE_PREPS = wordSet('place-prep');
/** Words before a place that leave it free to take an adjective of direction (also after و/ف). */
export const PLACE_ADJECTIVE_PREPS = wordSet('place-adjective-prep');
/** The name of God and its forms: common words of formulas, never a person's name part. */
export const DIVINE = wordSet('divine');
/** Words that end an organisation's name ("اللجنة المكلفة بالتحقيق"). */
export const ORG_END = wordSet('org-end');
/** Prepositions that close a name after a verb of saying ("وأشار X إلى أن"). */
export const SPEECH_CLOSE_PREPS = wordSet('speech-close-prep');
/** Words after "محافظة + place" that make the verb before it no act of administration ("وقعت … تحت"). */
export const BODY_VERB_NOT_BEFORE = wordSet('body-verb-not-before');
/** Words after "head + number" that make the number an amount or a date ("اللواء 110 ألف"). */
export const UNIT_NOT_BEFORE = wordSet('unit-not-before');
/** Verbs whose object is a person ("استقبل"، "التقى"): a role right after their subject's name is the object. */
export const PERSON_OBJECT_VERBS = wordSet('person-object-verb');
/** Joiners inside a place name after a head ("منطقة اشتوكة آيت باها"): word + joiner + word is one name (session 7). */
export const PLACE_JOINERS = wordSet('place-joiner');
/** (s8) Second words of compound given names written apart after a given name ("نور الدين"، "عز الدين"). */
export const COMPOUND_SECOND = wordSet('compound-second');
/** (s8) Bylines after a dateline's dash that name no outlet ("درعا – خاص"، "وكالات"). */
export const DATELINE_NOT_OUTLET = wordSet('dateline-not-outlet');
/** (s8) Indefinite adjectives that qualify a place head, no name ("مخيم مؤقت"، "حي مجاور"). */
export const PLACE_HEAD_ADJECTIVES = wordSet('place-head-adjective');
/** (s8) Heads of organisation names that are venues when a venue word completes them ("مركز … للمؤتمرات"). */
export const VENUE_HEADS = wordSet('venue-head');
/** (s8) Words that make a centre a venue: conferences, exhibitions, conventions. */
export const VENUE_WORDS = wordSet('venue-word');
/** (s8) Heads of quarters that are also common nouns, read only after a preposition of place ("في باب التبانة"). */
export const QUARTER_HEADS = wordSet('quarter-head');
/** The evidence of that set: its row of data/entities/wordsets.tsv. */
export const QUARTER_EVIDENCE = `lexicon:data/${SET_ROWS.find((r) => r.set === 'quarter-head')!.__line}`;
/** (s9) nouns of an online outlet before a quoted name («صفحة "يوميات جرمانا"»): the quoted words are an outlet. */
export const QUOTED_OUTLET_HEADS = wordSet('quoted-outlet-head');
/** (s9) adjectives after a one-word lexicon place that make it a common noun («الضفة الأخرى»). */
export const PLACE_COMMON_BEFORE = wordSet('place-common-before');
/** (s9) organisation heads that «في» + a place after their chain localises («مديرية الصحة في درعا»). */
export const LOCAL_BODY_HEADS = wordSet('local-body-head');
/** (s9) heads of tribes and clans: one name word after them («عشيرة البكير»). */
export const KIN_HEADS = wordSet('kin-head');
/** (s9 probe) verbal and common nouns that follow a title or a nationality as an object, never a name («دعم المؤسسة»، «بدور»). */
export const NOT_NAME_NOUNS = wordSet('not-name-noun');
/** (s9 round 3) nouns of agreements named after a city («اتفاق جوبا للسلام»، «إعلان جدة»): MISC with the city. */
export const AGREEMENT_HEADS = wordSet('agreement-head');
/** (s9 round 3) places.tsv kinds an agreement is named after. */
export const AGREEMENT_PLACE_KINDS = wordSet('agreement-place-kind');
/** The evidence of the agreement heads: their row of data/entities/wordsets.tsv. */
export const AGREEMENT_EVIDENCE = `lexicon:data/${SET_ROWS.find((r) => r.set === 'agreement-head')!.__line}`;
/** (s9 round 3) words of place before a military branch that make it the branch's base («في محيط سلاح المدرعات»). */
export const AROUND_WORDS = wordSet('around-word');
/** (s9 round 3) words besides the verbs of saying that open a subject named in apposition with a title («وكان X، محافظ …،»). */
export const APPOSITION_OPENERS = wordSet('apposition-opener');
/** (s9 recall) adjectives of a company's legal form or scope after a لل-complement («للمقاولات العامة»). */
export const COMPANY_ADJECTIVES = wordSet('company-adjective');
