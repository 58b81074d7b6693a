// Validation of an analysis against the contract `isnad.analysis/1`: the JSON Schema (shape, enums, date
// patterns) plus what a schema cannot say: every span matches the text, ids are unique and every id that
// is referenced exists.
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import { allSpans, type Analysis, type Span } from './contract.ts';

export interface ValidationResult {
  ok: boolean;
  errors: string[];
}

export const SCHEMA_PATH = new URL('../schema/isnad.analysis.v1.schema.json', import.meta.url);

type ValidateFn = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
let compiled: ValidateFn | undefined;

function schemaValidator(): ValidateFn {
  if (!compiled) {
    // ajv is CommonJS: the class is the default export's `default` under Node ESM.
    const mod = AjvModule as unknown as { default?: unknown };
    const Ajv = (mod.default ?? AjvModule) as new (opts: object) => { compile(schema: object): ValidateFn };
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    compiled = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return compiled;
}

/** The JSON Schema of the contract, as an object. */
export function analysisSchema(): object {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
}

const MAX_ERRORS = 50;

export function validateAnalysis(a: unknown): ValidationResult {
  const errors: string[] = [];
  const v = schemaValidator();
  if (!v(a)) {
    for (const e of v.errors ?? []) errors.push(`schema: ${e.instancePath || '/'} ${e.message ?? ''}`.trim());
    return { ok: false, errors };
  }
  const an = a as Analysis;
  const text = an.text;
  const n = text.length;
  const add = (msg: string) => { if (errors.length < MAX_ERRORS) errors.push(msg); };

  const checkRange = (where: string, r: { start: number; end: number }) => {
    if (r.start > r.end || r.end > n) add(`${where}: range [${r.start},${r.end}) outside text of length ${n}`);
  };
  an.paragraphs.forEach((p, k) => checkRange(`paragraphs[${k}]`, p));
  an.sentences.forEach((s, k) => checkRange(`sentences[${k}]`, s));
  for (const s of allSpans(an)) checkSpan(text, s, add);

  const ids = (label: string, items: { id: string }[]) => {
    const set = new Set<string>();
    for (const it of items) {
      if (set.has(it.id)) add(`${label}: duplicate id ${it.id}`);
      set.add(it.id);
    }
    return set;
  };
  const E = ids('entities', an.entities);
  const S = ids('sources', an.sources);
  const A = ids('attributions', an.attributions);
  ids('events', an.events);
  const ref = (where: string, id: string | null | undefined, set: Set<string>) => {
    if (id != null && !set.has(id)) add(`${where}: unknown id ${id}`);
  };
  for (const s of an.sources) {
    ref(`source ${s.id}.entity`, s.entity, E);
    ref(`source ${s.id}.affiliation`, s.affiliation, E);
  }
  for (const q of an.attributions) {
    ref(`attribution ${q.id}.source`, q.source, S);
    for (const via of q.via ?? []) ref(`attribution ${q.id}.via`, via, S);
  }
  for (const v of an.events) {
    for (const x of v.actors) ref(`event ${v.id}.actors`, x, E);
    for (const x of v.targets) ref(`event ${v.id}.targets`, x, E);
    ref(`event ${v.id}.place`, v.place, E);
    ref(`event ${v.id}.attribution`, v.attribution, A);
    for (const x of v.participants ?? []) ref(`event ${v.id}.participants`, x.entity, E);
  }
  const m = an.metrics;
  const direct = an.attributions.filter((q) => q.kind === 'direct').length;
  if (m.attributions !== an.attributions.length) add(`metrics.attributions ${m.attributions} ≠ ${an.attributions.length} attributions`);
  if (m.direct !== direct) add(`metrics.direct ${m.direct} ≠ ${direct}`);
  if (m.indirect !== an.attributions.length - direct) add(`metrics.indirect ${m.indirect} ≠ ${an.attributions.length - direct}`);
  if (m.sources !== an.sources.length) add(`metrics.sources ${m.sources} ≠ ${an.sources.length} sources`);
  return { ok: errors.length === 0, errors };
}

function checkSpan(text: string, s: Span, add: (m: string) => void): void {
  if (s.start > s.end || s.end > text.length) {
    add(`span [${s.start},${s.end}) ${JSON.stringify(s.text)} outside text of length ${text.length}`);
    return;
  }
  const got = text.slice(s.start, s.end);
  if (got !== s.text) add(`span [${s.start},${s.end}) says ${JSON.stringify(s.text)} but the text has ${JSON.stringify(got)}`);
}
