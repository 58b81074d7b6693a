// Corrections to the roles read from the trigger's window, using what the window cannot see: who a possessed group,
// a statement noun, a short description or a pronoun stands for, duals, courts, mediators, titled holders. Each
// rule may rewrite actors and targets and records its evidence; they run in this order, later ones seeing the
// earlier ones' result.
import type { EntityMention } from '../entities/index.ts';
import { type Draft, type Hit, type Ctx, isLoc, paragraphOf, lastInSentence, insideQuote, mentionEndingAt, type MInfo } from './context.ts';
import { type Roles, type Window, genderClash, groupMentionsOf, group, withConjuncts, newClauseBetween, appositiveHolder, nominativePlural, nisbaAgent, entityOfNisba } from './roles.ts';
import type { AttIndex } from './modality.ts';
import { lowerBound } from '../doc.ts';
import { isPassive, isPassiveImperfect } from './passive.ts';
import { COPULA, copulaBetween } from './between.ts';
import { bodyOfTitle, describedEntity, titleOnlyHolder, roleAnaphor } from './titles.ts';
import { COUNTRY_NOUNS, complementSubject, sameGroupBody, mainClauseSubject, countryOf, holderAfterTitledGenitive, issuerOfStatementSubject, kanaSubject, onBehalfSigners, possessedStem, possessedSubject, participleSpeaker, statedCountry, subordinateEvent, topicSubject, grammaticalSubject, subjectBeforeContinuation, passiveAgentOfOperation, implicitPerformerOfOperation, issuerOfDecision } from './subjects.ts';
import { COURT_UNITS, VERBAL, isDualGroup, isCourt } from './traits.ts';
import type { JoinState } from './joins.ts';
import { words } from './words.ts';

const PRONOUN_COMPLEMENTIZERS = words('pronoun-complementizer');
const CONDITIONAL_NEGATION = words('conditional-negation');
const STATEMENT_ACTS = new Set(['ACCUSE', 'REQUEST', 'THREATEN', 'REJECT']);
/** (session 9) Measures a body carries out that a statement may announce in the passive. */
const ANNOUNCED_MEASURES = new Set(['AID', 'RETREAT', 'COERCE', 'SANCTION', 'MOBILIZE']);
/** a mediation whose actor came from «بوساطة (من) X», an adjunct: X is no subject of the verbs that follow */
export const mediatorOnly = (d: Draft) => d.ev.evidence!.includes('rule:mediator-after-wasata');

/** Rewrites `roles` in place. */
export function refineRoles(st: JoinState, attIndex: AttIndex, meansIds: Set<string>, h: Hit, w: Window, roles: Roles): void {
  refineParties(st, attIndex, meansIds, h, w, roles);
  refinePossessor(st, attIndex, meansIds, h, w, roles);
  refineImplicitSubject(st, attIndex, meansIds, h, w, roles);
  refineConjoinedSubject(st, attIndex, meansIds, h, w, roles);
  refineGovernedAndPassive(st, attIndex, meansIds, h, w, roles);
  countedAdjectivalPassive(st, h, w, roles);
  compelledAgent(st, h, roles);
}

const W_COMPEL = words('compel-verb');
/** (session 8, round 2) «وهو ما دفع ذويهما إلى مطالبة السلطات بالتدخل»، «ما اضطر الأهالي إلى إغلاق الطريق»: a masdar after
 * «إلى» whose clause opens with a verb of compelling has that verb's object as its agent — the masdar's genitive, read as
 * its actor, is what the act is done to (its object). */
function compelledAgent(st: JoinState, h: Hit, roles: Roles): void {
  const { c } = st;
  if (h.entry.pos !== 'noun' || h.form.prefix || c.norm(h.tok - 1) !== 'الي') return;
  const m = mentionEndingAt(c, h.tok - 2);
  if (!m || m.tokenStart < 1 || !W_COMPEL.has(c.bare(m.tokenStart - 1)) || c.info(m).prep !== '') return;
  if (c.byId.get(m.entity)?.type === 'LOC') return;
  const gen = roles.actors.filter((a) => a !== m.entity);
  roles.actors = [m.entity];
  roles.targets = [...gen, ...roles.targets.filter((t) => t !== m.entity && !gen.includes(t))];
  roles.evidence.push('rule:compelled-agent');
}

/** (session 8, round 2) «الأحكام الصادرة في حق 12 شاباً اعتقلوا خلال الاحتجاجات»: an unvocalised past of arrest or attack
 * right after a counted indefinite noun (a number, then an accusative noun) and with no bare object of its own is that
 * noun's adjectival clause in the passive sense — the people counted undergo it; no agent is named. */
const COMPLEMENTIZER_WORDS = words('complementizer');
const W_EVENT_ADJUNCT_R = words('event-adjunct');
function countedAdjectivalPassive(st: JoinState, h: Hit, w: Window, roles: Roles): void {
  const { c } = st;
  if (h.entry.pos !== 'verb' || h.entry.obj !== 'target' || h.form.prefix || h.form.suffix || !/^(COERCE|ASSAULT)$/.test(h.entry.type)) return;
  if (!/وا$/.test(h.form.norm) || !roles.evidence.includes('rule:svo-subject') || roles.actors.length !== 1) return;
  const subj = w.before.find((i) => i.m.entity === roles.actors[0]);
  if (!subj || subj.m.tokenEnd !== h.tok) return;
  const first = c.toks[subj.m.tokenStart];
  const noun = c.toks[h.tok - 1];
  const counted = first.kind === 'number' || /^\d+$/.test(first.norm) || words('count-number').has(first.norm);
  // (the counted noun in the accusative — «شاباً»، «شابا» — and not the subject of a clause a complementizer opens: «إن 12 مسلحاً
  // اعتقلوا صحفياً»)
  if (!counted || !/ا\u064B?$|\u064Bا?$/.test(noun.text) || noun.norm.startsWith('ال') || COMPLEMENTIZER_WORDS.has(c.norm(subj.m.tokenStart - 1) ?? '')) return;
  // (no object of its own: no bare NP, no indefinite accusative word right after it)
  const nx = c.toks[h.tok + h.len];
  if (w.after.some((i) => i.prep === '' && !i.coord && i.m.tokenStart <= h.tok + 2) || (nx && nx.kind === 'word' && /ا\u064B?$|\u064Bا?$/.test(nx.text) && !c.prepsAt(h.tok + h.len).length)) return;
  roles.targets = [roles.actors[0], ...roles.targets.filter((t) => t !== roles.actors[0])];
  roles.actors = [];
  roles.evidence.push('rule:counted-adjectival-passive');
}

