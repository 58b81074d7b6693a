// Pass 1: lexicon matches (longest phrase per position, first word also in its clitic-stripped forms),
// homograph decisions, organisations called by their definite word alone, the home kingdom/sultanate.
import { isArabicMark, normalize, normalizeCached } from '../text/normalize.ts';
import type { Ctx } from './context.ts';
import type { LexEntry } from './lexicon.ts';
import { resolveHomographs } from './homographs.ts';
import { nameText } from './context.ts';
import { loadTsv } from '../lexicon/tsv.ts';
import { BODY_ADJECTIVES, DATELINE_NOT_OUTLET } from './wordsets.ts';

export function lexiconPass(cx: Ctx): void {
  const { lex, toks, n, claim, isWord, wordAt, wi, formsAt, formStrs, at, cands } = cx;
  // (s8) candidates of multi-word homograph forms no entry names, and those forms met before an organisation head
  const homographOnly: number[] = [];
  const headed = new Set<string>();
  // 1. lexicon
  for (let i = 0; i < n; ) {
    if (!isWord(i)) { i++; continue; }
    if (!wi(i).first) { i++; continue; }
    const forms = formsAt(i);
    const ms = lex.trie.matchAt(wordAt, i, formStrs(i));
    if (!ms.length) { i++; continue; }
    const best = ms[0];
    // a longer title phrase from the same word is the role, not the name ("القائم بالأعمال" is no town القائم)
    if ((cx.titleAt(i, formStrs(i))?.length ?? 0) > best.length) { i++; continue; }
    const hit = best.values.find((v) => v.form === 'name') ?? best.values[0];
    const f = forms.find((x) => x.form === best.first)!;
    // (s9) a whole word written و/ف/ب/ل + a hamza seat is clitic + a hamza-initial word ("وأم بدة" = "و" + "أم"), never the
    // hamza-less name it folds to ("وام", the news agency)
    if (best.length === 1 && f.off === 0 && /^[وفبل][أإآ]/.test(toks[i].text)) { i++; continue; }
    const last = toks[i + best.length - 1];
    // "مجلس الأمن المركزي"، "النيابة العامة العسكرية": an adjective of data/entities/body-adjectives.tsv right after a
    // known organisation's name makes another body, named by the phrase, with no lexicon entry
    let e = i + best.length;
    while (hit.entry.type === 'ORG' && e < n && toks[e].kind === 'word' && BODY_ADJECTIVES.has(toks[e].norm) && !lex.firstWords.has(toks[e].norm)) e++;
    if (e > i + best.length) {
      const start = at(i, f);
      claim({ type: 'ORG', tokenStart: i, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: nameText(cx.doc.text, start, toks[e - 1].end, f.article && f.clitic),
        evidence: ['rule:lexicon-body-adjective(data/entities/body-adjectives.tsv)'], titles: [] });
      i = e;
      continue;
    }
    // (session 6) a lexicon person's name followed by a kunya family name ("خليل إبراهيم أبو سمرة") is another,
    // longer name: a person no lexicon entry holds
    if (hit.entry.type === 'PER' && hit.form === 'name' && e + 1 < n && toks[e].norm === 'ابو' && toks[e + 1].kind === 'word' && !lex.stop.has(toks[e + 1].norm) &&
      !toks[e + 1].norm.startsWith('ال') && ![...hit.entry.forms].some((x) => x.includes(' ابو '))) {
      const start = at(i, f);
      claim({ type: 'PER', tokenStart: i, tokenEnd: e + 2, start, end: toks[e + 1].end, kind: 'name', name: nameText(cx.doc.text, start, toks[e + 1].end, false), evidence: ['rule:lexicon-name-extended'], titles: [] });
      i = e + 2;
      continue;
    }
    // (session 6) a platform (orgs.tsv kind platform, MISC) right after a verb of saying is the company speaking
    // ("وقالت إكس في بيان"): an organisation, another referent than the medium (no lexicon id, so no merge with it)
    const acting = hit.entry.kind === 'platform' && i > 0 && isWord(i - 1) && wi(i - 1).speech;
    // (s8) the matched form, for the homograph pass: one word, or a multi-word form of homographs.tsv
    let form: string | undefined = best.first;
    for (let k = i + 1; k < i + best.length; k++) form += ' ' + wordAt(k);
    if (best.length > 1 && !lex.homographs.has(form)) form = undefined;
    // (s8) a form no entry names ("مجلس النواب") followed by an adjective or a nationality ("مجلس النواب البحريني"، "المجلس
    // الرئاسي الانتقالي") is another, longer name: left to the grammar passes
    if (hit.form === 'homograph') {
      const nx = e < n ? toks[e] : undefined;
      // (nor before an organisation head, "مجلس النواب لتنظيم …": the head grammar reads the pair as before)
      if (nx && nx.kind === 'word' && (lex.nationality.has(nx.norm) || (nx.norm.startsWith('ال') && nx.norm.length > 3 && !cx.isStop(nx.norm)))) { i++; continue; }
      // (nor before an organisation head behind لـ, "مجلس النواب لتنظيم …": the head grammar reads the phrase as before, and
      // the other mentions of the form in the article with it, so that they stay one entity)
      if (nx && nx.kind === 'word' && nx.norm.startsWith('ل') && formStrs(e).some((w) => w !== nx.norm && lex.orgHeadFirst.has(w))) { headed.add(form!); i++; continue; }
    }
    const id = claim({
      type: acting ? 'ORG' : hit.entry.type, tokenStart: i, tokenEnd: i + best.length, start: at(i, f), end: last.end, kind: 'name',
      name: hit.entry.name, lex: acting ? undefined : hit.entry, short: hit.form === 'short', evidence: acting ? [hit.entry.evidence, 'rule:platform-speaking'] : [hit.entry.evidence], titles: [],
      form,
    });
    if (hit.form === 'homograph' && id >= 0) homographOnly.push(id);
    i += best.length;
  }
  for (const x of homographOnly) {
    const c = cands[x];
    if (!headed.has(c.form!)) continue;
    c.dead = true;
    for (let k = c.tokenStart; k < c.tokenEnd; k++) if (cx.owner[k] === x) cx.owner[k] = -1;
  }
}

