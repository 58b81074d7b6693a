import type { StoredArticle } from '../../../src/archive/store.ts';
import { api } from '../api.ts';
import { useI18n } from '../i18n.ts';
import { Reader } from '../reader.tsx';
import { Ar, Ltr, Status, useAsync } from '../util.tsx';

/** An article URL that is safe to link to: http(s) only (a stored url could say javascript:…). */
export function safeHttpUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const p = new URL(u);
    return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null;
  } catch {
    return null;
  }
}

export function ArticleHeader({ title, outlet, published, url }: { title?: string | null; outlet?: string | null; published?: string | null; url?: string | null }) {
  const { t } = useI18n();
  const link = safeHttpUrl(url);
  return (
    <header class="article-head">
      <h2><Ar>{title || t.untitled}</Ar></h2>
      <p class="muted">{outlet ? <Ar>{outlet}</Ar> : null}{outlet && published ? ' · ' : ''}{published ? <Ltr>{published}</Ltr> : null}
        {link ? <>{outlet || published ? ' · ' : ''}<a class="original" href={link} target="_blank" rel="noopener noreferrer nofollow" data-original>{t.original}</a></> : null}</p>
    </header>
  );
}

export default function ArticleView({ id }: { id: string }) {
  const st = useAsync(() => api<StoredArticle>(`articles/${encodeURIComponent(id)}`), [id]);
  return (
    <Status st={st}>
      {st.data && (
        <section>
          <ArticleHeader title={st.data.analysis.doc.title} outlet={st.data.analysis.doc.outlet} published={st.data.analysis.doc.published} url={st.data.analysis.doc.url} />
          {st.data.analysis.warnings?.map((w) => <p class="warn" key={w}>{w}</p>)}
          <Reader analysis={st.data.analysis} />
        </section>
      )}
    </Status>
  );
}