/** refineRoles, who the parties are: statement issuers, title holders and heads, duals, nisba agents, mediators, courts, spokespersons. */
function refineParties(st: JoinState, attIndex: AttIndex, meansIds: Set<string>, h: Hit, w: Window, roles: Roles): void {
  const { c, drafts, verbToks } = st;
  // «أعلنت الوزارة أن وحداتها داهمت …»، «نفت القيادة أن تكون عناصرها قد اعتدت»: a possessed group as the subject
  // acts for its possessor — the subject of the clause that governs the complementizer, else the speaker
  if (h.entry.pos === 'verb' && !h.entry.participle) {
    const ps = possessedSubject(c, h);
    if (ps >= 0) {
      let comp = ps - 1;
      while (comp > ps - 3 && words('complementizer').has(c.norm(comp) ?? '')) comp--;
      const m = comp < ps - 1 ? mentionEndingAt(c, comp) : null;
      let owner = m && m.entity ? m.entity : attIndex.speakerAt(h)?.ent ?? null;
      // «معلناً أن بلاده ستزود سوريا»: a person's «بلاده» is the country his title names (وزير الخارجية الأردني)
      // (else the country the same sentence set as a statement's subject: «قال X إن الأردن "يقف …"، معلناً أن بلاده …»)
      const countryNoun = [c.norm(ps) ?? '', c.bare(ps)].some((x) => COUNTRY_NOUNS.has(possessedStem(x)));
      const country = countryNoun ? (owner ? countryOf(c, owner) : null) ?? statedCountry(c, ps) : null;
      if (country) owner = country;
      if (owner) {
        // (the NP after the verb read as its subject is its object: «بلاده ستزود سوريا»)
        const objs = h.entry.obj === 'target' && roles.evidence.includes('rule:vso-subject') ? roles.actors : [];
        roles.actors = [owner];
        roles.targets = [...new Set([...objs, ...roles.targets])].filter((t) => t !== owner);
        roles.evidence.push(country ? 'rule:possessed-country-of-speaker' : 'rule:possessed-subject');
      }
    }
  }
  // «وأدان البيان الختامي …»: a statement as the subject speaks for the body that issued it
  // (only verbal acts a text performs; «ورفض القرار» with a pronoun subject takes the decision as its object, and
  // so does a verb conjoined to an act of its sentence: «أصدرت الوزارة بياناً وأيدت البيان»)
  if (h.entry.pos === 'verb' && !h.entry.participle && STATEMENT_ACTS.has(h.entry.type) && !roles.actors.some((a) => !a.startsWith('#')) &&
    !(/^[وف]/.test(h.form.prefix) && lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0))) {
    const issuer = issuerOfStatementSubject(c, h, drafts);
    if (issuer) {
      roles.actors = issuer;
      roles.targets = roles.targets.filter((t) => !issuer.includes(t));
      roles.evidence.push('rule:statement-speaks-for-issuer');
    }
  }
  // «وأوضح X أن الوحدات ذاتها أحبطت …» after «وحدات الحرس البحري»: «the same» group refers back to its body
  if (roles.actors.some((a) => a.startsWith('#'))) {
    roles.actors = roles.actors.map((a) => {
      const gi = a.startsWith('#') ? [...w.before, ...w.after].find((i) => i.m.entity === a) : undefined;
      const body = gi ? sameGroupBody(c, gi.m) : null;
      if (body) roles.evidence.push('rule:same-group-back-reference');
      return body ?? a;
    });
  }
  // (session 7 follow-up) «ولم يلتق المسؤول الحكومي بالمعتصمين»، «استقبل تبون الضيف»: a definite role noun refers back
  // to the last titled person of its paragraph who is not the clause's other party
  for (const [mine, other] of [[roles.actors, roles.targets], [roles.targets, roles.actors]] as const) {
    for (let k = 0; k < mine.length; k++) {
      if (!mine[k].startsWith('#')) continue;
      const gi = [...w.before, ...w.after].find((i) => i.m.entity === mine[k]);
      // (not a party its own clause names: «إن الوزير X استقبل الزائر» — X hosts)
      const r = gi ? roleAnaphor(c, gi.m, [...other, ...mine, ...w.before.map((i) => i.m.entity), ...w.after.map((i) => i.m.entity)]) : null;
      if (r) { mine[k] = r; roles.evidence.push('rule:role-noun-anaphor'); }
    }
  }
  // (session 9) «تلقى رئيس الوزراء اتصالاً من وزير الخارجية الإسباني …. من جهته، جدّد الوزير الإسباني دعم بلاده»: a short
  // title description no entity resolves refers back to the fuller description of the same unnamed person (its title word
  // first, its other words in order), at most 150 tokens back — that description stands beside it
  for (const list of [roles.actors, roles.targets]) {
    for (let k = 0; k < list.length; k++) {
      const full = fullerDescription(c, list[k], h.tok);
      if (full && !roles.actors.includes(full) && !roles.targets.includes(full)) { list.splice(k + 1, 0, full); k++; roles.evidence.push('rule:fuller-description'); }
    }
  }
  // «وجددت الحركة رفضها»، «نفت قيادة الشرطة»: a short description that begins the name of an organisation
  // named shortly before (حركة حماس، قيادة شرطة نينوى) refers to it
  if (roles.actors.some((a) => a.startsWith('#'))) {
    const out: string[] = [];
    for (const a of roles.actors) { const r = describedEntity(c, a, h.tok) ?? a; if (!out.includes(r)) out.push(r); }
    if (out.some((a, i) => a !== roles.actors[i])) roles.evidence.push('rule:description-of-named-body');
    roles.actors = out;
    roles.targets = roles.targets.filter((t) => !out.includes(t));
  }
  // (session 9) «تقديم الجانب الإسباني منحة»، «واتهم الطرف الإثيوبي …»: a side named by its nisba is the country (or body) of
  // the article that nisba names — «مملكة إسبانيا» — for actors and objects alike
  for (const list of [roles.actors, roles.targets]) {
    for (let k = 0; k < list.length; k++) {
      const side = sideByNisba(c, list[k], h.tok);
      // (the side phrase stays beside the country: annotators name either)
      if (side && !roles.actors.includes(side) && !roles.targets.includes(side)) { list.splice(k + 1, 0, side); k++; roles.evidence.push('rule:side-by-nisba'); }
    }
  }
  // (session 9) «إذ حظي باستقبال الملك X»، «ولقي الوفد استقبالاً من …»: a reception the subject was granted — the genitive (or
  // the من-phrase) hosts, the subject of حظي/لقي visits (PLOVER actor): the subject after the verb, else the subject of the
  // clause it goes on from
  if (h.entry.type === 'CONSULT' && h.entry.pos !== 'verb' && RECEIVED.test(c.norm(h.tok - 1) ?? '') &&
    (h.form.prefix.endsWith('ب') || /لقي/.test(c.norm(h.tok - 1) ?? ''))) {
    const hosts = roles.actors.filter((a) => !a.startsWith('#') || !roles.targets.includes(a));
    const visitor = receivedBy(c, h, drafts);
    if (visitor && !hosts.includes(visitor)) {
      roles.evidence.push('rule:reception-received');
      if (h.entry.host && hosts.length) {
        // (in the grammatical order of a reception — host, visitor — which index.ts turns into PLOVER's visitor → host)
        roles.actors = hosts;
        roles.targets = [visitor, ...roles.targets.filter((t) => !hosts.includes(t) && t !== visitor)];
      } else {
        roles.targets = [...hosts, ...roles.targets.filter((t) => !hosts.includes(t) && t !== visitor)];
        roles.actors = [visitor];
        // (already in PLOVER's order: no host swap)
        roles.evidence.push('rule:passive-reception');
      }
    }
  }
  // «استقبل الملك الوزيرة الألمانية»، «اتهم الجماعة بـ…»: a short description as object refers to the person or body
  // named before with that title or name just as a subject does (a visitor becomes the actor of a reception later)
  if (roles.targets.some((a) => a.startsWith('#'))) {
    const out: string[] = [];
    for (const a of roles.targets) { const r = describedEntity(c, a, h.tok) ?? a; if (!out.includes(r) && !roles.actors.includes(r)) out.push(r); }
    if (out.some((a, i) => a !== roles.targets[i])) roles.evidence.push('rule:description-of-named-object');
    roles.targets = out;
  }
  // «طالب رئيس الفريق البرلماني لحزب X، النائب Y، الحكومة بـ…»: an office described by title with the holder
  // named in apposition after a comma — the holder acts (and is no object)
  for (let k = 0; k < roles.actors.length; k++) {
    const id = roles.actors[k];
    if (!id.startsWith('#')) continue;
    const mi = w.after.find((i) => i.m.entity === id) ?? w.before.find((i) => i.m.entity === id);
    const holder = mi ? appositiveHolder(c, mi.m) : null;
    if (holder && !roles.actors.includes(holder.entity)) {
      roles.actors[k] = holder.entity;
      roles.targets = roles.targets.filter((t) => t !== holder.entity);
      roles.evidence.push('rule:title-holder-in-apposition');
    }
  }
  // (session 9, final gaps) the same for an object: «استقبل …، المبعوث الشخصي لرئيس جمهورية X، وزير الشؤون الخارجية Y»
  for (let k = 0; k < roles.targets.length; k++) {
    const id = roles.targets[k];
    if (!id.startsWith('#') || h.entry.pos !== 'verb') continue;
    const mi = w.after.find((i) => i.m.entity === id);
    const holder = mi ? appositiveHolder(c, mi.m) : null;
    if (holder && !roles.actors.includes(holder.entity) && !roles.targets.includes(holder.entity)) {
      roles.targets[k] = holder.entity;
      roles.evidence.push('rule:title-holder-in-apposition');
    }
  }
  // «اتهم حاكم إقليم هيران، علي جيتي عثمان، …»، «هدد قائد القوة البحرية في الحرس الثوري علي رضا تنكسيري …»: a VSO
  // subject that is only the genitive of a title opening the clause, with a person named after it, is part of the
  // title — the person acts
  if (h.entry.pos === 'verb' && roles.evidence.includes('rule:vso-subject') && roles.actors.length === 1 && c.byId.get(roles.actors[0])?.type !== 'PER') {
    const holder = holderAfterTitledGenitive(c, h, verbToks);
    if (holder && holder !== roles.actors[0]) {
      roles.actors = [holder];
      roles.targets = roles.targets.filter((t) => t !== holder);
      roles.evidence.push('rule:holder-after-titled-genitive');
    }
  }
  // «واتفق الجانبان على …» after «تلقى X اتصالاً من Y»: a dual subject names the two parties of the latest event of
  // the last two sentences with two named participants (a same-type antecedent is left to the back-reference merge)
  // (the dual phrase stays a participant beside the parties it names; «الجانب الكويتي» is one side, no dual)
  // («البلدين»، «الدولتين»: the two countries — the parties must be countries, else the last two countries named in the
  // last three paragraphs; «الجانبان»: countries count as sides, other places do not)
  if (roles.actors.length === 1 && c.dualIds.has(roles.actors[0]) && /(ان|ين)$/.test(roles.actors[0].split(' ')[0])) {
    const s0 = c.sent(h.tok);
    const lands = countryDual(roles.actors[0]);
    // (session 6: «عقد وفد أمني سوري اجتماعاً مع مسؤولين أردنيين … واتفق الجانبان»: for sides, two group phrases count too)
    const named = (id: string) => id.startsWith('#') ? !lands && !c.dualIds.has(id) && !meansIds.has(id) :
      (lands ? isCountry(c, id) : c.byId.get(id)?.type !== 'LOC' || isCountry(c, id));
    let found = false;
    // («جولة محادثات بين وفدين من البلدين …، اتفق في ختامها الطرفان»: a «بين» pair earlier in the dual's own sentence
    // names the two sides before any earlier event does)
    // («وأعرب الجانبان خلال الاتصال عن …»: «خلال» + a definite event noun names the event whose sides are meant)
    const during = duringEvent(c, h.tok, drafts);
    const pairD = during ? [...new Set([...during.ev.actors, ...during.ev.targets].filter(named))] : [];
    const pair0 = pairD.length === 2 ? pairD : baynaPair(c, h.tok, named);
    if (pair0.length === 2) {
      roles.actors = [roles.actors[0], ...pair0];
      roles.targets = roles.targets.filter((t) => !pair0.includes(t));
      roles.evidence.push(pairD.length === 2 ? `rule:dual-parties-during-event@${during!.hit.start}` : 'rule:dual-parties-between');
      found = true;
    }
    for (let i = drafts.length - 1; !found && i >= 0 && s0 - c.sent(drafts[i].hit.tok) <= 2; i--) {
      const d = drafts[i];
      // (session 8, round 2: a place that acted — «التفاهم الموقّع بين دمشق و"قسد"» — stands for its government: a side)
      const actorSide = (id: string) => named(id) || (!lands && !id.startsWith('#') && c.byId.get(id)?.type === 'LOC');
      const parties = [...new Set([...d.ev.actors.filter(actorSide), ...d.ev.targets.filter(named)])];
      if (parties.length < 2) continue;
      if (d.ev.type !== h.entry.type && parties.length === 2) {
        roles.actors = [roles.actors[0], ...parties];
        roles.targets = roles.targets.filter((t) => !parties.includes(t));
        roles.evidence.push(`rule:dual-parties-of-event@${d.hit.start}`);
        found = true;
      }
      break;
    }
    const pair = !found && lands ? lastCountries(c, h.tok) : [];
    if (pair.length === 2) {
      roles.actors = [roles.actors[0], ...pair];
      roles.targets = roles.targets.filter((t) => !pair.includes(t));
      roles.evidence.push('rule:dual-countries-last-named');
    } else if (!found && lands) {
      // (session 9 probe) «استقبل الرئيس الموريتاني X الرئيس السنغالي Y …، ووقّع البلدان اتفاقيات»: no country named —
      // the two persons of the latest two-party event of the last two sentences stand for their states
      for (let i = drafts.length - 1; i >= 0 && s0 - c.sent(drafts[i].hit.tok) <= 2; i--) {
        const persons = [...new Set([...drafts[i].ev.actors, ...drafts[i].ev.targets])].filter((id) => c.byId.get(id)?.type === 'PER');
        if (persons.length < 2) continue;
        if (persons.length === 2) {
          roles.actors = [roles.actors[0], ...persons];
          roles.targets = roles.targets.filter((t) => !persons.includes(t));
          roles.evidence.push(`rule:dual-countries-heads-of-event@${drafts[i].hit.start}`);
        }
        break;
      }
    }
  }
  // «غارة إسرائيلية على …»، «هجوم حوثي»: an attack noun with no agent named has the one its nisba names
  // (also aid whose only named giver is its means: «أولى قوافل المساعدات الإنسانية الأممية» → الأمم المتحدة)
  if ((h.entry.type === 'ASSAULT' || h.entry.type === 'AID') && h.entry.pos !== 'verb' && roles.actors.every((a) => meansIds.has(a)) && !insideQuote(c, h.tok)) {
    const n = nisbaAgent(c, h);
    if (n && !roles.targets.includes(n)) { roles.actors = [n]; roles.evidence.push('rule:nisba-agent'); }
  }
  // «جرى بوساطة من الدوحة»، «هدنة بوساطة أعيان مصراتة»، «بوساطة مصرية»: the mediator is the NP right after
  // «بوساطة (من)» (or the country its nisba names) — the parties mediated between, if any, stay targets
  // (not when it qualifies talks just reported in its sentence — «جولة مشاورات … بوساطة من عُمان»: the mediation
  // is a facet of those talks, not a second meeting)
  if (h.entry.type === 'CONSULT' && h.entry.mode === 'third-party' && h.entry.pos !== 'verb' && /^و?بوساطه/.test(c.norm(h.tok) ?? '') && !lastInSentence(c, drafts, h, (d) => d.ev.type === 'CONSULT') && !roles.actors.some((a) => !a.startsWith('#'))) {
    let k = h.tok + h.len;
    if (k < c.toks.length && c.bare(k) === 'من') k++;
    // (a named party only: «بوساطة من أعيان المدينة» leaves the truce it brought about as the event)
    const m = c.startArr[k]?.find((x) => !x.entity.startsWith('#'));
    const mediator = m && c.sent(k) === c.sent(h.tok) ? m.entity : nisbaAgent(c, h);
    if (mediator) {
      roles.actors = [mediator];
      roles.targets = roles.targets.filter((t) => t !== mediator);
      roles.evidence.push('rule:mediator-after-wasata');
    }
  }
  // «قضت الدائرة الجنائية بمحكمة الاستئناف …»، «رفضت الغرفة الجزائية بمحكمة X»: a chamber of a court named right
  // after it (بـ/في) acts as that court — the chamber stays a participant beside it
  for (let k = 0; k < roles.actors.length; k++) {
    const id = roles.actors[k];
    if (!id.startsWith('#') || !COURT_UNITS.has(id.slice(1).split(' ')[0])) continue;
    let mi: { m: EntityMention } | undefined = w.after.find((i) => i.m.entity === id) ?? w.before.find((i) => i.m.entity === id);
    // (session 8, round 2: a support verb's subject may stand beyond the window — look back in the sentence)
    if (!mi) {
      const m = groupMentionsOf(c, id).filter((g) => g.tokenEnd <= h.tok && h.tok - g.tokenStart <= 24 && c.sent(g.tokenStart) === c.sent(h.tok)).pop();
      if (m) mi = { m };
    }
    // (session 8, round 2: past a describing phrase — «الدائرة الجنائية المختصة في قضايا الفساد المالي بالمحكمة الابتدائية»:
    // a definite adjective opens it, then up to five words before the court's بـ/في, no comma)
    let o = mi ? c.startArr[mi.m.tokenEnd]?.find((m) => c.byId.get(m.entity)?.type === 'ORG') : undefined;
    if (mi && !o && /^ال/.test(c.norm(mi.m.tokenEnd) ?? '') && !c.startArr[mi.m.tokenEnd]) {
      for (let j = mi.m.tokenEnd + 1; j <= mi.m.tokenEnd + 6 && j < c.toks.length && !c.isComma(j) && !c.isBoundary(j) && c.sent(j) === c.sent(h.tok); j++) {
        o = c.startArr[j]?.find((m) => c.byId.get(m.entity)?.type === 'ORG' && isCourt(c, m.entity));
        if (o) break;
      }
    }
    if (o && ['ب', 'في'].includes(c.info(o).prep) && !roles.actors.includes(o.entity)) {
      roles.actors.splice(k + 1, 0, o.entity);
      roles.targets = roles.targets.filter((t) => t !== o.entity);
      roles.evidence.push('rule:chamber-of-court');
      break;
    }
  }
  // «وكانت المحكمة الجنائية المختصة في الفساد قد قضت …»: in «كان X … قد VERB» the NP right after كان is the
  // subject, however long its modifiers
  if (h.entry.pos === 'verb' && !h.entry.participle && h.entry.obj !== 'subject' && !roles.actors.length && c.norm(h.tok - 1) === 'قد') {
    const s0 = c.sent(h.tok);
    for (let j = h.tok - 2; j >= 0 && j >= h.tok - 12 && c.sent(j) === s0; j--) {
      if (!COPULA.has(c.norm(j)!.replace(/^[وف]/, ''))) continue;
      const m = c.startArr[j + 1]?.[0];
      if (m && c.info(m).prep === '' && m.tokenEnd < h.tok && c.byId.get(m.entity)?.type !== 'LOC') {
        roles.actors = [m.entity];
        roles.targets = roles.targets.filter((t) => t !== m.entity);
        roles.evidence.push('rule:kana-qad-subject');
      }
      break;
    }
  }
  // «ووقّع الاتفاق عن الجانب السعودي X، وعن الجانب الإيراني Y»: the persons signing on behalf of each side
  if (h.entry.type === 'AGREE' && h.entry.pos === 'verb') {
    const signers = onBehalfSigners(c, h, verbToks);
    if (signers.length) {
      roles.actors = signers;
      roles.targets = roles.targets.filter((t) => !signers.includes(t));
      roles.evidence.push('rule:on-behalf-signers');
    }
  }
  // "قال X …، مطالباً Y بـ…": a circumstantial participle shares the main clause's subject; what the
  // role rules read as its subject is its object
  if (h.entry.participle) {
    const objs = [...roles.actors, ...roles.targets];
    // (not an event quoted inside the sentence: «ووصفه بأنه "عمل يستهدف المواطنين"، مطالباً …»)
    // (nor a masdar whose actor is its own genitive, the complement of the main verb: «رحبت X بانتشار الجيش، داعيةً»)
    let prev = lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 && !mediatorOnly(d) && !d.hit.entry.participle && !insideQuote(c, d.hit.tok) &&
      !(d.hit.entry.pos !== 'verb' && d.ev.evidence!.includes('rule:masdar-genitive-actor')) && !subordinateEvent(c, d, h, (x) => attIndex.containing(x), drafts));
    const sa = attIndex.speakerAt(h);
    // the nearer of the two is the main clause: "قال X …، فيما أعلن Y …، متوعداً" → Y
    if (prev && sa && sa.cue > prev.hit.start) prev = undefined;
    const spk = prev ? null : participleSpeaker(c, h, sa?.ent ?? null);
    // (with neither, the topic of «أما X فـ…» or the subject right after the sentence's first verb)
    const top = prev || spk ? null : topicSubject(c, h);
    roles.actors = prev ? [...prev.ev.actors] : spk ? [spk] : top ? [top] : [];
    roles.targets = objs.filter((t) => !roles.actors.includes(t));
    roles.evidence.push(prev ? 'rule:participle-subject-of-clause' : spk ? 'rule:participle-subject-speaker' : top ? 'rule:participle-subject-of-topic' : 'rule:participle');
    // (session 9, multi-clause probe) «…، متهماً إياها بـ…»، «محمّلة إياه المسؤولية»: the detached object pronoun is the
    // nearest fitting name before it in the sentence other than the participle's own subject (a person or body for
    // إياه, a body or state for إياها)
    const iy = /^اياه(ا|م)?$/.exec(c.norm(h.tok + h.len) ?? '');
    if (iy && !roles.targets.length && roles.actors.length) {
      const want = iy[1] === 'ا' ? ['ORG', 'LOC'] : iy[1] === 'م' ? ['ORG'] : ['PER', 'ORG'];
      let ante: string | null = null;
      for (let k = h.tok - 1; k >= 0 && k >= h.tok - 25 && c.sent(k) === c.sent(h.tok) && !ante; k--) {
        for (const m of c.startArr[k] ?? []) {
          const e = c.byId.get(m.entity);
          if (roles.actors.includes(m.entity) || m.tokenEnd > h.tok) continue;
          if (e ? want.includes(e.type) : m.entity.startsWith('#') && (iy[1] === 'م' || iy[1] === 'ا' && /[ةه]$/.test(m.text))) { ante = m.entity; break; }
        }
      }
      if (ante) {
        roles.targets = [ante];
        roles.evidence.push('rule:participle-detached-object');
      }
    }
  }
  // «غادرت الصحفية X السجن بعد الإفراج عنها»: a masdar with no participant whose preposition carries a pronoun
  // (عنها، عليه، بحقهم) — the pronoun is the bare NP nearest before it in its sentence, the subject of the clause
  if (h.entry.pos === 'noun' && !roles.actors.length && !roles.targets.length && h.tok + h.len < c.toks.length) {
    const pm = /^(عن|علي|ب|ل|بحق|ضد)(ه|ها|هم)$/.exec(c.norm(h.tok + h.len) ?? '');
    if (pm && h.entry.preps.has(pm[1] === 'علي' ? 'علي' : pm[1])) {
      // (a person first: the genitive of a place noun — «سجن منوبة» — is no referent of a released «ها»)
      const cands = w.before.filter((i) => i.prep === '' && !i.m.entity.startsWith('#') && c.sent(i.m.tokenStart) === c.sent(h.tok));
      // (the earliest person of the clause: the subject of «غادرت الصحفية X سجن Y»)
      const pers = cands.filter((i) => i.entity?.type === 'PER');
      const ante = pers[pers.length - 1] ?? cands.find((i) => i.entity?.type !== 'LOC');
      if (ante) {
        roles.targets = [ante.m.entity];
        roles.evidence.push('rule:prep-pronoun-target');
      }
    }
  }
  // a masdar with a possessive pronoun ("زيارته"، "رفضها") belongs to the nearest fitting NP before it
  // «أصدر قاضي التحقيق بالقطب القضائي …»: an untitled office holder acts for the body named right after him
  for (let k = 0; k < roles.actors.length; k++) {
    const org = roles.actors[k].startsWith('#') ? bodyOfTitle(c, roles.actors[k], h.tok) : null;
    if (org && !roles.actors.includes(org)) {
      roles.actors[k] = org;
      roles.targets = roles.targets.filter((t) => t !== org);
      roles.evidence.push('rule:title-of-body');
    }
  }
  // (an actor that disagrees in number with the pronoun is a misreading: one person is no «هم»)
  if (h.entry.pos !== 'verb' && h.form.suffix === 'هم' && roles.actors.length === 1 && c.byId.get(roles.actors[0])?.type === 'PER' && !h.entry.participle) {
    roles.actors = [];
    roles.evidence.push('rule:possessive-number-disagrees');
  }
}

