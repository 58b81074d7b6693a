import type { EntityProfile, EventRow, StatementRow } from '../../../src/archive/store.ts';
import { api, qs } from '../api.ts';
import { Chart } from '../chart.tsx';
import { useI18n } from '../i18n.ts';
import { KIND_COLOURS } from '../reader.tsx';
import { Ar, Ltr, Status, href, useAsync } from '../util.tsx';

function Statements({ rows }: { rows: StatementRow[] }) {
  const { t } = useI18n();
  if (!rows.length) return <p class="muted">{t.none}</p>;
  return (
    <ol class="stmts">
      {rows.map((r, i) => (
        <li key={i}>
          <a href={href('article', r.articleId)}><Ltr>{r.published ?? '?'}</Ltr> <Ar>{r.outlet ?? ''}</Ar></a>{' '}
          <span class="kind" style={{ borderColor: KIND_COLOURS[r.sourceKind] }}>{t.kind[r.sourceKind]}</span>{' '}
          <Ar>{r.sourceLabel}</Ar> — <Ar>{r.cue}: «{r.content}»</Ar>
        </li>
      ))}
    </ol>
  );
}

function Events({ rows }: { rows: EventRow[] }) {
  const { t, name } = useI18n();
  if (!rows.length) return <p class="muted">{t.none}</p>;
  return (
    <table class="events">
      <thead><tr><th>{t.dates}</th><th>{t.eventType}</th><th>«»</th><th>{t.actors}</th><th>{t.targets}</th></tr></thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td><a href={href('article', r.articleId)}>{r.date ? <Ltr>{r.date}</Ltr> : <span class="undated" data-undated>{t.undated}</span>}</a></td>
            <td><Ltr>{r.type}{r.mode ? `/${r.mode}` : ''}</Ltr>{r.negated ? ` (${t.negated})` : ''}</td>
            <td><Ar>{r.trigger}</Ar></td>
            <td>{r.actors.map((x, j) => <a key={j} href={href('entity', x.id)}>{name({ name: x.name })} </a>)}</td>
            <td>{r.targets.map((x, j) => <a key={j} href={href('entity', x.id)}>{name({ name: x.name })} </a>)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function EntityView({ id }: { id: string }) {
  const { t, name, num, region } = useI18n();
  const st = useAsync(() => api<EntityProfile>(`entities/${encodeURIComponent(id)}${qs({ limit: 100 })}`), [id]);
  const p = st.data;
  return (
    <Status st={st}>
      {p && (
        <section class="entity-page" data-entity-id={p.entity.id}>
          <header>
            <h2><span class={`badge ent-${p.entity.type}`}>{t.etype[p.entity.type]}</span> <Ar>{p.entity.name}</Ar></h2>
            {p.entity.latin && <p class="latin"><bdi lang="en" dir="ltr">{p.entity.latin}</bdi></p>}
            {/* a state institution keyed by country (Entity.country): which country's it is */}
            {p.entity.country && <p class="muted entity-country">{region(p.entity.country)}</p>}
            <p class="muted">{t.inArticles(p.entity.articles)} · {num(p.entity.mentions)} {t.mentions} · <Ltr>{p.entity.firstSeen ?? '?'} – {p.entity.lastSeen ?? '?'}</Ltr></p>
            {p.titles.length > 0 && <p>{t.titles}: <Ar>{p.titles.join('، ')}</Ar></p>}
          </header>
          <section><h3>{t.aliases}</h3>
            <ul class="chips">{p.aliases.map((a) => <li key={a.text}><Ar>{a.text}</Ar> <span class="muted">×{a.count}</span></li>)}</ul>
          </section>
          <section><h3>{t.mentionsOverTime}</h3>
            <Chart label={t.mentionsOverTime} spec={{ kind: 'bars', data: p.mentionsByMonth.map((m) => ({ x: m.month, y: m.count })) }} />
          </section>
          <section><h3>{t.cooccurring}</h3>
            <ul class="chips">{p.cooccurring.map((c) => (
              <li key={c.entity.id}><a href={href('entity', c.entity.id)} class={`ent-${c.entity.type}`}>{name(c.entity)}</a> <span class="muted">×{c.articles}</span></li>
            ))}</ul>
          </section>
          <section><h3>{t.statementsBy}</h3><Statements rows={p.statementsBy} /></section>
          <section><h3>{t.statementsAbout}</h3><Statements rows={p.statementsAbout} /></section>
          <section><h3>{t.eventsActor}</h3><Events rows={p.eventsAsActor} /></section>
          <section><h3>{t.eventsTarget}</h3><Events rows={p.eventsAsTarget} /></section>
        </section>
      )}
    </Status>
  );
}
