// Subjects the clause does not write next to the verb: a possessed group («وحداتها»), a statement noun («البيان»),
// a titled genitive, signers «عن الجانب X», a topic (أما X فـ…) or a كان clause. Each looks only in a bounded
// window of its sentence.
import { lowerBound } from '../doc.ts';
import { normalize } from '../text/normalize.ts';
import { type Ctx, type Draft, type Hit, AUX, isTitle, mentionEndingAt } from './context.ts';
import type { EntityMention } from '../entities/index.ts';
import { mentionsOf } from './roles.ts';
import { COPULA } from './between.ts';
import { words } from './words.ts';
import { describedEntity } from './titles.ts';

export const COUNTRY_NOUNS = words('country-noun');

const ON_BEHALF = words('on-behalf');
/** «وقّع … عن الجانب X Y، وعن Z W»: the first person named after each «عن» (on behalf of) in the clause. */
export function onBehalfSigners(c: Ctx, h: Hit, verbToks: Set<number>): string[] {
  const out: string[] = [];
  const s = c.sent(h.tok);
  for (let j = h.tok + h.len; j < c.toks.length && j < h.tok + h.len + 30 && c.sent(j) === s; j++) {
    if (j > h.tok + h.len && verbToks.has(j)) break;
    if (c.isBoundary(j) || !ON_BEHALF.has(c.norm(j) ?? '')) continue;
    // (only an «عن» within six words of the verb or right after a comma: «، وعن الجانب الإيراني»)
    if (!out.length && j - (h.tok + h.len) > 6) break;
    if (out.length && !c.isComma(j - 1)) continue;
    for (let k = j + 1; k < c.toks.length && k <= j + 10 && c.sent(k) === s && !c.isComma(k); k++) {
      const ms = c.startArr[k];
      const m = ms?.[0];
      if (m && c.byId.get(m.entity)?.type === 'PER') { if (!out.includes(m.entity)) out.push(m.entity); break; }
      if (m) k = m.tokenEnd - 1;
    }
  }
  return out;
}

/** The noun of a possessed word («بلاده» → «بلاد»). */
export function possessedStem(w: string): string {
  return w.replace(/(ه|ها|هم|هما)$/, '');
}

/** The country a person's title names by its nisba («وزير الخارجية الأردني» → الأردن), when the article names that
 * country: from the entity's titles and the words right before its mentions. */
export function countryOf(c: Ctx, per: string): string | null {
  const e = c.byId.get(per);
  if (!e || e.type !== 'PER') return null;
  const ws: string[] = [];
  for (const t of e.titles ?? []) ws.push(...normalize(t).split(/\s+/));
  for (const m of mentionsOf(c, per).slice(0, 20)) {
    for (let k = Math.max(0, m.tokenStart - 5); k < m.tokenStart; k++) if (c.toks[k].kind === 'word') ws.push(c.toks[k].norm);
  }
  const bare = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);
  const stems = new Set(ws.map(bare).filter((w) => w.length >= 4 && w.endsWith('ي')).map((w) => w.slice(0, -1)));
  if (!stems.size) return null;
  for (const [id, n] of locNames(c)) {
    if (stems.has(n) || (n.endsWith('يه') && stems.has(n.slice(0, -2)))) return id;
  }
  return null;
}

const locNameLists = new WeakMap<Ctx, [string, string][]>();
/** The LOC entities in entity order with their normalised names (article dropped), computed once per document. */
function locNames(c: Ctx): [string, string][] {
  let v = locNameLists.get(c);
  if (!v) {
    v = [];
    for (const x of c.layer.entities) {
      if (x.type !== 'LOC') continue;
      const n = normalize(x.name);
      v.push([x.id, n.startsWith('ال') && n.length > 3 ? n.slice(2) : n]);
    }
    locNameLists.set(c, v);
  }
  return v;
}

/** A place named right after a complementizer earlier in the sentence (at most 30 tokens back). */
export function statedCountry(c: Ctx, tok: number): string | null {
  const s = c.sent(tok);
  const comp = words('complementizer');
  for (let k = tok - 2; k >= 0 && k >= tok - 30 && c.sent(k) === s; k--) {
    if (!comp.has(c.norm(k) ?? '')) continue;
    const m = c.startArr[k + 1]?.[0];
    if (m && c.byId.get(m.entity)?.type === 'LOC' && c.info(m).prep === '') return m.entity;
  }
  return null;
}

/** A group noun with a possessive pronoun (وحداتها، عناصره، قواتهم; groups.tsv `group`) as the verb's subject, right
 * before it (auxiliaries between: «أن تكون عناصرها قد اعتدت»). Its token, or -1. */
