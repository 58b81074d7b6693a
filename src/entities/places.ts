// Places beyond the lexicon: place heads ("مدينة X"، "مطار X"، "ناحية أبي صيدا"), events named after places,
// facilities named after persons; and the one-word place read as an adjective ("الظروف الاقتصادية القاهرة").
import type { Ctx } from './context.ts';
import { nameText } from './context.ts';
import type { Cand } from './types.ts';
import { BODY_VERB_NOT_BEFORE, BODY_VERBS, PLACE_ADJECTIVE_PREPS, PLACE_ADJECTIVES, PLACE_COMMON_BEFORE, PLACE_HEAD_ADJECTIVES, PLACE_JOINERS, PLACE_PREPS, PUNCT_COMMA, QUARTER_EVIDENCE, QUARTER_HEADS } from './wordsets.ts';
import { knownWords } from '../text/clitics.ts';

// a Berber place name opens with تي/تا, which no verb of news prose does ("دوار تيخت"، "تيزنيت"، "تارودانت")
const BERBER = /^(تي|تا)[^اوي]{2,}/;
// a word written with a final ة (marks ignored)
const FEM = /ة[\u064B-\u065F\u0670]*$/;

export function adjectivePlaceFilter(cx: Ctx): void {
  const { toks, cands, owner, isNat, isAdj } = cx;
  // a one-word place with the article and a feminine ending right after a definite feminine relational adjective
  // agrees with it as another adjective: "الظروف الاقتصادية القاهرة" (force majeure), not Cairo
  for (const c of cands) {
    if (c.dead || c.type !== 'LOC' || !c.lex || c.tokenEnd - c.tokenStart !== 1 || c.tokenStart === 0) continue;
    const k = c.tokenStart;
    const p = k - 1;
    if (c.start !== toks[k].start || !toks[k].norm.startsWith('ال') || !/ة[\u064B-\u065F\u0670]*$/.test(toks[k].text)) continue;
    if (toks[p].kind !== 'word' || owner[p] >= 0 || !isAdj(toks[p].norm) || isNat(toks[p].norm) || !/ة[\u064B-\u065F\u0670]*$/.test(toks[p].text)) continue;
    c.dead = true;
    owner[k] = -1;
  }
  // (s9) a one-word lexicon place with the article before an adjective of wordsets.tsv place-common-before is a common noun:
  // "على الضفة الأخرى" (the other bank)
  for (const c of cands) {
    if (c.dead || c.type !== 'LOC' || !c.lex || c.tokenEnd - c.tokenStart !== 1 || c.tokenEnd >= toks.length) continue;
    if (!toks[c.tokenStart].norm.replace(/^[وفبل]/, '').startsWith('ال') || toks[c.tokenEnd].kind !== 'word' || !PLACE_COMMON_BEFORE.has(toks[c.tokenEnd].norm)) continue;
    c.dead = true;
    if (owner[c.tokenStart] === cands.indexOf(c)) owner[c.tokenStart] = -1;
  }
  // (s9) a lexicon place named by a generic place head and a direction ("المنطقة الشرقية") followed by من + a definite noun is a
  // part of that noun: "في المنطقة الشرقية من القرية" (the eastern part of the village), no region
  const { n, lex } = cx;
  for (const c of cands) {
    if (c.dead || c.type !== 'LOC' || !c.lex || c.tokenEnd - c.tokenStart !== 2 || c.tokenEnd + 1 >= n) continue;
    const k = c.tokenStart;
    const head = toks[k].norm.startsWith('ال') ? toks[k].norm.slice(2) : '';
    if (!head || !lex.placeHeads.has(head) || !PLACE_ADJECTIVES.has(toks[k + 1].norm)) continue;
    if (toks[c.tokenEnd].norm !== 'من' || toks[c.tokenEnd + 1].kind !== 'word' || !toks[c.tokenEnd + 1].norm.startsWith('ال') || owner[c.tokenEnd + 1] >= 0) continue;
    c.dead = true;
    for (let q = c.tokenStart; q < c.tokenEnd; q++) if (owner[q] === cands.indexOf(c)) owner[q] = -1;
  }
}

/** places.tsv kinds of a settlement: a governorate named after one is another place (place-heads.tsv `admin`). */
const CITY_KINDS = new Set(['city', 'capital', 'town']);

