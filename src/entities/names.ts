// Person names without a lexicon entry: the name grammar (which words continue a name, what closes it, the
// patronymic chains) and the passes that find names by themselves — given name + surname, a nationality noun
// before a name, the subject of a verb of saying. Titles (titles.ts) use parseName for the name after a title.
import type { Ctx } from './context.ts';
import type { EntityLexicon, LexEntry } from './lexicon.ts';
import { nameText } from './context.ts';
import { ABD_NAMES, AGE_UNITS, APPOSITION_OPENERS, COMPOUND_SECOND, CONNECT, DIVINE, LEAD_PARTICLES, MODIFIERS, NOT_NAME_NOUNS, PARTICLES, PATRONYMIC, PLACE_PREPS, PUNCT_COMMA, SOURCE_HEADS, SPEECH_CLOSE_PREPS } from './wordsets.ts';

// tanween (fathatan, dammatan, kasratan)
const TANWEEN = /[\u064B-\u064D]/;
// (s8) endings of Slavic, Turkic and Caucasian family names as written in Arabic ("تولبايف"، "تيموشينكو"، "يانوكوفيتش"):
// a long word with one of them is a name even when it opens like an imperfect verb (ت، ي)
const FOREIGN_SURNAME = /(ايف|ييف|وف|وفا|ايفا|ييفا|سكي|سكايا|فيتش|يتش|ينكو|شفيلي|يدزه)$/;
const foreignSurname = (w: string): boolean => w.length >= 6 && FOREIGN_SURNAME.test(w);

export interface NameGrammar {
  /** A name-like word that may continue a person's name (first: the name's first word). */
  nameWord: (k: number, first: boolean) => boolean;
  /** What follows a name: punctuation, a function word, a verb of saying, a title, a clitic-bearing word … */
  closesName: (q: number) => boolean;
  verbOrNounAfterTitle: (k: number) => boolean;
  /** Parse a person name starting at k; the end token index (exclusive) or k when none. */
  parseName: (k: number, afterTitle: boolean) => number;
  articleNameAt: (q: number) => boolean;
  andGiven: (k: number) => boolean;
  definiteSurname: (k: number) => boolean;
  /** (s7) End of a family name opening with particles at k ("فان هوفن"), or -1. */
  particleNameEnd: (k: number) => number;
  /** (s8) Tokens parseName read as a family name that is a nationality adjective or a title word ("ماجد السويدي"). */
  familyWords: Set<number>;
  /** (s8) Whether e is such a family name after the given names k..e-1. */
  familyWordAt: (k: number, e: number, afterTitle: boolean) => boolean;
  /** (s8) What ends a name for sure: the text's end, punctuation, a function word, a verb of saying, إن/أن. */
  hardClose: (q: number) => boolean;
}

