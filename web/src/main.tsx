// Isnad web UI: hash-routed views; heavy ones (graph, charts, map) are separate chunks loaded on demand.
import { render, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { I18nContext, makeI18n, type Lang } from './i18n.ts';
import { useRoute, href } from './util.tsx';
import Articles from './views/articles.tsx';
import ArticleView from './views/article.tsx';
import Analyze from './views/analyze.tsx';
import Search from './views/search.tsx';
import EntityView from './views/entity.tsx';

type Loader = () => Promise<{ default: ComponentType }>;

function Lazy({ load }: { load: Loader }) {
  const [C, setC] = useState<ComponentType | null>(null);
  const [err, setErr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load().then((m) => live && setC(() => m.default), (e: Error) => live && setErr(e.message));
    return () => {
      live = false;
    };
  }, [load]);
  if (err) return <p class="error" role="alert">{err}</p>;
  return C ? <C /> : <p class="muted">…</p>;
}

const loadNetwork: Loader = () => import('./views/network.tsx');
const loadTimeline: Loader = () => import('./views/timeline.tsx');
const loadOutlets: Loader = () => import('./views/outlets.tsx');

const NAV = [
  ['articles', 'navArticles'], ['analyze', 'navAnalyze'], ['search', 'navSearch'], ['network', 'navNetwork'], ['timeline', 'navTimeline'], ['outlets', 'navOutlets'],
] as const;

function App() {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('isnad.lang') === 'en' ? 'en' : 'ar'));
  const i18n = makeI18n(lang);
  const route = useRoute();
  const { t } = i18n;
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.title = t.appName;
    localStorage.setItem('isnad.lang', lang);
  }, [lang]);
  useEffect(() => {
    // move focus to the new view for keyboard and screen-reader users
    document.getElementById('main')?.focus({ preventScroll: true });
    scrollTo(0, 0);
  }, [route.view, route.arg]);
  let view;
  switch (route.view) {
    case 'article': view = <ArticleView id={route.arg ?? ''} />; break;
    case 'analyze': view = <Analyze />; break;
    case 'search': view = <Search route={route} key={route.params.toString()} />; break;
    case 'entity': view = <EntityView id={route.arg ?? ''} />; break;
    case 'network': view = <Lazy load={loadNetwork} />; break;
    case 'timeline': view = <Lazy load={loadTimeline} />; break;
    case 'outlets': view = <Lazy load={loadOutlets} />; break;
    default: view = <Articles params={route.params} key={route.params.toString()} />;
  }
  return (
    <I18nContext.Provider value={i18n}>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{t.skip}</a>
      <header class="top">
        <div class="brand"><a href={href('articles')}><strong>{t.appName}</strong></a> <span class="muted">{t.tagline}</span></div>
        <nav aria-label="main">
          <ul>
            {NAV.map(([v, k]) => (
              <li key={v}><a href={href(v)} aria-current={route.view === v || (v === 'articles' && route.view === 'article') ? 'page' : undefined}>{t[k]}</a></li>
            ))}
          </ul>
        </nav>
        <button class="lang" lang={lang === 'ar' ? 'en' : 'ar'} onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')}>{t.switchLang}</button>
      </header>
      <main id="main" tabIndex={-1} data-view={route.view}>{view}</main>
    </I18nContext.Provider>
  );
}

render(<App />, document.getElementById('app')!);
