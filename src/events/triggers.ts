// Trigger matching: lexicon lookups per token (data/events/triggers.tsv), blockers, followers, required
// complements and the noun/verb choice for ambiguous forms.
import type { TriggerEntry, WordForm } from './lexicon.ts';
import { RELATIVE_PRONOUNS, VERB_PREFIXES, type Hit, Ctx, mentionEndingAt } from './context.ts';
import { words } from './words.ts';
import { memoSlot, type Token } from '../text/tokenize.ts';
import { timeFrameWords } from './dates.ts';

// (function-word sets read in the per-trigger loops: looked up once)
const W_ADJUNCT_PREP = words('adjunct-prep');
const W_VERBLESS_PREP = words('verbless-prep');
const W_AUX = words('aux');
const W_MASDAR_PREP = words('masdar-prep');
const MASDARS = new WeakMap<TriggerEntry, TriggerEntry>();
/** (session 8, round 2) A verb row read as its masdar: a noun whose genitive is the object of a transitive verb, else its subject. */
function masdarOf(e: TriggerEntry): TriggerEntry {
  let m = MASDARS.get(e);
  if (!m) {
    m = { ...e, pos: 'noun', gen: e.obj === 'target' ? 'target' : 'actor', evidence: e.evidence };
    MASDARS.set(e, m);
  }
  return m;
}
const W_COMPLEMENTIZER = words('complementizer');
const W_CONTINUATION = words('continuation');
const W_COPULA = words('copula');
const W_INSTRUMENT_CUE = words('instrument-cue');
const W_PAST_REFERENCE = words('past-reference');
const W_PRONOUN_COMPLEMENTIZER = words('pronoun-complementizer');
const W_RESUMPTIVE = words('resumptive');
const W_ESCORT = words('escort-verb');
const W_COUNT_NUMBER = words('count-number');

// the spellings requirementAt tries for a word (without a conjunction, preposition or article), computed once
// per interned word form
const REQ_SLOT = memoSlot();
const FOL_SLOT = memoSlot();
/** Follower rows of a word (or of it without a conjunction), once per interned word form. */
function followersOf(c: Ctx, t: Token): Set<string> | undefined {
  const memo = t.form.memo;
  let v = memo[FOL_SLOT] as Set<string> | null | undefined;
  if (v === undefined) {
    v = c.lex.followers.get(t.norm) ?? c.lex.followers.get(t.norm.replace(/^[وف]/, '')) ?? null;
    memo[FOL_SLOT] = v;
  }
  return v ?? undefined;
}
interface Variants {
  /** for requirementAt: the word, without و/ف/ب/ل, without (و/ف/ب/ل +) the article, with بال for (و/ف)(ب)ال, without (و/ف)لل */
  after: string[];
  /** for requirementBefore: the same but the بال spelling */
  before: string[];
  /** for subjectBefore: the word and the word without its article */
  subject: string[];
  /** `after` without the possessed spellings (a row that lists the possessed form is the more specific one) */
  exact: string[];
}
const uniq = (xs: string[]): string[] => [...new Set(xs)];
function requirementVariants(c: Ctx, j: number): Variants {
  const t = c.toks[j];
  const memo = t.form.memo;
  let v = memo[REQ_SLOT] as Variants | undefined;
  if (v === undefined) {
    const n = t.norm;
    const a = n.replace(/^[وفبل]/, ''), b = n.replace(/^[وفبل]?ال/, ''), d = n.replace(/^[وف]?لل/, '');
    // (Session 6: a possessed noun meets the row's bare noun — «سحبت سفيرها» ~ سفير، «قواتها» ~ قوات، «قاعدتها» ~ قاعدة;
    // not a word written with ة, whose ه is no pronoun, nor a definite word, which takes none)
    const poss: string[] = [];
    const pm = /^(?:[وف]?[بل]?)(\S{3,}?)(ه|ها|هم|هما)$/.exec(n);
    if (pm && !/ة[\u064B-\u065F]*$/.test(t.text) && !/^[وفبل]?ال/.test(n)) {
      poss.push(pm[1]);
      if (pm[1].endsWith('ت') && pm[1].length >= 4) poss.push(pm[1].slice(0, -1) + 'ه');
    }
    // (duplicates dropped: the callers only ask whether any spelling is in a set)
    const exact = uniq([n, a, b, n.replace(/^[وف]?ب?ال/, 'بال'), d]);
    v = { after: uniq([...exact, ...poss]), before: uniq([n, a, b, d]), subject: uniq([n, n.replace(/^ال/, '')]), exact };
    memo[REQ_SLOT] = v;
  }
  return v;
}
const hasAny = (set: Set<string>, xs: string[]): boolean => {
  for (let q = 0; q < xs.length; q++) if (set.has(xs[q])) return true;
  return false;
};