export function possessedSubject(c: Ctx, h: Hit): number {
  const isPossessed = (j: number) => {
    if (c.toks[j]?.kind !== 'word' || c.sent(j) !== c.sent(h.tok)) return false;
    return [c.norm(j) ?? '', c.bare(j)].some((w) => {
      const m = /^(.{3,}?)(ه|ها|هم|هما)$/.exec(w);
      return !!m && ((c.lex.groups.get(m[1]) ?? []).some((g) => g.kind === 'group') || COUNTRY_NOUNS.has(m[1]));
    });
  };
  const aux = words('aux');
  let j = h.tok - 1;
  // (an opening quotation mark right before the verb: «أن بلاده "ستواصل …"»)
  if (j >= 0 && c.toks[j].kind === 'quote') j--;
  for (let n = 0; n < 2 && j >= 0 && aux.has(c.norm(j) ?? ''); n++) j--;
  if (j >= 0 && isPossessed(j)) {
    // «أن تكون عناصرها»: an auxiliary may also stand before the group
    let k = j;
    if (k > 0 && aux.has(c.norm(k - 1) ?? '')) k--;
    return words('complementizer').has(c.norm(k - 1) ?? '') ? k : j;
  }
  // (not right after the verb: «نشر قواته»، «ستسحب قواتها» — there the possessed group is the object)
  return -1;
}

/** The person named after a VSO subject that is the genitive of a title opening the clause («حاكم إقليم X، Y»، «قائد
 * القوة البحرية في الحرس الثوري Y»): at most eight tokens on, past prepositional mentions and apposition commas; a
 * definite title word not set off by a comma starts another party («وزير خارجية إيران الرئيسَ الأمريكي X»). */
export function holderAfterTitledGenitive(c: Ctx, h: Hit, verbToks: Set<number>): string | null {
  const from = h.tok + h.len;
  const t0 = c.toks[from];
  if (!t0 || t0.kind !== 'word' || !isTitle(c, t0.norm.replace(/^[وف](?=\S\S)/, ''))) return null;
  const s = c.sent(h.tok);
  let comma = false;
  for (let k = from + 1; k < c.toks.length && k < from + 12 && c.sent(k) === s; k++) {
    if (c.dateCovered[k]) continue;
    if (c.isComma(k)) { comma = true; continue; }
    const t = c.toks[k];
    if (t.kind !== 'word' || verbToks.has(k)) return null;
    const m = c.startArr[k]?.[0];
    if (m) {
      const inf = c.info(m);
      if (inf.prep === '' && c.byId.get(m.entity)?.type === 'PER') return m.entity;
      // (a bare NP after the apposition comma is the object)
      if (inf.prep === '' && comma) return null;
      k = m.tokenEnd - 1;
      continue;
    }
    if (t.norm.startsWith('ال') && isTitle(c, t.norm) && !c.isComma(k - 1)) return null;
  }
  return null;
}

const STATEMENT_NOUNS = words('statement-noun');
/** «وأدان البيان الختامي …»، «وطالب البيان …»: a statement noun right after the verb (dates aside) is its subject; the
 * actor is the body that issued it — a «الصادر عن X» or a genitive ORG right after it, else the organisation acting
 * in the latest meeting of the last three sentences, else the nearest organisation named there. */
export function issuerOfStatementSubject(c: Ctx, h: Hit, drafts: Draft[]): string[] | null {
  let k = h.tok + h.len;
  while (k < c.toks.length && (c.dateCovered[k] || c.isComma(k)) && k < h.tok + h.len + 6) k++;
  if ((c.startArr[k] !== undefined) || !STATEMENT_NOUNS.has(c.bare(k)) || c.sent(k) !== c.sent(h.tok)) return null;
  const s = c.sent(h.tok);
  const isOrg = (id: string) => c.byId.get(id)?.type === 'ORG';
  // the body named right after the noun: «بيان وزارة الخارجية»، «البيان الصادر عن القمة»
  for (let j = k + 1; j < c.toks.length && j <= k + 4 && c.sent(j) === s; j++) {
    const m = c.startArr[j]?.[0];
    if (m) return isOrg(m.entity) || c.byId.get(m.entity)?.type === 'PER' ? [m.entity] : null;
    if (c.isComma(j) || c.isBoundary(j)) break;
    // (only adjectives and «الصادر عن» between: «البيان استمرار جماعة X» — an indefinite noun there is the object)
    if (!(c.norm(j) ?? '').startsWith('ال') && c.norm(j) !== 'عن') break;
  }
  // «وأوضح بيان الوزارة أن …. وحذّر البيان …»: the statement named earlier with its issuer (a name, or a definite head
  // word of an organisation named before) in the last three sentences (at most 150 tokens back)
  for (let j = h.tok - 1; j >= 0 && j > h.tok - 150 && s - c.sent(j) <= 3; j--) {
    if (!STATEMENT_NOUNS.has(c.bare(j)) || c.startArr[j] !== undefined) continue;
    const m = c.startArr[j + 1]?.[0];
    if (m) {
      const o = m.entity.startsWith('#') ? describedEntity(c, m.entity, j + 1) : m.entity;
      if (o && isOrg(o)) return [o];
      continue;
    }
    const n = c.norm(j + 1) ?? '';
    const d = n.startsWith('ال') && n.length > 4 ? describedEntity(c, '#' + n.slice(2), j + 1) : null;
    if (d && isOrg(d)) return [d];
  }
  // «وطالب المجتمعون في بيانهم الختامي …»: the latest act of the last three sentences said to be made in a statement
  // (a statement noun, possessed or not, within eight tokens after its trigger) was made by the statement's issuer
  for (let i = drafts.length - 1; i >= 0 && s - c.sent(drafts[i].hit.tok) <= 3; i--) {
    const d = drafts[i];
    if (!d.ev.actors.length) continue;
    const t0 = d.hit.tok + d.hit.len;
    for (let j = t0; j < c.toks.length && j < t0 + 8 && c.sent(j) === c.sent(d.hit.tok) && !c.isBoundary(j); j++) {
      const w = c.bare(j);
      for (const b of [w, w.replace(/^[بل]/, '')].map((x) => x.replace(/(ه|ها|هم|هما)$/, ''))) {
        if (b.length >= 3 && (STATEMENT_NOUNS.has(b) || STATEMENT_NOUNS.has('ال' + b))) return [...d.ev.actors];
      }
    }
  }
  for (let i = drafts.length - 1; i >= 0 && s - c.sent(drafts[i].hit.tok) <= 3; i--) {
    const d = drafts[i];
    if (d.ev.type !== 'CONSULT') continue;
    const orgs = d.ev.actors.filter(isOrg);
    if (orgs.length) return orgs;
  }
  const ms = c.layer.mentions;
  // (bounded: at most 200 mentions back, however long the sentences)
  for (let i = lowerBound(ms, c.toks[h.tok].start) - 1, n = 0; i >= 0 && n < 200; i--, n++) {
    if (ms[i].tokenStart < 0 || s - c.sent(ms[i].tokenStart) > 3) break;
    if (isOrg(ms[i].entity)) return [ms[i].entity];
  }
  return null;
}

