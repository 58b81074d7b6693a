// Granularity: one occasion reported by several triggers becomes one event (casualties of an attack,
// headlines restating the lead, definite back-references, coreferent mentions).
import type { Event } from '../contract.ts';
import { casualtyLexicon } from './casualties.ts';
import { type Hit, Ctx, paragraphOf, wordsBetween, type Draft } from './context.ts';
import { words } from './words.ts';

const SIMILAR = words('similar-event');
import { windowAround, group, rolesFor, nisbaAgent } from './roles.ts';
import { modeFor, priorityOf } from './modality.ts';
import { pluperfectAt } from './dates.ts';

export function hasConsequenceCue(c: Ctx, tok: number): boolean {
  for (let j = tok - 1; j >= 0 && j >= tok - 4 && c.sent(j) === c.sent(tok); j--) {
    const n = c.norm(j)!;
    const f = c.lex.frames.get(n) ?? c.lex.frames.get(n.replace(/^[وف]/, ''));
    if (f?.role === 'consequence') return true;
  }
  return false;
}

export const RECEIVED = words('received');
export const COMPLEMENT_TYPES = new Set(['REQUEST', 'REJECT', 'THREATEN']);
/** The noun opens a prepositional complement: "إلى تحقيق"، "بالإفراج"، "على وقف". */
export function complementPrep(c: Ctx, h: Hit): boolean {
  return words('complement-prep').has(c.bare(h.tok - 1)) || h.form.prefix.endsWith('ب');
}
export function hasVerbBetween(c: Ctx, verbToks: Set<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (verbToks.has(k) || c.isBoundary(k)) return true;
  return false;
}
/** Is the draft a casualty clause (قتل، استشهد، أصيب، لقي حتفه…; data/events/casualties.tsv)? */
export function isCasualty(c: Ctx, d: Draft): boolean {
  if (d.ev.type !== 'ASSAULT' || d.hit.entry.pos === 'noun') return false;
  const cas = casualtyLexicon().casualty;
  const n = c.norm(d.hit.tok) ?? '';
  return cas.has(d.hit.form.norm) || cas.has(n) || cas.has(c.bare(d.hit.tok));
}

/**
 * An attack noun right after a causal link («في/جراء/إثر/بسبب/بـ غارة») following casualty clauses of its
 * sentence: the casualty drafts (consecutive, same sentence) are merged into one event with the attack's
 * agent («شنتها X»، «من قبل X», the noun's own actor) as actor, the casualties as targets, the attack's place.
 * Returns the surviving draft, or null when the construction is absent.
 */
export function casualtiesOfAttack(c: Ctx, drafts: Draft[], h: Hit, verbToks: Set<number>): Draft | null {
  const lex = casualtyLexicon();
  const prevWord = c.bare(h.tok - 1);
  let linked = lex.link.has(prevWord) || (h.entry.pos === 'noun' && h.form.prefix.endsWith('ب') && lex.link.has('ب'));
  // «قُتل تسعة مدنيين جراء قذائف مدفعية سقطت على السوق»: a verb of the attack whose subject (one to three words)
  // follows a causal link (not في/خلال, which also open places and times)
  if (!linked && h.entry.pos !== 'noun') {
    for (let k = h.tok - 2; k >= 0 && k >= h.tok - 4 && c.toks[k].kind === 'word' && c.sent(k) === c.sent(h.tok); k--) {
      const w = c.bare(k);
      if (lex.link.has(w) && w !== 'في' && w !== 'خلال' && w !== 'ب') { linked = true; break; }
    }
  }
  if (!linked) return null;
  const s = c.sent(h.tok);
  // the casualty drafts just before (bounded: at most three clauses, within 25 tokens of the attack noun)
  let i = drafts.length;
  while (i > 0 && drafts.length - i < 3 && c.sent(drafts[i - 1].hit.tok) === s && isCasualty(c, drafts[i - 1]) && h.tok - drafts[i - 1].hit.tok <= 25) i--;
  if (i === drafts.length) return null;
  const cas = drafts.splice(i);
  const first = cas[0];
  const targets: string[] = [];
  const actors: string[] = [];
  for (const d of cas) {
    // an intransitive/passive reading (استشهد X، قتل X جراء…): the subject is a casualty; a transitive
    // reading with an object found (قتل الجيش X في هجوم) keeps its subject as an actor
    if (d.ev.targets.length && d.hit.entry.obj === 'target') for (const a of d.ev.actors) { if (!actors.includes(a)) actors.push(a); }
    else for (const a of d.ev.actors) if (!targets.includes(a)) targets.push(a);
    for (const t of d.ev.targets) if (!targets.includes(t)) targets.push(t);
  }
  // the attack's own roles, and its agent after a resumptive verb («غارة شنتها طائرات إسرائيلية»)
  const w = windowAround(c, h, verbToks);
  const r = rolesFor(c, h, w);
  // (the subject of another verb after the noun is no agent of the attack: «في هجوم حمّلت السلطة X مسؤوليته»)
  let nextVerb = -1;
  for (let k = h.tok + h.len; k < h.tok + h.len + 4 && k < c.toks.length && c.sent(k) === s; k++) if (verbToks.has(k) && !lex.agentVerb.has(c.norm(k) ?? '')) { nextVerb = k; break; }
  if (nextVerb >= 0) {
    const late = (id: string) => w.after.some((x) => x.m.entity === id && x.m.tokenStart > nextVerb) && !w.after.some((x) => x.m.entity === id && x.m.tokenStart < nextVerb);
    r.actors = r.actors.filter((a) => !late(a));
    r.targets = r.targets.filter((a) => !late(a));
  }
  const ev = first.ev;
  const evidence = ['rule:casualties-of-attack', lex.evidence.get('link')!];
  let agent: string[] = [];
  for (let k = h.tok + h.len; k < h.tok + h.len + 4 && k < c.toks.length && c.sent(k) === s; k++) {
    if (!lex.agentVerb.has(c.norm(k) ?? '')) continue;
    const ai = w.after.findIndex((x) => x.m.tokenStart > k && x.m.tokenStart <= k + 2 && x.prep === '');
    if (ai >= 0) { agent = group(w.after, ai, c).map((x) => x.m.entity); evidence.push(lex.evidence.get('agent-verb')!); }
    break;
  }
  // "أصيب خمسة خلال مواجهات مع قوات الاحتلال": the other side of a clash wounded them
  if (!agent.length && !r.actors.length && h.entry.preps.has('مع')) {
    const k = w.after.findIndex((x) => x.prep === 'مع');
    if (k >= 0) { agent = group(w.after, k, c).map((x) => x.m.entity); evidence.push('rule:clash-party-agent'); }
  }
  const isLocId = (id: string) => c.byId.get(id)?.type === 'LOC';
  for (const a of agent.length ? agent : r.actors) if (!actors.includes(a) && !isLocId(a)) actors.push(a);
  // «قُتل ثلاثة بقصف مدفعي حوثي»: with no agent named, a nisba of the attack noun names it
  if (!actors.length) {
    const n = nisbaAgent(c, h);
    if (n) { actors.push(n); evidence.push('rule:nisba-agent'); }
  }
  ev.actors = actors;
  for (const t of r.targets) if (!isLocId(t) && !agent.includes(t) && !targets.includes(t)) targets.push(t);
  ev.targets = targets.filter((t) => !actors.includes(t));
  // the attack's place: «على خان يونس»، «في مدينة حلب»
  ev.place = ev.place ?? r.place ?? r.targets.find(isLocId) ?? cas.map((d) => d.ev.place).find((p) => p) ?? null;
  const m = modeFor(c, h);
  if (m.mode && (!ev.mode || priorityOf(c, m.mode) < priorityOf(c, ev.mode))) { ev.mode = m.mode; if (m.evidence) evidence.push(m.evidence); }
  for (const d of cas.slice(1)) {
    first.toks.push(...d.toks);
    evidence.push(`rule:casualty-clause@${d.ev.trigger.start}`);
    if (d.ev.negated) ev.negated = true;
  }
  first.toks.push(h.tok);
  ev.evidence = [...ev.evidence!.filter((e) => e !== 'rule:passive-subject-target'), ...evidence];
  drafts.push(first);
  return first;
}

