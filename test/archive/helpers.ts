// Synthetic analyses for store tests: the pipeline stages are developed elsewhere, so the store is tested
// on analyses whose layers we control. Spans are found in the text, so they are always valid.
import { analyze } from '../../src/analyze.ts';
import type { Analysis, EntityType, PloverType, SourceKind, Span } from '../../src/contract.ts';

export interface SynthEntity { id: string; type: EntityType; name: string; key?: string; latin?: string; forms: string[] }
export interface SynthSource { id: string; kind: SourceKind; label: string; entity?: string }
export interface SynthAttribution { id: string; source: string; cue: string; content: string; kind?: 'direct' | 'indirect' }
export interface SynthEvent { id: string; type: PloverType; trigger: string; actors: string[]; targets: string[]; date?: string; basis?: 'text' | 'published' }

function spansOf(text: string, form: string): Span[] {
  const out: Span[] = [];
  let i = text.indexOf(form);
  while (i >= 0) {
    out.push({ start: i, end: i + form.length, text: form });
    i = text.indexOf(form, i + form.length);
  }
  return out;
}

function first(text: string, form: string): Span {
  const s = spansOf(text, form)[0];
  if (!s) throw new Error(`synth: "${form}" not in text`);
  return s;
}

export function synth(text: string, meta: { title?: string; outlet?: string; url?: string; published?: string }, layers: {
  entities?: SynthEntity[]; sources?: SynthSource[]; attributions?: SynthAttribution[]; events?: SynthEvent[];
} = {}): Analysis {
  const base = analyze({ text, meta });
  const entities = (layers.entities ?? []).map((e) => ({
    id: e.id, type: e.type, name: e.name, key: e.key ?? e.name, ...(e.latin ? { latin: e.latin } : {}),
    mentions: e.forms.flatMap((f) => spansOf(text, f)).sort((a, b) => a.start - b.start),
  }));
  const sources = (layers.sources ?? []).map((s) => ({ id: s.id, kind: s.kind, label: s.label, entity: s.entity ?? null, mentions: spansOf(text, s.label).slice(0, 1) }));
  const attributions = (layers.attributions ?? []).map((q) => ({
    id: q.id, kind: q.kind ?? 'indirect' as const, source: q.source, cue: first(text, q.cue), content: first(text, q.content),
  }));
  const events = (layers.events ?? []).map((v) => ({
    id: v.id, type: v.type, trigger: first(text, v.trigger), actors: v.actors, targets: v.targets, place: null,
    ...(v.date ? { date: { value: v.date, basis: v.basis ?? 'text' as const } } : {}),
  }));
  const kindOf = new Map(sources.map((s) => [s.id, s.kind]));
  const anon = attributions.filter((q) => ['anonymous', 'vague'].includes(kindOf.get(q.source) ?? '')).length;
  return {
    ...base, entities, sources, attributions, events,
    metrics: {
      ...base.metrics, attributions: attributions.length, sources: sources.length,
      direct: attributions.filter((q) => q.kind === 'direct').length, indirect: attributions.filter((q) => q.kind !== 'direct').length,
      namedSources: sources.filter((s) => s.kind === 'named').length, anonymousSources: sources.filter((s) => s.kind === 'anonymous' || s.kind === 'vague').length,
      anonymousShare: attributions.length ? anon / attributions.length : 0,
    },
  };
}

