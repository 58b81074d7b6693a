// Events over time by PLOVER type (Plot) and places on an offline world map (world-atlas 110m, d3-geo).
import type { EntitySummary, TimelineBucket } from '../../../src/archive/store.ts';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { useState } from 'preact/hooks';
import { PLOVER_TYPES } from '../../../src/contract.ts';
import { api, qs } from '../api.ts';
import { Chart } from '../chart.tsx';
import { useI18n } from '../i18n.ts';
import { Status, href, useAsync } from '../util.tsx';

const W = 900;
const H = 460;
const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
const land = feature(topo, topo.objects.countries);
const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
const projection = geoEqualEarth().fitSize([W, H], land);
const path = geoPath(projection);
const landPath = path(land) ?? '';
const borderPath = path(borders) ?? '';

function WorldMap({ places }: { places: EntitySummary[] }) {
  const { t, name } = useI18n();
  const max = Math.max(1, ...places.map((p) => p.mentions));
  return (
    <figure class="map" dir="ltr">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.mapTitle}>
        <path d={landPath} fill="#e4e7eb" stroke="none" />
        <path d={borderPath} fill="none" stroke="#ffffff" stroke-width={0.6} />
        {places.map((p) => {
          const xy = projection([p.geo!.lon, p.geo!.lat]);
          if (!xy) return null;
          const r = 3 + 14 * Math.sqrt(p.mentions / max);
          return (
            <a key={p.id} href={href('entity', p.id)} aria-label={`${name(p)}: ${p.mentions}`}>
              <circle cx={xy[0]} cy={xy[1]} r={r} fill="#b3261e" fill-opacity={0.55} stroke="#7a1a14" stroke-width={1} data-place={p.id}>
                <title>{`${name(p)} — ${p.mentions}`}</title>
              </circle>
            </a>
          );
        })}
      </svg>
    </figure>
  );
}

export default function Timeline() {
  const { t } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [type, setType] = useState('');
  const tl = useAsync(() => api<{ buckets: TimelineBucket[] }>(`timeline${qs({ granularity: 'month', from, to, type })}`), [from, to, type]);
  const places = useAsync(() => api<{ items: EntitySummary[] }>('places'), []);
  const data = (tl.data?.buckets ?? []).flatMap((b) => Object.entries(b.byType).map(([key, y]) => ({ x: b.period, y: y ?? 0, key })));
  return (
    <section>
      <h2>{t.navTimeline}</h2>
      <section>
        <h3>{t.timelineTitle}</h3>
        <div class="row filters">
          <label>{t.eventType} <select value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value)}>
            <option value="">{t.any}</option>
            {PLOVER_TYPES.map((k) => <option key={k} value={k}>{k}</option>)}
          </select></label>
          <label>{t.from} <input type="date" value={from} onChange={(e) => setFrom((e.target as HTMLInputElement).value)} /></label>
          <label>{t.to} <input type="date" value={to} onChange={(e) => setTo((e.target as HTMLInputElement).value)} /></label>
        </div>
        <Status st={tl}>{data.length ? <Chart label={t.timelineTitle} spec={{ kind: 'stacked', data }} /> : <p class="muted">{t.none}</p>}</Status>
      </section>
      <section>
        <h3>{t.mapTitle}</h3>
        <Status st={places}>{places.data && <WorldMap places={places.data.items} />}</Status>
      </section>
    </section>
  );
}