export function homographPass(cx: Ctx): void {
  const { doc, lex, cands, wi, formStrs } = cx;
  // 1c (below) needs the homograph decisions; 1b. homographs ("عمان": Oman or Amman), one decision per mention from spelling and context
  for (const ch of resolveHomographs(doc, lex, cands, formStrs, (k) => wi(k).nat, doc.meta.country)) {
    const c = ch.cand;
    const e = ch.reading.entry;
    if (!e) {
      // (s8) the generic reading: no lexicon entity; the words are left to the grammar passes ("مجلس النواب" of a
      // country the lexicon holds no parliament of is an organisation-head name, as without the homograph row); the
      // common noun (row `~`: "صور الضحايا") likewise
      c.dead = true;
      for (let k = c.tokenStart; k < c.tokenEnd; k++) if (cx.owner[k] === cands.indexOf(c)) cx.owner[k] = -1;
      continue;
    }
    if (c.lex !== e) {
      c.lex = e;
      c.type = e.type;
      c.name = e.name;
      c.short = false;
      c.evidence = [e.evidence];
      // (s9) a reading that names the form without its first letter, a clitic ("وجدة" = "و" + "جدة"): the mention starts
      // after the clitic (and its harakat)
      const f = c.form;
      if (f && c.tokenEnd === c.tokenStart + 1 && !e.forms.has(f) && /^[وفبل]/.test(f) && e.forms.has(f.slice(1))) {
        let s = c.start + 1;
        while (s < c.end && isArabicMark(doc.text.charCodeAt(s))) s++;
        c.start = s;
      }
    }
    c.evidence.push(ch.reading.evidence);
  }
}

