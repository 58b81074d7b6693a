// Events named by a head and a proper word ("مهرجان موازين", MISC), and the body that runs a named event
// ("إدارة المهرجان", ORG).
import { normalizeCached } from '../text/normalize.ts';
import { analyzeClitics } from '../text/clitics.ts';
import type { Form } from './types.ts';
import type { Ctx } from './context.ts';
import { nameText } from './context.ts';
import type { Cand } from './types.ts';
import { AGREEMENT_EVIDENCE, AGREEMENT_HEADS, AGREEMENT_PLACE_KINDS, BODY_HEADS, EVENT_HEADS } from './wordsets.ts';

export function eventHeadPass(cx: Ctx): void {
  const { doc, lex, toks, n, owner, claim, formIn, isWord, formsAt, at, isStop, isNat, isAdj, isTitleStart } = cx;
  // 2e''''. "مهرجان موازين": an event head and one unknown proper word (data/entities/event-heads.tsv) is a MISC name
  for (let k = 0; k + 1 < n; k++) {
    if (owner[k] >= 0 || owner[k + 1] >= 0 || toks[k].kind !== 'word' || toks[k + 1].kind !== 'word') continue;
    const hf = formIn(k, EVENT_HEADS);
    if (!hf) continue;
    const w = toks[k + 1].norm;
    if (w.length < 4 || w.startsWith('ال') || formsAt(k + 1).length > 1 || isStop(w) || isNat(w) || lex.common.has(w) || lex.given.has(w) || isTitleStart(k + 1) ||
      /[ةه][\u064B-\u065F\u0670]*$/.test(toks[k + 1].text) || /ي$/.test(w) || /^(ي|ت|ست|سي|سن)/.test(w) || /(ون|ات)$/.test(w)) continue;
    let e = k + 2;
    while (e < n && e - k < 4 && owner[e] < 0 && isWord(e) && isAdj(toks[e].norm) && !isNat(toks[e].norm)) e++;
    const start = at(k, hf);
    claim({ type: 'MISC', tokenStart: k, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, start, toks[e - 1].end, hf.article && hf.clitic), evidence: [EVENT_HEADS.get(hf.form)!, 'rule:event-head'], titles: [] });
    k = e - 1;
  }
}

export function eventBodyPass(cx: Ctx): void {
  const { doc, toks, n, cands, owner, claim, formIn, formsAt, at } = cx;
  // 2e'''. "إدارة المهرجان" after "مهرجان جرش": the body running an event named before is an organisation of its own
  // (data/entities/body-heads.tsv), named after the event; the event's bare head follows the body noun
  const events = cands.filter((c) => !c.dead && c.type === 'MISC' && c.kind === 'name').sort((a, b) => a.start - b.start);
  if (events.length) {
    const lastEvent = new Map<string, Cand>();
    let ev = 0;
    for (let k = 0; k + 1 < n; k++) {
      while (ev < events.length && events[ev].end <= toks[k].start) {
        const w0 = normalizeCached(events[ev].name).split(' ')[0];
        lastEvent.set(w0.startsWith('ال') ? w0.slice(2) : w0, events[ev]);
        ev++;
      }
      if (!lastEvent.size || toks[k].kind !== 'word' || toks[k + 1].kind !== 'word') continue;
      if ((owner[k] >= 0 || owner[k + 1] >= 0) && !(owner[k] >= 0 && owner[k] === owner[k + 1] && cands[owner[k]].type === 'ORG')) continue;
      const bf = formIn(k, BODY_HEADS);
      const w = toks[k + 1].norm;
      if (!bf || !w.startsWith('ال') || formsAt(k + 1).length > 1) continue;
      const e = lastEvent.get(w.slice(2));
      if (!e) continue;
      const start = at(k, bf);
      const head = nameText(doc.text, start, toks[k].end, false);
      // the organisation-head pass may have taken "لجنة المهرجان" already: rename it
      const prior = owner[k] >= 0 ? cands[owner[k]] : undefined;
      if (prior && prior.type === 'ORG' && !prior.lex && prior.tokenStart === k && prior.tokenEnd === k + 2) {
        prior.name = head + ' ' + e.name;
        prior.evidence.push(BODY_HEADS.get(bf.form)!, 'rule:body-of-event');
        k++;
        continue;
      }
      claim({ type: 'ORG', tokenStart: k, tokenEnd: k + 2, start, end: toks[k + 1].end, kind: 'name', name: head + ' ' + e.name, evidence: [BODY_HEADS.get(bf.form)!, 'rule:body-of-event'], titles: [] });
      k++;
    }
  }
}

/**
 * (s9 round 3) "اتفاق جوبا للسلام"، "بإعلان جدة"، "اتفاق الرياض": an agreement head in construct with one lexicon city is
 * the agreement (MISC), not the city; a لل-word of purpose after the city belongs to the name. The head must be bare
 * (no article: "الإعلان" is no construct) and the city must not open a pair ("اتفاق بغداد وأربيل" is between them).
 */
export function agreementPass(cx: Ctx): void {
  const { doc, toks, n, cands, owner, claim, formIn, at } = cx;
  for (let k = 0; k + 1 < n; k++) {
    if (owner[k] >= 0 || toks[k].kind !== 'word' || owner[k + 1] < 0) continue;
    // (the clitic analyser knows no stem "إعلان": read a bare clitic reading here, "بإعلان جدة")
    const hf = formIn(k, AGREEMENT_HEADS) ?? agreementClitic(toks[k].text);
    if (!hf || hf.article) continue;
    const c = cands[owner[k + 1]];
    if (c.dead || c.type !== 'LOC' || !c.lex || c.tokenStart !== k + 1 || c.start !== toks[k + 1].start || !AGREEMENT_PLACE_KINDS.has(c.lex.kind ?? '')) continue;
    let e = c.tokenEnd;
    if (e < n && toks[e].kind === 'word' && doc.text[toks[e].start] === 'و' && owner[e] >= 0 && cands[owner[e]].type === 'LOC') continue;
    if (e < n && toks[e].kind === 'word' && owner[e] < 0 && /^لل/.test(toks[e].norm) && toks[e].norm.length >= 5) e++;
    c.dead = true;
    for (let j = c.tokenStart; j < c.tokenEnd; j++) owner[j] = -1;
    const start = at(k, hf);
    claim({ type: 'MISC', tokenStart: k, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, start, toks[e - 1].end, false), evidence: [AGREEMENT_EVIDENCE, c.lex.evidence, 'rule:agreement+city'], titles: [] });
    k = e - 1;
  }
}

function agreementClitic(text: string): Form | undefined {
  for (const r of analyzeClitics(text)) {
    if (!r.prefix || r.suffix || r.article || !AGREEMENT_HEADS.has(r.stem)) continue;
    const off = r.mentionStart ?? r.stemStart;
    return { form: r.stem, off, article: false, clitic: true };
  }
  return undefined;
}
