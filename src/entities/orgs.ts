// Pass 2c: organisations named by a head (data/entities/org-heads.tsv) and its idafa chain, adjectives and
// complements; 2c': military units numbered by a figure (data/entities/unit-heads.tsv).
import { knownWords } from '../text/clitics.ts';
import { normalize } from '../text/normalize.ts';
import type { Ctx } from './context.ts';
import { nameText } from './context.ts';
import type { Cand, TitleOcc } from './types.ts';
import type { LexEntry } from './lexicon.ts';
import { LINKERS, MODIFIERS, ORG_END, PLACE_PREPS, UNIT_NOT_BEFORE, VENUE_HEADS, VENUE_WORDS, LOCAL_BODY_HEADS, KIN_HEADS, COMPANY_ADJECTIVES } from './wordsets.ts';

/**
 * End of a run of at most three indefinite construct nouns from k (the first may carry a clitic و/ل: `skip`
 * letters) when a definite noun or a known place/organisation follows it; else k. Not a function word, a verb,
 * a given name, a title, an accusative or another organisation head ("مجلس إدارة الشركة" is a board).
 */
export function idafaEndAt(cx: Ctx, k: number, skip: number): number {
  const { lex, toks, n, cands, owner, isWord, formsAt, isStop, isNat, isTitleStart } = cx;
  // (another organisation head inside the chain makes a board of it, "مجلس إدارة الشركة", unless a known place
  // follows the inner head: "قيادة شرطة نينوى")
  const placeNext = (q: number) => q + 1 < n && owner[q + 1] >= 0 && cands[owner[q + 1]].type === 'LOC' && cands[owner[q + 1]].tokenStart === q + 1;
  let q = k;
  while (q < n && q - k < 3 && isWord(q) && owner[q] < 0 && toks[q].kind === 'word') {
    const w = q === k ? toks[q].norm.slice(skip) : toks[q].norm;
    // (s8) a given name that is also a common word, in construct with a definite noun that is no family name, is a word of
    // the name: "منظمة نور الأمل"، "جمعية أمل الغد"; not "مؤسسة سعيد الحكيمي" (a nisba), "مركز هدى الحسين" (a given name)
    const givenWord = q === k && skip === 0 && lex.common.has(w) && q + 1 < n && owner[q + 1] < 0 && toks[q + 1].kind === 'word' && toks[q + 1].norm.startsWith('ال') &&
      !/ي$/.test(toks[q + 1].norm) && !(lex.given.has(toks[q + 1].norm.slice(2)) && !lex.common.has(toks[q + 1].norm.slice(2))) && !isStop(toks[q + 1].norm) && !isTitleStart(q + 1) && formsAt(q + 1).length === 1;
    if (w.length < 3 || w.startsWith('ال') || isStop(w) || isStop(toks[q].norm) || (lex.given.has(w) && !givenWord) || isTitleStart(q) || isNat(w) || /^(ي|ست|سي|سن)/.test(w) || (skip === 0 && lex.orgHeadFirst.has(w) && !placeNext(q) && !(q === k && /^ت..ي.$/.test(w)))) break;
    // ((s8) a head that is a verbal noun تفعيل opens the chain of another head: "هيئة تنظيم الاتصالات")
    // ت opens a verb ("تدرس"، "تطالب") unless the word has a masdar's shape ("تنظيم"، "تنمية"، "تحقيقات")
    if (w[0] === 'ت' && !/^ت..ي.$/.test(w) && !/(ه|ات)$/.test(w)) break;
    if (/ا$/.test(w) && !/(اء|يا)$/.test(w)) break;
    if (q === k && skip === 0 && (formsAt(q).length > 1 || (/^[لوفك]/.test(w) && !knownWords().has(w)))) break;
    // an indefinite feminine adjective agreeing with a feminine head is no construct: "جماعة مسلحة الهجوم"
    // (a participle م… without the ا of a verbal noun: not "هيئة مكافحة الفساد"), "منظمة إرهابية"
    if (q === k && skip === 0 && k > 0 && /ة[\u064B-\u065F\u0670]*$/.test(toks[k - 1].text) && /ة[\u064B-\u065F\u0670]*$/.test(toks[q].text) && w[0] === 'م' && w[2] !== 'ا' && w.length <= 7) break;
    // inside the chain a word opening with a clitic letter is another phrase ("وتعثر"، "بحي")
    // (unless the word is known whole: "سلطة وادي الأردن")
    if (q > k && (formsAt(q).length > 1 || (/^[بلكوف]/.test(w) && !knownWords().has(w)))) break;
    q++;
  }
  if (q === k || q >= n || !isWord(q)) return k;
  const c = owner[q] >= 0 ? cands[owner[q]] : undefined;
  const closes = c ? (c.type === 'LOC' || c.type === 'ORG') && c.tokenStart === q : toks[q].norm.startsWith('ال') && toks[q].norm.length >= 4 && !isStop(toks[q].norm) && formsAt(q).length <= 2;
  return closes ? q : k;
}

