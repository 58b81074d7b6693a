// Source descriptions: a head noun (sources.tsv) or a name, over descriptors, prepositional phrases,
// relative clauses, appositions and parentheticals; the stated side (sides.tsv).
import { lowerBound } from '../doc.ts';
import type { EntityMention } from '../entities/index.ts';
import { normalize, normalizeCached } from '../text/normalize.ts';
import { skipExtras } from './chains.ts';
import type { Ctx } from './context.ts';
import type { SourceDesc } from './coref.ts';
import { STATEMENT, hasPronounSuffix } from './facts.ts';
import { entityLexicon } from '../entities/lexicon.ts';
import { nationalityOf } from './quotes.ts';
import type { AttributionLexicon } from './lexicon.ts';
import { conjForms, nounForms, roleKey } from './lexicon.ts';

export const MAX_NP = 16;

/** Is the word in the set, with or without the article ("صادر"/"الصادر")? */
/**
 * "…، محمد سالم ولد الشيخ أحمد، في تصريح"، "…، الفرنسي X، قد"، "…، الدبلوماسي النرويجي X، من أن": at the comma closing a role
 * phrase, a nationality or profession title may come, then the person's name (a PER mention) closed by a comma, قد or the
 * content. Returns the token after the name, else -1.
 */
function roleCommaName(cx: Ctx, e: number, limit: number): number {
  const toks = cx.toks;
  let at = toks[e + 1]?.kind === 'word' && nationalityOf(cx.norm(e + 1)) && !cx.mentionAt[e + 1] ? e + 2 : e + 1;
  // "رئيسة الجمعية …، المحامية سلمى …، إن": a profession or honorific title may stand before the name (s5)
  for (let n = 0; n < 2 && !cx.mentionAt[at] && isTitleWord(cx, at); n++) at++;
  const pm = cx.mentionAt[at];
  if (!(pm && pm.tokenStart === at && pm.start === toks[at].start && cx.entityType.get(pm.entity) === 'PER' && pm.tokenEnd <= limit + 10)) return -1;
  // a title mention of the person, then the person's name mention (s7)
  const nx = pm.kind === 'description' ? cx.mentionAt[pm.tokenEnd] : undefined;
  const after = nx && nx.entity === pm.entity && nx.tokenStart === pm.tokenEnd && nx.kind === 'name' ? nx.tokenEnd : pm.tokenEnd;
  if (cx.isComma(after) || cx.isComp(after) || cx.isBoundary(after) || cx.norm(after) === 'قد' || (cx.inSet(after, 'prep') && cx.isComp(after + 1))) return after;
  return -1;
}

function hasBare(set: Set<string>, norm: string): boolean {
  return set.has(norm) || (norm.startsWith('ال') && set.has(norm.slice(2)));
}

/**
 * A preposition of alif maqsura (على) written with a final ي where that spelling is a given name (علي): the name, not the
 * preposition ("المحلل السياسي علي الأحمد"). Read from the given names, not a list of prepositions.
 */
function prepSpelledAsName(cx: Ctx, t: { text: string; norm: string }): boolean {
  return /ي$/.test(t.text) && cx.lex.givenNames.has(t.norm);
}

/** Is token m (a name) right after a person title ("رئيس الوزراء مصطفى …"), other than the head at `head`? */
/** An ORG mention that starts at token k (at its first letter or after a clitic) and runs past it. */
function m0Org(cx: Ctx, k: number): boolean {
  const m = cx.mentionAt[k];
  return !!m && m.tokenStart === k && m.tokenEnd > k + 1 && cx.entityType.get(m.entity) === 'ORG';
}

export function afterTitle(cx: Ctx, m: number, head: number): boolean {
  for (let k = m - 1; k >= Math.max(head + 1, m - 2); k--) {
    const tk = cx.toks[k];
    if (!tk || tk.kind !== 'word') return false;
    if (nounForms(tk.norm).some((f) => cx.lex.titleWords.has(f.stem))) return true;
  }
  return false;
}

/** End of a PER mention starting within [from, to) over plain words, when a boundary follows it; else -1. */
export function nameAhead(cx: Ctx, from: number, to: number): number {
  for (let m = from; m < to; m++) {
    const t = cx.toks[m];
    if (t.kind !== 'word' || cx.isComp(m) || cx.cueAt(m) || cx.recipientAt(m)) return -1;
    if (m > from && (cx.inSet(m, 'stop') || cx.inSet(m, 'prep') || cx.inSet(m, 'rel'))) return -1;
    const mm = cx.mentionAt[m];
    if (mm && mm.tokenStart === m && cx.entityType.get(mm.entity) === 'PER' && mm.start === t.start) {
      const end = mm.tokenEnd;
      const nx = end;
      const ok = nx >= cx.sentenceEnd(m) || cx.isBoundary(nx) || cx.isComma(nx) || cx.statementAt(nx) !== nx || cx.inSet(nx, 'prep') || cx.inSet(nx, 'stop') || cx.toks[nx]?.kind === 'word';
      return ok ? end : -1;
    }
  }
  return -1;
}

/** Tokens that may belong to a name run (no punctuation, no grammar words), from i, at most max. */
export function nameRun(cx: Ctx, i: number, max: number): number {
  let k = i;
  while (k < cx.toks.length && k - i < max) {
    const t = cx.toks[k];
    if (t.kind !== 'word' && t.kind !== 'latin') break;
    if (cx.isComp(k) || cx.inSet(k, 'stop') || cx.cueAt(k) || cx.inSet(k, 'then')) break;
    k++;
  }
  return k;
}

/**
 * Parse a source description at token i. `allowName`: accept an unknown phrase as a name when it is
 * followed by a reporting boundary. Returns the description and the token after it.
 */
