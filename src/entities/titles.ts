// Pass 2a: title phrases (data/entities/titles.tsv) with their complements (nationality, modifiers, the
// organisation or place of the office, linkers), and the person name each introduces.
import { normalize } from '../text/normalize.ts';
import type { Ctx } from './context.ts';
import { nameText } from './context.ts';
import type { NameGrammar } from './names.ts';
import { idafaEndAt } from './orgs.ts';
import type { TitleOcc } from './types.ts';
import { LINKERS, MODIFIERS, PATRONYMIC, PUNCT_COMMA } from './wordsets.ts';

export function titlePass(cx: Ctx, g: NameGrammar): TitleOcc[] {
  const { doc, lex, toks, n, cands, owner, claim, isWord, wordAt, wi, formsAt, formStrs, at, isStop, isNat, isNisba, isAdj, titleAt, isTitleStart, givenTok, stopTok } = cx;
  const { nameWord, parseName, articleNameAt } = g;
  /** A title word carrying a possessive pronoun ("قائدها"، "رئيسه"). */
  const titleWithPronoun = (w: string): boolean => {
    const m = /^(.{3,}?)(هما|هم|ها|ه)$/.exec(w);
    return !!m && lex.titleFirst.has(m[1]) && !lex.common.has(w);
  };
  /**
   * End of a name of two or three words set off by commas ("، الباشا طبيق،"), or k: name-like words (the first
   * may carry the article when it is no common word, adjective or nisba), closed by a comma or a dash.
   */
  const apposedName = (k: number): number => {
    const w0 = toks[k].norm;
    if (toks[k].kind !== 'word' || owner[k] >= 0 || formsAt(k).length > 1 || stopTok(k) || isNat(w0) || lex.common.has(w0) || isTitleStart(k) || w0.length < 3) return k;
    // (s7: a given name written with the article is a name word even in the shape of a nisba: "، المهدي أوعلي،")
    const articleGiven = w0.startsWith('ال') && lex.given.has(w0.slice(2)) && !lex.common.has(w0.slice(2));
    if (w0.startsWith('ال') && !articleGiven && (isNisba(w0) || isAdj(w0) || lex.common.has(w0.slice(2)) || /[ةه]$/.test(w0))) return k;
    if (!w0.startsWith('ال') && !nameWord(k, true)) return k;
    let e = k + 1;
    while (e < n && e - k < 3 && nameWord(e, false) && !toks[e].norm.startsWith('ال')) e++;
    return e - k >= 2 && e < n && (PUNCT_COMMA.has(toks[e].text) || toks[e].kind === 'dash') ? e : k;
  };

  /**
   * (s8) End of an organisation named by a head, its idafa chain and definite words, not claimed yet ("منظمة نور الأمل"،
   * "جمعية الأمل الخيرية"), or -1.
   */
  const orgSpanAt = (j: number): number => {
    // (the head may carry ل: "المديرة التنفيذية لجمعية سند للتنمية")
    if (j >= n || owner[j] >= 0 || !wi(j).orgHead || (formsAt(j).length > 1 && toks[j].norm[0] !== 'ل')) return -1;
    const hm = lex.orgHeads.matchAt(wordAt, j, formStrs(j))[0];
    if (!hm) return -1;
    let q = j + hm.length;
    const qi = idafaEndAt(cx, q, 0);
    if (qi > q) q = owner[qi] >= 0 ? cands[owner[qi]].tokenEnd : qi + 1;
    while (q < n && q - j < 5 && owner[q] < 0 && wordAt(q)?.startsWith('ال') && !isStop(toks[q].norm) && !lex.given.has(toks[q].norm) && !articleNameAt(q) && formsAt(q).length <= 2) q++;
    // (a proper word and a لل-complement: "جمعية سند للتنمية")
    if (q === j + hm.length && q + 1 < n && owner[q] < 0 && toks[q].kind === 'word' && !toks[q].norm.startsWith('ال') && !isStop(toks[q].norm) && !lex.common.has(toks[q].norm) &&
      !givenTok(q) && formsAt(q).length === 1 && !/[ةه]$/.test(toks[q].text) && owner[q + 1] < 0 && toks[q + 1].kind === 'word' && toks[q + 1].norm.startsWith('لل') && toks[q + 1].norm.length >= 5) {
      q += 2;
      while (q < n && owner[q] < 0 && toks[q].kind === 'word' && isAdj(toks[q].norm) && !isNat(toks[q].norm)) q++;
    }
    return q > j + hm.length ? q : -1;
  };

  // 2a. titles, with the names they introduce
  const titleOccs: TitleOcc[] = [];
  for (let i = 0; i < n; i++) {
    // a lexicon short form that is also a title ("المهندس") is the title when a name follows it ("المهندس كريم …")
    if (owner[i] >= 0 && cands[owner[i]].short && cands[owner[i]].tokenEnd === i + 1 && wi(i).title && i + 1 < n && owner[i + 1] < 0 && parseName(i + 1, true) > i + 1) {
      cands[owner[i]].dead = true;
      owner[i] = -1;
    }
    if (!isWord(i) || (owner[i] >= 0 && cands[owner[i]].type !== 'ORG')) continue;
    if (owner[i] >= 0) continue;
    if (!wi(i).title) continue;
    // "ولد الشيخ أحمد": an honorific right after a patronymic connector belongs to the ancestor's name
    if (i > 0 && PATRONYMIC.has(toks[i - 1].norm)) continue;
    const forms = formsAt(i);
    const m = lex.titles.matchAt(wordAt, i, formStrs(i))[0];
    if (!m) continue;
    const f = forms.find((x) => x.form === m.first)!;
    const val = m.values[0];
    let j = i + m.length;
    let withComplement = false;
    // complements: nationality adjectives, modifiers, an organisation/place, "باسم X", "لدى X", "التابعة لـ X"
    for (let guard = 0; guard < 6 && j < n; guard++) {
      const w = wordAt(j);
      if (w === undefined) break;
      if (owner[j] >= 0 && (cands[owner[j]].type === 'ORG' || cands[owner[j]].type === 'LOC')) {
        j = cands[owner[j]].tokenEnd; withComplement = true; continue;
      }
      // (session 6) a second, coordinated body after the first one: "مدافع المنتخب الجزائري ونادي أولمبيك مرسيليا"
      if (withComplement && w.length >= 4 && w[0] === 'و' && owner[j] < 0 && lex.orgHeadFirst.has(w.slice(1)) && j + 1 < n && owner[j + 1] >= 0 &&
        cands[owner[j + 1]].type === 'ORG' && cands[owner[j + 1]].tokenStart === j + 1) { j = cands[owner[j + 1]].tokenEnd; continue; }
      if (owner[j] >= 0) break;
      if (isNat(w) || MODIFIERS.has(w)) { j++; withComplement = true; continue; }
      // a relational adjective right before a name-like word ("الخبير الاقتصادي أمين فارس", "السناتور الجمهوري")
      if (val.kind === 'role' && isAdj(w) && !lex.given.has(w) && formsAt(j).length <= 2 && j + 1 < n && owner[j + 1] < 0 && toks[j + 1].kind === 'word' &&
        !toks[j + 1].norm.startsWith('ال') && !isStop(toks[j + 1].norm) && (givenTok(j + 1) || nameWord(j + 1, true))) { j++; withComplement = true; continue; }
      // an organisation named by a head and its idafa chain, not yet claimed ("رئيس مجلس الأمة", "رئيس هيئة الأركان")
      if (j === i + m.length && wi(j).orgHead) {
        const hm = lex.orgHeads.matchAt(wordAt, j, formStrs(j))[0];
        let q = hm ? j + hm.length : j;
        // (an indefinite construct chain first, closed by a known name or a definite noun: "رئيس اتحاد مزارعي وادي الأردن")
        const qi = hm ? idafaEndAt(cx, q, 0) : q;
        if (qi > q) q = owner[qi] >= 0 ? cands[owner[qi]].tokenEnd : qi + 1;
        while (q > j && q < n && q - j < 5 && owner[q] < 0 && wordAt(q)?.startsWith('ال') && !isStop(toks[q].norm) && !lex.given.has(toks[q].norm) && !articleNameAt(q) && formsAt(q).length <= 2) q++;
        if (hm && q > j + hm.length) { j = q; withComplement = true; continue; }
      }
      // a لل-complement ("المديرة العامة للصندوق", "المبعوث الخاص للأمين العام")
      if (withComplement && w.startsWith('لل') && w.length >= 5 && formsAt(j).some((x) => x.article && x.clitic) && !lex.given.has(w)) { j++; continue; }
      // a ل-complement of an indefinite verbal noun and a definite noun after another complement: "المدير العام
      // للمكتب الوطني لمراقبة الصيد"
      if (withComplement && w[0] === 'ل' && !w.startsWith('لل') && w.length >= 5 && !lex.given.has(w) && j + 1 < n && owner[j + 1] < 0 && toks[j + 1].kind === 'word' &&
        toks[j + 1].norm.startsWith('ال') && toks[j + 1].norm.length >= 5 && !isStop(toks[j + 1].norm) && !articleNameAt(j + 1) && formsAt(j + 1).length === 1 && !lex.given.has(toks[j + 1].norm)) { j += 2; continue; }
      // an adjective of the portfolio before a coordinated one ("وزير التعليم العالي والبحث العلمي")
      if (withComplement && val.kind === 'role' && isAdj(w) && !isNat(w) && !lex.given.has(w) && owner[j] < 0 && toks[j - 1].norm.startsWith('ال') && j + 1 < n && owner[j + 1] < 0 &&
        (wordAt(j + 1) ?? '').startsWith('وال') && (wordAt(j + 1) ?? '').length >= 6 && !isStop(toks[j + 1].norm)) { j++; continue; }
      // (session 6) a feminine or common relational adjective of the portfolio after a definite complement ("ومنسقة الشؤون
      // الإنسانية في السودان"); a masculine unknown one may be the family name ("وزير الكهرباء الفتلاوي")
      if (withComplement && isAdj(w) && !isNat(w) && !lex.given.has(w) && owner[j] < 0 && formsAt(j).length === 1 && toks[j - 1].norm.startsWith('ال') &&
        (/ة[\u064B-\u065F\u0670]*$/.test(toks[j].text) || lex.common.has(w))) { j++; continue; }
      // a coordinated adjective ("رجل الدين الشيعي البارز والسياسي")
      if (withComplement && w.startsWith('وال') && isAdj(w.slice(1)) && !lex.given.has(w)) { j++; continue; }
      // a coordinated definite noun of the portfolio, with its adjectives ("وزير البترول والثروة المعدنية")
      // (a listed role of two words holds its portfolio already: "وزير الداخلية والبلديات")
      if ((withComplement || (m.length >= 2 && val.kind === 'role')) && w.startsWith('وال') && w.length >= 6 && !isStop(w) && !isStop(w.slice(1)) && !lex.given.has(w.slice(1)) && !lex.titleFirst.has(w.slice(1)) && !articleNameAt(j) && j + 1 < n && !isStop(toks[j + 1].norm)) {
        j++;
        while (j < n && wordAt(j) !== undefined && owner[j] < 0 && isAdj(toks[j].norm) && !isNat(toks[j].norm)) j++;
        continue;
      }
      // an organisation named after a ل-prefixed head ("الرئيسة التنفيذية لشركة «نورث ميد» البريطانية")
      {
        const q = j + 1 < n && toks[j + 1].kind === 'quote' ? j + 2 : j + 1;
        // (s9) …or a place after a ل-prefixed place head ("الوالي الأسبق لولاية تيبازة، رشيد بوخالفة،")
        if (w.length >= 4 && w[0] === 'ل' && !w.startsWith('لل') && q < n && owner[q] >= 0 && cands[owner[q]].tokenStart === q &&
          ((cands[owner[q]].type === 'ORG' && lex.orgHeadFirst.has(w.slice(1))) || (cands[owner[q]].type === 'LOC' && q === j + 1 && lex.placeHeads.has(w.slice(1))))) {
          j = cands[owner[q]].tokenEnd;
          if (j < n && toks[j].kind === 'quote') j++;
          withComplement = true; continue;
        }
        // (s8) an organisation named by a ل-prefixed head and its chain, not claimed yet: "المديرة التنفيذية لجمعية سند للتنمية"
        if (val.kind === 'role' && w.length >= 4 && w[0] === 'ل' && !w.startsWith('لل') && lex.orgHeadFirst.has(w.slice(1)) && q === j + 1) {
          const e2 = orgSpanAt(j);
          if (e2 > 0) { j = e2; withComplement = true; continue; }
        }
        // (session 6) the quoted name not claimed yet (the quote pass comes later): "المدير التنفيذي لشركة "نوفا للطاقة" كريم"
        if (w.length >= 4 && w[0] === 'ل' && !w.startsWith('لل') && lex.orgHeadFirst.has(w.slice(1)) && q === j + 2 && owner[q] < 0) {
          let c = q;
          while (c < n && c - q < 5 && toks[c].kind !== 'quote' && isWord(c)) c++;
          if (c < n && c > q && toks[c].kind === 'quote') {
            j = c + 1;
            while (j < n && isWord(j) && owner[j] < 0 && isNat(toks[j].norm)) j++;
            withComplement = true; continue;
          }
        }
      }
      if (LINKERS.has(w) && j + 1 < n && owner[j + 1] >= 0 && cands[owner[j + 1]].type !== 'PER') { j = cands[owner[j + 1]].tokenEnd; withComplement = true; continue; }
      if ((w === 'باسم' || w === 'لدي') && j + 1 < n && owner[j + 1] < 0 && wordAt(j + 1)?.startsWith('ال')) {
        j += 2;
        while (j < n && wordAt(j) !== undefined && owner[j] < 0 && (isNat(toks[j].norm) || isAdj(toks[j].norm))) j++;
        withComplement = true;
        continue;
      }
      if (LINKERS.has(w) && j + 1 < n && owner[j + 1] < 0) {
        // (s8) an organisation not claimed yet (the organisation pass comes later) after the title's own complement: "مديرة
        // برنامج الإغاثة في منظمة نور الأمل سناء الخطيب"
        const e2 = (withComplement || val.kind === 'role') && !isStop(toks[j + 1].norm) ? orgSpanAt(j + 1) : -1;
        if (e2 > 0) { j = e2; continue; }
        // "التابعة للحرس": the clitic-bearing next word is handled by the lexicon pass already
        break;
      }
      // a definite noun in idafa after a role ("وزير الخارجية", "رئيس الوزراء" are in the list; others: "قائد الجيش")
      // (not a given name with the article opening a chain: "الوزير الحسين ولد امدو", "الشيخ الحسن بن علي")
      const articleName = articleNameAt(j);
      if (val.kind === 'role' && w.startsWith('ال') && !isStop(w) && j === i + m.length && owner[j] < 0 && !lex.given.has(w) && !articleName && formsAt(j).length === 1 && !isNisba(w)) { j++; withComplement = true; continue; }
      // (s8) an indefinite noun and its definite noun after a role, then a linker: the unit of the office ("مديرة برنامج الإغاثة
      // في منظمة …"، "رئيس قسم الجراحة في مستشفى …")
      if (val.kind === 'role' && j === i + m.length && owner[j] < 0 && !w.startsWith('ال') && !lex.given.has(w) && !isStop(w) && formsAt(j).length === 1 && w.length >= 3 &&
        j + 2 < n && owner[j + 1] < 0 && toks[j + 1].kind === 'word' && toks[j + 1].norm.startsWith('ال') && !isStop(toks[j + 1].norm) && !lex.given.has(toks[j + 1].norm) && formsAt(j + 1).length === 1 &&
        toks[j + 2].kind === 'word' && LINKERS.has(toks[j + 2].norm)) { j += 2; withComplement = true; continue; }
      // a title word with a possessive pronoun in construct after a role: the office of someone named before
      // ("مستشار قائدها"، "نائب رئيسه")
      if (val.kind === 'role' && j === i + m.length && owner[j] < 0 && formsAt(j).length === 1 && titleWithPronoun(w)) { j++; withComplement = true; continue; }
      break;
    }
    const titleEnd = j;
    // optional comma / dash, then more titles (rank), then the name
    let k = j;
    let comma = false;
    if (k < n && (PUNCT_COMMA.has(toks[k].text) || toks[k].kind === 'dash')) { k++; comma = true; }
    // a role right after a name is an apposition to that name ("هادي العامري رئيس منظمة بدر")
    const afterName = i > 0 && owner[i - 1] >= 0 && cands[owner[i - 1]].type === 'PER' && f.off === 0;
    // a further title right before the name ("المتحدث باسم الخارجية، السفير إيفان …") opens it as the first one
    // would: a rank, an honorific, a definite title or one of two words or more
    let nextOpens = false;
    // the last one-word honorific read right before the name, if any
    let honorific = !comma && m.length === 1 && val.kind === 'honorific' && k === i + 1 && f.off === 0 ? i : -1;
    for (let g = 0; g < 2 && k < n && isWord(k) && owner[k] < 0; g++) {
      const t2 = titleAt(k);
      if (!t2) break;
      honorific = t2.length === 1 && t2.values[0].kind === 'honorific' ? k : -1;
      nextOpens = t2.values[0].kind !== 'role' || t2.length >= 2 || toks[k].norm.startsWith('ال');
      k += t2.length;
      while (k < n && isWord(k) && (isNat(toks[k].norm) || MODIFIERS.has(toks[k].norm))) k++;
    }
    let person = -1;
    // (s8) an unknown word before a lexicon person's family name is that person's given name spelt another way ("الناطقة باسم
    // البعثة جانين بلاسخارت" for جينين … بلاسخارت): the mention takes both words
    if (k + 1 < n && owner[k] < 0 && !afterName && toks[k].kind === 'word' && !givenTok(k) && !toks[k].norm.startsWith('ال') && owner[k + 1] >= 0 &&
      cands[owner[k + 1]].type === 'PER' && cands[owner[k + 1]].short && cands[owner[k + 1]].tokenStart === k + 1 && cands[owner[k + 1]].start === toks[k + 1].start &&
      nameWord(k, true) && !g.verbOrNounAfterTitle(k) && formsAt(k).length === 1) {
      const c = cands[owner[k + 1]];
      // (only a spelling close to a first word of the entry: "جانين" ~ "جينين"; another given name, "كورين فلايشر" beside
      // "آري فلايشر", is another bearer of the family name, a name of its own)
      const w = toks[k].norm;
      const close = [...c.lex!.forms].some((f) => { const fw = f.split(' ')[0]; return fw !== w && fw[0] === w[0] && editDistance(fw, w) <= 2; });
      if (close) {
        c.tokenStart = k;
        c.start = toks[k].start;
        c.short = false;
        c.evidence.push('rule:variant-given+lexicon-surname');
        owner[k] = owner[k + 1];
      } else {
        c.dead = true;
        owner[k + 1] = -1;
        claim({ type: 'PER', tokenStart: k, tokenEnd: k + 2, start: toks[k].start, end: toks[k + 1].end, kind: 'name', name: doc.text.slice(toks[k].start, toks[k + 1].end),
          evidence: [val.evidence.replace('rule:title', 'rule:title+name'), 'rule:given+lexicon-surname'], titles: [] });
      }
    }
    if (k < n && owner[k] >= 0 && cands[owner[k]].type === 'PER') person = owner[k];
    else if (k < n && owner[k] < 0 && !afterName) {
      // after a bare role word ("قائد", "رئيس") only a given name opens a name; ranks and honorifics take any name
      // a title phrase of two words or more ("رئيس الجمهورية", "وزير الخارجية") is complete: any name may follow
      // ("رئيس الجمهورية جوزاف عون"), as after a complement
      let e = parseName(k, nextOpens || (!comma && (val.kind !== 'role' || withComplement || m.length >= 2)));
      const evidence = [val.evidence.replace('rule:title', 'rule:title+name')];
      // "مستشار قائدها، الباشا طبيق، نفى": a name set off by commas right after a title
      if (e === k && comma && k === titleEnd + 1) {
        const a = apposedName(k);
        if (a > k) { e = a; evidence.push('rule:apposed-name'); }
      }
      // "الأستاذ الشيخ التراد ولد امبارك": an honorific before a word that is no given name and a patronymic chain is
      // the first part of the name (Mauritanian names)
      if (e === k && honorific === k - 1 && k + 2 < n && owner[k] < 0 && toks[k].kind === 'word' && !givenTok(k) && !stopTok(k) && formsAt(k).length === 1 &&
        PATRONYMIC.has(toks[k + 1].norm) && owner[k + 2] < 0 && toks[k + 2].kind === 'word' && !stopTok(k + 2)) {
        e = k + 3;
        while (e + 1 < n && PATRONYMIC.has(toks[e].norm) && owner[e + 1] < 0 && toks[e + 1].kind === 'word' && !stopTok(e + 1) && e - k < 7) e += 2;
        k = honorific;
        evidence.push('rule:honorific-in-name');
      }
      if (e > k) {
        const fg = wi(k).givenForm ?? formsAt(k)[0];
        const startOff = at(k, fg);
        person = claim({ type: 'PER', tokenStart: k, tokenEnd: e, start: startOff, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, startOff, toks[e - 1].end, fg.article), evidence, titles: [] });
      }
    }
    // (s7) "الكاتب الجهوي للاتحاد المغربي للشغل بجهة سوس ماسة، الحسين أوبلا،": the title's organisation and place (claimed
    // names, at most three), then a name of two or three words set off by commas
    if (person < 0 && !comma && !afterName && val.kind === 'role') {
      let q = titleEnd;
      // (a relational adjective of the role first: "الكاتب الجهوي")
      if (q < n && owner[q] < 0 && isWord(q) && isAdj(toks[q].norm) && !lex.given.has(toks[q].norm) && q + 1 < n && owner[q + 1] >= 0) q++;
      for (let steps = 0; steps < 3 && q < n && owner[q] >= 0 && cands[owner[q]].type !== 'PER' && cands[owner[q]].tokenStart === q; steps++) q = cands[owner[q]].tokenEnd;
      if (q > titleEnd && q + 1 < n && PUNCT_COMMA.has(toks[q].text) && owner[q + 1] < 0) {
        const a = apposedName(q + 1);
        if (a > q + 1) {
          const fg = wi(q + 1).givenForm ?? formsAt(q + 1)[0];
          const startOff = at(q + 1, fg);
          person = claim({ type: 'PER', tokenStart: q + 1, tokenEnd: a, start: startOff, end: toks[a - 1].end, kind: 'name', name: nameText(doc.text, startOff, toks[a - 1].end, fg.article),
            evidence: [val.evidence.replace('rule:title', 'rule:title+name'), 'rule:title+organisation+apposed-name'], titles: [] });
        }
      }
    }
    const start = at(i, f);
    const end = toks[titleEnd - 1].end;
    const raw = doc.text.slice(start, end);
    const text = f.article && f.clitic && !/^[اأإآ]ل/.test(raw) ? 'ال' + raw : raw;
    const key = normalize(text);
    titleOccs.push({ start, end, tokenStart: i, tokenEnd: titleEnd, phraseEnd: i + m.length, text, key, kind: val.kind, person, evidence: val.evidence, withComplement });
    if (person < 0) continue;
    i = Math.max(i, titleEnd - 1);
  }
  return titleOccs;
}

/** (s8) Levenshtein distance of two short words (names of a few letters: the quadratic table is bounded). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 20 || b.length > 20) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