export function placeHeadPass(cx: Ctx): void {
  const { doc, lex, toks, n, cands, owner, claim, isWord, wi, formsAt, at, isStop, isNat, isAdj, titleAt, isTitleStart } = cx;
  // (s9) a lexicon person's one-word short form that is a plural or dual place head before a definite word or a known place
  // is the head: "من ولايتي الخرطوم والجزيرة" (not علي أكبر ولايتي)
  for (const c of cands) {
    if (c.dead || c.type !== 'PER' || !c.short || c.tokenEnd !== c.tokenStart + 1 || c.tokenEnd >= n || c.start !== toks[c.tokenStart].start) continue;
    const ph = lex.placeHeads.get(toks[c.tokenStart].norm);
    const nx = owner[c.tokenEnd] >= 0 ? cands[owner[c.tokenEnd]] : undefined;
    if (!ph || !ph.list || toks[c.tokenEnd].kind !== 'word' || !(toks[c.tokenEnd].norm.startsWith('ال') || (nx && nx.type === 'LOC' && nx.tokenStart === c.tokenEnd))) continue;
    c.dead = true;
    owner[c.tokenStart] = -1;
  }
  // counts of adjacent word pairs (normalised), computed once on demand
  let pairs: Map<string, number> | undefined;
  const pairCount = (): Map<string, number> => {
    if (!pairs) {
      pairs = new Map();
      for (let k = 0; k + 1 < n; k++) {
        if (toks[k].kind !== 'word' || toks[k + 1].kind !== 'word') continue;
        for (const x of formsAt(k)) {
          const key = `${x.form} ${toks[k + 1].norm}`;
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
    }
    return pairs;
  };
  // counts of definite words by their clitic-stripped forms, computed once on demand
  let wordsSeen: Map<string, number> | undefined;
  const wordCount = (): Map<string, number> => {
    if (!wordsSeen) {
      wordsSeen = new Map();
      for (let k = 0; k < n; k++) {
        if (toks[k].kind !== 'word') continue;
        for (const x of new Set(formsAt(k).map((y) => y.form))) if (x.startsWith('ال')) wordsSeen.set(x, (wordsSeen.get(x) ?? 0) + 1);
      }
    }
    return wordsSeen;
  };
  // 2d. place heads ("قاعدة X", "مدينة X")
  for (let i = 0; i + 1 < n; i++) {
    if (owner[i] >= 0 || !isWord(i)) continue;
    // (s8) "في باب التبانة": a head of quarters that is also a common noun (wordsets.tsv `quarter-head`: باب = gate, chapter)
    // names a quarter only after a preposition of place (also with و/ف) and before a definite word no lexicon knows as a
    // common word, of no verbal-noun or plural shape ("من باب الاحتياط"، "في باب الاستثمار" are idioms)
    if (QUARTER_HEADS.has(toks[i].norm) && i > 0 && PLACE_PREPS.has(toks[i - 1].norm.replace(/^[وف](?=(في|من|الي|عن)$)/, '')) && owner[i + 1] < 0 && toks[i + 1].kind === 'word') {
      const w = toks[i + 1].norm;
      const stem = w.slice(2);
      if (w.startsWith('ال') && stem.length >= 4 && !knownWords().has(stem) && !knownWords().has(w) && !lex.common.has(w) && !lex.common.has(stem) && !isNat(w) && !isStop(w) &&
        !lex.given.has(stem) && !/^(ا.ت.ا.|ان..ا.|است.{3,}|ا..ا.|ت..ي.|ت.ا.[^ه])$/.test(stem) && !/(ات|ين|ون)$/.test(stem) && formsAt(i + 1).length <= 2) {
        let e = i + 2;
        while (e < n && e - i < 4 && isWord(e) && owner[e] < 0 && isAdj(toks[e].norm) && !isNat(toks[e].norm)) e++;
        claim({ type: 'LOC', tokenStart: i, tokenEnd: e, start: toks[i].start, end: toks[e - 1].end, kind: 'name', name: doc.text.slice(toks[i].start, toks[e - 1].end), evidence: [QUARTER_EVIDENCE, 'rule:quarter-after-prep'], titles: [] });
        i = e - 1;
        continue;
      }
    }
    const f = wi(i).placeHead;
    if (!f) continue;
    const ph = lex.placeHeads.get(f.form)!;
    const j = i + 1;
    if (ph.list) {
      const e = placeList(cx, j, ph.evidence);
      if (e > j) i = e - 1;
      continue;
    }
    if (ph.misc) {
      // an event, prize or competition named after a place ("مهرجان جرش", "أبطال أفريقيا"): one MISC name, no place
      const c = owner[j] >= 0 ? cands[owner[j]] : undefined;
      if (!c || c.type !== 'LOC' || c.tokenStart !== j) continue;
      c.dead = true;
      for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
      claim({ type: 'MISC', tokenStart: i, tokenEnd: c.tokenEnd, start: at(i, f), end: toks[c.tokenEnd - 1].end, kind: 'name', name: nameText(doc.text, at(i, f), toks[c.tokenEnd - 1].end, f.article && f.clitic), evidence: [ph.evidence], titles: [] });
      i = c.tokenEnd - 1;
      continue;
    }
    // "ناحية أبي صيدا"، "بلدة كفر نبل": an opener of data/entities/place-openers.tsv and the next word are one name,
    // even when that word alone is a known place (صيدا)
    // ((s8) a head of quarters of wordsets.tsv `quarter-head` opens one too: "منطقة باب عمرو")
    const opener = !ph.include && owner[j] < 0 && toks[j].kind === 'word' ? lex.placeOpeners.get(toks[j].norm) ?? (QUARTER_HEADS.has(toks[j].norm) ? QUARTER_EVIDENCE : undefined) : undefined;
    if (opener && j + 1 < n && toks[j + 1].kind === 'word' && !isStop(toks[j + 1].norm) && !isNat(toks[j + 1].norm) && formsAt(j + 1).length === 1 && toks[j + 1].norm.length >= 2 &&
      (owner[j + 1] < 0 || (cands[owner[j + 1]].type === 'LOC' && cands[owner[j + 1]].tokenStart === j + 1 && cands[owner[j + 1]].tokenEnd === j + 2))) {
      if (owner[j + 1] >= 0) { cands[owner[j + 1]].dead = true; owner[j + 1] = -1; }
      claim({ type: 'LOC', tokenStart: j, tokenEnd: j + 2, start: toks[j].start, end: toks[j + 1].end, kind: 'name', name: doc.text.slice(toks[j].start, toks[j + 1].end), evidence: [ph.evidence, opener], titles: [] });
      i = j + 1;
      continue;
    }
    // (s9 probe) …and after a head kept in the name ("حي باب عمرو"، not "حي باب" before a given name): head, «باب» and the word
    if (ph.include && owner[j] < 0 && toks[j].kind === 'word' && QUARTER_HEADS.has(toks[j].norm) && j + 1 < n && toks[j + 1].kind === 'word' && owner[j + 1] < 0 &&
      !isStop(toks[j + 1].norm) && !isNat(toks[j + 1].norm) && formsAt(j + 1).length === 1 && toks[j + 1].norm.length >= 3 && !toks[j + 1].norm.startsWith('ال') && cx.givenTok(j + 1)) {
      claim({ type: 'LOC', tokenStart: i, tokenEnd: j + 2, start: at(i, f), end: toks[j + 1].end, kind: 'name', name: nameText(doc.text, at(i, f), toks[j + 1].end, f.article && f.clitic), evidence: [ph.evidence, QUARTER_EVIDENCE], titles: [] });
      i = j + 1;
      continue;
    }
    // "قاعة عبدالله السالم"، "مطار الملك خالد": a facility named after a person is a place; the person is no mention
    // (a title may come between: "قاعة الشيخ زايد")
    const pj = owner[j] < 0 && toks[j].kind === 'word' && isTitleStart(j) ? j + (titleAt(j)?.length ?? 0) : j;
    if (ph.include && ph.person && pj < n && owner[pj] >= 0 && cands[owner[pj]].type === 'PER' && cands[owner[pj]].tokenStart === pj && cands[owner[pj]].start === toks[pj].start) {
      const c = cands[owner[pj]];
      c.dead = true;
      for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
      claim({ type: 'LOC', tokenStart: i, tokenEnd: c.tokenEnd, start: at(i, f), end: toks[c.tokenEnd - 1].end, kind: 'name', name: nameText(doc.text, at(i, f), toks[c.tokenEnd - 1].end, f.article && f.clitic), evidence: [ph.evidence], titles: [] });
      i = c.tokenEnd - 1;
      continue;
    }
    // (s8) "استاد خليفة الدولي"، "ملعب حمد الكبير": a facility named after a person by a given name alone (no name was
    // read: a given name that is also a common word), closed by a relational adjective — the name and the adjective are
    // the place's
    if (ph.include && ph.person && owner[j] < 0 && toks[j].kind === 'word' && wi(j).given && formsAt(j).length === 1 && j + 1 < n && owner[j + 1] < 0 &&
      toks[j + 1].kind === 'word' && ((isAdj(toks[j + 1].norm) && !isNat(toks[j + 1].norm)) || toks[j + 1].norm === 'الدولي') && toks[j + 1].norm.startsWith('ال')) {
      let e = j + 2;
      while (e < n && e - j < 3 && isWord(e) && owner[e] < 0 && ((isAdj(toks[e].norm) && !isNat(toks[e].norm)) || toks[e].norm === 'الدولي')) e++;
      claim({ type: 'LOC', tokenStart: i, tokenEnd: e, start: at(i, f), end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, at(i, f), toks[e - 1].end, f.article && f.clitic), evidence: [ph.evidence, 'rule:facility-of-given-name'], titles: [] });
      i = e - 1;
      continue;
    }
    if (ph.personOnly) continue;
    // "عن طريق قطر" (via): a word before the head that makes it a common noun (place-heads.tsv not_after)
    if (ph.notAfter.size && i > 0 && ph.notAfter.has(toks[i - 1].norm)) continue;
    if (owner[j] >= 0) {
      const c = cands[owner[j]];
      if (c.type !== 'LOC' || c.tokenStart !== j) continue;
      // "أعلنت محافظة ريف دمشق"، "وكانت محافظة البصرة قد أعلنت": the administration speaks — an organisation
      // (or of an act of administration, data/entities/body-verbs.tsv: "وقّعت محافظة حلب اتفاقاً", not "وقعت … تحت سيطرة")
      const acts = i > 0 && cx.formStrs(i - 1).some((x) => BODY_VERBS.has(x)) && !(c.tokenEnd < n && BODY_VERB_NOT_BEFORE.has(toks[c.tokenEnd].norm));
      const subject = ph.body && f.off === 0 && ((i > 0 && (wi(i - 1).speech || acts)) || (c.tokenEnd < n && toks[c.tokenEnd].norm === 'قد' && i > 0 && /^[وف]?كان(ت)?$/.test(toks[i - 1].norm)));
      if (subject) {
        c.dead = true;
        for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
        claim({ type: 'ORG', tokenStart: i, tokenEnd: c.tokenEnd, start: toks[i].start, end: toks[c.tokenEnd - 1].end, kind: 'name', name: doc.text.slice(toks[i].start, toks[c.tokenEnd - 1].end), evidence: [ph.evidence, 'rule:place-body-subject'], titles: [] });
        i = c.tokenEnd - 1;
        continue;
      }
      // (s7) "محافظة البصرة" beside the city "البصرة": a governorate named after a city, town or capital of places.tsv is a
      // place of its own, named with its head (place-heads.tsv `admin`); a governorate known as such (province, region)
      // stays the lexicon place, whose bare name is the governorate too ("محافظة ديالى … ديالى")
      // (s9) behind a preposition too: "بمحافظة أربيل"
      if (ph.admin && (f.off === 0 || (f.clitic && !f.article && /^[بل]/.test(toks[i].norm))) && c.lex && c.lex.type === 'LOC' && CITY_KINDS.has(c.lex.kind ?? '')) {
        c.dead = true;
        for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
        claim({ type: 'LOC', tokenStart: i, tokenEnd: c.tokenEnd, start: at(i, f), end: toks[c.tokenEnd - 1].end, kind: 'name', name: nameText(doc.text, at(i, f), toks[c.tokenEnd - 1].end, f.article && f.clitic), evidence: [ph.evidence, 'rule:governorate-of-city'], titles: [] });
        i = c.tokenEnd - 1;
        continue;
      }
      if (!ph.include) {
        if (!c.evidence.includes(ph.evidence)) c.evidence.push(ph.evidence);
        continue;
      }
      // (s9 recall) place-heads.tsv not_country: a head that names its own place before a country's name («وادي الأردن»)
      // leaves the country alone, as before the head was listed
      if (ph.notCountry && c.lex?.id.startsWith('country:')) continue;
      // "طريق دمشق–السويداء": a road between two places is no name of its own
      if (ph.knownOnly && c.tokenEnd < n && toks[c.tokenEnd].kind === 'dash') continue;
      // (s9) a place behind a preposition is no construct with the head: "معسكر بالنيل الأبيض" (a camp in White Nile)
      if (c.start > toks[j].start && /^[بل]/.test(toks[j].norm)) continue;
      // "مطار الحديدة", "ميناء صحار": a facility named after a known place is a place of its own
      let e = c.tokenEnd;
      while (e < n && isWord(e) && owner[e] < 0 && e - c.tokenEnd < 2 && (isAdj(toks[e].norm) && !isNat(toks[e].norm) || toks[e].norm === 'الدولي')) e++;
      c.dead = true;
      for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
      claim({ type: 'LOC', tokenStart: i, tokenEnd: e, start: at(i, f), end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, at(i, f), toks[e - 1].end, f.article && f.clitic), evidence: [ph.evidence], titles: [] });
      i = e - 1;
      continue;
    }
    // heads that name a place only after a known one ("طريق الوكرة", not "طريق الحل"): place-heads.tsv known = yes
    if (ph.knownOnly || !isWord(j) || toks[j].kind !== 'word') continue;
    const w = toks[j].norm;
    // (s9) a name opening with أم/أبو after the head ("معسكر أم صُرّة"، "منطقة أبو غريب"): both words, the head as the table says
    if ((w === 'ام' || w === 'ابو') && owner[j] < 0 && formsAt(j).length === 1 && j + 1 < n && owner[j + 1] < 0 && toks[j + 1].kind === 'word' && !isStop(toks[j + 1].norm) &&
      toks[j + 1].norm.length >= 2 && formsAt(j + 1).length === 1 && !isTitleStart(j + 1) && !lex.given.has(toks[j + 1].norm)) {
      const s0 = ph.include ? at(i, f) : toks[j].start;
      claim({ type: 'LOC', tokenStart: ph.include ? i : j, tokenEnd: j + 2, start: s0, end: toks[j + 1].end, kind: 'name', name: ph.include ? nameText(doc.text, s0, toks[j + 1].end, f.article && f.clitic) : doc.text.slice(s0, toks[j + 1].end), evidence: [ph.evidence, 'rule:place-head+kunya'], titles: [] });
      i = j + 1;
      continue;
    }
    // (a head of common = yes takes a definite common word that is no plural: "حي الجمهورية")
    const commonOk = ph.common && w.startsWith('ال') && w.length >= 5 && !/(ين|ون|ات)$/.test(w) && !isTitleStart(j);
    // (s7) "محطة زي لمعالجة المياه": a facility named by a proper word and the ل-complement of its function
    if (ph.proper && owner[j] < 0 && isWord(j) && toks[j].kind === 'word' && !w.startsWith('ال') && w.length >= 2 && formsAt(j).length === 1 && !isStop(w) && !lex.common.has(w) &&
      !/[ةه]$/.test(toks[j].text) && j + 2 < n && owner[j + 1] < 0 && owner[j + 2] < 0 && toks[j + 1].kind === 'word' && /^ل[^ل]/.test(toks[j + 1].norm) && toks[j + 1].norm.length >= 4 &&
      toks[j + 2].kind === 'word' && toks[j + 2].norm.startsWith('ال') && !isStop(toks[j + 2].norm)) {
      claim({ type: 'LOC', tokenStart: i, tokenEnd: j + 3, start: at(i, f), end: toks[j + 2].end, kind: 'name', name: nameText(doc.text, at(i, f), toks[j + 2].end, f.article && f.clitic), evidence: [ph.evidence, 'rule:facility+function'], titles: [] });
      i = j + 2;
      continue;
    }
    // (s7) "بمنطقة اشتوكة آيت باها": a word, a joiner of wordsets.tsv `place-joiner` and a word after a place head are one name
    if (!ph.include && j + 2 < n && owner[j + 1] < 0 && owner[j + 2] < 0 && isWord(j + 1) && PLACE_JOINERS.has(toks[j + 1].norm) && toks[j + 2].kind === 'word' &&
      !isStop(toks[j + 2].norm) && formsAt(j + 2).length === 1 && !isStop(w) && formsAt(j).length === 1 && !w.startsWith('ال')) {
      claim({ type: 'LOC', tokenStart: j, tokenEnd: j + 3, start: toks[j].start, end: toks[j + 2].end, kind: 'name', name: doc.text.slice(toks[j].start, toks[j + 2].end), evidence: [ph.evidence, 'rule:place-joiner'], titles: [] });
      i = j + 2;
      continue;
    }
    // (s8) a name opening with يا/تا written without a hamza is no imperfect verb ("بلدة ياطر"، "مدينة تارودانت"; a verb: يأتي)
    const raw = toks[j].text.replace(/[\u064B-\u0652\u0640]/g, '');
    const yaTa = (/^يا/.test(raw) && w.length >= 4) || (/^تا/.test(raw) && w.length >= 5);
    if (isStop(w) || isNat(w) || (lex.common.has(w) && !commonOk) || formsAt(j).length > 1 || (/^[يت]/.test(w) && !BERBER.test(w) && !(yaTa && !/[ةه]$/.test(raw))) || w.length < 3) continue;
    // (s8) an indefinite adjective qualifies the head ("مخيم قريب"، "حي جديد"، "مخيم مؤقت"): wordsets.tsv
    // `place-head-adjective` (not the pattern فعيل: "بلدة نصيب")
    // (…or a noun with a pronoun: "في بلدة بعينها")
    if (!w.startsWith('ال') && (PLACE_HEAD_ADJECTIVES.has(w) || (w.length >= 5 && /(ها|هم|هما)$/.test(w))) && !cx.givenTok(j)) continue;
    // (s7) a definite feminine plural after a head is a common noun ("منطقة المهرجانات"، "منطقة العمليات")
    // (s9) after a facility head too, recurring or not: "محطة الحاويات" (the container terminal), "محطة القطارات"
    if ((!ph.include || ph.proper) && w.startsWith('ال') && w.length >= 7 && /ات$/.test(w)) continue;
    // (s7) a facility head (place-heads.tsv `proper`) takes a definite word only of the shape of a relational name or one
    // that recurs without the head ("معمل الزهراني"، "محطة الرميلة … الرميلة"; not "محطة الضخ")
    // (not a verbal noun التفعلة of the shape of a relational name: "محطة التحلية"، "التغذية")
    if (ph.proper && (!w.startsWith('ال') || !((isAdj(w) && !/^الت..يه$/.test(w)) || (wordCount().get(w) ?? 0) > 1))) continue;
    // "بسجن المتهم": a head that is also a verbal noun, after بـ/لـ, before an unknown definite word
    if (ph.masdar && f.off > 0 && /^[بل]/.test(toks[i].norm) && w.startsWith('ال')) continue;
    // bare heads are common nouns ("منطقة آمنة"): require a definite or unknown proper-looking word
    // (s8) but a long noun in ة of no adjective's shape is a name ("منطقة قنفودة"; not فاعلة "آمنة"، مفعولة "محددة"، فعيلة
    // "صغيرة"، the relational ية "صناعية", nor a short فعلة "خطرة")
    const femName = !ph.include && w.length >= 6 && !/^.ا..ه$/.test(w) && !/^[مت]/.test(w) && !/يه$/.test(w) && !/^..ي.ه$/.test(w) && !/^ا/.test(w);
    // (s9) a proper word written with a final ه after a consonant or و/ي, not ة, is no feminine noun: Kurdish and Persian place
    // names ("قرية زيوه"، "بلدة كويه"); not a known word nor a possessive pronoun ("بيته"، "أهله")
    const haName = !w.startsWith('ال') && w.length >= 4 && /[^اة]ه$/.test(toks[j].text.replace(/[\u064B-\u065F\u0670]+$/, '')) && !/(ته|له|نه|به)$/.test(w) &&
      !lex.common.has(w) && !isStop(w) && !knownWords().has(w) && formsAt(j).length === 1;
    if (!w.startsWith('ال') && /(ة|ه)$/.test(toks[j].text) && (!ph.include || /ي[ةه]$/.test(toks[j].text)) && !femName && !haName) continue;
    let e = j + 1;
    // "بلدة عيتا الشعب"، "مخيم عين الحلوة": an unknown indefinite word in construct with a definite one, closed by
    // punctuation or a function word, is a two-word place name
    // (not a feminine adjective agreeing with a feminine head: "هضبة نجد الخصبة")
    const agrees = FEM.test(toks[i].text) && e < n && FEM.test(toks[e].text) && !FEM.test(toks[j].text) && !lex.placeOpeners.has(w);
    if (!agrees && !w.startsWith('ال') && e + 1 <= n && e < n && isWord(e) && owner[e] < 0 && toks[e].kind === 'word' && toks[e].norm.startsWith('ال') && formsAt(e).length === 1 &&
      !isStop(toks[e].norm) && !isAdj(toks[e].norm) && !isNat(toks[e].norm) && (e + 1 >= n || toks[e + 1].kind !== 'word' || isStop(toks[e + 1].norm) ||
        // (s7) or the two words recur without the head: "قرب محافظة مهد الذهب عُلّقت … في مهد الذهب"
        pairCount().get(`${w} ${toks[e].norm}`)! > 1)) e++;
    while (e < n && e - j < 3 && isWord(e) && owner[e] < 0 && (isAdj(toks[e].norm) && !isNat(toks[e].norm) || toks[e].norm === 'الدولي')) e++;
    const start = ph.include ? at(i, f) : toks[j].start;
    claim({ type: 'LOC', tokenStart: ph.include ? i : j, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, start, toks[e - 1].end, ph.include && f.article && f.clitic), evidence: [ph.evidence], titles: [] });
    i = e - 1;
  }
}