export function parseSource(cx: Ctx, i: number, allowName: boolean, governs: string[] = [], objectFollows = false): { d: SourceDesc; end: number } | null {
  let npBoundary = false;
  let objectBeforeMasdar = false;
  const toks = cx.toks;
  const sEnd = cx.sentenceEnd(i);
  let k = i;
  if (toks[k]?.kind === 'word' && toks[k].norm === 'ل') k++;
  // "معالي الدكتور X"، "سعادة المهندس X وكيل الوزارة": a style of address before a title or a name is read over
  // (wordsets.tsv `honorific-title`, s8)
  if (toks[k]?.kind === 'word' && cx.inSet(k, 'honorific-title') && toks[k + 1]?.kind === 'word' &&
    (isTitleWord(cx, k + 1) || nounForms(toks[k + 1].norm).some((f) => cx.lex.titleWords.has(f.stem)) || (cx.mentionAt[k + 1]?.tokenStart === k + 1 && cx.entityType.get(cx.mentionAt[k + 1]!.entity) === 'PER'))) k++;
  // "صاحب السمو الملكي الأمير X"، "صاحبة المعالي": a style of address in two or three words (s8)
  if (toks[k]?.kind === 'word' && cx.inSet(k, 'style-of-address') && toks[k + 1]?.kind === 'word' && /^ال/.test(toks[k + 1].norm) &&
    cx.lex.sets['honorific-title']?.has(toks[k + 1].norm.slice(2))) {
    k += 2;
    if (cx.inSet(k, 'style-adjective')) k++;
  }
  // "أحدث تقرير لمكتب …"، "آخر بيان صادر عن …": an elative in construct with a source head (wordsets.tsv `head-elative`, s8)
  // (s9) also with the ل of "وفقاً لـ" written on it: "ووفقاً لأحدث نشرة إحصائية صادرة عن …"
  if (toks[k]?.kind === 'word' && (cx.inSet(k, 'head-elative') || (/^ل/.test(toks[k].norm) && k > 0 && !!cx.accordingAt(k - 1) && !!cx.lex.sets['head-elative']?.has(toks[k].norm.slice(1)))) &&
    toks[k + 1]?.kind === 'word' && !cx.mentionAt[k + 1] &&
    nounForms(toks[k + 1].norm).some((f) => !f.article && cx.lex.heads.has(f.stem))) k++;
  // a quoted name as the source: قالت "هيومن رايتس ووتش" في تقرير إن …
  const q0 = cx.qOpen(k);
  if (q0 >= 0 && cx.quotes[q0].close > k && cx.quotes[q0].words <= 5 && cx.quotes[q0].words >= 1) {
    const quote = cx.quotes[q0];
    let after = quote.close + 1;
    // "ذكرت "الأخبار" اللبنانية"، "نقلت "وول ستريت جورنال" الأمريكية": a quoted name with a nationality adjective is
    // how the press names another outlet
    let outlet = false;
    while (after < sEnd && cx.toks[after].kind === 'word' && nationalityOf(cx.norm(after)) && after - quote.close <= 2) {
      after++;
      outlet = true;
    }
    const ok = after >= cx.sentenceEnd(k) || cx.isBoundary(after) || cx.isComma(after) || cx.statementAt(after) !== after || cx.inSet(after, 'stop') || cx.inSet(after, 'governed');
    if (!ok) return null;
    const span = cx.quoteSpan(quote);
    const mm = cx.mentionAt[k + 1];
    const d: SourceDesc = {
      kind: 'named', head: null, definite: true, ahad: false, span, words: new Set(normalize(span.text).split(/\s+/).filter(Boolean)),
      nisbas: new Set(), entity: mm && (cx.entityType.get(mm.entity) === 'ORG' || cx.entityType.get(mm.entity) === 'PER') ? mm.entity : null,
      evidence: ['rule:source=quoted-name'],
    };
    if (outlet) {
      d.kind = 'media';
      d.evidence.push('rule:source=quoted-outlet+nationality');
    }
    if (d.entity) {
      const nm = cx.entityName.get(d.entity);
      if (nm) d.entityName = nm;
    }
    if (!outlet && (cx.lex.mediaNames.has(normalize(d.entityName ?? '')) || cx.lex.mediaNames.has(normalize(span.text)))) {
      // a quoted outlet of the lexicon (قالت "رويترز"): media
      d.kind = 'media';
      d.evidence.push('lexicon:data/entities/orgs.tsv(media)');
    }
    cx.npByEnd.set(after, { d, end: after });
    return { d, end: after };
  }
  const first = toks[k];
  if (!first || (first.kind !== 'word' && first.kind !== 'latin') || cx.inQuote[k] >= 0) return null;
  // ("علي المعمري": a person's name the entity layer found that folds to a particle — على — is still a name; s5b)
  const m0 = cx.mentionAt[k];
  const perName = !!m0 && m0.tokenStart === k && m0.start === first.start && m0.tokenEnd > k + 1 && cx.entityType.get(m0.entity) === 'PER' && !/ى$/.test(first.text);
  // ("كشفت مذكرة داخلية أن": a record noun spelled like a circumstantial participle — مذكّرة — is the noun there; s8)
  const cueK = cx.cueAt(k);
  // ("بحسب نص القرار": a record noun spelled like a verb of a document — نصّ — after an according-to phrase or a preposition)
  const nounNotCue = !!cueK && cueK.len === 1 && nounForms(first.norm).some((f) => cx.lex.heads.get(f.stem)?.kind === 'document') &&
    (cueK.entry.cls === 'circ' || (cueK.entry.cls === 'doc' && k > 0 && (cx.accordingAt(k - 1) !== null || cx.inSet(k - 1, 'prep'))));
  if (cx.isComp(k) || cx.inSet(k, 'pron') || (!perName && (cx.inSet(k, 'stop') || cx.inSet(k, 'prep'))) || (cueK && !nounNotCue) || cx.accordingAt(k)) return null;
  const forms = nounForms(first.norm);
  let headIdx = k;
  let head = undefined as ReturnType<AttributionLexicon['heads']['get']>;
  // a name keeps its article but not its clitics (بالكاظمي → الكاظمي; للكاظمي → كاظمي, article restored)
  let form = forms.find((f) => f.article) ?? forms[0];
  let ahad = false;
  // (s9 probe) «عدد من الأهالي»، «العديد من المحتجين»: a quantifier and من before a definite group head of sources.tsv (or a
  // definite plural) reads like «أحد» — unnamed members of the group (grammar.tsv `quantifier`)
  if (cx.inSet(k, 'quantifier') && cx.norm(k + 1) === 'من' && toks[k + 2]?.kind === 'word') {
    const nexts = nounForms(toks[k + 2].norm).filter((g) => g.article);
    const nf = nexts.find((g) => cx.lex.heads.has(g.stem) && ['anonymous', 'vague'].includes(cx.lex.heads.get(g.stem)!.kind));
    const pl = nexts.find((g) => /(ون|ين|ات)$/.test(g.stem) && g.stem.length >= 5);
    if (nf || pl) {
      ahad = true;
      form = forms[0];
      headIdx = k + 2;
      head = nf ? cx.lex.heads.get(nf.stem) : { kind: 'anonymous', key: pl!.stem, needsModifier: false, evidence: cx.lex.setLines.quantifier ?? 'rule:quantifier+group' };
    }
  }
  for (const f of forms) {
    if (ahad) break;
    if (cx.lex.sets.ahad.has(f.stem) && toks[k + 1]?.kind === 'word') {
      const nexts = nounForms(toks[k + 1].norm);
      const nf = nexts.find((g) => cx.lex.heads.has(g.stem));
      if (nf) {
        ahad = true;
        form = f;
        headIdx = k + 1;
        head = cx.lex.heads.get(nf.stem);
        break;
      }
      const def = nexts.find((g) => g.article);
      if (def) {
        // "أحد المحتجين": an unnamed member of a group
        ahad = true;
        form = f;
        headIdx = k + 1;
        head = { kind: 'anonymous', key: def.stem, needsModifier: false, evidence: 'rule:ahad+definite-plural' };
        break;
      }
    }
    const h = cx.lex.heads.get(f.stem);
    if (h) {
      head = h;
      form = f;
      break;
    }
  }
  // "قال برنامج الأغذية العالمي"، "مسح …": a record head that opens an organisation's name (an ORG mention starting here
  // and running past it) is that organisation, not a record (s6)
  if (head && head.kind === 'document' && headIdx === k && m0Org(cx, k)) head = undefined;
  // "مديرة مدرسة في المدينة"، "رئيس قسم": an indefinite title in construct with an indefinite common noun names no one —
  // an unnamed person of that role (anonymous, as a head of sources.tsv would give) (s5)
  if (!head && first.kind === 'word' && !forms.some((f) => f.article) && forms.some((f) => cx.lex.titleWords.has(f.stem) || cx.lex.titleWords.has(f.stem.replace(/ه$/, ''))) &&
    !cx.mentionAt[k] && toks[k + 1]?.kind === 'word' && !cx.mentionAt[k + 1] && !nounForms(toks[k + 1].norm).some((f) => f.article) &&
    !['stop', 'prep', 'rel', 'comp', 'pron', 'time'].some((st) => cx.inSet(k + 1, st)) && !cx.cueAt(k + 1) && !cx.lex.givenNames.has(toks[k + 1].norm) && !cx.mentionAt[k + 2]) {
    head = { kind: 'anonymous', key: forms[0].stem, needsModifier: false, evidence: 'rule:indefinite-role' };
  }
  // "مراسلة مؤرخة في …": a noun that is a record only with a record's participle after it (wordsets.tsv) (s5)
  if (!head && cx.inSet(k, 'record-ambiguous') && cx.inSet(k + 1, 'record-adjective')) {
    head = { kind: 'document', key: first.norm, needsModifier: false, evidence: cx.lex.setLines['record-ambiguous'] };
  }
  // "ثلاثة مصادر مطلعة"، "عدة مسؤولين": a number or quantifier before the head (wordsets.tsv `quantifier`) (s5)
  if (!head && cx.inSet(k, 'quantifier') && toks[k + 1]?.kind === 'word') {
    const nf = nounForms(toks[k + 1].norm).find((g) => cx.lex.heads.get(g.stem)?.kind === 'anonymous' || cx.lex.heads.get(g.stem)?.kind === 'vague');
    if (nf) {
      head = { ...cx.lex.heads.get(nf.stem)!, needsModifier: false };
      headIdx = k + 1;
    }
  }
  // "مصادرها"، "مسؤوليها": a head with a possessive pronoun (the outlet's or body's own sources) (s5)
  if (!head && first.kind === 'word') {
    // ("مراسلنا": the outlet's own — s8)
    const pm = /^(.{3,}?)(ها|ه|هم)$/.exec(first.norm) ?? /^(.{3,}?)نا$/.exec(first.norm);
    const ph = pm ? cx.lex.heads.get(pm[1]) ?? cx.lex.heads.get(pm[1].replace(/ي$/, 'ين')) : undefined;
    if (ph && (ph.kind === 'anonymous' || ph.kind === 'vague')) head = { ...ph, needsModifier: false, evidence: ph.evidence };
  }
  const spanStart = cx.offsetAfter(k, form.spanCut);
  // "العميد الركن عبد الله بن سعيد المعمري": a title or rank the entity layer found with the person's name
  // ("رجل الأعمال … X إن": an occupation of two words opening a title chain that ends in a person's name — s5b)
  const occupation = !!head && !ahad && toks[k + 1]?.kind === 'word' && !!cx.lex.sets.occupation?.has(`${forms[0]?.stem ?? first.norm} ${toks[k + 1].norm}`);
  const evidence0: string[] = [];
  // ("عضو المجلس التشريعي الفلسطيني خالدة جرار إن": an unnamed-person head opening a role chain closed by a nationality and
  // the person's name right before the content — the person, as after a title word; s8)
  const natName = head && head.kind === 'anonymous' && !ahad && !occupation ? nationalityChainName(cx, headIdx, governs) : null;
  const titled = natName ?? (head && !occupation ? null : titledPerson(cx, k, spanStart, governs));
  if (titled && (occupation || natName)) head = undefined;
  if (natName) evidence0.push('rule:anonymous-head+nationality+name');
  // (a title chain closed by a nationality and a name the entity layer did not find: an unlinked name — s6)
  const unlinked = !!titled && titled.entity === '';
  const mention = unlinked ? undefined : titled ?? cx.mentionAt[k];
  const entityOk = mention && mention.tokenStart >= k - 0 && (cx.entityType.get(mention.entity) === 'PER' || cx.entityType.get(mention.entity) === 'ORG');
  if (!head && !entityOk && !allowName && !unlinked) return null;
  const evidence: string[] = [...evidence0];
  if (unlinked) head = undefined;
  if (head) evidence.push(head.evidence);
  // needsModifier: "مصادر الطاقة" (construct with a non-descriptor) is not a source
  if (head && head.needsModifier && !ahad) {
    const nx = toks[headIdx + 1];
    const nxForm = nx && nx.kind === 'word' ? nounForms(nx.norm) : [];
    const licensed =
      !nx || nx.kind !== 'word' || cx.isBoundary(headIdx + 1) || cx.inSet(headIdx + 1, 'rel') || cx.cueAt(headIdx + 1) !== null ||
      // ("نقلت الجزيرة عن مصادر قولها إن": the chain's قوله right after the head — s6)
      cx.inSet(headIdx + 1, 'qawl') ||
      nxForm.some((f) => cx.lex.descriptors.has(f.stem) || cx.lex.nisbas.has(f.stem)) || cx.inSet(headIdx + 1, 'stop') || (head.kind === 'document' && (issuingClause(cx, headIdx + 1) || (toks[headIdx + 1]?.kind === 'word' && !cx.isComp(headIdx + 1) && issuingClause(cx, headIdx + 2)))) ||
      (form.article && !nxForm.some((f) => f.article)) || cx.recipientAt(headIdx + 1) !== null || cx.inSet(headIdx + 1, 'record-adjective') ||
      // "أرقام مؤسسة كهرباء لبنان": a record in construct with its issuer's name (s5)
      (head.kind === 'document' && !!cx.mentionAt[headIdx + 1] && cx.mentionAt[headIdx + 1]!.tokenStart === headIdx + 1 && cx.entityType.get(cx.mentionAt[headIdx + 1]!.entity) === 'ORG') ||
      // "مصادر بالوزارة"، "مصدر بالرئاسة": ب + a definite organisation head (org-heads.tsv) or a named organisation (s5)
      (/^بال/.test(nx.norm) && nx.norm.length > 5 && (cx.lex.orgHeadWords.has(nx.norm.slice(3)) || (!!cx.mentionAt[headIdx + 1] && cx.entityType.get(cx.mentionAt[headIdx + 1]!.entity) === 'ORG'))) ||
      // "مصادر وزارية"، "مصادر نيابية"، "المصادر السودانية": a relational adjective agreeing in definiteness
      (nx.norm.length >= 5 && /(يه|ي)$/.test(nx.norm) && nxForm.length > 0 && nxForm.some((f) => f.article === form.article && /(يه|ي)$/.test(f.stem)) && !cx.mentionAt[headIdx + 1]) ||
      // "مصدر غير مخول"، "مصادر غير رسمية": غير + an adjective describes the head
      (cx.inSet(headIdx + 1, 'except') && nx.norm.length > 2 && toks[headIdx + 2]?.kind === 'word' && !nounForms(toks[headIdx + 2].norm).some((f) => f.article)) ||
      // ("نص القرار"، "مسودة الاتفاق": a record in construct with another record — s8)
      (head.kind === 'document' && nxForm.some((f) => f.article && cx.lex.heads.get(f.stem)?.kind === 'document')) ||
      // ("حساب الرئاسة المصرية على إكس"، "الصفحة الرسمية لوزارة الداخلية": a page or account with its owner — s8)
      (isAccount(cx, headIdx) && accountOwner(cx, headIdx, sEnd) !== null) ||
      // (s9 probe) a record in construct with its author, a person or a definite title ("رسالة الوزير"، "مذكرة السفير X"), or an
      // indefinite record before a past verb with its resumptive pronoun ("رسالة وجهها رئيس الوزراء إلى البرلمان")
      (head.kind === 'document' && ((!!cx.mentionAt[headIdx + 1] && cx.mentionAt[headIdx + 1]!.tokenStart === headIdx + 1 && cx.entityType.get(cx.mentionAt[headIdx + 1]!.entity) === 'PER') ||
        (nxForm.some((f) => f.article) && isTitleWord(cx, headIdx + 1)) ||
        (!form.article && !nxForm.some((f) => f.article) && /^[^ال].{2,3}(ها|ه)$/.test(nx.norm) && !/ة[\u064B-\u065F\u0670]*$/.test(nx.text) && !cx.mentionAt[headIdx + 1])));
    if (!licensed) return null;
  }
  // extend over descriptors, relative clauses, sides, appositions and parentheticals
  let e = headIdx + 1;
  const limit = Math.min(sEnd, Math.max(i + MAX_NP, titled ? titled.tokenEnd : 0));
  const named = !head || head.kind === 'named';
  if (entityOk && mention.tokenEnd > e) e = Math.min(mention.tokenEnd, limit);
  let nameEnd = entityOk && !head ? e : -1;
  let inRel = false;
  let inPP = false;
  /** the organisation named in a role apposition after a person's name ("…، المتحدث باسم اللجنة، إن") */
  let roleOrg: string | undefined;
  let roleSpokes = false;
  /** a role phrase closed by a comma and the person's name (rule:role+comma+name) */
  let roleName = false;
  /** a family name read on after a PER mention inside the description (plainNameTail) */
  let nameTail: { from: number; mention: EntityMention } | null = null;
  /** the name given by a naming verb inside the description ("ويدعى X") */
  let namedBy: { from: number; to: number } | null = null;
  if (titled) evidence.push(unlinked ? 'rule:title-chain+nationality+name' : 'rule:title+name');
  if (unlinked) {
    e = titled!.tokenEnd;
    roleName = true;
  }
  while (e < limit && !unlinked) {
    const t = toks[e];
    // "X، المتحدث باسم اللجنة الوطنية …، إن": a role apposition closed by a comma before the content
    if (e === nameEnd && cx.isComma(e) && cx.entityType.get(mention!.entity) === 'PER') {
      const app = roleApposition(cx, e);
      if (app) {
        e = app.close;
        roleOrg = app.org;
        roleSpokes = app.spokes;
        evidence.push('rule:name+role-apposition');
        break;
      }
    }
    // "وزير الخارجية الأردني أيمن الصفدي": a title mention followed by a name mention of the same entity
    if (e === nameEnd && cx.mentionAt[e] && cx.mentionAt[e]!.entity === mention!.entity && cx.mentionAt[e]!.tokenStart === e && cx.mentionAt[e]!.tokenEnd <= limit) {
      e = cx.mentionAt[e]!.tokenEnd;
      nameEnd = e;
      continue;
    }
    // "جان-لوك مارشان": a hyphenated given name the entity layer cut at the hyphen, and the family name after it (s5b)
    if (e === nameEnd && cx.entityType.get(mention!.entity) === 'PER') {
      const h = hyphenTail(cx, e);
      if (h > e && h <= limit) {
        e = h;
        nameEnd = e;
        evidence.push('rule:name+hyphenated-part');
        continue;
      }
    }
    // "رئيسة المجلس القومي للمرأة المستشارة أمل عمار": a title mention, an honorific and the name mention of the same
    // person (s5b)
    if (e === nameEnd && e + 1 < limit && isTitleWord(cx, e) && cx.mentionAt[e + 1] && cx.mentionAt[e + 1]!.entity === mention!.entity &&
      cx.mentionAt[e + 1]!.tokenStart === e + 1 && cx.mentionAt[e + 1]!.tokenEnd <= limit) {
      e = cx.mentionAt[e + 1]!.tokenEnd;
      nameEnd = e;
      evidence.push('rule:title+honorific+name');
      continue;
    }
    // "مريم عبدالله الكواري إن": a family name split off by the entity layer as another PER mention, right before
    // the content (s5)
    if (e === nameEnd && cx.entityType.get(mention!.entity) === 'PER' && cx.mentionAt[e] && cx.mentionAt[e]!.tokenStart === e && cx.mentionAt[e]!.start === t.start &&
      cx.entityType.get(cx.mentionAt[e]!.entity) === 'PER' && cx.mentionAt[e]!.tokenEnd - e <= 2 && (cx.isComp(cx.mentionAt[e]!.tokenEnd) || cx.isComma(cx.mentionAt[e]!.tokenEnd))) {
      e = cx.mentionAt[e]!.tokenEnd;
      nameEnd = e;
      evidence.push('rule:name+split-family-name');
      continue;
    }
    // a recognised name ends where its mention ends — unless an apposition follows ("…، وهو معلم …،"،
    // "رجل الدين البارز، مقتدى الصدر، إلى …")
    // "أعربت البعثة الأممية في ليبيا عن قلقها": a short place phrase between the name and the verb's governed
    // preposition belongs to the subject
    if ((e === nameEnd || (named && !head && !inRel && e > k)) && governs.length && t.norm === 'في' && cx.mentionAt[e + 1] && cx.entityType.get(cx.mentionAt[e + 1]!.entity) === 'LOC') {
      let m = e + 1;
      while (m < Math.min(limit, e + 4) && toks[m].kind === 'word' && !governs.includes(toks[m].norm) && !cx.isComp(m) && !cx.cueAt(m)) m++;
      if (m > e + 1 && m < limit && governs.includes(cx.norm(m))) {
        e = m;
        break;
      }
    }
    // "هيئة الطرق والمواصلات في دبي عن …": a coordinated definite noun after an organisation's name the entity layer cut
    // short is part of the name (s8)
    if (e === nameEnd && cx.entityType.get(mention!.entity) === 'ORG' && t.kind === 'word' && /^وال.{3,}/.test(t.norm) && !cx.mentionAt[e] &&
      !cx.cueAt(e) && !cx.isComp(e) && e + 1 <= limit) {
      e++;
      nameEnd = e;
      evidence.push('rule:org+conjunct');
      continue;
    }
    // "X وزير الثروة الزراعية والسمكية وموارد المياه، في كلمته، إن": the coordinated end of a title the entity layer cut
    // short, up to the comma before a statement phrase or the content (s8)
    if (e === nameEnd && cx.entityType.get(mention!.entity) === 'PER') {
      const tail = titleTail(cx, e, limit);
      if (tail > e) {
        e = tail;
        evidence.push('rule:name+title-tail');
        break;
      }
    }
    if (e === nameEnd && !(cx.isComma(e) && (cx.inSet(e + 1, 'apposition') || commaContinues(cx, e, 'named', limit)))) break;
    // ("كشفت وثيقة صادرة عن وزارة المالية أن": عن after an issuing participle names the issuer, not the verb's object — s8)
    if (governs.length && !inRel && governs.includes(t.norm) && !(e > k && cx.inSet(e - 1, 'issued'))) break;
    // "مغردة تُدعى "أم سلطان""، "عامل يدعى سمير": a naming verb right after the head gives the person a name (s5)
    if (head && !inRel && e > headIdx && cx.inSet(e, 'naming')) {
      const m = namedAfter(cx, e + 1, limit);
      if (m > e + 1) {
        namedBy = { from: e + 1, to: m };
        e = m;
        continue;
      }
    }
    // "اكتفى X بالتأكيد …": the masdar of a saying verb ends the subject
    if (cx.inSet(e, 'masdar')) break;
    // "اختتم الوزير كلمته بالتأكيد …": a possessed noun right before that masdar is the verb's object (s5)
    if (e > k && !cx.mentionAt[e] && cx.inSet(e + 1, 'masdar') && t.kind === 'word' && !t.norm.startsWith('ال') && hasPronounSuffix(t.norm, cx.lex)) {
      objectBeforeMasdar = true;
      break;
    }
    // "أفاد سكان في المدينة بسماع …": the governed ب is attached to the verb's object
    if (governs.includes('ب') && !inRel && e > headIdx && t.kind === 'word' && t.norm.length > 3 && t.norm[0] === 'ب' && t.norm !== 'باسم' && !cx.mentionAt[e]) break;
    if (cx.inQuote[e] >= 0 && !((inRel || inPP) && cx.qOpen(e) >= 0) && !(t.kind === 'quote' && quotedOrgAt(cx, e, k))) break;
    if (t.kind === 'quote') {
      // a quoted name inside a relative clause ("التي تحدثت إلى "عربي بوست""), after a media head (وكالة "وفا") or
      // inside a prepositional phrase of a role ("المحلل في شركة "كامكو إنفست" رائد دياب")
      const q = cx.qOpen(e);
      // (also an outlet in construct with an anonymous head: مراسل "الجزيرة")
      if ((inRel || inPP || (head && (head.kind === 'media' || (head.kind === 'anonymous' && !form.article)) && e === headIdx + 1)) && q >= 0 && cx.quotes[q].close > 0 && cx.quotes[q].words <= 4) {
        e = cx.quotes[q].close + 1;
        continue;
      }
      // a quoted organisation name inside the description ("الرئيسة التنفيذية لشركة "نورث ميد إنرجي" البريطانية، X"):
      // the entity layer found an organisation filling the quotes
      if (quotedOrgAt(cx, e, k)) {
        e = cx.quotes[q].close + 1;
        evidence.push('rule:description+quoted-org');
        continue;
      }
      break;
    }
    if (cx.isComp(e) || cx.isColon(e) || cx.inSet(e, 'then')) break;
    if (cx.inSet(e, 'qawl')) break;
    // ("أعرب الاتحاد العام لنقابات العمال عن رفضه": لـ + a common noun in the name of a body, with the verb's governed
    // preposition a few plain words on — part of the subject, not the addressee; s5b)
    // ("تقرير لوكالة الطاقة الدولية": لـ + an organisation right after an indefinite record is its issuer — s5b)
    const issuerAfterRecord = head?.kind === 'document' && e === headIdx + 1 && !form.article && t.kind === 'word' && /^ل[^ل]/.test(t.norm) && !!cx.mentionAt[e] &&
      cx.mentionAt[e]!.tokenStart === e && cx.entityType.get(cx.mentionAt[e]!.entity) === 'ORG' && cx.mentionAt[e]!.tokenEnd <= limit;
    if (issuerAfterRecord) {
      e = cx.mentionAt[e]!.tokenEnd;
      evidence.push('rule:record+issuer-l');
      continue;
    }
    if (cx.recipientAt(e) && (!inRel || !cx.inSet(e - 1, 'recipverb')) && !governedSoon(cx, e, governs, limit)) break;
    if (cx.statementAt(e) !== e) break;
    if (cx.reasonAt(e)) break;
    // "وفق بيان تلقت "المدى" نسخة منه": an adjectival clause of an indefinite record closed by a resumptive pronoun within
    // six words belongs to the description (s5)
    if (head && head.kind === 'document' && !inRel && !form.article && e === headIdx + 1 && t.kind === 'word' && !cx.isComp(e)) {
      let m = e + 1;
      while (m < Math.min(limit, e + 7) && (toks[m].kind === 'word' || toks[m].kind === 'quote') && !cx.inSet(m, 'resumptive') && !cx.isComp(m)) m++;
      if (m < limit && cx.inSet(m, 'resumptive')) {
        e = m + 1;
        evidence.push('rule:record+clause-with-resumptive', cx.lex.setLines.resumptive);
        continue;
      }
    }
    // "وحسب معطيات تقرير أعدته المديرية …"، "نتائج دراسة أجرتها …": a record in construct with another, indefinite record
    // (s7)
    if (head && head.kind === 'document' && !inRel && e === headIdx + 1 && t.kind === 'word' && !form.article &&
      nounForms(t.norm).some((f) => !f.article && cx.lex.heads.get(f.stem)?.kind === 'document')) {
      evidence.push('rule:record+record');
      e++;
      continue;
    }
    // "حصيلة أعلنتها وزارة الصحة"، "أرقام نشرتها المنظمة": the document's adjectival clause names its issuer
    if (head && head.kind === 'document' && !inRel && issuingClause(cx, e)) {
      inRel = true;
      evidence.push('rule:document+issuing-clause', cx.lex.setLines.publish);
      e++;
      continue;
    }
    // "أنباء غير مؤكدة": after غير the participle is an adjective of the head, not a cue
    // ("المصادر التي تحدثت إلى "عربي بوست"": a verb of speaking to an outlet inside the relative clause is part of it)
    if ((cx.cueAt(e) || cx.accordingAt(e)) && !(e - 1 > headIdx && cx.inSet(e - 1, 'except') && toks[e - 1].kind === 'word') && !(inRel && cx.inSet(e, 'recipverb'))) break;
    if (!inRel && cx.inSet(e, 'recipverb')) break;
    if (cx.isDash(e)) {
      // ـ parenthetical ـ
      let m = e + 1;
      while (m < limit && !cx.isDash(m) && toks[m].kind === 'word') m++;
      if (m < limit && cx.isDash(m) && m > e + 1) {
        e = m + 1;
        continue;
      }
      break;
    }
    if (t.text === '(') {
      let m = e + 1;
      while (m < Math.min(limit, e + 8) && toks[m].text !== ')') m++;
      if (m < limit && toks[m].text === ')') {
        e = m + 1;
        continue;
      }
      break;
    }
    if (cx.isComma(e) && cx.inSet(e + 1, 'apposition') && commaContinues(cx, e, head ? head.kind : 'named', limit)) {
      // "X، وهو معلم من حي الجمارك، …": jump over the apposition to its closing comma
      let m = e + 2;
      while (m < cx.toks.length && !cx.isComma(m)) m++;
      // "أحد السكان، ويدعى X،": the apposition names the person (s5)
      if (cx.inSet(e + 1, 'naming') && m > e + 2) namedBy = { from: e + 2, to: m };
      e = m;
      inRel = false;
      if (nameEnd >= 0) break;
      continue;
    }
    // "الكاتب العام للمكتب النقابي …، محمد سالم ولد الشيخ أحمد، في تصريح …"، "المدير العام للشركة، الفرنسي X، قد صرح":
    // a role phrase, a comma and the person's name (a nationality may come first) closed by a comma or the content
    if (cx.isComma(e) && named && !head && !entityOk && e > k) {
      const after = roleCommaName(cx, e, limit);
      if (after > 0) {
        e = after;
        roleName = true;
        evidence.push('rule:role+comma+name');
        break;
      }
    }
    if (cx.isComma(e)) {
      if (commaContinues(cx, e, head ? head.kind : 'named', limit)) {
        e++;
        inRel = false;
        continue;
      }
      break;
    }
    if (t.kind === 'punct' || t.kind === 'symbol') break;
    if (cx.inSet(e, 'rel')) {
      if (named && !head) break;
      inRel = true;
      e++;
      continue;
    }
    if (!inRel && !named) {
      const tf = nounForms(t.norm);
      // "صحيفة X تصريحاً لـY": the statement noun starts the object
      // (but a record's genitive is part of it: "نتائج التحقيق")
      if (!inPP && (cx.tokBits[e] & STATEMENT) !== 0 && !(head!.kind === 'document' && e === headIdx + 1 && !form.article && tf.some((f) => f.article))) break;
      if (cx.inSet(e, 'stop') && !((head!.kind === 'anonymous' || head!.kind === 'vague') && cx.lex.sets.inside.has(t.norm))) break;
      if ((head!.kind === 'media' || head!.kind === 'document') && t.norm === 'عن' && !hasBare(cx.lex.sets.issued, toks[e - 1].norm)) break;
      // ("المحلل السياسي علي الأحمد": علي written with ي is the given name, not the preposition على — s6)
      if (cx.lex.sets['pp-open'].has(t.norm) && !prepSpelledAsName(cx, t)) inPP = true;
      else if (!inPP && form.article && (head!.kind === 'anonymous' || head!.kind === 'vague')) {
        // a definite head takes definite adjectives; an indefinite word here is the verb's object —
        // unless the entity layer knows a person's name here ("المحلل السياسي محمد الأحمد")
        const adj = tf.some((f) => f.article || cx.lex.descriptors.has(f.stem) || cx.lex.nisbas.has(f.stem));
        // "وطالب المحتجون الحكومة بالإفراج …": a definite word right before the governed preposition is the
        // verb's object, not an adjective of the subject
        const nx = toks[e + 1];
        if (objectFollows && governs.length && nx && nx.kind === 'word' && governs.some((g) => g === 'ب' ? nx.norm.length > 3 && nx.norm[0] === 'ب' && nx.norm !== 'باسم' : nx.norm === g) && !tf.some((f) => cx.lex.descriptors.has(f.stem) || cx.lex.nisbas.has(f.stem))) break;
        const name = cx.mentionAt[e];
        if (name && name.tokenStart === e && cx.entityType.get(name.entity) === 'PER') {
          e = Math.min(name.tokenEnd, limit);
          // "النائب وليد كامل الخطيب بأن": a family name the entity layer left out, one or two plain words right before the
          // content (s6)
          const x = plainNameTail(cx, e, limit);
          if (x > e) {
            nameTail = { from: e, mention: name };
            e = x;
          }
          break;
        }
        // "المواطن أبو علي"، "الناشط سامي …": a kunya or a given name and the word after it
        if (!name && (cx.lex.givenNames.has(t.norm) || cx.lex.sets.kunya.has(t.norm)) && toks[e + 1]?.kind === 'word' && !cx.isBoundary(e + 1) && !cx.inSet(e + 1, 'stop')) {
          e = Math.min(e + 2, limit);
          continue;
        }
        if (!adj) break;
      }
    }
    if (named && !inRel) {
      // names and titles: stop at prepositions (except باسم) and after a few words
      // "المديرة العامة للصندوق كريستالينا غورغييفا": لل inside a title, unless the clause opens here
      if (e > k && t.norm.startsWith('لل') && (cx.isBoundary(e + 1) || e + 1 >= limit || cx.inSet(e + 1, 'stop'))) break;
      if (cx.inSet(e, 'qawl')) break;
      // after a verb that takes an object, a guessed name does not go from a definite word to an indefinite
      // one ("وأعلنت الوزارة ارتفاع عدد …")
      if (objectFollows && !head && !entityOk && !cx.mentionAt[e] && e > k && toks[e - 1].norm.startsWith('ال') && !t.norm.startsWith('ال') && t.kind === 'word' && t.norm.length > 2 &&
        !nounForms(t.norm).some((f) => f.article || cx.lex.nisbas.has(f.stem) || cx.lex.descriptors.has(f.stem)) && !cx.lex.givenNames.has(t.norm) && !governedSoon(cx, e, governs, limit)) {
        npBoundary = true;
        break;
      }
      // "طمأنت الوزارة المقيمين بأن …": a definite sound masculine plural does not qualify a definite singular
      // feminine noun — it is the verb's object
      if (objectFollows && !head && e > k && !cx.mentionAt[e] && /^ال.{3,}(ين|ون)$/.test(t.norm) && toks[e - 1].norm.startsWith('ال') && /ة[\u064B-\u065F\u0670]*$/.test(toks[e - 1].text) &&
        !cx.lex.nisbas.has(t.norm.slice(2))) {
        npBoundary = true;
        break;
      }
      // after أعلن, a performative object does not belong to a guessed name ("أعلنت الحكومة الحداد العام")
      if (objectFollows && !head && !entityOk && e > k && !cx.mentionAt[e] && nounForms(t.norm).some((f) => f.article && cx.lex.sets.act?.has(f.stem))) {
        npBoundary = true;
        break;
      }
      // a name holds no time or duration ("الحكومة الحداد الرسمي … لمدة أربعين يوماً")
      if (!head && !entityOk && (cx.inSet(e, 'time') || t.kind === 'number' || cx.lex.sets.duration.has(t.norm))) break;
      // "… دعمه لكليتشدار أوغلو": a name behind a clitic preposition is an object, never part of the subject
      const cm = cx.mentionAt[e];
      // ("القيادة العامة لشرطة عجمان": after an organisation head, لـ + an organisation is part of its name — s5)
      if (e > k && cm && cm.tokenStart === e && cm.start > t.start && !t.norm.startsWith('لل') && cx.entityType.get(cm.entity) === 'ORG' && t.norm[0] === 'ل' &&
        nounForms(toks[k].norm).some((f) => (f.article && cx.lex.titleWords.has(f.stem)) || cx.lex.orgHeadWords.has(f.stem)) && e - k <= 4) {
        e = Math.min(cm.tokenEnd, limit);
        break;
      }
      if (e > k && cm && cm.tokenStart === e && cm.start > t.start && !t.norm.startsWith('لل')) break;
      if (cx.inSet(e, 'stop') || cx.lex.sets['name-end'].has(toks[e].norm)) {
        // "المبعوث الشخصي للأمين العام للأمم المتحدة إلى السودان، الدبلوماسي النرويجي X، من أن": a short place phrase
        // closes the role, then a comma and the person's name (s7)
        // (also a place phrase with في: "مدير الدفاع المدني في محافظة إربد، العقيد X، أن" — s8)
        if (!head && !entityOk && e > k && (cx.inSet(e, 'prep') || cx.norm(e) === 'في')) {
          let c = e + 1;
          while (c < Math.min(limit, e + 5) && toks[c].kind === 'word' && !cx.isComp(c) && !cx.cueAt(c)) c++;
          const after = c > e + 1 && cx.isComma(c) ? roleCommaName(cx, c, limit) : -1;
          if (after > 0) {
            e = after;
            roleName = true;
            evidence.push('rule:role+pp+comma+name');
            break;
          }
        }
        // "الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل": a title whose PP runs into a
        // person's name (entity layer) — the name ends the description
        const nm = head ? -1 : nameAhead(cx, e, Math.min(limit, e + 8));
        if (nm > e) {
          e = nm;
          break;
        }
        break;
      }
      if (e - k >= 10) break;
    }
    e++;
  }
  // a preposition left dangling at the end ("خبراء من أن") belongs to the verb; so does a comma
  while (e > headIdx + 1 && ((cx.lex.sets.dangling.has(toks[e - 1].norm) && !prepSpelledAsName(cx, toks[e - 1])) || cx.isComma(e - 1))) e--;
  if (e <= k) return null;
  // an unknown phrase is a name only when a reporting structure follows it
  if (!head && !entityOk) {
    const nx = e;
    const ok = nx >= sEnd || cx.isBoundary(nx) || skipExtras(cx, nx, {}) !== nx || cx.isComma(nx) || cx.statementAt(nx) !== nx || cx.isDash(nx) || cx.inSet(nx, 'stop') ||
      cx.inSet(nx, 'governed') || cx.inSet(nx, 'masdar') || objectBeforeMasdar ||
      (governs.includes('ب') && cx.toks[nx]?.kind === 'word' && cx.toks[nx].norm.length > 3 && cx.toks[nx].norm[0] === 'ب' && !cx.mentionAt[nx]) || (governs.length > 0 && governs.includes(cx.norm(nx))) || cx.norm(nx) === 'قد' || cx.inSet(nx, 'qawl') || cx.inSet(nx, 'rel') || (cx.toks[nx]?.kind === 'word' && cx.toks[nx].norm.startsWith('لل')) || cx.cueAt(nx)?.entry.cls === 'circ' || cx.inSet(nx, 'then') ||
      (cx.toks[nx]?.kind === 'punct' && /^[.!?؟…]$/.test(cx.toks[nx].text));
    // "وأعلنت الوزارة ارتفاع …": a verb that takes an object may have its subject end at an NP boundary
    if ((!ok && !(objectFollows && npBoundary)) || (e - k > 10 && !roleName)) return null;
    if (!first.norm.startsWith('ال') && first.kind === 'word' && e - k === 1 && !/ي$/.test(first.norm) && !allowName) return null;
    // "كشفت الأزمة أن …": an event, a situation or a span of time is no speaker (inanimate.tsv)
    if (forms.some((f) => cx.lex.inanimate.has(f.stem))) {
      cx.inanimateAt = k;
      return null;
    }
  }
  const endOff = toks[e - 1].end;
  // "لفان دير بيرغ": a proclitic the noun forms did not cut, but the entity layer's mention starts after it
  const mk = cx.mentionAt[k];
  const span = cx.span(mk && mk.tokenStart === k && mk.start > spanStart && mk.start < toks[k].end ? mk.start : spanStart, endOff);
  // fused لل: the span starts after it, the label restores the article
  const fused = form.article && form.spanCut === form.cut && form.cut >= 2;
  // description words, nisbas, side
  const words = new Set<string>();
  const nisbas = new Set<string>();
  for (let m = k; m < e; m++) {
    if (m === headIdx && head) continue;
    if (m === k && ahad) continue;
    const tk = toks[m];
    if (tk.kind !== 'word') continue;
    const f = nounForms(tk.norm);
    const stem = f.find((x) => x.article)?.stem ?? f[0].stem;
    if (stem.length >= 2 && !cx.lex.sets.stop.has(tk.norm) && !cx.lex.sets.rel.has(tk.norm)) words.add(stem);
    for (const g of f) {
      const ns = cx.lex.nisbas.get(g.stem);
      if (ns) nisbas.add(ns);
    }
  }
  const side = findSide(cx, k, e);
  let kind: SourceDesc['kind'] = head ? head.kind : 'named';
  let entity: string | null = null;
  let entityName: string | undefined;
  let inner: EntityMention | undefined;
  // "أوساط نيابية"، "أوساط اقتصادية في مصراتة": circles qualified only by an adjective claim no access (vague); in
  // construct with a body or person ("أوساط رئيس المجلس") they stand for it (anonymous) (wordsets.tsv `circles`) (s5b)
  if (head && head.kind === 'anonymous' && !ahad && headIdx === k && forms.some((f) => cx.lex.sets.circles?.has(f.stem)) && toks[headIdx + 1]?.kind === 'word' &&
    !cx.mentionAt[headIdx + 1] && !nounForms(toks[headIdx + 1].norm).some((f) => f.article) && nounForms(toks[headIdx + 1].norm).some((f) => /(يه|ي)$/.test(f.stem) || cx.lex.nisbas.has(f.stem))) {
    kind = 'vague';
    evidence.push(cx.lex.setLines.circles);
  }
  // "اعتبر النائب أن …" after "النائب فارس الحلبي": a bare definite head that is also a title (نائب، مساعد) refers to
  // the person last named with that title, as a bare title does (s5b)
  if (head && head.kind === 'anonymous' && !ahad && e === k + 1 && form.article && !entityOk && cx.lex.titleWords.has(form.stem)) {
    const ref = personWithTitle(cx, k, form.stem);
    if (ref) {
      kind = 'named';
      entity = ref;
      entityName = cx.entityName.get(ref);
      evidence.push('rule:title-only=last-person-with-title');
    }
  }
  if (!entityOk && !head && !unlinked) {
    for (let m = k + 1; m < e; m++) {
      const mm = cx.mentionAt[m];
      // (s9) also a quoted organisation closing the description: "إدارة «مرسى المغرب»" is that company speaking
      const quotedEnd = mm && toks[e - 1]?.kind === 'quote' && mm.tokenEnd === e - 1 && mm.tokenStart === m && toks[m - 1]?.kind === 'quote' && cx.entityType.get(mm.entity) === 'ORG';
      if (mm && (mm.tokenEnd === e || quotedEnd) && (cx.entityType.get(mm.entity) === 'PER' || cx.entityType.get(mm.entity) === 'ORG') && !(cx.entityType.get(mm.entity) === 'PER' && cx.lex.sets.kunya.has(cx.norm(mm.tokenStart)) && mm.tokenEnd - mm.tokenStart <= 2 && m > k + 1)) inner = mm;
    }
  }
  // "أعلن مكتب رئيس الوزراء X": the office of a person speaks, not the person (wordsets.tsv `office`) (s5b)
  let officeOf: string | undefined;
  if (inner && cx.entityType.get(inner.entity) === 'PER' && inner.tokenStart > k + 1 && forms.some((f) => !f.article && cx.lex.sets.office?.has(f.stem))) {
    officeOf = inner.entity;
    inner = undefined;
    evidence.push(cx.lex.setLines.office);
  }
  // "وقال السويسري مارسيل كولر، المدير الفني للأهلي": a nationality adjective, then a person's name — the person, not
  // the organisation of the role after the name (s5b)
  if (!entityOk && !head && e > k + 1 && first.kind === 'word' && nationalityOf(first.norm)) {
    const pm = cx.mentionAt[k + 1];
    if (pm && pm.tokenStart === k + 1 && pm.start === toks[k + 1].start && cx.entityType.get(pm.entity) === 'PER') {
      inner = pm;
      evidence.push('rule:nationality+name');
    }
  }
  if (inner) {
    entity = inner.entity;
    entityName = cx.entityName.get(entity);
    evidence.push('rule:title+entity');
  } else if (head && isAccount(cx, headIdx) && accountOwner(cx, headIdx, e)) {
    // "الصفحة الرسمية لوزارة الداخلية على فيسبوك"، "حساب الرئاسة على إكس": the owner of the page speaks (s8)
    const owner = accountOwner(cx, headIdx, e)!;
    kind = 'named';
    entity = owner;
    entityName = cx.entityName.get(owner);
    evidence.push('rule:social-account-of', cx.lex.setLines['social-account']);
  } else if (head && head.kind === 'media' && !entityOk && outletAfterHead(cx, headIdx, e)) {
    // "موقع هسبريس"، "صحيفة الشروق": the outlet named right after its media head
    entity = outletAfterHead(cx, headIdx, e)!;
    entityName = cx.entityName.get(entity);
    evidence.push('rule:media-head+outlet');
  } else if (entityOk && (!head || head.kind === 'named' || head.kind === 'media')) {
    entity = mention.entity;
    entityName = cx.entityName.get(entity);
    if (!head) kind = 'named';
    evidence.push('rule:source=entity');
    // "وأضافت موتوا" after "الدكتورة غريس وانجيرو موتوا" whose family name the entity layer made another one-word person:
    // the source quoted before whose description ends with that word (s5b)
    // ("وأضاف أبو سمرة" after "الدكتور خليل إبراهيم أبو سمرة": a family name of a kunya and a word, split off the same way — s6)
    const kunyaSurname = e === k + 2 && cx.lex.sets.kunya.has(first.norm) && cx.toks[k + 1]?.kind === 'word' && normalize(cx.entityName.get(entity) ?? '').trim() === `${first.norm} ${cx.norm(k + 1)}`;
    if (!head && (e === k + 1 || kunyaSurname) && cx.entityType.get(entity) === 'PER' && (kunyaSurname || !(cx.entityName.get(entity) ?? '').trim().includes(' '))) {
      const prior = sourceBySurname(cx, kunyaSurname ? `${first.norm} ${cx.norm(k + 1)}` : first.norm, entity);
      if (prior) {
        entity = prior;
        entityName = cx.entityName.get(prior);
        evidence.push('rule:surname=earlier-source');
      }
    }
  } else if (!head) {
    evidence.push('rule:source=name-before-boundary');
    // "طمأنت الوزارة …" after "وزارة الصحة العامة"، "النيابة" after "النيابة العامة": one definite word that
    // begins the name of an organisation named before is that organisation (the last one)
    if (e === k + 1 && form.article) {
      const org = orgOfHead(cx, form.stem, toks[k].start);
      if (org) {
        entity = org;
        entityName = cx.entityName.get(org);
        evidence.push('rule:source=bare-head-coref');
      }
    }
    // a state or capital speaking ("أعربت الرياض عن …"): the place entity covering the whole name
    if (mention && mention.tokenStart === k && mention.tokenEnd === e && cx.entityType.get(mention.entity) === 'LOC') {
      entity = mention.entity;
      entityName = cx.entityName.get(entity);
      evidence.push('rule:source=place-entity');
    }
    // "فأجاب الوزير بأن …": a bare definite title refers to the person last named with that title (s5)
    // ("وقال رئيس البلدية" after "رئيس بلدية صيدا X": a title in construct with a definite noun — both words must
    // stand before the person's name)
    const second = e === k + 2 && !form.article && cx.lex.titleWords.has(form.stem) && toks[k + 1].kind === 'word' ? nounForms(toks[k + 1].norm).find((f) => f.article) : undefined;
    // ("وأكد الوزير السعودي": a definite title with definite nationality adjectives — the person's window must hold them)
    let nisbaEnd = k + 1;
    while (form.article && nisbaEnd < e && nisbaEnd < k + 3 && toks[nisbaEnd].kind === 'word' && nounForms(toks[nisbaEnd].norm).some((f) => f.article && cx.lex.nisbas.has(f.stem))) nisbaEnd++;
    const withNisba = form.article && e > k + 1 && nisbaEnd === e;
    if (!entity && ((e === k + 1 && form.article) || second || withNisba) && cx.lex.titleWords.has(form.stem)) {
      const ref = personWithTitle(cx, k, form.stem, second?.stem, withNisba ? toks.slice(k + 1, e).map((t) => cx.lex.nisbas.get(nounForms(t.norm).find((f) => f.article)!.stem)!) : undefined);
      if (ref) {
        entity = ref;
        entityName = cx.entityName.get(ref);
        evidence.push('rule:title-only=last-person-with-title');
      }
    }
    // "ردّ الحلبي" after "النائب فارس جورج الحلبي" when the entity layer left the family name alone unlinked: the
    // person last named whose name ends with that word (s5b)
    if (!entity && e === k + 1 && first.kind === 'word' && !cx.mentionAt[k] && first.norm.length >= 3) {
      const ref = personBySurname(cx, k, first.norm);
      if (ref) {
        entity = ref;
        entityName = cx.entityName.get(ref);
        evidence.push('rule:surname=last-person-with-name');
      }
    }
    if (!entity && !unlinked) {
      const unnamed = unnamedGroup(cx, k, e);
      if (unnamed) {
        kind = unnamed.kind;
        evidence.push(unnamed.evidence);
      }
    }
  }
  if (head && head.kind === 'anonymous' && !ahad && kind === 'anonymous') {
    // "المتحدث باسم الجيش، العميد يحيى رسول": a title and a name inside the description
    for (let m = headIdx + 1; m < e - 1; m++) {
      const tf = nounForms(toks[m].norm);
      if (tf.some((f) => f.article && (cx.lex.titles.has(f.stem) || cx.lex.titles.has(f.stem.replace(/ه$/, '')))) && toks[m + 1].kind === 'word' && !cx.inSet(m + 1, 'stop') && (cx.isComma(m - 1) || cx.isDash(m - 1))) {
        kind = 'named';
        evidence.push('rule:role+title+name');
        // (s7) the person the entity layer found right after the title is the source: "…، اللواء آدم موسى جبريل،"
        const pm = cx.mentionAt[m + 1];
        if (!entity && pm && pm.tokenStart === m + 1 && pm.tokenEnd <= e && cx.entityType.get(pm.entity) === 'PER') {
          entity = pm.entity;
          entityName = cx.entityName.get(pm.entity);
        }
        break;
      }
      // "محامي الدفاع الأستاذ الشيخ X ولد Y": a definite honorific title (titles.tsv) in the description, not behind a
      // preposition, followed by two or more plain words up to its end — the person's name (s5)
      if (tf.some((f) => f.article && (cx.lex.titles.has(f.stem) || cx.lex.titles.has(f.stem.replace(/ه$/, '')))) && m > headIdx && !cx.inSet(m - 1, 'prep') && !cx.inSet(m - 1, 'stop') && e - m >= 3) {
        let n = m + 1;
        while (n < e && nounForms(toks[n].norm).some((f) => f.article && (cx.lex.titles.has(f.stem) || cx.lex.titles.has(f.stem.replace(/ه$/, ''))))) n++;
        let plain = n < e;
        for (let x = n; x < e && plain; x++) plain = toks[x].kind === 'word' && !cx.inSet(x, 'stop') && !cx.inSet(x, 'prep') && !cx.inSet(x, 'rel') && !(cx.mentionAt[x] && cx.entityType.get(cx.mentionAt[x]!.entity) !== 'PER');
        if (plain && e - n >= 2) {
          kind = 'named';
          evidence.push('rule:role+honorific+name');
          const pm = cx.mentionAt[n];
          // ("الدكتورة غريس وانجيرو موتوا" split by the entity layer into given and family name: the family name, by which
          // later sentences refer to her — s5b)
          const fam = cx.mentionAt[e - 1];
          const use = pm && pm.tokenEnd < e && fam && fam !== pm && fam.tokenEnd === e && cx.entityType.get(fam.entity) === 'PER' ? fam : pm;
          if (!entity && use && (use === fam || use.tokenStart === n) && cx.entityType.get(use.entity) === 'PER') {
            entity = use.entity;
            entityName = cx.entityName.get(entity);
          }
          break;
        }
      }
    }
  }
  if (head && head.kind === 'anonymous' && !ahad && !head.needsModifier && kind === 'anonymous') {
    // a spokesman or role followed by a person's name is a named source — not a name inside a
    // prepositional phrase ("مقرب من المالكي"، "المطلع على اجتماع قاآني بالكاظمي")
    for (let m = headIdx + 1; m < e; m++) {
      // (s9 probe) a preposition inside an organisation's name ("المتحدث باسم وزارة الصحة في غزة أشرف القدرة": «في غزة» is part
      // of the local body's name) neither opens nor ends anything: read over the whole name
      const inside = cx.mentionAt[m];
      if (inside && inside.tokenStart < m && inside.tokenEnd < e && cx.lex.sets['role-pp'].has(toks[m].norm)) {
        m = inside.tokenEnd - 1;
        continue;
      }
      // "النائب في البرلمان الكويتي عبد الكريم الكندري إن": a preposition whose object is exactly an organisation or place
      // name, and right after it a person's name that ends the description, names the source (not "مقرب من X") (s5)
      // (no relation or knowledge word before it: "مصدر مقرب من حركة X فلان" is close to that person, not that person)
      const between = toks.slice(headIdx + 1, m).every((t) => t.kind === 'word' && (t.norm.length <= 3 || nounForms(t.norm).every((f) => cx.lex.descriptors.get(f.stem) !== 'relation')));
      if (cx.lex.sets['role-pp'].has(toks[m].norm) && cx.lex.descriptors.get(head.key) !== 'relation' && between) {
        const mo = cx.mentionAt[m + 1];
        const mt = mo && mo.tokenStart === m + 1 ? cx.entityType.get(mo.entity) : undefined;
        const pm = mo && (mt === 'ORG' || mt === 'LOC') ? cx.mentionAt[mo.tokenEnd] : undefined;
        if (pm && pm.tokenStart === mo!.tokenEnd && pm.tokenEnd === e && pm.start === toks[pm.tokenStart].start && cx.entityType.get(pm.entity) === 'PER') {
          kind = 'named';
          entity = pm.entity;
          entityName = cx.entityName.get(entity);
          evidence.push('rule:role+pp+name');
          break;
        }
      }
      if (cx.lex.sets['role-pp'].has(toks[m].norm) || cx.inSet(m, 'rel')) break;
      const mm = cx.mentionAt[m];
      // (a title right before the name is another person's — "مستشار رئيس الوزراء محمد …" — unless the entity layer
      // gave the whole phrase to this person: "عضو الهيئة المحامي سمير ديلو")
      // (a kunya — "ويدعى أبو حيدر" — is how an unnamed witness is called: it names no one)
      if (mm && cx.entityType.get(mm.entity) === 'PER' && (mm.tokenEnd === e || (nameTail?.mention === mm && mm.tokenEnd === nameTail.from)) && mm.kind === 'name' && mm.start === toks[mm.tokenStart].start && !(cx.lex.sets.kunya.has(cx.norm(mm.tokenStart)) && mm.tokenEnd - mm.tokenStart <= 2) &&
        (!afterTitle(cx, mm.tokenStart, headIdx) || cx.entityTitles(mm.entity).has(normalize(cx.text.slice(spanStart, toks[mm.tokenStart - 1].end))))) {
        kind = 'named';
        entity = mm.entity;
        entityName = nameTail?.mention === mm ? cx.text.slice(mm.start, toks[e - 1].end) : cx.entityName.get(entity);
        evidence.push('rule:role+name');
        if (nameTail?.mention === mm) evidence.push('rule:name+family-name-before-content');
        break;
      }
    }
  }
  if (head && head.kind === 'anonymous' && !ahad && kind === 'anonymous' && !/^مقرب/.test(head.key)) {
    // "القيادي في الحركة رياض الشعيبي": a given name (not behind a preposition or another person's title)
    // followed by a family name at the end of the description names the source
    for (let m = headIdx + 1; m < e - 1; m++) {
      const tk = toks[m];
      // (a kunya "أبو علي" is how an unnamed witness is called: it does not name the source)
      if (tk.kind !== 'word' || !cx.lex.givenNames.has(tk.norm) || toks[m + 1].kind !== 'word' || cx.lex.sets.kunya.has(toks[m - 1].norm)) continue;
      // "على" folds to "علي": a preposition is no name; nor is what follows a grammar word or a descriptor
      // ("علي" written with ي is the name, "على" the preposition)
      if (/ى$/.test(tk.text) || ['prep', 'stop', 'rel', 'pron'].some((set) => (cx.inSet(m, set) && !/ي$/.test(tk.text)) || cx.inSet(m + 1, set))) continue;
      if (nounForms(toks[m + 1].norm).some((f) => cx.lex.descriptors.has(f.stem) || cx.lex.heads.has(f.stem))) continue;
      if (cx.inSet(m - 1, 'prep') || cx.inSet(m - 1, 'stop') || cx.lex.sets['name-pp'].has(toks[m - 1].norm) || afterTitle(cx, m, headIdx)) continue;
      if (cx.lex.sides.some((sd) => sd.words[0] === toks[m - 1].norm && /^مقرب|^قريب/.test(sd.words[0]))) continue;
      // (s5: nor a name after a relation or knowledge word further back: "مصدر مقرب من حركة X فلان")
      if (toks.slice(headIdx + 1, m).some((t) => t.kind === 'word' && !cx.lex.sets['role-pp'].has(t.norm) && t.norm.length > 3 && nounForms(t.norm).some((f) => cx.lex.descriptors.get(f.stem) === 'relation'))) continue;
      kind = 'named';
      evidence.push('rule:role+given-name');
      const pm = cx.mentionAt[m];
      if (!entity && pm && pm.tokenStart === m && cx.entityType.get(pm.entity) === 'PER') {
        entity = pm.entity;
        entityName = cx.entityName.get(entity);
      }
      break;
    }
  }
  // (a bare kunya — "ويدعى أبو أحمد" — is how an unnamed witness is called and names no one; a quoted handle does)
  // "وأضاف ممثل النيابة …" after "وكيل الجمهورية X": a definite role phrase (roles.tsv) that is the whole description
  // refers to the person named last with a phrase of the same role (s5)
  if (!entity && !ahad && e - k <= 4 && (!head || (head.kind === 'anonymous' && (form.article || e - k >= 2))) && (form.article || e - k >= 2)) {
    const role = cx.lex.roles.get(roleKey(normalize(cx.text.slice(cx.toks[k].start, cx.toks[e - 1].end))));
    const ref = role ? personWithRole(cx, k, role.group) : undefined;
    if (ref) {
      entity = ref;
      entityName = cx.entityName.get(ref);
      kind = 'named';
      evidence.push('rule:role-phrase=last-person-in-role', role!.evidence);
    }
  }
  if (namedBy && cx.toks[namedBy.from]?.kind === 'word' && cx.lex.sets.kunya.has(cx.norm(namedBy.from)) && namedBy.to - namedBy.from <= 2) namedBy = null;
  if (namedBy && kind === 'anonymous') {
    kind = 'named';
    evidence.push('rule:naming-verb', cx.lex.setLines.naming);
    const pm = cx.mentionAt[namedBy.from];
    if (!entity && pm && pm.tokenStart === namedBy.from && pm.tokenEnd <= namedBy.to && cx.entityType.get(pm.entity) === 'PER') {
      entity = pm.entity;
      entityName = cx.entityName.get(entity);
    }
  }
  // "الوكالة الوطنية للأرصاد الجوية": an agency without a word of news in its name is a public body, not an outlet
  if (head && head.kind === 'media' && cx.lex.sets['agency-head']?.has(head.key) && !cx.lex.mediaNames.has(normalizeCached(entityName ?? ''))) {
    let news = false;
    for (let m = headIdx + 1; m < e && !news; m++) news = cx.toks[m].kind === 'latin' || nounForms(cx.toks[m].norm).some((f) => cx.lex.sets['news-word']?.has(f.stem) || cx.lex.sets['news-word']?.has(cx.toks[m].norm));
    // (a proper name — "وكالة تسنيم"، وكالة "وفا" — is an outlet: only a definite construct or a لـ-complement names a body)
    // a لـ-complement ("للأرصاد الجوية") or a lexicon organisation that is no outlet ("وكالة الطاقة الدولية")
    let common = false;
    for (let m = headIdx + 1; m < e && !common; m++) common = cx.toks[m].kind === 'word' && cx.toks[m].norm.startsWith('لل');
    // ("وكالة التصنيف "موديز""، "وكالة الفضاء": a definite common noun in construct with the head names a body's field — s5)
    // (not a name of its own: "وكالة الأناضول" — only a mention of the whole "وكالة X" may cover it, and no outlet)
    const fieldMention = cx.mentionAt[headIdx + 1];
    if (!common && !form.article && cx.toks[headIdx + 1]?.kind === 'word' && /^ال/.test(cx.toks[headIdx + 1].norm) && (!fieldMention || fieldMention.tokenStart === headIdx) &&
      !cx.lex.mediaNames.has(normalizeCached(cx.text.slice(cx.toks[headIdx].start, cx.toks[headIdx + 1].end))) && !cx.lex.mediaNames.has(cx.toks[headIdx + 1].norm)) common = true;
    const lexOrg = mention ?? cx.mentionAt[headIdx + 1];
    if (!common && lexOrg && cx.entityType.get(lexOrg.entity) === 'ORG') common = lexiconIds(cx).has(lexOrg.entity);
    if (!news && common && e > headIdx + 1 && !(cx.mentionAt[headIdx + 1] && cx.lex.mediaNames.has(normalizeCached(cx.entityName.get(cx.mentionAt[headIdx + 1]!.entity) ?? '')))) {
      kind = 'named';
      evidence.push('rule:agency-not-news', cx.lex.setLines['agency-head']);
    }
  }
  // "شبكة أطباء السودان"، "شبكة المحامين": a network of people (a head of people after it) is a body, not an outlet
  // (wordsets.tsv `network-head`) (s5b)
  if (head && head.kind === 'media' && kind === 'media' && cx.lex.sets['network-head']?.has(head.key) && headIdx + 1 < e && toks[headIdx + 1].kind === 'word' &&
    nounForms(toks[headIdx + 1].norm).some((f) => { const h = cx.lex.heads.get(f.stem); return !!h && (h.kind === 'anonymous' || h.kind === 'vague'); })) {
    kind = 'named';
    evidence.push('rule:network-of-people', cx.lex.setLines['network-head']);
  }
  // an outlet named without a media head ("قالت رويترز"، "ذكرت نيويورك تايمز"): a media source
  if (kind === 'named' && !head && (cx.lex.mediaNames.has(normalizeCached(entityName ?? '')) || cx.lex.mediaNames.has(normalize(span.text)))) {
    kind = 'media';
    evidence.push('lexicon:data/entities/orgs.tsv(media)');
  }
  // the organisation the source speaks for or comes from: "المتحدث باسم X"، "بيان صادر عن X"، "مسؤول في X"
  let affiliation: string | undefined;
  if (head && !ahad && (head.kind === 'anonymous' || head.kind === 'document')) {
    for (let m = headIdx + 1; m < e; m++) {
      const mm = cx.mentionAt[m];
      if (!mm || mm.tokenStart !== m) continue;
      const type = cx.entityType.get(mm.entity);
      if (type === 'ORG' || (type === 'LOC' && (head.key === 'متحدث' || head.kind === 'document'))) {
        if (mm.entity !== entity) affiliation = mm.entity;
        break;
      }
    }
    // "مسؤول في الوزارة"، "حصيلة أعلنتها الوزارة": a bare organisation head is the organisation of that head named
    // before (article required, only heads of data/entities/org-heads.tsv)
    for (let m = headIdx + 1; !affiliation && m < e; m++) {
      if (cx.mentionAt[m] || toks[m].kind !== 'word') continue;
      const f = nounForms(toks[m].norm).find((x) => x.article && cx.lex.orgHeadWords.has(x.stem));
      if (!f || (toks[m + 1]?.kind === 'word' && m + 1 < e && !cx.inSet(m + 1, 'stop'))) continue;
      const org = orgOfHead(cx, f.stem, toks[m].start);
      if (org) {
        affiliation = org;
        evidence.push('rule:affiliation=bare-head-coref');
      }
    }
  }
  if (head && head.key === 'متحدث' && kind === 'anonymous') {
    // a spokesperson speaks on the record for a named organisation: not an anonymous source
    let official = false;
    for (let m = headIdx + 1; m < Math.min(e, headIdx + 4); m++) if (toks[m].norm === 'باسم') official = true;
    if (official || affiliation) {
      kind = 'named';
      evidence.push('rule:spokesperson-of');
    }
  }
  const d: SourceDesc = {
    kind,
    head: head ? head.key : null,
    definite: form.article || (!head && kind === 'named'),
    ahad,
    span,
    words,
    nisbas,
    entity,
    evidence,
  };
  // a name extended past its mention (a split family name, words after an honorific title): the whole name (s5)
  if (titled && entity === titled.entity && cx.mentionAt[titled.tokenStart]?.tokenEnd !== titled.tokenEnd) entityName = cx.text.slice(titled.start, titled.end);
  if (entityName) d.entityName = entityName;
  else if (fused) d.entityName = 'ال' + span.text;
  if (!affiliation && roleOrg && roleOrg !== entity) affiliation = roleOrg;
  // (an office is affiliated with the person whose office it is: "مكتب رئيس الوزراء X")
  if (!affiliation && officeOf && !entity) affiliation = officeOf;
  // "العقيد X الناطق باسم الجيش …": a role the entity layer joined to the person (a description mention) names
  // the organisation the person speaks for
  if (!affiliation && !head && entity && cx.entityType.get(entity) === 'PER' && mention && mention.tokenEnd < e) {
    const r = orgInRole(cx, mention.tokenEnd, e, entity);
    if (r) {
      affiliation = r.org;
      roleSpokes ||= r.spokes;
      evidence.push('rule:name+role-description');
    }
  }
  if (roleSpokes && kind === 'named') evidence.push('rule:spokesperson-of');
  if (affiliation) d.affiliation = affiliation;
  // ("وأضاف أحدهم، وهو موظف في القطاع المصرفي، أن": an apposition after the partitive describes the part — s7)
  if ((e === k + 1 || (cx.isComma(k + 1) && cx.inSet(k + 2, 'apposition'))) && conjForms(first.norm).some((f) => cx.lex.sets.partitive?.has(f))) {
    d.partitive = true;
    // (the entity layer may take "أحدهما" for a name: a part of a group is not an entity)
    d.entity = null;
    delete d.entityName;
    evidence.push('rule:partitive=last-group', cx.lex.setLines.partitive);
  }
  // what a named source is, for coreference: a person (a PER entity, an unlinked titled name) or an organisation (an ORG
  // entity, a description opening with an organisation head: "البنك المركزي"), never joined to each other (s6)
  if (kind === 'named') {
    const et = entity ? cx.entityType.get(entity) : undefined;
    if (et === 'PER' || unlinked) d.person = true;
    else if (et === 'ORG' || (!head && !entity && !titled && forms.some((f) => f.article && cx.lex.orgHeadWords.has(f.stem) && !cx.lex.titleWords.has(f.stem)))) d.org = true;
  }
  cx.npByEnd.set(e, { d, end: e });
  if (side) d.side = side;
  if (!head && !entity) {
    // names: match on their words, with the article kept off
    d.words = new Set([...words, ...(nounForms(first.norm)[0] ? [nounForms(first.norm).find((x) => x.article)?.stem ?? nounForms(first.norm)[0].stem] : [])]);
  }
  return { d, end: e };
}