export function nameGrammar(cx: Ctx): NameGrammar {
  const { lex, toks, n, cands, owner, isWord, wi, formsAt, at, isStop, isNat, isNisba, titleAt, isTitleStart, givenTok, commonTok, stopTok, fullLex } = cx;
  /** A name-like word that may continue a person's name. */
  const nameWord = (k: number, first: boolean): boolean => {
    if (!isWord(k) || toks[k].kind !== 'word' || owner[k] >= 0) return false;
    const w = toks[k].norm;
    // (s9 recall) the second half of a compound in عبد inside a chain ("محمد بن عبد الله الإدريسي"): الله is no name word alone
    if (!first && k > 0 && toks[k - 1].norm === 'عبد' && ABD_NAMES.has(w)) return true;
    if (givenTok(k) || CONNECT.has(w)) return !stopTok(k);
    // names do not start with و/ف unless listed (وليد، فيصل); a ف-word the clitic analyser keeps whole may (فهمي، فيرجسون)
    // (a foreign surname in و- right before punctuation, whose stem is no known word: "كاثرين ويلكنسون،")
    const foreignW = !first && w[0] === 'و' && w.length >= 6 && !w.startsWith('وال') && !/(ه|ها|هم|هما|كم|نا)$/.test(w) && !lex.given.has(w.slice(1)) && !lex.common.has(w.slice(1)) && !isStop(w.slice(1)) &&
      !isTitleStart(k) && (k + 1 >= n || toks[k + 1].kind === 'punct');
    // (an Emirati family name in بال- closing the name before punctuation: "خالد محمد بالعمى،"، "بالهول")
    const balW = !first && w.startsWith('بال') && w.length >= 6 && !isStop(w) && !isStop(w.slice(1)) && !isTitleStart(k) && !lex.common.has(w.slice(3)) && !lex.common.has(w.slice(1)) &&
      !lex.orgHeadFirst.has(w.slice(1)) && !/(ه|ها|هم|ات|ين|ون)$/.test(w) && (k + 1 >= n || toks[k + 1].kind === 'punct') && k > 1 && givenTok(k - 1) && givenTok(k - 2);
    if ((w[0] === 'و' && !foreignW) || (w[0] === 'ف' && formsAt(k).length > 1)) return false;
    if (w.length < 3 || isStop(w) || isNat(w) || lex.common.has(w) || isTitleStart(k)) return false;
    // (s7) a verb of saying or writing ends a name ("النائب رامي نقولا عيسى كتب عبر منصة إكس")
    if (!first && lex.speech.has(w) && !givenTok(k)) return false;
    // (session 6) a long noun with a possessive pronoun after ة ("استقالته"، "زيارتها") is no family name ("شحاته" is short)
    if (!first && w.length >= 7 && /(ته|تها|تهم|تهما)$/.test(w) && !givenTok(k)) return false;
    // (s8) the same as a name's first word, one letter shorter ("وزير الأشغال حقيبته"), and a plural possessive pronoun
    // anywhere ("ملفهم"، "جهودكم"): no name word
    if (first && w.length >= 6 && /(ته|تها|تهم|تهما)$/.test(w) && !givenTok(k)) return false;
    if (w.length >= 5 && /(هم|هما|كم|هن)$/.test(w) && !givenTok(k)) return false;
    // (s9 recall) a common noun of not-name-noun with a singular possessive pronoun ("ولد سيدي مولود دعمه للعريضة"): the
    // verb's object, not a family name (a name in ه such as «اشروقه» is no listed noun)
    if (!first && /(ه|ها)$/.test(toks[k].text) && !givenTok(k) && NOT_NAME_NOUNS.has(w.replace(/(ه|ها)$/, ''))) return false;
    // (session 6) a word with tanween is an adverb, an accusative or an indefinite noun ("اعتباراً"، "صباحاً"), never
    // part of a name unless listed as a given name
    if (TANWEEN.test(toks[k].text) && !givenTok(k)) return false;
    // a word that splits as clitic + stem ("بمقر", "وهادي", "ستكون") is not inside a name
    if (formsAt(k).length > 1 && !foreignW && !balW) return false;
    // a short word written with a shadda is a vocalised verb ("قدّم"، "ردّ"), not a family name
    // (but a family name of the pattern فعّال is: "حدّاد"، "عوّاد"، "نجّار")
    if (!first && w.length <= 4 && /\u0651/.test(toks[k].text) && !/^.[\u064B-\u0650\u0652]*.[\u064B-\u0652]*\u0651[\u064B-\u0650\u0652]*ا.$/.test(toks[k].text.replace(/[\u064B-\u0650\u0652]*\u0651[\u064B-\u0650\u0652]*/, '\u0651'))) return false;
    // a vocalised imperfect or passive verb ("سيُسلَّم", "يُعتقد"): a damma or shadda after a verb prefix
    if (/^(ي|ت|ن|سي|ست|سن)/.test(w) && /[\u064F\u0651]/.test(toks[k].text)) return false;
    // a verb-like prefix ends a name, except on the last word before punctuation ("… أحمد ينار.")
    if (/^(ي|ت|ست|سي|سن)/.test(w) && !isNisba(w) && !foreignSurname(w) && (first || !(k + 1 >= n || toks[k + 1].kind === 'punct' || (/^(ست|سي|سن)/.test(w) && isStop(toks[k + 1].norm))))) return false;
    // accusative tanween ("مستشارا"), but not foreign feminine surnames ("غورغييفا", "زاخاروفا", "كارينا")
    // (a foreign surname in ـا right before punctuation, whose stem is no known word: "إرنست باي كوروما،")
    // (also any word in ـا written without tanween and without the shape of a participle — قائلا، مؤكدا، مستعدا —
    // before punctuation: "ماريا لويزا ريبيرو،")
    const foreignA = (/(وما|اما|ندا|ولا|يلا|وزا)$/.test(w) || (!/\u064B/.test(toks[k].text) && !/^(.ا..ا|م.{2,4}ا|مست.+|مت.+)$/.test(w))) &&
      !lex.common.has(w.slice(0, -1)) && !MODIFIERS.has(w.slice(0, -1)) &&
      (k + 1 >= n || toks[k + 1].kind === 'punct' || (!/^(وما|اما|ندا|ولا|يلا|وزا)$/.test(w) && k + 2 < n && toks[k + 1].kind === 'word' && !stopTok(k + 1) && toks[k + 2].kind === 'punct') ||
        // (s7) a middle name in ـا before another given name ("رامي نقولا عيسى")
        (!first && k + 1 < n && givenTok(k + 1) && !stopTok(k + 1) && !/\u064B/.test(toks[k].text)) ||
        // (s8) a family name in ـا before إن/أن ("الأمين العام للحزب جورج صليبا إن")
        (!first && k + 1 < n && /^(ان|انه|انها)$/.test(toks[k + 1].norm) && !/\u064B/.test(toks[k].text)));
    if (!first && !w.startsWith('ال') && w.length >= 5 && w.endsWith('ا') && !/(ا|ي)ا$/.test(w) && !/(وفا|يفا|ينا|سكا)$/.test(w) && !foreignA) return false;
    return true;
  };

  /** A hyphen joining two words with no space on either side ("جان-لوك"). */
  const hyphenAt = (q: number): boolean =>
    q > 0 && q + 1 < n && toks[q].kind === 'dash' && toks[q].text === '-' && toks[q - 1].end === toks[q].start && toks[q].end === toks[q + 1].start && toks[q - 1].kind === 'word';

  /** What follows a name: punctuation, a function word, a verb of saying, a title, a clitic-bearing word … */
  const closesName = (q: number): boolean =>
    q >= n || !isWord(q) || toks[q].kind !== 'word' || owner[q] >= 0 || isStop(toks[q].norm) || lex.speech.has(toks[q].norm) ||
    toks[q].norm.length <= 2 || isTitleStart(q) || formsAt(q).length > 1 || givenTok(q) || isNisba(toks[q].norm) ||
    CONNECT.has(toks[q].norm) || isNat(toks[q].norm) || conjClose(q);

  // (session 6, memoised per token) a conjunct in و with a possessive pronoun or the article starts another phrase
  // ("… بوسيف ونظيره"; ه as written, not a ة folded to ه, nor the ه of a noun in اه: "واتجاه"); a complementizer with
  // بـ closes a name ("ردّ النائب وليد كامل الخطيب بأن")
  const conjMemo = new Int8Array(n);
  const conjClose = (q: number): boolean => {
    if (!conjMemo[q]) {
      const w = toks[q].norm;
      const v = (w[0] === 'و' && /^و(ال.{3,}|.{2,}[^ا](ه|ها|هم|هما))$/.test(w) && !/ة[\u064B-\u065F\u0670]*$/.test(toks[q].text) && !givenTok(q)) ||
        (w[0] === 'ب' && /^ب(ان|انه|انها)$/.test(w));
      conjMemo[q] = v ? 1 : 2;
    }
    return conjMemo[q] === 1;
  };

  /**
   * An unknown word right after a title that is more likely a verb or a common noun than a name: a noun in
   * ة ("جلسة"), a short past-tense verb in ت ("صرحت"), an accusative participle ("قائلا", "مؤكدا"), an
   * active participle ("الفريق جاهز", "مستعد"), a plural or dual ("اتصالين").
   */
  const verbOrNounAfterTitle = (k: number): boolean => {
    const w = toks[k].norm;
    // an elative or a verb in ى ("أسمى آيات الشكر", "أعلى", "أبدى") is no name unless listed as a given name
    if (!givenTok(k) && (wi(k).alifFinal || (/^أ/.test(toks[k].text) && w.length === 4))) return true;
    // a ل-complement in construct with a definite word ("المتحدثة باسم المفوضية السامية لشؤون اللاجئين")
    if (!givenTok(k) && w[0] === 'ل' && k + 1 < n && toks[k + 1].kind === 'word' && toks[k + 1].norm.startsWith('ال')) return true;
    // (s9 probe) a verbal or common noun of wordsets.tsv not-name-noun ("وأكد المدير العام دعم المؤسسة")
    if (!givenTok(k) && NOT_NAME_NOUNS.has(w)) return true;
    // (s9) a verbal noun in construct with a noun bearing a possessive pronoun ("جدّد الوزير الإسباني دعم بلاده"، "موقف حكومته")
    if (!givenTok(k) && k + 1 < n && toks[k + 1].kind === 'word' && /^.{2,}[^ا](ه|ها|هم|هما)$/.test(toks[k + 1].norm) && !/ة[\u064B-\u065F\u0670]*$/.test(toks[k + 1].text) && !givenTok(k + 1)) return true;
    // (s9) …or with an organisation head ("الكاتب العام للمكتب النقابي لمستخدمي شركة «…»"): a name holds no head
    if (!givenTok(k) && w[0] === 'ل' && k + 1 < n && toks[k + 1].kind === 'word' && lex.orgHeadFirst.has(toks[k + 1].norm)) return true;
    // (s7) a noun of place or instrument مَفعَل in construct with a definite noun ("الوزير المصري محضر الاجتماع"، "مكتب
    // الرئيس"): no given name, so no name
    if (!givenTok(k) && /^م...$/.test(w) && k + 1 < n && toks[k + 1].kind === 'word' && toks[k + 1].norm.startsWith('ال') && !isStop(toks[k + 1].norm) && !isNisba(toks[k + 1].norm)) return true;
    // (s7) a past verb of the derived forms VII, VIII and X ("اعترض"، "انسحب"، "استقبل": "وزير المال اعترض على") — no
    // given name has these shapes unless listed
    if (!givenTok(k) && /^(ا.ت..|ان...|است...)$/.test(w) && /^[اإ]/.test(toks[k].text)) return true;
    return /ة$/.test(toks[k].text.replace(/[\u064B-\u065F\u0670\u0640]+$/, '')) || (w.endsWith('ت') && w.length <= 5) || /^(.ا..ا|م...ا|.ا..|مست.+)$/.test(w) || (w.length >= 6 && /(ون|ات|ين)$/.test(w));
  };

  /**
   * (s7) A family name opening with particles ("فان هوفن"، "فان دير بيرغ") at k: one or two name words after the particles,
   * then what closes a name (punctuation, a function word, a clitic-bearing word …) but not a definite word ("فان عدد
   * القتلى" is فإن + a clause).
   * The end token index (exclusive), or -1.
   */
  const particleNameEnd = (k: number): number => {
    let q = k;
    while (q < n && q - k < 3 && toks[q].kind === 'word' && owner[q] < 0 && PARTICLES.has(toks[q].norm) && !/[أإآ]/.test(toks[q].text)) q++;
    if (q === k) return -1;
    const plain = (x: number) => x < n && toks[x].kind === 'word' && owner[x] < 0 && !toks[x].norm.startsWith('ال') && nameWord(x, false);
    // (an accusative, a feminine noun or a plural is the subject of a فإن clause: "فان عددا من"، "فان كثيرين")
    if (!plain(q) || /(ا|ه|ات|ون|ين)$/.test(toks[q].norm)) return -1;
    q++;
    if (plain(q) && !isStop(toks[q].norm)) q++;
    return closesName(q) && !(q < n && toks[q].kind === 'word' && toks[q].norm.startsWith('ال')) ? q : -1;
  };

  /** (s8) Tokens read as a family name by familyWordAt (a nationality adjective or a title word): givenSurnamePass accepts them. */
  const familyWords = new Set<number>();
  /** What ends a name for sure: the text's end, punctuation, a function word, a verb of saying, إن/أن. */
  const hardClose = (q: number): boolean => q >= n || toks[q].kind === 'punct' || (toks[q].kind === 'word' && (isStop(toks[q].norm) || lex.speech.has(toks[q].norm) || /^(ان|انه|انها)$/.test(toks[q].norm)));
  /**
   * (s8) k..e-1 are given names (the first unambiguous, or after a title), e a definite nationality adjective of a country
   * (singular, masculine) or a one-word title, then the name closes.
   */
  const familyWordAt = (k: number, e: number, afterTitle: boolean): boolean => {
    // (s9 recall) a compound in عبد counts as one given name ("عبد الفتاح السيد إن"، "محمد موسى عبد الرحمن الحاج إن")
    const abdAt = (q: number): boolean => q + 1 < n && toks[q].norm === 'عبد' && ABD_NAMES.has(toks[q + 1].norm);
    let abds = 0;
    for (let q = k; q + 1 < e && q < k + 5; q++) if (abdAt(q)) abds++;
    if (e >= n || e - k - abds > 3 || owner[e] >= 0 || toks[e].kind !== 'word' || !/^ال/.test(toks[e].text) || formsAt(e).length !== 1 || !hardClose(e + 1)) return false;
    if (!(wi(k).given || abdAt(k)) || !(afterTitle || !commonTok(k))) return false;
    for (let q = k + 1; q < e; q++) if (!(givenTok(q) || abdAt(q) || (q > k && abdAt(q - 1))) || owner[q] >= 0) return false;
    const w = toks[e].norm;
    if (/[ةه][\u064B-\u065F\u0670]*$/.test(toks[e].text) || /(ون|ين|ات)$/.test(w)) return false;
    const nat = isNat(w) && !lex.nationality.get(w)!.startsWith('X');
    const title = !isNat(w) && titleAt(e)?.length === 1;
    return nat || title;
  };

  /** Parse a person name starting at k; returns the end token index (exclusive) or k when none. */
  const parseName = (k: number, afterTitle: boolean): number => {
    if (!isWord(k) || owner[k] >= 0 || toks[k].kind !== 'word') return k;
    const w0 = toks[k].norm;
    // after a title a name may carry the article when the bare form is a given name ("الملك الحسين")
    // …and before a patronymic chain ("الوزير الحسين ولد امدو", "الحسن بن طلال")
    // …and before an unambiguous given name, not after a definite noun it could qualify ("المختار أحمد بوسيف")
    const nextGiven = k + 1 < n && owner[k + 1] < 0 && givenTok(k + 1) && !commonTok(k + 1) && formsAt(k + 1).length === 1;
    const afterDefinite = k > 0 && toks[k - 1].kind === 'word' && formsAt(k - 1).some((x) => x.article) || lex.common.has(w0.slice(2));
    const articleGiven = (afterTitle || (nextGiven && !afterDefinite) || (k + 1 < n && PATRONYMIC.has(toks[k + 1].norm))) && /^ال/.test(toks[k].text) && lex.given.has(w0.slice(2)) && !lex.common.has(w0) && formsAt(k).length === 1;
    // "عبد" written apart before a definite word ("عبد الرحمن", "عبد الإله") opens a compound given name
    const abd = w0 === 'عبد' && k + 1 < n && owner[k + 1] < 0 && toks[k + 1].kind === 'word' && ABD_NAMES.has(toks[k + 1].norm);
    // (an unknown word after a title written with a clitic before a hamza seat is a phrase, not a name: "النائب العام بإخلاء")
    // (session 6) a kunya after a title: "المدعو أبو كاظم"
    const kunya = afterTitle && w0 === 'ابو' && k + 1 < n && owner[k + 1] < 0 && toks[k + 1].kind === 'word' && (givenTok(k + 1) || nameWord(k + 1, false));
    // (a verb or noun with a clitic and a pronoun is no name after a title: "الفريق ليخبره بموعد")
    if (afterTitle && !wi(k).given && /^[لبفو]/.test(w0) && /(ه|ها|هم)$/.test(w0) && !/ة[\u064B-\u065F\u0670]*$/.test(toks[k].text)) return k;
    // (s8) …nor a short word in ب/ل before a noun with a pronoun: a verbal noun and its object ("أمين عام الوزارة بعرض ملفهم")
    // (…or an indefinite adjective of the pattern فعيل: a manner adverbial, "الإمام بحزن شديد"، "الوزير بشكل كبير")
    if (afterTitle && !wi(k).given && /^[لب]/.test(w0) && w0.length <= 5 && k + 1 < n && toks[k + 1].kind === 'word' && !givenTok(k + 1) &&
      ((/.{2}(ه|ها|هم|هما)$/.test(toks[k + 1].norm) && !/ة[\u064B-\u065F\u0670]*$/.test(toks[k + 1].text)) || /^[^ا]{2}ي[^اي]ه?$/.test(toks[k + 1].norm))) return k;
    // (s7) a family name opening with a particle written without a hamza after a title: "الوزير فان هوفن"، "السفير فان دير ميرفي"
    // (the family name must close — punctuation, a function word, a verb of saying — so "الوزير فان عدد القتلى" stays فإن)
    const particleFirst = (afterTitle || (k > 0 && isTitleStart(k - 1))) && LEAD_PARTICLES.has(w0) && !/[أإآ]/.test(toks[k].text) && particleNameEnd(k) > k;
    if (!wi(k).opensName && !articleGiven && !abd && !kunya && !particleFirst && !(afterTitle && nameWord(k, true) && !w0.startsWith('ال') && !verbOrNounAfterTitle(k) && !/^[بلفوك][أإآ]/.test(toks[k].text))) return k;
    let e = k + 1;
    // (the article as written: "ألبرتو"، "إلياس" fold to ال… but have none)
    // (a given name written with the article opens the name: "المختار أحمد بوسيف")
    // (not before a formula of blessing: "الملك الحسين طيب الله ثراه")
    let surnameSeen = /^ال/.test(toks[k].text) && !(articleGiven && nextGiven && !(k + 2 < n && DIVINE.has(toks[k + 2].norm)));
    let patronymic = false;
    // a name opening with عبد/أبو takes the next word whatever it is ("عبد الله", "أبو الفضل")
    while (particleFirst && e < n && PARTICLES.has(toks[e].norm) && e - k < 3) e++;
    if (/^(عبد|ابو)$/.test(w0)) {
      if (!(e < n && isWord(e) && toks[e].kind === 'word' && owner[e] < 0 && !stopTok(e) && !isNat(toks[e].norm))) return k;
      e++;
    }
    // (s8) a compound given name written apart ("نور الدين الشابي"، "عز الدين"): the second word continues the name
    else if (e < n && owner[e] < 0 && COMPOUND_SECOND.has(toks[e].norm) && wi(k).given && !/^ال/.test(toks[k].text)) { e++; surnameSeen = false; }
    for (;;) {
      // "ذياب بن محمد بن زايد": a patronymic chain may swallow a known person ("محمد بن زايد")
      if (e + 1 < n && /^(بن|ابن|بنت)$/.test(toks[e].norm) && owner[e] < 0 && owner[e + 1] >= 0 && cands[owner[e + 1]].type === 'PER' && cands[owner[e + 1]].tokenStart === e + 1) {
        const c = cands[owner[e + 1]];
        c.dead = true;
        for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
        e = c.tokenEnd;
        while (e < n && nameWord(e, false) && (CONNECT.has(toks[e].norm) || isNisba(toks[e].norm) || e + 1 < n && CONNECT.has(toks[e - 1].norm))) e++;
        continue;
      }
      // a patronymic chain makes a longer name ("عبد الله بن سعيد المعمري"), a nisba that is also a
      // nationality may close it ("ماجد بن سالم الكندي،")
      // (s9 recall) a compound in عبد written apart is one name of the chain ("محمد موسى عبد الرحمن الحاج")
      let abdWords = 0;
      for (let q = k; q < e && q < k + 8; q++) if (toks[q].norm === 'عبد') abdWords++;
      const limit = (patronymic ? 7 : 4) + Math.min(abdWords, 1);
      const natSurname = patronymic && e < n && e - k < limit && owner[e] < 0 && toks[e].kind === 'word' && isNat(toks[e].norm) && toks[e].norm.startsWith('ال') && closesName(e + 1) && !isNat(toks[e - 1].norm);
      if (natSurname) { e++; break; }
      // an indefinite relational adjective as a family name right after a given name ("محمد إسلامي"، "كريم عربي"),
      // closed by punctuation or a function word; an ambiguous given name needs a title before it
      const indefNat = e === k + 1 && e < n && owner[e] < 0 && toks[e].kind === 'word' && isNat(toks[e].norm) && !/^ال/.test(toks[e].text) &&
        formsAt(e).length === 1 && !/[ةه][\u064B-\u065F\u0670]*$/.test(toks[e].text) && toks[e].norm.length >= 4 && wi(k).given && (afterTitle || !commonTok(k)) && closesName(e + 1) && !isNat(toks[e + 1]?.norm ?? '');
      if (indefNat) { e++; break; }
      // (s8) a definite nationality adjective or a one-word title as the family name right after the given names, closing the
      // name before إن/أن, punctuation, a function word or a verb of saying ("وقال ماجد السويدي إن"، "أحمد المصري،"، "وقالت سناء
      // الخطيب إن"): after a proper name it qualifies nothing
      if (familyWordAt(k, e, afterTitle)) { familyWords.add(e); e++; break; }
      // a lexicon surname alone ("كاسترو") right after another given name is that person's surname: "لويس كاسترو"
      // (only when the known person is never named in full in the article and no form of theirs holds that given name)
      // (also after a chain of given names: "المهندسة مريم عبدالله الكواري"، "عبدالرحمن بن يوسف المالكي")
      // (s8) two given names need no title before them: "وقال المشجع حمد سعيد الكواري"
      // (s9) a compound given name in عبد written apart counts as two ("وصرّح عبد الإله بنعمر،": not the lexicon's جمال بنعمر)
      const abdGiven = e - k === 2 && w0 === 'عبد' && ABD_NAMES.has(toks[k + 1].norm);
      const chain = e === k + 1 ? wi(k).given : (wi(k).opensName || abdGiven) && !CONNECT.has(toks[e - 1].norm);
      const twoGiven = e - k >= 2 && ((wi(k).given && givenTok(e - 1)) || abdGiven);
      if (chain && e < n && owner[e] >= 0 && cands[owner[e]].short && cands[owner[e]].tokenStart === e && (afterTitle || (k > 0 && isTitleStart(k - 1)) || twoGiven) && !(k > 0 && CONNECT.has(toks[k - 1].norm)) &&
        (!fullLex().has(cands[owner[e]].lex!.id) || twoGiven) && ![...cands[owner[e]].lex!.forms].some((f) => f.split(' ').includes(toks[k].norm))) {
        const sc = cands[owner[e]];
        sc.dead = true;
        for (let q = sc.tokenStart; q < sc.tokenEnd; q++) owner[q] = -1;
        // the short form's words are that person's family name ("حسن فضل الله" after "النائب")
        if (sc.tokenEnd - sc.tokenStart > 1) { e = sc.tokenEnd; break; }
        if (nameWord(e, false)) { e++; break; }
      }
      // an honorific between two given names is a family name ("رهف السيد أحمد،"، "محمد الشيخ علي،"): a title
      // opens a name, it does not come after its first word
      if (e === k + 1 && e + 1 < n && wi(k).given && owner[e] < 0 && owner[e + 1] < 0 && toks[e].norm.startsWith('ال') && givenTok(e + 1) && closesName(e + 2)) {
        const t = titleAt(e);
        if (t && t.length === 1 && t.values[0].kind === 'honorific') { e += 2; break; }
      }
      // after a title, a one-word title of nisba shape right after the given name is the family name ("رئيس المجلس
      // مازن القاضي"): a title opens a name, it does not come after its first word
      if (afterTitle && e === k + 1 && e < n && wi(k).given && owner[e] < 0 && toks[e].kind === 'word' && /^ال.{3,}ي$/.test(toks[e].norm) && formsAt(e).length === 1 && titleAt(e)?.length === 1) { e++; break; }
      // a given name with the article before a patronymic connector continues the name ("محمد الأمين ولد سيدي")
      if (e < n && e - k < limit && owner[e] < 0 && toks[e].kind === 'word' && formsAt(e).length === 1 && articleNameAt(e)) { e++; continue; }
      // (session 6) a particle of a Western family name after a Western given name, then a name word or a lexicon
      // surname ("لورا لو كاسترو"، "أورسولا فون دير لاين")
      // (s7) also after any name right after a title ("المفوضة البلجيكية هيلدي فان دام"); a particle is never written with a
      // hamza (فإن is the complementizer)
      if (e + 1 < n && e - k < limit && (lex.givenForeign.has(w0) || afterTitle) && owner[e] < 0 && PARTICLES.has(toks[e].norm) && !/[أإآ]/.test(toks[e].text) && toks[e + 1].kind === 'word' && !toks[e + 1].norm.startsWith('ال')) {
        const o = owner[e + 1];
        const c = o >= 0 ? cands[o] : undefined;
        if (c ? c.short && c.type === 'PER' && c.tokenStart === e + 1 && c.tokenEnd === e + 2 : nameWord(e + 1, false) || PARTICLES.has(toks[e + 1].norm)) {
          if (c) { c.dead = true; owner[e + 1] = -1; }
          e += 2;
          continue;
        }
      }
      // (session 6) a compound foreign given name written with a hyphen and no spaces ("جان-لوك مارشان"، "جونغ-أون")
      if (e + 1 < n && e - k < limit && hyphenAt(e) && nameWord(e + 1, false) && !toks[e + 1].norm.startsWith('ال')) { e += 2; continue; }
      // (s9) a compound given name written apart inside the chain ("الفريق شرطة بابكر عوض الكريم"): both words
      if (e + 1 < n && e - k < limit && e > k && owner[e] < 0 && owner[e + 1] < 0 && givenTok(e) && !toks[e].norm.startsWith('ال') && COMPOUND_SECOND.has(toks[e + 1].norm)) { e += 2; continue; }
      if (!(e < n && e - k < limit && nameWord(e, false))) break;
      const w = toks[e].norm;
      // an unknown word (not a given name, nisba or connector) continues a name only when what follows
      // closes the name or is itself a name part ("مازن علوش،" but not "عمر ناهز 86 عاما")
      if (!givenTok(e) && !isNisba(w) && !CONNECT.has(w) && !(e > k && CONNECT.has(toks[e - 1].norm))) {
        // after a title, a given name's surname need not be followed by a closer ("رئيس النادي رامون كالديرون يشغل")
        // (not a noun in construct with a definite word: "الشيخ نواف مقاليد الحكم")
        const nextDef = e + 1 < n && toks[e + 1].kind === 'word' && toks[e + 1].norm.startsWith('ال') && !isNisba(toks[e + 1].norm);
        // (a Western given name's family name is a foreign word, whatever follows: "دينيس براون الاعتداء")
        const titled = afterTitle && e === k + 1 && wi(k).opensName && !w.startsWith('ال') && (!nextDef || lex.givenForeign.has(w0)) && !verbOrNounAfterTitle(e);
        // (after a title, two unknown words may close together before punctuation or إن/أن: "الرئيس الأسبق إرنست
        // باي كوروما،"، "السفير إيفان ستيبانوفيتش كوزلوف إن")
        if (!titled && !closesName(e + 1) && !(afterTitle && e + 2 < n && nameWord(e + 1, false) && !toks[e + 1].norm.startsWith('ال') && !/(ه|ها|هم)$/.test(toks[e + 1].norm) && (toks[e + 2].kind === 'punct' || /^(ان|انه|انها)$/.test(toks[e + 2].norm)) && !/(ه|ها|هم)$/.test(w))) break;
        // (the definite word after a Western name is the verb's object: the name ends here)
        if (titled && nextDef) { e++; break; }
      }
      // after a surname with the article only another nisba may follow ("الطالباني الحسيني")
      if (surnameSeen && !(isNisba(w) || CONNECT.has(w))) break;
      if (/^ال/.test(toks[e].text) && !(e > k && toks[e - 1].norm === 'عبد')) surnameSeen = true;
      e++;
      if (CONNECT.has(w)) {
        // Mauritanian and Sudanese chains use ولد/بنت like بن ("سيدي محمد ولد الشيخ عبد الله")
        // Gulf family names with آل close a long chain too ("عبد الرحمن صالح آل صالح")
        if (PATRONYMIC.has(w) || (w === 'ال' && /^آل/.test(toks[e - 1].text))) patronymic = true;
        // after عبد/أبو/بن any non-function word is a name part ("عبد الله", "أبو الفضل")
        if (!(e < n && isWord(e) && toks[e].kind === 'word' && owner[e] < 0 && !stopTok(e) && !isNat(toks[e].norm))) { e--; break; }
        e++;
        // "ولد الشيخ أحمد"، "بن الشيخ محمد": an honorific inside a patronymic chain is part of the ancestor's name
        if (patronymic && isTitleStart(e - 1) && e < n && owner[e] < 0 && givenTok(e) && !stopTok(e)) { surnameSeen = false; e++; }
      }
    }
    // a trailing connector is not part of the name
    while (e > k + 1 && CONNECT.has(toks[e - 1].norm)) e--;
    return e;
  };

  /** A given name with the article opening a patronymic chain ("الحسين ولد امدو", "الحسن بن علي"). */
  const articleNameAt = (q: number): boolean => {
    const w = toks[q].norm;
    return w.startsWith('ال') && lex.given.has(w.slice(2)) && q + 1 < n && PATRONYMIC.has(toks[q + 1].norm);
  };

  // a given name joined by و in a list of names ("… وحسن نجمي"): the bare given name is unambiguous and not علي
  const andGiven = (k: number): boolean => {
    const g = wi(k).givenForm;
    return !!g && g.off > 0 && toks[k].norm[0] === 'و' && g.form === toks[k].norm.slice(1) && !lex.common.has(g.form) && g.form !== 'علي';
  };

  // a definite surname that is no common word, nationality or function word ("حسين الشحات", "أمين الناصر")
  const definiteSurname = (k: number): boolean => {
    if (k >= n || owner[k] >= 0 || toks[k].kind !== 'word') return false;
    const w = toks[k].norm;
    return w.startsWith('ال') && w.length >= 5 && formsAt(k).length === 1 && !commonTok(k) && !stopTok(k) && !isNat(w) &&
      !/[ةه]$/.test(toks[k].text) && !/(ون|ين|ات)$/.test(w) && !isTitleStart(k);
  };
  return { nameWord, closesName, verbOrNounAfterTitle, parseName, articleNameAt, andGiven, definiteSurname, particleNameEnd, familyWords, familyWordAt, hardClose };
}

