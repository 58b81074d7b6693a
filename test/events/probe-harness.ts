// The harness of the session-9 probe tables (s9-roles-probe, s9-gaps, s9-clauses): each row is
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