/**
 * A headline restates the lead: an event of a heading paragraph that has an event of the same type in the
 * next two paragraphs is merged into that one (its participants and place completing it).
 */
/** A heading line, or the article's first line when it reads as a title (short, no final punctuation). */
export function isHeadline(c: Ctx, p: number): boolean {
  const para = c.doc.paragraphs[p];
  if (!para) return false;
  if (para.heading) return true;
  if (p !== 0 || c.doc.paragraphs.length < 2) return false;
  const t = c.doc.text.slice(para.start, para.end).trim();
  // (session 8: a title may end on a question — «… وصفقة تبادل الأسرى.. هل تصمد التهدئة؟» — a body sentence of the
  // first paragraph seldom does)
  return t.length > 0 && t.length < 200 && !/[.!…]$/.test(t);
}

/** ASSAULT modes of harm done to people by hand (a conjoined verb of such a mode is no restatement of an attack on a place). */
const PERSON_HARM = new Set(['beat']);
// (participant ids carry no article: «#مهاجمين»)
const AGENT_ANAPHOR = new Set([...words('agent-anaphor')].map((w) => w.replace(/^ال/, '')));
const AGENT_ANAPHOR_DEF = words('agent-anaphor');
/** (session 9) material acts whose describing clause («، سيّرها X») names who performed them; a verbal act there is another
 * act («توقيف موظف …، اتهمه القضاء بـ…») */
const MATERIAL_TYPES = new Set(['AID', 'MOBILIZE', 'COERCE', 'ASSAULT', 'RETREAT']);
/** (session 9) The trigger is a definite plural noun («الضربات»، «الغارات»), or a verb whose required subject right before it
 * (one word between at most) is definite («القذائف سقطت»). */
function definiteMeans(c: Ctx, h: Hit): boolean {
  if (h.entry.pos !== 'verb') return (h.form.article || h.form.norm.startsWith('ال')) && /ات$/.test(h.form.norm) && !h.form.suffix;
  for (let j = h.tok - 1; j >= 0 && j >= h.tok - 2 && c.sent(j) === c.sent(h.tok); j--) {
    const n = c.bare(j);
    if (n.startsWith('ال') && h.entry.requires.has(n.slice(2))) return true;
  }
  return false;
}
/** (session 9) a definite agent-anaphor word (with its article, «المهاجمين») within six words of token k in its sentence:
 * «مسلحون مجهولون» without the article are new doers. */
function definiteAgentNear(c: Ctx, k: number): boolean {
  for (let j = Math.max(0, k - 6); j <= k + 6 && j < c.toks.length; j++) if (c.sent(j) === c.sent(k) && AGENT_ANAPHOR_DEF.has(c.bare(j))) return true;
  return false;
}
/** (session 9) How far after a condemnation verb the condemned act may stand: twelve tokens, plus the tokens of an adjunct
 * set off by commas between them («ودانت الرئاسة، في بيان صدر صباح اليوم، "استهداف المدنيين"»). */
function condemnedReach(c: Ctx, from: number, to: number): number {
  let extra = 0, open = -1;
  for (let j = from + 1; j < to && j - from <= 24; j++) {
    if (!c.isComma(j)) continue;
    if (open < 0) open = j;
    else { extra += j - open + 1; open = -1; }
  }
  return 12 + Math.min(extra, 12);
}
/** (session 9) d is dated by a date mention of its own sentence that neither contains nor is contained in o's date. */
/** (session 9, final gaps) Days between two full dates (YYYY-MM-DD); Infinity when either is not a day. */
function daysApart(a: string | undefined, b: string | undefined): number {
  if (!a || !b || !/^\d{4}-\d\d-\d\d$/.test(a) || !/^\d{4}-\d\d-\d\d$/.test(b)) return Infinity;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86400000;
}

function ownDateClash(d: Draft, o: Draft): boolean {
  const a = d.ev.date, b = o.ev.date;
  if (!a || !b || a.basis !== 'text' || !d.ev.evidence!.includes('rule:date-in-sentence')) return false;
  return !a.value.startsWith(b.value) && !b.value.startsWith(a.value);
}