export function givenSurnamePass(cx: Ctx, g: NameGrammar): void {
  const { doc, toks, n, owner, claim, isWord, wi, formsAt, at, isNisba, givenTok, commonTok, stopTok } = cx;
  const { nameWord, closesName, parseName, andGiven, definiteSurname } = g;
  // 2b. given name + surname without a title
  for (let i = 0; i < n; i++) {
    if (owner[i] >= 0 || !isWord(i)) continue;
    // a kunya: "أم سالم", "أبو خالد" (أم with its hamza, then an unambiguous given name)
    if (/^[أإ]م$|^أبو$/.test(toks[i].text) && i + 1 < n && owner[i + 1] < 0 && givenTok(i + 1) && !stopTok(i + 1) && wi(i + 1).givenForm?.off === 0) {
      let e = i + 2;
      if (e < n && owner[e] < 0 && isWord(e) && isNisba(toks[e].norm)) e++;
      // (or a family name that closes: "أبو جميل زيان بزمام الأمور")
      else if (e < n && nameWord(e, false) && !toks[e].norm.startsWith('ال') && closesName(e + 1)) e++;
      claim({ type: 'PER', tokenStart: i, tokenEnd: e, start: toks[i].start, end: toks[e - 1].end, kind: 'name', name: doc.text.slice(toks[i].start, toks[e - 1].end), evidence: ['rule:kunya'], titles: [] });
      i = e - 1;
      continue;
    }
    // (session 6) "بسيدي موسى"، "في سيدي بوزيد": an opener of place names (place-openers.tsv) that is also a given name, after
    // a preposition of place, opens a place
    const og = wi(i).givenForm;
    // (s8) or after a place head: "منطقة سيدي خليفة"
    const placePrep = og && ((og.clitic && toks[i].norm[0] === 'ب') || (og.off === 0 && i > 0 && (PLACE_PREPS.has(toks[i - 1].norm) || (!!wi(i - 1).placeHead && owner[i - 1] < 0))));
    if (og && placePrep && cx.lex.placeOpeners.has(og.form) && i + 1 < n && owner[i + 1] < 0 && toks[i + 1].kind === 'word' && !stopTok(i + 1) && formsAt(i + 1).length === 1 &&
      !CONNECT.has(toks[i + 1].norm) && !(i + 2 < n && CONNECT.has(toks[i + 2].norm))) {
      const start = at(i, og);
      claim({ type: 'LOC', tokenStart: i, tokenEnd: i + 2, start, end: toks[i + 1].end, kind: 'name', name: nameText(doc.text, start, toks[i + 1].end, false), evidence: [cx.lex.placeOpeners.get(og.form)!, 'rule:place-opener-after-preposition'], titles: [] });
      i++;
      continue;
    }
    let e = parseName(i, false);
    // an unambiguous given name + one more name word that closes: "مازن علوش لـ…"
    if (e - i < 2 && (givenTok(i) && formsAt(i).length === 1 && !commonTok(i) || andGiven(i)) && nameWord(i + 1, false) && closesName(i + 2) &&
      (!toks[i + 1].norm.startsWith('ال') || isNisba(toks[i + 1].norm))) e = i + 2;
    // an unambiguous given name + a definite surname: "يدرك حسين الشحات التعادل"
    const defSurname = e - i < 2 && givenTok(i) && formsAt(i).length === 1 && !commonTok(i) && definiteSurname(i + 1);
    if (defSurname) e = i + 2;
    if (e - i < 2) continue;
    const second = toks[i + 1].norm;
    // (s7) a family-name particle the name grammar read over ("ماركوس فان هوفن") keeps the whole name
    let ok = givenTok(i + 1) || isNisba(second) || CONNECT.has(second) || (COMPOUND_SECOND.has(second) && e - i > 2) || g.familyWords.has(e - 1) || (PARTICLES.has(second) && e - i > 2) || /^(ابو|عبد)/.test(toks[i].norm) || e - i > 3;
    let end = e;
    // an unambiguous given name (not a common word) + one more name word: "مازن علوش"
    if (!ok && (givenTok(i) && formsAt(i).length === 1 && !commonTok(i) || andGiven(i)) && second.length >= 3 && !second.startsWith('ال')) { ok = true; end = i + 2; }
    if (!ok && defSurname) { ok = true; end = i + 2; }
    if (!ok) continue;
    const e2 = end;
    // "علي" + a full name known elsewhere: the preposition على misspelt
    const fg = wi(i).givenForm ?? formsAt(i)[0];
    claim({ type: 'PER', tokenStart: i, tokenEnd: e2, start: at(i, fg), end: toks[e2 - 1].end, kind: 'name', name: nameText(doc.text, at(i, fg), toks[e2 - 1].end, fg.article && fg.clitic), evidence: g.familyWords.has(e2 - 1) ? ['rule:given+surname', 'rule:family-name-word'] : ['rule:given+surname'], titles: [] });
    i = e2 - 1;
  }
}

