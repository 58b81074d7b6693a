// Pass 3: within-document coreference — surnames and partial names of persons seen in full, lexicon short
// forms, titles attached to persons and role descriptions established by apposition — then one Entity per
// group with its mentions.
import type { Entity, EntityType } from '../contract.ts';
import { normalize } from '../text/normalize.ts';
import type { Ctx } from './context.ts';
import { homeCountry, isGenericInstitution } from './institutions.ts';
import { romanize } from './romanize.ts';
import type { Cand, EntityLayer, EntityMention, TitleOcc } from './types.ts';
import { ABD_NAMES, COMPOUND_SECOND, CONNECT, LINKERS, PARTICLES, PATRONYMIC, PERSON_OBJECT_VERBS, PUNCT_COMMA } from './wordsets.ts';

const romanCache = new Map<string, string>();
// keyed by type too: the construct rule and person names read the type (src/entities/romanize.ts)
function romanizeCached(name: string, type: EntityType): string {
  const k = type + '\t' + name;
  let r = romanCache.get(k);
  if (r === undefined) {
    if (romanCache.size >= 20000) romanCache.clear();
    romanCache.set(k, (r = romanize(name, type)));
  }
  return r;
}

const ARTICLE_LESS = (w: string) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);

export function resolve(cx: Ctx, titleOccs: TitleOcc[]): EntityLayer {
  const { doc, lex, cands, owner, formsAt, wordAt, wi: wordInfo, formIn } = cx;
  const toks = doc.tokens;
  const n = toks.length;
  const live = () => cands.filter((c) => !c.dead);
  // group keys
  // names repeat (one candidate per mention): normalise and split each distinct name once
  const normCache = new Map<string, string>();
  const normName = (name: string): string => {
    let v = normCache.get(name);
    if (v === undefined) normCache.set(name, (v = normalize(name)));
    return v;
  };
  const wordsCache = new Map<string, string[]>();
  const nameWords = (name: string): string[] => {
    let v = wordsCache.get(name);
    if (v === undefined) wordsCache.set(name, (v = normName(name).split(/\s+/)));
    return v;
  };
  for (const c of cands) c.key = c.lex ? 'lex:' + c.lex.id : `${c.type}:${normName(c.name)}`;
  // a name given in brackets after an organisation ("(تداول)") found alone elsewhere is that organisation
  for (const c of cx.aliases.size ? cands : []) {
    const t = c.lex || c.dead || c.type !== 'ORG' ? undefined : cx.aliases.get(normName(c.name));
    if (t && t !== c && !t.dead) { c.key = t.key; c.name = t.name; c.evidence.push('rule:bracketed-alias'); }
  }

  // persons seen with a full name (≥ 2 words)
  const fullPersons = new Map<string, { key: string; words: string[] }>();
  // persons introduced by a title ("رئيس مجلس الأمة أحمد السعدون"): their definite surname is a name too
  const titled = new Set<string>();
  for (const c of live()) {
    if (c.type !== 'PER' || c.short) continue;
    const ws = nameWords(c.lex ? c.lex.name : c.name);
    if (ws.length >= 2) fullPersons.set(c.key!, { key: c.key!, words: ws });
    if (c.evidence.some((x) => x.startsWith('rule:title+name'))) titled.add(c.key!);
  }
  // "علي" + a known full name: the preposition على misspelt
  const fullNames = new Set([...fullPersons.values()].map((p) => p.words.join(' ')));
  for (const c of live()) {
    if (c.type !== 'PER') continue;
    const ws = nameWords(c.name);
    if (ws[0] === 'علي' && ws.length >= 3 && fullNames.has(ws.slice(1).join(' '))) c.dead = true;
  }
  // grammar persons whose words are a tail/part of a known full name merge into it
  const surname = new Map<string, Set<string>>();
  // "ولد مرزوك"، "بن سلمان": connector + family name, used alone after the full name (Mauritanian, Gulf, Maghrebi names)
  const connSurname = new Map<string, Set<string>>();
  // a family name that is also an adjective or common word ("إسلامي" after "محمد إسلامي"): alone only as the
  // subject right after a verb of saying ("وأضاف إسلامي أن")
  const weakSurname = new Map<string, Set<string>>();
  // (s9 round 3) family names that are given names too, and the first words of full names (no such surname alone then)
  const givenSurname = new Map<string, Set<string>>();
  const byFirst0 = new Map<string, number>();
  for (const p of fullPersons.values()) byFirst0.set(p.words[0], (byFirst0.get(p.words[0]) ?? 0) + 1);
  const addTo = (m: Map<string, Set<string>>, k: string, v: string) => { if (!m.has(k)) m.set(k, new Set()); m.get(k)!.add(v); };
  // (s8) a full name that ends a longer one of the article ("فان دير بيرغ" after "ماركوس فان دير بيرغ") is that person's
  // family name, no second bearer of the surname
  const byLast = new Map<string, { key: string; words: string[] }[]>();
  for (const p of fullPersons.values()) {
    const l = byLast.get(p.words[p.words.length - 1]);
    if (l) l.push(p); else byLast.set(p.words[p.words.length - 1], [p]);
  }
  const tailOfLonger = (p: { key: string; words: string[] }): boolean =>
    (byLast.get(p.words[p.words.length - 1]) ?? []).some((o) => o.key !== p.key && o.words.length > p.words.length && p.words.every((w, q) => o.words[o.words.length - p.words.length + q] === w));
  for (const p of fullPersons.values()) {
    if (tailOfLonger(p)) continue;
    const last = p.words[p.words.length - 1];
    // a usable surname: not a common word or given name, not the second half of "عبد الله"/"بن X"
    const prev = p.words[p.words.length - 2];
    if (p.words.length >= 3 && PATRONYMIC.has(prev) && last.length >= 3 && !lex.stop.has(last)) addTo(connSurname, prev + ' ' + last, p.key);
    if (last.length >= 4 && !last.startsWith('ال') && !CONNECT.has(prev) && !lex.stop.has(last) && !lex.given.has(last) && (lex.nationality.has(last) || lex.common.has(last))) addTo(weakSurname, last, p.key);
    // (s9 round 3) a family name that is also a given name ("سعيد" after "قيس سعيد"): alone only as the subject right
    // after a verb of saying, before a function word or punctuation, and never when it opens another person's name
    if (last.length >= 3 && !last.startsWith('ال') && !CONNECT.has(prev) && !lex.stop.has(last) && lex.given.has(last) && !lex.nationality.has(last) && !(byFirst0.get(last) ?? 0)) addTo(givenSurname, last, p.key);
    if (last.length < 3 || lex.common.has(last) || lex.given.has(last) || lex.stop.has(last) || CONNECT.has(prev) || lex.nationality.has(last)) continue;
    if (!p.key.startsWith('lex:') && last.startsWith('ال') && !(last.endsWith('ي') || last.endsWith('اوي')) && !(titled.has(p.key) && last.length >= 5)) continue;
    for (const v of new Set([last, ARTICLE_LESS(last)])) {
      if (!surname.has(v)) surname.set(v, new Set());
      surname.get(v)!.add(p.key);
    }
    // lexicon aliases also give full forms (e.g. "أبو مهدي المهندس" → "المهندس")
  }
  for (const c of live()) {
    if (c.type !== 'PER' || c.lex) continue;
    const ws = nameWords(c.name);
    const last = ws[ws.length - 1];
    const conn = ws.length === 2 ? connSurname.get(ws.join(' ')) : undefined;
    if (conn && conn.size === 1 && !conn.has(c.key!)) {
      c.key = [...conn][0];
      c.evidence.push('rule:surname-coref');
      continue;
    }
    const keys = surname.get(last);
    if (keys && keys.size === 1 && !keys.has(c.key!)) {
      const target = [...keys][0];
      const tw = fullPersons.get(target)!.words;
      // merge only when every word of the shorter name occurs in the full name
      if (ws.every((w) => tw.includes(w))) c.key = target;
    }
  }
  // a shorter name that begins exactly one longer full name merges into it ("الشيخ نواف الأحمد" →
  // "نواف الأحمد الجابر الصباح"); several candidates (two people named "محمد …") leave it alone
  const byFirstWord = new Map<string, { key: string; words: string[] }[]>();
  for (const p of fullPersons.values()) {
    const l = byFirstWord.get(p.words[0]);
    if (l) l.push(p); else byFirstWord.set(p.words[0], [p]);
  }
  for (const c of live()) {
    if (c.type !== 'PER' || c.lex || c.kind !== 'name') continue;
    const ws = nameWords(c.name);
    const own = fullPersons.get(c.key!);
    const targets = new Set<string>();
    for (const p of byFirstWord.get(ws[0]) ?? []) {
      if (p.key === c.key || p.words.length <= ws.length || (own && own.words.length >= p.words.length)) continue;
      if (ws.every((w, q) => p.words[q] === w)) targets.add(p.key);
    }
    if (targets.size === 1) c.key = [...targets][0];
  }
  // a compound family name opened by a connector ("عبد السلام"، "أبو الغيط") that ends exactly one longer full name
  // ("محمد عبد السلام") is that person
  const byLastWord = new Map<string, { key: string; words: string[] }[]>();
  for (const p of fullPersons.values()) {
    if (p.words.length < 3) continue;
    const l = byLastWord.get(p.words[p.words.length - 1]);
    if (l) l.push(p); else byLastWord.set(p.words[p.words.length - 1], [p]);
  }
  for (const c of byLastWord.size ? live() : []) {
    if (c.type !== 'PER' || c.lex || c.kind !== 'name') continue;
    const ws = nameWords(c.name);
    if (ws.length !== 2 || !CONNECT.has(ws[0])) continue;
    const targets = new Set<string>();
    for (const p of byLastWord.get(ws[1]) ?? []) if (p.key !== c.key && p.words[p.words.length - 2] === ws[0]) targets.add(p.key);
    if (targets.size === 1) { c.key = [...targets][0]; c.evidence.push('rule:surname-coref'); }
  }
  // a lexicon short form ("المالكي") whose full name is not in the article is the person named in full here with
  // that family name ("عبدالرحمن بن يوسف المالكي … قال المالكي")
  for (const c of live()) {
    if (!c.short || c.type !== 'PER' || fullPersons.has(c.key!)) continue;
    const keys = surname.get(normName(doc.text.slice(c.start, c.end)));
    const target = keys && keys.size === 1 ? [...keys][0] : undefined;
    if (!target || target.startsWith('lex:')) continue;
    c.key = target;
    c.lex = undefined;
    c.short = false;
    c.name = doc.text.slice(c.start, c.end);
    c.evidence = ['rule:surname-coref'];
  }
  // lexicon short forms on their own: keep when distinctive, or when the full name is in the document
  for (const c of live()) {
    if (!c.short) continue;
    if (fullPersons.has(c.key!)) continue;
    const w = normalize(doc.text.slice(c.start, c.end));
    if (lex.common.has(w) || lex.common.has(ARTICLE_LESS(w)) || lex.given.has(w)) c.dead = true;
  }
  // surnames alone ("الكاظمي" after "مصطفى الكاظمي") for persons not in the lexicon
  const free = (k: number) => k < n && toks[k].kind === 'word' && (owner[k] < 0 || !!cands[owner[k]].dead);
  for (let i = 0; (connSurname.size > 0 || weakSurname.size > 0 || givenSurname.size > 0) && i < n; i++) {
    if (!free(i)) continue;
    // "ولد مرزوك" (connector + family name) — the connector may carry و/ف ("وولد" is rare: the bare form only)
    const cs = free(i + 1) && CONNECT.has(toks[i].norm) ? connSurname.get(toks[i].norm + ' ' + toks[i + 1].norm) : undefined;
    if (cs && cs.size === 1) {
      const c: Cand = { type: 'PER', tokenStart: i, tokenEnd: i + 2, start: toks[i].start, end: toks[i + 1].end, kind: 'name', name: doc.text.slice(toks[i].start, toks[i + 1].end), evidence: ['rule:surname-coref'], titles: [], key: [...cs][0] };
      cands.push(c);
      owner[i] = owner[i + 1] = cands.length - 1;
      i++;
      continue;
    }
    const gs = givenSurname.get(toks[i].norm);
    const closed = i + 1 >= n || toks[i + 1].kind !== 'word' || lex.stop.has(toks[i + 1].norm);
    const ws = weakSurname.get(toks[i].norm) ?? (closed ? gs : undefined);
    if (ws && ws.size === 1 && i > 0 && wordInfo(i - 1).speech) {
      const c: Cand = { type: 'PER', tokenStart: i, tokenEnd: i + 1, start: toks[i].start, end: toks[i].end, kind: 'name', name: toks[i].norm, evidence: ['rule:surname-coref', 'rule:speech-subject'], titles: [], key: [...ws][0] };
      cands.push(c);
      owner[i] = cands.length - 1;
    }
  }
  for (let i = 0; surname.size > 0 && i < n; i++) {
    if (owner[i] >= 0 && !cands[owner[i]].dead) continue;
    const w = wordAt(i);
    if (w === undefined || toks[i].kind !== 'word' || wordInfo(i).plain || !formIn(i, surname)) continue;
    for (const f of formsAt(i)) {
      const keys = surname.get(f.form);
      if (!keys || keys.size !== 1) continue;
      const key = [...keys][0];
      if (lex.common.has(f.form) && !f.form.startsWith('ال')) continue;
      const c: Cand = { type: 'PER', tokenStart: i, tokenEnd: i + 1, start: toks[i].start + f.off, end: toks[i].end, kind: 'name', name: f.form, evidence: ['rule:surname-coref'], titles: [], key };
      // (s8) the particles of a Western family name before it, the first one perhaps behind a clitic ("ووفقاً لفان دير
      // بيرغ"): the mention is the whole family name, without the clitic
      const tw = fullPersons.get(key)?.words;
      const at = tw ? tw.lastIndexOf(f.form) : -1;
      if (tw && at > 0 && f.off === 0) {
        let q = i - 1, idx = at - 1;
        while (idx >= 0 && q >= 0 && i - q <= 3 && PARTICLES.has(tw[idx]) && free(q)) {
          // (the clitic analyser keeps "لفان" whole: a particle is no known word)
          const nq = toks[q].norm;
          const pf = formsAt(q).find((x) => x.form === tw[idx]) ??
            (nq.length === tw[idx].length + 1 && /^[لبوفك]/.test(nq) && nq.slice(1) === tw[idx] ? { form: tw[idx], off: 1, article: false, clitic: true } : undefined);
          if (!pf) break;
          c.tokenStart = q;
          c.start = toks[q].start + pf.off;
          if (pf.off > 0) break;
          q--; idx--;
        }
        if (c.tokenStart < i) c.name = doc.text.slice(c.start, c.end);
      }
      cands.push(c);
      for (let q = c.tokenStart; q <= i; q++) owner[q] = cands.length - 1;
      break;
    }
  }

  // (session 6) a title right after a name that introduces a name of its own ("التقى رئيس المجلس رشاد العليمي السفير
  // الأمريكي لدى اليمن ستيفن فاجن"): the title pass reads no name after another name, a later pass found it
  for (const t of titleOccs) {
    if (t.person !== -1 || t.kind === 'honorific' || t.tokenStart === 0 || t.tokenEnd >= n) continue;
    const b = owner[t.tokenStart - 1];
    const a = owner[t.tokenEnd];
    if (b < 0 || cands[b].dead || cands[b].type !== 'PER' || a < 0 || a === b) continue;
    const p = cands[a];
    if (!p.dead && p.type === 'PER' && p.kind === 'name' && p.tokenStart === t.tokenEnd) { t.person = a; p.evidence.push('rule:title+name-after-name'); }
  }
  // titles: attach to persons; establish descriptions
  const descriptions = new Map<string, Set<string>>();
  const lastWithTitle = new Map<string, string>();
  const perKeyOf = (idx: number) => (idx >= 0 && !cands[idx].dead ? cands[idx].key! : null);
  const descCands: Cand[] = [];
  for (const t of titleOccs) {
    const pk = perKeyOf(t.person);
    if (pk) {
      const person = cands[t.person];
      person.titles.push(t.text.replace(/^[وفبلك](?=ال)/, ''));
      if (!person.evidence.includes(t.evidence)) person.evidence.push(t.evidence);
      if (!descriptions.has(t.key)) descriptions.set(t.key, new Set());
      descriptions.get(t.key)!.add(pk);
      lastWithTitle.set(normalize(t.text.split(/\s+/)[0]), pk);
      if (t.withComplement && t.tokenEnd - t.tokenStart >= 2) descCands.push({ type: 'PER', tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, start: t.start, end: t.end, kind: 'description', name: t.text, evidence: ['rule:apposition'], titles: [], key: pk });
    }
  }
  // role after a name: "هادي العامري رئيس منظمة بدر"; set off by commas: "قيس سعيد، رئيس الجمهورية، …"
  const occAt = new Map(titleOccs.map((o) => [o.tokenStart, o]));
  // the titles that introduce each person's name ("الرئيس" in "استقبل الرئيس X")
  const preTitles = new Map<Cand, TitleOcc[]>();
  for (const t of titleOccs) if (t.person >= 0) preTitles.set(cands[t.person], [...(preTitles.get(cands[t.person]) ?? []), t]);
  const head = (t: TitleOcc) => ARTICLE_LESS(normalize(t.text.split(/\s+/)[0]));
  const closes = (k: number) => k >= n || PUNCT_COMMA.has(toks[k].text) || toks[k].kind === 'dash' || toks[k].text === '.';
  for (const c of live()) {
    if (c.type !== 'PER' || c.kind !== 'name') continue;
    const comma = c.tokenEnd + 1 < n && PUNCT_COMMA.has(toks[c.tokenEnd].text);
    const t0 = occAt.get(comma ? c.tokenEnd + 1 : c.tokenEnd);
    // "X ورئيس …" coordinates another person; only a bare role is an apposition
    const coordinated = t0 ? /^[وف]/.test(toks[t0.tokenStart].norm) && toks[t0.tokenStart].start !== t0.start : false;
    let t = t0 && !coordinated && t0.person === -1 && t0.kind === 'role' && (t0.withComplement || (comma && t0.tokenEnd - t0.tokenStart >= 2)) ? t0 : undefined;
    if (!t) continue;
    // (session 6) a role after commas is an apposition when closed by a comma, a dash or the full stop, not followed by
    // another office of a list ("X، وزير الخارجية، ووزير الدفاع")
    if (comma && (!closes(t.tokenEnd) || (t.tokenEnd + 1 < n && occAt.has(t.tokenEnd + 1) && /^[وف]/.test(toks[t.tokenEnd + 1].norm)))) continue;
    // (session 6) a person introduced by an office holds no other one right after the name: "الرئيس قيس سعيد وزير الخارجية
    // الفرنسي" is the minister, another person; a bare role of the same head specifies it ("الرئيس ويليام روتو رئيس
    // جمهورية كينيا"); honorifics and ranks leave it open ("سعادة الدكتور X وزير الدولة")
    const pres = preTitles.get(c) ?? [];
    if (pres.some((p) => p.kind === 'role' && (p.tokenEnd - p.tokenStart > 1 || p.withComplement || head(p) !== head(t!)))) t = undefined;
    // (session 6) after a verb of meeting or appointing, the role right after its subject's name is its object
    // ("استقبل الشيخ X سفير فرنسا"), unless a comma closes it as an apposition
    const first = Math.min(c.tokenStart, ...pres.map((p) => p.tokenStart));
    if (t && !comma && first > 0 && !(t.tokenEnd < n && (PUNCT_COMMA.has(toks[t.tokenEnd].text) || toks[t.tokenEnd].kind === 'dash'))) {
      const v = toks[first - 1].norm;
      if (toks[first - 1].kind === 'word' && (PERSON_OBJECT_VERBS.has(v) || (/^[وف]/.test(v) && PERSON_OBJECT_VERBS.has(v.slice(1))))) t = undefined;
    }
    if (!t) continue;
    c.titles.push(t.text);
    if (!descriptions.has(t.key)) descriptions.set(t.key, new Set());
    descriptions.get(t.key)!.add(c.key!);
    t.person = -2;
    // (a role set off by commas is a title of the person, no mention: the attribution stage reads that apposition
    // itself and needs the organisation mentions inside it — "X، المتحدث باسم الهيئة الوطنية …، إن")
    if (comma) { if (!c.evidence.includes('rule:comma-apposition')) c.evidence.push('rule:comma-apposition'); continue; }
    descCands.push({ type: 'PER', tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, start: t.start, end: t.end, kind: 'description', name: t.text, evidence: ['rule:apposition'], titles: [], key: c.key });
  }
  // standalone descriptions resolved against those established in the article
  for (const t of titleOccs) {
    if (t.person !== -1) continue;
    let keys = descriptions.get(t.key);
    if (!keys) {
      // a shorter form of an established role ("رئيس الوزراء" ↔ "رئيس الوزراء العراقي"), never "السابق"
      const found = new Set<string>();
      for (const [k, v] of descriptions) if (k.startsWith(t.key + ' ') && !/(السابق|الاسبق|الراحل)/.test(k)) for (const x of v) found.add(x);
      if (found.size) keys = found;
    }
    if (!keys && t.tokenEnd - t.tokenStart >= 2 && t.kind !== 'role') {
      const pk = lastWithTitle.get(normalize(t.text.split(/\s+/)[0]));
      if (pk) keys = new Set([pk]);
    }
    if (keys && keys.size === 1 && (t.withComplement || t.tokenEnd - t.tokenStart >= 2 || t.kind === 'rank')) {
      descCands.push({ type: 'PER', tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, start: t.start, end: t.end, kind: 'description', name: t.text, evidence: ['rule:description-coref'], titles: [], key: [...keys][0] });
    }
  }

  // an organisation the grammar named by the first words of a lexicon organisation of the article ("دائرة المالية"
  // beside "دائرة المالية في حكومة دبي") is that organisation, when only one begins so
  // (forms indexed by their first word: each grammar name is compared with the few forms sharing it)
  const lexOrgForms = new Map<string, { key: string; words: string[] }[]>();
  const seenOrg = new Set<string>();
  for (const c of live()) {
    // (s7: a generic body named with a country's adjective, "الديوان الأميري الكويتي", by its own words)
    const own = c.type === 'ORG' && !c.lex && c.evidence.includes('rule:generic-body+nationality');
    if (c.type !== 'ORG' || (!c.lex && !own) || seenOrg.has(c.key!)) continue;
    seenOrg.add(c.key!);
    for (const f of own ? [normalize(c.name)] : c.lex!.forms) {
      const words = f.split(' ');
      const l = lexOrgForms.get(words[0]);
      if (l) l.push({ key: c.key!, words }); else lexOrgForms.set(words[0], [{ key: c.key!, words }]);
    }
  }
  for (const c of lexOrgForms.size ? live() : []) {
    if (c.type !== 'ORG' || c.lex || c.kind !== 'name') continue;
    const ws = nameWords(c.name);
    if (ws.length < 2) continue;
    const targets = new Set((lexOrgForms.get(ws[0]) ?? []).filter((f) => f.words.length > ws.length && ws.every((w, q) => f.words[q] === w)).map((f) => f.key));
    if (targets.size === 1) { c.key = [...targets][0]; c.evidence.push('rule:org-prefix-coref'); }
  }
  // (session 6) a grammar organisation of two words or more whose words all occur, in order, in exactly one longer grammar
  // organisation of the article with the same head ("المنتخب الجزائري" beside "المنتخب الوطني الجزائري لكرة القدم") is it
  const grammarOrgs = new Map<string, { key: string; words: string[] }[]>();
  for (const c of live()) {
    if (c.type !== 'ORG' || c.lex || c.kind !== 'name') continue;
    const ws = nameWords(c.name);
    if (ws.length < 3) continue;
    const l = grammarOrgs.get(ws[0]) ?? [];
    if (!l.some((x) => x.key === c.key)) l.push({ key: c.key!, words: ws });
    grammarOrgs.set(ws[0], l);
  }
  // (words skipped inside the shorter name are relational adjectives only: "الوطني" in "المنتخب [الوطني] الجزائري", not
  // the noun of another ministry: "وزارة [التجارة] الداخلية")
  const inOrder = (short: string[], long: string[]): boolean => {
    let q = 0;
    for (const w of long) {
      if (q >= short.length) break;
      if (w === short[q]) q++;
      else if (!/^ال.{2,}(ي|يه)$/.test(w)) return false;
    }
    return q === short.length;
  };
  for (const c of grammarOrgs.size ? live() : []) {
    if (c.type !== 'ORG' || c.lex || c.kind !== 'name') continue;
    const ws = nameWords(c.name);
    if (ws.length < 2) continue;
    // (not when the longer name adds a country's adjective: "وزارة الداخلية" of the home country beside "وزارة الداخلية
    // البحرينية"; nor a second coordinated portfolio: "وزارة التجارة" beside "وزارة التجارة الداخلية وحماية المستهلك")
    const adds = (o: string[]) => o.filter((w) => !ws.includes(w)).some((w) => (lex.nationality.has(w) && !lex.nationality.get(w)!.startsWith('X')) || w.startsWith('و'));
    const targets = new Set((grammarOrgs.get(ws[0]) ?? []).filter((o) => o.key !== c.key && o.words.length > ws.length && inOrder(ws, o.words) && !adds(o.words)).map((o) => o.key));
    if (targets.size === 1) { c.key = [...targets][0]; c.evidence.push('rule:org-short-coref'); }
  }
  // a one-word organisation the grammar found (quoted: «هجوم لـ"الشباب"») that is the definite word of a lexicon
  // organisation "head + word" of the article ("حركة الشباب") is that organisation, even when the word is common
  const byRest = new Map<string, Set<string>>();
  for (const fs of lexOrgForms.values()) for (const f of fs) {
    if (f.words.length !== 2 || !lex.orgHeadFirst.has(f.words[0]) || !f.words[1].startsWith('ال')) continue;
    byRest.set(f.words[1], (byRest.get(f.words[1]) ?? new Set()).add(f.key));
  }
  for (const c of byRest.size ? live() : []) {
    if (c.type !== 'ORG' || c.lex || c.kind !== 'name') continue;
    const ws = nameWords(c.name);
    const targets = ws.length === 1 ? byRest.get(ws[0]) : undefined;
    if (targets && targets.size === 1) { c.key = [...targets][0]; c.evidence.push('rule:org-head-dropped'); }
  }
  // one body named two ways: "مجلس منبج المحلي" and "المجلس المحلي لمدينة منبج" hold the same words once the article,
  // the ل of a complement and the place heads (مدينة، محافظة) are set aside; grammar names of three words or more
  const sigOf = (name: string): string => nameWords(name)
    .map((w) => (w.startsWith('لل') ? w.slice(2) : w.startsWith('ال') ? w.slice(2) : w.length > 4 && w[0] === 'ل' ? w.slice(1) : w))
    .map((w) => (w.startsWith('ال') ? w.slice(2) : w))
    .filter((w) => !lex.placeHeads.has(w) && !LINKERS.has(w))
    .sort().join(' ');
  const bySig = new Map<string, string>();
  for (const c of live()) {
    if (c.type !== 'ORG' || c.lex || c.kind !== 'name' || nameWords(c.name).length < 3) continue;
    const sig = sigOf(c.name);
    if (sig.split(' ').length < 3) continue;
    const k = bySig.get(sig);
    if (k === undefined) bySig.set(sig, c.key!);
    else if (k !== c.key) { c.key = k; c.evidence.push('rule:org-name-variant'); }
  }
  // a lexicon organisation named by a form that another lexicon organisation of the article completes with a
  // nationality adjective ("الهلال الأحمر" beside "الهلال الأحمر المصري") is that national body
  for (const c of lexOrgForms.size ? live() : []) {
    if (c.type !== 'ORG' || !c.lex || c.kind !== 'name') continue;
    const ws = nameWords(doc.text.slice(c.start, c.end));
    const targets = new Set((lexOrgForms.get(ws[0]) ?? []).filter((f) => f.key !== c.key && f.words.length === ws.length + 1 && lex.nationality.has(f.words[ws.length]) &&
      !lex.nationality.get(f.words[ws.length])!.startsWith('X') && ws.every((w, q) => f.words[q] === w)).map((f) => f.key));
    if (targets.size === 1) { c.key = [...targets][0]; c.evidence.push('rule:org-national-coref'); }
  }

  // persons made only of connectors / common words are junk ("بن", "الله")
  for (const c of live()) {
    // (a kunya is a name even when its given name is also a common word: "أم سالم")
    if (c.type !== 'PER' || c.lex || c.kind !== 'name' || c.evidence[0] === 'rule:kunya') continue;
    const ws = nameWords(c.name);
    // (also after a title: "المدعو أبو كاظم")
    if (ws.length === 2 && ws[0] === 'ابو' && c.evidence[0].startsWith('rule:title+name')) continue;
    // (two given names or more after a title, ambiguous ones too: "الدكتور سامي عبيد")
    if (ws.length >= 2 && c.evidence[0].startsWith('rule:title+name') && ws.every((w) => lex.given.has(w) || CONNECT.has(w))) continue;
    // (s8) a given name and a family name that is a title word or a nationality adjective ("وقالت سناء الخطيب إن")
    if (c.evidence.includes('rule:family-name-word')) continue;
    // (s9 round 3) a family name alone as a speech subject, linked to the full name ("وأضاف سعيد أن")
    if (c.evidence[0] === 'rule:surname-coref' && c.evidence.includes('rule:speech-subject')) continue;
    // (s8) a compound given name ("عبد الله"، "نور الدين") and one more word is a name: "عبد الله حسن نور"
    if (ws.length >= 3 && ws.some((w, q) => q + 1 < ws.length && ((w === 'عبد' && ABD_NAMES.has(ws[q + 1])) || (lex.given.has(w) && COMPOUND_SECOND.has(ws[q + 1]))))) continue;
    if (ws.every((w) => CONNECT.has(w) || lex.common.has(w) || lex.stop.has(w) || w.length < 2)) c.dead = true;
  }

  // build entities
  const groups = new Map<string, Cand[]>();
  for (const c of [...live(), ...descCands]) {
    if (c.dead) continue;
    if (!groups.has(c.key!)) groups.set(c.key!, []);
    groups.get(c.key!)!.push(c);
  }
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  const home = homeCountry(doc, cands);
  const ordered = [...groups.entries()].filter(([, cs]) => cs.some((c) => c.kind === 'name'));
  const firstStart = new Map(ordered.map(([k, cs]) => [k, cs.reduce((m, c) => Math.min(m, c.start), Infinity)]));
  ordered.sort((a, b) => firstStart.get(a[0])! - firstStart.get(b[0])!);
  ordered.forEach(([key, cs], idx) => {
    const id = `E${idx + 1}`;
    const names = cs.filter((c) => c.kind === 'name');
    // (s7: a generic body joined to its national variant is that national body, no lexicon entry: "الديوان الأميري الكويتي")
    const lexEntry = names.some((c) => c.evidence.includes('rule:generic-body+nationality')) ? undefined : names.find((c) => c.lex)?.lex;
    const type = lexEntry?.type ?? names[0].type;
    // the fullest name seen when not in the lexicon
    const name = lexEntry?.name ?? names.reduce((a, c) => (c.name.length > a.length ? c.name : a), names[0].name);
    const ms: EntityMention[] = [];
    // duplicates share a start, and the sort groups equal starts: remember the ends seen at the current start
    let curStart = -1;
    const endsAt: number[] = [];
    for (const c of [...cs].sort((a, b) => a.start - b.start)) {
      if (c.start !== curStart) { curStart = c.start; endsAt.length = 0; }
      if (c.end <= c.start || endsAt.includes(c.end)) continue;
      endsAt.push(c.end);
      ms.push({ entity: id, start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, kind: c.kind });
    }
    const titles: string[] = [];
    const evidence: string[] = [];
    for (const c of cs) {
      for (const x of c.titles) if (!titles.includes(x)) titles.push(x);
      for (const x of c.evidence) if (!evidence.includes(x)) evidence.push(x);
    }
    // (s8) a state institution named without its country ("وزارة الداخلية"; the lexicon's country-less state bodies,
    // "النيابة العامة"، "الديوان الملكي") is the home country's: key and country
    const generic = lexEntry ? lexEntry.type === 'ORG' && !lexEntry.country && lexEntry.kind === 'state' : type === 'ORG';
    const instCountry = generic && home && isGenericInstitution(name, lex) ? home : undefined;
    const e: Entity = {
      id, type, name,
      key: (lexEntry ? 'lex:' + lexEntry.id : `${type}:${normalize(name)}`) + (instCountry ? '@' + instCountry : ''),
      latin: lexEntry?.latin ?? romanizeCached(name, type),
      mentions: ms.map(({ start, end, text }) => ({ start, end, text })),
      evidence,
    };
    void key;
    if (titles.length) e.titles = titles;
    if (lexEntry?.geo) e.geo = lexEntry.geo;
    if (instCountry) e.country = instCountry;
    entities.push(e);
    mentions.push(...ms);
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions };
}