export function mergeHeadlines(c: Ctx, drafts: Draft[]): Draft[] {
  const paras = c.doc.paragraphs;
  const drop = new Set<Draft>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const p = paragraphOf(c, d.hit.tok);
    if (!isHeadline(c, p)) continue;
    let into: Draft | undefined;
    // (failing a lead event that shares a named participant, the first one of the type and mode in the lead: the
    // headline may name the actor differently — «البرلمان» for «الجمعية الوطنية» — and then adds no participant)
    let renamed: Draft | undefined;
    // (failing both, the first compatible event of the type further on: a headline sums up the whole story — «…
    // والقوات الجنوبية تدفع بتعزيزات» is told in the fourth paragraph — unless it names a participant that event lacks)
    let far: Draft | undefined;
    let farExact: Draft | undefined;
    for (let j = i + 1; j < drafts.length && j < i + 60; j++) {
      const q = paragraphOf(c, drafts[j].hit.tok);
      if (q === p || isHeadline(c, q)) continue;
      const e = drafts[j].ev;
      const real = (ids: string[]) => ids.filter((x) => !x.startsWith('#'));
      const hp = [...real(d.ev.actors), ...real(d.ev.targets)];
      const lp = [...real(e.actors), ...real(e.targets)];
      // (mediation is distinct from the talks it brought about, as in resolveDefinites)
      const sameMode = (!d.ev.mode || !e.mode || d.ev.mode === e.mode) && (d.ev.mode === 'third-party') === (e.mode === 'third-party');
      const compatible = sameMode && (!hp.length || !lp.length || hp.some((x) => lp.includes(x)));
      if (q > p + 2) {
        // (a definite noun mention there is left to resolveDefinites, which lets the headline join it)
        const defNoun = drafts[j].hit.entry.pos !== 'verb' && (drafts[j].hit.form.article || drafts[j].hit.form.norm.startsWith('ال'));
        // (Session 5c: a headline actor that is a place stands for its government — «والرياض تدين هجوماً» sums up «أعربت
        // وزارة الخارجية السعودية عن إدانة المملكة» — when the body act names an actor of its own)
        const metonym = real(d.ev.actors).length > 0 && real(d.ev.actors).every((x) => c.byId.get(x)?.type === 'LOC') && real(e.actors).length > 0 &&
          !real(e.actors).some((x) => real(d.ev.targets).includes(x));
        if (!defNoun && e.type === d.ev.type && sameMode && !e.negated && !d.ev.negated && !e.context?.length && (!hp.length || hp.some((x) => lp.includes(x)) || metonym)) {
          // (Session 5c: a headline with a mode sums up the act of that mode, not a modeless act before it — «والاحتلال
          // يعتقل ١٧ شاباً» is «واعتقلت ١٧ شاباً», not the raid «اقتحمت … البلدة» of the same sentence)
          if (d.ev.mode && e.mode === d.ev.mode) { if (!farExact) farExact = drafts[j]; }
          else if (!far) far = drafts[j];
        }
        continue;
      }
      // (an actorless definite mention after a lead verb the headline renamed is a back-reference to that verb: «اتفاق بين
      // المحافظة ومجلس منبج» → «وقّعت محافظة حلب اتفاقاً مع المجلس المحلي …، وقال إن الاتفاق …»)
      const bareDefinite = drafts[j].hit.entry.pos !== 'verb' && !lp.length && (drafts[j].hit.form.article || drafts[j].hit.form.norm.startsWith('ال'));
      if (e.type === d.ev.type && compatible && renamed && bareDefinite) break;
      if (e.type === d.ev.type && compatible) { into = drafts[j]; break; }
      // (a headline that names no actor of its own — «… وتسحب سفيرها من باماكو» — restates the lead act of its type and mode
      // whoever the lead names)
      if (e.type === d.ev.type && sameMode && !renamed && !e.negated && !d.ev.negated && (real(d.ev.actors).length || !hp.length || d.hit.entry.pos === 'verb') && real(e.actors).length) renamed = drafts[j];
    }
    if (!into && renamed) {
      renamed.ev.evidence!.push(`rule:headline-restates-lead-renamed@${d.ev.trigger.start}`);
      if (!renamed.ev.place && d.ev.place) renamed.ev.place = d.ev.place;
      drop.add(d);
      continue;
    }
    if (farExact) far = farExact;
    if (!into && far) {
      into = far;
      far.ev.evidence!.push('rule:headline-sums-up-body');
    }
    // (session 7: failing all of these, a headline act whose type the body tells at all is a summary of the body's
    // telling, whatever participants either names — annotators code the body: 2 of ~1000 gold events in dev/events and
    // examples sit in a headline, while 8 of the 10 headline events left standing were spurious, in 6 articles)
    if (!into) {
      // (the first of its mode, else of its type; it takes the headline's place if it has none)
      // (an actorless definite noun there is left to resolveDefinites, which lets the headline join it)
      const defBare = (o: Draft) => o.hit.entry.pos !== 'verb' && (o.hit.form.article || o.hit.form.norm.startsWith('ال')) && !o.ev.actors.some((x) => !x.startsWith('#'));
      const body = (o: Draft, j: number) => j > i && j < i + 80 && o.ev.type === d.ev.type && !defBare(o) && !isHeadline(c, paragraphOf(c, o.hit.tok));
      // (session 9: or, failing one, the body act named by the same word, whose reading there gave it another type —
      // «انسحاب المعارضة يربك الجلسة» over «بانسحاب نواب المعارضة من القاعة، احتجاجاً»: the walkout)
      const word = d.hit.form.norm.replace(/^ال/, '');
      const sameWord = (o: Draft, j: number) => j > i && j < i + 80 && o.ev.type !== d.ev.type && !isHeadline(c, paragraphOf(c, o.hit.tok)) && o.hit.form.norm.replace(/^ال/, '') === word;
      const told = drafts.find((o, j) => body(o, j) && !!d.ev.mode && o.ev.mode === d.ev.mode) ?? drafts.find(body) ?? (d.hit.entry.pos !== 'verb' ? drafts.find(sameWord) : undefined);
      if (told) {
        const e = told.ev;
        const real = (ids: string[]) => ids.filter((x) => !x.startsWith('#'));
        // (as the other headline merges do, its named parties join the body act: the headline may name them better)
        for (const a of real(d.ev.actors)) if (!e.actors.includes(a) && !e.targets.includes(a)) e.actors.push(a);
        for (const t of real(d.ev.targets)) if (!e.targets.includes(t) && !e.actors.includes(t)) e.targets.push(t);
        if (!e.place && d.ev.place) e.place = d.ev.place;
        e.evidence!.push(`rule:headline-type-told-in-body@${d.ev.trigger.start}`);
        drop.add(d);
      }
      continue;
    }
    const e = into.ev;
    for (const a of d.ev.actors) if (!e.actors.includes(a) && !e.targets.includes(a) && !a.startsWith('#')) e.actors.push(a);
    for (const t of d.ev.targets) if (!e.targets.includes(t) && !e.actors.includes(t) && !t.startsWith('#')) e.targets.push(t);
    if (!e.place && d.ev.place) e.place = d.ev.place;
    if (!e.mode && d.ev.mode) e.mode = d.ev.mode;
    e.evidence!.push(`rule:headline-restates-lead@${d.ev.trigger.start}`);
    drop.add(d);
  }
  return drop.size ? drafts.filter((d) => !drop.has(d)) : drafts;
}

/**
 * A definite event noun with no actor ("الزيارة"، "الاتفاق"، "الاجتماع") refers back to the last event of the
 * same type already reported: it is a repeated mention, merged into that event (bounded look-back).
 */