/** refineRoles, the possessor of a possessed masdar or of a support masdar before it. */
function refinePossessor(st: JoinState, attIndex: AttIndex, meansIds: Set<string>, h: Hit, w: Window, roles: Roles): void {
  const { c, drafts, verbToks } = st;
  // (also the possessor of a support masdar before it: «بعد مشاركتهم في مسيرة»)
  const own = h.entry.pos !== 'verb' && ['ه', 'ها', 'هم'].includes(h.form.suffix) && h.entry.gen === 'actor';
  const poss = own ? { suffix: h.form.suffix, tok: h.tok } : h.entry.pos !== 'verb' ? roles.possessor : undefined;
  if (poss && !roles.actors.length) {
    const suffix = poss.suffix;
    const want = suffix === 'ه' ? ['PER', 'ORG'] : suffix === 'ها' ? ['ORG', 'LOC'] : ['ORG', 'PER'];
    const wBefore = own ? w.before : w.before.filter((i) => i.m.tokenEnd <= poss.tok);
    // "بدأت الجماعة استهداف السفن … قبل أن توسّع هجماتها": the pronoun refers back to the sentence's actor
    // (a place is a weaker antecedent than a sentence actor: "الجماعة … إلى ميناء الصليف، قبل أن توسّع هجماتها")
    // (number and gender: هم wants a group, an organisation or coordinated names — never one person, «طلب X من
    // الكاظمي ترتيب لقاء بقادة الفصائل لعرض طلباتهم»; ه/ها want a named entity, not a plural group)
    // «أعربت سلطنة عُمان، في بيان لوزارة الخارجية، عن إدانتها»: a possessed masdar still in the main clause of a
    // verb-first sentence refers to that clause's subject, past the adjuncts and appositions between
    // (session 9, multi-clause probe) هم too after a plural participle set off by a comma, when the subject is a group:
    // «غادر نواب المعارضة جلسة البرلمان الكويتي، معربين عن رفضهم» — not the genitive البرلمان
    const pk = /^(عن|علي|الي)$/.test(c.norm(h.tok - 1) ?? '') ? h.tok - 2 : h.tok - 1;
    const pluralParticiple = suffix === 'هم' && own && pk >= 1 && c.isComma(pk - 1) && /^م\S{3,}ين$/.test(c.bare(pk));
    const mainSubj0 = own && (suffix !== 'هم' || pluralParticiple) ? mainClauseSubject(c, h, verbToks, (id) => isCountry(c, id)) : null;
    const mainSubj = suffix === 'هم' && mainSubj0 && !mainSubj0.startsWith('#') ? null : mainSubj0;
    const mainOk = !!mainSubj && !roles.targets.includes(mainSubj) && (mainSubj.startsWith('#')
      ? (suffix === 'هم' || !/(ون|ين|ات)$/.test(mainSubj.slice(1).split(' ')[0])) && !c.dualIds.has(mainSubj)
      : want.includes(c.byId.get(mainSubj)!.type));
    // (the main clause's verb is an event itself — «اعتصم عمال X أمام مقر الإدارة، مؤكدين رفضهم»: its subject)
    if (pluralParticiple && !mainOk) {
      const pe = lastInSentence(c, drafts, h, (d) => d.hit.entry.pos === 'verb' && !d.hit.entry.participle && d.ev.actors.length > 0);
      const subj = pe ? grammaticalSubject(pe) : [];
      if (subj.length && subj.every((a) => a.startsWith('#') || c.byId.get(a)?.type === 'ORG')) {
        roles.actors = subj;
        roles.evidence.push('rule:possessive-subject-of-plural-participle');
        return;
      }
    }
    const coordinated = (k: number) => wBefore[k].coord || (k > 0 && wBefore[k - 1].coord);
    const fits = (i: MInfo, k: number) => !roles.targets.includes(i.m.entity) && (i.entity
      ? want.includes(i.entity.type) && (suffix !== 'هم' || i.entity.type !== 'PER' || coordinated(k))
      : suffix === 'هم' && i.m.entity.startsWith('#') && !(i.m as { means?: boolean }).means &&
        // (not the agent of a masdar the trigger complements: «التزام الإيرانيين بتعهداتهم» is content)
        !(own && w.gapBefore[k] === 0 && h.form.prefix.endsWith('ب')));
    const fitting = wBefore.filter((i, k) => fits(i, k));
    // (after a copula the pronoun refers to the topic, a bare NP before it, not the object of its preposition:
    // «رد الكاظمي على قاآني كان يركز على استيائه» → الكاظمي)
    const copula = fitting.length > 1 && fitting[0].prep !== '' && copulaBetween(c, fitting[0].m.tokenEnd, poss.tok);
    const near = (copula ? fitting.find((i) => i.prep === '') : undefined) ?? fitting[0];
    // (the pronoun's number must fit: ه/ها one actor, هم several)
    // (a group phrase is no antecedent of ه/ها: «قادة الفصائل … طلباتهم فيما يخص زيارته» → not the leaders)
    const fitsNumber = (d: Draft) => (suffix === 'هم' ? d.ev.actors.length > 1 : d.ev.actors.length === 1 && !d.ev.actors[0].startsWith('#'));
    // (a new conjoined clause between the NP and the noun keeps the sentence's subject: «ناقش X الملف مع Y، وأبدى
    // قلقه» → X)
    const conjoined = !!near && near.prep !== '' && newClauseBetween(c, near.m.tokenEnd, poss.tok);
    // (session 9, multi-clause probe) a bare object is no antecedent past a new conjoined clause either: «استقبل X Y،
    // وجدد رفضه …» — the clause goes on with the subject of the event before, the host of a reception
    const prevAny = !mainOk && near && near.prep === '' && !near.coord && newClauseBetween(c, near.m.tokenEnd, poss.tok)
      ? lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0) : undefined;
    const objectBefore = !!prevAny && prevAny.hit.tok < near!.m.tokenStart && grammaticalSubject(prevAny).length === 1 &&
      !grammaticalSubject(prevAny).includes(near!.m.entity) && !grammaticalSubject(prevAny)[0].startsWith('#') &&
      (suffix !== 'هم') && want.includes(c.byId.get(grammaticalSubject(prevAny)[0])?.type ?? '');
    if (objectBefore) {
      roles.actors = grammaticalSubject(prevAny!);
      roles.evidence.push('rule:possessive-subject-past-object');
      if (!own) roles.evidence.push('rule:possessive-support-masdar');
      return;
    }
    // (session 9, multi-clause probe) «وعقب لقائه الرئيس الفرنسي، أعلن العاهل المغربي …»: a possessed masdar in a fronted
    // time adjunct at the head of its sentence, with no name before it, refers forward to the subject of the main clause
    if (own && !fitting.length && !mainOk && suffix !== 'هم') {
      const s0 = c.sent(h.tok);
      const p = h.tok - 1;
      const fronted = p >= 0 && c.sent(p) === s0 && (p === 0 || c.sent(p - 1) !== s0) && words('fronted-time-prep').has(c.bare(p));
      let comma = -1;
      for (let k = h.tok + 1; fronted && k < h.tok + 14 && c.sent(k) === s0; k++) if (c.isComma(k)) { comma = k; break; }
      if (comma > 0) {
        for (let k = comma + 2; k <= comma + 5 && c.sent(k) === s0; k++) {
          const m = c.startArr[k]?.find((x) => want.includes(c.byId.get(x.entity)?.type ?? ''));
          if (m) {
            roles.actors = [m.entity];
            roles.evidence.push('rule:possessive-fronted-adjunct-subject');
            return;
          }
        }
      }
    }
    const prevActor = mainOk ? undefined : !near || isLoc(near) || conjoined ? lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 && fitsNumber(d)) : undefined;
    const ante = prevActor ? null : near;
    if (mainOk && mainSubj) {
      roles.actors = [mainSubj];
      roles.evidence.push('rule:possessive-subject-of-main-clause');
    } else if (prevActor) {
      roles.actors = [...prevActor.ev.actors];
      roles.evidence.push('rule:possessive-actor-of-sentence');
      if (!own) roles.evidence.push('rule:possessive-support-masdar');
    } else if (ante) {
      // (هم after coordinated names: all of them — «المالكي والعامري … طلباتهم»)
      roles.actors = suffix === 'هم' && ante.coord && ante.entity ? withConjuncts(c, ante.m).map((m) => m.entity) : [ante.m.entity];
      roles.evidence.push('rule:possessive-antecedent');
      if (!own) roles.evidence.push('rule:possessive-support-masdar');
    }
  }
}

