// The harnesses of the session-9 probe tables. probeProblems (s9-roles-probe, s9-gaps, s9-clauses): each row is
// [FIXED | KEPT, tag, sentence, entities "P:|O:|L:name=mention/mention|…", expectations]. The entity layer is given by hand,
// so a row tests the event stage alone (attributions and dates run). An expectation is "TYPE[/mode] a=X+Y t=Z o=W p=P
// a!=U t!=V p!=Q" (actors, targets, either role, place; compared with entity names and mentions and participant texts,
// ignoring the article and the plural or dual ending), optionally prefixed "ALL " (every event of the type must fit),
// "!TYPE" (no event of the type) or "=TYPE n" (exactly n events of the type); expectations are joined by " ; ".
import { handLayer, type HandEntity } from './helpers.ts';
import { createDoc } from '../../src/doc.ts';
import { extractAttributions } from '../../src/attributions/index.ts';
import { extractDates } from '../../src/dates/index.ts';
import { extractEvents } from '../../src/events/index.ts';
import { analyze } from '../../src/analyze.ts';
import { normalize } from '../../src/text/normalize.ts';

export type Probe = [string, string, string, string, string];

const T: Record<string, HandEntity['type']> = { P: 'PER', O: 'ORG', L: 'LOC' };

function run(text: string, es: string) {
  const ents: HandEntity[] = es ? es.split('|').map((x) => {
    const [name, ms] = x.slice(2).split('=');
    return { type: T[x[0]], name, mentions: ms ? ms.split('/') : [name] };
  }) : [];
  const doc = createDoc(text, { id: 't', language: 'ar', published: '2025-05-10' });
  const layer = handLayer(doc, ents);
  const events = extractEvents(doc, layer, extractAttributions(doc, layer), extractDates(doc));
  const names = (id: string) => { const e = layer.entities.find((x) => x.id === id); return e ? [e.name, ...e.mentions.map((m) => m.text)] : []; };
  return { events, names };
}

/**
 * The problems of one probe (empty when the analysis codes it as expected). `ending` is the word ending ignored when
 * names are compared (the plural and dual endings by default).
 */
export function probeProblems([, , text, es, exp]: Probe, ending = /(ون|ين|ان)$/): string[] {
  const strip = (s: string) => normalize(s).split(/\s+/).map((w) => w.replace(/^(وال|بال|لل|ال)/, '').replace(ending, '')).join(' ');
  const like = (a: string, b: string) => { const x = strip(a), y = strip(b); return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x)); };
  const { events, names } = run(text, es);
  const role = (e: (typeof events)[number], r: 'actor' | 'target') =>
    [...(e.participants ?? []).filter((p) => p.role === r).map((p) => p.text), ...(r === 'actor' ? e.actors : e.targets).flatMap(names)];
  const dump = () => events.map((e) => `${e.type}/${e.mode ?? '-'} «${e.trigger.text}» a=[${role(e, 'actor').join('|')}] t=[${role(e, 'target').join('|')}]`).join(', ');
  const out: string[] = [];
  for (const raw of exp.split(' ; ')) {
    let part = raw.trim();
    const all = part.startsWith('ALL ');
    if (all) part = part.slice(4);
    const w = part.split(/\s+/);
    if (w[0].startsWith('!')) { if (events.some((e) => e.type === w[0].slice(1))) out.push(`unexpected ${w[0].slice(1)}: ${dump()}`); continue; }
    if (w[0].startsWith('=')) { const n = events.filter((e) => e.type === w[0].slice(1)).length; if (n !== +w[1]) out.push(`${part}: ${n}`); continue; }
    const [type, mode] = w[0].split('/');
    const get = (k: string) => part.match(new RegExp(`(?:^|\\s)${k}=(.+?)(?=\\s[apto]!?=|$)`))?.[1]?.trim();
    const A = get('a'), Tt = get('t'), O = get('o'), P = get('p'), nA = get('a!'), nT = get('t!'), nP = get('p!');
    const fits = (e: (typeof events)[number]) => {
      const acts = role(e, 'actor'), tgs = role(e, 'target'), pl = e.place ? names(e.place) : [];
      if (A && !A.split('+').every((x) => acts.some((y) => like(y, x)))) return false;
      if (Tt && !Tt.split('+').every((x) => tgs.some((y) => like(y, x)))) return false;
      if (O && !O.split('+').every((x) => [...acts, ...tgs].some((y) => like(y, x)))) return false;
      if (P && !pl.some((y) => like(y, P))) return false;
      if (nA && acts.some((y) => like(y, nA))) return false;
      if (nT && tgs.some((y) => like(y, nT))) return false;
      if (nP && pl.some((y) => like(y, nP))) return false;
      return true;
    };
    const ofType = events.filter((e) => e.type === type && (!mode || e.mode === mode));
    if (!(all ? ofType.every(fits) : ofType.some(fits))) out.push(`${all ? 'ALL ' : 'no '}${part}: ${dump()}`);
  }
  return out;
}