/** Trigger matches, longest first per token; tokens inside entity mentions are skipped (الحشد الشعبي). */
export function findTriggers(c: Ctx): Hit[] {
  const hits: Hit[] = [];
  const n = c.toks.length;
  /** the last token whose noun trigger a blocker named a topic */
  let topicAt = -1;
  for (let k = 0; k < n; k++) {
    const t = c.toks[k];
    if (t.kind !== 'word') continue;
    const forms = c.look(k).trigger;
    if (!forms.length) continue;
    const fol = followersOf(c, t);
    if (fol && k + 1 < n && (fol.has(c.toks[k + 1].norm) || (k + 2 < n && fol.has(`${c.toks[k + 1].norm} ${c.toks[k + 2].norm}`)))) continue;
    let best: Hit | null = null;
    // (the topic left by the previous tokens: a reading blocked at this token does not count for the next reading)
    const topicBefore = topicAt;
    for (const f of forms) {
      const res = c.lex.triggers.matchAt((j) => (j === k ? f.norm : c.sent(j) === c.sent(k) && c.toks[j]?.kind === 'word' ? c.norm(j) : undefined), k, [f.norm]);
      for (const r of res) {
        for (const e0 of r.values) {
          let e = e0;
          // (session 9) «ووجّه الوزير بتشكيل لجنة …، وبنشر قوة إضافية»: a bare past form behind the clitic بـ is the row's
          // masdar (no finite verb takes بـ), read as after a separate preposition; a noun row of the act reads it first
          if (e.pos === 'verb' && !e.participle && !e.passive && /^[وف]?ب$/.test(f.prefix) && !f.article && !f.suffix && e.past && f.norm === e.past &&
            f.norm.length >= 3 && !res.some((r2) => r2.length === r.length && r2.values.some((v) => v.pos !== 'verb' && v.type === e0.type))) e = masdarOf(e);
          if (!compatible(e, f, r.length)) continue;
        // nouns inside a name are part of it (هيئة الحشد الشعبي، منظمة التعاون); a verb inside a mention
        // is an over-long mention, the verb still counts
        // (a possessed masdar tagged as a one-word name — "استقالته" — is no name: a name takes no pronoun)
        // (nor is a conjoined verb the entity stage tagged as a one-word name: «وأدان رئيس الحكومة» — a name carries no و;
        // ف is left out: «فيصل» is a name, not ف + يصل)
        // (Session 6: a phrase that opens a group phrase — «تشكيل لجنة تحقيق في …» — names the act, not only the body: the
        // group phrase's words are no name)
        if (c.covered[k] && (e.pos !== 'verb' || c.startsAt.has(k)) && !(e.pos === 'noun' && f.suffix && r.length === 1 && oneWordMention(c, k)) &&
          !(e.pos === 'phrase' && r.length >= 2 && groupStartsAt(c, k)) &&
          !(e.pos === 'verb' && /^و/.test(f.prefix) && f.norm.length >= 3 && r.length === 1 && oneWordMention(c, k))) continue;
        // «بين جهاز دعم الاستقرار و…»: a bare word right after an indefinite group head is its genitive (a
        // construct), not a verb with that head as subject (sound plurals keep their ن and may be subjects: «مسلحون قصفوا»)
        // (nor an event noun: «جهاز دعم الاستقرار»، «قوات حفظ السلام» name a body)
        // (unless the verb's required subject stands right before the head: «قذائف مدفعية سقطت»)
        if (!f.prefix && !f.article && !f.suffix && r.length === 1 && k > 0 && constructHead(c, k - 1) && !(e.pos === 'verb' && e.requires.size && requirementBefore(c, k, e.requires))) continue;
        // a previous word that names the act as a topic or a predicate cancels it (blockers.tsv; the stem is
        // looked up too, so one row covers its clitic forms: «وقف اعتداءاتها»، «بأنها اعتقال سياسي»)
        if (blocked(c, k, e, f)) { topicAt = k; continue; }
        // («بعرقلة وصول الإغاثة»، «بضمان وصول المساعدات»: a noun in construct right after a blocked one belongs to its topic;
        // so does the complement of a blocked verb: «شعارات تطالب بإطلاق سراح أبنائها»)
        if (e.pos !== 'verb' && (!f.prefix || f.prefix === 'ب' || f.prefix === 'ل') && topicBefore >= 0 && k - topicBefore === 1 && c.sent(topicBefore) === c.sent(k) && !(hits.length && hits[hits.length - 1].tok === topicBefore)) { topicAt = k; continue; }
        // «هنا»، «هناك»: a past whose final hamza is not written is another word
        if (e.hamzaFinal && e.past && f.norm.startsWith(e.past) && !/[أؤئء]/.test(t.text)) continue;
        // «خلال رحلته»: after a preposition, a feminine past with a pronoun (رحّلته) is a noun in ة with its pronoun
        if (e.pos === 'verb' && k > 0 && /ت(ه|ها|هم|هما)$/.test(f.norm + f.suffix) && (c.lex.nounContexts.has(c.norm(k - 1) ?? '') || W_ADJUNCT_PREP.has(c.norm(k - 1) ?? '') || /[بل]/.test(f.prefix))) continue;
        // (session 8) «قرب تقاطع كيلو 4»: no finite verb follows a preposition — an imperfect reading there is a masdar of
        // the تفاعل/تفعّل kind (a past reading stays: it is the masdar of the row's own verb, «مع فرض عقوبات»)
        if (e.pos === 'verb' && !e.participle && !f.prefix && /^[يتن]/.test(f.norm) && k > 0 && W_VERBLESS_PREP.has(c.norm(k - 1) ?? '')) continue;
        // (session 8, round 2) «أسفرت عن ضبط ثلاثة أشخاص»، «بعد تعهد الحركة بـ…»: a bare past reading there is the row's masdar
        // (same letters) — read as a noun whose genitive is the verb's object (transitive) or its subject
        if (e.pos === 'verb' && !e.participle && !e.passive && !f.prefix && !f.suffix && e.past && f.norm === e.past && k > 0 && W_MASDAR_PREP.has(c.norm(k - 1) ?? '')) {
          // (a noun row of the same act reads it already: «أعرب عن دعم مصر للسودان»)
          if (res.some((r2) => r2.length === r.length && r2.values.some((v) => v.pos !== 'verb' && v.type === e.type && v.mode === e.mode))) continue;
          e = masdarOf(e);
        }
        // (session 9) «مؤكدةً رفضها القاطع للعنف»، «جدد دعمه الكامل لـ…»: a verb reading with an object pronoun right before a
        // definite adjective of degree (function-words `masdar-adjective`) is the possessed masdar — the noun row reads it
        if (e.pos === 'verb' && (!!f.suffix || /(ه|ها|هم|هما)$/.test(f.norm)) && W_MASDAR_ADJ.has(c.norm(k + r.length) ?? '')) continue;
        // (session 9) «أكدت الدول الثلاث تضامنها مع المنامة»: a verb that takes no object (function-words `intransitive-verb`)
        // carries no object pronoun — the word is the possessed masdar
        if (e.pos === 'verb' && (!!f.suffix || /(ه|ها|هم|هما)$/.test(f.norm)) && !!e.past && W_INTRANSITIVE.has(e.past)) continue;
        // (session 9) «لن يدخل الجيش في أي مفاوضات قبل انسحاب القوات من المدن»، «لا عودة إلى المشاورات قبل صرف الرواتب ورفع
        // القيود»: an act named after «قبل» in a negated clause is a precondition, no event told
        // (a bare past form there is the masdar of its row: «ورفع القيود»)
        if ((e.pos !== 'verb' || (!f.suffix && !!e.past && f.norm === e.past)) && precondition(c, k, f)) continue;
        // «حمد بن فيصل»: a word after بن/ابن/أبو is part of a name (فيصل is no ف + يصل)
        if (e.pos === 'verb' && k > 0 && NAME_LINKS.has(c.toks[k - 1].norm)) continue;
        // «لتصل إلى 6.3 مليون»، «ما يصل إلى عشرة آلاف»: an arrival whose goal is a number measures an amount
        if (e.type === 'CONSULT' && e.pos === 'verb' && e.preps.has('الي') && (c.norm(k - 1) === 'ما' || numberGoal(c, k + r.length))) continue;
        // a word inside a date mention is no verb: «فجر الأحد» (dawn) is not فجّر
        if (e.pos === 'verb' && c.dateCovered[k]) continue;
        // (and so does a topic coordinated with a blocked one: «تعزيز التعاون الأمني وتبادل المعلومات»)
        if (e.pos !== 'verb' && /^و/.test(f.prefix) && topicAt >= 0 && k - topicAt <= 4 && c.sent(topicAt) === c.sent(k) && !c.isComma(k - 1)) { topicAt = k; continue; }
        // «وواصل عشرات المعلمين»: a first-person imperfect (أصل) after و/ف is the whole word of another verb; in news the
        // first person speaks in quotations, with longer stems (ونطالب)
        // (session 9, probe: not when the word is the row's own past — «وأقرّ الجيش بمسؤوليته»: أقرّ/قرّ writes its past like the
        // first person of its imperfect)
        if (e.pos === 'verb' && /^[وف]/.test(f.prefix) && e.present && f.norm.startsWith('ا' + e.present) && f.norm.length <= 3 && f.norm !== e.past) continue;
        // an accusative masdar of support after another event of its sentence is that event's motive: «اعتصموا، مساء
        // الأحد، تضامناً مع سكان غزة»، «أضربوا تأييداً لمطالب زملائهم»
        if (e.type === 'SUPPORT' && e.pos === 'noun' && !f.prefix && !f.article && /[\u064B]?ا[\u064B]?$/.test(t.text) && f.suffix === 'ا' && hitInSentence(c, hits, k)) continue;
        // (so is an accusative masdar of protest, condemnation or refusal governing its object after another event, when
        // no support verb takes it as its object: «نفذ سائقون اعتصاماً …، منذ صباح الأحد، احتجاجاً على رفع الرسوم»; «نظموا
        // احتجاجاً على» stays an event)
        if (MOTIVE_TYPES.has(e.type) && e.pos === 'noun' && r.length === 1 && !f.prefix && !f.article && f.suffix === 'ا' && /ا[\u064B]?$|\u064Bا?$/.test(t.text) &&
          governsObject(c, k + 1) && hitInSentence(c, hits, k) && !supportVerbBefore(c, k)) continue;
        // «فرّقت قوات مكافحة الشغب المحتجين بالغاز المسيل للدموع»، «قصفت الطائرات الأحياء بالبراميل المتفجرة»: an attack of the
        // same mode after بـ, close after an attack verb of its clause, is its means
        if (e.type === 'ASSAULT' && e.mode && e.pos !== 'verb' && /ب$/.test(f.prefix) && hitInSentence(c, hits, k, 8, (h) => h.entry.type === 'ASSAULT' && h.entry.pos === 'verb' && h.entry.mode === e.mode) && !commaClauseBefore(c, k, 8)) continue;
        // (so is one right after an instrument word — «مستخدمةً خراطيم المياه والغاز المسيل للدموع» — further from its verb; a
        // noun joined to it by و is the same means)
        if (e.type === 'ASSAULT' && e.pos !== 'verb' && k > 0 && W_INSTRUMENT_CUE.has(c.norm(k - 1) ?? '') && hitInSentence(c, hits, k, 20, (h) => h.entry.type === 'ASSAULT' && h.entry.pos === 'verb')) { topicAt = k + r.length - 1; continue; }
        // (Session 6) «طالب المجتمعون بوقف فوري ودائم لإطلاق النار وفتح الممرات الإنسانية»، «دعا الجانبان إلى وقف إطلاق النار
        // وفتح الممرات»: a noun joined by و to the content of a demand, a refusal or a threat is content too
        // (a bare past form there is the masdar: «وفتح الممرات»)
        if ((e.pos !== 'verb' ? /^و/.test(f.prefix) : f.prefix === 'و' && !f.suffix && f.norm === e.past) && coordinatedContent(c, hits, k)) continue;
        // (session 9, article probe) «ورفع المحتجون شعارات تندد بـ"…"، وتطالب بفتح تحقيق»: a ت-imperfect conjoined by و after
        // the slogans' own verb goes on with the slogans — the protest's content, no act of its own
        if (e.pos === 'verb' && f.prefix === 'و' && f.norm.startsWith('ت') && sloganClause(c, k)) continue;
        // (session 9, article probe) «يذكر أن قوات الاحتلال اعتقلت منذ بداية العام أكثر من 1500 مواطن»، «أحبطت منذ مطلع جانفي
        // أكثر من 300 محاولة»: a verb counting its objects over a span since a start is a tally, no event
        if (e.pos === 'verb' && tallySince(c, k + r.length)) continue;
        // (Session 6) «خطفت قوة إسرائيلية راعياً واقتادته إلى …»، «استولوا على السفينة واقتادوها»: leading the captive away,
        // conjoined after an arrest, abduction or seizure of its sentence, is the same act (function-words `escort-verb`)
        if (e.pos === 'verb' && /^[وف]/.test(f.prefix) && W_ESCORT.has(e.past ?? '') &&
          hitInSentence(c, hits, k, 25, (h) => h.entry.type === 'COERCE' || (h.entry.type === 'ASSAULT' && h.entry.mode === 'abduct'))) continue;
        // «الإضراب المفتوح الذي دعت إليه التنسيقية»: a call in a relative clause with a resumptive preposition names who
        // called the event before it, no new request
        if (e.type === 'REQUEST' && e.pos === 'verb' && k > 0 && RELATIVE_PRONOUNS.has(c.bare(k - 1)) && RESUMPTIVE_PREP.test(c.norm(k + r.length) ?? '')) continue;
        // «بمساندة مقاتلين من العشائر»، «بدعم من الطيران»: a support masdar in construct after بـ is the manner of the act
        // (its supporters take part in it), no act of its own
        if (MANNER_TYPES.has(e.type) && e.pos === 'noun' && r.length === 1 && /^و?ب$/.test(f.prefix) && !f.article && !f.suffix && mannerComplement(c, k + 1)) continue;
        // a purpose masdar of support is an aim, not an act: «… وذلك لمساندة الجيش»، «جاءت الخطوة لدعم المدارس»
        // (after another event of the sentence the purpose merge names it: «تقديم … لدعم» → rule:purpose-of-event)
        if (e.type === 'SUPPORT' && e.pos === 'noun' && f.prefix.endsWith('ل') && !f.article && !hitInSentence(c, hits, k)) continue;
        // (a verb's subject may stand between it and its required object: "حمّلها الجيش … المسؤولية")
        // (or right before it, as its subject or the antecedent of its pronoun: «قافلة مساعدات وصلت»، «الدعوى التي رفعها»)
        // (a generated passive has its required word as its subject, right after it: «أُقيمت نقاط تفتيش»، «أُعيد فتح المعبر»)
        // (session 7: or as the antecedent of its object pronoun earlier in the sentence: «خاضوا إضراباً …، علّقوه بعد …»)
        if (e.requires.size && !requirementMet(c, k + r.length, e.requires, e.passive ? 3 : e.pos === 'verb' ? 16 : 6) && !(e.pos === 'verb' && ((!e.requiresAfter && (requirementBefore(c, k, e.requires) || subjectBefore(c, k, e.requires, hits))) || pronounAntecedent(c, k, f, e.requires))) && !(e.pos === 'noun' && e.type === 'MOBILIZE' && possessorAntecedent(c, k, f, e.requires))) continue;
        // «عقوبات على ست شركات تتهمها واشنطن بـ…»: an accusing clause describing the target of a sanction gives its reason
        if (e.type === 'ACCUSE' && e.pos === 'verb' && reasonOfSanction(c, k, f, hits)) continue;
        // «وهو ما كانت ترفضه»: a habitual past in a relative clause characterises, it reports no event
        if (e.pos === 'verb' && VERBAL_ACTS.has(e.type) && /^[يتن]/.test(f.norm) && habitualRelative(c, k)) continue;
        // «المناطق التي ينتشر فيها جيشه»: a present deployment in a relative clause with a resumptive pronoun is a state
        if (e.type === 'MOBILIZE' && e.pos === 'verb' && /^[يت]/.test(f.norm) && k > 0 && RELATIVE_PRONOUNS.has(c.bare(k - 1)) && W_RESUMPTIVE.has(c.norm(k + r.length) ?? '')) continue;
        // (an excluded object close after it cancels it: «القواعد التي تستضيف القوات الأمريكية» hosts, no visit)
        if (e.excludes.size && requirementMet(c, k + r.length, e.excludes, 6)) continue;
        // a final ى is never the pronoun ي: «جرحى» (the wounded) is no verb + object
        if (f.suffix === 'ي' && /ى[\u064B-\u065F]*$/.test(t.text)) continue;
        // a word written with ة is a noun: وزارة is not و + زار + ه
        if (f.suffix && /ة[\u064B-\u065F]*$/.test(t.text) && r.length === 1) continue;
        // (feminine participles in circumstantial use are the exception: «، مهددةً بـ»، «، داعيةً إلى»)
        if (e.pos === 'verb' && !e.participle && /ة[\u064B-\u065F]*$/.test(t.text) && r.length === 1) continue;
        // nunation marks a noun: «رفضاً» is the masdar, never the dual verb رفضا (participles aside: «مطالباً»)
        if (e.pos === 'verb' && !e.participle && /[\u064B-\u064D][اى]?$/.test(t.text)) continue;
        // (a feminine participle reads like its masdar «مطالبة»: only right after a comma is it circumstantial)
        if (e.participle && /ة[\u064B-\u065F]*$/.test(t.text) && !(k > 0 && c.isComma(k - 1))) continue;
        // «وأشاد X بالدور القطري …، مثمناً جهود الدوحة»: a circumstantial participle of the type of an earlier event of its
        // sentence restates that act (its subject is that event's subject), no second event
        // (a noun of its type after a preposition is no act it could restate: «أعلن تأييده لمطالب المعلمين، داعياً الحكومة إلى …»)
        if (e.participle && e.pos === 'verb' && hitInSentence(c, hits, k, 25, (h) => h.entry.type === e.type && !h.entry.participle && !(h.entry.pos !== 'verb' && /[بل]$/.test(h.form.prefix)))) continue;
        // a participle after a number or a quantity is a noun: «بحق 40 متهماً» (defendants)
        if (e.participle && k > 0 && (c.toks[k - 1].kind === 'number' || /^\d+$/.test(c.toks[k - 1].norm))) continue;
          // "التي منحتها": after a relative pronoun a suffixed word is a verb, not a possessed noun
          if (e.pos === 'noun' && f.suffix && k > 0 && RELATIVE_PRONOUNS.has(c.toks[k - 1].norm)) continue;
          // a march with a possessive is a career: «مسيرته الحافلة» (a crowd's march is named, not possessed)
          if (e.type === 'PROTEST' && e.pos === 'noun' && f.suffix && f.norm.startsWith('مسير')) continue;
          // a march written with a shadda on its ي is a drone (مسيّرة، مسيّرات): vocalisation decides
          if (e.type === 'PROTEST' && /يّ|يّ/.test(t.text)) continue;
          // "اتفاقية … الموقعة بينهما عام 2001"، "اتفاقاً سابقاً": an earlier agreement referred to, not an event
          if (e.type === 'AGREE' && e.pos !== 'verb' && pastReference(c, k + r.length)) continue;
          // «وقّع X مع Y في السراي الحكومي اتفاقية قرض»: the noun a verb of the sentence required is that verb's object, the
          // same event (the merge of a required complement only reaches six words)
          // (a bare verb form there is the masdar: «وافقت المفوضية … على تمديد فتح المعبر» — a verb is never a verb's object)
          // (Session 5c: except an indefinite protest a dispersal required — «فرّقت الشرطة وقفة احتجاجية»: the protest is told
          // there for the first time; «فضت الشرطة الاعتصام» names one as the object only)
          if ((e.pos !== 'verb' || !f.prefix) && requiredByVerb(c, hits, k) && !(e.type === 'PROTEST' && hits[hits.length - 1].entry.type === 'ASSAULT' && !f.article && !f.norm.startsWith('ال'))) {
            // (session 9, vocabulary probe) the verb tells the act its required noun names, so a mode only the noun gives is
            // the verb's: «وشنت الطائرات الحربية غارة على بلدة» — the raid is aerial (the شن row has no mode)
            const last = hits[hits.length - 1];
            if (!last.entry.mode && e.mode && e.type === last.entry.type) hits[hits.length - 1] = { ...last, entry: withMode(last.entry, e.mode) };
            continue;
          }
          const cand: Hit = { tok: k, len: r.length, entry: e, form: f, start: t.start + f.cut, end: c.toks[k + r.length - 1].end };
          if (!best || better(c, cand, best)) best = cand;
        }
      }
    }
    if (best) {
      hits.push(best);
      k += best.len - 1;
    }
  }
  return hits;
}

