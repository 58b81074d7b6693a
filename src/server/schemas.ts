// Request schemas (zod 4). The same objects validate requests and generate /openapi.json.
import { z } from 'zod';
import { PLOVER_TYPES } from '../contract.ts';
import { isValidDatePrefix, isValidDay } from '../input/index.ts';

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const SOURCE_KINDS = ['named', 'anonymous', 'document', 'media', 'vague'] as const;

// the regex gives the shape (and the OpenAPI pattern); the refinement refuses days that do not exist (2026-13-45)
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isValidDatePrefix, 'not a real date (month 01–12, a day that exists in that month)');
const fullDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isValidDay, 'not a real date (month 01–12, a day that exists in that month)');
const limit = (max: number, def: number) => z.coerce.number().int().min(1).max(max).default(def);
const offset = z.coerce.number().int().min(0).default(0);
const entityId = z.coerce.number().int().min(1);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const AnalyzeBody = z.object({
  text: z.string().max(1_000_000).optional().describe('plain article text'),
  html: z.string().max(2_000_000).optional().describe('an HTML page; the article is extracted with Readability'),
  title: z.string().max(1000).optional(),
  outlet: z.string().max(200).optional(),
  url: z.string().max(2000).optional(),
  published: fullDate.optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/, 'a two-letter ISO country code').transform((c) => c.toUpperCase()).optional()
    .describe('ISO 3166-1 alpha-2 country of the story, a context hint for place names'),
  save: z.boolean().default(false).describe('store the analysis in the archive (needs the token when one is configured)'),
}).refine((b) => (b.text && b.text.trim()) || (b.html && b.html.trim()), { message: 'give text or html' });

export const ArticlesQuery = z.object({
  outlet: z.string().optional(),
  entity: entityId.optional(),
  from: date.optional(),
  to: date.optional(),
  order: z.enum(['published-desc', 'published-asc', 'ingested-desc']).optional(),
  limit: limit(500, 50),
  offset,
});

export const SearchQuery = z.object({
  q: z.string().max(500).default(''),
  entity: z.string().max(200).optional().describe('entity name, key or archive id'),
  type: z.enum(ENTITY_TYPES).optional(),
  from: date.optional(),
  to: date.optional(),
  outlet: z.string().optional(),
  sourceKind: z.enum(SOURCE_KINDS).optional(),
  eventType: z.enum(PLOVER_TYPES).optional(),
  limit: limit(200, 20),
  offset,
});

export const EntitiesQuery = z.object({
  q: z.string().max(200).optional().describe('name, alias or key (folded)'),
  prefix: bool.optional(),
  type: z.enum(ENTITY_TYPES).optional(),
  limit: limit(1000, 50),
  offset,
});

export const ProfileQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  limit: limit(500, 50),
});

export const SourcesQuery = z.object({
  outlet: z.string().optional(),
  from: date.optional(),
  to: date.optional(),
});

export const EventsQuery = z.object({
  type: z.enum(PLOVER_TYPES).optional(),
  entity: entityId.optional(),
  outlet: z.string().optional(),
  from: date.optional(),
  to: date.optional(),
  limit: limit(1000, 100),
  offset,
});

export const TimelineQuery = z.object({
  granularity: z.enum(['day', 'month']).default('month'),
  type: z.enum(PLOVER_TYPES).optional(),
  entity: entityId.optional(),
  outlet: z.string().optional(),
  from: date.optional(),
  to: date.optional(),
});

export const GraphQuery = z.object({
  types: z.string().regex(/^(PER|ORG|LOC|MISC)(,(PER|ORG|LOC|MISC))*$/, 'comma-separated PER,ORG,LOC,MISC').optional(),
  maxNodes: z.coerce.number().int().min(1).max(1000).default(100),
  minWeight: z.coerce.number().int().min(1).default(1),
  entity: entityId.optional(),
  outlet: z.string().optional(),
  from: date.optional(),
  to: date.optional(),
});

export const EventsGeoQuery = z.object({
  type: z.enum(PLOVER_TYPES).optional(),
  entity: entityId.optional(),
  outlet: z.string().optional(),
  from: date.optional(),
  to: date.optional(),
  limit: limit(100000, 20000),
});

export const PlacesQuery = z.object({
  limit: limit(2000, 500),
});

export const IdParam = z.object({ id: z.string().min(1).max(200) });
export const EntityIdParam = z.object({ id: entityId });