export function resolveDefinites(c: Ctx, drafts: Draft[]): Draft[] {
  const real = (x: string) => !x.startsWith('#');
  const out: Draft[] = [];
  // indices into `out` per event type: the look-backs below visit only events of the type they look for
  const byType = new Map<string, number[]>();
  const push = (d: Draft) => {
    let l = byType.get(d.ev.type);
    if (!l) byType.set(d.ev.type, (l = []));
    l.push(out.length);
    out.push(d);
  };
  /** the latest draft of `type` within the window that satisfies `ok` */
  const lastOfType = (type: string, ok: (o: Draft) => boolean): Draft | undefined => {
    const l = byType.get(type);
    if (!l) return undefined;
    for (let x = l.length - 1; x >= 0 && l[x] >= out.length - MERGE_WINDOW; x--) if (ok(out[l[x]])) return out[l[x]];
    return undefined;
  };
  /** headline drafts that joined a body mention (left out at the end) */
  const absorbed = new Set<Draft>();
  for (const d of drafts) {
    const h = d.hit;
    // (Session 5c: «قبل أن يختتم زيارته»، «في ختام زيارتها»: a possessed visit whose possessor was only guessed from the NPs
    // before it is the visit already reported — its visitor is that visit's, not the nearest name)
    if (h.entry.pos === 'noun' && d.ev.type === 'CONSULT' && d.ev.mode === 'visit' && !!h.form.suffix && !d.ev.negated && !d.ev.context?.length &&
      d.ev.evidence!.includes('rule:possessive-antecedent') && !d.ev.targets.some(real)) {
      const ante = lastOfType('CONSULT', (o) => o.ev.mode === 'visit' && !absorbed.has(o));
      if (ante) {
        ante.ev.evidence!.push(`rule:possessed-visit-refers-back@${d.ev.trigger.start}`);
        continue;
      }
    }
    // (session 9) «وصلت قافلة مساعدات … تضم 24 شاحنة محمّلة بالأدوية، سيّرها برنامج الأغذية العالمي»: a verb of the type of
    // an act of its sentence, set off by a comma with no conjunction and carrying an object pronoun, is a clause describing
    // that act (the pronoun is its convoy, cargo or object); its named subject joins the act's actors
    if (h.entry.pos === 'verb' && MATERIAL_TYPES.has(d.ev.type) && !h.form.prefix && (!!h.form.suffix || /(ه|ها|هم|هما)$/.test(h.form.norm)) && h.tok > 0 && c.isComma(h.tok - 1) &&
      !d.ev.negated && !d.ev.context?.length) {
      const ante = lastOfType(d.ev.type, (o) => c.sent(o.hit.tok) === c.sent(h.tok) && o.hit.tok < h.tok && h.tok - o.hit.tok <= 30 && !o.ev.negated && !absorbed.has(o));
      if (ante) {
        for (const a of d.ev.actors.filter(real)) if (!ante.ev.actors.includes(a) && !ante.ev.targets.includes(a)) ante.ev.actors.push(a);
        if (!ante.ev.place && d.ev.place) ante.ev.place = d.ev.place;
        ante.ev.evidence!.push(`rule:describing-clause@${d.ev.trigger.start}`);
        continue;
      }
    }
    // (session 9) «وقّع المغرب واليابان اتفاقية قرض …» then «ووقّع الاتفاقية عن الجانب المغربي مدير الخزينة …»: a signing verb
    // whose object is the definite agreement noun it requires names the signing told in the two sentences before (its
    // signers act for the parties already named)
    // (signers named by name are annotated as a signing of their own — «ووقّع الاتفاق عن الجانب السعودي X، وعن الجانب الإيراني
    // Y» — so only signers no entity names are merged)
    if (d.ev.type === 'AGREE' && h.entry.pos === 'verb' && !d.ev.actors.some(real) && !d.ev.negated && !d.ev.context?.length) {
      const nx = c.norm(h.tok + h.len) ?? '';
      if (nx.startsWith('ال') && h.entry.requires.has(nx.slice(2))) {
        const ante = lastOfType('AGREE', (o) => o.hit.tok < h.tok && c.sent(h.tok) - c.sent(o.hit.tok) <= 2 && c.sent(h.tok) > c.sent(o.hit.tok) && !o.ev.negated && !absorbed.has(o));
        if (ante) {
          ante.ev.evidence!.push(`rule:signing-restated@${d.ev.trigger.start}`);
          continue;
        }
      }
    }
    const definite = h.entry.pos !== 'verb' && (h.form.article || h.form.norm.startsWith('ال')) && !h.form.suffix;
    // (an actor given only by a support verb — "وترأس X القمة" — does not make the mention a new event)
    const supportOnly = d.ev.evidence!.some((e) => e.includes('frames.tsv')) && !d.ev.evidence!.some((e) => /^rule:(masdar|performed|bayna|agent)/.test(e));
    // (session 9, article probe: «وجرى اللقاء بحضور وزير الدولة …» after «استقبل X Y»: those present at a meeting are
    // no parties of it — the definite noun still names the meeting already told, and its attendees join nobody)
    const attended = h.entry.pos !== 'verb' && d.ev.type === 'CONSULT' && d.ev.evidence!.includes('rule:meeting-participants') &&
      PRESENCE.has(c.norm(h.tok + h.len) ?? '') && !d.ev.targets.some((t) => !t.startsWith('#'));
    const own = !attended && ((d.ev.actors.length > 0 && !supportOnly) || d.ev.targets.some((t) => !t.startsWith('#')));
    // "إن الجانبين اتفقا على …": a dual as the only actor names the two parties of the last event of its type
    const dualOnly = d.ev.actors.length === 1 && isDual(c, d.ev.actors[0]) && !d.ev.targets.some((t) => !t.startsWith('#'));
    if (dualOnly && !d.ev.negated && !d.ev.context?.length) {
      const ante = lastOfType(d.ev.type, (o) => o.ev.actors.filter((a) => !a.startsWith('#')).length >= 2);
      if (ante) {
        ante.ev.evidence!.push(`rule:dual-back-reference@${d.ev.trigger.start}`);
        continue;
      }
    }
    // "تظاهر مئات … وهتفوا ضد …"، "… بأن ثلاثة بحارة قتلوا": an event with no named participant right after one of
    // its type in the same paragraph (same or previous sentence, no other place) restates it
    // (also the perpetrator's own statement about the attack just reported: "وقال الجيش في بيان إنها استهدفت …")
    const physical = d.ev.type === 'PROTEST' || d.ev.type === 'ASSAULT';
    // («احتجاجات مماثلة»، «غارات أخرى»: another event like it, not a restatement)
    const similar = SIMILAR.has(c.norm(h.tok + h.len) ?? '');
    // (session 9: «أن المهاجمين أطلقوا النار …» after «هجوم شنه مسلحون»: doers named only by a definite noun of the act
    // — function-words `agent-anaphor` — are the doers already told, no participant of their own)
    // (protesters who chant against someone — «ورفع المحتجون لافتات …، وهتفوا ضد رئيس الوزراء» — protest on: whom they target
    // makes no new protest)
    const anaphoric = d.ev.actors.length > 0 && d.ev.actors.every((a) => a.startsWith('#') && AGENT_ANAPHOR.has(a.slice(1).split(' ')[0])) &&
      (d.ev.type === 'PROTEST' || !d.ev.targets.some((t) => !t.startsWith('#'))) && definiteAgentNear(c, h.tok);
    // (session 9: «وقالت التنسيقية إن القذائف سقطت على سوق المواشي …»، «وأفاد مراسلون بأن الضربات طالت منزلاً في بلدة …» after
    // the shelling or the strikes just told: a definite plural means or act with no doer of its own tells where that attack
    // struck — the same attack, whatever target or village it names)
    // (a doer inherited from the event before is that attack's: «… نفذته الميليشيا … . وقال مسعفون إن القذائف سقطت»)
    const inherited = d.ev.evidence!.includes('rule:pronoun-subject-from-previous-event');
    const meansAnaphor = d.ev.type === 'ASSAULT' && (!d.ev.actors.length || inherited) && definiteMeans(c, h);
    const roleless = physical && !similar && !d.ev.actors.some((a) => !a.startsWith('#')) && (!own || anaphoric || meansAnaphor) && !d.ev.negated && !d.ev.context?.length;
    // (or a verb whose only participant is the previous event's actor: "… بأن ثلاثة بحارة قتلوا")
    // (session 9: for a protest, whom the same crowd goes on to chant against makes no new protest)
    const ownClaim = physical && (!!d.ev.attribution || (d.ev.evidence!.includes('rule:pronoun-subject-from-previous-event') && (d.ev.type === 'PROTEST' || !d.ev.targets.some((t) => !t.startsWith('#'))))) &&
      d.ev.actors.length > 0 && !d.ev.negated && !d.ev.context?.length;
    if ((roleless || ownClaim) && out.length) {
      let restated = false;
      for (let i = out.length - 1; i >= 0 && i >= out.length - 4; i--) {
        const o = out[i];
        if (c.sent(h.tok) - c.sent(o.hit.tok) > 1) break;
        // (a place from the dateline is no evidence of another place)
        const dPlace = d.ev.evidence!.includes('rule:dateline-place') || meansAnaphor ? null : d.ev.place;
        if (o.ev.type !== d.ev.type || (dPlace && o.ev.place && dPlace !== o.ev.place)) continue;
        // (session 9: an act dated by a date of its own sentence that is not the earlier act's is another act — «وكان
        // المعسكر قد تعرّض في ديسمبر الماضي لقصف» after today's attack)
        if (ownDateClash(d, o)) continue;
        // (a sit-in after a strike is another protest)
        if (d.ev.mode && o.ev.mode && d.ev.mode !== o.ev.mode && d.ev.type === 'PROTEST') continue;
        // (Session 5c: so is an act whose verb names another kind of attack — «أسقطوا طائرة وأسروا جنوداً»: an abduction)
        if (d.hit.entry.pos === 'verb' && o.hit.entry.pos === 'verb' && d.hit.entry.mode && o.hit.entry.mode && d.hit.entry.mode !== o.hit.entry.mode) continue;
        // (session 7: and harm done to people by a verb that names it — «هاجموا القرية، وأضرموا النار …، واعتدوا بالضرب على
        // مزارع» — after an attack on a place or property is an act of its own; the arson stays a facet of the attack)
        if (d.hit.entry.pos !== 'noun' && /^[وف]/.test(d.hit.form.prefix) && d.ev.mode && PERSON_HARM.has(d.ev.mode) && d.hit.entry !== o.hit.entry) continue;
        if (!o.ev.actors.length && !o.ev.targets.some((t) => !t.startsWith('#')) && !(meansAnaphor && o.ev.place)) continue;
        if (!roleless && !d.ev.actors.every((a) => o.ev.actors.includes(a))) continue;
        o.ev.evidence!.push(`rule:roleless-restatement@${d.ev.trigger.start}`);
        if (!o.ev.place && d.ev.place) o.ev.place = d.ev.place;
        restated = true;
        break;
      }
      if (restated) continue;
    }
    // (session 9, article probe) «وكان انتحاري قد فجّر نفسه أمس داخل المسجد» three paragraphs after «للهجوم الإرهابي الذي
    // استهدف مسجداً في مدينة بيشاور»: a background clause («وكان … قد») telling a physical act with no participant at all,
    // in an article that has told exactly one act of its type, retells that act with its details (no second attack)
    // (session 9, final gaps: or with only an unnamed doer — «وكان انتحاري قد فجّر نفسه» — when the act told names no doer and
    // no date of its own sets the two apart; the doer then joins the act)
    const unnamedDoer = d.ev.actors.length > 0 && d.ev.actors.every((a) => a.startsWith('#')) && !d.ev.targets.length;
    if (physical && h.entry.pos === 'verb' && (!d.ev.actors.length || unnamedDoer) && !d.ev.targets.length && !d.ev.negated && !d.ev.context?.length && pluperfectAt(c, h.tok)) {
      const told = (byType.get(d.ev.type) ?? []).map((i) => out[i]).filter((o) => !absorbed.has(o));
      if (told.length === 1 && told[0].hit.tok < h.tok && (!d.ev.place || !told[0].ev.place || d.ev.place === told[0].ev.place) &&
        (!unnamedDoer || (!told[0].ev.actors.length && (!ownDateClash(d, told[0]) || daysApart(d.ev.date?.value, told[0].ev.date?.value) <= 2)))) {
        if (unnamedDoer) told[0].ev.actors.push(...d.ev.actors);
        if (!told[0].ev.place && d.ev.place) told[0].ev.place = d.ev.place;
        if (d.ev.mode && priorityOf(c, d.ev.mode) < (told[0].ev.mode ? priorityOf(c, told[0].ev.mode) : 99)) told[0].ev.mode = d.ev.mode;
        told[0].ev.evidence!.push(`rule:background-retells-act@${d.ev.trigger.start}`);
        continue;
      }
    }
    // «سيزور X حلب ودمشق، في أول زيارة لمسؤول أممي إلى سوريا»، «اجتمع X بـY في لقاء مطول»: an indefinite noun of the
    // type of an earlier verb of its sentence, introduced by في (an ordinal may stand between), names that act again
    if (h.entry.pos !== 'verb' && !definite && !h.form.prefix) {
      let j = h.tok - 1;
      if (j >= 0 && words('ordinal').has(c.norm(j) ?? '')) j--;
      if (j >= 0 && c.norm(j) === 'في') {
        const ante = lastOfType(d.ev.type, (o) => o.hit.entry.pos === 'verb' && o.hit.tok < h.tok && c.sent(o.hit.tok) === c.sent(h.tok) && h.tok - o.hit.tok <= 30);
        const known = (x: string) => !!ante && (ante.ev.actors.includes(x) || ante.ev.targets.includes(x));
        if (ante && d.ev.actors.filter(real).every(known)) {
          if (!ante.ev.place && d.ev.place) ante.ev.place = d.ev.place;
          ante.ev.evidence!.push(`rule:noun-restates-verb@${d.ev.trigger.start}`);
          continue;
        }
      }
    }
    // (session 9) «أعلنت الوزارة طرد الملحق الثقافي …، واعتباره شخصاً غير مرغوب فيه»: a noun or phrase of the type and mode of
    // an act told earlier in its sentence, naming no entity of its own, names that act again (one expulsion)
    // (not a noun whose support verb names its own doer: «في حين أعلن وجهاء العشيرة "النفير العام"» after troops sent)
    if (h.entry.pos !== 'verb' && d.ev.mode && !d.ev.actors.some(real) && !d.ev.targets.some(real) && !d.ev.negated && !d.ev.context?.length &&
      !d.ev.evidence!.some((e) => e.includes('frames.tsv'))) {
      const ante = lastOfType(d.ev.type, (o) => o.ev.mode === d.ev.mode && c.sent(o.hit.tok) === c.sent(h.tok) && o.hit.tok < h.tok && h.tok - o.hit.tok <= 25 && !absorbed.has(o));
      if (ante) {
        ante.ev.evidence!.push(`rule:same-act-named-again@${d.ev.trigger.start}`);
        continue;
      }
    }
    // «وأدانوا بشدة الهجمات التي تطال مخيمات النازحين»: a definite plural act naming no entity right after a
    // condemnation verb of its sentence is what is condemned — a pattern of acts, not one event of its own
    // (session 9, end: not when a relative clause names its doer, a group too — «بالاعتداءات التي ارتكبها المستوطنون»)
    const prevOut = out[out.length - 1];
    if (definite && /ات$/.test(h.form.norm) && !d.ev.actors.some(real) && !d.ev.evidence!.includes('rule:performed-by') && !d.ev.targets.some(real) && prevOut && prevOut.ev.type === 'ACCUSE' &&
      prevOut.hit.entry.pos === 'verb' && c.sent(prevOut.hit.tok) === c.sent(h.tok) && h.tok - (prevOut.hit.tok + prevOut.hit.len) >= 0 && h.tok - (prevOut.hit.tok + prevOut.hit.len) <= 3) {
      prevOut.ev.evidence!.push(`rule:condemned-pattern@${d.ev.trigger.start}`);
      continue;
    }
    // «كما ندد السفير الأمريكي … بالهجوم في تغريدة على منصة إكس»: a definite act right after a condemnation verb of its
    // sentence (the last event, at most twelve tokens back), naming no actor, is the act already reported: it refers back
    // even when a preposition after it reads as a target
    // (session 7: a noun in construct with a definite genitive is definite too — «دانت الوزارة اعتداءات المستوطنين وحملة
    // الاعتقالات»: the settlers' attacks and the arrests already told)
    // (and a phrase whose last word is definite: «حملة الاعتقالات»; an actor copied from the act it is coordinated with is
    // none of its own)
    const construct = h.entry.pos !== 'verb' && !h.form.article && !h.form.norm.startsWith('ال') &&
      ((c.norm(h.tok + h.len) ?? '').startsWith('ال') && c.sent(h.tok + h.len) === c.sent(h.tok) || (h.len > 1 && (c.norm(h.tok + h.len - 1) ?? '').startsWith('ال')));
    const copied = d.ev.evidence!.includes('rule:coordinated-masdar-actor');
    if ((definite || construct) && (copied || !d.ev.actors.some(real)) && prevOut && prevOut.ev.type === 'ACCUSE' && prevOut.hit.entry.pos === 'verb' &&
      c.sent(prevOut.hit.tok) === c.sent(h.tok) && h.tok > prevOut.hit.tok && h.tok - prevOut.hit.tok <= condemnedReach(c, prevOut.hit.tok, h.tok) && !d.ev.context?.length) {
      const ante = lastOfType(d.ev.type, (o) => o !== prevOut && !absorbed.has(o) && (!d.ev.mode || !o.ev.mode || o.ev.mode === d.ev.mode));
      if (ante) {
        ante.ev.evidence!.push(`rule:condemned-act-refers-back@${d.ev.trigger.start}`);
        continue;
      }
    }
    // (a definite mention under a negation of another verb — «من دون أن يحدد الجهة المسؤولة عن الهجوم» — still refers back)
    const onlyNegated = h.entry.pos === 'noun' && (d.ev.context ?? []).every((x) => x === 'negation');
    // («بأن الاشتباكات تجددت صباح اليوم»، «تجددت أمس الاشتباكات»: a renewal verb next to it makes the mention a new round)
    const renewed = [h.tok - 1, h.tok - 2, h.tok + h.len].some((j) => words('renewal').has(c.bare(j)));
    if (definite && !own && !renewed && (!d.ev.negated || onlyNegated) && (!d.ev.context?.length || onlyNegated)) {
      // (session 9) «وجاء الانسحاب بعدما …» after «انسحاب نواب المعارضة من القاعة، احتجاجاً …»: a definite mention refers
      // back to the latest act named by the same word when no act of its own type came after it, even when the word's
      // plain reading is of another type (a walkout is a protest, the bare «الانسحاب» a withdrawal)
      const word = h.form.norm.replace(/^ال/, '');
      let sameWord: Draft | undefined;
      for (let i = out.length - 1; i >= 0 && i >= out.length - 12; i--) {
        const o = out[i];
        if (o.ev.type === d.ev.type || paragraphOf(c, h.tok) - paragraphOf(c, o.hit.tok) > 2) break;
        if (!absorbed.has(o) && o.hit.form.norm.replace(/^ال/, '') === word) { sameWord = o; break; }
      }
      if (sameWord) {
        sameWord.ev.evidence!.push(`rule:definite-mention-same-word@${d.ev.trigger.start}`);
        continue;
      }
      // (mediation refers back only to mediation: «التوسط» after «المباحثات» is a third party's act, not the talks)
      const distinct = (m?: string | null) => m === 'third-party';
      // (session 8) a verbal act whose support verb names another speaker is that speaker's own act, no mention of the
      // earlier one: «أعلنت هيئة الدفاع عزمها الطعن» after «داعيةً إلى الطعن» of another party; «قرر المجلس الوقوف خلف الوزير»
      // after another body's support. Meetings keep the old reading («وترأس X القمة» names its chair, not a new summit)
      // (session 9: a group phrase speaks too — «أعلن شيوخ من القبيلة "النفير العام"» after «دفعت قسد بتعزيزات»)
      const speakers = VERBAL_ACT_TYPES.has(d.ev.type) ? d.ev.actors : [];
      const sameSpeaker = (o: Draft) => !speakers.length || !o.ev.actors.length || o.ev.actors.some((a) => speakers.includes(a));
      const ante = lastOfType(d.ev.type, (o) => (!d.ev.mode || !o.ev.mode || o.ev.mode === d.ev.mode) &&
        (distinct(d.ev.mode) === distinct(o.ev.mode)) && !absorbed.has(o) && sameSpeaker(o));
      // (a headline event does not absorb a mention deep in the body — more than two paragraphs on, the story
      // the headline announced is told there: the body mention keeps its own roles and the headline joins it)
      if (ante && isHeadline(c, paragraphOf(c, ante.hit.tok)) && paragraphOf(c, h.tok) - paragraphOf(c, ante.hit.tok) > 2) {
        const real = (x: string) => !x.startsWith('#');
        if (!d.ev.actors.some(real)) for (const a of ante.ev.actors.filter(real)) if (!d.ev.targets.includes(a)) d.ev.actors.push(a);
        if (!d.ev.targets.some(real)) for (const t of ante.ev.targets.filter(real)) if (!d.ev.actors.includes(t)) d.ev.targets.push(t);
        if (!d.ev.place && ante.ev.place) d.ev.place = ante.ev.place;
        if (!d.ev.actors.length) d.ev.actors.push(...ante.ev.actors.filter((a) => !d.ev.targets.includes(a)));
        d.ev.evidence!.push(`rule:headline-joins-body@${ante.ev.trigger.start}`);
        absorbed.add(ante);
        push(d);
        continue;
      }
      if (ante) {
        if (!ante.ev.place && d.ev.place) ante.ev.place = d.ev.place;
        if (!attended) for (const a of d.ev.actors) if (!ante.ev.actors.includes(a) && !ante.ev.targets.includes(a)) ante.ev.actors.push(a);
        for (const t of d.ev.targets) if (!ante.ev.targets.includes(t) && !ante.ev.actors.includes(t)) ante.ev.targets.push(t);
        ante.ev.evidence!.push(`rule:definite-mention@${d.ev.trigger.start}`);
        continue;
      }
    }
    push(d);
  }
  return absorbed.size ? out.filter((o) => !absorbed.has(o)) : out;
}