const W_SLOGAN = words('slogan-head');
/** A slogan head followed by its ت-imperfect («شعارات تندد») at most 15 tokens before k in its sentence. */
function sloganClause(c: Ctx, k: number): boolean {
  for (let j = k - 2; j >= 0 && j >= k - 15 && c.sent(j) === c.sent(k); j--) {
    if (W_SLOGAN.has(c.norm(j) ?? '') && (c.norm(j + 1) ?? '').startsWith('ت')) return true;
  }
  return false;
}

const SPAN_START = new Set(['بدايه', 'مطلع', 'بدء', 'بدايات']);
const TALLY_APPROX = new Set(['اكثر', 'نحو', 'قرابه', 'حوالي', 'زهاء', 'ازيد', 'يزيد', 'يقارب', 'يربو']);
/** «منذ بداية/مطلع …» within four tokens after k, then an approximate count with a number within eight tokens. */
function tallySince(c: Ctx, k: number): boolean {
  const s = c.sent(k);
  for (let j = k; j < k + 4 && c.sent(j) === s && !c.isComma(j); j++) {
    if (c.norm(j) !== 'منذ' || !SPAN_START.has(c.norm(j + 1) ?? '')) continue;
    let approx = false;
    for (let i = j + 2; i < j + 10 && c.sent(i) === s && !c.isComma(i); i++) {
      const w = c.norm(i) ?? '';
      if (TALLY_APPROX.has(w)) approx = true;
      else if (approx && /\d/.test(w)) return true;
    }
  }
  return false;
}

