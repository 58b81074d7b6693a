// Small shared pieces: async loading hook, hash routing, status components.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n.ts';

export interface AsyncState<T> {
  data?: T;
  error?: string;
  loading: boolean;
}

export function useAsync<T>(fn: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [st, setSt] = useState<AsyncState<T>>({ loading: true });
  useEffect(() => {
    let live = true;
    setSt((s) => ({ data: s.data, loading: true }));
    fn().then((data) => live && setSt({ data, loading: false }), (e: Error) => live && setSt({ error: e.message, loading: false }));
    return () => {
      live = false;
    };
  }, deps);
  return st;
}

export interface Route {
  view: string;
  arg?: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, '');
  const [path, query] = h.split('?', 2);
  const [view, ...rest] = path.split('/');
  return { view: view || 'articles', arg: rest.length ? decodeURIComponent(rest.join('/')) : undefined, params: new URLSearchParams(query ?? '') };
}

export function useRoute(): Route {
  const [r, setR] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setR(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return r;
}

export function href(view: string, arg?: string | number, params?: Record<string, string | number | undefined>): string {
  let s = `#/${view}${arg != null ? `/${encodeURIComponent(String(arg))}` : ''}`;
  if (params) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v != null && v !== '') p.set(k, String(v));
    if ([...p].length) s += `?${p}`;
  }
  return s;
}

export function Status({ st, children }: { st: AsyncState<unknown>; children?: ComponentChildren }) {
  const { t } = useI18n();
  if (st.error) return <p class="error" role="alert">{t.error}: {st.error}</p>;
  if (st.loading && st.data === undefined) return <p class="muted" aria-live="polite">{t.loading}</p>;
  return <>{children}</>;
}

/** Text in the article language (Arabic), isolated from the surrounding direction. */
export function Ar({ children }: { children: ComponentChildren }) {
  return <bdi lang="ar" dir="rtl">{children}</bdi>;
}

/** Latin-script or numeric data (dates, ids) isolated as LTR. */
export function Ltr({ children }: { children: ComponentChildren }) {
  return <bdi dir="ltr">{children}</bdi>;
}