export const MERGE_WINDOW = 200;
/** «بحضور X»: X attends the meeting (function-words `meeting-members` also lists «بمشاركة», whose members take part). */
const PRESENCE = new Set(['بحضور', 'وبحضور']);
/** Verbal acts (session 8): a support verb's subject makes a definite mention of one a new act of that speaker. */
// (session 9: and a mobilisation — «أعلن شيوخ من القبيلة "النفير العام"» after troops sent by another party is the
// tribe's own call to arms, not a mention of the deployment)
const VERBAL_ACT_TYPES = new Set(['ACCUSE', 'REJECT', 'REQUEST', 'THREATEN', 'SUPPORT', 'MOBILIZE']);
export const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** One event reported several times (زار … / زيارة قاآني إلى بغداد) becomes one record. */
export function mergeCoreferent(events: Event[], conjoinedVerbs?: (a: Event, b: Event) => boolean): Event[] {
  const out: Event[] = [];
  // indices into `out` per event type (coreference needs the same type): the earliest coreferent event in the window
  const byType = new Map<string, number[]>();
  for (const e of events) {
    // bounded look-back keeps this linear in the number of events
    // («ودعت البعثة الأطراف إلى وقف النار، وحثت على حماية المدنيين»: two verbs of one sentence are two acts)
    let same: Event | undefined;
    const l = byType.get(e.type) ?? [];
    const lo = out.length - MERGE_WINDOW;
    let x = l.length;
    while (x > 0 && l[x - 1] >= lo) x--;
    for (; x < l.length && !same; x++) if (coreferent(out[l[x]], e) && !conjoinedVerbs?.(out[l[x]], e)) same = out[l[x]];
    if (!same) {
      if (!byType.has(e.type)) byType.set(e.type, l);
      l.push(out.length);
      out.push(e);
      continue;
    }
    merge(same, e);
  }
  return out;
}