/** Ids of the entities that come from the lexicon (key "lex:…"), once per entity layer. */
const LEX_IDS = new WeakMap<object, Set<string>>();
function lexiconIds(cx: Ctx): Set<string> {
  let ids = LEX_IDS.get(cx.entities);
  if (!ids) LEX_IDS.set(cx.entities, (ids = new Set(cx.entities.entities.filter((x) => x.key.startsWith('lex:')).map((x) => x.id))));
  return ids;
}

/** An ORG mention starting right after a media head at h (also inside quotes) and ending within the description. */
function outletAfterHead(cx: Ctx, h: number, e: number): string | undefined {
  for (let m = h + 1; m <= h + 2 && m < e; m++) {
    const mm = cx.mentionAt[m];
    if (mm && mm.tokenStart === m && mm.tokenEnd <= e + 1 && cx.entityType.get(mm.entity) === 'ORG') return mm.entity;
    if (cx.toks[m].kind !== 'quote') return undefined;
  }
  return undefined;
}

/**
 * A guessed name that is no name: an indefinite sound masculine plural of people ("اقتصاديون"، "متعاملون"، "مستثمرون
 * أجانب": unnamed groups of a trade or field, `vague` like «محللون») or a phrase with a coordinated source head ("لجان
 * مقاومة محلية ومصادر طبية": the kind of that head).
 */
