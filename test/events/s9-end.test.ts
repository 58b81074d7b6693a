// Session 9, end (events helper): four gaps the probe rounds reported — «كما» before a signing verb, a possessed
// deployment masdar after an announcing verb («أعلن الجيش انتشاره»), condemned plural acts whose doer a relative clause names
// («ندد بالاعتداءات التي ارتكبها المستوطنون»), and broken plurals of nationality after a crowd quantifier («آلاف المغاربة»).
// Sentences written for this file, run through the whole pipeline (`analyze()`, real entity stage). Row format: pipelineProblems in
// probe-harness.ts ("TYPE[/mode] [a=ACTOR] [t=TARGET]", "!TYPE", "noactor=X", "count TYPE N" or "none", joined by " ; ").
// FIXED rows fail without data/events/README.md «Session 9 — end»; KEPT rows are guards and negative controls.
import { describe, expect, it } from 'vitest';
import { pipelineProblems } from './probe-harness.ts';

type Row = [string, string];

const problems = ([text, exp]: Row) => pipelineProblems(text, exp);

const FIXED: Row[] = [
  // 2. a possessed deployment masdar: the announcer deploys
  ['أعلن الجيش السوداني انتشاره في أحياء الخرطوم الجنوبية.', 'MOBILIZE a=الجيش السوداني'],
  ['وأعلنت القوات العراقية انتشارها على طول الحدود مع سوريا.', 'MOBILIZE a=القوات العراقية'],
  ['وأكدت الشرطة انتشارها في شوارع المدينة منذ الصباح.', 'MOBILIZE a=الشرطة'],
  // 3. condemned plural acts with their doer in a relative clause
  ['ندد الوزير بالاعتداءات التي ارتكبها المستوطنون في قرية ترمسعيا.', 'ACCUSE ; ASSAULT a=المستوطنون'],
  ['وأدانت الخارجية القطرية الغارات الجوية التي شنتها إسرائيل على جنوب لبنان.', 'ACCUSE a=الخارجية القطرية ; ASSAULT/aerial a=إسرائيل'],
  ['وأدانت الخارجية القطرية الهجوم الذي شنته إسرائيل على جنوب لبنان.', 'ASSAULT a=إسرائيل'],
  // 4. broken plurals of nationality after a crowd quantifier
  ['تظاهر آلاف المغاربة في الرباط احتجاجا على غلاء الأسعار.', 'PROTEST a=آلاف المغاربة'],
  ['وشارك مئات الأكراد في مسيرة بمدينة القامشلي.', 'PROTEST a=مئات الأكراد'],
];

const KEPT: Row[] = [
  // 1. «كما» before a signing verb: one agreement with its signer
  ['كما وقعت الوزارة اتفاقية مع منظمة الصحة العالمية.', 'AGREE a=الوزارة t=منظمة الصحة العالمية'],
  ['كما وقّعت وزارة الداخلية مذكرة تفاهم مع نظيرتها التونسية.', 'AGREE a=وزارة الداخلية'],
  ['وبحث وزير الصحة مع السفير الياباني سبل التعاون، كما وقعت الوزارة اتفاقية مع الوكالة اليابانية للتعاون الدولي.', 'CONSULT ; AGREE a=الوزارة'],
  // negative controls: a spread is no deployment; the possessor must be the clause's own subject
  ['وأعلنت الوزارة انتشار الوباء في المدينة.', '!MOBILIZE'],
  ['وحذرت الوزارة من انتشاره في المدارس.', '!MOBILIZE'],
  ['وأعلن الجيش اللبناني أن الفيروس بدأ انتشاره.', '!MOBILIZE'],
  // a condemned plural with no doer stays a pattern of acts, no event of its own
  ['وأدانوا بشدة الهجمات التي تطال مخيمات النازحين.', '!ASSAULT'],
  // a state after a preposition in the relative clause is a place, not the doer
  ['وأدان الاتحاد الأوروبي الهجوم الذي نفذه مسلحون في دمشق.', 'ASSAULT a=مسلحون ; ASSAULT noactor=دمشق'],
  // a nationality plural as an object stays the target
  ['واعتقلت الشرطة عشرات الأفارقة في حملة بمدينة صفاقس.', 'COERCE a=الشرطة t=عشرات الأفارقة'],
];

describe('session 9, end: fixed gaps', () => {
  for (const row of FIXED) it(row[0], () => expect(problems(row)).toEqual([]));
});
describe('session 9, end: guards and negative controls', () => {
  for (const row of KEPT) it(row[0], () => expect(problems(row)).toEqual([]));
});