/** The subject of the main clause a circumstantial participle hangs on, when no event or statement gives it: the
 * topic of «أما X فأعربت …، ملوّحة» or a named NP right after the sentence's first word when that word is a verb
 * form (a و/ف-prefixed or plain word, no mention): «وأعرب الاتحاد الأوروبي عن قلقه، مطالباً …». */
export function topicSubject(c: Ctx, h: Hit): string | null {
  const s = c.sent(h.tok);
  let first = h.tok;
  while (first > 0 && c.sent(first - 1) === s && h.tok - first < 40) first--;
  if (c.sent(first) !== s || first === h.tok) return null;
  const named = (id: string | undefined) => !!id && (id.startsWith('#') || (!!c.byId.get(id) && c.byId.get(id)!.type !== 'LOC'));
  // «أما X فـVERB»
  if (c.norm(first) === 'اما') {
    for (let k = first + 1; k < h.tok && k < first + 12; k++) {
      if (!/^ف\S{3}/.test(c.norm(k) ?? '') || (c.startArr[k] !== undefined)) continue;
      let m = mentionEndingAt(c, k - 1);
      // (a place modifier closes the topic: «أما السفارة الأمريكية لدى ليبيا فأعربت»)
      if (m && c.info(m).prep !== '' && c.byId.get(m.entity)?.type === 'LOC' && m.tokenStart > 1) m = mentionEndingAt(c, m.tokenStart - 2);
      return m && named(m.entity) && c.info(m).prep === '' ? m.entity : null;
    }
    return null;
  }
  // (past an opening adverbial set off by a comma: «في المقابل، نفى …»، «سياسياً، أعلن …»)
  // (a longer one when it is a prepositional phrase: «وفي حديث إلى تلفزيون محلي مساء أمس، قال …»)
  // (also a source adverbial: «وبحسب بلاغ للرئاسة، شدد سعيّد …»)
  const pp = /^[وف]?(في|من|على|عل|خلال|بعد|قبل|بحسب|حسب|وفق|وفقا|طبقا)$/.test(c.norm(first) ?? '');
  for (let k = first; k < first + (pp ? 9 : 4) && k < h.tok; k++) {
    if (c.startArr[k] !== undefined && (!pp || c.info(c.startArr[k]![0]).prep === '')) break;
    if (c.isComma(k)) { first = k + 1; break; }
  }
  if (c.startArr[first] !== undefined || c.toks[first].kind !== 'word') return null;
  const m = c.startArr[first + 1]?.[0];
  // «دافع الناطق الرسمي باسم الحكومة X، …»: a title with no mention of its own — its holder named after it, or the body
  // a spokesperson speaks for (the body acts: docs/gold-format.md)
  if (!m && isTitle(c, c.norm(first + 1) ?? '')) {
    for (let k = first + 2; k < h.tok && k <= first + 9 && c.sent(k) === s && !c.isComma(k); k++) {
      const x = c.startArr[k]?.[0];
      if (!x) continue;
      const inf = c.info(x);
      if (inf.prepRole === 'speaker' && named(x.entity)) return x.entity;
      if (inf.prep === '' && c.byId.get(x.entity)?.type === 'PER') return x.entity;
      k = x.tokenEnd - 1;
    }
    return null;
  }
  if (!m || !named(m.entity) || c.info(m).prep !== '') return null;
  // «نفى المستشار الإعلامي لقائد قوات الدعم السريع …»: an officeholder described by title speaks for the
  // organisation named right after the title
  if (m.entity.startsWith('#') && isTitle(c, c.toks[m.tokenStart].norm)) {
    for (let k = m.tokenEnd; k < m.tokenEnd + 5 && k < h.tok && c.sent(k) === s; k++) {
      const o = c.startArr[k]?.[0];
      if (!o) continue;
      // (in the title's genitive: «لـX»، «بـX»، or after a construct title word «لقائد X»)
      const viaTitle = ['ل', 'ب', 'في'].includes(c.info(o).prep) || (k === m.tokenEnd + 1 && /^[لب]/.test(c.norm(m.tokenEnd) ?? '') && isTitle(c, (c.norm(m.tokenEnd) ?? '').slice(1)));
      return c.byId.get(o.entity)?.type === 'ORG' && viaTitle ? o.entity : m.entity;
    }
  }
  // («وقالت الجماعة …، متوعدة»: a short description of an organisation named before refers to it)
  // (session 9) «أعرب المجلس الوزاري لمجلس التعاون … عن قلقه، مؤكداً …»: a group subject owned by a body after لـ stands for
  // that body
  const own = ownerOfGroup(c, m);
  if (own && own.tokenEnd <= h.tok) return own.entity;
  return m.entity.startsWith('#') ? describedEntity(c, m.entity, h.tok) ?? m.entity : m.entity;
}