export function orgHeadPass(cx: Ctx, titleOccs: TitleOcc[]): void {
  const { doc, lex, toks, n, cands, owner, claim, isWord, wordAt, wi, formsAt, formStrs, at, isStop, isNat, isAdj, titleAt, isTitleStart } = cx;
  // 2c. organisation heads with their idafa chain
  // words inside a title phrase ("رئيس الحكومة", "وزيرة الخارجية") do not open an organisation of their own
  const inTitlePhrase = new Uint8Array(n);
  // …nor does the word right after a role ("وزيرة الدفاع الفرنسية": the portfolio), unless a linker ends it ("المتحدث باسم")
  const afterRole = new Uint8Array(n + 1);
  for (const t of titleOccs) {
    for (let k = t.tokenStart + 1; k < t.phraseEnd; k++) inTitlePhrase[k] = 1;
    if (!/^(باسم|لدي)$/.test(toks[t.phraseEnd - 1].norm)) afterRole[t.phraseEnd] = 1;
  }
  const idafaEnd = (k: number, skip: number): number => idafaEndAt(cx, k, skip);
  /** A one-word definite organisation head naming a group referred back to ("الجماعة"، "الحزب"), not a state body of with_nat = only. */
  const anaphoricHead = (form: string): boolean => {
    if (!lex.orgHeadFirst.has(form)) return false;
    const h = lex.orgHeads.matchAt((q) => (q === 0 ? form : undefined), 0, [form])[0];
    return !!h && h.length === 1 && !h.values[0].natOnly;
  };
  /** (s9) An indefinite feminine plural of a trade before an indefinite adjective, a function word or punctuation ("شركة
   * استشارات جوية"، "شركة خدمات نفطية"): a description of the company, no name. */
  const tradePlural = (j: number): boolean => {
    const w = toks[j].norm;
    if (w.length < 5 || !w.endsWith('ات') || w.startsWith('ال')) return false;
    const nx = j + 1 < n ? toks[j + 1] : undefined;
    return !nx || nx.kind !== 'word' || isStop(nx.norm) || (owner[j + 1] < 0 && !nx.norm.startsWith('ال') && /(ي|يه)$/.test(nx.norm));
  };
  /** (s9) Whether tokens a..b-1 hold the nationality adjective of a country (not a relational X… one). */
  const hasCountryNat = (a: number, b: number): boolean => {
    for (let q = a; q < b; q++) if (toks[q].kind === 'word' && isNat(toks[q].norm) && !lex.nationality.get(toks[q].norm)!.startsWith('X')) return true;
    return false;
  };
  for (let i = 0; i < n; i++) {
    if (owner[i] >= 0 || !isWord(i)) continue;
    if (!wi(i).orgHead) continue;
    const forms = formsAt(i);
    const m = lex.orgHeads.matchAt(wordAt, i, formStrs(i))[0];
    if (!m) continue;
    const head = m.values[0];
    const f = forms.find((x) => x.form === m.first)!;
    if (head.canonical || head.withNat) {
      if (inTitlePhrase[i]) continue;
    }
    // "جبهة صرواح": a front line named after a place (org-heads.tsv `front`)
    if (head.front && i + m.length < n && owner[i + m.length] >= 0 && cands[owner[i + m.length]].type === 'LOC' && cands[owner[i + m.length]].tokenStart === i + m.length) continue;
    // "في لواء الأغوار الشمالية": a district named after a place after a preposition of place (org-heads.tsv `district`)
    // (also after a fused بـ: "بمديرية مودية")
    if (head.district && ((f.off === 0 && i > 0 && PLACE_PREPS.has(toks[i - 1].norm)) || (f.clitic && !f.article && toks[i].norm[0] === 'ب')) && i + m.length < n && owner[i + m.length] >= 0 && cands[owner[i + m.length]].type === 'LOC' && cands[owner[i + m.length]].tokenStart === i + m.length) continue;
    // "جماعة تمارة"، "بجماعة أداسيل": a local commune (org-heads.tsv `commune`) is a place
    if (head.commune.size && m.length === 1 && !m.first.startsWith('ال')) {
      const e = communeEnd(cx, i + 1, head.commune, (f.off === 0 && i > 0 && PLACE_PREPS.has(toks[i - 1].norm)) || (f.clitic && !f.article && toks[i].norm[0] === 'ب'));
      if (e > i + 1) {
        const q = i + 1;
        if (owner[q] >= 0) { const c = cands[owner[q]]; c.dead = true; for (let x = c.tokenStart; x < c.tokenEnd; x++) owner[x] = -1; }
        const start = at(i, f);
        claim({ type: 'LOC', tokenStart: i, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, start, toks[e - 1].end, false), evidence: [head.evidence, 'rule:commune'], titles: [] });
        i = e - 1;
        continue;
      }
    }
    if (head.natOnly) {
      // head + one nationality adjective of a country, nothing else ("الشرطة العراقية"). An elliptic ministry
      // ("الخارجية التونسية" = "وزارة الخارجية التونسية") needs the feminine adjective ("الدفاع الروسي" is the
      // field), and is an adjective after a definite noun ("الشؤون الداخلية اللبنانية") or a role's portfolio
      const q = i + m.length;
      const nat = q < n && owner[q] < 0 && wordAt(q) !== undefined ? lex.nationality.get(toks[q].norm) : undefined;
      if (!nat || nat.startsWith('X')) continue;
      // (a head that is also an adjective after a definite noun qualifies that noun: "الحدود البحرية الليبية")
      if (!head.canonical && f.off === 0 && i > 0 && toks[i - 1].kind === 'word' && formsAt(i - 1).some((x) => x.article) && !isStop(toks[i - 1].norm) && /ية$/.test(toks[i].norm.replace(/ه$/, 'ة').replace(/يه$/, 'ية'))) continue;
      if (head.canonical) {
        if (!/ة[\u064B-\u065F\u0670]*$/.test(toks[q].text) || afterRole[i]) continue;
        if (i > 0 && toks[i - 1].kind === 'word' && formsAt(i - 1).some((x) => x.article) && !isStop(toks[i - 1].norm)) continue;
      }
      const start = at(i, f);
      const end = toks[q].end;
      const text = nameText(doc.text, start, end, f.article && f.clitic);
      const name = head.canonical ? head.canonical + ' ' + text : text;
      claim({ type: 'ORG', tokenStart: i, tokenEnd: q + 1, start, end, kind: 'name', name, evidence: [head.evidence], titles: [] });
      i = q;
      continue;
    }
    // (s9) a numbered channel: a media head with the article + a number and its adjectives ("القناة 12 العبرية"، "القناة 13
    // الإسرائيلية")
    if (head.media && m.first.startsWith('ال') && i + m.length < n && toks[i + m.length].kind === 'number' && /^\d{1,3}$/.test(toks[i + m.length].norm)) {
      let e = i + m.length + 1;
      while (e < n && owner[e] < 0 && wordAt(e) !== undefined && (isNat(toks[e].norm) || isAdj(toks[e].norm)) && !isStop(toks[e].norm)) e++;
      const start = at(i, f);
      claim({ type: 'ORG', tokenStart: i, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, start, toks[e - 1].end, f.article && f.clitic), evidence: [head.evidence, 'rule:numbered-channel'], titles: [] });
      i = e - 1;
      continue;
    }
    let j = i + m.length;
    let complement = 0;
    let natOnly = true;
    // a head with the article ("المجلس", "البرلمان") needs a nationality, a known name or a لل-complement
    // (after لـ the article is elided both ways: "للجنة الميزانيات" is لـ + an indefinite head in construct with a definite
    // noun, a name like "لجنة الميزانيات"; "للجنة الوطنية" keeps the article reading)
    const nx0 = i + m.length < n && owner[i + m.length] < 0 ? wordAt(i + m.length) : undefined;
    const construct = m.first.startsWith('ال') && m.length === 1 && toks[i].norm.startsWith('لل') && !!nx0 && nx0.startsWith('ال') && nx0.length >= 5 &&
      !isAdj(nx0) && !isNat(nx0) && !isStop(nx0) && !MODIFIERS.has(nx0) && !/يا$/.test(nx0) && formsAt(i + m.length).length === 1;
    let strong = !m.first.startsWith('ال') || construct;
    const absorbed: number[] = [];
    // a construct chain of indefinite nouns closed by a definite noun or a known name ("إدارة حماية الصحة"،
    // "لمكافحة جرائم الأموال"); a ل-complement may follow a two-word head at once ("الإدارة العامة لـ…")
    let hadIdafa = false;
    let idafaCloser = -1;
    // after a place or organisation name only an adjective continues the name ("مجلس محافظة البصرة المحلي"), not a
    // definite noun, which is the verb's object ("أدان مجلس محافظة البصرة الهجوم")
    let afterName = false;
    let lastNameEnd = -1;
    let lastNameType = '';
    // "الكتلة الإسلامية"، "الجبهة الشعبية": a party head with the article + an adjective that completes a name
    const adjEv = head.nameAdj && j < n && owner[j] < 0 && wordAt(j) !== undefined ? lex.nameAdjectives.get(toks[j].norm) : undefined;
    if (adjEv) strong = true;
    for (let guard = 0; guard < 8 && j < n; guard++) {
      // (s9) a tribe or clan takes its one name and nothing after it ("عشيرة البكير لإنهاء الخلاف"): wordsets.tsv kin-head
      if (complement > 0 && KIN_HEADS.has(m.first)) break;
      const w = wordAt(j);
      if (w === undefined) break;
      // "مستشفى الشيخ خليفة"، "صندوق الملك عبدالله": an institution named after a person with a title before the name
      // (org-heads.tsv `person`); the title pass took the name as a person
      if (head.person && !head.media && j === i + m.length && owner[j] < 0 && isTitleStart(j)) {
        const pj = j + (titleAt(j)?.length ?? 0);
        const c = pj < n && owner[pj] >= 0 ? cands[owner[pj]] : undefined;
        if (c && c.type === 'PER' && c.tokenStart === pj && c.start === toks[pj].start) {
          // (s9 end) a titled eponym is a whole name: it satisfies min_parts ("مركز الملك سلمان" alone is KSrelief's short form)
          absorbed.push(owner[pj]); j = c.tokenEnd; complement = Math.max(complement + 1, head.minParts); natOnly = false; strong = true; continue;
        }
      }
      // (s9 round 3) "مستشفى كمال عدوان": right after an indefinite head of institutions named after people, an unambiguous
      // given name and one more word no function word, nationality, title or organisation head is the eponym (no name was
      // read: "كمال" is also a common word); not two common words ("مستشفى كمال الخدمة")
      if (head.person && !head.media && j === i + m.length && !m.first.startsWith('ال') && owner[j] < 0 && j + 1 < n && owner[j + 1] < 0 &&
        cx.givenTok(j) && !(cx.commonTok(j) && cx.commonTok(j + 1)) && formsAt(j).length === 1 && toks[j + 1].kind === 'word' && toks[j + 1].norm.length >= 3 &&
        !isStop(toks[j + 1].norm) && !isNat(toks[j + 1].norm) && !isTitleStart(j + 1) && !wi(j + 1).orgHead && !wi(j + 1).placeHead && !wi(j + 1).speech &&
        formsAt(j + 1).length === 1) {
        j += 2; complement++; natOnly = false; strong = true; lastNameType = 'PER'; continue;
      }
      // (s8) "و" + another organisation head opens the next conjunct, not a part of this name ("مديرية صحة إدلب والمفوضية العليا");
      // not a head of nationality-only names, a field after a committee ("لجنة الشؤون الخارجية والدفاع")
      // (also a head written without the article in the table, of no common-noun reading: "بنك فلسطين والمصرف العقاري")
      if (j > i + m.length && owner[j] < 0 && w.length >= 5 && w[0] === 'و' && !isStop(w)) {
        const fs = formStrs(j).filter((x) => x !== w);
        const bare = fs.filter((x) => x.startsWith('ال')).map((x) => x.slice(2));
        const nb = (h: { length: number; values: { notBefore: Set<string> }[] }) => j + h.length < n && formStrs(j + h.length).some((x) => h.values[0].notBefore.has(x));
        if (lex.orgHeads.matchAt(wordAt, j, fs).some((h) => !h.values[0].natOnly && !h.values[0].canonical && !nb(h)) ||
          lex.orgHeads.matchAt(wordAt, j, bare).some((h) => h.length === 1 && !h.values[0].natOnly && !h.values[0].canonical && h.values[0].minParts <= 1 && h.values[0].notBefore.size === 0 && !h.values[0].withNat)) break;
      }
      if (!head.media && owner[j] < 0) {
        // "ومكافحة الأمراض": a coordinated construct inside a name that already has one
        // (s7: not the head itself again — "وحدة مكافحة الإرهاب ووحدة حماية الشعب" are two units)
        const coord = hadIdafa && w.length >= 5 && w[0] === 'و' && !w.startsWith('وال') && !formsAt(j).some((x) => x.form === m.first || 'ال' + x.form === m.first);
        // "لمكافحة المخدرات": a ل-complement with an indefinite construct
        const lam = (complement > 0 || m.length >= 2) && !head.withNat && w.length >= 4 && w[0] === 'ل' && !w.startsWith('لل') && !formsAt(j).some((x) => x.article);
        const q = idafaEnd(j, coord || lam ? 1 : 0);
        // a plain chain only right after the head: an indefinite noun after a definite complement is no longer in
        // construct with the name ("مجلس الوزراء أسمى آيات الشكر")
        if (q > j && (coord || lam || (!w.startsWith('ال') && j === i + m.length && !tradePlural(j)))) {
          complement += q - j;
          natOnly = false;
          hadIdafa = true;
          if (lam) strong = true;
          // after the noun that closes a ل-complement or a coordinated construct only an adjective continues
          // ("القطب القضائي لمكافحة الإرهاب الملف": الملف is the verb's object)
          if ((lam || coord) && owner[q] < 0) idafaCloser = q;
          j = q;
          continue;
        }
      }
      if (owner[j] >= 0) {
        const c = cands[owner[j]];
        // (s8) a one-word short form of a person of the lexicon right after an indefinite head, in construct with a place, an
        // organisation or a definite noun, is a word of the organisation's name, no person: "شركة مرسى المغرب"
        if (c.type === 'PER' && c.lex && c.short && j === i + m.length && !m.first.startsWith('ال') && !head.media && c.tokenStart === j && c.tokenEnd === j + 1 &&
          c.start === toks[j].start && j + 1 < n && toks[j + 1].kind === 'word' &&
          (owner[j + 1] >= 0 ? (cands[owner[j + 1]].type === 'LOC' || cands[owner[j + 1]].type === 'ORG') && cands[owner[j + 1]].tokenStart === j + 1 && cands[owner[j + 1]].start === toks[j + 1].start
            : toks[j + 1].norm.startsWith('ال') && toks[j + 1].norm.length >= 5 && !isAdj(toks[j + 1].norm) && !isNat(toks[j + 1].norm) && !isStop(toks[j + 1].norm) && !MODIFIERS.has(toks[j + 1].norm))) {
          absorbed.push(owner[j]); j++; complement++; natOnly = false; strong = true; continue;
        }
        // (an organisation or a place after a definite complement is another one, the verb's object: "وزارة الخارجية
        // وكالة رويترز"، "يزور رئيس حكومة الإقليم بغداد")
        // (session 6) a platform (MISC, orgs.tsv kind platform) after a non-media head names its company: "شركة تيك توك"
        const orgLike = c.type === 'ORG' || (c.type === 'MISC' && c.lex?.kind === 'platform' && !head.media);
        // (s9) also right after a head with the article, which is in construct with nothing: "أغلق الجيش حاجز زعترة"
        const afterDefinite = (j > i + m.length && toks[j - 1].norm.startsWith('ال') && (orgLike || (c.type === 'LOC' && !isNat(toks[j - 1].norm) && !isAdj(toks[j - 1].norm)))) ||
          (j === i + m.length && m.first.startsWith('ال') && !construct && toks[i + m.length - 1].norm.startsWith('ال'));
        if ((c.type === 'LOC' || orgLike) && c.tokenStart === j && formsAt(j)[0].form === toks[j].norm && c.start === toks[j].start && !afterDefinite) {
          absorbed.push(owner[j]); j = c.tokenEnd; complement++; natOnly = false; strong = true; afterName = true; lastNameEnd = j; lastNameType = c.type; continue;
        }
        // "الهيئة الإدارية للاتحاد العام التونسي للشغل": a body of a known organisation named in a لل-complement
        if (c.type === 'ORG' && c.lex && c.tokenStart === j && complement > 0 && !head.media && m.first.startsWith('ال') && isAdj(toks[j - 1].norm) && toks[j].norm.startsWith('لل') && c.start > toks[j].start && !afterName) {
          absorbed.push(owner[j]); j = c.tokenEnd; complement++; natOnly = false; strong = true; afterName = true; continue;
        }
        // named after a person, with a relational adjective or a لل-complement after the name ("مركز الرازي
        // الصحي"، "مستشفى الملك فهد للأطفال"): the person's name is part of the institution's
        const after = c.tokenEnd < n && wordAt(c.tokenEnd) !== undefined && owner[c.tokenEnd] < 0 ? toks[c.tokenEnd].norm : '';
        // (a person of the lexicon right after a head of institutions named after people, org-heads.tsv `person`,
        // names the institution even alone: "مستشفى ابن سينا"، "جامعة ابن خلدون")
        // (heads of institutions only: "رئيس المجلس مازن القاضي" is a council's head and his name)
        // (or a grammar name whose last word is a relational adjective of the institution: "مستشفى ناصر الطبي")
        // (s8) a two-word person read by the grammar (given name + surname) right after an indefinite head of institutions named
        // after people is the eponym: "جامعة مولود معمري"
        if (c.type === 'PER' && head.person && !head.media && !m.first.startsWith('ال') && !c.lex && c.tokenStart === j && j === i + m.length && c.start === toks[j].start &&
          c.tokenEnd - c.tokenStart === 2 && c.evidence[0] === 'rule:given+surname') {
          absorbed.push(owner[j]); j = c.tokenEnd; complement++; natOnly = false; strong = true; lastNameType = 'PER'; continue;
        }
        // (s9 probe) …and a chain of four words or more there whose third word is a given name holds two people: the eponym and
        // the person named after the institution ("مدير مستشفى كمال عدوان حسام أبو صفية"): the first two words go to the institution
        if (c.type === 'PER' && head.person && !head.media && !m.first.startsWith('ال') && !c.lex && c.tokenStart === j && j === i + m.length && c.start === toks[j].start &&
          c.tokenEnd - c.tokenStart >= 4 && c.evidence[0] === 'rule:given+surname' && cx.givenTok(j + 2) && formsAt(j + 2).length === 1 && !cx.commonTok(j + 2) && !isStop(toks[j + 1].norm) && !/^(ابن|بن|ولد|بنت|ابو|ام)$/.test(toks[j + 1].norm)) {
          owner[j] = -1;
          owner[j + 1] = -1;
          c.tokenStart = j + 2;
          c.start = toks[j + 2].start;
          c.name = nameText(doc.text, c.start, c.end, false);
          c.evidence = [...c.evidence, 'rule:eponym+person-split'];
          j += 2; complement++; natOnly = false; strong = true; lastNameType = 'PER';
          break;
        }
        const lastAdj = !c.lex && c.tokenEnd - c.tokenStart >= 2 && isAdj(toks[c.tokenEnd - 1].norm) && !isNat(toks[c.tokenEnd - 1].norm) && c.evidence[0] === 'rule:given+surname';
        if (c.type === 'PER' && head.person && c.tokenStart === j && j === i + m.length && !head.media && c.start === toks[j].start && (lastAdj || (after && ((isAdj(after) && !isNat(after)) || (after.startsWith('لل') && after.length >= 6))) || (!!c.lex && (!c.short || !(after && !isAdj(after) && after.startsWith('ال') && !MODIFIERS.has(after)))))) {
          absorbed.push(owner[j]); j = c.tokenEnd; complement++; natOnly = false; strong = true; lastNameType = 'PER'; continue;
        }
        break;
      }
      if (isNat(w)) {
        // relational adjectives (الوطني، الإسلامي) are part of the name, not a nationality
        while (j < n && wordAt(j) !== undefined && owner[j] < 0 && isNat(toks[j].norm)) {
          if (lex.nationality.get(toks[j].norm)!.startsWith('X')) natOnly = false;
          else strong = true;
          j++;
        }
        complement++;
        // "اللجنة المالية والاقتصادية"، "المجلس الاقتصادي والاجتماعي": a second, coordinated adjective makes a name
        if (!head.withNat && !head.media && j < n && owner[j] < 0 && wordAt(j)?.startsWith('وال') && (isAdj(toks[j].norm.slice(1)) || isNat(toks[j].norm.slice(1))) && !isStop(toks[j].norm)) {
          j++; strong = true; natOnly = false;
        }
        // "المعهد الوطني للجيوفيزياء": a لل-complement may still follow
        if (j < n && wordAt(j)?.startsWith('لل') && !natOnly) continue;
        if (j < n && wordAt(j)?.startsWith('لل') && natOnly) { natOnly = false; continue; }
        // "الهيئة الوطنية لإدارة الكوارث": a ل-complement with an indefinite construct (heads without with_nat)
        // (also a short one: "الاتحاد الجزائري لكرة القدم"; after a head of with_nat only one noun that is no verbal noun of
        // a derived verb, م/ت/ا-initial, and its definite noun, no definite word after them: "المنتخب الوطني الجزائري لكرة
        // القدم"، not "البرلمان العراقي لمناقشة الموازنة")
        const lw = wordAt(j) ?? '';
        if (j < n && (!head.withNat || (!/^ل[متا]/.test(lw) && idafaEnd(j, 1) === j + 1 && (j + 2 >= n || toks[j + 2].kind !== 'word' || !toks[j + 2].norm.startsWith('ال')))) &&
          lw.length >= 4 && lw[0] === 'ل' && !lw.startsWith('لل') && idafaEnd(j, 1) > j) {
          if (head.withNat) { j += 2; complement++; natOnly = false; strong = true; break; }
          natOnly = false; continue;
        }
        break;
      }
      // "مديرية الأمن العام"، "النيابة العامة": العام/العامة closes a name unless a time word follows ("العام الماضي")
      if (complement > 0 && MODIFIERS.has(w) && w.startsWith('ال') && !(j + 1 < n && wordAt(j + 1) !== undefined && isStop(toks[j + 1].norm) && toks[j + 1].norm.startsWith('ال'))) { j++; continue; }
      // (a given name with the article after a head of institutions named after people is the eponym: "مستشفى البشير")
      if (isStop(w) || (lex.given.has(w) && !(head.person && w.startsWith('ال') && j === i + m.length)) || isTitleStart(j) || LINKERS.has(w) || ORG_END.has(w)) break;
      // "اللجنة المالية والاقتصادية": a second, coordinated adjective after an adjective makes a name
      if (complement > 0 && !head.withNat && !head.media && w.startsWith('وال') && isAdj(w.slice(1)) && isAdj(toks[j - 1].norm) && owner[j - 1] < 0) { j++; strong = true; natOnly = false; continue; }
      // coordinated definite noun inside a name ("وزارة الطاقة والموارد الطبيعية")
      if (complement > 0 && !natOnly && w.startsWith('وال') && w.length >= 6 && j + 1 < n && wordAt(j + 1) !== undefined && (toks[j + 1].norm.startsWith('ال'))) { j++; continue; }
      // "لجنة الشؤون الخارجية والدفاع": a coordinated definite noun closing the name before punctuation or a function word
      if (complement > 0 && !natOnly && !head.media && w.startsWith('وال') && w.length >= 6 && !isStop(w) && !isStop(w.slice(1)) && !lex.given.has(w.slice(1)) && isAdj(toks[j - 1].norm) &&
        (j + 1 >= n || toks[j + 1].kind !== 'word' || isStop(toks[j + 1].norm))) { j++; complement++; continue; }
      // "إدارة الجوازات والهجرة": a coordinated definite noun is a second complement of a common-noun head
      if (complement > 0 && !natOnly && head.minParts > 1 && w.startsWith('وال') && w.length >= 6 && !isStop(w)) { j++; complement++; continue; }
      // a definite sound masculine plural does not qualify a definite singular feminine noun: it is the verb's
      // object ("طمأنت وزارة الصحة المواطنين بأن …")
      if (complement > 0 && /^ال.{3,}(ين|ون)$/.test(w) && !isNat(w) && /ة[\u064B-\u065F\u0670]*$/.test(toks[j - 1].text) && toks[j - 1].norm.startsWith('ال')) break;
      if (((afterName && j !== idafaCloser) || (idafaCloser >= 0 && j > idafaCloser)) && w.startsWith('ال') && !isAdj(w) && !/ة[\u064B-\u065F\u0670]*$/.test(toks[j].text)) break;
      // a feminine participle right after a place closing the name of a masculine indefinite head agrees with neither:
      // it qualifies the verb's noun ("جلسة برلمان إقليم كردستان المخصصة لانتخاب …")
      if (afterName && j === lastNameEnd && lastNameType === 'LOC' && !m.first.startsWith('ال') && !/[ةه]$/.test(m.first) && w.startsWith('ال') && !isAdj(w) && /ة[\u064B-\u065F\u0670]*$/.test(toks[j].text)) break;
      // after the name adjective of a head with the article only adjectives continue the name: a definite noun is the
      // verb's object ("ودعت الحكومة الانتقالية الأطراف إلى …")
      if (adjEv && j > i + m.length && w.startsWith('ال') && !isAdj(w)) break;
      if (w.startsWith('ال') && w.length >= 4 && formsAt(j).length <= 2 && !w.startsWith('الذ') && !w.startsWith('الت' + 'ي')) { j++; complement++; natOnly = false; continue; }
      // a bare لل + organisation head refers back to an organisation named before ("المكتب السياسي للجماعة"، "اللجنة
      // المركزية للحزب"): the body of that organisation, no name of its own
      // (not a state body named by head + nationality alone: "الاتحاد الدولي للشرطة")
      if (w.startsWith('لل') && anaphoricHead('ال' + w.slice(2)) && !(j + 1 < n && owner[j + 1] < 0 && wordAt(j + 1)?.startsWith('ال') && !isStop(toks[j + 1].norm)) && !(j + 1 < n && owner[j + 1] >= 0 && cands[owner[j + 1]].type !== 'PER')) break;
      // one "لل" + noun closing the name ("الهيئة العليا للانتخابات", "المعهد الوطني للجيوفيزياء")
      if ((complement > 0 || m.length >= 2) && w.startsWith('لل') && w.length >= 5 && formsAt(j).some((x) => x.article && x.clitic)) {
        j++;
        strong = true;
        // a plural of people takes its nationality in agreement ("النقابة الوطنية للصحفيين التونسيين")
        const people = /ين$/.test(toks[j - 1].norm);
        // (s9) a relational adjective of no country too ("الوكالة اليابانية للتعاون الدولي"، "للتنمية الاقتصادية")
        while (j < n && wordAt(j) !== undefined && owner[j] < 0 && ((isAdj(toks[j].norm) && (!isNat(toks[j].norm) || lex.nationality.get(toks[j].norm)!.startsWith('X'))) || (people && /^ال.{3,}يين$/.test(toks[j].norm)))) j++;
        // (s9 recall) a company's legal form or scope (wordsets.tsv company-adjective: «للمقاولات العامة»، «للتجارة المحدودة»)
        if (j < n && wordAt(j) !== undefined && owner[j] < 0 && COMPANY_ADJECTIVES.has(toks[j].norm)) j++;
        // "الهيئة الإدارية للاتحاد التونسي للشغل": a nationality and a second لل-complement complete the first
        if (j + 1 < n && owner[j] < 0 && owner[j + 1] < 0 && wordAt(j) !== undefined && isNat(toks[j].norm) && !lex.nationality.get(toks[j].norm)!.startsWith('X') &&
          wordAt(j + 1)?.startsWith('لل') && (wordAt(j + 1)?.length ?? 0) >= 5) j += 2;
        // (s8) a coordinated definite noun of the same complement, and its adjectives ("للمؤتمرات والمعارض"، "للتجارة والصناعة")
        else if (j < n && owner[j] < 0 && toks[j].kind === 'word' && /^وال.{3,}$/.test(toks[j].norm) && !isStop(toks[j].norm) && !isStop(toks[j].norm.slice(1)) && !isAdj(toks[j].norm.slice(1)) &&
          formsAt(j).length <= 2 && !(j + 1 < n && toks[j + 1].kind === 'word' && owner[j + 1] < 0 && toks[j + 1].norm.startsWith('ال') && !isAdj(toks[j + 1].norm))) {
          j++;
          while (j < n && wordAt(j) !== undefined && owner[j] < 0 && isAdj(toks[j].norm) && !isNat(toks[j].norm)) j++;
        }
        complement++;
        natOnly = false;
        break;
      }
      // one indefinite proper word right after a non-media head ("منظمة بدر", "حركة حماس")
      // (not a word with a pronoun suffix: "شركة بعينها")
      // (s9) nor an indefinite feminine plural, a common noun of the trade, before an indefinite adjective, a function word or
      // punctuation: "شركة استشارات جوية" (not in construct with a name: "محكمة جنايات مطروح"، "اتحاد بلديات جبل عامل")
      if (!head.media && !m.first.startsWith('ال') && !/^(و|ف|سي|ست)/.test(w) && !/(ها|هم|هما)$/.test(w) && !tradePlural(j) && !(head.minParts > 1 && w[0] === 'ل') && j === i + m.length && !lex.common.has(w) && formsAt(j).length === 1 && !/^[يتم]/.test(w) && !/[ةه]$/.test(toks[j].text) && w.length >= 3) {
        j++; complement++; natOnly = false;
        // (s8) after a head of institutions named after people a second unknown proper word completes the eponym ("جامعة قاصدي مرباح")
        if (head.person && j < n && owner[j] < 0 && wordAt(j) !== undefined) {
          const w2 = toks[j].norm;
          if (w2.length >= 3 && !w2.startsWith('ال') && !isStop(w2) && !lex.common.has(w2) && (!knownWords().has(w2) || lex.given.has(w2)) && formsAt(j).length === 1 && !/^(و|ف|ب|ل|ي|ت|سي|ست)/.test(w2) &&
            !/[ةه]$/.test(toks[j].text) && !isNat(w2) && !isTitleStart(j) && !lex.orgHeadFirst.has(w2)) { j++; lastNameType = 'PER'; }
        }
        continue;
      }
      break;
    }
    // "المحكمة الابتدائية بتونس"، "محكمة الاستئناف بالرباط" (Maghrebi usage): بـ + a city after a name with a
    // complement is part of the name (not after a name that holds a place or a person already: "ديوان محافظة الغربية
    // بطنطا"، "مستشفى محمد السادس الجامعي بمراكش")
    let localised = false;
    if (complement > 0 && !head.media && j < n && owner[j] >= 0 && toks[j].kind === 'word' && toks[j].norm[0] === 'ب' && cands[owner[j]].type === 'LOC' && cands[owner[j]].tokenStart === j &&
      cands[owner[j]].start === toks[j].start + 1 && !cands[owner[j]].dead && !natOnly && lastNameType !== 'LOC' && lastNameType !== 'PER') {
      absorbed.push(owner[j]);
      j = cands[owner[j]].tokenEnd;
      strong = true;
    }
    // (s9) "مديرية الصحة في درعا"، "مكتب الصحة في عدن"، "وزارة الصحة في غزة": في + a known place right after an indefinite head's
    // chain names the local body — not after a name holding a place, a person or a country's nationality already, nor before
    // a construct or adjective that makes the place part of a longer phrase ("في درعا البلد" stays the lexicon's)
    else if (complement > 0 && !head.media && !m.first.startsWith('ال') && LOCAL_BODY_HEADS.has(m.first) && !natOnly && lastNameType === '' && !hasCountryNat(i + m.length, j) &&
      j + 1 < n && toks[j].kind === 'word' && toks[j].norm === 'في' && owner[j + 1] >= 0 && cands[owner[j + 1]].type === 'LOC' && !cands[owner[j + 1]].dead &&
      cands[owner[j + 1]].tokenStart === j + 1 && cands[owner[j + 1]].start === toks[j + 1].start) {
      absorbed.push(owner[j + 1]);
      j = cands[owner[j + 1]].tokenEnd;
      strong = true;
      localised = true;
    }
    if (complement === 0 || (natOnly && !head.withNat) || !strong) continue;
    if (head.media && toks[i].norm.startsWith('موقع')) continue;
    // an indefinite head with indefinite generic adjectives only is a description, no name ("تلفزيون محلي"، "إذاعة
    // محلية"، "منظمة حكومية")
    if (!m.first.startsWith('ال')) {
      let generic = true;
      for (let q = i + m.length; q < j && generic; q++) generic = owner[q] < 0 && !toks[q].norm.startsWith('ال') && !!lex.nationality.get(toks[q].norm)?.startsWith('X');
      if (generic) continue;
    }
    // heads that are also common nouns: "إدارة الأزمة"، "مركز المدينة"، "هيئة المحكمة" (org-heads.tsv)
    if (complement < head.minParts || (head.notBefore.size && formStrs(i + m.length).some((x) => head.notBefore.has(x)))) continue;
    // (s9) an idiom: "تحت لواء الاتحاد" (org-heads.tsv not_after)
    if (head.notAfter.size && i > 0 && toks[i - 1].kind === 'word' && head.notAfter.has(toks[i - 1].norm)) continue;
    // (s7) a unit is named by its task, a verbal noun (org-heads.tsv `task`): "وحدة مكافحة الإرهاب", not "وحدة الفصائل"
    if (head.task && !formStrs(i + m.length).some((x) => taskNoun(x))) continue;
    // (s9 probe) an indefinite company head before exactly one company of the lexicon and nothing else ("شركة طيران الإمارات"،
    // "شركة سابك") is that company, its mention taking the head like the lexicon's own "شركة أرامكو السعودية"
    if (absorbed.length === 1 && !head.media && !m.first.startsWith('ال')) {
      const c = cands[absorbed[0]];
      // (…and a nationality adjective after it: "شركة توتال إنرجي الفرنسية")
      let natTail = c.tokenEnd <= j;
      for (let q = c.tokenEnd; q < j && natTail; q++) natTail = isNat(toks[q].norm) && !lex.nationality.get(toks[q].norm)!.startsWith('X');
      if (c.type === 'ORG' && c.lex?.kind === 'company' && c.tokenStart === i + m.length && natTail && c.start === toks[c.tokenStart].start) {
        c.tokenStart = i;
        c.start = at(i, f);
        c.tokenEnd = j;
        c.end = toks[j - 1].end;
        c.evidence = [...c.evidence, head.evidence];
        for (let k = i; k < j; k++) owner[k] = absorbed[0];
        i = j - 1;
        continue;
      }
    }
    for (const a of absorbed) cands[a].dead = true;
    const start = at(i, f);
    const end = toks[j - 1].end;
    for (const a of absorbed) for (let k = cands[a].tokenStart; k < cands[a].tokenEnd; k++) owner[k] = -1;
    // (s8) a centre of conferences or exhibitions is a venue, a place ("مركز عُمان للمؤتمرات والمعارض"): wordsets.tsv
    // `venue-head` and `venue-word`
    let venue = VENUE_HEADS.has(m.first);
    if (venue) { venue = false; for (let q = i + m.length; q < j && !venue; q++) venue = VENUE_WORDS.has(toks[q].norm); }
    claim({ type: venue ? 'LOC' : 'ORG', tokenStart: i, tokenEnd: j, start, end, kind: 'name', name: nameText(doc.text, start, end, f.article && f.clitic && !construct && !doc.text.slice(start, start + 2).match(/^[اأإآ]ل/)), evidence: [...(adjEv ? [head.evidence, adjEv] : [head.evidence]), ...(venue ? ['rule:venue'] : []), ...(localised ? ['rule:local-body+fi+place(data/entities/wordsets.tsv)'] : [])], titles: [] });
    i = j - 1;
  }
}