/** refineRoles, results of an earlier event, pronoun subjects from the previous event or the clause. */
function refineImplicitSubject(st: JoinState, attIndex: AttIndex, meansIds: Set<string>, h: Hit, w: Window, roles: Roles): void {
  const { c, drafts } = st;
  // «نفذت وحدات من الجيش عملية دهم …، أسفرت عن توقيف 14 شخصاً»: a result with no agent of its own was brought about by
  // the actor of the event its consequence verb follows in the sentence (not a death: an attack's toll is no act)
  if (roles.consequence && h.entry.pos !== 'verb' && !roles.actors.length && h.entry.type !== 'ASSAULT' && !words('death-noun').has(c.bare(h.tok))) {
    const cause = lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 && d.hit.entry.pos !== 'verb');
    if (cause && h.tok - cause.hit.tok <= 30) {
      roles.actors = [...cause.ev.actors];
      roles.targets = roles.targets.filter((t) => !roles.actors.includes(t));
      roles.evidence.push(`rule:result-of-event@${cause.hit.start}`);
    }
  }
  // a verb with no subject NP has a pronoun subject: the actor of the previous event in the paragraph
  // ("وقال الوزير … وأضاف أنه التقى …") when it is at most one sentence back
  if (h.entry.pos === 'verb' && h.entry.obj !== 'subject' && !roles.actors.length && drafts.length) {
    // (the nearest of the last few events that has an actor: "رحبت X بالدعوة، واشترطت …" — not the noun الدعوة)
    let prev = drafts[drafts.length - 1];
    // (a mediator named in an adjunct — «بوساطة من X» — is no subject of what follows)
    for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 3; i--) {
      if (drafts[i].ev.evidence!.includes('rule:mediator-after-wasata')) { if (prev === drafts[i]) prev = drafts[Math.max(0, i - 1)]; continue; }
      if (drafts[i].ev.actors.length) { prev = drafts[i]; break; }
    }
    const para = (tok: number) => paragraphOf(c, tok);
    // (a pronoun complementizer's number must fit: «لكنه اشترط» is one party, not «الطرفان» just named)
    const pc = c.norm(h.tok - 1) ?? '';
    const singular = PRONOUN_COMPLEMENTIZERS.has(pc) && /(ه|ها)$/.test(pc);
    const plural = PRONOUN_COMPLEMENTIZERS.has(pc) && pc.endsWith('هم');
    const numberFits = singular ? prev.ev.actors.length === 1 && !isDualGroup(c, prev.ev.actors[0]!) : plural ? prev.ev.actors.length > 1 || !!prev.ev.actors[0]?.startsWith('#') : true;
    // (not in a condition with no subject of its own: «وهددوا بالتصعيد إن لم يُفرج عن زملائهم» is impersonal)
    const condition = c.norm(h.tok - 1) === 'لم' && CONDITIONAL_NEGATION.has(c.norm(h.tok - 2) ?? '');
    // («بأن دورية من X تعرّضت لإطلاق نار من مسلحين …، فردّت»: a conjoined verb continues its clause's subject, not the
    // agent of an event noun inside that clause)
    const cs = /^[وف]/.test(h.form.prefix) && (!VERBAL.has(h.entry.type) || h.form.prefix.startsWith('ف')) && prev.hit.entry.pos !== 'verb' &&
      c.sent(prev.hit.tok) === c.sent(h.tok) ? complementSubject(c, h) : null;
    if (cs && !prev.ev.actors.includes(cs)) {
      roles.actors = [cs];
      roles.targets = roles.targets.filter((t) => t !== cs);
      roles.evidence.push('rule:conjoined-verb-subject-of-clause');
    } else if (prev.ev.actors.length && numberFits && !condition && para(prev.hit.tok) === para(h.tok) && c.sent(h.tok) - c.sent(prev.hit.tok) <= 1 && !/^[يت].*(ون|وا)$/.test(h.form.norm)) {
      // («استقبل X Y، وطالبه بـ…»: a reception is coded visitor → host, but the grammatical subject that goes on is the
      // host; an object pronoun on the verb is the visitor)
      const hosted = prev.ev.evidence!.includes('rule:host-receives-visitor') && prev.ev.targets.length > 0;
      roles.actors = hosted ? [...prev.ev.targets] : [...prev.ev.actors];
      if (hosted && h.form.suffix) for (const t of prev.ev.actors) if (!roles.targets.includes(t)) roles.targets.push(t);
      roles.targets = roles.targets.filter((t) => !roles.actors.includes(t));
      roles.evidence.push(hosted ? 'rule:pronoun-subject-host' : 'rule:pronoun-subject-from-previous-event');
    }
  }
  // (session 9 probe) «يزور رئيس الحكومة عين التينة … للقاء رئيس مجلس النواب»، «توجه الوزير إلى بغداد للقاء X»: a meeting
  // noun of purpose (لـ) whose genitive was read as its actor, right after a visit of its sentence (at most 12 tokens), is
  // the visitor's meeting with that genitive
  if (h.entry.pos === 'noun' && h.entry.type === 'CONSULT' && /ل/.test(h.form.prefix) && roles.evidence.includes('rule:masdar-genitive-actor') && !roles.targets.length) {
    const visit = lastInSentence(c, drafts, h, (d) => d.ev.type === 'CONSULT' && d.ev.mode === 'visit' && d.ev.actors.length > 0);
    if (visit && h.tok - visit.hit.tok <= 12 && !visit.ev.actors.some((a) => roles.actors.includes(a))) {
      roles.targets = [...roles.actors];
      roles.actors = [...visit.ev.actors];
      roles.evidence.push(`rule:purpose-meeting-of-visitor@${visit.hit.start}`);
    }
  }
  // (session 9 probe) a sentence that opens on a verb with no subject of its own («وطالبت المجتمع الدولي …»), or on a
  // support verb governing this noun («وأجرى محادثات مع …»), goes on with the subject of the sentence before it in its
  // paragraph — the person or body right after that sentence's opening verb — when no event gave one
  if (!roles.actors.length && h.entry.obj !== 'subject' && !h.form.suffix) {
    const v = h.entry.pos === 'verb' ? h.tok : h.tok > 0 && c.sent(h.tok - 1) === c.sent(h.tok) && c.frameAt(h.tok - 1) && ['actor', 'announce'].includes(c.frameAt(h.tok - 1)!.role) ? h.tok - 1 : -1;
    const opens = v >= 0 && (v === 0 || c.sent(v - 1) !== c.sent(v)) && /^[وف]/.test(c.norm(v) ?? '') && !/^[يت].*(ون|وا|ان)$/.test(c.norm(v) ?? '');
    const subj = opens ? previousSentenceSubject(c, v) : null;
    if (subj && (h.entry.pos !== 'verb' || !genderClash(c, h, c.info(subj)))) {
      roles.actors = [subj.entity];
      roles.targets = roles.targets.filter((t) => t !== subj.entity);
      roles.evidence.push('rule:pronoun-subject-of-previous-sentence');
    }
  }
}