/** Three small related articles (two outlets, two months). */
export function corpus(): Analysis[] {
  const k = { id: 'E1', type: 'PER' as const, name: 'مصطفى الكاظمي', key: 'مصطفي الكاظمي', latin: 'Mustafa al-Kadhimi', forms: ['مصطفى الكاظمي', 'الكاظمي'] };
  const q = { id: 'E2', type: 'PER' as const, name: 'إسماعيل قاآني', key: 'اسماعيل قااني', forms: ['إسماعيل قاآني', 'قاآني'] };
  const b = { id: 'E3', type: 'LOC' as const, name: 'بغداد', key: 'بغداد', forms: ['بغداد'] };
  const w = { id: 'E4', type: 'LOC' as const, name: 'واشنطن', key: 'واشنطن', forms: ['واشنطن'] };
  const t1 = 'زار الجنرال إسماعيل قاآني بغداد قبل زيارة رئيس الوزراء مصطفى الكاظمي إلى واشنطن.\n\nوقال مصدر مطلع إن قاآني التقى الكاظمي في المنطقة الخضراء.\n\nوأكد الكاظمي أن العراق لن يكون ساحة للصراع.';
  const a1 = synth(t1, { title: 'قاآني في بغداد', outlet: 'عربي بوست', published: '2020-08-20', url: 'https://example.org/a1' }, {
    entities: [{ ...q, id: 'E1' }, { ...b, id: 'E2' }, { ...k, id: 'E3' }, { ...w, id: 'E4' }],
    sources: [{ id: 'S1', kind: 'anonymous', label: 'مصدر مطلع' }, { id: 'S2', kind: 'named', label: 'الكاظمي', entity: 'E3' }],
    attributions: [
      { id: 'A1', source: 'S1', cue: 'وقال', content: 'قاآني التقى الكاظمي في المنطقة الخضراء' },
      { id: 'A2', source: 'S2', cue: 'وأكد', content: 'العراق لن يكون ساحة للصراع' },
    ],
    events: [{ id: 'V1', type: 'CONSULT', trigger: 'التقى', actors: ['E1'], targets: ['E3'], date: '2020-08-19' }],
  });
  const t2 = 'التقى رئيس الوزراء العراقي مصطفى الكاظمي في واشنطن بالرئيس الأمريكي.\n\nوقال الكاظمي للصحفيين إن المحادثات كانت مثمرة، بحسب وكالة الأنباء.';
  const a2 = synth(t2, { title: 'الكاظمي في واشنطن', outlet: 'وكالة الأنباء العراقية', published: '2020-09-02', url: 'https://example.org/a2' }, {
    entities: [{ ...k, id: 'E1' }, { ...w, id: 'E2' }],
    sources: [{ id: 'S1', kind: 'named', label: 'الكاظمي', entity: 'E1' }],
    attributions: [{ id: 'A1', source: 'S1', cue: 'وقال', content: 'المحادثات كانت مثمرة' }],
    // dated by the publication date (basis "published"), as the event stage does for a reported event
    events: [{ id: 'V1', type: 'CONSULT', trigger: 'التقى', actors: ['E1'], targets: [], date: '2020-09-02', basis: 'published' }],
  });
  const t3 = 'قالت مصادر أمنية إن صواريخ سقطت قرب السفارة الأمريكية في بغداد، ويرى مراقبون أن قاآني يضغط على الحكومة.';
  const a3 = synth(t3, { title: 'صواريخ قرب السفارة', outlet: 'عربي بوست', published: '2020-09-15' }, {
    entities: [{ ...b, id: 'E1' }, { ...q, id: 'E2', name: 'قاآني', key: 'اسماعيل قااني' }],
    sources: [{ id: 'S1', kind: 'anonymous', label: 'مصادر أمنية' }, { id: 'S2', kind: 'vague', label: 'مراقبون' }],
    attributions: [
      { id: 'A1', source: 'S1', cue: 'قالت', content: 'صواريخ سقطت قرب السفارة الأمريكية في بغداد' },
      { id: 'A2', source: 'S2', cue: 'ويرى', content: 'قاآني يضغط على الحكومة' },
    ],
    events: [
      { id: 'V1', type: 'ASSAULT', trigger: 'سقطت', actors: [], targets: [], date: '2020-09-15', basis: 'published' },
      { id: 'V2', type: 'COERCE', trigger: 'يضغط', actors: ['E2'], targets: [], date: '2020-09-15', basis: 'published' },
    ],
  });
  return [a1, a2, a3];
}