/**
 * A verbal noun or a plural of tasks by its shape (normalised, article dropped): تفعّل/تفعيل/تفاعل (تدخل، تحقيق)، مفاعلة
 * (مكافحه، مراقبه)، فعالة (حمايه، رقابه)، إفعال (انقاذ، اسعاف)، افتعال/انفعال، استفعال (استجابه)، a plural in ات (استخبارات،
 * عمليات). Groups and lands (فصائل، مؤسسه، شعب، صف) have none of these shapes.
 */
function taskNoun(w: string): boolean {
  const x = w.startsWith('ال') ? w.slice(2) : w;
  return /^(ت.{3,4}|م.ا..ه|..ا.ه|ا..ا.|ا.ت.ا.|ان..ا.|است.{3,5}|.{3,}ات)$/.test(x);
}

export function unitPass(cx: Ctx): void {
  const { doc, lex, toks, n, owner, claim, formIn, at } = cx;
  // 2c'. a military unit numbered by a figure ("اللواء 110 التابع للحشد"، "للفرقة 16"): data/entities/unit-heads.tsv
  for (let i = 0; i + 1 < n; i++) {
    if (owner[i] >= 0 || owner[i + 1] >= 0 || toks[i].kind !== 'word' || toks[i + 1].kind !== 'number') continue;
    const f = formIn(i, lex.unitHeads);
    if (!f || !f.article) continue;
    // not a share, an amount or a date: "الفرقة 16 %" / "اللواء 110 ألف"
    if (i + 2 < n && (toks[i + 2].text === '%' || UNIT_NOT_BEFORE.has(toks[i + 2].norm))) continue;
    const start = at(i, f);
    claim({ type: 'ORG', tokenStart: i, tokenEnd: i + 2, start, end: toks[i + 1].end, kind: 'name', name: nameText(doc.text, start, toks[i + 1].end, f.clitic), evidence: [lex.unitHeads.get(f.form)!], titles: [] });
    i++;
  }
}