/** (session 9) The organisation a group phrase belongs to when لـ + its name follows the phrase at once («المجلس الوزاري
 * لمجلس التعاون»، «المكتب السياسي للحركة» when the entity stage named it). */
export function ownerOfGroup(c: Ctx, m: EntityMention): EntityMention | null {
  if (!m.entity.startsWith('#')) return null;
  const o = c.startArr[m.tokenEnd]?.find((x) => c.byId.get(x.entity)?.type === 'ORG');
  return o && c.sent(o.tokenStart) === c.sent(m.tokenStart) && c.info(o).prep === 'ل' ? o : null;
}

/** The subject of a sentence opened by كان («وكان المبعوث الأمريكي إلى سوريا توم باراك قد حلّ …، وحثّ …»): the first
 * named bare NP after it, before قد (at most twelve tokens on, places aside). */
export function kanaSubject(c: Ctx, h: Hit): string | null {
  const s = c.sent(h.tok);
  let first = h.tok;
  while (first > 0 && c.sent(first - 1) === s && h.tok - first < 40) first--;
  if (!COPULA.has((c.norm(first) ?? '').replace(/^[وف]/, ''))) return null;
  for (let k = first + 1; k < h.tok && k <= first + 12; k++) {
    if (c.norm(k) === 'قد' || c.isBoundary(k)) return null;
    const m = c.startArr[k]?.[0];
    if (!m) continue;
    if (c.info(m).prep === '' && !m.entity.startsWith('#') && c.byId.get(m.entity)?.type !== 'LOC') return m.entity;
    k = m.tokenEnd - 1;
  }
  return null;
}

/**
 * «وقال البرنامج إن القافلة سلكت طريقاً … بعدما منعت قوات الدعم السريع مرورها، مطالباً …»: the event a circumstantial
 * participle would take its subject from is no main clause when it lies inside the reported content of a statement
 * that does not hold the participle (the participle hangs on the statement's cue), or when a subordinating
 * conjunction opens its clause (at most two words before it, auxiliaries aside).
 */
export function subordinateEvent(c: Ctx, d: Draft, h: Hit, containing: (x: Hit) => string | null, drafts: Draft[] = []): boolean {
  const inner = containing(d.hit);
  if (inner && inner !== containing(h)) return true;
  // («استنكر البيان استمرار جماعة الحوثي في استهداف السفن، مطالباً …»: an event noun after a verb event of the sentence
  // with an actor is that verb's complement, no clause of its own)
  if (d.hit.entry.pos !== 'verb' && drafts.some((x) => x !== d && x.hit.entry.pos === 'verb' && !x.hit.entry.participle && x.hit.tok < d.hit.tok &&
    c.sent(x.hit.tok) === c.sent(d.hit.tok) && x.ev.actors.length > 0)) return true;
  for (let k = d.hit.tok - 1; k >= 0 && k >= d.hit.tok - 3 && c.sent(k) === c.sent(d.hit.tok); k--) {
    if (c.isComma(k) || c.isBoundary(k)) break;
    const n = (c.norm(k) ?? '').replace(/^[وف](?=\S{3})/, '');
    if (words('subordinator').has(n)) return true;
    if (c.startArr[k] !== undefined) break;
  }
  return false;
}

/** The subject a circumstantial participle takes from a statement's speaker, checked against the main clause: a
 * speaker the sentence never names (a source carried over from an earlier sentence) yields to the overt subject of
 * the sentence's main verb (topicSubject). */
export function participleSpeaker(c: Ctx, h: Hit, spk: string | null): string | null {
  if (!spk) return spk;
  const s = c.sent(h.tok);
  for (let k = h.tok - 1; k >= 0 && c.sent(k) === s && h.tok - k <= 80; k--) if (c.startArr[k]?.some((m) => m.entity === spk)) return spk;
  return topicSubject(c, h) ?? spk;
}

const COMPLEMENTIZERS_OF_CLAUSE = words('complementizer');
const PRONOUN_COMPLEMENTIZERS_OF_CLAUSE = words('pronoun-complementizer');

