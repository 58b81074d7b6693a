// The article reader: text split at span boundaries into text nodes and highlight elements (never innerHTML),
// entity mentions coloured by type, each attributed statement in its source's colour, cards on click/Enter.
import type { Analysis, Attribution, Entity, Source } from '../../src/contract.ts';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, qs } from './api.ts';
import { useI18n } from './i18n.ts';
import { Ar, Ltr, href } from './util.tsx';
import { paragraphSegments, type Range, type Seg } from './segments.ts';

import { KIND_COLOURS, SOURCE_COLOURS } from './palette.ts';

export { KIND_COLOURS, SOURCE_COLOURS };
const KINDS = ['named', 'anonymous', 'document', 'media', 'vague'] as const;

function rangesOf(a: Analysis): Range[] {
  const r: Range[] = [];
  for (const e of a.entities) for (const m of e.mentions) r.push({ start: m.start, end: m.end, kind: 'ent', id: e.id });
  for (const s of a.sources) for (const m of s.mentions) r.push({ start: m.start, end: m.end, kind: 'src', id: s.id });
  for (const q of a.attributions) {
    r.push({ start: q.content.start, end: q.content.end, kind: 'stmt', id: q.id });
    r.push({ start: q.cue.start, end: q.cue.end, kind: 'cue', id: q.id });
  }
  return r;
}

type Card = { kind: 'source'; id: string } | { kind: 'entity'; id: string };

export function sourceColours(a: Analysis): Map<string, string> {
  const m = new Map<string, string>();
  a.sources.forEach((s, i) => m.set(s.id, SOURCE_COLOURS[i % SOURCE_COLOURS.length]));
  return m;
}

export function Reader({ analysis }: { analysis: Analysis }) {
  const { t } = useI18n();
  const [card, setCard] = useState<Card | null>(null);
  const lastFocus = useRef<HTMLElement | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const a = analysis;
  const colours = useMemo(() => sourceColours(a), [a]);
  const attrById = useMemo(() => new Map(a.attributions.map((x) => [x.id, x])), [a]);
  const entById = useMemo(() => new Map(a.entities.map((x) => [x.id, x])), [a]);
  const srcById = useMemo(() => new Map(a.sources.map((x) => [x.id, x])), [a]);
  const ranges = useMemo(() => rangesOf(a), [a]);
  const paras = a.paragraphs.length ? a.paragraphs : [{ start: 0, end: a.text.length, heading: false }];
  const bySegment = useMemo(() => paragraphSegments(a.text, ranges, paras), [a, ranges]);

  useEffect(() => {
    if (card) cardRef.current?.focus();
  }, [card]);

  const open = (c: Card, el: HTMLElement) => {
    lastFocus.current = el;
    setCard(c);
  };
  const closeCard = () => {
    setCard(null);
    lastFocus.current?.focus();
  };

  const seen = new Set<string>();
  const renderSeg = (s: Seg) => {
    const str = a.text.slice(s.start, s.end);
    if (!s.ent && !s.src && !s.stmt && !s.cue) return str;
    const stmt = s.stmt ? attrById.get(s.stmt) : s.cue ? attrById.get(s.cue) : undefined;
    const stmtSrc = stmt?.source;
    const cls = ['hl'];
    const style: Record<string, string> = {};
    if (s.stmt && stmtSrc) {
      cls.push('stmt');
      style['--src'] = colours.get(stmtSrc) ?? '#eee';
    }
    if (s.cue) cls.push('cue');
    if (s.ent) cls.push('ent', `ent-${entById.get(s.ent)?.type ?? 'MISC'}`);
    if (s.src) {
      cls.push('srcm');
      style['--srcm'] = KIND_COLOURS[srcById.get(s.src)?.kind ?? 'vague'];
    }
    const target: Card = s.src ? { kind: 'source', id: s.src } : s.ent ? { kind: 'entity', id: s.ent } : { kind: 'source', id: stmtSrc ?? '' };
    const key = s.src ? `src:${s.src}` : s.ent ? `ent:${s.ent}` : `stmt:${stmt?.id}`;
    // one tab stop per highlight run (the first segment of it), the rest reachable by mouse
    const runKey = `${key}:${s.src ? s.from.src : s.ent ? s.from.ent : ''}`;
    const first = !seen.has(runKey);
    seen.add(runKey);
    const label = target.kind === 'entity' ? `${t.entityCard}: ${entById.get(target.id)?.name ?? ''}` : `${t.sourceCard}: ${srcById.get(target.id)?.label ?? ''}`;
    return (
      <span
        class={cls.join(' ')}
        style={style}
        data-ent={s.ent}
        data-type={s.ent ? entById.get(s.ent)?.type : undefined}
        data-src={s.src}
        data-stmt={s.stmt}
        data-stmt-src={s.stmt ? stmtSrc : undefined}
        data-cue={s.cue}
        role="button"
        tabIndex={first ? 0 : -1}
        aria-label={first ? label : undefined}
        onClick={(e) => open(target, e.currentTarget as HTMLElement)}
        onKeyDown={(e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            open(target, e.currentTarget as HTMLElement);
          }
        }}
      >{str}</span>
    );
  };
  return (
    <div class="reader-wrap">
      <article class="reader" lang="ar" dir="rtl" aria-label={a.doc.title ?? t.untitled}>
        {paras.map((p, i) => {
          const segs = bySegment[i];
          const body = segs.map((s) => renderSeg(s));
          return p.heading ? <h3 key={i}>{body}</h3> : <p key={i}>{body}</p>;
        })}
      </article>
      <div class="side">
        {card && (
          <div class="card" ref={cardRef} tabIndex={-1} role="dialog" aria-modal="false" aria-label={card.kind === 'source' ? t.sourceCard : t.entityCard}
            onKeyDown={(e) => e.key === 'Escape' && closeCard()}>
            <button class="close" onClick={closeCard} aria-label={t.close}>×</button>
            {card.kind === 'source' && srcById.get(card.id) && <SourceCard a={a} s={srcById.get(card.id)!} colours={colours} onOpen={(c) => setCard(c)} />}
            {card.kind === 'entity' && entById.get(card.id) && <EntityCard e={entById.get(card.id)!} />}
          </div>
        )}
        <SourcingProfile a={a} />
        <Legend a={a} colours={colours} onOpen={(c) => setCard(c)} />
      </div>
      <section class="article-extra">
        <EventsList a={a} />
        {a.dates.length > 0 && (
          <section>
            <h3>{t.dates}</h3>
            <ul class="dates">
              {a.dates.map((d, i) => (
                <li key={i}><Ar>{d.text}</Ar> → <Ltr>{d.value ?? '?'}</Ltr>{d.calendar === 'hijri' ? ' (هـ)' : ''}{d.relative ? ' ⟲' : ''}</li>
              ))}
            </ul>
          </section>
        )}
      </section>
    </div>
  );
}