/** (session 9 probe) A bare group phrase or person/body ending right before the pronoun complementizer at `k`, after a
 * verb of saying right before it («وقالت الشرطة إنها …»): the speaker the attribution layer named no entity for. */
function speakerBeforeComplementizer(c: Ctx, k: number): string | null {
  const m = k > 1 ? mentionEndingAt(c, k - 1) : null;
  if (!m || c.sent(m.tokenStart) !== c.sent(k) || c.info(m).prep !== '' || m.tokenStart < 1) return null;
  const e = c.byId.get(m.entity);
  if (e ? e.type === 'LOC' : !m.entity.startsWith('#')) return null;
  // (the word before the NP is the verb of saying: no trigger, no mention)
  const v = m.tokenStart - 1;
  return c.toks[v].kind === 'word' && !c.startArr[v] && !c.look(v).trigger.length && c.sent(v) === c.sent(k) ? m.entity : null;
}

/** (session 9 probe) The subject of the sentence before `v` in its paragraph: a bare person or organisation mention that
 * starts within three tokens after that sentence's first word (a VSO subject, titles inside the mention). */
function previousSentenceSubject(c: Ctx, v: number): EntityMention | null {
  const s = c.sent(v);
  let k = v - 1;
  while (k >= 0 && c.sent(k) === s) k--;
  if (k < 0 || paragraphOf(c, k) !== paragraphOf(c, v)) return null;
  const ps = c.sent(k);
  let start = k;
  while (start > 0 && c.sent(start - 1) === ps) start--;
  if (c.toks[start].kind !== 'word' || c.startArr[start]) return null;
  for (let j = start + 1; j <= start + 3 && j <= k; j++) {
    const m = c.startArr[j]?.[0];
    if (!m) continue;
    const e = c.byId.get(m.entity);
    return e && (e.type === 'PER' || e.type === 'ORG') && c.info(m).prep === '' ? m : null;
  }
  return null;
}