/**
 * «من جانب آخر، أعربت سلطنة عُمان، في بيان لوزارة الخارجية، عن إدانتها …»، «وفي بغداد، استأنف وفد من حكومة الإقليم
 * برئاسة X، يوم الأحد، محادثاته»: the subject of a sentence that opens with its verb (after an adverbial set off by a
 * comma) — the bare NP right after that first word — when the token `tok` is still in that main clause (no
 * complementizer, quote or trigger verb between). Countries count; other places, which a verb of motion takes as
 * objects, do not.
 */
export function mainClauseSubject(c: Ctx, h: Hit, verbToks: Set<number>, isCountry: (id: string) => boolean): string | null {
  const s = c.sent(h.tok);
  let first = h.tok;
  while (first > 0 && c.sent(first - 1) === s && h.tok - first < 40) first--;
  if (c.sent(first) !== s || first === h.tok) return null;
  // (an opening adverbial up to a comma, a place name inside it allowed: «وفي بغداد،»، «من جانب آخر،»)
  for (let k = first; k < first + 5 && k < h.tok; k++) {
    const ms = c.startArr[k];
    if (ms && c.info(ms[0]).prep === '' && c.byId.get(ms[0].entity)?.type !== 'LOC') break;
    if (c.isComma(k)) { first = k + 1; break; }
  }
  if (first >= h.tok || c.startArr[first] !== undefined || c.toks[first].kind !== 'word' || verbToks.has(first)) return null;
  let m = c.startArr[first + 1]?.[0];
  // («استأنف وفد من حكومة الإقليم»: a unit of a named body — the body acts, as participants.ts reads it)
  const unit = !m && c.norm(first + 2) === 'من' ? c.startArr[first + 3]?.[0] : undefined;
  if (unit && c.byId.get(unit.entity)?.type === 'ORG') m = unit;
  if (!m || (c.info(m).prep !== '' && m !== unit) || m.tokenEnd > h.tok) return null;
  const e = c.byId.get(m.entity);
  if (!m.entity.startsWith('#') && (!e || (e.type === 'LOC' && !isCountry(m.entity)))) return null;
  // (session 9: a quoted phrase closed before the noun — «للإجراءات التي اتخذتها "صوناً لأمنها"، وذلك في ختام اجتماعه» — is
  // no quotation the noun stands in: only an odd number of quotation marks between ends the main clause)
  let quotes = 0;
  for (let k = m.tokenEnd; k < h.tok; k++) {
    const n = (c.norm(k) ?? '').replace(/^[وف](?=\S{2})/, '');
    if (c.toks[k].kind === 'quote') quotes++;
    if (verbToks.has(k) || COMPLEMENTIZERS_OF_CLAUSE.has(n) || PRONOUN_COMPLEMENTIZERS_OF_CLAUSE.has(c.norm(k) ?? '')) return null;
  }
  if (quotes % 2) return null;
  // (session 9) «أعرب المجلس الوزاري لمجلس التعاون … عن تأييده …، في ختام اجتماعه»: a group subject owned by a body after لـ
  // stands for that body
  const own = ownerOfGroup(c, m);
  if (own && own.tokenEnd <= h.tok) return own.entity;
  return m.entity.startsWith('#') ? describedEntity(c, m.entity, h.tok) ?? m.entity : m.entity;
}

/**
 * «وأفاد البيان بأن دورية من مديرية المخابرات تعرّضت لإطلاق نار …، فردّت على مصادر النيران»: the subject of the
 * complement clause (أن/بأن/إن) a conjoined verb continues — a bare NP right after the complementizer, or the named body
 * of a unit («دورية من X») — when no quote or other complementizer lies between (at most 40 tokens back).
 */
export function complementSubject(c: Ctx, h: Hit): string | null {
  const s = c.sent(h.tok);
  for (let q = h.tok - 1; q >= 0 && h.tok - q <= 40 && c.sent(q) === s; q--) {
    if (c.toks[q].kind === 'quote') {
      // (session 9 probe) a short quoted name is no quotation: «قدموا من مستعمرة "يتسهار" …، وهاجموا» — pass over it
      let o = q - 1;
      while (o >= 0 && q - o <= 6 && c.sent(o) === s && c.toks[o].kind === 'word') o--;
      if (o < 0 || q - o > 6 || q - o < 2 || c.sent(o) !== s || c.toks[o].kind !== 'quote') return null;
      q = o;
      continue;
    }
    const n = c.norm(q) ?? '';
    if (!['ان', 'بان', 'وان'].includes(n)) continue;
    let m = c.startArr[q + 1]?.[0];
    if (m && c.info(m).prep !== '') m = undefined;
    if (!m && c.startArr[q + 1] === undefined && c.norm(q + 2) === 'من') {
      const u = c.startArr[q + 3]?.[0];
      if (u && c.byId.get(u.entity)?.type === 'ORG') m = u;
    }
    if (!m || m.tokenEnd >= h.tok) return null;
    const e = c.byId.get(m.entity);
    if (!m.entity.startsWith('#') && (!e || e.type === 'LOC')) return null;
    return m.entity.startsWith('#') ? sameGroupBody(c, m) ?? describedEntity(c, m.entity, h.tok) ?? m.entity : m.entity;
  }
  return null;
}

/** «ذاتها»، «نفسها»: the same (group) as before */

/** «الوحدات ذاتها» after «وحدات الحرس البحري»: a one-word group head marked «the same» names the organisation its
 * earlier construct («وحدات X») or partitive («وحدات من X») named, at most 300 tokens back. */
