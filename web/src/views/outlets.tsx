// Anonymous-source share per outlet over time.
import type { OutletSummary, SourcingProfile } from '../../../src/archive/store.ts';
import { api, qs } from '../api.ts';
import { Chart } from '../chart.tsx';
import { useI18n } from '../i18n.ts';
import { KindBar } from '../reader.tsx';
import { Ar, Ltr, Status, href, useAsync } from '../util.tsx';

export default function Outlets() {
  const { t, num, pct } = useI18n();
  const st = useAsync(async () => {
    const { items } = await api<{ items: OutletSummary[] }>('outlets');
    const profiles = await Promise.all(items.map((o) => api<SourcingProfile>(`sources${qs({ outlet: o.outlet })}`)));
    return { items, profiles };
  }, []);
  const data = (st.data?.profiles ?? []).flatMap((p) => p.months.filter((m) => m.attributions > 0).map((m) => ({ x: m.month, y: Math.round(m.anonymousShare * 100), key: p.outlet ?? '?' })));
  return (
    <section>
      <h2>{t.navOutlets}</h2>
      <Status st={st}>
        {st.data && (
          <>
            <h3>{t.outletsTitle}</h3>
            {data.length > 0 && <Chart label={t.outletsTitle} spec={{ kind: 'lines', data, yLabel: '%', max: 100 }} />}
            <table class="list">
              <thead><tr><th>{t.outlet}</th><th>{t.articles}</th><th>{t.statements}</th><th>{t.anonShare}</th><th>{t.sourcingProfile}</th><th>{t.published}</th></tr></thead>
              <tbody>
                {st.data.items.map((o, i) => (
                  <tr key={o.outlet}>
                    <td><a href={href('search', undefined, { outlet: o.outlet })}><Ar>{o.outlet}</Ar></a></td>
                    <td>{num(o.articles)}</td>
                    <td>{num(o.attributions)}</td>
                    <td>{o.attributions ? pct(o.anonymousShare) : '—'}</td>
                    <td class="mini">{st.data!.profiles[i] && <KindBar counts={st.data!.profiles[i].totals.byKind} />}</td>
                    <td><Ltr>{o.firstPublished ?? '?'} – {o.lastPublished ?? '?'}</Ltr></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Status>
    </section>
  );
}