export function nationalityNamePass(cx: Ctx): void {
  const { doc, toks, n, owner, claim, formsAt, at, isNat, isTitleStart, givenTok, commonTok, stopTok } = cx;
  // 2b''. a nationality adjective used as a noun before a name: "يعادل الصربي ألكسندر ميتروفيتش", "مهاجمه
  // الكونغولي غي مبينزا" — not after a definite noun it qualifies ("الموقف الروسي ثابت")
  for (let i = 1; i + 1 < n; i++) {
    if (owner[i] >= 0 || owner[i + 1] >= 0 || toks[i].kind !== 'word' || !toks[i].norm.startsWith('ال') || !isNat(toks[i].norm) || formsAt(i).length > 1) continue;
    // (s7) a plural nationality is the people, not one person before their name ("يستعد اللبنانيون لصيف جديد"); a relational
    // adjective of no country (nationalities.tsv X…: العسكرية، الوطني) qualifies the noun before it ("محكمة عوفر العسكرية أصدرت")
    if (/(ون|ين|ات)$/.test(toks[i].norm) || cx.lex.nationality.get(toks[i].norm)?.startsWith('X')) continue;
    const p = toks[i - 1];
    if (p.kind === 'word' && (formsAt(i - 1).some((f) => f.article) || owner[i - 1] >= 0 || isNat(p.norm))) continue;
    // (nor after a quoted name it qualifies: صحيفة "وول ستريت جورنال" الأمريكية فنقلت)
    if (p.kind === 'quote' && i > 1 && owner[i - 2] >= 0) continue;
    // (s9) …claimed or not yet (the quote pass comes later): a closing quote, right after a word ("«أيرو نوردك» الدنماركية لتأجير")
    if (p.kind === 'quote' && i > 1 && toks[i - 2].kind === 'word' && toks[i - 2].end === p.start) continue;
    const k = i + 1;
    // (s9 probe) a noun of wordsets.tsv not-name-noun, bare or behind one clitic letter, is the verb's complement ("وأشاد
    // السوداني بدور القوات")
    if (!givenTok(k) && (NOT_NAME_NOUNS.has(toks[k].norm) || (/^[بلكف]/.test(toks[k].norm) && NOT_NAME_NOUNS.has(toks[k].norm.slice(1))))) continue;
    // up to three name words: no article, clitic, function word, common word or feminine noun in ة
    let e = k;
    // (the article as written: "ألكسندر" folds to "الكسندر" but has no article)
    while (e < n && e - k < 3 && owner[e] < 0 && toks[e].kind === 'word' && !/^ال/.test(toks[e].text) && (formsAt(e).length === 1 || /^أل/.test(toks[e].text)) &&
      !stopTok(e) && !commonTok(e) && !isNat(toks[e].norm) && !isTitleStart(e) && toks[e].norm.length >= 2 &&
      (givenTok(e) || !/[ةه]$/.test(toks[e].text)) && !(TANWEEN.test(toks[e].text) && !givenTok(e))) e++;
    // the name ends at punctuation, a function word, a definite word (the verb's object) or the sentence end
    const nx = e < n ? toks[e] : undefined;
    if (e === k || (nx && nx.kind === 'word' && !nx.norm.startsWith('ال') && !stopTok(e) && owner[e] < 0)) continue;
    if (e === k + 1 && toks[k].norm.length < 4 && !givenTok(k)) continue;
    const ff = formsAt(k)[0];
    claim({ type: 'PER', tokenStart: k, tokenEnd: e, start: at(k, ff), end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, at(k, ff), toks[e - 1].end, false), evidence: ['rule:nationality+name'], titles: [] });
    i = e - 1;
  }
}