/**
 * 2c''. "حكومة الإقليم" after "إقليم كردستان": a grammar organisation named by a head and a bare definite place head
 * (الإقليم، الولاية، المحافظة) is the body of the one place the article names with that head; it takes the full name
 * ("حكومة إقليم كردستان"), and the lexicon entry of that name when there is one. Linear: one pass over the candidates.
 */
export function orgOfPlacePass(cx: Ctx): void {
  const { lex, cands } = cx;
  // place heads → the distinct places of the article named with them ("اقليم" → {"إقليم كردستان"}), from place
  // mentions and from organisations named head + place ("حكومة إقليم كردستان")
  const placesByHead = new Map<string, Map<string, string>>();
  // "head placehead" → the organisations of the article so named, by normalised name
  const orgsByHeads = new Map<string, Map<string, Cand>>();
  const add = <T>(m: Map<string, Map<string, T>>, k: string, sub: string, v: T) => {
    const x = m.get(k) ?? new Map<string, T>();
    if (!x.has(sub)) x.set(sub, v);
    m.set(k, x);
  };
  for (const c of cands) {
    if (c.dead || (c.type !== 'LOC' && c.type !== 'ORG')) continue;
    const text = cx.doc.text.slice(c.start, c.end);
    const ws = normalize(text).split(' ');
    if (c.type === 'LOC' && ws.length >= 2 && lex.placeHeads.has(ws[0])) add(placesByHead, ws[0], ws.join(' '), text);
    if (c.type === 'ORG' && ws.length >= 3 && lex.placeHeads.has(ws[1])) {
      add(placesByHead, ws[1], ws.slice(1).join(' '), text.split(/\s+/).slice(1).join(' '));
      add(orgsByHeads, ws[0] + ' ' + ws[1], normalize(c.name), c);
    }
  }
  if (!placesByHead.size) return;
  for (const c of cands) {
    if (c.dead || c.type !== 'ORG' || c.lex || c.kind !== 'name') continue;
    const ws = normalize(c.name).split(' ');
    if (ws.length !== 2 || !ws[1].startsWith('ال')) continue;
    const p = ws[1].slice(2);
    const places = placesByHead.get(p);
    if (!places || places.size !== 1) continue;
    const orgs = orgsByHeads.get(ws[0] + ' ' + p);
    let entry: LexEntry | undefined;
    if (orgs && orgs.size === 1) {
      const [o] = [...orgs.values()];
      c.name = o.name;
      entry = o.lex;
    } else {
      const [[placeNorm, placeText]] = [...places];
      const fw = (ws[0] + ' ' + placeNorm).split(' ');
      const hit = lex.trie.matchAt((q) => fw[q], 0, [fw[0]]).find((h) => h.length === fw.length);
      entry = hit?.values.find((v) => v.entry.type === 'ORG')?.entry;
      c.name = entry ? entry.name : c.name.split(' ')[0] + ' ' + placeText;
    }
    if (entry) c.lex = entry;
    c.evidence.push('rule:org-of-named-place');
  }
}