function unnamedGroup(cx: Ctx, k: number, e: number): { kind: SourceDesc['kind']; evidence: string } | null {
  for (let m = k + 1; m < e; m++) {
    const t = cx.toks[m];
    if (t.kind !== 'word' || t.norm[0] !== 'و' || cx.mentionAt[m]) continue;
    for (const c of conjForms(t.norm)) {
      if (c === t.norm) continue;
      const h = nounForms(c).map((f) => cx.lex.heads.get(f.stem)).find((x) => x && (x.kind === 'anonymous' || x.kind === 'vague'));
      if (h) return { kind: h.kind as SourceDesc['kind'], evidence: 'rule:source=coordinated-head' };
    }
  }
  const t = cx.toks[k];
  if (t.kind === 'word' && !cx.mentionAt[k] && !t.norm.startsWith('ال') && t.norm.length >= 6 && /(ون|ين)$/.test(t.norm) && !cx.lex.givenNames.has(t.norm) &&
    nounForms(t.norm).length === 1 && e - k <= 4) {
    // "مشجعون تحدثوا إلى "الأيام"": a group the outlet spoke to is people interviewed, unnamed (anonymous), not a
    // vague field of opinion (s7)
    for (let m = k + 1; m <= e && m < k + 3; m++) if (cx.inSet(m, 'recipverb')) return { kind: 'anonymous', evidence: 'rule:source=interviewed-group' };
    return { kind: 'vague', evidence: 'rule:source=indefinite-plural' };
  }
  return null;
}