/** (Session 6) «دعت تنسيقيات الاحتجاج إلى إضراب عام يوم الخميس»، «دعت الجمعية إلى اعتصام أمام البرلمان»: a call by a named
 * party to a protest of its own is coded as the protest it calls (PLOVER PROTEST, context future, the caller as actor), not as
 * a request addressed to no one (an indefinite protest: a definite one may be the protest already reported) — the protest noun was merged into the call as its content (`rule:content-of-demand`). Only
 * a verb of calling (the REQUEST rows whose past is دعا) and a protest noun (PROTEST row) count. */
function calledProtests(c: Ctx, drafts: Draft[]): Set<Event> {
  const gone = new Set<Event>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const e = d.ev;
    // (session 8, round 2) «واستجابة لدعوة القوى الوطنية، عمّ الإضراب …»: a call answered is the motive of the protest told
    // next in its sentence — the callers act in it, the call is no new event
    if (e.type === 'REQUEST' && d.hit.entry.pos !== 'verb' && e.actors.length && W_ANSWERED.has(c.bare(d.hit.tok - 1))) {
      const nx = drafts.slice(i + 1, i + 4).find((x) => x.ev.type === 'PROTEST' && c.sent(x.hit.tok) === c.sent(d.hit.tok) && x.hit.tok - d.hit.tok <= 25 &&
        !x.ev.actors.some((a) => c.byId.get(a)?.type !== 'LOC'));
      if (nx) {
        nx.ev.actors = [...e.actors, ...nx.ev.actors.filter((a) => !e.actors.includes(a) && c.byId.get(a)?.type !== 'LOC')];
        nx.ev.evidence!.push(`rule:answered-call@${d.hit.start}`);
        gone.add(e);
        continue;
      }
    }
    if (e.type !== 'REQUEST' || d.hit.entry.pos !== 'verb' || !CALL_VERBS.has(d.hit.entry.past ?? '') || e.negated || !e.actors.length || e.targets.length) continue;
    // (the protest told as an event of its own, with no actor, right after إلى: «دعت جمعية "صرخة المودعين" إلى اعتصام»)
    const nx = drafts[i + 1];
    if (nx && nx.ev.type === 'PROTEST' && nx.hit.entry.pos !== 'verb' && (!nx.ev.mode || ['demo', 'strike', 'hunger'].includes(nx.ev.mode)) && !nx.ev.actors.length && c.sent(nx.hit.tok) === c.sent(d.hit.tok) &&
      nx.hit.tok - d.hit.tok <= 12 && (c.norm(nx.hit.tok - 1) === 'الي' || /^ل/.test(nx.hit.form.prefix)) && !nx.hit.form.article && !nx.hit.form.norm.startsWith('ال')) {
      nx.ev.actors = [...e.actors];
      if (!(nx.ev.context ?? []).includes('future')) nx.ev.context = [...(nx.ev.context ?? []), 'future'];
      nx.ev.evidence!.push(`rule:called-protest@${d.hit.start}`);
      gone.add(e);
      continue;
    }
    if (!(e.evidence ?? []).some((x) => x.startsWith('rule:content-of-demand'))) continue;
    // (the first merged token that starts a protest noun: the content the call names)
    let p: ReturnType<typeof protestNounAt> = null;
    for (const k of d.toks) if (k > d.hit.tok && k - d.hit.tok <= 16 && (c.norm(k - 1) === 'الي' || /^ل/.test(c.norm(k) ?? '')) && (p = protestNounAt(c, k))) break;
    if (!p) continue;
    e.type = 'PROTEST';
    e.mode = p.mode;
    e.trigger = { start: p.start, end: p.end, text: c.doc.text.slice(p.start, p.end) };
    if (!(e.context ?? []).includes('future')) e.context = [...(e.context ?? []), 'future'];
    e.evidence!.push('rule:called-protest');
  }
  return gone;
}
const W_ANSWERED = words('answered-call');
/** Verbs of calling on others (the past of the REQUEST rows). */
const CALL_VERBS = new Set(['دعا']);
/** The protest noun (PROTEST noun or phrase row) that token k starts: its span without clitics and its mode. */
function protestNounAt(c: Ctx, k: number): { start: number; end: number; mode: string | null } | null {
  for (const f of c.look(k).trigger) {
    // (an indefinite protest only: «دعت النقابة إلى الإضراب» may call for the strike already reported)
    if (f.article || f.norm.startsWith('ال')) continue;
    for (const r of c.lex.triggers.matchAt((j) => (j === k ? f.norm : c.sent(j) === c.sent(k) ? c.norm(j) : undefined), k, [f.norm])) {
      // (a demonstration, a strike, a sit-in or a hunger strike — a boycott of goods is asked of the public: a request)
      const e = r.values.find((v) => v.type === 'PROTEST' && v.pos !== 'verb' && (!v.mode || ['demo', 'strike', 'hunger'].includes(v.mode)));
      if (e) return { start: c.toks[k].start + f.cut, end: c.toks[k + r.length - 1].end, mode: e.mode };
    }
  }
  return null;
}

