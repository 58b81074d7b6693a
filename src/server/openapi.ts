// OpenAPI 3.1 document built from the zod schemas in schemas.ts (z.toJSONSchema), so docs and validation agree.
import { z } from 'zod';
import * as S from './schemas.ts';

interface Route {
  method: 'get' | 'post' | 'delete';
  path: string;
  summary: string;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  body?: z.ZodType;
  write?: boolean;
}

export const ROUTES: Route[] = [
  { method: 'get', path: '/api/health', summary: 'liveness' },
  { method: 'get', path: '/api/config', summary: 'whether writes need a token; backend kind' },
  { method: 'get', path: '/api/stats', summary: 'archive statistics' },
  { method: 'post', path: '/api/analyze', summary: 'analyse text or HTML (JSON body; or text/plain / text/html with title, outlet, url, published, save as query parameters); optionally save to the archive', body: S.AnalyzeBody, write: true },
  { method: 'get', path: '/api/articles', summary: 'list stored articles', query: S.ArticlesQuery },
  { method: 'get', path: '/api/articles/{id}', summary: 'one stored article with its analysis (isnad.analysis/1)', pathParams: S.IdParam },
  { method: 'delete', path: '/api/articles/{id}', summary: 'delete a stored article', pathParams: S.IdParam, write: true },
  { method: 'get', path: '/api/search', summary: 'Arabic-aware full-text search with filters; snippets carry highlight offsets', query: S.SearchQuery },
  { method: 'get', path: '/api/entities', summary: 'find entities by name/alias/key', query: S.EntitiesQuery },
  { method: 'get', path: '/api/entities/{id}', summary: 'entity profile: aliases, mentions by month, co-occurring entities, statements, events', pathParams: S.EntityIdParam, query: S.ProfileQuery },
  { method: 'get', path: '/api/places', summary: 'places (LOC entities with coordinates) with mention counts', query: S.PlacesQuery },
  { method: 'get', path: '/api/places.geojson', summary: 'places with coordinates as a GeoJSON FeatureCollection (RFC 7946; [lon, lat])', query: S.PlacesQuery },
  { method: 'get', path: '/api/events.geojson', summary: 'PLOVER events at their place as a GeoJSON FeatureCollection (RFC 7946)', query: S.EventsGeoQuery },
  { method: 'get', path: '/api/sources', summary: 'sourcing profile over time (all outlets or one)', query: S.SourcesQuery },
  { method: 'get', path: '/api/outlets', summary: 'outlets with article counts and anonymous-source share' },
  { method: 'get', path: '/api/events', summary: 'PLOVER events', query: S.EventsQuery },
  { method: 'get', path: '/api/timeline', summary: 'event counts per period and PLOVER type', query: S.TimelineQuery },
  { method: 'get', path: '/api/graph', summary: 'entity co-occurrence graph', query: S.GraphQuery },
];

function toOpenApiPath(p: string): string {
  return p;
}

export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorRef = { $ref: '#/components/schemas/Error' };
  const errResp = (d: string) => ({ description: d, content: { 'application/json': { schema: errorRef } } });
  for (const r of ROUTES) {
    const params: unknown[] = [];
    for (const [where, obj] of [['path', r.pathParams], ['query', r.query]] as const) {
      if (!obj) continue;
      const js = z.toJSONSchema(obj, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(js.properties ?? {})) {
        params.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema });
      }
    }
    const op: Record<string, unknown> = {
      summary: r.summary,
      operationId: `${r.method}${r.path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_m, ch: string) => ch.toUpperCase())}`,
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
        400: errResp('invalid request'),
        404: errResp('not found'),
        ...(r.write ? { 401: errResp('missing or wrong bearer token'), 413: errResp('request body too large') } : {}),
        500: errResp('internal error'),
      },
    };
    if (params.length) op.parameters = params;
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: z.toJSONSchema(r.body, { io: 'input', unrepresentable: 'any' }) } } };
    if (r.write) op.security = [{ bearer: [] }, {}];
    (paths[toOpenApiPath(r.path)] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Isnad API',
      version: '0.1.0',
      description: 'Arabic news → checkable evidence. Every error is JSON {"error": "..."}. Write endpoints need a bearer token when the server has one (always when bound to a non-loopback address). Analyses follow the contract isnad.analysis/1.',
    },
    paths,
    components: {
      schemas: { Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } } },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
