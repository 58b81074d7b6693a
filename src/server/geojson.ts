// GeoJSON (RFC 7946) of the archive for map tools (QGIS, kepler.gl, geojson.io): places with their mention
// counts, and PLOVER events at the coordinates of their place. Shared by `isnad export --format geojson` and
// GET /api/places.geojson, /api/events.geojson. Positions are [longitude, latitude] (RFC 7946 §3.1.1).
import type { PloverType } from '../contract.ts';
import type { EntitySummary, Store } from '../archive/store.ts';

export interface Feature {
  type: 'Feature';
  id: string | number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

const point = (geo: { lat: number; lon: number }): Feature['geometry'] | null =>
  Number.isFinite(geo.lat) && Number.isFinite(geo.lon) && Math.abs(geo.lat) <= 90 && Math.abs(geo.lon) <= 180
    ? { type: 'Point', coordinates: [geo.lon, geo.lat] }
    : null;

/** Places (LOC entities with coordinates), most mentioned first. */
export async function placesGeoJson(store: Store, opts: { limit?: number } = {}): Promise<FeatureCollection> {
  const limit = opts.limit ?? 2000;
  const features: Feature[] = [];
  // pages of LOC entities: places without coordinates do not count against the limit
  for (let offset = 0; features.length < limit; offset += 1000) {
    const page = await store.findEntities({ type: 'LOC', limit: 1000, offset });
    for (const e of page) {
      const g = e.geo ? point(e.geo) : null;
      if (!g || features.length >= limit) continue;
      features.push({
        type: 'Feature', id: e.id, geometry: g,
        properties: { name: e.name, latin: e.latin, country: e.geo?.country ?? null, articles: e.articles, mentions: e.mentions, firstSeen: e.firstSeen, lastSeen: e.lastSeen },
      });
    }
    if (page.length < 1000) break;
  }
  return { type: 'FeatureCollection', features };
}

export interface EventsGeoQuery {
  type?: PloverType;
  entity?: number;
  outlet?: string;
  from?: string;
  to?: string;
  /** At most this many events are read (default 20,000). */
  limit?: number;
}

/** PLOVER events that have a place with coordinates, one point feature each. */
export async function eventsGeoJson(store: Store, q: EventsGeoQuery = {}): Promise<FeatureCollection> {
  const max = q.limit ?? 20000;
  const geo = new Map<number, EntitySummary | null>();
  const features: Feature[] = [];
  for (let offset = 0, read = 0; read < max; ) {
    const page = await store.events({ type: q.type, entityId: q.entity, outlet: q.outlet, from: q.from, to: q.to, limit: Math.min(1000, max - read), offset });
    for (const v of page.items) {
      if (!v.place) continue;
      if (!geo.has(v.place.id)) geo.set(v.place.id, await store.getEntity(v.place.id));
      const place = geo.get(v.place.id);
      const g = place?.geo ? point(place.geo) : null;
      if (!g) continue;
      features.push({
        type: 'Feature', id: `${v.articleId}-${v.localId}`, geometry: g,
        properties: {
          event: v.type, mode: v.mode, negated: v.negated, date: v.date, trigger: v.trigger,
          actors: v.actors.map((a) => a.name), targets: v.targets.map((a) => a.name),
          place: v.place.name, placeLatin: place?.latin ?? null, country: place?.geo?.country ?? null,
          article: v.articleId, title: v.articleTitle, outlet: v.outlet, published: v.published,
        },
      });
    }
    read += page.items.length;
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) break;
  }
  return { type: 'FeatureCollection', features };
}