/** Acts whose complement is their content (a demand, a refusal, a threat: merges.ts COMPLEMENT_TYPES). */
const CONTENT_TYPES = new Set(['REQUEST', 'REJECT', 'THREATEN']);
/** Token k (a noun with و) follows, in its clause, only noun hits after a demand, refusal or threat of at most 18 tokens
 * before it, the first of them its complement (بـ/لـ, إلى، على) within eight tokens: the noun continues that content. */
function coordinatedContent(c: Ctx, hits: Hit[], k: number): boolean {
  const s = c.sent(k);
  let i = hits.length - 1;
  if (i < 0 || hits[i].entry.pos === 'verb') return false;
  while (i >= 0 && hits[i].entry.pos !== 'verb' && !hits[i].entry.participle && c.sent(hits[i].tok) === s && k - hits[i].tok <= 14) i--;
  const d = hits[i];
  if (!d || i === hits.length - 1 || !CONTENT_TYPES.has(d.entry.type) || c.sent(d.tok) !== s || k - d.tok > 18) return false;
  // (the first content noun is the demand's complement: after إلى/على or with بـ/لـ, within eight tokens)
  const first = hits[i + 1];
  if (first.tok - (d.tok + d.len) > 8 || !(/[بل]$/.test(first.form.prefix) || ['الي', 'علي'].includes(c.norm(first.tok - 1) ?? ''))) return false;
  for (let j = d.tok + d.len; j < k; j++) if (c.isComma(j) || c.isBoundary(j)) return false;
  return true;
}