function SourceCard({ a, s, colours, onOpen }: { a: Analysis; s: Source; colours: Map<string, string>; onOpen: (c: Card) => void }) {
  const { t, name } = useI18n();
  const stmts = a.attributions.filter((q) => q.source === s.id);
  const ent = s.entity ? a.entities.find((e) => e.id === s.entity) : undefined;
  const via = new Set(stmts.flatMap((q) => q.via ?? []));
  return (
    <div class="source-card" data-card="source" data-source={s.id}>
      <h3><span class="swatch" style={{ background: colours.get(s.id) }} aria-hidden="true" /> {t.sourceCard}</h3>
      <dl>
        <dt>{t.sourceKind}</dt><dd><span class="kind" style={{ borderColor: KIND_COLOURS[s.kind] }}>{t.kind[s.kind]}</span></dd>
        <dt>{t.label}</dt><dd><Ar>{s.label}</Ar></dd>
        {s.side && <><dt>{t.side}</dt><dd><Ar>{s.side}</Ar></dd></>}
        {s.anonymityReason && <><dt>{t.anonReason}</dt><dd><Ar>{s.anonymityReason.text}</Ar></dd></>}
        {via.size > 0 && <><dt>{t.via}</dt><dd>{[...via].map((v) => {
          const vs = a.sources.find((x) => x.id === v);
          return vs ? <button class="linklike" key={v} onClick={() => onOpen({ kind: 'source', id: v })}><Ar>{vs.label}</Ar></button> : null;
        })}</dd></>}
        {ent && <><dt>{t.entity}</dt><dd><EntityLink e={ent}>{name(ent)}</EntityLink></dd></>}
      </dl>
      <h4>{t.otherStatements} ({stmts.length})</h4>
      <ol class="stmts">
        {stmts.map((q) => <li key={q.id}><span class="muted">{t.attrKind[q.kind]} · <Ar>{q.cue.text}</Ar>:</span> <Ar>«{q.content.text}»</Ar>{q.recipient ? <span class="muted"> → <Ar>{q.recipient}</Ar></span> : null}</li>)}
      </ol>
    </div>
  );
}

function EntityCard({ e }: { e: Entity }) {
  const { t } = useI18n();
  const aliases = [...new Set(e.mentions.map((m) => m.text))];
  return (
    <div class="entity-card" data-card="entity" data-entity={e.id}>
      <h3><span class={`badge ent-${e.type}`}>{t.etype[e.type]}</span> <Ar>{e.name}</Ar></h3>
      <dl>
        {e.latin && <><dt>{t.latin}</dt><dd lang="en" dir="ltr">{e.latin}</dd></>}
        {e.titles?.length ? <><dt>{t.titles}</dt><dd><Ar>{e.titles.join('، ')}</Ar></dd></> : null}
        <dt>{t.mentions}</dt><dd>{e.mentions.length}: <Ar>{aliases.join('، ')}</Ar></dd>
      </dl>
      <EntityLink e={e}>{t.openEntity} ←</EntityLink>
    </div>
  );
}

