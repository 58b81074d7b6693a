// The human-readable report printed by `isnad analyze` without --json.
import type { Analysis, Entity, Source } from '../contract.ts';

const TYPE_LABEL: Record<string, string> = { PER: 'People', ORG: 'Organisations', LOC: 'Places', MISC: 'Other' };

function shorten(s: string, max = 120): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

export function formatReport(a: Analysis): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  const ents = new Map(a.entities.map((e) => [e.id, e]));
  const srcs = new Map(a.sources.map((s) => [s.id, s]));
  const name = (id: string | null | undefined) => (id ? ents.get(id)?.name ?? id : '');

  const d = a.doc;
  line(`# ${d.title ?? '(untitled)'}`);
  const head = [d.outlet, d.published, d.url].filter(Boolean).join(' · ');
  if (head) line(head);
  line(`id ${d.id} · ${a.text.length} chars · ${a.paragraphs.length} paragraphs · ${a.sentences.length} sentences`);
  for (const w of a.warnings ?? []) line(`warning: ${w}`);

  line();
  line(`## Entities (${a.entities.length})`);
  for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
    const list = a.entities.filter((e) => e.type === type).sort((x, y) => y.mentions.length - x.mentions.length);
    if (!list.length) continue;
    line(`${TYPE_LABEL[type]}:`);
    for (const e of list) line(`  ${entityLine(e)}`);
  }

  line();
  line(`## Sources (${a.sources.length}) and attributions (${a.attributions.length})`);
  for (const s of a.sources) {
    line(`  ${sourceLine(s, name)}`);
    for (const q of a.attributions.filter((x) => x.source === s.id)) {
      const via = q.via?.length ? ` via ${q.via.map((v) => srcs.get(v)?.label ?? v).join(' → ')}` : '';
      const to = q.recipient ? ` to ${q.recipient}` : '';
      line(`    - ${q.kind} «${q.cue.text}»${to}${via}: ${shorten(q.content.text)}`);
    }
  }

  line();
  line(`## Events (${a.events.length})`);
  for (const v of a.events) {
    // entities by name, then groups without an entity («المحتجون») by their text
    const side = (ids: string[], role: 'actor' | 'target') =>
      [...ids.map(name), ...(v.participants ?? []).filter((p) => p.role === role && !p.entity).map((p) => `«${p.text}»`)].join('، ') || '?';
    const actors = side(v.actors, 'actor');
    const targets = side(v.targets, 'target');
    const bits = [`${v.type}${v.mode ? `/${v.mode}` : ''}${v.negated ? ' (negated)' : ''}`, `${actors} → ${targets}`];
    if (v.place) bits.push(`in ${name(v.place)}`);
    if (v.date) bits.push(`on ${v.date.value}${v.date.basis === 'published' ? ' (publication date)' : ''}`);
    bits.push(`«${v.trigger.text}»`);
    line(`  ${bits.join(' · ')}`);
  }

  line();
  line(`## Dates (${a.dates.length})`);
  for (const dm of a.dates) line(`  ${dm.text} → ${dm.value ?? '(unresolved)'}${dm.calendar === 'hijri' ? ' [hijri]' : ''}${dm.relative ? ' [relative]' : ''}`);

  const m = a.metrics;
  line();
  line('## Sourcing');
  const anon = Math.round(m.anonymousShare * m.attributions);
  line(`  ${anon} of ${m.attributions} statements rest on anonymous or vague sources (${Math.round(m.anonymousShare * 100)}%)`);
  line(`  ${m.direct} direct, ${m.indirect} indirect; ${m.sources} sources: ${m.namedSources} named, ${m.anonymousSources} anonymous or vague`);
  return out.join('\n') + '\n';
}

function entityLine(e: Entity): string {
  const parts = [e.name];
  if (e.latin) parts.push(`(${e.latin})`);
  if (e.titles?.length) parts.push(`[${e.titles.join('، ')}]`);
  parts.push(`×${e.mentions.length}`);
  return parts.join(' ');
}

function sourceLine(s: Source, name: (id: string | null) => string): string {
  const parts = [`${s.id} ${s.kind}: ${s.label}`];
  if (s.entity) parts.push(`= ${name(s.entity)}`);
  if (s.side) parts.push(`side: ${s.side}`);
  if (s.anonymityReason) parts.push(`reason: «${s.anonymityReason.text}»`);
  return parts.join(' · ');
}