/** refineRoles, a conjoined verb with no subject of its own: the subject of the sentence's first verb or its speaker. */
function refineConjoinedSubject(st: JoinState, attIndex: AttIndex, meansIds: Set<string>, h: Hit, w: Window, roles: Roles): void {
  const { c, drafts } = st;
  // «وصفت الوزارة في بيان الإضراب بـ"غير الشرعي"، وحثت الأساتذة …»، «اعترض خفر السواحل زورقاً …، واقتادهم»: a
  // conjoined verb with no subject of its own and no event before it in the sentence shares the subject of the
  // sentence's first verb
  // (also over a group read as the VSO subject after the comma: «…، وحثت الأساتذة على …» — the group is the object)
  // (and over an oblique dual, never a subject: «وحثّ الطرفين على …»)
  const a0 = roles.actors[0] ?? '';
  const obliqueDual = c.dualIds.has(a0) && /ين$/.test(a0.slice(1).split(' ')[0]);
  const groupSubject = roles.actors.length === 1 && a0.startsWith('#') && roles.evidence.includes('rule:vso-subject') && h.entry.obj === 'target' && !roles.targets.length &&
    (obliqueDual || (c.isComma(h.tok - 1) && !c.dualIds.has(a0) && !w.after.some((i) => i.m.entity === a0 && nominativePlural(c, i))));
  if (h.entry.pos === 'verb' && !h.entry.participle && h.entry.obj !== 'subject' && (!roles.actors.length || groupSubject) && /^[وف]/.test(h.form.prefix) &&
    !lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0)) {
    // («وأفاد البيان بأن دورية من X تعرّضت …، فردّت»: a verb conjoined inside a complement clause shares that clause's
    // subject, not the sentence's)
    // (a verbal act — «قال X إن …، وحذّر» — goes on with the speaker's main clause; a physical one, or one after ف, with
    // the clause it follows)
    const inClause = !VERBAL.has(h.entry.type) || h.form.prefix.startsWith('ف');
    const top = (inClause ? complementSubject(c, h) : null) ?? topicSubject(c, h) ?? kanaSubject(c, h);
    // («قال X إن …، فيما نفت Y …، واتهمت الجيش بـ…»: a statement cue of its sentence nearer than the first verb — a
    // verbal act sides with that cue's speaker)
    const sa = VERBAL.has(h.entry.type) && roles.targets.length > 0 ? attIndex.speakerAt(h) : null;
    // (the speaker named in the sentence, after the first verb's subject)
    const named = (id: string | null) => {
      for (let k = h.tok - 1; k >= 0 && c.sent(k) === c.sent(h.tok) && h.tok - k <= 80; k--) if (c.startArr[k]?.some((m) => m.entity === id)) return k;
      return -1;
    };
    const sk = sa ? named(sa.ent) : -1;
    if (sa && sa.ent !== top && sa.cue < h.start && roles.evidence.includes('rule:agreement-object') && sk >= 0 && (!top || named(top) < sk)) {
      roles.targets = roles.targets.filter((t) => t !== sa.ent);
      roles.actors = [sa.ent];
      roles.evidence.push('rule:conjoined-act-of-speaker');
    } else if (top && !roles.targets.includes(top) && (!groupSubject || !top.startsWith('#'))) {
      roles.targets = [...roles.actors, ...roles.targets];
      roles.actors = [top];
      roles.evidence.push('rule:conjoined-verb-subject-of-sentence');
    }
  }
}

/** refineRoles, masdars governed by support verbs, passives, speakers, titles filed under others, sources' sides, units of speaking bodies. */
function refineGovernedAndPassive(st: JoinState, attIndex: AttIndex, meansIds: Set<string>, h: Hit, w: Window, roles: Roles): void {
  const { c, doc, drafts, verbToks } = st;
  // «ومؤكدة أنها ستواصل دعم الجيش»: the agent of a masdar governed by a support verb is that verb's subject — after a
  // pronoun complementizer the speaker, else the subject of the sentence's previous event
  // (session 6: also when the masdar's only agent is a state in its genitive — «أكد خلاله دعم القاهرة»، «وأعرب عن تقدير
  // مصر»: the speaker states his state's stance and acts; the state stays beside him)
  const stateGenitive = roles.actors.length > 0 && roles.evidence.includes('rule:support-verb-pronoun-subject') &&
    roles.evidence.includes('rule:masdar-genitive-actor') && roles.actors.every((a) => c.byId.get(a)?.type === 'LOC');
  const stateActors = stateGenitive ? [...roles.actors] : [];
  if (stateGenitive) roles.actors = [];
  if (h.entry.pos !== 'verb' && !roles.actors.length && (roles.evidence.includes('rule:genitive-object-of-governed-masdar') || roles.evidence.includes('rule:support-verb-pronoun-subject'))) {
    // (with no attribution, the named subject right before the complementizer: «أعلن النائب X أنه سيقدم طلباً»)
    const pc = PRONOUN_COMPLEMENTIZERS.has(c.norm(h.tok - 2) ?? '');
    const before = pc && h.tok > 2 ? mentionEndingAt(c, h.tok - 3) : null;
    const spk = pc ? attIndex.speaker(h) ?? (before && before.entity && !before.entity.startsWith('#') && c.info(before).prep === '' ? before.entity : null) : null;
    let prev = spk ? undefined : lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 &&
      // (session 9) a participle's act goes on with the main clause, not with an event inside a complement or a quote
      // («قال الوزير إن المحتجين رفضوا …، معلناً تشكيل لجنة تحقيق» → the minister)
      !(roles.participleSupport && (d.hit.entry.participle || insideQuote(c, d.hit.tok) || inComplement(c, d.hit.tok) || subordinateEvent(c, d, h, (x) => attIndex.containing(x), drafts))));
    let partSpk: string | null = null;
    if (roles.participleSupport && !spk) {
      const sa = attIndex.speakerAt(h);
      if (prev && sa && sa.cue > prev.hit.start) prev = undefined;
      partSpk = prev ? null : participleSpeaker(c, h, sa?.ent ?? null) ?? topicSubject(c, h);
      // (an unresolved description yields to the sentence's earlier event, as before: «أكدت الوزيرة الألمانية التزام … دعم …،
      // معلنة تقديم …» — that event named the minister)
      if (!prev && (!partSpk || partSpk.startsWith('#'))) {
        const loose = lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 && d.ev.actors.some((a) => !a.startsWith('#')));
        if (loose) { prev = loose; partSpk = null; }
      }
    }
    // («وأكدت الوزيرة التزام بلادها بمواصلة دعم الأردن»: with no earlier event in the sentence, the subject of the
    // verb that opens it)
    const main = !spk && !prev && !partSpk ? mainClauseSubject(c, h, verbToks, (id) => isCountry(c, id)) : null;
    const by = spk ? [spk] : prev ? grammaticalSubject(prev) : partSpk ? [partSpk] : main ? [main] : [];
    if (by.length) {
      roles.actors = [...by, ...stateActors.filter((a) => !by.includes(a))];
      roles.targets = roles.targets.filter((t) => !by.includes(t));
      roles.evidence.push(spk ? 'rule:governed-masdar-speaker' : prev ? 'rule:governed-masdar-subject-of-sentence' : 'rule:governed-masdar-main-subject');
    }
  }
  if (stateGenitive && !roles.actors.length) roles.actors = stateActors;
  // (session 9) «سيّرت الهيئة قافلة …، على أن تسيّر قافلة ثانية الأحد»، «وأرسلت شحنة ثانية»: a causative verb of sending (a form
  // written with its shadda, or a past in أ) has the convoy as its object, never as the sender — the sender is the subject of
  // the sentence's earlier event (the convoy, what was sent, is no participant)
  if (h.entry.pos === 'verb' && h.entry.type === 'AID' && roles.actors.length && roles.actors.every((a) => meansIds.has(a)) &&
    (/\u0651/.test(doc.text.slice(h.start, h.end)) || /^أ/.test(h.entry.past ?? ''))) {
    const prev = lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 && !d.ev.actors.every((a) => meansIds.has(a)));
    if (prev) {
      roles.targets = [...roles.targets.filter((t) => !prev.ev.actors.includes(t))];
      roles.actors = grammaticalSubject(prev);
      roles.evidence.push('rule:means-object-of-sending-verb');
    }
  }
  // (session 9) «أعقبها سحب متبادل للسفراء وإغلاق الأجواء بين البلدين»: an act between two states, with no subject of its own
  // (none, or one only carried over from the event before), whose «بين البلدين/الدولتين» follows within eight tokens of its
  // clause (past one coordinated event noun) — the two countries named last are its parties
  if (RELATIONAL.has(h.entry.type) && (!roles.actors.length || roles.evidence.includes('rule:pronoun-subject-from-previous-event'))) {
    const pair = betweenTwoCountries(c, h);
    if (pair.length === 2) {
      roles.actors = pair;
      roles.targets = roles.targets.filter((t) => !pair.includes(t));
      roles.evidence.push('rule:between-two-countries');
    }
  }
  // (session 9) «توصل الطرفان إلى اتفاق …، بعد جولة مفاوضات استمرت تسعة أيام»: talks with no party of their own, told after
  // «بعد/عقب/إثر» as what led to an agreement of their sentence, were held by the agreement's parties
  if (h.entry.pos !== 'verb' && h.entry.type === 'CONSULT' && h.entry.mode !== 'third-party' && !roles.actors.length && !h.form.suffix) {
    let k = h.tok - 1;
    if (/^(جوله|جولات)$/.test(c.bare(k))) k--;
    if (/^(بعد|عقب|اثر|إثر)$/.test(c.bare(k)) && k < h.tok) {
      const agr = lastInSentence(c, drafts, h, (d) => (d.ev.type === 'AGREE' || (d.ev.type === 'RETREAT' && d.ev.mode === 'ceasefire')) && d.ev.actors.length >= 2);
      if (agr && h.tok - agr.hit.tok <= 40) {
        roles.actors = agr.ev.actors.filter((a) => c.byId.get(a)?.type !== 'LOC' || isCountry(c, a));
        roles.targets = roles.targets.filter((t) => !roles.actors.includes(t));
        if (!roles.place && agr.ev.place) roles.place = agr.ev.place;
        roles.evidence.push(`rule:talks-before-agreement@${agr.hit.start}`);
      }
    }
  }
  // (session 9) «حلّ الوزير X، يوم الثلاثاء، بإقليم Y في زيارة عمل …»، «وصل الوفد إلى Z في زيارة رسمية»: a visit noun after «في»
  // with no visitor of its own is the manner of the main clause — its subject visits
  if (h.entry.pos !== 'verb' && h.entry.type === 'CONSULT' && h.entry.mode === 'visit' && !roles.actors.length && c.norm(h.tok - 1) === 'في' && !h.form.suffix) {
    const main = mainClauseSubject(c, h, verbToks, (id) => isCountry(c, id));
    const holder = main && main.startsWith('#') ? titledHolderOf(c, main, h.tok) : null;
    const who = holder ?? main;
    if (who && !roles.targets.includes(who)) {
      roles.actors = [who];
      roles.evidence.push('rule:visit-of-main-clause');
    }
  }
  // "«نطالب المجتمع الدولي…»": a first-person verb in a statement has the speaker as subject
  if (h.entry.pos === 'verb' && !roles.actors.length && h.entry.present && (h.form.norm === 'ن' + h.entry.present || h.form.norm === 'سن' + h.entry.present)) {
    const spk = attIndex.speaker(h);
    if (spk) { roles.actors = [spk]; roles.targets = roles.targets.filter((t) => t !== spk); roles.evidence.push('rule:first-person-speaker'); }
  }
  // "قال X إنه التقى…": a pronoun subject after a complementizer is the speaker of the statement
  // (the pronoun is the subject, so an NP after the verb is its object: "أعلن X أنه سيلتقي ممثلي النقابات")
  // (a verbal phrase too: «قال X إنه لن يتردد في …»)
  if ((h.entry.pos === 'verb' || h.entry.pos === 'phrase') && PRONOUN_COMPLEMENTIZERS.has(c.norm(h.tok - 1) ?? '')) {
    // (session 9 probe) «وقالت الشرطة إنها فرقت …»: a speaker no entity names — the bare NP right before the complementizer
    const spk = attIndex.speaker(h) ?? speakerBeforeComplementizer(c, h.tok - 1);
    if (spk && !roles.actors.includes(spk)) {
      // (an NP before the verb read as its subject is no object: "إن بغداد ترفض …، مضيفاً أنه سيزور طهران")
      const objs = [...(roles.evidence.includes('rule:vso-subject') ? roles.actors : []), ...roles.targets].filter((t) => t !== spk);
      roles.actors = [spk];
      roles.targets = h.entry.obj === 'none' ? roles.targets.filter((t) => t !== spk) : [...new Set(objs)];
      roles.evidence.push('rule:pronoun-subject-speaker');
    }
  }
  const passivePast = h.entry.pos === 'verb' && h.entry.obj === 'target' && isPassive(doc.text.slice(h.start, h.end));
  // (session 9) the subject a passive took only as a pronoun from the event before (its source, for passiveAgentOfClause)
  const inheritedFrom = roles.evidence.includes('rule:pronoun-subject-from-previous-event') ? [...roles.actors] : null;
  // a vocalised passive past (قُتل، اعتُقل، أُصيب: damma inside the stem, not on its last letter) has
  // its grammatical subject as the target and no known agent, unless `من قبل/على يد` named one
  // (a reception in the passive, «استُقبل الوفد في المطار», keeps its subject as the visitor — PLOVER's actor)
  // (session 8, round 2) «إثر مداهمة نفذتها قوى الأمن …، اعتُقل خلالها 11 شاباً»: a passive past whose pronoun adjunct refers to
  // the event before — the subject inherited from that event performed it, the NP after the verb undergoes it
  if (passivePast && roles.actors.length && W_EVENT_ADJUNCT_R.has(c.norm(h.tok + h.len) ?? '') && roles.evidence.includes('rule:conjoined-verb-subject')) {
    roles.targets = roles.targets.filter((t) => !roles.actors.includes(t));
    roles.evidence.push('rule:passive-agent-of-adjunct-event');
  } else if (h.entry.pos === 'verb' && (h.entry.obj === 'subject' || passivePast) && !roles.evidence.includes('rule:agent-phrase') && !h.entry.host) {
    // (session 7) a passive takes no object: with its subject before it the NPs after the verb are adjuncts — «وكان المتهم
    // قد اعتُقل …، إثر تدقيق أنجزه المجلس …» targets المتهم only
    if (passivePast && roles.actors.length && roles.evidence.includes('rule:svo-subject') &&
      roles.evidence.some((x) => x === 'rule:object' || x === 'rule:object-of-non-entity-subject')) {
      roles.targets = [];
      roles.evidence.push('rule:passive-takes-no-object');
    }
    for (const a of roles.actors) if (!roles.targets.includes(a)) roles.targets.push(a);
    roles.actors.length = 0;
    roles.evidence.push('rule:passive-subject-target');
    // (session 6: «اعتُقلوا خلال مداهمات نفذتها الأجهزة الأمنية» — the performer of the operation, subjects.ts)
    const ag = h.entry.obj === 'target' ? passiveAgentOfOperation(c, h) : null;
    if (ag) { roles.actors = [ag]; roles.targets = roles.targets.filter((t) => t !== ag); roles.evidence.push('rule:passive-agent-of-operation'); }
    passiveAgentOfClause(st, h, roles, inheritedFrom);
  }
  // «يُعاد فتح المعبر»، «يُفرَج عن …»: a vocalised passive imperfect has no agent of its own — its subject or
  // genitive is what the act is done to
  if (h.entry.obj !== 'subject' && !h.entry.host && isPassiveImperfect(doc.text.slice(h.start, h.end).split(/\s+/)[0]) && !roles.evidence.includes('rule:agent-phrase')) {
    // (session 9) «…، معلناً أن ٥٠٠ حصة غذائية ستُوزَّع على العائلات»: a measure in the passive in a complement clause, whose
    // subject came only from the event before — that event's subject announces it and carries it out; it undergoes nothing
    const announcer = inheritedFrom && ANNOUNCED_MEASURES.has(h.entry.type) && inComplement(c, h.tok) ? inheritedFrom : null;
    for (const a of roles.actors) if (!roles.targets.includes(a) && !announcer?.includes(a)) roles.targets.push(a);
    roles.actors.length = 0;
    roles.evidence.push('rule:passive-imperfect-target');
    if (announcer) { roles.actors = [...announcer]; roles.evidence.push('rule:passive-measure-of-announcer'); }
    if (h.entry.obj === 'target') passiveAgentOfClause(st, h, roles, inheritedFrom);
  }
  // «أكدت الوزيرة الألمانية …» where the entity stage filed the title under another person: the person named before
  // with that title is meant (actors and objects alike)
  for (const list of [roles.actors, roles.targets]) {
    for (let k = 0; k < list.length; k++) {
      if (c.byId.get(list[k])?.type !== 'PER') continue;
      let mi: MInfo | undefined;
      for (const i of [...w.before, ...w.after]) if (i.m.entity === list[k] && (!mi || Math.abs(i.m.tokenStart - h.tok) < Math.abs(mi.m.tokenStart - h.tok))) mi = i;
      const other = mi ? titleOnlyHolder(c, mi.m) : null;
      if (other && !roles.actors.includes(other) && !roles.targets.includes(other)) {
        list[k] = other;
        roles.evidence.push('rule:title-only-mention-holder');
      }
    }
  }
  // «اتهم مصدر في وزارة الدفاع الجماعة»، «غير أن مصدراً في وفد الحكومة، طلب عدم الكشف عن هويته، اتهم …»: an
  // anonymous source's side body acts (docs/gold-format.md: who acts) when the source is the verb's subject
  if (h.entry.pos === 'verb' && !roles.actors.some((a) => !a.startsWith('#'))) {
    const side = sourceSideSubject(c, h);
    if (side && !roles.actors.includes(side.entity)) {
      const id = side.entity.startsWith('#') ? describedEntity(c, side.entity, h.tok) ?? side.entity : side.entity;
      roles.actors = [id];
      roles.targets = roles.targets.filter((t) => t !== id && t !== side.entity);
      roles.evidence.push('rule:source-side-subject');
    }
  }
  // (session 7) «وقال الناطق باسم الحرس الوطني … إن الوحدات أوقفت …»: a bare security-force plural or singular with no
  // modifier («الوحدات»، «القوات»، «العناصر») as the subject of an act reported by a body or its spokesperson is that
  // body's own units — the body acts (docs/gold-format.md: who acts); the group stays beside it
  if (roles.actors.length === 1 && /^#\S+$/.test(roles.actors[0]) && words('security-force').has(roles.actors[0].slice(1)) &&
    c.toks[h.tok] && attIndex.containing(h)) {
    const body = attIndex.speaker(h);
    const e = body ? c.byId.get(body) : undefined;
    if (body && (e ? e.type === 'ORG' : body.startsWith('#') && body !== roles.actors[0]) && !roles.targets.includes(body)) {
      roles.actors = [body, ...roles.actors];
      roles.evidence.push('rule:units-of-speaking-body');
    }
  }
  // "احتجت السلطات الجزائرية على توقيف …": a named body protesting in words disapproves (ACCUSE), it does not
  // demonstrate
}