/** Lexicon organisations named "head + one word" (شركة ميتا), by that word: once per lexicon. */
const HEADLESS = new WeakMap<object, Map<string, LexEntry>>();
function headlessOrgs(lex: EntityLexicon): Map<string, LexEntry> {
  let m = HEADLESS.get(lex);
  if (!m) {
    m = new Map();
    for (const e of lex.byId.values()) {
      if (e.type !== 'ORG') continue;
      for (const f of e.forms) {
        const ws = f.split(' ');
        if (ws.length === 2 && lex.orgHeadFirst.has(ws[0]) && !ws[1].startsWith('ال') && ws[1].length >= 3 && !m.has(ws[1])) m.set(ws[1], e);
      }
    }
    HEADLESS.set(lex, m);
  }
  return m;
}

export function speechSubjectPass(cx: Ctx, g: NameGrammar): void {
  const { doc, lex, toks, n, owner, claim, isWord, wi, formsAt, at, isNisba, givenTok, commonTok } = cx;
  const { nameWord, parseName } = g;
  // 2b'. the subject of a verb of saying: "وقال بلير إن", "وأضاف غورباتشوف:"
  for (let i = 0; i + 2 < n; i++) {
    if (!isWord(i) || !wi(i).speech) continue;
    const k = i + 1;
    if (owner[k] >= 0 || !isWord(k) || toks[k].kind !== 'word') continue;
    const w = toks[k].norm;
    // a definite word after a verb of saying is a description ("وكشف الدبلوماسي أنه"); surnames alone come from coreference
    if (w.startsWith('ال')) continue;
    // (s7) a family-name particle written without a hamza before a name word opens the name ("وقال فان هوفن إن"): after a
    // verb of saying فان cannot be the complementizer فإن
    const particle = LEAD_PARTICLES.has(w) && !/[أإآ]/.test(toks[k].text) && toks[k + 1].kind === 'word' && !toks[k + 1].norm.startsWith('ال') && owner[k + 1] < 0 &&
      (nameWord(k + 1, false) || PARTICLES.has(toks[k + 1].norm));
    // (s9 round 3) a first name word in ي that a verb-like prefix kept out ("وأكد يماني جبر مسقل أن"): two more name words
    // and a closing complementizer, colon or comma say it is a name (an imperfect verb is followed by its complement)
    const yaName = !particle && w.length >= 4 && w[0] === 'ي' && !/[\u064F\u0651]/.test(toks[k].text) && formsAt(k).length === 1 && !cx.isStop(w) && !lex.common.has(w) &&
      !lex.speech.has(w) && nameWord(k + 1, false) && k + 2 < n && nameWord(k + 2, false) && !toks[k + 1].norm.startsWith('ال') &&
      (k + 3 < n && (/^(ان|انه|انها)$/.test(toks[k + 3].norm) || toks[k + 3].text === ':' || PUNCT_COMMA.has(toks[k + 3].text)));
    if (!particle && !yaName && !nameWord(k, true) && !givenTok(k)) continue;
    // plurals and pronoun-suffixed nouns are vague sources, not names ("مراقبون", "محللون", "اسمه")
    // (also a pronoun of the pair or group just named: "وأضاف أحدهما"، "وقال بعضهم")
    if (!givenTok(k) && /(ون|ين|ات|ه|ها|هم|هما|كم)$/.test(w)) continue;
    // a source head ("شهود"، "سكان"، "مصدر") is a description
    if (!givenTok(k) && SOURCE_HEADS.has(w)) continue;
    let e = CONNECT.has(w) ? parseName(k, true) : k + 1;
    if (e <= k) continue;
    while (e < n && e - k < (particle ? 4 : 3) && (nameWord(e, false) || (particle && PARTICLES.has(toks[e].norm))) && !(toks[e].norm.startsWith('ال') && !isNisba(toks[e].norm))) e++;
    // (s8) a nationality adjective or a title word as the family name: "وقالت سناء الخطيب إن"، "وأضاف ماجد السويدي أن"
    if (!particle && e > k && g.familyWordAt(k, e, true)) { g.familyWords.add(e); e++; }
    // (s8) …or a definite family name after a given name that is also a common word, closed for sure: "وقالت سناء الخطيب إن"
    else if (!particle && e === k + 1 && givenTok(k) && g.definiteSurname(e) && g.hardClose(e + 1)) { g.familyWords.add(e); e++; }
    // (s7) a family name opening with a particle after the given name: "وقالت هيلدي فان دام إن"
    else if (!particle && e > k && e - k < 3 && LEAD_PARTICLES.has(toks[e]?.norm ?? '')) {
      const pe = g.particleNameEnd(e);
      if (pe > e) e = pe;
    }
    while (e > k && CONNECT.has(toks[e - 1].norm)) e--;
    if (e <= k) continue;
    const close = e < n ? toks[e] : null;
    // "وقال X إن", "وأشار X إلى أن", "وقال X في كلمة": a preposition closes only after an unambiguous given name
    const prepClose = !!close && SPEECH_CLOSE_PREPS.has(close.norm) && givenTok(k) && !commonTok(k);
    if (!close || !(prepClose || /^(ان|انه|انها)$/.test(close.norm) || close.text === ':' || PUNCT_COMMA.has(close.text) || close.kind === 'dash')) continue;
    // a lone ambiguous given name or a common word is not enough
    if (e - k === 1 && (lex.common.has(w) || w.length < 3)) continue;
    const ff = formsAt(k)[0];
    // (s7) "وأعلنت ميتا أنها …": a word that with an organisation head before it is a lexicon organisation ("شركة ميتا") is
    // that organisation speaking, not a person
    const org = e === k + 1 && !givenTok(k) ? headlessOrgs(lex).get(w) : undefined;
    if (org) {
      claim({ type: 'ORG', tokenStart: k, tokenEnd: e, start: at(k, ff), end: toks[e - 1].end, kind: 'name', name: org.name, lex: org, evidence: [org.evidence, 'rule:speech-subject=organisation'], titles: [] });
      i = e - 1;
      continue;
    }
    claim({ type: 'PER', tokenStart: k, tokenEnd: e, start: at(k, ff), end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, at(k, ff), toks[e - 1].end, false), evidence: g.familyWords.has(e - 1) ? ['rule:speech-subject', 'rule:family-name-word'] : ['rule:speech-subject'], titles: [] });
    i = e - 1;
  }
}

