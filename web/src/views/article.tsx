import type { StoredArticle } from '../../../src/archive/store.ts';
import { api } from '../api.ts';
import { useI18n } from '../i18n.ts';
import { Reader } from '../reader.tsx';
import { Ar, Ltr, Status, useAsync } from '../util.tsx';

export function ArticleHeader({ title, outlet, published }: { title?: string | null; outlet?: string | null; published?: string | null }) {
  const { t } = useI18n();
  return (
    <header class="article-head">
      <h2><Ar>{title || t.untitled}</Ar></h2>
      <p class="muted">{outlet ? <Ar>{outlet}</Ar> : null}{outlet && published ? ' · ' : ''}{published ? <Ltr>{published}</Ltr> : null}</p>
    </header>
  );
}

export default function ArticleView({ id }: { id: string }) {
  const st = useAsync(() => api<StoredArticle>(`articles/${encodeURIComponent(id)}`), [id]);
  return (
    <Status st={st}>
      {st.data && (
        <section>
          <ArticleHeader title={st.data.analysis.doc.title} outlet={st.data.analysis.doc.outlet} published={st.data.analysis.doc.published} />
          <Reader analysis={st.data.analysis} />
        </section>
      )}
    </Status>
  );
}