/**
 * (session 9) The agent of a passive with none of its own, named elsewhere in its sentence:
 * - a verdict or decision it was carried out under names its issuer (subjects.ts issuerOfDecision): «أُدين X …، بموجب حكم نطق به
 *   القطب الجزائي …» (`rule:passive-agent-issuer-of-decision`);
 * - an operation it happened during is performed by a pronoun subject («كانوا قد اعتُقلوا خلال حملة دهم شنتها في آذار»): when
 *   the passive itself took its subject only as a pronoun from the event before, that event's subject is the performer and its
 *   object — the nearer antecedent — is what the passive's pronoun stands for (`rule:passive-agent-implicit-performer`):
 *   «أفرجت "قسد" عن ١٧ موقوفاً، كانوا قد اعتُقلوا خلال حملة شنتها …» → قسد arrested the seventeen.
 */
function passiveAgentOfClause(st: JoinState, h: Hit, roles: Roles, inheritedFrom: string[] | null): void {
  const { c, drafts } = st;
  if (roles.actors.length) return;
  const issuer = issuerOfDecision(c, h);
  if (issuer) {
    roles.actors = [issuer];
    roles.targets = roles.targets.filter((t) => t !== issuer);
    roles.evidence.push('rule:passive-agent-issuer-of-decision');
    return;
  }
  if (!inheritedFrom?.length || !implicitPerformerOfOperation(c, h)) return;
  const prev = lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 && inheritedFrom.every((a) => d.ev.actors.includes(a)));
  if (!prev) return;
  roles.actors = [...prev.ev.actors];
  const objs = prev.ev.targets.filter((t) => !roles.actors.includes(t));
  roles.targets = objs.length ? objs : roles.targets.filter((t) => !roles.actors.includes(t));
  roles.evidence.push('rule:passive-agent-implicit-performer');
}

/** (session 9) The person named in apposition after the title phrase `id` opening its clause («وزير الفلاحة …، أحمد
 * البوزيدي،»): roles.ts appositiveHolder on the phrase's mention before `tok` in its sentence. */
function titledHolderOf(c: Ctx, id: string, tok: number): string | null {
  const m = groupMentionsOf(c, id).filter((g) => g.tokenEnd <= tok && c.sent(g.tokenStart) === c.sent(tok)).pop();
  return m ? appositiveHolder(c, m)?.entity ?? null : null;
}