/**
 * End of the name of a commune after its head at q (org-heads.tsv `commune`), or q: a known place; or, in an article of
 * one of `countries` or after a preposition of place (`placePrep`), an opener of place-openers.tsv and its word, or one
 * unknown proper word — no article, function word, common word, given name, nationality, feminine adjective or plural.
 */
function communeEnd(cx: Ctx, q: number, countries: Set<string>, placePrep: boolean): number {
  const { doc, lex, toks, n, cands, owner, isStop, isNat, formsAt } = cx;
  if (q >= n || toks[q].kind !== 'word') return q;
  if (owner[q] >= 0) {
    const c = cands[owner[q]];
    return c.type === 'LOC' && c.tokenStart === q && c.start === toks[q].start ? c.tokenEnd : q;
  }
  if (!(placePrep || countries.has((doc.meta.country ?? '').toUpperCase()))) return q;
  const ok = (k: number) => k < n && owner[k] < 0 && toks[k].kind === 'word' && formsAt(k).length === 1 && !toks[k].norm.startsWith('ال') && !isStop(toks[k].norm) &&
    !isNat(toks[k].norm) && !lex.common.has(toks[k].norm) && toks[k].norm.length >= 3 && !/(ون|ين|ات)$/.test(toks[k].norm) && !/^م.{2,4}[ةه]$/.test(toks[k].norm);
  if (lex.placeOpeners.has(toks[q].norm) && q + 1 < n && toks[q + 1].kind === 'word' && owner[q + 1] < 0 && !isStop(toks[q + 1].norm)) return q + 2;
  if (!ok(q) || lex.given.has(toks[q].norm) || lex.orgHeadFirst.has(toks[q].norm)) return q;
  // (an unknown word in construct with a definite one is another phrase: "جماعة أنصار الله")
  if (q + 1 < n && toks[q + 1].kind === 'word' && toks[q + 1].norm.startsWith('ال') && !isStop(toks[q + 1].norm)) return q;
  return q + 1;
}