/**
 * A PER mention within four words after k whose preceding words are a title the entity layer found with it
 * ("العميد الركن عبد الله …", "الدكتورة سلمى …"): the whole phrase is the person. `from` is where the title
 * starts in the text (after any clitic).
 */
function titledPerson(cx: Ctx, k: number, from: number, governs: string[] = []): EntityMention | null {
  // "أستاذة اقتصاديات الطاقة في الجامعة الأمريكية بالقاهرة الدكتورة منى الجارحي إن": a role word opening a longer
  // description whose last words are a person's name, right before the content
  // ("رجل الأعمال الليبي ورئيس مجلس إدارة شركة "…" X": a two-word occupation of wordsets.tsv `occupation` opens it too — s5b)
  const role = cx.toks[k]?.kind === 'word' && (nounForms(cx.toks[k].norm).some((f) => cx.lex.titleWords.has(f.stem) || cx.lex.titleWords.has(f.stem.replace(/ه$/, ''))) ||
    (cx.toks[k + 1]?.kind === 'word' && !!cx.lex.sets.occupation?.has(`${nounForms(cx.toks[k].norm)[0]?.stem ?? cx.toks[k].norm} ${cx.toks[k + 1].norm}`)));
  if (role) {
    // (s5: up to 18 words of title chain — "المديرة التنفيذية لبرنامج … في المنطقة الإقليمية للشرق الأوسط وشمال أفريقيا السيدة X")
    for (let m = k + 1; m <= k + 18 && m < cx.toks.length; m++) {
      const t = cx.toks[m];
      // (a quoted company name inside the chain: "شركة "الساحل الأوسط للملاحة"" — s5b)
      const qo = t.kind === 'quote' && m > k + 1 && cx.toks[m - 1].kind === 'word' ? cx.qOpen(m) : -1;
      if (qo >= 0 && cx.quotes[qo].close > m && cx.quotes[qo].words <= 6 && cx.quotes[qo].close <= k + 18) {
        m = cx.quotes[qo].close;
        continue;
      }
      // ("… وكالة الأمم المتحدة لإغاثة … (الأونروا) في قطاع غزة …": a short parenthesis inside the chain — s6)
      if (t.text === '(' && m > k + 1) {
        let c = m + 1;
        while (c < Math.min(cx.toks.length, m + 6) && cx.toks[c].text !== ')' && cx.toks[c].kind !== 'punct') c++;
        if (cx.toks[c]?.text === ')' && c <= k + 18) {
          m = c;
          continue;
        }
      }
      // "مدرب المنتخب … البرتغالي روي مانويل كارفاليو إن"، "مديرة … النرويجية إنغريد سولبرغ من أن": a nationality adjective
      // closing a title chain, then one to three words right before the content are the person's name, whether the entity
      // layer found them or not (and a name word spelled like a cue — روي — is no cue there) (s6)
      if (t.kind === 'word' && m > k + 1 && t.norm.startsWith('ال') && nationalityOf(t.norm) && !cx.mentionAt[m]) {
        const nm = nameAfterNationality(cx, m + 1, governs);
        if (nm) return nm;
      }
      // ("مدير مكتب منظمة أطباء بلا حدود في غزة، الفرنسي جان ماري دوبوا، إن": or after a comma closing the chain)
      if (cx.isComma(m) && m > k + 1 && cx.toks[m + 1]?.kind === 'word' && cx.norm(m + 1).startsWith('ال') && nationalityOf(cx.norm(m + 1)) && !cx.mentionAt[m + 1]) {
        const nm = nameAfterNationality(cx, m + 2, governs);
        if (nm) return nm;
        break;
      }
      // ("الكاتب الجهوي للاتحاد المغربي للشغل بجهة سوس ماسة، الحسين أوبلا، في تصريح لهسبريس، أن": the chain closed by a comma
      // before the person's name — s7)
      if (cx.isComma(m) && m > k + 2 && cx.mentionAt[m + 1]?.tokenStart === m + 1 && cx.entityType.get(cx.mentionAt[m + 1]!.entity) === 'PER' &&
        cx.mentionAt[m + 1]!.kind === 'name') continue;
      if (t.kind !== 'word' || cx.isComp(m) || cx.cueAt(m) || cx.inSet(m, 'rel')) break;
      const mm = cx.mentionAt[m];
      if (!mm || mm.tokenStart !== m) continue;
      if (cx.entityType.get(mm.entity) !== 'PER') { m = mm.tokenEnd - 1; continue; }
      if (mm.start !== t.start || m <= k + 4) break;
      let after = mm.tokenEnd;
      // "… المهندسة مريم عبدالله الكواري إن": a family name the entity layer split off as another PER mention (s5)
      const fam = cx.mentionAt[after];
      if (fam && fam.tokenStart === after && fam.tokenEnd - after <= 2 && cx.entityType.get(fam.entity) === 'PER' && cx.toks[after].start === fam.start) after = fam.tokenEnd;
      // "… المهندس عثمان طاهر الأمين إن": after an honorific title the rest of the name may be missing from the mention —
      // up to two plain words more, right before the content
      else if (m > k + 1 && isTitleWord(cx, m - 1)) {
        let x = after;
        while (x < after + 2 && cx.toks[x]?.kind === 'word' && !cx.mentionAt[x] && !cx.isComp(x) && !cx.cueAt(x) && !['stop', 'prep', 'rel', 'time', 'then'].some((st) => cx.inSet(x, st))) x++;
        if (x > after && (cx.isComp(x) || cx.isColon(x))) after = x;
      }
      // (a statement phrase may come between the name and the content: "… زارا سلطانة في منشور على "إكس" إن" — s5)
      if (nameEndsBeforeContent(cx, after, governs, m > k + 1 && isTitleWord(cx, m - 1))) {
        return after === mm.tokenEnd ? mm : { ...mm, tokenEnd: after, end: cx.toks[after - 1].end };
      }
      break;
    }
  }
  for (let m = k + 1; m <= k + 4 && m < cx.toks.length; m++) {
    if (cx.toks[m].kind !== 'word') return null;
    const mm = cx.mentionAt[m];
    if (!mm) continue;
    if (mm.tokenStart !== m || mm.start !== cx.toks[m].start || cx.entityType.get(mm.entity) !== 'PER') return null;
    const title = normalize(cx.text.slice(from, cx.toks[m - 1].end));
    if (cx.entityTitles(mm.entity).has(title)) return mm;
    // "المشجع حمد سعيد الكواري"، "الطالبة منى الحربي": a definite common noun in apposition right before a person's name
    // (one word, no mention, no organisation head, not a clause word) is the person's description (s8)
    if (m === k + 1 && mm.kind === 'name' && apposedNoun(cx, k)) return mm;
    return null;
  }
  return null;
}

