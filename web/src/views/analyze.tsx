import type { Analysis } from '../../../src/contract.ts';
import { useEffect, useState } from 'preact/hooks';
import { api, getToken, setToken } from '../api.ts';
import { useI18n } from '../i18n.ts';
import { Reader } from '../reader.tsx';
import { ArticleHeader } from './article.tsx';
import { href } from '../util.tsx';

export default function Analyze() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [html, setHtml] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [published, setPublished] = useState('');
  const [save, setSave] = useState(false);
  const [tok, setTok] = useState(getToken());
  const [needsToken, setNeedsToken] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string | null>(null);
  const [res, setRes] = useState<{ analysis: Analysis; saved?: { id: string; status: string } } | null>(null);
  const [drag, setDrag] = useState(false);

  useEffect(() => {
    api<{ writeNeedsToken: boolean }>('config').then((c) => setNeedsToken(c.writeNeedsToken), () => {});
  }, []);

  const readFile = async (f: File) => {
    const s = await f.text();
    setFileName(f.name);
    if (/\.html?$/i.test(f.name) || /^\s*</.test(s)) {
      setHtml(s);
      setText('');
    } else {
      setHtml(null);
      setText(s);
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setErr(null);
    setBusy(true);
    if (needsToken) setToken(tok);
    try {
      const body: Record<string, unknown> = { save };
      if (html != null) body.html = html;
      else body.text = text;
      if (title) body.title = title;
      if (outlet) body.outlet = outlet;
      if (published) body.published = published;
      setRes(await api('analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
    } catch (e2) {
      setErr((e2 as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h2>{t.navAnalyze}</h2>
      <form class="analyze" onSubmit={submit}>
        <div class={`drop ${drag ? 'over' : ''}`}
          onDragOver={(e) => { e.preventDefault(); setDrag(true); }}
          onDragLeave={() => setDrag(false)}
          onDrop={(e) => { e.preventDefault(); setDrag(false); const f = e.dataTransfer?.files?.[0]; if (f) void readFile(f); }}>
          <label for="an-text">{t.analyzeHelp}</label>
          <textarea id="an-text" lang="ar" dir="rtl" rows={10} value={html != null ? `‹${fileName}›` : text} readOnly={html != null}
            onInput={(e) => { setHtml(null); setText((e.target as HTMLTextAreaElement).value); }} />
          <label class="file">{t.chooseFile}: <input type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void readFile(f); }} /></label>
        </div>
        <div class="row">
          <label>{t.title} <input value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} /></label>
          <label>{t.outlet} <input value={outlet} onInput={(e) => setOutlet((e.target as HTMLInputElement).value)} /></label>
          <label>{t.published} <input type="date" value={published} onInput={(e) => setPublished((e.target as HTMLInputElement).value)} /></label>
        </div>
        <div class="row">
          <label class="check"><input type="checkbox" checked={save} onChange={(e) => setSave((e.target as HTMLInputElement).checked)} /> {t.save}</label>
          {needsToken && <label>{t.token} <input type="password" value={tok} autocomplete="off" onInput={(e) => setTok((e.target as HTMLInputElement).value)} /></label>}
          <button type="submit" disabled={busy || (!text.trim() && html == null)}>{busy ? t.loading : t.analyzeBtn}</button>
        </div>
      </form>
      {err && <p class="error" role="alert">{t.error}: {err}</p>}
      {res && (
        <section class="result" aria-live="polite">
          {res.saved && <p class="ok">{t.saved}: <a href={href('article', res.saved.id)}>{res.saved.id}</a> ({res.saved.status})</p>}
          <ArticleHeader title={res.analysis.doc.title} outlet={res.analysis.doc.outlet} published={res.analysis.doc.published} />
          {res.analysis.warnings?.map((w) => <p class="warn" key={w}>{w}</p>)}
          <Reader analysis={res.analysis} />
        </section>
      )}
    </section>
  );
}