/**
 * (s9 round 3) "وقال الصديق الكبير، محافظ مصرف ليبيا المركزي، إن": two or three words no lexicon or grammar read, right after a
 * verb of saying (or «كان», wordsets.tsv apposition-opener) and closed by a comma and a title in apposition, are the speaker's name (also definite words, which the
 * speech-subject pass leaves to descriptions). The words must be no function word, nationality, title, organisation or place
 * head, source head or clitic-bearing word.
 */
export function speechAppositionPass(cx: Ctx): void {
  const { doc, lex, toks, n, owner, claim, isWord, wi, formsAt, isStop, isNat, isTitleStart } = cx;
  for (let i = 0; i + 4 < n; i++) {
    if (!isWord(i) || !(wi(i).speech || APPOSITION_OPENERS.has(toks[i].norm))) continue;
    const k = i + 1;
    let e = k;
    const ok = (j: number): boolean => {
      if (j >= n || owner[j] >= 0 || toks[j].kind !== 'word') return false;
      const w = toks[j].norm;
      const info = wi(j);
      return w.length >= 3 && !isStop(w) && !isNat(w) && !isTitleStart(j) && !info.orgHead && !info.placeHead && !info.speech && !SOURCE_HEADS.has(w) &&
        !SOURCE_HEADS.has(w.replace(/^ال/, '')) && formsAt(j).every((f) => !f.clitic) && !TANWEEN.test(toks[j].text) && !/(ون|ين|ات|ه|ها|هم|هما|كم)$/.test(w) && !lex.speech.has(w);
    };
    while (e < n && e - k < 3 && ok(e)) e++;
    if (e - k < 2 || e + 1 >= n || !PUNCT_COMMA.has(toks[e].text) || !isTitleStart(e + 1)) continue;
    // (every word common is a description: "وقال المسؤول الكبير، رئيس …")
    if (toks.slice(k, e).every((t) => lex.common.has(t.norm) || lex.common.has(t.norm.replace(/^ال/, '')))) continue;
    // (a dual noun and its agreeing adjective: "وقال الطرفان المتنازعان، رئيس …")
    if (/ان$/.test(toks[k].norm) && /ان$/.test(toks[k + 1].norm)) continue;
    const start = toks[k].start;
    claim({ type: 'PER', tokenStart: k, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, start, toks[e - 1].end, false), evidence: wi(i).speech ? ['rule:speech-subject', 'rule:apposition-title'] : ['rule:apposition-title'], titles: [] });
    i = e;
  }
}