/**
 * The coordinated end of a title after a person's name and title mention at e ("وموارد المياه"): a word with و, then at
 * most four plain words (no mention, cue, complementizer or grammar word), closed by a comma after which a statement
 * phrase, a recipient or the content follows. Returns the token of that comma, or e.
 */
function titleTail(cx: Ctx, e: number, limit: number): number {
  const t = cx.toks[e];
  if (!t || t.kind !== 'word' || !/^و/.test(t.norm) || t.norm.length < 4 || cx.isComp(e) || cx.cueAt(e) || cx.mentionAt[e]) return e;
  if (['stop', 'prep', 'rel', 'pron', 'time', 'then', 'neg'].some((st) => cx.inSet(e, st))) return e;
  let m = e + 1;
  while (m < Math.min(limit, e + 5) && cx.toks[m].kind === 'word' && !cx.mentionAt[m] && !cx.isComp(m) && !cx.cueAt(m) &&
    !['stop', 'prep', 'rel', 'pron', 'time', 'then', 'neg'].some((st) => cx.inSet(m, st))) m++;
  if (m >= cx.toks.length || !cx.isComma(m)) return e;
  const after = skipExtras(cx, m, {});
  return after > m + 1 && (cx.isComp(after) || cx.isColon(after)) ? m : e;
}

/**
 * "عضو المجلس التشريعي الفلسطيني خالدة جرار إن": within twelve words after the head at h, a definite nationality adjective
 * (no mention) followed by one to three name words right before the content; the name as a mention (or unlinked), else null.
 */
function nationalityChainName(cx: Ctx, h: number, governs: string[]): EntityMention | null {
  for (let m = h + 1; m < Math.min(cx.toks.length, h + 13); m++) {
    const t = cx.toks[m];
    if (t.kind !== 'word' || cx.isComp(m) || cx.cueAt(m) || cx.inSet(m, 'rel')) return null;
    // (the adjective may close an organisation's name: "المجلس التشريعي الفلسطيني")
    // (a name opens with no article and no accusative: "المقالة حديثاً" qualifies the body)
    if (t.norm.startsWith('ال') && nationalityOf(t.norm) && (!cx.mentionAt[m] || cx.mentionAt[m]!.tokenEnd === m + 1)) {
      const nx = cx.toks[m + 1];
      // (nor with a clitic preposition, unless it is a given name: "السعودي لكرة القدم" is the body's name)
      if (!nx || nx.kind !== 'word' || nx.norm.startsWith('ال') || /[\u064B]/.test(nx.text) || (/^[لبك]/.test(nx.norm) && !cx.lex.givenNames.has(nx.norm))) return null;
      return nameAfterNationality(cx, m + 1, governs);
    }
  }
  return null;
}

/** Is the head at h a page or an account (wordsets.tsv `social-account`), with or without the article? */
function isAccount(cx: Ctx, h: number): boolean {
  const t = cx.toks[h];
  return !!t && t.kind === 'word' && nounForms(t.norm).some((f) => cx.lex.sets['social-account']?.has(f.stem));
}

/**
 * The owner of a page or account whose head is at h: a PER or ORG mention (no outlet) in construct with it, after لـ, or
 * after one adjective ("الصفحة الرسمية لـX"، "حساب X الرسمي"), within the description [h, e). Its entity id, else null.
 */
function accountOwner(cx: Ctx, h: number, e: number): string | null {
  for (let m = h + 1; m < Math.min(e, h + 4); m++) {
    const t = cx.toks[m];
    if (t.kind !== 'word') return null;
    const mm = cx.mentionAt[m];
    if (mm && mm.tokenStart === m) {
      const type = cx.entityType.get(mm.entity);
      if ((type !== 'PER' && type !== 'ORG') || cx.lex.mediaNames.has(normalize(cx.entityName.get(mm.entity) ?? ''))) return null;
      return mm.entity;
    }
    // (one adjective may come first: "الصفحة الرسمية لـ…")
    if (m > h + 1 || cx.inSet(m, 'prep') || cx.inSet(m, 'stop')) return null;
  }
  return null;
}