/**
 * A one-word country that is also a nationality adjective ("السعودية") right after an organisation's name, or
 * after the closing quote of one, agrees with it as an adjective: صحيفة "الشرق الأوسط" السعودية — no place.
 */
export function adjectiveCountryFilter(cx: Ctx): void {
  const { toks, cands, owner, isNat } = cx;
  for (const c of cands) {
    if (c.dead || c.type !== 'LOC' || !c.lex || c.tokenEnd - c.tokenStart !== 1 || c.tokenStart < 2) continue;
    const k = c.tokenStart;
    const w = toks[k].norm;
    // (s9r3) a country name never takes the accusative tanween: "مواطناً سورياً" is the nisba adjective (سوريّاً) of an
    // indefinite noun; bare of harakat it is one only right after such a noun written with its tanween ("مواطناً سوريا")
    const tanween = (t: string) => /[\u064B](?:ا)?$|اً$/.test(t);
    if (c.start === toks[k].start && /يا/.test(w.slice(-2)) && (tanween(toks[k].text) || (toks[k - 1].kind === 'word' && tanween(toks[k - 1].text) && owner[k - 1] < 0))) {
      c.dead = true;
      owner[k] = -1;
      continue;
    }
    // (the definite adjective may be listed only indefinite: "سعودية")
    if (c.start !== toks[k].start || !(isNat(w) || (w.startsWith('ال') && isNat(w.slice(2))))) continue;
    const p = toks[k - 1].kind === 'quote' ? k - 2 : k - 1;
    const o = owner[p] >= 0 ? cands[owner[p]] : undefined;
    // (s9) a country named by its feminine nisba ("السعودية") right after a definite common noun qualifies it: "الأسر
    // السعودية"، "الأسواق السعودية" (not after a function word, a head or a title: "في السعودية"، "المملكة السعودية")
    const afterNoun = !o && p === k - 1 && toks[p].kind === 'word' && /^ال/.test(toks[p].text) && toks[p].norm.length >= 4 && !cx.isStop(toks[p].norm) && !isNat(toks[p].norm) &&
      !cx.isTitleStart(p) && !cx.formStrs(p).some((x) => cx.lex.orgHeadFirst.has(x) || cx.lex.placeHeads.has(x) || cx.lex.titleFirst.has(x));
    if (!afterNoun && (!o || o.dead || o.type !== 'ORG' || o.tokenEnd !== p + 1)) continue;
    c.dead = true;
    owner[k] = -1;
  }
}

