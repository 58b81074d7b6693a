// Session 9, leftovers (detection side): gaps the probe rounds left — aid told from the recipient's side («تسلمت X شحنة … من Y»),
// an execution carried out with the sentence noun after the verb's subject («نفذت إيران حكم الإعدام»), attacks foiled or repelled
// (the foilers are no attackers), and the congratulation conventions («هنأ» is SUPPORT; telegrams are no events). Sentences
// written for this file, run through the whole pipeline (`analyze()`, real entity stage). Row format (pipelineProblems in probe-harness.ts):
// "TYPE[/mode] [a=ACTOR] [t=TARGET]", "!TYPE" (no such event), "noactor=X" (no event of the type has X as actor), "count TYPE N",
// or "none"; joined by " ; ". FIXED rows fail without data/events/README.md «Session 9 — leftovers»; KEPT rows are guards.
import { describe, expect, it } from 'vitest';
import { pipelineProblems } from './probe-harness.ts';

type Row = [string, string];

const problems = ([text, exp]: Row) => pipelineProblems(text, exp);

const FIXED: Row[] = [
  // 1. aid received: the subject receives (target), the body after «من» gives (actor)
  ['وتسلمت وزارة الصحة السودانية شحنة من الأدوية والمستلزمات الطبية مقدمة من الهلال الأحمر القطري.', 'AID a=الهلال الأحمر القطري t=وزارة الصحة'],
  ['واستلمت السلطات المحلية في المكلا دفعة جديدة من المساعدات الغذائية من برنامج الأغذية العالمي.', 'AID a=برنامج الأغذية العالمي t=السلطات المحلية'],
  ['وقال المتحدث إن الجيش استلم أمس الثلاثاء شحنة من اللقاحات من منظمة الصحة العالمية.', 'AID a=منظمة الصحة العالمية'],
  // 2. an execution carried out: one event, no sentencing beside it
  ['ونفذت السلطات الإيرانية حكم الإعدام بحق رجلين أدينا بتهريب المخدرات.', 'ASSAULT/execute ; !SANCTION'],
  ['ونفذت محكمة الاستئناف أحكام الإعدام بحق خمسة متهمين فجر اليوم.', 'ASSAULT/execute ; !SANCTION'],
  // 3. foiled or repelled attacks: the foilers are no attackers
  ['وتمكنت قوات الأمن من إحباط هجوم على نقطة تفتيش في ضواحي المدينة.', 'ASSAULT noactor=قوات الأمن'],
  ['ونجحت الشرطة العراقية في إحباط عملية إرهابية في محافظة ديالى.', 'ASSAULT noactor=الشرطة العراقية'],
  ['وأحبطت الأجهزة الأمنية هجوماً إرهابياً كان يستهدف كنيسة في وسط المدينة.', 'ASSAULT noactor=الأجهزة الأمنية'],
  ['وأعلن الجيش الوطني إحباط محاولة تسلل على الحدود الجنوبية.', 'ASSAULT noactor=الجيش الوطني'],
];

const KEPT: Row[] = [
  // 1. giving stays the giver's; unrelated receipts are none
  ['وسلمت الكويت شحنة مساعدات طبية إلى الحكومة السودانية.', 'AID a=الكويت'],
  ['واستلم وزير الداخلية الجديد مهامه رسمياً صباح اليوم.', '!AID'],
  ['وتسلم الرئيس أوراق اعتماد سفير اليابان الجديد.', '!AID'],
  // 2. an execution by its own verb; a verdict stays a verdict
  ['وأعدمت السلطات السعودية ثلاثة مدانين بتهم إرهابية.', 'ASSAULT/execute'],
  ['وقضت محكمة الجنايات بإعدام المتهم شنقاً.', 'SANCTION/convict'],
  // 3. the attackers named after the foiled attack stay its actors (as the dev annotations code a foiled infiltration)
  ['وأحبطت القوات الحكومية محاولة تسلل لعناصر الميليشيا في جبهة الساحل.', 'ASSAULT a=عناصر الميليشيا'],
  ['وتصدت وحدات الجيش لهجوم شنه مسلحون على حاجز أمني.', 'ASSAULT a=مسلحون'],
  ['وأحبطت الأجهزة الأمنية مخططاً إرهابياً لاستهداف المصلين.', '!ASSAULT'],
  ['وقصفت القوات الحكومية مواقع المسلحين في الجبل.', 'ASSAULT a=القوات الحكومية'],
  // 4. congratulations: «هنأ» and «مهنئاً» are SUPPORT; a telegram of congratulation or condolence alone is no event
  ['وهنأ رئيس الوزراء نظيره الإيطالي بفوزه في الانتخابات.', 'SUPPORT a=رئيس الوزراء'],
  ['وأبرق الملك مهنئاً رئيس الحكومة الجديد.', 'SUPPORT a=الملك'],
  ['وبعث الملك برقية تهنئة إلى الرئيس الفرنسي بمناسبة العيد الوطني.', 'none'],
  ['وتلقى الرئيس برقية تهنئة من ملك الأردن.', 'none'],
  ['وبعث أمير الكويت برقية تعزية إلى ملك المغرب في ضحايا الزلزال.', '!SUPPORT ; !AID'],
];

describe('session 9 leftovers: fixed', () => {
  for (const row of FIXED) it(row[0], () => expect(problems(row)).toEqual([]));
});
describe('session 9 leftovers: kept', () => {
  for (const row of KEPT) it(row[0], () => expect(problems(row)).toEqual([]));
});