/** Is token k a one-word definite common noun that may stand in apposition before a person's name ("المشجع")? */
function apposedNoun(cx: Ctx, k: number): boolean {
  const t = cx.toks[k];
  if (!t || t.kind !== 'word' || cx.mentionAt[k] || cx.cueAt(k) || cx.accordingAt(k)) return false;
  if (['stop', 'prep', 'rel', 'comp', 'pron', 'time', 'then', 'neg', 'discourse'].some((st) => cx.inSet(k, st))) return false;
  const def = nounForms(t.norm).find((f) => f.article && f.spanCut === 0);
  if (!def || def.stem.length < 3 || cx.lex.orgHeadWords.has(def.stem) || nationalityOf(t.norm)) return false;
  const h = cx.lex.heads.get(def.stem);
  return !h || h.kind === 'anonymous';
}

/**
 * Does the content (or what may stand between a name and it) follow a person's name ending before token `after`?
 * The complementizer, a colon, a governed preposition and the complementizer, a statement phrase ("في منشور على "إكس""),
 * a recipient ("لـ"العربي الجديد"") or a parenthetical statement phrase between commas ("، في تصريح للموقع الرسمي
 * للاتحاد، أن" — s6). `governedOk`: the verb's own governed preposition also ends the name (after an honorific).
 */
function nameEndsBeforeContent(cx: Ctx, after: number, governs: string[], governedOk: boolean): boolean {
  // (a statement phrase may come between the name and the content: "… زارا سلطانة في منشور على "إكس" إن" — s5)
  const st = cx.statementAt(after);
  let nx = st !== after ? st : after;
  if (nx === after && cx.isComma(after)) {
    const st2 = cx.statementAt(after + 1);
    if (st2 !== after + 1) nx = st2;
  }
  // ("شدّدت رئيسة المجلس … المستشارة أمل عمار على ضرورة …": or the verb's governed preposition — s5b)
  if (cx.isComp(nx) || cx.isColon(nx) || (cx.inSet(nx, 'prep') && cx.isComp(nx + 1)) || (nx !== after && (cx.isComma(nx) || cx.recipientAt(nx))) ||
    // ("… الفرنسي جان ماري دوبوا، إن": a comma, then the content — s6)
    (nx === after && cx.isComma(after) && cx.isComp(after + 1)) ||
    (governs.length > 0 && governedOk && cx.toks[nx]?.kind === 'word' && governs.includes(cx.norm(nx)))) return true;
  // "… الدكتور خليل إبراهيم أبو سمرة لـ"العربي الجديد" إن"، "… مايكل رايان للصحفيين في جنيف إن": a recipient or an
  // addressee (لل + a noun) right after the name, a place phrase of one or two words, then the content (s6)
  const r = cx.recipientAt(after);
  let x = r ? r[0] : cx.toks[after]?.kind === 'word' && cx.norm(after).startsWith('لل') && cx.norm(after).length > 4 && !cx.mentionAt[after] ? after + 1 : after;
  if (x === after) return false;
  if (cx.norm(x) === 'في' && cx.toks[x + 1]?.kind === 'word') {
    const pm = cx.mentionAt[x + 1];
    x = pm && pm.tokenStart === x + 1 && pm.tokenEnd <= x + 3 ? pm.tokenEnd : x + 2;
  }
  return cx.isComp(x) || cx.isColon(x) || (cx.isComma(x) && cx.isComp(x + 1));
}

/**
 * After a person's name ending at token e: one or two plain words (no mention, particle, time word or cue) right before the
 * content (a complementizer, a colon, or a governed preposition and the complementizer) — the rest of the name. Returns
 * the token after them, or e.
 */
function plainNameTail(cx: Ctx, e: number, limit: number): number {
  let x = e;
  while (x < e + 2 && x < limit + 2 && cx.toks[x]?.kind === 'word' && !cx.mentionAt[x] && !cx.isComp(x) && !cx.cueAt(x) &&
    !['stop', 'prep', 'rel', 'time', 'then', 'qawl', 'pron'].some((st) => cx.inSet(x, st)) && cx.statementAt(x) === x && !cx.recipientAt(x)) x++;
  if (x > e && (cx.isComp(x) || cx.isColon(x) || (cx.inSet(x, 'prep') && cx.isComp(x + 1)))) return x;
  return e;
}

/**
 * "… البرتغالي روي مانويل كارفاليو إن": one to three words after a nationality adjective that closes a title chain, ending
 * right before the content (nameEndsBeforeContent) — the person's name. A PER mention ending there gives the entity;
 * otherwise the returned mention has the empty entity id (an unlinked name). Null when the words are no name.
 */
function nameAfterNationality(cx: Ctx, a: number, governs: string[]): EntityMention | null {
  let n = a;
  while (n < a + 3 && n < cx.toks.length) {
    const t = cx.toks[n];
    if (t.kind !== 'word' && t.kind !== 'latin') break;
    if (t.kind === 'word' && (['stop', 'prep', 'rel', 'comp', 'pron', 'time', 'then', 'qawl'].some((st) => cx.inSet(n, st)) || nationalityOf(t.norm) || cx.statementAt(n) !== n)) break;
    const mm = cx.mentionAt[n];
    if (mm && cx.entityType.get(mm.entity) !== 'PER') break;
    n++;
  }
  if (n === a || !nameEndsBeforeContent(cx, n, governs, true)) return null;
  // a lone word before the content must be no common word: a name the entity layer knows, or a given name
  const last = cx.mentionAt[n - 1];
  const per = last && cx.entityType.get(last.entity) === 'PER' && last.tokenEnd === n ? last : null;
  if (n === a + 1 && !per && !cx.lex.givenNames.has(cx.norm(a))) return null;
  if (per) return { ...per, tokenStart: Math.min(per.tokenStart, a), start: Math.min(per.start, cx.toks[a].start) };
  return { entity: '', start: cx.toks[a].start, end: cx.toks[n - 1].end, text: cx.text.slice(cx.toks[a].start, cx.toks[n - 1].end), tokenStart: a, tokenEnd: n } as unknown as EntityMention;
}

/**
 * After a person's name, a comma and a role apposition closed by a comma before the content ("…، المتحدث
 * باسم اللجنة الوطنية لإدارة الحالات الطارئة، إن"، "…، مدير إدارة الطوارئ في الوزارة، أن"): returns the closing
 * comma, the first organisation named in it and whether the role is a spokesperson's. Bounded (14 words).
 */
function roleApposition(cx: Ctx, c: number): { close: number; org?: string; spokes: boolean } | null {
  const nx = c + 1;
  const t = cx.toks[nx];
  if (!t || t.kind !== 'word') return null;
  const stems = nounForms(t.norm).map((f) => f.stem);
  const role = stems.find((st) => cx.lex.titleWords.has(st) || cx.lex.heads.get(st)?.key === 'متحدث');
  if (!role) return null;
  let org: string | undefined;
  for (let m = nx + 1; m < Math.min(cx.toks.length, nx + 15); m++) {
    if (cx.isComma(m)) {
      const b = m + 1;
      // (also before a chain's "قوله إن": "نقلت الوكالة عن X، مدير عام …، قوله إن")
      const ok = cx.isBoundary(b) || cx.statementAt(b) !== b || (cx.inSet(b, 'prep') && cx.isComp(b + 1)) || cx.reasonAt(b) !== null || qawlAt(cx, b);
      if (!ok || m <= nx + 1) return null;
      // "المتحدث باسم اللجنة": a bare definite head names the organisation of that head named before
      if (!org) org = bareOrgBefore(cx, nx + 1, m);
      return { close: m, org, spokes: cx.lex.heads.get(role)?.key === 'متحدث' };
    }
    const tk = cx.toks[m];
    if ((tk.kind !== 'word' && tk.kind !== 'latin') || cx.cueAt(m) || cx.isComp(m) || cx.inQuote[m] >= 0) return null;
    const mm = cx.mentionAt[m];
    if (!org && mm && mm.tokenStart === m && cx.entityType.get(mm.entity) === 'ORG') org = mm.entity;
  }
  return null;
}

/**
 * "باسم اللجنة"، "في الوزارة": the last organisation named before token a whose name begins with the definite
 * word of [a, b) (the word after باسم/في, or the first one). One scan of the earlier mentions, only when asked.
 */
function bareOrgBefore(cx: Ctx, a: number, b: number): string | undefined {
  let k = a;
  if (k < b && (cx.norm(k) === 'باسم' || cx.inSet(k, 'prep'))) k++;
  if (k !== b - 1 || !cx.norm(k).startsWith('ال')) return undefined;
  return orgOfHead(cx, cx.norm(k), cx.toks[a].start);
}

/** The last ORG entity mentioned before offset `at` whose name begins with `w` (article ignored). */
function orgOfHead(cx: Ctx, w: string, at: number): string | undefined {
  const bare = w.startsWith('ال') ? w.slice(2) : w;
  if (bare.length < 3) return undefined;
  // the mentions are sorted by start: find the last one before `at`, then walk back at most 300 mentions
  const ms = cx.entities.mentions;
  const lo = lowerBound(ms, at);
  for (let k = lo - 1; k >= Math.max(0, lo - 300); k--) {
    const mm = ms[k];
    if (cx.entityType.get(mm.entity) !== 'ORG') continue;
    const w0 = normalizeCached(cx.entityName.get(mm.entity) ?? '').split(' ')[0];
    if (w0 === bare || w0 === 'ال' + bare) return mm.entity;
    // (s9) …or a name written right after that head outside the mention, in quotes or not: "الشركة" after "شركة «مرسى المغرب»"
    let q = mm.tokenStart - 1;
    if (q >= 0 && cx.toks[q].kind === 'quote') q--;
    if (q >= 0 && cx.toks[q].kind === 'word') {
      const h = cx.toks[q].norm;
      // (an organisation head of the entity lexicon, not a title: "المحافظ" after "محافظ البنك المركزي" is the governor)
      if ((h === bare || (h.length === bare.length + 1 && /^[لبو]/.test(h) && h.slice(1) === bare)) && entityLexicon().orgHeadFirst.has(bare) && !cx.lex.titleWords.has(bare)) return mm.entity;
    }
  }
  return undefined;
}

/** Does a source description with a known head or entity start at token i? (no name guessing) */
export function parseSourceQuick(cx: Ctx, i: number): boolean {
  return parseSource(cx, i, false) !== null;
}

/**
 * The first organisation mentioned in tokens [a, b) right after a role word or باسم (entity-layer mentions, also
 * those hidden under a description mention of the person), and whether the role is a spokesperson's.
 */
function orgInRole(cx: Ctx, a: number, b: number, person: string): { org: string; spokes: boolean } | null {
  const t = cx.toks[a];
  if (!t || t.kind !== 'word') return null;
  const stems = nounForms(t.norm).map((f) => f.stem);
  const role = stems.find((st) => cx.lex.titleWords.has(st) || cx.lex.heads.get(st)?.key === 'متحدث');
  if (!role) return null;
  const from = cx.toks[a].start;
  const to = cx.toks[b - 1].end;
  const ms = cx.entities.mentions;
  for (let k = lowerBound(ms, from); k < ms.length && ms[k].start < to; k++) {
    if (ms[k].end <= to && ms[k].entity !== person && cx.entityType.get(ms[k].entity) === 'ORG') return { org: ms[k].entity, spokes: cx.lex.heads.get(role)?.key === 'متحدث' };
  }
  return null;
}

/** A verb of issuing with an object pronoun at k ("أعلنتها"، "نشرها"): wordsets.tsv `publish`. */
export function issuingClause(cx: Ctx, k: number): boolean {
  const t = cx.toks[k];
  if (!t || t.kind !== 'word') return false;
  const m = /^(.{3,}?)(ها|ه)$/.exec(t.norm);
  return !!m && (cx.lex.sets.publish?.has(m[1]) ?? false);
}

/** "قوله إن/:/«…»" at b: the chain's قوله, with the content right after it. */
function qawlAt(cx: Ctx, b: number): boolean {
  return cx.inSet(b, 'qawl') && (cx.isComp(b + 1) || cx.isColon(b + 1) || cx.qOpen(b + 1) >= 0);
}