/** Masdars of attitude that, in the accusative, give the motive of another act (احتجاجاً على، تنديداً بـ، رفضاً لـ). */
const MOTIVE_TYPES = new Set(['PROTEST', 'ACCUSE', 'REJECT']);
/** Support masdars that, after بـ, give the manner of another act (بمساندة، بدعم من، بتنسيق مع). */
const MANNER_TYPES = new Set(['SUPPORT', 'COOPERATE']);

/** «إليه»، «لها»، «بها»: a preposition carrying the pronoun of a relative clause's antecedent. */
const RESUMPTIVE_PREP = /^(الي|ل|ب|علي)(ه|ها|هم|هما)$/;

/** A comma followed by a new clause between token k and up to `reach` tokens back. */
function commaClauseBefore(c: Ctx, k: number, reach: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - reach && c.sent(j) === c.sent(k); j--) if (clauseBreak(c, j)) return true;
  return false;
}

/** Token j opens the object of a governing masdar: على، مع، or a word with a بـ/لـ clitic. */
function governsObject(c: Ctx, j: number): boolean {
  const t = c.toks[j];
  if (!t || t.kind !== 'word' || c.sent(j) !== c.sent(j - 1)) return false;
  return t.norm === 'علي' || t.norm === 'مع' || /^(ب|ل)\S\S/.test(t.norm);
}

/** After «بمساندة»: من, or an indefinite or named complement (not a definite common noun followed by a verb's object). */
function mannerComplement(c: Ctx, j: number): boolean {
  const t = c.toks[j];
  if (!t || t.kind !== 'word' || c.sent(j) !== c.sent(j - 1)) return false;
  return t.norm === 'من' || c.startsAt.has(j) || !/^ال/.test(t.norm);
}

const MODED = new WeakMap<TriggerEntry, Map<string, TriggerEntry>>();
/** A row read with the mode of its required noun (one derived object per row and mode, so rows keep their identity). */
function withMode(e: TriggerEntry, mode: string): TriggerEntry {
  let m = MODED.get(e);
  if (!m) MODED.set(e, (m = new Map()));
  let d = m.get(mode);
  if (!d) m.set(mode, (d = { ...e, mode }));
  return d;
}

/** The last verb hit of token k's sentence requires a word and its first required word within its window is token k. */
// (Session 6: a noun's required word is its complement too — «لتفريق الحشود»: the crowd dispersed is no build-up)
function requiredByVerb(c: Ctx, hits: Hit[], k: number): boolean {
  const h = hits[hits.length - 1];
  if (!h || !h.entry.requires.size || c.sent(h.tok) !== c.sent(k)) return false;
  return requirementAt(c, h.tok + h.len, h.entry.requires, h.entry.pos === 'verb' ? 13 : 6) === k;
}

/** Words that link a name to the next (بن، ابن، بنت، أبو، أم): the word after them is a name. */
const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ام', 'وابن', 'ابنه']);

/** «إلى» (or a number straight away) followed by a number within two words: «إلى 6.3 مليون»، «إلى نحو 20%». */
function numberGoal(c: Ctx, from: number): boolean {
  const s = c.sent(Math.max(0, from - 1));
  let j = from;
  if (c.norm(j) === 'الي' || c.norm(j) === 'حتي') j++;
  for (let n = 0; n < 2 && j < c.toks.length && c.sent(j) === s; n++, j++) {
    const tk = c.toks[j];
    if (tk.kind === 'number' || /^\d/.test(tk.norm)) return true;
    // (Session 6: a number written in words — «تصل إلى مليوني دولار»، «إلى ثلاثة بالمئة»)
    if (W_COUNT_NUMBER.has(tk.norm) || /^(مليون|ملايين|مليار|مليارات|مليوني|ملياري|نصف|ربع|ثلث|ضعف|أضعاف|اضعاف)/.test(tk.norm)) return true;
    if (!['نحو', 'حوالي', 'قرابة', 'اكثر', 'أكثر', 'اقل'].includes(tk.norm)) return false;
  }
  return false;
}

/** Verbal acts whose habitual past in a relative clause characterises («وهو ما كانت ترفضه»). */
const VERBAL_ACTS = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'SUPPORT', 'AGREE', 'CONCEDE']);

/** blockers.tsv: the previous word cancels this trigger form — by the written word, by its stem (with and
 * without the article), or for any noun trigger (`*noun` rows: «بأنها») or any trigger (`*` rows: topic heads
 * «ضرورة»، «ملف»). */
// (the blocker rows of a segmentation's stem, and each row's `~word` entries without the mark: computed once, so
// the backward scan compares interned token norms instead of building strings)
const stemRows = new WeakMap<WordForm, Set<string>[]>();
const tildeRows = new WeakMap<Set<string>, Set<string>>();
function tildeOf(set: Set<string>): Set<string> {
  let v = tildeRows.get(set);
  if (!v) {
    v = new Set<string>();
    for (const x of set) if (x.startsWith('~')) v.add(x.slice(1));
    tildeRows.set(set, v);
  }
  return v;
}
function rowsOf(c: Ctx, k: number, f: WordForm): Set<string>[] {
  const b = c.lex.blockers;
  let fr = stemRows.get(f);
  if (!fr) {
    const stem = f.norm.replace(/^ال(?=\S\S\S)/, '');
    fr = [];
    for (const key of [stem, `ال${stem}`]) { const r = b.get(key); if (r) fr.push(r); }
    stemRows.set(f, fr);
  }
  const own = b.get(c.toks[k].norm);
  return own ? [own, ...fr] : fr;
}