/** PLOVER types whose events always name who acts (verbal acts and transfers); ASSAULT, COERCE, RETREAT, PROTEST may have
 * an unknown agent, and CONSULT, AGREE, MOBILIZE events are often placed before their parties are read. */
const AGENT_NEEDED = new Set(['ACCUSE', 'REJECT', 'SUPPORT', 'THREATEN', 'REQUEST', 'COOPERATE', 'SANCTION', 'AID', 'CONCEDE']);
const W_PRONOUN_COMPLEMENTIZER = words('pronoun-complementizer');

/** (Session 6) An act that is only ever told with its agent — a statement, a demand, a refusal, a threat, aid, a sanction —
 * left with no actor at all (no entity, no group phrase) is a topic or a restatement, not a new event: «تشهد المنطقة دعماً
 * دولياً»، «وجاء الرفض بعد …»، «ملف التعاون» (our annotators code none of them: 1 of 600 such gold events has no actor). Kept:
 * a subject that is only a pronoun (a complementizer with a pronoun up to four words back — «أكد أنه لن يتردد»، «أنها ستواصل
 * دعم» — or a first-person verb), whose speaker the roles may not have resolved, and acts whose subject undergoes them
 * (passives: «أُدين الناشط»). Runs on the article's final events (`rule:agentless-act` is no evidence: the event goes). */
const W_IMPERSONAL = words('impersonal');

export function dropAgentless(c: Ctx, drafts: Draft[], events: Event[]): Event[] {
  const gone = calledProtests(c, drafts);
  const hitOf = new Map<Event, Hit>();
  for (const d of drafts) hitOf.set(d.ev, d.hit);
  return events.filter((e) => {
    if (gone.has(e)) return false;
    if (e.actors.length || !AGENT_NEEDED.has(e.type)) return true;
    const h = hitOf.get(e);
    if (!h || h.entry.obj === 'subject') return true;
    // (aid that a verb tells arriving or delivered — «وصلت قافلة مساعدات إلى الفاشر» — is a transfer even with no donor named)
    if (e.type === 'AID' && h.entry.pos === 'verb') return true;
    const n = h.form.norm, pres = h.entry.present, past = h.entry.past;
    if (h.entry.pos === 'verb' && pres && /^[نا]/.test(n) && n.slice(1).startsWith(pres) && !(past && n.startsWith(past))) return true;
    // (session 9, probe round) a passive names no agent by design: «وحُكم على ثلاثة متهمين بالسجن»، «وتم طرد الدبلوماسي»
    // (a vocalised or generated passive verb, or a masdar right after the impersonal تم/جرى/يتم)
    // (not after an act of its type told earlier in its sentence, which it goes on with: «أعلنت طرد الملحق …، وأُمهل 48 ساعة»)
    const toldBefore = drafts.some((d) => d.ev !== e && d.ev.type === e.type && d.hit.tok < h.tok && c.sent(d.hit.tok) === c.sent(h.tok));
    if (!toldBefore && (h.entry.passive || (e.evidence ?? []).includes('rule:passive-subject-target'))) return true;
    if (!toldBefore && h.entry.pos !== 'verb' && h.tok > 0 && (W_IMPERSONAL.has(c.norm(h.tok - 1) ?? '') || W_IMPERSONAL.has((c.norm(h.tok - 1) ?? '').replace(/^[وف]?س?ي/, 'ت')))) return true;
    for (let j = h.tok - 1; j >= 0 && j >= h.tok - 4 && c.sent(j) === c.sent(h.tok); j--) {
      if (c.isComma(j)) break;
      if (W_PRONOUN_COMPLEMENTIZER.has(c.norm(j) ?? '')) return true;
    }
    return false;
  });
}

