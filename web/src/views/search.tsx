import type { OutletSummary, SearchResult, Snippet } from '../../../src/archive/store.ts';
import { PLOVER_TYPES } from '../../../src/contract.ts';
import { useState } from 'preact/hooks';
import { api, qs } from '../api.ts';
import { Chart } from '../chart.tsx';
import { useI18n } from '../i18n.ts';
import { Ar, Ltr, Status, href, useAsync, type Route } from '../util.tsx';

const FIELDS = ['q', 'from', 'to', 'outlet', 'entity', 'sourceKind', 'eventType'] as const;
type Form = Record<(typeof FIELDS)[number], string>;

/** Highlight ranges → <mark> elements over text nodes (never HTML strings). */
export function SnippetView({ sn }: { sn: Snippet }) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  const hs = [...sn.highlights].sort((a, b) => a.start - b.start);
  hs.forEach((h, i) => {
    if (h.start < at) return;
    if (h.start > at) parts.push(sn.text.slice(at, h.start));
    parts.push(<mark key={i}>{sn.text.slice(h.start, h.end)}</mark>);
    at = h.end;
  });
  if (at < sn.text.length) parts.push(sn.text.slice(at));
  return <p class="snippet" lang="ar" dir="rtl">…{parts}…</p>;
}

export default function Search({ route }: { route: Route }) {
  const { t, num } = useI18n();
  const init = Object.fromEntries(FIELDS.map((f) => [f, route.params.get(f) ?? ''])) as Form;
  const [form, setForm] = useState<Form>(init);
  const key = FIELDS.map((f) => route.params.get(f) ?? '').join('\u0001');
  const active = FIELDS.some((f) => route.params.get(f));
  const st = useAsync(async () => {
    if (!active) return null;
    const p = Object.fromEntries(FIELDS.map((f) => [f, route.params.get(f) ?? undefined]));
    return api<SearchResult>(`search${qs({ ...p, limit: 200 })}`);
  }, [key]);
  const outlets = useAsync(() => api<{ items: OutletSummary[] }>('outlets'), []);
  const set = (k: keyof Form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  const submit = (e: Event) => {
    e.preventDefault();
    location.hash = href('search', undefined, form);
  };
  const byMonth = new Map<string, number>();
  for (const h of st.data?.hits ?? []) {
    const m = h.article.published?.slice(0, 7) ?? '?';
    byMonth.set(m, (byMonth.get(m) ?? 0) + 1);
  }
  return (
    <section>
      <h2>{t.navSearch}</h2>
      <form class="search" role="search" onSubmit={submit}>
        <div class="row">
          <label class="grow"><span class="sr-only">{t.search}</span>
            <input type="search" name="q" lang="ar" dir="auto" placeholder={t.searchPh} value={form.q} onInput={set('q')} />
          </label>
          <button type="submit">{t.search}</button>
        </div>
        <div class="row filters">
          <label>{t.from} <input type="date" value={form.from} onInput={set('from')} /></label>
          <label>{t.to} <input type="date" value={form.to} onInput={set('to')} /></label>
          <label>{t.outlet} <select value={form.outlet} onChange={set('outlet')}>
            <option value="">{t.any}</option>
            {outlets.data?.items.map((o) => <option key={o.outlet} value={o.outlet}>{o.outlet}</option>)}
          </select></label>
          <label>{t.entity} <input value={form.entity} onInput={set('entity')} /></label>
          <label>{t.sourceKind} <select value={form.sourceKind} onChange={set('sourceKind')}>
            <option value="">{t.any}</option>
            {(['named', 'anonymous', 'document', 'media', 'vague'] as const).map((k) => <option key={k} value={k}>{t.kind[k]}</option>)}
          </select></label>
          <label>{t.eventType} <select value={form.eventType} onChange={set('eventType')}>
            <option value="">{t.any}</option>
            {PLOVER_TYPES.map((k) => <option key={k} value={k}>{k}</option>)}
          </select></label>
        </div>
      </form>
      <Status st={st}>
        {st.data && (
          <div class="results">
            <p class="count" aria-live="polite" data-total={st.data.total}>{t.results(st.data.total)}</p>
            {byMonth.size > 1 && (
              <section><h3>{t.countsOverTime}</h3>
                <Chart label={t.countsOverTime} spec={{ kind: 'bars', data: [...byMonth].sort().map(([x, y]) => ({ x, y })) }} />
              </section>
            )}
            <ol class="hits">
              {st.data.hits.map((h) => (
                <li key={h.article.id} class="hit">
                  <a href={href('article', h.article.id)} data-article={h.article.id}><Ar>{h.article.title ?? t.untitled}</Ar></a>
                  <span class="muted"> · <Ar>{h.article.outlet ?? ''}</Ar> · <Ltr>{h.article.published ?? ''}</Ltr> · {num(h.matches.length)}</span>
                  {h.snippets.map((sn, i) => <SnippetView key={i} sn={sn} />)}
                </li>
              ))}
            </ol>
          </div>
        )}
      </Status>
    </section>
  );
}
