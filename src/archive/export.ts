// Exports of the archive: jsonl (contract analyses), csv (one row per attribution, or per entity mention
// with --csv-rows mentions; cells that a spreadsheet would run as a formula get a leading '), plover (one PLOVER record per event, JSONL), gexf (GEXF 1.3 entity
// co-occurrence network for Gephi: nodes with type/latin/articles attributes, weighted undirected edges).
import type { Analysis, Event } from '../contract.ts';
import type { ExportQuery, GraphQuery, Store } from './store.ts';

export type ExportFormat = 'jsonl' | 'csv' | 'plover' | 'gexf';
export const EXPORT_FORMATS: ExportFormat[] = ['jsonl', 'csv', 'plover', 'gexf'];

export interface ExportOptions extends ExportQuery {
  /** CSV granularity: one row per attribution (default) or per entity mention. */
  csvRows?: 'attributions' | 'mentions';
  graph?: GraphQuery;
}

type Writer = (chunk: string) => Promise<void> | void;

/**
 * RFC 4180 field. A text cell starting with = + - @ tab or CR would be run as a formula by Excel, LibreOffice and
 * Google Sheets (CSV injection: article text and titles come from the web), so it gets a leading single quote, as
 * OWASP recommends: spreadsheets then show it as text. Numbers (offsets) are written as they are.
 */
export function csvField(v: unknown): string {
  let s = v == null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csvRow = (vals: unknown[]) => `${vals.map(csvField).join(',')}\r\n`;

export const CSV_ATTRIBUTION_COLUMNS = ['article_id', 'published', 'outlet', 'title', 'url', 'attribution_id', 'kind', 'cue', 'content',
  'content_start', 'content_end', 'source_id', 'source_kind', 'source_label', 'source_entity', 'source_entity_type', 'recipient', 'via'];
export const CSV_MENTION_COLUMNS = ['article_id', 'published', 'outlet', 'title', 'url', 'entity_id', 'entity_type', 'entity_name', 'entity_key',
  'latin', 'mention', 'start', 'end'];

export type PloverRecordFn = (event: Event, analysis: Analysis) => Record<string, unknown>;

/** PLOVER-shaped record (fallback used when src/events/plover.ts is not available). */
export function fallbackPlover(v: Event, a: Analysis): Record<string, unknown> {
  const ent = new Map(a.entities.map((e) => [e.id, e]));
  const name = (id: string) => ent.get(id)?.name ?? id;
  const context = [...(v.context ?? [])];
  if (v.negated && !context.includes('negation')) context.push('negation');
  const place = v.place ? ent.get(v.place) : undefined;
  return {
    id: `${a.doc.id}-${v.id}`,
    date: v.date?.value ?? null,
    date_basis: v.date?.basis ?? null,
    source: v.actors.map(name),
    recipient: v.targets.map(name),
    event: v.type,
    mode: v.mode ?? '',
    context,
    event_loc: place ? { name: place.name, ...(place.geo ? { lat: place.geo.lat, lon: place.geo.lon, country: place.geo.country } : {}) } : null,
    event_text: a.text.slice(v.trigger.start, v.trigger.end),
    article: { id: a.doc.id, title: a.doc.title ?? null, outlet: a.doc.outlet ?? null, url: a.doc.url ?? null, published: a.doc.published ?? null },
  };
}

async function ploverFn(): Promise<PloverRecordFn> {
  // H4's converter when present (kept dynamic so the archive works while it is being written)
  const path = '../events/plover.ts';
  try {
    const m = (await import(path)) as { toPloverRecord?: PloverRecordFn };
    if (typeof m.toPloverRecord === 'function') return m.toPloverRecord;
  } catch {
    /* not there yet */
  }
  return fallbackPlover;
}

const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  // XML 1.0 forbids most control characters
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

export async function exportArchive(store: Store, format: ExportFormat, write: Writer, opts: ExportOptions = {}): Promise<number> {
  let n = 0;
  if (format === 'jsonl') {
    for await (const a of store.exportAnalyses(opts)) {
      await write(`${JSON.stringify(a)}\n`);
      n++;
    }
    return n;
  }
  if (format === 'csv') {
    const mentions = opts.csvRows === 'mentions';
    await write('\uFEFF' + csvRow(mentions ? CSV_MENTION_COLUMNS : CSV_ATTRIBUTION_COLUMNS));
    for await (const a of store.exportAnalyses(opts)) {
      const d = a.doc;
      const head = [d.id, d.published ?? '', d.outlet ?? '', d.title ?? '', d.url ?? ''];
      const ent = new Map(a.entities.map((e) => [e.id, e]));
      if (mentions) {
        for (const e of a.entities) {
          for (const m of e.mentions) {
            await write(csvRow([...head, e.id, e.type, e.name, e.key, e.latin ?? '', m.text, m.start, m.end]));
            n++;
          }
        }
      } else {
        const src = new Map(a.sources.map((s) => [s.id, s]));
        for (const q of a.attributions) {
          const s = src.get(q.source);
          const se = s?.entity ? ent.get(s.entity) : undefined;
          await write(csvRow([...head, q.id, q.kind, q.cue.text, q.content.text, q.content.start, q.content.end, q.source, s?.kind ?? '',
            s?.label ?? '', se?.name ?? '', se?.type ?? '', q.recipient ?? '', (q.via ?? []).map((v) => src.get(v)?.label ?? v).join(' | ')]));
          n++;
        }
      }
    }
    return n;
  }
  if (format === 'plover') {
    const fn = await ploverFn();
    for await (const a of store.exportAnalyses(opts)) {
      for (const v of a.events) {
        await write(`${JSON.stringify(fn(v, a))}\n`);
        n++;
      }
    }
    return n;
  }
  // gexf
  const g = await store.entityGraph({ maxNodes: 500, ...opts.graph, from: opts.from ?? opts.graph?.from, to: opts.to ?? opts.graph?.to, outlet: opts.outlet ?? opts.graph?.outlet });
  const today = new Date().toISOString().slice(0, 10);
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta lastmodifieddate="${today}">
    <creator>isnad</creator>
    <description>Entity co-occurrence network: an edge joins two entities mentioned in the same article; weight = number of such articles.</description>
  </meta>
  <graph mode="static" defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="type" title="type" type="string"/>
      <attribute id="latin" title="latin" type="string"/>
      <attribute id="articles" title="articles" type="integer"/>
    </attributes>
    <nodes>
`);
  for (const v of g.nodes) {
    await write(`      <node id="${v.id}" label="${xmlEsc(v.name)}">
        <attvalues>
          <attvalue for="type" value="${v.type}"/>
          <attvalue for="latin" value="${xmlEsc(v.latin ?? '')}"/>
          <attvalue for="articles" value="${v.articles}"/>
        </attvalues>
      </node>
`);
    n++;
  }
  await write(`    </nodes>
    <edges>
`);
  let k = 0;
  for (const e of g.edges) await write(`      <edge id="${k++}" source="${e.source}" target="${e.target}" weight="${e.weight}"/>\n`);
  await write(`    </edges>
  </graph>
</gexf>
`);
  return n;
}