export function sameGroupBody(c: Ctx, m: { entity: string; tokenStart: number; tokenEnd: number }): string | null {
  if (!m.entity.startsWith('#') || m.entity.includes(' ') || !words('same').has(c.norm(m.tokenEnd) ?? '')) return null;
  const head = m.entity.slice(1);
  for (let k = m.tokenStart - 1; k >= 0 && k > m.tokenStart - 300; k--) {
    if (c.norm(k) !== head && c.bare(k) !== head) continue;
    const u = c.startArr[k + 1]?.[0] ?? (c.norm(k + 1) === 'من' ? c.startArr[k + 2]?.[0] : undefined);
    if (u && c.byId.get(u.entity)?.type === 'ORG') return u.entity;
  }
  return null;
}

/** «يتوجه X غداً إلى محافظة العلا، حيث يلتقي وزير الثقافة …»، «حطّت طائرة X في مطار الأبيض …، حيث اجتمع بقادة …»: a
 * verb after حيث/ثم continues the clause before it; when no event before it in its sentence has an actor, its subject is
 * the nearest person or organisation named before the continuation word in the sentence (within 40 tokens), not after a
 * preposition — a construct genitive («طائرة X») counts; places and group phrases do not. */
export function subjectBeforeContinuation(c: Ctx, h: Hit): string[] | null {
  const s = c.sent(h.tok);
  const k0 = h.tok - 1;
  for (let k = k0 - 1; k >= 0 && k0 - k <= 40 && c.sent(k) === s; k--) {
    // (session 8) «وانتقل معاليه إلى بغداد، حيث عقد محادثات …»: an honorific with a pronoun (معاليه، سموه، فخامته) as the
    // clause's subject is the person last named before it (at most three sentences back)
    if (HONORIFIC_PRONOUN.test(c.norm(k) ?? '')) return honoredPerson(c, k) ?? personBefore(c, k, 3);
    const m = mentionEndingAt(c, k);
    if (!m) continue;
    const e = m.entity.startsWith('#') ? undefined : c.byId.get(m.entity);
    // (session 9) the genitive of an event noun is no subject of the clause: «إذ حظي باستقبال الملك X …، ثم أجرى مباحثات»
    if (eventGenitive(c, m)) { k = m.tokenStart; continue; }
    if (e && (e.type === 'PER' || e.type === 'ORG') && c.info(m).prep === '') return [m.entity];
    // (session 9) a description standing for a person or body named before: «واختتم الوزير جولته …، ثم التقى»
    if (!e && c.info(m).prep === '' && m.entity.startsWith('#')) {
      const d = describedEntity(c, m.entity, m.tokenStart);
      const de = d ? c.byId.get(d) : undefined;
      if (d && de && (de.type === 'PER' || de.type === 'ORG')) return [d];
    }
    k = m.tokenStart;
  }
  return null;
}

/** (session 9) A mention in construct after an event noun (titles between allowed): «باستقبال (جلالة) الملك X»، «زيارة الوزير». */
export function eventGenitive(c: Ctx, m: EntityMention): boolean {
  if (c.info(m).prep !== '') return false;
  let k = m.tokenStart - 1;
  for (let n = 0; n < 3 && k >= 0 && c.toks[k].kind === 'word' && !c.nounHits.has(k) && (isTitle(c, c.norm(k) ?? '') || isTitle(c, c.bare(k))); n++) k--;
  return k >= 0 && c.nounHits.has(k) && c.sent(k) === c.sent(m.tokenStart);
}

/** (session 8) An honorific title with a possessive pronoun standing for a person: «معاليه»، «سموه»، «فخامته»، «جلالتها». */
const HONORIFIC_PRONOUN = /^[وف]?(معالي|سمو|فخامت|جلالت|سعادت|سماحت|دولت)(ه|ها)$/;
/** (session 8) The person an honorific pronoun at k stands for: the last one named right after the same honorific
 * («معالي السيد بدر البوسعيدي» → «معاليه»; فخامة ← فخامته), at most 400 tokens back. */
function honoredPerson(c: Ctx, k: number): string[] | null {
  const m = HONORIFIC_PRONOUN.exec(c.norm(k) ?? '');
  if (!m) return null;
  const bare = m[1].replace(/ت$/, 'ه');
  for (let j = k - 1; j >= 0 && k - j <= 400; j--) {
    const n = (c.norm(j) ?? '').replace(/^[وف]/, '');
    if (n !== bare && n !== m[1]) continue;
    for (let q = j + 1; q <= j + 4 && q < k; q++) {
      const p = c.startArr[q]?.find((x) => c.byId.get(x.entity)?.type === 'PER');
      if (p) return [p.entity];
    }
  }
  return null;
}

/** The person named last before token k, at most `sentences` sentences back (mentions only, bounded to 120 tokens). */
function personBefore(c: Ctx, k: number, sentences: number): string[] | null {
  const s = c.sent(k);
  for (let j = k - 1; j >= 0 && k - j <= 120 && s - c.sent(j) <= sentences; j--) {
    const m = mentionEndingAt(c, j);
    if (!m) continue;
    if (c.byId.get(m.entity)?.type === 'PER') return [m.entity];
    j = m.tokenStart;
  }
  return null;
}

