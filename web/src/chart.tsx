// A lazily loaded Observable Plot chart. Plot lives in its own chunk; charts sit in dir=ltr wrappers so axes
// stay on the correct side inside the RTL page (Arabic labels still shape correctly).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartSpec } from './plots.ts';

export function Chart({ spec, label }: { spec: ChartSpec; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [err, setErr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let node: Element | null = null;
    import('./plots.ts').then(({ renderChart }) => {
      if (!live || !ref.current) return;
      node = renderChart(spec, Math.max(320, ref.current.clientWidth || 600));
      ref.current.replaceChildren(node);
    }, (e: Error) => setErr(e.message));
    return () => {
      live = false;
      node?.remove();
    };
  }, [JSON.stringify(spec)]);
  return (
    <figure class="chart" role="img" aria-label={label}>
      <div dir="ltr" ref={ref} class="chart-box" />
      {err && <p class="error">{err}</p>}
    </figure>
  );
}