export function blocked(c: Ctx, k: number, e: TriggerEntry, f: WordForm): boolean {
  if (k === 0) return false;
  // (session 8) «تفعيل بنود الاتفاق الممضى بين الطرفين»: a phrase closed by a signing participle reports the signing —
  // a topic word before the agreement noun does not make it a topic
  if (e.pos === 'phrase' && k + 1 < c.toks.length && describingParticiple().has(c.norm(k + 1) ?? '')) return false;
  // (an opening quotation mark between them changes nothing: «بأنها "اعتقال سياسي"»)
  const p = c.toks[k - 1].kind === 'quote' && k > 1 ? k - 2 : k - 1;
  const prev = c.toks[p].norm;
  const b = c.lex.blockers;
  const rows = rowsOf(c, k, f);
  if (rows.length) {
    for (const r of rows) if (r.has(prev)) return true;
    // (`~word` rows: a verb governing the trigger as its object across its subject, up to four words back in the clause)
    for (let j = p; j >= 0 && j >= k - 5 && c.sent(j) === c.sent(k) && c.toks[j].kind === 'word'; j--) {
      const w = c.toks[j].norm;
      for (const r of rows) if (tildeOf(r).has(w)) return true;
    }
  }
  // (`*noun`: predicates after «بأنها», which may also precede a verb; `*`: topic heads, after which a verb
  // reading is a masdar too: «ملف تبادل الأسرى»)
  // (`*noun` words also govern through على: «ينص الاتفاق على انسحاب» — the text's content, as «يقضي بانسحاب»)
  // (`~word` in a `*` row: a circumstantial demand governs the act it asks for across its object — «مطالبين الحكومة
  // بإبرام صفقة»، «داعياً الوزارة إلى دعم الترجمة»: what is demanded, in any reading — up to four words back in the clause)
  const anyTilde = b.get('*');
  if (anyTilde) {
    const tl = tildeOf(anyTilde);
    // (a quotation mark inside the span neither stops nor uses up the scan: «فتح تحقيق في "استخدام الرصاص لتفريق متظاهرين"»)
    let quotes = 0;
    if (tl.size) {
      for (let j = p; j >= 0 && j >= k - 5 - quotes && c.sent(j) === c.sent(k) && (c.toks[j].kind === 'word' || c.toks[j].kind === 'quote'); j--) {
        if (c.toks[j].kind === 'quote') { quotes++; continue; }
        if (tl.has(c.toks[j].norm)) return true;
      }
    }
  }
  const gov = prev === 'علي' && p > 0 ? c.toks[p - 1].norm : prev;
  if (e.pos !== 'verb' && gov !== prev && b.get('*noun')?.has(gov)) return true;
  return (e.pos === 'noun' && !!b.get('*noun')?.has(prev)) || !!b.get('*')?.has(prev);
}

let participles: Set<string> | null = null;
/** The describing participles of data/events/time-frames.tsv (`clause-participle`: «الموقع»، «المبرم»، «الممضى»). */
function describingParticiple(): Set<string> {
  return participles ??= new Set(timeFrameWords('clause-participle').filter((w) => w.length === 1).map((w) => w[0]));
}

/** Session 7: a verb with an object pronoun («علّقوه»، «رفعوها») meets its `requires` by the pronoun's antecedent — a
 * required word at most eight tokens back in its sentence (a comma may stand between; another verb trigger or a sentence
 * boundary stops the scan): «خاض الأطباء إضراباً في الشتاء، ثم علّقوه» (the strike suspended). */
function pronounAntecedent(c: Ctx, k: number, f: WordForm, req: Set<string>): boolean {
  if (!/^(ه|ها|هم|هما)$/.test(f.suffix) || k === 0) return false;
  // (a habitual past — «كانت تقطعها» — describes a state: «طريق القوافل … حيث كانت تقطعها» is no obstruction)
  if (W_COPULA.has(c.bare(k - 1))) return false;
  const s = c.sent(k);
  for (let j = k - 1; j >= 0 && j >= k - 8 && c.sent(j) === s; j--) {
    if (c.isBoundary(j)) return false;
    if (c.toks[j].kind !== 'word') continue;
    // (a noun inside a prepositional phrase is no antecedent: «إضراباً عن العمل، ثم علّقوه» — the strike, not the work)
    if (j > 0 && c.prepsAt(j - 1).some((m) => m.length === 1) || /^[وف]?(بال|لل|كال)/.test(c.toks[j].norm)) continue;
    if (hasAny(req, requirementVariants(c, j).after)) return true;
  }
  return false;
}

/** (session 9, end) A possessed deployment noun whose possessor is the announcing subject before it, in the same clause
 * (no complementizer between): «أعلن الجيش انتشاره في …»، «أكدت الشرطة انتشارها» — not «أن الفيروس بدأ انتشاره». */
function possessorAntecedent(c: Ctx, k: number, f: WordForm, req: Set<string>): boolean {
  const s = c.sent(k);
  for (let j = k - 1; j >= 0 && j >= k - 6 && c.sent(j) === s; j--) {
    if (c.toks[j].kind !== 'word') continue;
    if (W_COMPLEMENTIZER.has(c.norm(j) ?? '')) return false;
  }
  return pronounAntecedent(c, k, f, req);
}

/** One of `words` right before a verb (one modifier may follow it; a relative pronoun or قد may stand between),
 * as its subject or the antecedent of its object pronoun: «قافلة مساعدات وصلت»، «قذائف سقطت». A word that is
 * itself a trigger names the event, which the verb then only describes («غارة جوية شنها»). */
export function requirementBefore(c: Ctx, k: number, req: Set<string>): boolean {
  const s = c.sent(k);
  let j = k - 1;
  while (j >= 0 && j >= k - 2 && c.toks[j].kind === 'word' && (RELATIVE_PRONOUNS.has(c.bare(j)) || W_AUX.has(c.norm(j)!))) j--;
  for (let n = 0; n < 2 && j >= 0 && c.sent(j) === s; n++, j--) {
    if (c.toks[j].kind !== 'word') return false;
    if (hasAny(req, requirementVariants(c, j).before)) return !startsTrigger(c, j);
  }
  return false;
}

const W_VERB_NEGATION = words('verb-negation');
const W_MASDAR_ADJ = words('masdar-adjective');
const W_INTRANSITIVE = words('intransitive-verb');
/** (session 9) Token k (a noun reading) stands right after «قبل», or conjoined by و up to five words after it, and a
 * negation opens the clause before «قبل» (up to twelve words back, no comma or boundary between). */
function precondition(c: Ctx, k: number, f: WordForm): boolean {
  const s = c.sent(k);
  let q = -1;
  if (!f.prefix && c.norm(k - 1) === 'قبل') q = k - 1;
  else if (/^و/.test(f.prefix)) {
    for (let j = k - 2; j >= 0 && j >= k - 6 && c.sent(j) === s && c.toks[j].kind === 'word'; j--) if (c.norm(j) === 'قبل') { q = j; break; }
  }
  if (q < 0) return false;
  for (let j = q - 1; j >= 0 && j >= q - 12 && c.sent(j) === s; j--) {
    if (c.isComma(j) || c.isBoundary(j)) return false;
    if (W_VERB_NEGATION.has(c.norm(j) ?? '')) return true;
  }
  return false;
}

/** Token j starts a trigger of the lexicon (not only the first word of a longer phrase that does not follow). */
// (session 7: a row whose required object does not follow is no trigger there — «شاحنات محمّلة بالأدوية عبرت»: the
// cargo participle is no blame, «محمّلاً X المسؤولية»)
function startsTrigger(c: Ctx, j: number): boolean {
  return c.look(j).trigger.some((f) => c.lex.triggers.matchAt((i) => (i === j ? f.norm : c.norm(i)), j, [f.norm]).some((r) => r.values.some((e) => compatible(e, f, r.length) &&
    (!e.requires.size || requirementMet(c, j + r.length, e.requires, 6)))));
}