export function orgRestPass(cx: Ctx): void {
  const { lex, toks, n, cands, owner, claim, formIn, formsAt, at } = cx;
  // 1c. an organisation named "head + definite word" ("حركة النهضة", "حزب الكتائب") is also called by the
  // definite word alone ("النهضة"); only words that are not common words, given names or function words
  const rests = new Map<string, LexEntry | null>();
  for (const c of cands) {
    if (c.type !== 'ORG' || !c.lex) continue;
    const ws = normalizeCached(c.lex.name).split(' ');
    if (ws.length !== 2 || !lex.orgHeadFirst.has(ws[0]) || ws[0].startsWith('ال') || !ws[1].startsWith('ال') || ws[1].length < 5) continue;
    if (lex.common.has(ws[1]) || lex.given.has(ws[1]) || lex.stop.has(ws[1]) || lex.nationality.has(ws[1]) || lex.firstWords.has(ws[1])) continue;
    const prev = rests.get(ws[1]);
    rests.set(ws[1], prev === undefined || prev === c.lex ? c.lex : null);
  }
  if (rests.size) {
    for (let k = 0; k < n; k++) {
      if (owner[k] >= 0 || toks[k].kind !== 'word' || !formIn(k, rests)) continue;
      const f = formsAt(k).find((x) => rests.get(x.form));
      if (!f) continue;
      const e = rests.get(f.form)!;
      claim({ type: 'ORG', tokenStart: k, tokenEnd: k + 1, start: at(k, f), end: toks[k].end, kind: 'name', name: e.name, lex: e, evidence: [e.evidence, 'rule:org-head-dropped'], titles: [] });
    }
  }
}

export function homeKingdomPass(cx: Ctx): void {
  const { doc, lex, toks, n, owner, claim, formIn, formsAt, at } = cx;
  // 1e. "المملكة"، "السلطنة" alone in a story of a kingdom or sultanate (meta.country): that country, when its
  // own name in the lexicon is "المملكة …/مملكة …" ("إيرادات المملكة" in a Saudi story)
  const home = doc.meta.country ? lex.byId.get('country:' + doc.meta.country.toUpperCase()) : undefined;
  if (home) {
    const heads = new Set<string>();
    for (const form of home.forms) {
      const w0 = form.split(' ')[0];
      if (form.includes(' ') && /^(ال)?(مملكه|سلطنه)$/.test(w0)) heads.add(w0.startsWith('ال') ? w0 : 'ال' + w0);
    }
    for (let k = 0; heads.size && k < n; k++) {
      if (owner[k] >= 0 || toks[k].kind !== 'word' || !formIn(k, heads)) continue;
      const f = formsAt(k).find((x) => heads.has(x.form))!;
      // "المملكة المتحدة" and other names are lexicon matches already; a following adjective makes another kingdom
      const nx = k + 1 < n ? toks[k + 1] : undefined;
      if (nx && nx.kind === 'word' && nx.norm.startsWith('ال') && !lex.stop.has(nx.norm)) continue;
      claim({ type: 'LOC', tokenStart: k, tokenEnd: k + 1, start: at(k, f), end: toks[k].end, kind: 'name', name: home.name, lex: home, evidence: [home.evidence, 'rule:home-kingdom(meta.country)'], titles: [] });
    }
  }
}

/** Each paragraph with the index of its first token (one forward pass over the tokens). */
function* paragraphStarts(cx: Ctx): Generator<[number, Ctx['doc']['paragraphs'][number]]> {
  const { doc, toks, n } = cx;
  let k = 0;
  for (const p of doc.paragraphs) {
    while (k < n && toks[k].start < p.start) k++;
    yield [k, p];
  }
}

/**
 * 1f. "مسقط في ٦ مايو /العُمانية/ –", "(الكويتية)": a country's nationality adjective set off by slashes or brackets in
 * the dateline of a paragraph (its first words, before the dash) is that country's news agency, when the lexicon
 * holds one named "وكالة الأنباء + adjective". Bounded: at most 12 tokens from each paragraph start.
 */