/**
 * "أحياء الفردوس والصالحين والمشارقة"، "محافظات الحديدة وصنعاء وتعز وحجة": the names after a plural place head
 * (place-heads.tsv include = list), joined by و or commas, are places. A name no lexicon holds must not be a
 * common word or an indefinite noun in ة, unless the list already holds a known place. Returns the end of the list.
 */
function placeList(cx: Ctx, j: number, evidence: string): number {
  const { doc, lex, toks, n, cands, owner, claim, formsAt, isStop, isNat, isAdj, isTitleStart } = cx;
  let q = j;
  let count = 0;
  let known = false;
  const found: Cand[] = [];
  for (let guard = 0; guard < 8 && q < n; guard++) {
    let off = 0;
    let comma = false;
    if (count > 0) {
      // the next conjunct: "، X" or "وX" (و written fused to the name)
      if (PUNCT_COMMA.has(toks[q].text) && q + 1 < n && toks[q + 1].kind === 'word') {
        q++;
        if (doc.text[toks[q].start] === 'و' && (toks[q].norm.length >= 4 || toks[q].norm === 'وام')) off = 1; else comma = true;
      }
      else if (toks[q].kind === 'word' && doc.text[toks[q].start] === 'و' && (toks[q].norm.length >= 4 || toks[q].norm === 'وام')) off = 1;
      else break;
    }
    const c = owner[q] >= 0 ? cands[owner[q]] : undefined;
    // (a name after a comma is inside the list: another conjunct follows it, "X، Y، وZ")
    const inside = (e: number) => e < n && (PUNCT_COMMA.has(toks[e].text) || (toks[e].kind === 'word' && doc.text[toks[e].start] === 'و'));
    if (c && c.type !== 'LOC' && !c.dead && c.tokenStart === q && c.tokenEnd === q + 1 && !(comma && !inside(q + 1))) {
      // (s9) after a dual head, a one-word name another entity took that the lexicon holds with the singular head is that
      // place: "ولايتي الخرطوم والجزيرة" → "ولاية الجزيرة" (not the channel)
      const headNorm = j > 0 ? toks[j - 1].norm : '';
      const sing = headNorm.endsWith('تي') ? headNorm.slice(0, -2) + 'ه' : '';
      const w = toks[q].norm.slice(doc.text[toks[q].start] === 'و' && c.start > toks[q].start ? 1 : 0);
      const hm = sing ? lex.trie.longestAt((x) => (x === 0 ? sing : w), 0, [sing]) : undefined;
      const hv = hm && hm.length === 2 ? hm.values.find((v) => v.entry.type === 'LOC') : undefined;
      if (hv) {
        c.dead = true;
        owner[q] = -1;
        found.push({ type: 'LOC', tokenStart: q, tokenEnd: q + 1, start: c.start, end: c.end, kind: 'name', name: hv.entry.name, lex: hv.entry, evidence: [hv.entry.evidence, evidence, 'rule:place-list'], titles: [] });
        q++; count++; known = true;
        continue;
      }
    }
    if (c) {
      if (c.dead || c.type !== 'LOC' || c.tokenStart !== q || (comma && !inside(c.tokenEnd))) break;
      q = c.tokenEnd; count++; known = true;
      continue;
    }
    if (toks[q].kind !== 'word') break;
    const w = toks[q].norm.slice(off);
    // (s9) a name opening with أم/أبو takes the next word: "محليتي جبل أولياء وأم بدة"
    if ((w === 'ام' || w === 'ابو') && q + 1 < n && owner[q + 1] < 0 && toks[q + 1].kind === 'word' && !isStop(toks[q + 1].norm) && toks[q + 1].norm.length >= 2 && formsAt(q + 1).length === 1) {
      const e = q + 2;
      if (comma && !inside(e)) break;
      const start = toks[q].start + off;
      found.push({ type: 'LOC', tokenStart: q, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: doc.text.slice(start, toks[e - 1].end), evidence: [evidence, 'rule:place-list'], titles: [] });
      q = e;
      count++;
      continue;
    }
    if (w.length < 3 || isStop(w) || isStop(toks[q].norm) || isNat(w) || isTitleStart(q) || (off === 0 && formsAt(q).length > 1) || lex.given.has(w)) break;
    // (an accusative in ـاً is an adverb or an object: "، رداً على")
    if (/ا$/.test(w) && /\u064B/.test(toks[q].text)) break;
    // (a noun with a possessive pronoun refers back: "مدن الغوطة وبلداتها")
    if (/(ها|هم|هما)$/.test(w)) break;
    // (the first name of a list is no plural of people or things: "مخيمات النازحين والمرافق الصحية"; no name is a
    // feminine plural or opens like a verb or a verbal noun: "محافظات المملكة واللقاءات"، "قرى الحدود، وتسليم")
    if ((count === 0 && /(ين|ون)$/.test(w)) || /ات$/.test(w) || /^[يت]/.test(w)) break;
    // (s8) a past verb of the plural after a comma is the next clause: "مديريتي المنصورة والشيخ عثمان، وأحرقوا"
    // (…and a past verb of a derived form in ت: "، واعتقلت"، "، واستهدفت")
    if ((/وا$/.test(w) && w.length >= 5) || (!w.startsWith('ال') && /^ا.{3,}ت$/.test(w))) break;
    // (s9) a head of places or organisations is no name of the list but the next phrase: "مدن وبلدات الريف ومركز العاصمة"
    if (lex.placeHeads.has(w) || lex.orgHeadFirst.has(w)) break;
    const plain = lex.common.has(w) || (!w.startsWith('ال') && FEM.test(toks[q].text));
    if (plain && !known) break;
    let e = q + 1;
    // a two-word name with its adjective ("والشونة الشمالية")
    if (e < n && owner[e] < 0 && toks[e].kind === 'word' && isAdj(toks[e].norm) && !isNat(toks[e].norm)) e++;
    if (comma && !inside(e)) break;
    const start = toks[q].start + off;
    // (s8) after a dual head, a name the lexicon holds with the singular head is that place: "مخيمي الزعتري والأزرق" →
    // "مخيم الزعتري"
    const headNorm = j > 0 ? toks[j - 1].norm : '';
    const sing = headNorm.endsWith('تي') ? headNorm.slice(0, -2) + 'ه' : headNorm.endsWith('ي') ? headNorm.slice(0, -1) : '';
    const hm = sing && e === q + 1 ? lex.trie.longestAt((x) => (x === 0 ? sing : w), 0, [sing]) : undefined;
    const hv = hm && hm.length === 2 ? hm.values.find((v) => v.entry.type === 'LOC') : undefined;
    if (hv) {
      found.push({ type: 'LOC', tokenStart: q, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: hv.entry.name, lex: hv.entry, evidence: [hv.entry.evidence, evidence, 'rule:place-list'], titles: [] });
      q = e;
      count++;
      known = true;
      continue;
    }
    found.push({ type: 'LOC', tokenStart: q, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: doc.text.slice(start, toks[e - 1].end), evidence: [evidence, 'rule:place-list'], titles: [] });
    q = e;
    count++;
  }
  // one name alone after a plural head may be a common noun ("أحياء الأطراف"): a list needs two names
  if (count < 2) return j;
  // (s8) relational adjectives alone qualify the head ("منطقتي الصناعية والتجارية"): no place unless one is known
  if (!known && found.every((c) => c.tokenEnd - c.tokenStart === 1 && isAdj(toks[c.tokenStart].norm.slice(doc.text[toks[c.tokenStart].start] === 'و' && c.start > toks[c.tokenStart].start ? 1 : 0)))) return j;
  for (const c of found) claim(c);
  return q;
}