/** SVO after a complementizer: «أعلن البرنامج أن قافلة من 25 شاحنة محملة بالأدوية عبرت المعبر» — a required word opening
 * the clause right after أن/إن (up to ten words back, no comma, no other trigger between) is the verb's subject. */
function subjectBefore(c: Ctx, k: number, req: Set<string>, hits: Hit[]): boolean {
  const s = c.sent(k);
  const last = hits.length ? hits[hits.length - 1].tok : -1;
  for (let j = k - 3; j >= 1 && j >= k - 10 && c.sent(j) === s && j > last; j--) {
    if (c.isBoundary(j) || c.isComma(j)) return false;
    if (hasAny(req, requirementVariants(c, j).subject) && W_COMPLEMENTIZER.has(c.norm(j - 1) ?? '')) return !startsTrigger(c, j);
  }
  return false;
}

/** An imperfect with an object pronoun right after an indefinite noun (its adjectival clause) that follows a
 * sanction trigger of the sentence: «فرضت … عقوبات على شركات تتهمها واشنطن بتهريب» (the reason, no new event). */
function reasonOfSanction(c: Ctx, k: number, f: WordForm, hits: Hit[]): boolean {
  if (!/^[يت]/.test(f.norm) || !(f.suffix || /(ه|ها|هم|هما)$/.test(f.norm)) || k === 0) return false;
  const p = c.toks[k - 1];
  if (p.kind !== 'word' || /^(ال|وال|بال|لل)/.test(p.norm)) return false;
  return hitInSentence(c, hits, k, 14, (h) => h.entry.type === 'SANCTION');
}

/** An earlier hit of token k's sentence (within `reach` tokens, matching `pred`): the hits are in text order, so the
 * scan goes back from the last one and stops at the sentence start (bounded, no scan of all hits). */
function hitInSentence(c: Ctx, hits: Hit[], k: number, reach = Infinity, pred: (h: Hit) => boolean = () => true): boolean {
  const s = c.sent(k);
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (c.sent(h.tok) !== s || k - h.tok > reach) return false;
    if (pred(h)) return true;
  }
  return false;
}

/** «ما كانت ترفضه»، «التي كان يطالب بها»: كان right before the imperfect, a relative word before كان. */
function habitualRelative(c: Ctx, k: number): boolean {
  if (k < 2 || !W_COPULA.has(c.bare(k - 1))) return false;
  const r = c.bare(k - 2);
  return r === 'ما' || RELATIVE_PRONOUNS.has(r);
}

/** One of `words` within `span` tokens from `from` (dates and commas not counted), in the same sentence (with
 * ال/و/ب/ل stripped too). */
export function requirementMet(c: Ctx, from: number, words: Set<string>, span = 6): boolean {
  return requirementAt(c, from, words, span) >= 0;
}

/** The token of requirementMet's match, or -1. */
export function requirementAt(c: Ctx, from: number, words: Set<string>, span = 6): number {
  const s = c.sent(Math.max(0, from - 1));
  // (a date and the commas around it do not use up the window: «وقّع X ونظيره Y في أنقرة، الاثنين، بروتوكولاً»;
  // the scan stays bounded: at most ten such tokens more)
  // (Session 5c: a name counts as one word — «وقّع وزير الصيد والبنى التحتية … السيد المختار أحمد بوسيف ونظيره،
  // بمقر الوزارة، مذكرة»: a long title and name do not use up the window; bounded by fifteen tokens more)
  let counted = 0;
  for (let j = from; j < c.toks.length && j < from + span + 15 && counted < span && c.sent(j) === s; j++) {
    if (!(c.dateCovered[j] || c.isComma(j) || (j > from && c.covered[j] && c.covered[j - 1] && !c.startArr[j]))) counted++;
    // (the required object stays in its clause: «تراجعت الليرة …، وتراجعت الحكومة عن» — a comma before a
    // conjoined word or a contrast word opens another clause)
    if (j > from && clauseBreak(c, j)) return -1;
    if (hasAny(words, requirementVariants(c, j).after)) return j;
    // (Session 6: `@people` in `requires` is met by people named as such — a person's name, a count of people or a
    // nationality plural: «أوقفت الوحدات ثلاثة تونسيين»، «أوقفت الشرطة سامي العلي» — not by a body or a unit)
    if (words.has('@people') && peopleAt(c, j, j > from && j - from <= 5 && !conjoinedBetween(c, from, j))) return j;
    // (session 7: a count of them — «وأوقفت خمسة منهم»، «اعتقلت 3 منهم»: a number and a partitive pronoun of people)
    if (words.has('@people') && j - from <= 2 && (c.toks[j].kind === 'number' || W_COUNT_NUMBER.has(c.norm(j) ?? '')) && /^من(هم|هن)$/.test(c.norm(j + 1) ?? '')) return j;
  }
  return -1;
}

/** A word with the conjunction و/ف between tokens from and to (exclusive): another clause may have begun. */
function conjoinedBetween(c: Ctx, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (c.toks[q].kind === 'word' && /^[وف]/.test(c.toks[q].norm) && !ROOT_WAW_FA.has(c.toks[q].norm) && c.toks[q].norm.length > 3) return true;
  return false;
}

const PEOPLE_EVIDENCE = new Set(['rule:count-of-people', 'rule:nisba-plural-group']);
/** A mention of people starts at token j: a PER entity, a count of people or a nationality plural (group phrases). */
// (a person's name counts only after another word — right after the trigger it is the verb's subject, «توقف محفوظ عن
// الكتابة» — and close to the verb, as its object: «أوقفت الشرطة الصحفي سامي العلي»)
function peopleAt(c: Ctx, j: number, perOk: boolean): boolean {
  const ms = c.startArr[j];
  if (!ms) return false;
  for (const m of ms) {
    if (m.entity.startsWith('#')) { if (PEOPLE_EVIDENCE.has((m as { evidence?: string }).evidence ?? '')) return true; }
    else if (perOk && c.byId.get(m.entity)?.type === 'PER') return true;
  }
  return false;
}

export function compatible(e: TriggerEntry, f: WordForm, len: number): boolean {
  // لـ before a verb is the subjunctive particle: only an imperfect follows it (ليبحث، not لبحث = "to discuss")
  // (a ة read back before a pronoun is a noun's; a verb's first-person object is ني, never a bare ي: «اثنتي» is no أثنت + ي)
  if (e.pos === 'verb') return !f.article && !f.taMarbuta && f.suffix !== 'ي' && VERB_PREFIXES.has(f.prefix) && (!f.prefix.includes('ل') || /^[يتنا]/.test(f.norm));
  // (a form listed with its article takes no pronoun either: «القتالي» is the nisba adjective, not القتال + ي)
  if (e.pos === 'noun') return !f.prefix.includes('س') && !(f.article && f.suffix) && !(f.suffix && f.norm.startsWith('ال'));
  // phrases: the first word may carry a conjunction or a preposition
  return len >= 1 && !f.prefix.includes('س');
}