export function datelineAgencyPass(cx: Ctx): void {
  const { lex, toks, n, owner, claim } = cx;
  for (const [k, p] of paragraphStarts(cx)) {
    for (let q = k + 1; q + 1 < n && q < k + 12 && toks[q].start < p.end; q++) {
      if (toks[q].kind === 'dash') break;
      const open = toks[q - 1].text, close = toks[q + 1].text;
      if (toks[q].kind !== 'word' || owner[q] >= 0 || !((open === '/' && close === '/') || (open === '(' && close === ')'))) continue;
      // the agency's own name, from the adjective ("العمانية" → "وكالة الأنباء العمانية")
      const fw = ['وكاله', 'الانباء', toks[q].norm];
      const hit = lex.nationality.has(toks[q].norm) ? lex.trie.matchAt((x) => fw[x], 0, [fw[0]]).find((h) => h.length === 3) : undefined;
      const e = hit?.values.find((v) => v.entry.type === 'ORG')?.entry;
      if (!e) continue;
      claim({ type: 'ORG', tokenStart: q, tokenEnd: q + 1, start: toks[q].start, end: toks[q].end, kind: 'name', name: e.name, lex: e, evidence: [e.evidence, 'rule:dateline-agency'], titles: [] });
    }
  }
}

/** (s8) data/entities/bracket-abbrevs.tsv: normalised abbreviation (letters space-joined) → organisation id and row. */
let ABBREVS: Map<string, { id: string; evidence: string }> | null = null;
function bracketAbbrevs(): Map<string, { id: string; evidence: string }> {
  if (!ABBREVS) ABBREVS = new Map(loadTsv('entities/bracket-abbrevs.tsv').map((r) => [normalize(r.abbrev).split(/\s+/).join(' '), { id: 'org:' + r.org, evidence: `lexicon:data/${r.__line}` }]));
  return ABBREVS;
}
const BRACKET_CLOSE: Record<string, string> = { '(': ')', '/': '/', '«': '»', '"': '"', '“': '”', '\'': '\'' };

/**
 * (s8) An agency or outlet named by its abbreviation alone between brackets, slashes or quotation marks: "غزة (د ب أ)"،
 * "في تصريح لـ(وات)"، "لمراسل «أ ف ب»". Bare, several abbreviations are ordinary words (وات، ومع), so only the enclosed form
 * counts. One to five letters or words inside, dots between letters skipped ("أ.ف.ب"); bounded look-ahead, linear.
 */
export function bracketAbbrevPass(cx: Ctx): void {
  const { lex, toks, n, owner, claim } = cx;
  const map = bracketAbbrevs();
  for (let q = 0; q + 2 < n; q++) {
    const close = BRACKET_CLOSE[toks[q].text];
    if (!close) continue;
    const ws: string[] = [];
    let c = q + 1;
    for (; c < n && c - q <= 6 && toks[c].text !== close; c++) {
      if (toks[c].kind === 'word' && owner[c] < 0) ws.push(toks[c].norm);
      else if (toks[c].text !== '.') break;
    }
    if (c >= n || toks[c].text !== close || !ws.length || toks[c - 1].kind !== 'word') continue;
    const hit = map.get(ws.join(' '));
    const e = hit ? lex.byId.get(hit.id) : undefined;
    if (!e || !hit) continue;
    claim({ type: e.type, tokenStart: q + 1, tokenEnd: c, start: toks[q + 1].start, end: toks[c - 1].end, kind: 'name', name: e.name, lex: e, evidence: [hit.evidence, 'rule:bracket-abbreviation'], titles: [] });
    q = c;
  }
}

/**
 * (s8) A dateline line of its own, "CITY – OUTLET" ("عمّان - الرأي"): one to three unclaimed words after a known place and a
 * dash, and nothing else on the line, name the outlet the report comes from (not the bylines of
 * data/entities/wordsets.tsv `dateline-not-outlet`: "خاص"، "وكالات").
 */
