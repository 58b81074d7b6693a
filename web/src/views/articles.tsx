import type { ArticleSummary, Page } from '../../../src/archive/store.ts';
import { api, qs } from '../api.ts';
import { useI18n } from '../i18n.ts';
import { Ar, Ltr, Status, href, useAsync } from '../util.tsx';

export function ArticleTable({ items }: { items: ArticleSummary[] }) {
  const { t, num, pct } = useI18n();
  return (
    <table class="list">
      <thead><tr><th>{t.title}</th><th>{t.outlet}</th><th>{t.published}</th><th>{t.entities}</th><th>{t.statements}</th><th>{t.anonShare}</th></tr></thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id}>
            <td><a href={href('article', a.id)} data-article={a.id}><Ar>{a.title ?? t.untitled}</Ar></a></td>
            <td><Ar>{a.outlet ?? '—'}</Ar></td>
            <td><Ltr>{a.published ?? '—'}</Ltr></td>
            <td>{num(a.entities)}</td>
            <td>{num(a.attributions)}</td>
            <td>{a.attributions ? pct(a.anonymousShare) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const PAGE = 200;

export default function Articles({ params }: { params?: URLSearchParams }) {
  const { t, num } = useI18n();
  // #/articles?offset=200: an archive larger than one page stays browsable
  const int = (k: string, def: number, max: number) => Math.min(max, Math.max(k === 'limit' ? 1 : 0, Number.parseInt(params?.get(k) ?? '', 10) || def));
  const offset = int('offset', 0, 10_000_000);
  const limit = int('limit', PAGE, 500);
  const st = useAsync(() => api<Page<ArticleSummary>>(`articles${qs({ limit, offset })}`), [offset, limit]);
  const total = st.data?.total ?? 0;
  const shown = st.data?.items.length ?? 0;
  const pageLink = (o: number) => href('articles', undefined, { offset: o || undefined, limit: limit === PAGE ? undefined : limit });
  return (
    <section>
      <h2>{t.articles}</h2>
      <Status st={st}>
        {st.data && (st.data.items.length ? (
          <>
            <p class="muted count" data-total={total}>{t.pageOf(num(offset + 1), num(offset + shown), num(total))}</p>
            <ArticleTable items={st.data.items} />
            {(offset > 0 || offset + shown < total) && (
              <nav class="pager" aria-label={t.articles}>
                {offset > 0 && <a href={pageLink(Math.max(0, offset - limit))} rel="prev" data-pager="prev">{t.prevPage}</a>}
                {offset + shown < total && <a href={pageLink(offset + limit)} rel="next" data-pager="next">{t.nextPage}</a>}
              </nav>
            )}
          </>
        ) : <p>{offset > 0 ? t.none : t.emptyArchive}</p>)}
      </Status>
    </section>
  );
}