/**
 * (s7) "خفر السواحل الموريتاني"، "الدفاع المدني الليبي": a lexicon body of no country (a generic state body named alike in every
 * country, orgs.tsv rows without a country) followed by the nationality adjective of a country is that country's body — one
 * organisation of both words, no lexicon entry (`rule:generic-body+nationality`). Runs right after the lexicon pass.
 */
export function genericBodyNationalityPass(cx: Ctx): void {
  const { doc, lex, toks, n, cands, owner } = cx;
  for (const c of cands) {
    if (c.dead || c.type !== 'ORG' || !c.lex || c.lex.country || c.lex.kind === 'intl' || c.lex.kind === 'regional' || c.lex.kind === 'media' || c.lex.kind === 'platform') continue;
    const q = c.tokenEnd;
    if (q >= n || toks[q].kind !== 'word' || !toks[q].norm.startsWith('ال')) continue;
    const country = lex.nationality.get(toks[q].norm);
    if (!country || country.startsWith('X')) continue;
    // the adjective may have been read as the country of the same spelling ("السعودية"): it agrees with the body here
    if (owner[q] >= 0) {
      const o = cands[owner[q]];
      if (o.type !== 'LOC' || o.tokenStart !== q || o.tokenEnd !== q + 1) continue;
      o.dead = true;
    }
    owner[q] = owner[c.tokenStart];
    c.tokenEnd = q + 1;
    c.end = toks[q].end;
    c.name = `${c.name} ${doc.text.slice(toks[q].start, toks[q].end)}`;
    c.evidence = [...c.evidence, 'rule:generic-body+nationality'];
    c.lex = undefined;
  }
}