/**
 * "وأصيب سالم العبيدي (45 عاماً)": one to four name words right before an age in brackets are a person's name, read
 * like a name after a title (the age says a person is named). Scans back from each bracketed age: bounded, linear.
 */
export function agePass(cx: Ctx, g: NameGrammar): void {
  const { doc, toks, n, owner, claim, formsAt, wi, at, givenTok, stopTok } = cx;
  const { nameWord, parseName } = g;
  for (let q = 1; q + 3 < n; q++) {
    if (toks[q].text !== '(' || toks[q + 1].kind !== 'number' || !AGE_UNITS.has(toks[q + 2].norm) || toks[q + 3].text !== ')') continue;
    if (owner[q - 1] >= 0 || toks[q - 1].kind !== 'word') continue;
    let s = q;
    while (s > 0 && q - s < 4 && owner[s - 1] < 0 && toks[s - 1].kind === 'word' && !stopTok(s - 1) && (givenTok(s - 1) || nameWord(s - 1, false) || nameWord(s - 1, true))) s--;
    // the name opens at the first given name whose name reaches the age; with no given name, the last word alone when it
    // may open a name ("توفي برهوم (12 عاماً)"; not "خاض إيمرسون": a verb before an unknown name)
    let found = -1;
    for (; s < q && found < 0; s++) if (givenTok(s) && parseName(s, true) === q) found = s;
    if (found < 0 && nameWord(q - 1, true) && !toks[q - 1].norm.startsWith('ال') && parseName(q - 1, true) === q) found = q - 1;
    if (found < 0) continue;
    s = found;
    const ff = wi(s).givenForm ?? formsAt(s)[0];
    claim({ type: 'PER', tokenStart: s, tokenEnd: q, start: at(s, ff), end: toks[q - 1].end, kind: 'name', name: nameText(doc.text, at(s, ff), toks[q - 1].end, false), evidence: ['rule:name+age'], titles: [] });
  }
}

