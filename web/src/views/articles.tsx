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

export default function Articles() {
  const { t } = useI18n();
  const st = useAsync(() => api<Page<ArticleSummary>>(`articles${qs({ limit: 200 })}`), []);
  return (
    <section>
      <h2>{t.articles}</h2>
      <Status st={st}>
        {st.data && (st.data.items.length ? <ArticleTable items={st.data.items} /> : <p>{t.emptyArchive}</p>)}
      </Status>
    </section>
  );
}