/** The grammatical subject of an earlier event, which a conjoined clause or a governed masdar goes on with: its actors,
 * except after a reception (coded visitor → host, `rule:host-receives-visitor`), whose subject is the host — the target
 * («استقبل X Y، وأعرب عن تقدير …»: X expresses it). */
export function grammaticalSubject(d: Draft): string[] {
  return d.ev.evidence!.includes('rule:host-receives-visitor') && d.ev.targets.length > 0 ? [...d.ev.targets] : [...d.ev.actors];
}

/** «اعتُقلوا خلال مداهمات نفذتها الأجهزة الأمنية»، «أُوقف في حملة شنتها الشرطة»: a passive act with no agent of its own,
 * done during an operation whose performer a relative verb names (function-words `perform`, with its resumptive
 * pronoun) within ten words of the verb in its clause — that performer did the act. */
export function passiveAgentOfOperation(c: Ctx, h: Hit): string | null {
  const s = c.sent(h.tok);
  const perform = words('perform');
  for (let k = h.tok + h.len; k < c.toks.length && k < h.tok + h.len + 10 && c.sent(k) === s; k++) {
    if (c.isComma(k) || c.isBoundary(k)) return null;
    const n = c.norm(k) ?? '';
    // (a verb carrying the operation's pronoun: نفذتها، شنتها — not «قام» alone, which needs its بها)
    if (!perform.has(n) || !/(ه|ها)$/.test(n)) continue;
    const m = c.startArr[k + 1]?.[0];
    if (!m || c.info(m).prep !== '') return null;
    const e = m.entity.startsWith('#') ? null : c.byId.get(m.entity);
    return e && e.type === 'LOC' ? null : m.entity;
  }
  return null;
}

/** (session 9) A verb of an operation whose pronoun names it (function-words `perform`: شنتها، نفذها) with no bare NP of its own
 * right after it (dates and prepositional phrases follow: «خلال حملة دهم واسعة شنتها في آذار الماضي») — its subject is a
 * pronoun too: the one the clause before is about. True when such a verb stands within ten words of the passive at `h`, in
 * its clause. */
export function implicitPerformerOfOperation(c: Ctx, h: Hit): boolean {
  const s = c.sent(h.tok);
  const perform = words('perform');
  for (let k = h.tok + h.len; k < c.toks.length && k < h.tok + h.len + 10 && c.sent(k) === s; k++) {
    if (c.isComma(k) || c.isBoundary(k)) return false;
    const n = c.norm(k) ?? '';
    if (!perform.has(n) || !/(ه|ها)$/.test(n)) continue;
    const nx = k + 1;
    if (nx >= c.toks.length || c.sent(nx) !== s || c.isComma(nx) || c.isBoundary(nx)) return true;
    const m = c.startArr[nx]?.[0];
    if (m && c.info(m).prep === '') return false;
    // (a date or a preposition opens what follows: no subject is named)
    return !!c.dateCovered[nx] || c.prepsAt(nx).length > 0 || !!(m && c.info(m).prep !== '');
  }
  return false;
}

/** (session 9) Issuing verbs of a verdict or decision with a resumptive pronoun (نطق به، أصدره، أصدرته، اتخذه، أقرّته), and the
 * participle «(ال)صادر(ة) عن». */
const ISSUED_WITH_PRONOUN = /^(اصدر|اتخذ|اقر)(ت)?(ه|ها)$/;
const ISSUED_THEN_PREP = /^(نطق|نطقت)$/;
/** Nouns of a verdict or decision (indefinite or definite): حكم، قرار، أمر، مرسوم. */
const DECISION_NOUN = /^(ال)?(حكم|قرار|امر|مرسوم)$/;
/**
 * (session 9) «أُدين X بالسجن …، بموجب حكم نطق به أمس القطب الجزائي …»، «اعتُقل بموجب قرار أصدرته النيابة»، «… بحكم صادر عن
 * محكمة X»: a passive act carried out under a verdict or decision whose issuer a clause on the decision noun names — the issuer
 * did it. The decision noun stands after the verb in its sentence (at most 30 tokens on); the issuer is the bare NP after the
 * issuing verb (dates and a short adverb between).
 */
export function issuerOfDecision(c: Ctx, h: Hit): string | null {
  const s = c.sent(h.tok);
  for (let k = h.tok + h.len; k < c.toks.length && k < h.tok + h.len + 30 && c.sent(k) === s; k++) {
    if (c.isBoundary(k)) return null;
    const n = (c.norm(k) ?? '').replace(/^[وف]?(ب|ل)?(?=(ال)?(حكم|قرار|امر|مرسوم)$)/, '');
    if (!DECISION_NOUN.test(n)) continue;
    // one adjective may follow the noun («حكم قضائي»، «قرار رسمي»)
    let v = k + 1;
    if (v < c.toks.length && !ISSUED_WITH_PRONOUN.test(c.norm(v) ?? '') && !ISSUED_THEN_PREP.test(c.norm(v) ?? '') &&
      !/^(ال)?صادر(ه)?$/.test(c.norm(v) ?? '') && c.startArr[v] === undefined) v++;
    const vn = c.norm(v) ?? '';
    let at = -1;
    if (ISSUED_WITH_PRONOUN.test(vn)) at = v + 1;
    else if (ISSUED_THEN_PREP.test(vn) && /^(به|بها)$/.test(c.norm(v + 1) ?? '')) at = v + 2;
    else if (/^(ال)?صادر(ه)?$/.test(vn) && c.norm(v + 1) === 'عن') at = v + 2;
    if (at < 0) continue;
    // dates (and the commas around them) before the issuer
    while (at < c.toks.length && c.sent(at) === s && (c.dateCovered[at] || (c.isComma(at) && c.dateCovered[at + 1]))) at++;
    const m = c.startArr[at]?.find((x) => c.byId.get(x.entity)?.type !== 'LOC');
    if (!m || c.sent(at) !== s) return null;
    if (at === v + 2 && /صادر/.test(vn)) return m.entity;
    return c.info(m).prep === '' ? m.entity : null;
  }
  return null;
}

