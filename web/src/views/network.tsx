// Entity co-occurrence network (cytoscape, in this lazily loaded chunk).
import type { EntityGraph, EventRow, Page } from '../../../src/archive/store.ts';
import cytoscape from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, qs } from '../api.ts';
import { useI18n } from '../i18n.ts';
import { Status, href, useAsync } from '../util.tsx';

const TYPE_COLOURS: Record<string, string> = { PER: '#2f6fb3', ORG: '#1d7a5c', LOC: '#b3541e', MISC: '#6a4c93' };

/** Actor → target edges of PLOVER events between displayed entities (one per pair and type). */
function eventEdges(g: EntityGraph & { events: EventRow[] }) {
  const ids = new Set(g.nodes.map((n) => n.id));
  const seen = new Map<string, { source: number; target: number; type: string; n: number }>();
  for (const v of g.events) for (const a of v.actors) for (const b of v.targets) {
    if (a.id === b.id || !ids.has(a.id) || !ids.has(b.id)) continue;
    const k = `${a.id}>${b.id}:${v.type}`;
    const cur = seen.get(k);
    if (cur) cur.n++;
    else seen.set(k, { source: a.id, target: b.id, type: v.type, n: 1 });
  }
  return [...seen.entries()].map(([k, e]) => ({ classes: 'event', data: { id: `ev:${k}`, source: String(e.source), target: String(e.target), type: e.type, n: e.n } }));
}

export default function Network() {
  const { t, name, num } = useI18n();
  const [types, setTypes] = useState<string[]>(['PER', 'ORG', 'LOC', 'MISC']);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [showEvents, setShowEvents] = useState(true);
  const st = useAsync(async () => {
    const [g, ev] = await Promise.all([
      api<EntityGraph>(`graph${qs({ types: types.join(',') || undefined, from, to, maxNodes: 60 })}`),
      api<Page<EventRow>>(`events${qs({ from, to, limit: 1000 })}`),
    ]);
    return { ...g, events: ev.items };
  }, [types.join(','), from, to]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const g = st.data;
    if (!g || !box.current) return;
    const maxA = Math.max(1, ...g.nodes.map((n) => n.articles));
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...g.nodes.map((n) => ({ data: { id: String(n.id), label: name(n), type: n.type, size: 14 + 30 * Math.sqrt(n.articles / maxA) } })),
        ...g.edges.map((e) => ({ data: { id: `${e.source}-${e.target}`, source: String(e.source), target: String(e.target), w: e.weight } })),
        ...(showEvents ? eventEdges(g) : []),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': (el: cytoscape.NodeSingular) => TYPE_COLOURS[el.data('type')] ?? '#555', 'font-family': '"Noto Sans Arabic", "DejaVu Sans", sans-serif', 'font-size': 11, color: '#111', 'text-valign': 'bottom', 'text-margin-y': 3 } },
        { selector: 'edge', style: { width: (el: cytoscape.EdgeSingular) => Math.min(8, el.data('w')), 'line-color': '#9aa3ad', opacity: 0.6 } },
        { selector: 'edge.event', style: { width: 2, 'line-color': '#b3261e', 'line-style': 'dashed', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#b3261e', 'curve-style': 'bezier', label: 'data(type)', 'font-size': 8, color: '#7a1a14', opacity: 0.9 } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 90, gravity: 0.2, padding: 30, numIter: 1500 } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (e) => {
      location.hash = href('entity', e.target.id());
    });
    box.current.dataset.nodes = String(cy.nodes().length);
    box.current.dataset.edges = String(cy.edges().length);
    box.current.dataset.eventEdges = String(cy.edges('.event').length);
    return () => cy.destroy();
  }, [st.data, showEvents]);
  const toggle = (ty: string) => setTypes(types.includes(ty) ? types.filter((x) => x !== ty) : [...types, ty]);
  return (
    <section>
      <h2>{t.navNetwork}</h2>
      <p class="muted">{t.networkHelp}</p>
      <div class="row filters">
        <fieldset><legend>{t.types}</legend>
          {(['PER', 'ORG', 'LOC', 'MISC'] as const).map((ty) => (
            <label key={ty} class="check"><input type="checkbox" checked={types.includes(ty)} onChange={() => toggle(ty)} />
              <span class="swatch" style={{ background: TYPE_COLOURS[ty] }} aria-hidden="true" />{t.etype[ty]}</label>
          ))}
        </fieldset>
        <label class="check"><input type="checkbox" checked={showEvents} onChange={() => setShowEvents(!showEvents)} /> {t.eventEdges}</label>
        <label>{t.from} <input type="date" value={from} onChange={(e) => setFrom((e.target as HTMLInputElement).value)} /></label>
        <label>{t.to} <input type="date" value={to} onChange={(e) => setTo((e.target as HTMLInputElement).value)} /></label>
      </div>
      <Status st={st}>
        {st.data && <p class="muted">{num(st.data.nodes.length)} {t.nodes} · {num(st.data.edges.length)} {t.edges}</p>}
      </Status>
      <div class="graph" ref={box} dir="ltr" aria-label={t.navNetwork} />
      {st.data && (
        <details>
          <summary>{t.entities}</summary>
          <ul class="chips">{st.data.nodes.map((n) => <li key={n.id}><a href={href('entity', n.id)}>{name(n)}</a></li>)}</ul>
        </details>
      )}
    </section>
  );
}