/**
 * (s9 recall) An ambiguous given name (also a common word: كمال، جميل، سعيد) and one family name word, closed by punctuation
 * or إن/أن, right after a title's complement: a place or body the title governs ("والي ولاية سطيف كمال عبلة إن"، "مختار
 * بلدة عيتا الشعب جميل سرور إن") or a nationality after the title ("الناشط الحقوقي الجزائري سعيد صالحي إن"). The title
 * pass reads only unambiguous names there. Not a definite second word, a word with a pronoun, or a common word.
 */
export function titledAmbiguousNamePass(cx: Ctx, g: NameGrammar): void {
  const { doc, toks, n, owner, cands, claim, isWord, wi, formsAt, at, isNat, isTitleStart, givenTok, commonTok, stopTok } = cx;
  const titleBefore = (from: number): boolean => {
    for (let q = from; q >= 0 && q > from - 5; q--) {
      if (toks[q].kind !== 'word') return false;
      if (isTitleStart(q)) return true;
    }
    return false;
  };
  for (let i = 2; i + 2 < n; i++) {
    if (owner[i] >= 0 || owner[i + 1] >= 0 || !isWord(i) || !givenTok(i) || !commonTok(i) || stopTok(i) || formsAt(i).length > 1) continue;
    const gf = wi(i).givenForm;
    if (!gf || gf.off !== 0) continue;
    const p = owner[i - 1];
    const prevBody = p >= 0 && !cands[p].dead && cands[p].tokenEnd === i && (cands[p].type === 'LOC' || cands[p].type === 'ORG') && titleBefore(cands[p].tokenStart - 1);
    const prevNat = p < 0 && toks[i - 1].kind === 'word' && toks[i - 1].norm.startsWith('ال') && isNat(toks[i - 1].norm) && titleBefore(i - 2);
    if (!prevBody && !prevNat) continue;
    const s = toks[i + 1];
    if (s.kind !== 'word' || s.norm.startsWith('ال') || /(ه|ها|هم)$/.test(s.text) || !g.nameWord(i + 1, false) || formsAt(i + 1).length > 1 || givenTok(i + 1) && commonTok(i + 1)) continue;
    const c = toks[i + 2];
    if (!(c.kind === 'punct' || /^(ان|انه|انها)$/.test(c.norm))) continue;
    claim({ type: 'PER', tokenStart: i, tokenEnd: i + 2, start: at(i, gf), end: s.end, kind: 'name', name: doc.text.slice(at(i, gf), s.end), evidence: ['rule:title-complement+ambiguous-given'], titles: [] });
    i++;
  }
}

/**
 * (s9 recall) A lexicon person matched on given names only ("محمد يونس") followed by a definite family name no lexicon or
 * grammar read and a hard close ("محمد يونس العبيدي إن") is another bearer: the whole chain is a new person.
 */
export function lexiconGivenExtensionPass(cx: Ctx, g: NameGrammar): void {
  const { doc, toks, n, owner, cands, claim, isNat, givenTok, formsAt } = cx;
  for (let x = 0; x < cands.length; x++) {
    const c = cands[x];
    if (c.dead || c.type !== 'PER' || !c.lex || c.short || c.tokenEnd - c.tokenStart < 2 || c.tokenEnd + 1 > n) continue;
    let allGiven = true;
    for (let q = c.tokenStart; q < c.tokenEnd && allGiven; q++) allGiven = givenTok(q) && !toks[q].norm.startsWith('ال');
    const e = c.tokenEnd;
    if (!allGiven || e >= n || owner[e] >= 0 || toks[e].kind !== 'word' || isNat(toks[e].norm) || formsAt(e).length !== 1 || !g.definiteSurname(e) || !g.hardClose(e + 1)) continue;
    c.dead = true;
    for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
    claim({ type: 'PER', tokenStart: c.tokenStart, tokenEnd: e + 1, start: c.start, end: toks[e].end, kind: 'name', name: doc.text.slice(c.start, toks[e].end), evidence: ['rule:lexicon-given+surname'], titles: [] });
  }
}