// (the forms of كان among the auxiliaries of function-words.tsv `aux`, and the copulas)
const KANA = new Set([...AUX, ...COPULA].filter((w) => normalize(w).startsWith('كان')).map((w) => normalize(w)));
const PLACE_ADJUNCT_PREPS = words('place-adjunct-prep');
/**
 * (session 8) «وكانت رابطة أهالي المفقودين في بنغازي قد نظّمت …»، «وكان الوزير قد أصدر …»: the subject of a verb at `v`
 * preceded by قد in a clause opened by a form of كان — the first bare NP right after كان, followed up to قد only by its own
 * modifiers (definite words), a place adjunct (في/بـ + a place) or a date. Bounded: at most 14 tokens from كان to the verb.
 */
export function kanaQadSubject(c: Ctx, v: number): EntityMention | null {
  const q = v - 1;
  if (q < 2 || c.norm(q) !== 'قد') return null;
  const s = c.sent(v);
  let kana = -1;
  for (let k = q - 1; k >= 0 && k >= v - 14 && c.sent(k) === s; k--) {
    if (c.isBoundary(k) || c.isComma(k)) return null;
    if (KANA.has((c.norm(k) ?? '').replace(/^[وف]/, ''))) { kana = k; break; }
  }
  if (kana < 0) return null;
  const m = c.startArr[kana + 1]?.[0];
  if (!m || c.info(m).prep !== '' || m.tokenEnd > q) return null;
  // only modifiers, a place adjunct and dates between the NP and قد
  for (let k = m.tokenEnd; k < q; k++) {
    const inner = c.startArr[k]?.[0];
    if (inner) {
      const ty = c.byId.get(inner.entity)?.type;
      if (ty !== 'LOC' && !c.dateCovered[k]) return null;
      k = inner.tokenEnd - 1;
      continue;
    }
    const n = c.norm(k) ?? '';
    if (c.dateCovered[k] || PLACE_ADJUNCT_PREPS.has(n) || (n.startsWith('ال') && !c.nounHits.has(k))) continue;
    return null;
  }
  return m;
}

const COMPLEMENTIZERS_OF_REPORT = words('complementizer');
/**
 * (session 8) A past verb conjoined after a comma («، ودعا») to an event read inside a complement clause whose verb is
 * imperfect («أن الاتحاد سيقدّم …»): the tenses do not coordinate, so the verb continues the clause that reported the
 * complement, not the complement. A complementizer must stand before the earlier verb in the sentence (at most 12 tokens).
 */
export function tenseBreak(c: Ctx, prev: Draft, h: Hit): number {
  if (h.entry.pos !== 'verb' || prev.hit.entry.pos !== 'verb' || !c.isComma(h.tok - 1) || !/^[وف]/.test(h.form.prefix ?? '')) return -1;
  const past = normalize(h.entry.past ?? '');
  const v = h.form.norm.split(' ')[0];
  if (!past || !(v === past || v === past + 'ت' || v === past + 'وا')) return -1;
  const pv = prev.hit.form.norm.split(' ')[0];
  if (!/^(س|ل)?[يتن]/.test(pv) || /^(س|ل)?[يتن]/.test(past)) return -1;
  const s = c.sent(h.tok);
  for (let k = prev.hit.tok - 1; k >= 0 && prev.hit.tok - k <= 12 && c.sent(k) === s; k--) {
    if (COMPLEMENTIZERS_OF_REPORT.has(c.norm(k) ?? '')) return k;
    if (c.isComma(k) && !c.dateCovered[k + 1] && !c.dateCovered[k - 1]) return -1;
  }
  return -1;
}

/** (session 8) The subject of the clause that reports a complement opened at `k` («وأعلن فيتالي، عقب اللقاء، أن …»): the
 * nearest person or organisation named with no preposition before it, within ten tokens of its sentence. */
export function reporterBefore(c: Ctx, k: number): string | null {
  const s = c.sent(k);
  for (let j = k - 1; j >= 0 && k - j <= 10 && c.sent(j) === s; j--) {
    const m = mentionEndingAt(c, j);
    if (!m) continue;
    const ty = c.byId.get(m.entity)?.type;
    if ((ty === 'PER' || ty === 'ORG') && c.info(m).prep === '') return m.entity;
    j = m.tokenStart;
  }
  return null;
}