/**
 * "في حي الرمل الجنوبي"، "الأغوار الشمالية": a place followed by an adjective of direction (data/entities/place-adjectives.tsv)
 * is another, smaller place named by both — not when the place is the second term of a construct ("حدود لبنان
 * الجنوبية": the adjective qualifies the borders). Lexicon places lose their entry (another place); a place head's
 * name ("حي الرمل") keeps its head.
 */
export function placeAdjectivePass(cx: Ctx): void {
  const { doc, lex, toks, n, cands, owner, formsAt, isStop } = cx;
  for (const c of cands) {
    if (c.dead || c.type !== 'LOC' || c.kind !== 'name' || c.tokenEnd >= n || owner[c.tokenEnd] >= 0 || toks[c.tokenEnd].kind !== 'word') continue;
    const ev = PLACE_ADJECTIVES.get(toks[c.tokenEnd].norm);
    if (!ev) continue;
    const k = c.tokenStart;
    // (the mention starts the token, or follows a clitic preposition: "بالرمل"، "في X"; a word before it that is no
    // function word, place head, punctuation or preposition — wordsets.tsv `place-adjective-prep` — holds it in construct)
    const p = k > 0 ? toks[k - 1] : undefined;
    const headed = c.evidence.some((e) => e.startsWith('rule:place-head'));
    if (!headed && c.start === toks[k].start && p && p.kind === 'word' && !isStop(p.norm) && !cx.wi(k - 1).placeHead && !formsAt(k - 1).some((f) => f.article) && !PLACE_ADJECTIVE_PREPS.has(p.norm) && !(/^[وف]/.test(p.norm) && PLACE_ADJECTIVE_PREPS.has(p.norm.slice(1)))) continue;
    void lex;
    const end = toks[c.tokenEnd].end;
    owner[c.tokenEnd] = owner[k];
    c.tokenEnd++;
    c.end = end;
    const text = doc.text.slice(c.start, end);
    c.name = headed || !c.lex ? c.name + ' ' + toks[c.tokenEnd - 1].text : (/^[اأإآ]ل/.test(text) || !/^ال/.test(c.name) ? text : 'ال' + text);
    c.lex = undefined;
    c.short = false;
    c.evidence.push(ev);
  }
}