/** (session 9) A complementizer (أن، إن، بأن …) opens the clause of token `tok`: within six tokens before it, no comma between. */
function inComplement(c: Ctx, tok: number): boolean {
  for (let k = tok - 1; k >= 0 && k >= tok - 6 && c.sent(k) === c.sent(tok); k--) {
    if (c.isComma(k) || c.isBoundary(k)) return false;
    if (COMPLEMENTIZER_WORDS.has(c.norm(k) ?? '') || PRONOUN_COMPLEMENTIZERS.has(c.norm(k) ?? '')) return true;
  }
  return false;
}

/** (session 9) Acts between states that «بين البلدين» can qualify. */
const RELATIONAL = new Set(['SANCTION', 'COERCE', 'AGREE', 'COOPERATE', 'RETREAT']);
/** (session 9) The last two countries named, when «بين البلدين/الدولتين» follows the trigger at `h` within eight tokens of its
 * sentence (no comma, no verb trigger between). */
function betweenTwoCountries(c: Ctx, h: Hit): string[] {
  const s = c.sent(h.tok);
  for (let k = h.tok + h.len; k < c.toks.length && k < h.tok + h.len + 8 && c.sent(k) === s; k++) {
    if (c.isComma(k) || c.isBoundary(k)) return [];
    if ((c.norm(k) ?? '').replace(/^و/, '') !== 'بين' || !/^(ال)?(بلد|دولت)ين$/.test(c.norm(k + 1) ?? '')) continue;
    const near = lastCountries(c, k + 1);
    if (near.length === 2) return near;
    // (else the last two countries of the article before it, at most 300 mentions back: the two the article is about)
    const out: string[] = [];
    const ms = c.layer.mentions;
    for (let i = lowerBound(ms, c.toks[k].start) - 1, n = 0; i >= 0 && n < 300 && out.length < 2; i--, n++) {
      if (!out.includes(ms[i].entity) && isCountry(c, ms[i].entity)) out.push(ms[i].entity);
    }
    return out.length === 2 ? out.reverse() : [];
  }
  return [];
}

/** Verbs of being granted something (حظي بـ، يحظى بـ، لقي، يلقى), right before the noun. */
const RECEIVED = /^[وف]?(حظي|يحظي|تحظي|حظيت|لقي|يلقي|لقيت)$/;
/** (session 9) Who was granted the reception at h: a bare PER/ORG right after the verb is impossible here (the noun follows
 * at once), so the verb's pronoun subject — the actor of the sentence's previous event, else the subject the clause goes on
 * from (the nearest bare person or body before it, a description resolved). */
function receivedBy(c: Ctx, h: Hit, drafts: Draft[]): string | null {
  const prev = lastInSentence(c, drafts, h, (d) => d.ev.actors.length === 1 && !d.ev.actors[0].startsWith('#'));
  if (prev) return grammaticalSubject(prev)[0] ?? null;
  const cont = subjectBeforeContinuation(c, { ...h, tok: h.tok - 1 });
  return cont?.[0] ?? null;
}

/** (session 9) The id of an earlier, fuller title description («#وزير خارجيه اسباني») of a short one («#وزير اسباني»): a title
 * head and at least one more word, found among the group phrases of the 150 tokens before `tok`. */
function fullerDescription(c: Ctx, id: string, tok: number): string | null {
  if (!id.startsWith('#')) return null;
  const ws = id.slice(1).split(' ');
  if (ws.length < 2 || ws.length > 3 || !(c.lex.groups.get(ws[0]) ?? []).some((g) => g.kind === 'title')) return null;
  for (let k = tok - 1; k >= 0 && k >= tok - 150; k--) {
    for (const m of c.startArr[k] ?? []) {
      if (!m.entity.startsWith('#') || m.entity === id) continue;
      const fw = m.entity.slice(1).split(' ');
      if (fw.length <= ws.length || fw[0] !== ws[0]) continue;
      let i = 1;
      for (let j = 1; j < fw.length && i < ws.length; j++) if (fw[j] === ws[i]) i++;
      if (i === ws.length) return m.entity;
    }
  }
  return null;
}

/** (session 9) «الجانب الإسباني»، «الطرف المغربي»: a side phrase (a dual head used in the singular, groups.tsv) with one nisba
 * adjective — the country or body whose name word that nisba is built on (roles.ts entityOfNisba), else null. */
function sideByNisba(c: Ctx, id: string, tok: number): string | null {
  const m = /^#(جانب|طرف) (\S{3,})$/.exec(id);
  if (!m || !/ي$/.test(m[2]) || /وي$/.test(m[2])) return null;
  const stem = m[2].replace(/ي$/, '');
  return entityOfNisba(c, tok, [stem]);
}

/** «الجانبان خلال الاتصال»: the last earlier event (at most three sentences back) whose trigger's first word is the
 * definite noun after a «خلال» in the clause of the dual (within six tokens either side of `tok`, no comma between). */
function duringEvent(c: Ctx, tok: number, drafts: Draft[]): Draft | undefined {
  const s = c.sent(tok);
  const stem = (n: string) => n.replace(/^[وفبل]?ال/, '').replace(/[اه]$/, '');
  let k0 = Math.max(0, tok - 6);
  while (k0 < tok && c.sent(k0) !== s) k0++;
  for (let k = k0; k < c.toks.length && k <= tok + 6 && c.sent(k) === s; k++) {
    if (c.isComma(k)) { if (k > tok) break; continue; }
    if (c.norm(k) !== 'خلال' || !(c.norm(k + 1) ?? '').startsWith('ال')) continue;
    const noun = stem(c.norm(k + 1) ?? '');
    if (noun.length < 3) return undefined;
    for (let i = drafts.length - 1; i >= 0 && s - c.sent(drafts[i].hit.tok) <= 3; i--) {
      const d = drafts[i];
      if (d.hit.tok < tok && stem(c.norm(d.hit.tok) ?? '') === noun) return d;
    }
    return undefined;
  }
  return undefined;
}

/** The two sides of the last «بين X وY» before token `tok` in its sentence (at most 30 tokens back): two named
 * parties joined by و within eight tokens after بين, or a country dual there («بين وفدين من البلدين») — the last two
 * countries named. Empty when there is no such pair. */
function baynaPair(c: Ctx, tok: number, named: (id: string) => boolean): string[] {
  const s = c.sent(tok);
  for (let k = tok - 1; k >= 0 && k >= tok - 30 && c.sent(k) === s; k--) {
    if ((c.norm(k) ?? '').replace(/^[وف]/, '') !== 'بين') continue;
    const out: string[] = [];
    for (let j = k + 1; j < tok && j <= k + 8 && !c.isComma(j); j++) {
      const n = c.norm(j) ?? '';
      if (/^(ال)?(بلد|دولت)ين$/.test(n)) return lastCountries(c, j);
      const m = c.startArr[j]?.[0];
      if (!m) continue;
      if (named(m.entity) && !out.includes(m.entity) && (out.length === 0 || c.info(m).coord)) out.push(m.entity);
      j = m.tokenEnd - 1;
      if (out.length === 2) return out;
    }
    return [];
  }
  return [];
}

/** «البلدان»، «البلدين»، «الدولتان»: a dual that names two countries. */
function countryDual(id: string): boolean {
  return /^#(بلد|دولت)(ان|ين)$/.test(id.split(' ')[0]);
}

/** A place entity that is a country (its lexicon entry is data/entities/countries.tsv). */
export function isCountry(c: Ctx, id: string): boolean {
  const e = c.byId.get(id);
  return !!e && e.type === 'LOC' && (e.evidence ?? []).some((x) => x.includes('countries.tsv'));
}

/** The last two distinct countries mentioned before token `tok`, within its paragraph and the two before it (at most
 * 200 mentions back), in text order. */
export function lastCountries(c: Ctx, tok: number): string[] {
  const out: string[] = [];
  const p0 = paragraphOf(c, tok);
  const ms = c.layer.mentions;
  for (let i = lowerBound(ms, c.toks[tok].start) - 1, n = 0; i >= 0 && n < 200 && out.length < 2; i--, n++) {
    const m = ms[i];
    if (m.tokenStart < 0 || p0 - paragraphOf(c, m.tokenStart) > 2) break;
    if (!out.includes(m.entity) && isCountry(c, m.entity)) out.push(m.entity);
  }
  return out.reverse();
}

const SOURCE_NOUNS = words('source-noun');
/** The side body of an anonymous source subject of the verb at `h` (function-words `source-noun` + في/ب/لدى/من + a
 * mention): right after the verb («اتهم مصدر في وزارة X»), or right before it, or before an aside set off by commas
 * that holds no other mention («مصدراً في وفد الحكومة، طلب عدم الكشف عن هويته، اتهم»). */
function sourceSideSubject(c: Ctx, h: Hit): EntityMention | null {
  const s = c.sent(h.tok);
  const sideAt = (m: EntityMention | null | undefined): EntityMention | null => {
    if (!m || c.sent(m.tokenStart) !== s) return null;
    const inf = c.info(m);
    if (!['في', 'ب', 'لدي', 'من'].includes(inf.prep)) return null;
    // (a clitic ب sits on the mention's first token; a preposition word stands before it)
    const k = c.toks[m.tokenStart].start < m.start ? m.tokenStart - 1 : m.tokenStart - 2;
    return k >= 0 && SOURCE_NOUNS.has(c.bare(k)) ? m : null;
  };
  // after the verb
  const a = c.startArr[h.tok + h.len + 1]?.[0] ?? c.startArr[h.tok + h.len + 2]?.[0];
  if (SOURCE_NOUNS.has(c.bare(h.tok + h.len)) && sideAt(a)) return a!;
  // before the verb, past an aside set off by commas
  let k = h.tok - 1;
  if (k > 0 && c.isComma(k)) {
    let j = k - 1;
    for (; j > 0 && j >= k - 12 && c.sent(j) === s && !c.isComma(j); j--) if (c.startArr[j] || c.isBoundary(j)) return null;
    if (!c.isComma(j)) return null;
    k = j - 1;
  }
  return k >= 0 ? sideAt(mentionEndingAt(c, k)) : null;
}