export function coreferent(o: Event, e: Event): boolean {
  return o.type === e.type && !!o.negated === !!e.negated && (o.context ?? []).join() === (e.context ?? []).join() &&
      (e.type === 'ASSAULT'
        ? e.targets.length > 0 && e.targets.some((t) => o.targets.includes(t)) && (!e.actors.length || !o.actors.length || e.actors.some((a) => o.actors.includes(a)))
        : (e.actors.length > 0 || e.targets.length > 0) && (sameSet(o.actors, e.actors) || (!e.actors.length && e.targets.length > 0)) && sameSet(o.targets, e.targets) && (o.mode ?? null) === (e.mode ?? null));
}

export function merge(same: Event, e: Event): void {
  for (const a of e.actors) if (!same.actors.includes(a)) same.actors.push(a);
  for (const t of e.targets) if (!same.targets.includes(t) && !same.actors.includes(t)) same.targets.push(t);
  if (!same.place && e.place) same.place = e.place;
  if (e.date && e.date.basis === 'text' && (!same.date || same.date.basis !== 'text')) same.date = e.date;
  if (!same.mode && e.mode) same.mode = e.mode;
  same.evidence!.push(`rule:merged-mention@${e.trigger.start}`);
}

/**
 * "التقى X Y … وبحث معه"، "وبحث الجانبان …": a discussion verb (function-words.tsv `discussion`) right after a
 * meeting of the same paragraph (same or next sentence) whose participants it names again, or none, describes
 * that meeting; returns the meeting's draft.
 */
export function discussionOfMeeting(c: Ctx, drafts: Draft[], h: Hit, actors: string[], targets: string[]): Draft | null {
  if (h.entry.type !== 'CONSULT' || h.entry.pos !== 'verb' || !words('discussion').has(c.bare(h.tok))) return null;
  const para = paragraphOf(c, h.tok);
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 4; i--) {
    const d = drafts[i];
    if (paragraphOf(c, d.hit.tok) !== para || c.sent(h.tok) - c.sent(d.hit.tok) > 1) return null;
    if (d.ev.type !== 'CONSULT') continue;
    const known = new Set([...d.ev.actors, ...d.ev.targets]);
    // the pronoun "معه" or a dual ("الجانبان") refers back; a named party must be one already there
    const fits = (id: string) => known.has(id) || (id.startsWith('#') && isDual(c, id));
    // (a pronoun adjunct naming that meeting — «اتصالاً هاتفياً …، بحثا خلاله ترتيبات العودة» — ties the discussion to it
    // whatever common nouns the window picked up after the verb)
    const adjunct = words('event-adjunct').has(c.norm(h.tok + h.len) ?? '') && c.sent(h.tok) === c.sent(d.hit.tok);
    return [...actors, ...targets].every((id) => fits(id) || (adjunct && id.startsWith('#'))) ? d : null;
  }
  return null;
}

/** A group pseudo-id of a dual phrase ("#الجانبان"). */
function isDual(c: Ctx, id: string): boolean {
  return !!c.firstGroup.get(id)?.dual;
}

/** "جلسة … لبحث"، "تقديم … لدعم": a masdar with the clitic لـ (no article) within six words after an event of
 * its sentence, with no verb between, names the purpose of that event. */
export function purposeOf(c: Ctx, prev: Draft, h: Hit, verbToks: Set<number>): boolean {
  if (!/^[وف]?ل$/.test(h.form.prefix)) return false;
  // (session 9, probe round) a definite masdar of protest or condemnation governing its object is a purpose too:
  // «استدعت الخارجية السفير الفرنسي للاحتجاج على تصريحات …»، «… للتنديد بـ»
  if (h.form.article && !((h.entry.type === 'PROTEST' || h.entry.type === 'ACCUSE') && governsNext(c, h.tok + Math.max(1, h.len)))) return false;
  if (c.sent(prev.hit.tok) !== c.sent(h.tok)) return false;
  const from = Math.max(...prev.toks) + 1;
  return wordsBetween(c, from, h.tok) <= 6 && !hasVerbBetween(c, verbToks, from, h.tok);
}

/** The word at j opens the object of a masdar: على، عن، ضد, or a word with the clitic بـ. */
function governsNext(c: Ctx, j: number): boolean {
  const n = c.bare(j);
  return n === 'علي' || n === 'عن' || n === 'ضد' || (n.length > 3 && n.startsWith('ب'));
}

/** A complement preposition (إلى، على، عن) between two tokens: what follows is the content of a demand or an
 * agreement ("اتفقتا على استئناف … وإعادة فتح"). */
export function complementBetween(c: Ctx, from: number, to: number): boolean {
  const preps = words('complement-prep');
  // (session 9, probe round) a masdar with the clitic بـ that carries the act as its object («بتصعيد احتجاجاتها»,
  // function-words `complement-masdar`) opens the complement as a preposition would
  const heads = words('complement-masdar');
  for (let k = from; k < to; k++) {
    const b = c.bare(k);
    if (preps.has(b)) return true;
    if (b.startsWith('ب') && (heads.has(b.slice(1)) || (b.startsWith('بال') && heads.has(b.slice(3))))) return true;
  }
  return false;
}

/** A verb right after an event noun of the same type (an adjective between at most), written with an object
 * pronoun or after a relative pronoun: a relative clause describing that event ("مباحثات استضافتها بكين"). */
export function verbOfEventNoun(c: Ctx, prev: Draft, h: Hit): boolean {
  // (so does a coordination verb with the noun's pronoun, whatever the noun's type: «في عملية إجلاء طبي نسقتها منظمة الصحة
  // العالمية» — the organiser of the evacuation, no cooperation of its own)
  const coordinates = h.entry.type === 'COOPERATE' && (!!h.form.suffix || /(ه|ها|هم|هما)$/.test(h.form.norm));
  if (h.entry.pos !== 'verb' || prev.hit.entry.pos === 'verb' || (prev.ev.type !== h.entry.type && !coordinates)) return false;
  if (c.sent(prev.hit.tok) !== c.sent(h.tok)) return false;
  const gap = h.tok - (prev.hit.tok + prev.hit.len);
  if (gap < 0 || gap > 2) return false;
  // (the pronoun may be part of a listed form: استضافتها)
  return !!h.form.suffix || /(ه|ها|هم|هما)$/.test(h.form.norm) || words('relative').has(c.norm(h.tok - 1) ?? '');
}

/** Types of state measures an approval puts into effect (its approver performs them). */
export const MEASURES = new Set(['COERCE', 'SANCTION', 'AID', 'MOBILIZE']);

/** Hit h is a measure (MEASURES) right after على, or after على + a masdar like تمديد/فرض/صرف (function-words
 * `approval-masdar`): «على تمديد حظر التجول»، «موافقته على منحة». */
export function measureAfterOn(c: Ctx, h: Hit): boolean {
  if (!MEASURES.has(h.entry.type)) return false;
  const k = h.tok;
  const on = c.norm(k - 1) === 'علي' ? k - 1 : c.norm(k - 2) === 'علي' && words('approval-masdar').has(c.norm(k - 1) ?? '') ? k - 2 : -1;
  return on >= 0 && c.sent(on) === c.sent(k);
}

/** «وافق مجلس الوزراء على تمديد حظر التجول»: an approval word (function-words `approval`) whose على-complement is a
 * measure enacts it — the measure is the event, not the content of an agreement. */
export function approvalOfMeasure(c: Ctx, prev: Draft, h: Hit): boolean {
  return prev.ev.type === 'AGREE' && words('approval').has(c.norm(prev.hit.tok) ?? '') && measureAfterOn(c, h);
}