/**
 * The problems of one sentence run through the whole pipeline (`analyze()`, real entity stage), for the row tables of
 * s9-vocab, s9-leftovers and s9-end. `exp` joins with " ; ": "none" (no event), "count TYPE N", "!TYPE[/mode]" (no such
 * event), "TYPE[/mode] noactor=X" (no event of the type has X as actor) or "TYPE[/mode] [a=ACTOR] [t=TARGET] [neg] [fut]".
 * With `strictModality` an event fits only when its negation and future flags are exactly those the row names.
 */
export function pipelineProblems(text: string, exp: string, { strictModality = false, published = '2024-05-10' } = {}): string[] {
  const strip = (s: string) => normalize(s).split(/\s+/).map((w) => w.replace(/^(وال|بال|لل|ال)/, '').replace(/(ون|ين)$/, '')).join(' ');
  const like = (a: string, b: string) => { const x = strip(a), y = strip(b); return !!x && (x.includes(y) || y.includes(x)); };
  const a = analyze({ text, meta: { published } });
  const evs = a.events;
  const name = (id: string) => a.entities.find((e) => e.id === id)?.name ?? '';
  const all = (e: (typeof evs)[number], r: 'actor' | 'target') =>
    [...(e.participants ?? []).filter((p) => p.role === r).map((p) => p.text), ...(r === 'actor' ? e.actors : e.targets).map(name)];
  const got = () => evs.map((e) => `${e.type}/${e.mode ?? '-'} «${e.trigger.text}» a=${all(e, 'actor').join('|')} t=${all(e, 'target').join('|')}`).join(', ');
  const out: string[] = [];
  for (const part of exp.split(' ; ')) {
    const w = part.trim().split(/\s+/);
    if (w[0] === 'none') { if (evs.length) out.push(`expected no event: ${got()}`); continue; }
    if (w[0] === 'count') {
      const n = evs.filter((e) => e.type === w[1]).length;
      if (n !== Number(w[2])) out.push(`expected ${w[2]} ${w[1]}, got ${n}: ${got()}`);
      continue;
    }
    if (w[0].startsWith('!')) {
      const [t, m] = w[0].slice(1).split('/');
      if (evs.some((e) => e.type === t && (!m || e.mode === m))) out.push(`unexpected ${w[0].slice(1)}: ${got()}`);
      continue;
    }
    const [type, mode] = w[0].split('/');
    const noActor = part.match(/noactor=(.+?)$/)?.[1];
    if (noActor) {
      if (evs.some((e) => e.type === type && all(e, 'actor').some((x) => like(x, noActor)))) out.push(`${type} with actor ${noActor}: ${got()}`);
      continue;
    }
    const actor = part.match(/a=(.+?)(?= t=| neg| fut|$)/)?.[1];
    const target = part.match(/t=(.+?)(?= neg| fut|$)/)?.[1];
    const ok = evs.some((e) => {
      if (e.type !== type || (mode && e.mode !== mode)) return false;
      if (strictModality && (w.includes('neg') !== !!e.negated || w.includes('fut') !== (e.context ?? []).includes('future'))) return false;
      return (!actor || all(e, 'actor').some((x) => like(x, actor))) && (!target || all(e, 'target').some((x) => like(x, target)));
    });
    if (!ok) out.push(`no ${part}: ${got()}`);
  }
  return out;
}