/** After a comma inside a source description: does the description go on? */
export function commaContinues(cx: Ctx, c: number, kind: string, limit: number): boolean {
  const nx = c + 1;
  const t = cx.toks[nx];
  if (!t || t.kind !== 'word' || nx >= limit) return false;
  // ("، ويُدعى أبو أحمد،": a naming apposition, not the verb يدّعي)
  if (cx.reasonAt(nx) || (cx.cueAt(nx) && !cx.lex.sets.apposition.has(t.norm)) || cx.isComp(nx) || cx.inSet(nx, 'then') || cx.inSet(nx, 'recipverb')) return false;
  if (cx.statementAt(nx) !== nx || cx.recipientAt(nx)) return false;
  if (kind === 'media' || kind === 'document') {
    // "وكالة تسنيم للأنباء، المقربة من الحرس الثوري، عن مسؤول …": a parenthetical before the chain's عن
    for (let m = nx + 1; m < Math.min(cx.toks.length, nx + 10); m++) {
      // (s9) "ونصّ قرار الوزارة، الصادر الخميس الماضي، على …": a document's issuing participle (wordsets.tsv `issued`), closed
      // before the verb's governed preposition
      if (cx.isComma(m)) return cx.norm(m + 1) === 'عن' || cx.isBoundary(m + 1) || cx.statementAt(m + 1) !== m + 1 ||
        (kind === 'document' && t.norm.startsWith('ال') && !!cx.lex.sets.issued?.has(t.norm.slice(2)) && cx.inSet(m + 1, 'governed'));
      if (cx.toks[m].kind !== 'word' || cx.cueAt(m) || cx.isComp(m)) return false;
    }
    return false;
  }
  if (cx.lex.sets.apposition.has(t.norm)) {
    // "إبراهيم آدم، وهو معلم من حي الجمارك، لـ"…"": an apposition closed by a comma before the rest
    for (let m = nx + 1; m < Math.min(cx.toks.length, nx + 14); m++) {
      if (cx.isComma(m)) return m > nx + 1 && (cx.isBoundary(m + 1) || cx.statementAt(m + 1) !== m + 1 || (cx.inSet(m + 1, 'prep') && cx.isComp(m + 2)) || (!!cx.cueAt(m + 1) && cx.cueAt(m + 1)!.entry.cls !== 'circ') || qawlAt(cx, m + 1));
      // (an age in it: "وهو طالب يبلغ من العمر 22 عاماً" — s5)
      if (cx.toks[m].kind === 'number' || (cx.inSet(m, 'age-verb') && cx.norm(m + 1) === 'من')) continue;
      if (cx.toks[m].kind !== 'word' || cx.cueAt(m) || cx.isComp(m)) return false;
    }
    return false;
  }
  const f = nounForms(t.norm);
  if (f.some((x) => cx.lex.descriptors.has(x.stem) && cx.lex.descriptors.get(x.stem) !== 'reason' && cx.lex.descriptors.get(x.stem) !== 'role')) return true;
  if (cx.lex.sides.some((s) => s.words[0] === t.norm)) return true;
  if (kind === 'named') {
    // "الرئيس التنفيذي للشركة، أحمد المسكري، في كلمة …": an apposition closed by a comma
    let skipped = 0;
    for (let m = nx; m < Math.min(limit + 6 + skipped, nx + 6 + skipped, cx.toks.length); m++) {
      // (s9) a quoted organisation name inside the apposition ("خالد السبيعي، الرئيس التنفيذي لشركة «مسكن العربية للتمويل»،
      // قوله إن"): over it
      if (cx.toks[m].kind === 'quote' && quotedOrgAt(cx, m, nx - 1)) {
        const close = cx.quotes[cx.qOpen(m)].close;
        skipped += close - m + 1;
        m = close;
        continue;
      }
      // "رجل الدين البارز، مقتدى الصدر، إلى …": a person's name in apposition before a governed preposition
      const nameChunk = (!!cx.mentionAt[nx] && cx.entityType.get(cx.mentionAt[nx]!.entity) === 'PER' && cx.mentionAt[nx]!.tokenEnd === m) ||
        (cx.mentionAt[nx] === undefined && cx.lex.givenNames.has(cx.toks[nx].norm) && m - nx <= 3);
      // (s9) also before the chain's قوله ("عن X، الرئيس التنفيذي لشركة «…»، قوله إن")
      if (cx.isComma(m)) return m > nx && (cx.isBoundary(m + 1) || cx.statementAt(m + 1) !== m + 1 || (cx.inSet(m + 1, 'prep') && (cx.isComp(m + 2) || nameChunk)) || (skipped > 0 && qawlAt(cx, m + 1)));
      if (cx.toks[m].kind !== 'word' || cx.cueAt(m) || cx.isComp(m) || cx.inSet(m, 'stop')) return false;
    }
    return false;
  }
  if (kind !== 'anonymous') return false;
  // an apposition or parenthetical that runs into the recipient/colon/quote (bounded)
  for (let m = nx; m < Math.min(limit, nx + 8); m++) {
    // ", العميد يحيى رسول، إلى أن …": a parenthetical closed by a comma before the content
    // (also before a statement phrase: "مستشار قائد القوات، الباشا طبيق، في تغريدة …، أي صلة" — s5)
    if (cx.isComma(m)) return m > nx && (cx.isBoundary(m + 1) || (cx.inSet(m + 1, 'prep') && cx.isComp(m + 2)) || qawlAt(cx, m + 1) || (cx.statementAt(m + 1) !== m + 1 && m - nx <= 4));
    if (cx.cueAt(m) || cx.isComp(m)) return false;
    if (cx.recipientAt(m) || cx.isColon(m)) return true;
    if (cx.toks[m].kind === 'punct') return false;
  }
  return false;
}

export function findSide(cx: Ctx, a: number, b: number): string | undefined {
  for (let m = a + 1; m < b; m++) {
    // (s9 probe) a word inside a name that began before it («في» of «وزارة الصحة في غزة») opens no side
    const inName = cx.mentionAt[m];
    if (inName && inName.tokenStart < m) continue;
    // the first word's conjunction-stripped forms, once per position rather than once per side entry
    const first = cx.toks[m] ? conjForms(cx.toks[m].norm) : null;
    for (const s of cx.lex.sides) {
      let ok = true;
      for (let w = 0; w < s.words.length; w++) {
        const tk = cx.toks[m + w];
        if (!tk || m + w >= b || (tk.norm !== s.words[w] && !(w === 0 && first!.includes(s.words[w])))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const from = m + s.skip;
      if (m + s.words.length >= b) continue;
      // "سكان في مدينة الحديدة": a place is where the source is, not whom it belongs to
      const place = cx.mentionAt[m + s.words.length];
      if (s.words[0] === 'في' && place && cx.entityType.get(place.entity) === 'LOC') continue;
      if (s.words[0] === 'في' && hasBare(cx.lex.sets['place-head'], cx.norm(m + 1))) continue;
      let to = m + s.words.length;
      // (s9 probe) …and a person's name after it is the source, not part of the side
      while (to < b && !cx.isComma(to) && !cx.isDash(to) && cx.toks[to].kind !== 'quote' && !cx.inSet(to, 'rel') && !(to > m + s.words.length && cx.mentionAt[to]?.tokenStart === to && cx.mentionAt[to]!.start === cx.toks[to].start && cx.entityType.get(cx.mentionAt[to]!.entity) === 'PER')) to++;
      if (to <= from) continue;
      return cx.text.slice(cx.toks[from].start, cx.toks[to - 1].end);
    }
  }
  return undefined;
}

/** Is token m a title, rank or profession word (titles.tsv, entities/titles.tsv, or a person head of sources.tsv)? */
export function isTitleWord(cx: Ctx, m: number): boolean {
  const t = cx.toks[m];
  if (!t || t.kind !== 'word') return false;
  return nounForms(t.norm).some((f) => {
    const st = f.stem;
    const bare = st.replace(/ه$/, '');
    if (cx.lex.titleWords.has(st) || cx.lex.titleWords.has(bare)) return true;
    const h = cx.lex.heads.get(st) ?? cx.lex.heads.get(bare);
    return !!h && h.kind === 'anonymous' && !h.needsModifier;
  });
}

/** End of the name after a naming verb at `from`: a short quote, a PER mention, or up to three plain words; else `from`. */
function namedAfter(cx: Ctx, from: number, limit: number): number {
  const q = cx.qOpen(from);
  if (q >= 0 && cx.quotes[q].close > from && cx.quotes[q].words <= 4) return cx.quotes[q].close + 1;
  const mm = cx.mentionAt[from];
  if (mm && mm.tokenStart === from && cx.entityType.get(mm.entity) === 'PER') return mm.tokenEnd;
  let m = from;
  while (m < Math.min(limit + 3, from + 3) && cx.toks[m]?.kind === 'word' && !cx.isComp(m) && !cx.inSet(m, 'prep') && !cx.inSet(m, 'stop') && !cx.cueAt(m)) m++;
  return m;
}

/**
 * The person last mentioned before token k (within 600 tokens, at most 200 mentions back) whose title begins with
 * `title` (a normalised title word without the article): from the entity's titles or the words right before its
 * mention ("وزير المواصلات جاسم …" … "الوزير").
 */
function personWithTitle(cx: Ctx, k: number, title: string, next?: string, nisbas?: string[]): string | undefined {
  const ms = cx.entities.mentions;
  const at = cx.toks[k].start;
  const lo = lowerBound(ms, at);
  const minTok = k - 600;
  for (let j = lo - 1; j >= Math.max(0, lo - 200); j--) {
    const mm = ms[j];
    if (mm.tokenStart < minTok) break;
    if (cx.entityType.get(mm.entity) !== 'PER' || mm.tokenStart >= k) continue;
    for (const t of cx.entityTitles(mm.entity)) {
      const w = t.split(' ');
      if ((w[0] === title || w[0] === 'ال' + title) && (!next || (w[1] !== undefined && nounForms(w[1]).some((f) => f.stem === next))) &&
        (next || !cx.lex.sets['title-exact']?.has(title) || w.length === 1 || nounForms(w[1]).some((f) => f.article && cx.lex.nisbas.has(f.stem))) &&
        (!nisbas || nisbas.every((n) => w.some((x) => nounForms(x).some((f) => cx.lex.nisbas.get(f.stem) === n))))) return mm.entity;
    }
    // "المستشار محمود فوزي، وزير الشؤون النيابية": the title in an apposition right after the name (s5b)
    {
      const a = mm.tokenEnd;
      if (cx.isComma(a) && cx.toks[a + 1]?.kind === 'word' && nounForms(cx.toks[a + 1].norm).some((f) => f.stem === title) &&
        (!next || (cx.toks[a + 2]?.kind === 'word' && nounForms(cx.toks[a + 2].norm).some((f) => f.stem === next))) && !nisbas &&
        (next || !cx.lex.sets['title-exact']?.has(title))) return mm.entity;
    }
    for (let m = mm.tokenStart - 1; m >= Math.max(0, mm.tokenStart - 6); m--) {
      if (cx.toks[m].kind !== 'word') break;
      // ("الرئيس" does not refer back to "رئيس الوزراء X": wordsets.tsv `title-exact`)
      const exactOk = next || !cx.lex.sets['title-exact']?.has(title) || m + 1 === mm.tokenStart || nounForms(cx.toks[m + 1].norm).some((f) => f.article && cx.lex.nisbas.has(f.stem)) || isTitleWord(cx, m + 1);
      if (exactOk && nounForms(cx.toks[m].norm).some((f) => f.stem === title) && (!next || (cx.toks[m + 1].kind === 'word' && nounForms(cx.toks[m + 1].norm).some((f) => f.stem === next)))) {
        // every nationality of the reference stands between the title and the name
        const ok = !nisbas || nisbas.every((n) => {
          for (let x = m + 1; x < mm.tokenStart; x++) if (nounForms(cx.toks[x].norm).some((f) => cx.lex.nisbas.get(f.stem) === n)) return true;
          return false;
        });
        if (ok) return mm.entity;
      }
    }
  }
  return undefined;
}

/** The person last mentioned before token k (at most 200 mentions back) whose name's last word is `w` (normalised). */
function personBySurname(cx: Ctx, k: number, w: string): string | undefined {
  const ms = cx.entities.mentions;
  const lo = lowerBound(ms, cx.toks[k].start);
  for (let j = lo - 1; j >= Math.max(0, lo - 200); j--) {
    const mm = ms[j];
    if (mm.tokenStart >= k || cx.entityType.get(mm.entity) !== 'PER') continue;
    const name = normalize(cx.entityName.get(mm.entity) ?? '').split(/\s+/);
    if (name.length >= 2 && name[name.length - 1] === w) return mm.entity;
    // ("جان-لوك مارشان" whose mention stops at the hyphen)
    const h = hyphenTail(cx, mm.tokenEnd);
    if (h > mm.tokenEnd && h <= k && cx.norm(h - 1) === w) return mm.entity;
  }
  return undefined;
}

/**
 * "لنقابات العمال عن": a word with ل fused to a common noun (no entity, no quote) at e, then at most three plain words and
 * the verb's governed preposition.
 */
function governedSoon(cx: Ctx, e: number, governs: string[], limit: number): boolean {
  const t = cx.toks[e];
  if (!governs.length || t.kind !== 'word' || !/^ل[^ل]/.test(t.norm) || cx.mentionAt[e] || cx.qOpen(e + 1) >= 0) return false;
  for (let m = e + 1; m < Math.min(limit, e + 5); m++) {
    const w = cx.toks[m];
    if (w.kind !== 'word' || cx.isComp(m) || cx.cueAt(m)) return false;
    if (governs.includes(w.norm)) return true;
    if (cx.mentionAt[m] && cx.entityType.get(cx.mentionAt[m]!.entity) !== 'ORG') return false;
  }
  return false;
}

/** A quote opening at token e (after a word, past the description's first token k) filled by an organisation's name. */
function quotedOrgAt(cx: Ctx, e: number, k: number): boolean {
  const q = cx.qOpen(e);
  const qm = q >= 0 && cx.quotes[q].close > e + 1 && cx.quotes[q].words <= 5 ? cx.mentionAt[e + 1] : undefined;
  return !!qm && qm.tokenStart === e + 1 && qm.tokenEnd === cx.quotes[q].close && cx.entityType.get(qm.entity) === 'ORG' && e > k && cx.toks[e - 1].kind === 'word';
}

/** The entity of a named person source (of the last 40) whose description ends with the word w, other than `not`. */
function sourceBySurname(cx: Ctx, w: string, not: string): string | undefined {
  const all = cx.registry.sources;
  for (let j = all.length - 1; j >= Math.max(0, all.length - 40); j--) {
    const s = all[j];
    if (s.kind !== 'named' || !s.entity || s.entity === not || cx.entityType.get(s.entity) !== 'PER') continue;
    const n = w.split(' ').length;
    if (s.mentions.some((m) => normalize(m.text).split(/\s+/).slice(-n).join(' ') === w)) return s.entity;
  }
  return undefined;
}

/**
 * After a name ending at token e: "-لوك مارشان" — a hyphen and a word written against it (no spaces), then at most one
 * plain word (not a particle, cue, complementizer or another entity's mention). Returns the token after it, or e.
 */
function hyphenTail(cx: Ctx, e: number): number {
  const t = cx.toks;
  if (!t[e] || t[e].kind !== 'dash' || t[e].start !== t[e - 1]?.end || t[e + 1]?.kind !== 'word' || t[e + 1].start !== t[e].end) return e;
  let h = e + 2;
  const w = t[h];
  if (w && w.kind === 'word' && !['stop', 'prep', 'rel', 'comp', 'pron', 'time', 'discourse'].some((st) => cx.inSet(h, st)) && !cx.isComp(h) && !cx.cueAt(h) &&
    !w.norm.startsWith('ال') && (!cx.mentionAt[h] || cx.entityType.get(cx.mentionAt[h]!.entity) === 'PER')) h++;
  return h;
}

/**
 * The person last mentioned before token k (within 600 tokens, at most 200 mentions back) right after a role phrase of
 * `group` (roles.tsv): "وكيل الجمهورية أحمد …" for a later "ممثل النيابة".
 */
function personWithRole(cx: Ctx, k: number, group: string): string | undefined {
  const ms = cx.entities.mentions;
  const lo = lowerBound(ms, cx.toks[k].start);
  for (let j = lo - 1; j >= Math.max(0, lo - 200); j--) {
    const mm = ms[j];
    if (mm.tokenStart < k - 600) break;
    if (cx.entityType.get(mm.entity) !== 'PER' || mm.tokenStart >= k) continue;
    for (let n = 1; n <= 4; n++) {
      const a = mm.tokenStart - n;
      if (a < 0 || cx.toks[a].kind !== 'word') break;
      const key = roleKey(normalize(cx.text.slice(cx.toks[a].start, cx.toks[mm.tokenStart - 1].end)));
      if (cx.lex.roles.get(key)?.group === group) return mm.entity;
    }
  }
  return undefined;
}