/** Link from an article-local entity to its archive page (resolved by type + name on click). */
export function EntityLink({ e, children }: { e: Pick<Entity, 'name' | 'type' | 'key'>; children: preact.ComponentChildren }) {
  const [missing, setMissing] = useState(false);
  const go = async (ev: Event) => {
    ev.preventDefault();
    const r = await api<{ items: { id: number; key: string }[] }>(`entities${qs({ q: e.name, type: e.type, limit: 5 })}`).catch(() => ({ items: [] }));
    const hit = r.items.find((x) => x.key === e.key) ?? r.items[0];
    if (hit) location.hash = href('entity', hit.id);
    else setMissing(true);
  };
  return <a href="#" class={missing ? 'disabled' : ''} aria-disabled={missing} onClick={go}>{children}</a>;
}

export function kindCounts(a: Analysis): Record<string, number> {
  const srcKind = new Map(a.sources.map((s) => [s.id, s.kind]));
  const c: Record<string, number> = { named: 0, anonymous: 0, document: 0, media: 0, vague: 0 };
  for (const q of a.attributions) c[srcKind.get(q.source) ?? 'vague']++;
  return c;
}

export function KindBar({ counts }: { counts: Record<string, number> }) {
  const { t, num } = useI18n();
  const total = Object.values(counts).reduce((x, y) => x + y, 0);
  return (
    <div>
      <div class="kindbar" role="img" aria-label={KINDS.map((k) => `${t.kind[k]} ${counts[k] ?? 0}`).join('، ')}>
        {total > 0 && KINDS.map((k) => (counts[k] ? <span key={k} style={{ flexGrow: counts[k], background: KIND_COLOURS[k] }} title={`${t.kind[k]}: ${counts[k]}`} /> : null))}
      </div>
      <ul class="kindlegend">
        {KINDS.map((k) => <li key={k}><span class="swatch" style={{ background: KIND_COLOURS[k] }} aria-hidden="true" />{t.kind[k]}: {num(counts[k] ?? 0)}</li>)}
      </ul>
    </div>
  );
}

function SourcingProfile({ a }: { a: Analysis }) {
  const { t } = useI18n();
  const c = kindCounts(a);
  const m = a.attributions.length;
  const n = c.anonymous + c.vague;
  return (
    <section class="profile" aria-labelledby="sp-h">
      <h3 id="sp-h">{t.sourcingProfile}</h3>
      <KindBar counts={c} />
      <p class="anon-line" data-anon={n} data-total={m}>{t.anonOf(n, m)}</p>
    </section>
  );
}

function Legend({ a, colours, onOpen }: { a: Analysis; colours: Map<string, string>; onOpen: (c: Card) => void }) {
  const { t } = useI18n();
  const withStmts = a.sources.filter((s) => a.attributions.some((q: Attribution) => q.source === s.id));
  return (
    <section class="legend" aria-label={t.legend}>
      <h3>{t.legend}</h3>
      <ul>
        {(['PER', 'ORG', 'LOC', 'MISC'] as const).map((ty) => <li key={ty}><span class={`hl ent ent-${ty}`}>{t.etype[ty]}</span></li>)}
      </ul>
      <ul class="sources">
        {withStmts.map((s) => (
          <li key={s.id}>
            <button class="linklike" data-legend-src={s.id} onClick={() => onOpen({ kind: 'source', id: s.id })}>
              <span class="swatch" style={{ background: colours.get(s.id) }} aria-hidden="true" /> <Ar>{s.label}</Ar> <span class="muted">({t.kind[s.kind]})</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function EventsList({ a }: { a: Analysis }) {
  const { t, name } = useI18n();
  if (!a.events.length) return null;
  const ent = new Map(a.entities.map((e) => [e.id, e]));
  const names = (ids: string[]) => ids.map((i) => ent.get(i)).filter(Boolean).map((e) => name(e!)).join('، ') || '—';
  // entities by their name, then group actors that are no entity ("قوات الأمن") by their text
  const role = (v: Analysis['events'][number], r: 'actor' | 'target', ids: string[]) =>
    [...ids.map((i) => ent.get(i)).filter(Boolean).map((e) => name(e!)), ...(v.participants ?? []).filter((p) => p.role === r && !p.entity).map((p) => p.text)].join('، ') || '—';
  return (
    <section>
      <h3>{t.events}</h3>
      <table class="events">
        <thead><tr><th>{t.eventType}</th><th>«»</th><th>{t.actors}</th><th>{t.targets}</th><th>{t.place}</th><th>{t.dates}</th></tr></thead>
        <tbody>
          {a.events.map((v) => (
            <tr key={v.id}>
              <td><Ltr>{v.type}{v.mode ? `/${v.mode}` : ''}</Ltr>{v.negated ? ` (${t.negated})` : ''}</td>
              <td><Ar>{v.trigger.text}</Ar></td>
              <td>{role(v, 'actor', v.actors)}</td>
              <td>{role(v, 'target', v.targets)}</td>
              <td>{v.place ? names([v.place]) : '—'}</td>
              <td>{v.date?.value ? <Ltr>{v.date.value}</Ltr> : <span class="undated" data-undated>{t.undated}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