/**
 * "في حي الرمل الجنوبي … في الرمل الجنوبي": the name a head of quarters introduced (place-heads.tsv include = yes and
 * common = yes: "حي X") recurs without its head; that is the same place. The rest must be two words or more, or one word that is no common word or
 * adjective ("حي السلام" does not make every "السلام" a place). The first word may carry clitics.
 */
export function placeTailPass(cx: Ctx): void {
  const { lex, toks, n, cands, owner, claim, formIn, formsAt, wordAt, at, isAdj } = cx;
  const tails = new Map<string, Cand[]>();
  for (const c of cands) {
    if (c.dead || c.type !== 'LOC' || c.lex || c.kind !== 'name' || c.tokenEnd - c.tokenStart < 2) continue;
    const h = cx.wi(c.tokenStart).placeHead;
    // (heads of quarters only, place-heads.tsv common = yes: "مطار X" or "مخيم X" is named after a town X)
    if (!h || !lex.placeHeads.get(h.form)?.include || !lex.placeHeads.get(h.form)?.common || !c.evidence.some((e) => e.startsWith('rule:place-head'))) continue;
    const first = wordAt(c.tokenStart + 1);
    if (!first) continue;
    if (c.tokenEnd - c.tokenStart === 2 && (lex.common.has(first) || lex.common.has(first.replace(/^ال/, '')) || isAdj(first) || first.length < 5)) continue;
    const l = tails.get(first);
    if (l) l.push(c); else tails.set(first, [c]);
  }
  if (!tails.size) return;
  for (let k = 0; k < n; k++) {
    if (owner[k] >= 0 || toks[k].kind !== 'word' || !formIn(k, tails)) continue;
    const f = formsAt(k).find((x) => tails.has(x.form))!;
    const c = tails.get(f.form)!.find((x) => {
      const len = x.tokenEnd - x.tokenStart - 1;
      if (k + len > n) return false;
      for (let q = 1; q < len; q++) if (owner[k + q] >= 0 || wordAt(k + q) !== wordAt(x.tokenStart + 1 + q)) return false;
      return true;
    });
    if (!c) continue;
    const len = c.tokenEnd - c.tokenStart - 1;
    claim({ type: 'LOC', tokenStart: k, tokenEnd: k + len, start: at(k, f), end: toks[k + len - 1].end, kind: 'name', name: c.name, evidence: [...c.evidence, 'rule:place-name-without-head'], titles: [] });
    k += len - 1;
  }
}