/** "قررت فرنسا، الثلاثاء، طرد"، "يواصل طلبة الطب مقاطعة": a verb taking a masdar object up to six words back. */
export function governedMasdar(c: Ctx, tok: number): boolean {
  const s = c.sent(tok);
  for (let j = tok - 1; j >= 0 && j >= tok - 7 && c.sent(j) === s; j--) {
    if (c.isBoundary(j)) return false;
    const n = c.norm(j) ?? '';
    if (c.lex.nounContextsFar.has(n) || c.lex.nounContextsFar.has(c.bare(j))) return true;
  }
  return false;
}

/** Prefer longer matches; a bare form read as a verb unless a preposition precedes it (وسط رفض → noun). */
export function better(c: Ctx, a: Hit, b: Hit): boolean {
  if (a.len !== b.len) return a.len > b.len;
  // a reading whose required complement is present is the more specific one: "وصلت … قافلة مساعدات" is aid
  if (a.entry.pos === b.entry.pos && (a.entry.requires.size > 0) !== (b.entry.requires.size > 0)) return a.entry.requires.size > 0;
  // (Session 6: of two readings whose required words both follow, the nearer complement decides the sense —
  // «اعترضت البحرية زوارق على متنها مهاجرون» intercepts boats, the على of «على متنها» is no objection)
  if (a.entry.pos === b.entry.pos && a.entry.requires.size && b.entry.requires.size && a.tok === b.tok) {
    const span = a.entry.pos === 'verb' ? 16 : 6;
    const ra = requirementAt(c, a.tok + a.len, a.entry.requires, span), rb = requirementAt(c, b.tok + b.len, b.entry.requires, span);
    if (ra >= 0 && rb >= 0 && ra !== rb) return ra < rb;
    // (at the same word, a row that lists the word as written beats one met through its possessed form: «استدعت سفيرها»
    // recalls one's own ambassador, «استدعت السفير» summons another's)
    if (ra >= 0 && ra === rb) {
      const ea = hasAny(a.entry.requires, requirementVariants(c, ra).exact), eb = hasAny(b.entry.requires, requirementVariants(c, rb).exact);
      if (ea !== eb) return ea;
    }
  }
  const prev = c.norm(a.tok - 1) ?? '';
  const afterPrep = c.lex.nounContexts.has(prev) || c.lex.nounContexts.has(c.bare(a.tok - 1)) || /[بل]/.test(a.form.prefix) ||
    governedMasdar(c, a.tok) || (!a.form.prefix && supportVerbBefore(c, a.tok));
  return readingScore(a, afterPrep) > readingScore(b, afterPrep);
}

/** better()'s preference among readings of equal length (a module function: no closure per comparison). */
function readingScore(h: Hit, afterPrep: boolean): number {
  return (h.entry.pos === 'verb' ? (afterPrep ? 0 : 2) : h.entry.pos === 'phrase' ? 1.5 : afterPrep ? 2 : 1) - h.form.prefix.length * 0.01 - (h.form.suffix ? 0.1 : 0);
}

/** A participle or adjective of a past agreement within four words (function-words.tsv `past-reference`). */
function pastReference(c: Ctx, from: number): boolean {
  const s = c.sent(from - 1);
  const ref = W_PAST_REFERENCE;
  for (let k = from; k < from + 4 && k < c.toks.length && c.sent(k) === s; k++) {
    if (c.isBoundary(k) || c.isComma(k)) return false;
    if (ref.has(c.bare(k))) return true;
  }
  return false;
}

/** "جدد القادة دعمهم"، "أعربت X عن رفضها": a support verb (frames.tsv actor/announce) up to six words back takes
 * a masdar object; a complementizer, a continuation or a comma in between ends its reach. */
function supportVerbBefore(c: Ctx, tok: number): boolean {
  const s = c.sent(tok);
  const stop = [W_COMPLEMENTIZER, W_PRONOUN_COMPLEMENTIZER, W_CONTINUATION];
  let reach = 6;
  for (let j = tok - 1; j >= 0 && j >= tok - reach && c.sent(j) === s; j--) {
    // (session 9, final gaps) «وأعلن الناطق …، محمد العتيبي، رفض الحكومة …»: a person set off by commas right before the
    // noun is an apposition of the subject — the support verb reaches past it
    if (j === tok - 1 && c.isComma(j)) {
      const m = mentionEndingAt(c, j - 1);
      if (m && c.byId.get(m.entity)?.type === 'PER' && m.tokenStart > 0 && c.isComma(m.tokenStart - 1)) {
        reach += j - m.tokenStart + 2;
        j = m.tokenStart - 1;
        continue;
      }
    }
    if (c.isBoundary(j) || c.isComma(j)) return false;
    const n = c.norm(j) ?? '';
    if (stop.some((w) => w.has(n))) return false;
    const f = c.lex.frames.get(n) ?? c.lex.frames.get(c.bare(j)) ?? c.frameAt(j);
    if (f && (f.role === 'actor' || f.role === 'announce')) return true;
  }
  return false;
}

/** Token k starts a group phrase (a pseudo-mention, no entity) and no entity mention. */
function groupStartsAt(c: Ctx, k: number): boolean {
  const ms = c.startArr[k];
  return !!ms && ms.every((m) => m.entity.startsWith('#'));
}

/** A mention that is exactly token k. */
function oneWordMention(c: Ctx, k: number): boolean {
  return (c.startsAt.get(k) ?? []).some((m) => m.tokenEnd === k + 1 && !m.entity.startsWith('#'));
}

/** A new clause starts at token j: a comma followed by a word with و/ف, or a contrast word. */
// (the sets clauseBreak reads, looked up once: it runs for every token of every required-object window)
const CONTRAST = words('contrast');
const ROOT_WAW_FA = words('root-waw-fa');
function clauseBreak(c: Ctx, j: number): boolean {
  if (CONTRAST.has(c.toks[j].norm)) return true;
  // (a date set off by commas is no clause: «، فجر اليوم،» starts with the root letter ف, not the conjunction)
  // (nor does a word whose و/ف is a root letter: «، في جلستها المنعقدة،»، «، وفق بيان»)
  return c.isComma(j) && c.toks[j + 1]?.kind === 'word' && /^[وف]/.test(c.toks[j + 1].norm) && !W_AUX.has(c.toks[j + 1].norm) && !ROOT_WAW_FA.has(c.toks[j + 1].norm) && !c.dateCovered[j + 1];
}

/** An indefinite group or instrument head that can stand in construct (inside a name too: «جهاز دعم الاستقرار») (groups.tsv) with no conjunction: «جهاز»، «قوة»، «مجلس». */
function constructHead(c: Ctx, j: number): boolean {
  const t = c.toks[j];
  if (t.kind !== 'word' || (!c.covered[j + 1] && (c.startsAt.get(j) ?? []).some((m) => !m.entity.startsWith('#'))) || /^(ال|و|ف|ب|ل)/.test(t.norm) || /(ون|ين)$/.test(t.norm)) return false;
  // (session 8, roles: a head that is also a listed adjective — «مسيّرة»، «معارضة» — is no construct head: «طائرة مسيّرة
  // استهدفت» has its verb)
  const gs = c.lex.groups.get(t.norm) ?? [];
  return gs.some((g) => g.kind === 'group' || g.kind === 'means') && !gs.some((g) => g.kind === 'mod');
}