export function datelineOutletPass(cx: Ctx): void {
  const { doc, toks, n, owner, cands, claim } = cx;
  for (const [k, p] of paragraphStarts(cx)) {
    // (s8) "مقديشو، 14 أيار/مايو (الصومال الجديد) –": the bracket of a dateline, right before its dash, names the outlet
    // (not a known place filling it, "(تشاد)"، "(رام الله)", nor a byline, "(خاص)"، "(وكالات)")
    for (let q = k + 1; q + 2 < n && q < k + 20 && toks[q].start < p.end; q++) {
      if (toks[q].kind === 'dash') break;
      if (toks[q].text !== '(') continue;
      let c = q + 1;
      while (c < n && c - q <= 4 && toks[c].kind === 'word') c++;
      if (c >= n || toks[c].text !== ')' || c === q + 1 || c - q > 4 || c + 1 >= n || toks[c + 1].kind !== 'dash') break;
      let ok = true;
      for (let x = q + 1; x < c && ok; x++) {
        if (DATELINE_NOT_OUTLET.has(toks[x].norm) || (x === q + 1 && cx.isStop(toks[x].norm))) ok = false;
        const o = owner[x] >= 0 ? cands[owner[x]] : undefined;
        // (a name inside that fills the bracket is the known thing itself: a place, or an agency the lexicon holds)
        if (o && !o.dead && (o.tokenStart < q + 1 || o.tokenEnd > c || (o.tokenStart === q + 1 && o.tokenEnd === c))) ok = false;
      }
      if (!ok) break;
      for (let x = q + 1; x < c; x++) if (owner[x] >= 0) { cands[owner[x]].dead = true; owner[x] = -1; }
      const start = toks[q + 1].start, end = toks[c - 1].end;
      claim({ type: 'ORG', tokenStart: q + 1, tokenEnd: c, start, end, kind: 'name', name: doc.text.slice(start, end), evidence: ['rule:dateline-outlet'], titles: [] });
      break;
    }
    let e = k;
    while (e < n && toks[e].start < p.end) e++;
    if (e - k < 3 || e - k > 5 || owner[k] < 0 || cands[owner[k]].type !== 'LOC' || cands[owner[k]].tokenEnd !== k + 1 || toks[k + 1].kind !== 'dash') continue;
    let ok = true;
    for (let q = k + 2; q < e; q++) if (toks[q].kind !== 'word' || owner[q] >= 0 || DATELINE_NOT_OUTLET.has(toks[q].norm)) ok = false;
    if (!ok) continue;
    const start = toks[k + 2].start, end = toks[e - 1].end;
    claim({ type: 'ORG', tokenStart: k + 2, tokenEnd: e, start, end, kind: 'name', name: doc.text.slice(start, end), evidence: ['rule:dateline-outlet'], titles: [] });
  }
}

/**
 * (s8) A one-word lexicon name of the shape of a definite elative (الأفعل، الأفعى: "الأقصى") right after a definite noun
 * agrees with it as an adjective: "الحد الأقصى"، "الحمل الأقصى" (the maximum) name no mosque. Inside a longer lexicon name
 * ("المسجد الأقصى"، "الشرق الأقصى") the trie took the whole phrase first.
 */
export function elativeFilter(cx: Ctx): void {
  const { toks, cands, owner } = cx;
  for (const c of cands) {
    if (c.dead || !c.lex || c.tokenEnd - c.tokenStart !== 1 || c.tokenStart < 1) continue;
    const k = c.tokenStart;
    // (an elative without the article, أفعى, spelt unlike the name: "الرئاسة أدرى بحساباتها" is no town أدري)
    const raw = toks[k].text.replace(/[\u064B-\u0652\u0640]/g, '');
    if (c.start === toks[k].start && /^أ[^\s]{2}ى$/.test(raw) && !c.lex.name.endsWith('ى')) { c.dead = true; continue; }
    if (c.start !== toks[k].start || !/^الا(...|..ي)$/.test(toks[k].norm)) continue;
    const p = toks[k - 1];
    if (p.kind !== 'word' || owner[k - 1] >= 0 || !p.norm.startsWith('ال') || p.norm.length < 4 || cx.isStop(p.norm)) continue;
    // (the word stays claimed: the grammar passes read it as they read the name, an adjective closing the phrase before it)
    c.dead = true;
  }
}
