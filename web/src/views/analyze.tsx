import type { Analysis } from '../../../src/contract.ts';
import { useEffect, useState } from 'preact/hooks';
import { api, getToken, setToken } from '../api.ts';
import { useI18n } from '../i18n.ts';
import { Reader } from '../reader.tsx';
import { ArticleHeader } from './article.tsx';
import { href } from '../util.tsx';

/**
 * File bytes → text: UTF-8 (BOM dropped), or the legacy charset an HTML page declares (windows-1256 is still
 * common for Arabic sites); null for binary data (NUL bytes) or undecodable bytes.
 */
export function decodeFile(bytes: Uint8Array): string | null {
  if (bytes.subarray(0, 8192).includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let head = '';
    for (const b of bytes.subarray(0, 4096)) head += b < 0x80 ? String.fromCharCode(b) : ' ';
    const cs = /<meta\b[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (cs && /^(windows-1256|cp1256|iso-8859-6)$/.test(cs)) return new TextDecoder(cs === 'cp1256' ? 'windows-1256' : cs).decode(bytes);
    return null;
  }
}

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
    setErr(null);
    const bytes = new Uint8Array(await f.arrayBuffer());
    const s = decodeFile(bytes);
    if (s == null) {
      // a binary or non-UTF-8 file would be analysed as replacement characters: refuse it clearly
      setErr(t.badFile(f.name));
      return;
    }
    setFileName(f.name);
    if (/\.html?$/i.test(f.name) || /^\s*<(!doctype|html|head|body|meta|article|section|main|div|p|h[1-6])\b/i.test(s)) {
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
          <ArticleHeader title={res.analysis.doc.title} outlet={res.analysis.doc.outlet} published={res.analysis.doc.published} url={res.analysis.doc.url} />
          {res.analysis.warnings?.map((w) => <p class="warn" key={w}>{w}</p>)}
          <Reader analysis={res.analysis} />
        </section>
      )}
    </section>
  );
}
