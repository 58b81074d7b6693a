// Events named by a head and a proper word ("مهرجان موازين", MISC), and the body that runs a named event
// ("إدارة المهرجان", ORG).
import { normalizeCached } from '../text/normalize.ts';
import type { Ctx } from './context.ts';
import { nameText } from './context.ts';
import type { Cand } from './types.ts';
import { BODY_HEADS, EVENT_HEADS } from './wordsets.ts';

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
