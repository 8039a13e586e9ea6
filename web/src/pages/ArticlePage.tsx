import { useState } from 'preact/hooks';
import type { Annotation } from '../annotations.js';
import { api } from '../api.js';
import { AnnotatedText } from '../components/AnnotatedText.js';
import { CaptionText } from '../components/CaptionText.js';
import { SafeLink } from '../components/SafeLink.js';
import { Status } from '../components/Status.js';
import { href } from '../router.js';
import { useLoad } from '../useLoad.js';

const LAYERS = ['mentions', 'timexes', 'attributions', 'events'] as const;

export function ArticlePage({ id, hl }: { id: string; hl?: string }) {
  const { data: doc, error, loading } = useLoad(() => api.article(id), id);
  const [layers, setLayers] = useState<Record<string, boolean>>(
    Object.fromEntries(LAYERS.map((l) => [l, true])),
  );
  const [selected, setSelected] = useState<Annotation[]>([]);
  const focus = parseRange(hl);
  if (!doc) return <Status loading={loading} error={error} />;

  return (
    <div class="article-layout">
      <article>
        <h1 data-testid="article-title">{doc.title ?? '(untitled)'}</h1>
        {doc.dek && <p class="dek">{doc.dek}</p>}
        <dl class="meta">
          <dt>Byline</dt>
          <dd>{doc.byline.join(', ') || '—'}</dd>
          <dt>Publisher</dt>
          <dd>{doc.publisher ?? '—'}</dd>
          <dt>Published</dt>
          <dd>
            {doc.published.value ?? 'unknown'}
            {doc.published.how && <span class="muted"> ({doc.published.how})</span>}
          </dd>
          {doc.dateline && (
            <>
              <dt>Dateline</dt>
              <dd>{doc.dateline.text}</dd>
            </>
          )}
          <dt>Source</dt>
          <dd>
            <SafeLink url={doc.source.url} /> {doc.source.path && <code>{doc.source.path}</code>}
          </dd>
        </dl>
        <fieldset class="layers">
          <legend>Show</legend>
          {LAYERS.map((layer) => (
            <label key={layer} class={`legend-${layer}`}>
              <input
                type="checkbox"
                checked={layers[layer]}
                onChange={() => setLayers({ ...layers, [layer]: !layers[layer] })}
              />{' '}
              {layer} ({(doc[layer] ?? []).length})
            </label>
          ))}
        </fieldset>
        <Legend />
        <AnnotatedText doc={doc} focus={focus} layers={layers} onSelect={setSelected} />
        {doc.captions.length > 0 && (
          <section>
            <h2>Captions</h2>
            {doc.captions.map((c, i) => (
              <figure key={c.text}>
                <figcaption>
                  <CaptionText
                    text={c.text}
                    mentions={(doc.captionMentions ?? []).filter((m) => m.caption === i)}
                  />
                  {c.credit && <span class="muted"> — {c.credit}</span>}
                </figcaption>
              </figure>
            ))}
          </section>
        )}
      </article>
      <aside>
        <section aria-live="polite">
          <h2>Selection</h2>
          {selected.length === 0 && (
            <p class="muted">Click a highlighted span (or focus it and press Enter).</p>
          )}
          {selected.map((a) => (
            <div key={a.id} class={`detail detail-${a.kind}`} data-testid="annotation-detail">
              <strong>{a.kind}</strong> “{a.title}”
              <dl>
                {a.details.map(([k, v]) => (
                  <>
                    <dt>{k}</dt>
                    <dd>{v}</dd>
                  </>
                ))}
              </dl>
            </div>
          ))}
        </section>
        <section>
          <h2>Attribution chain</h2>
          <ol class="chain">
            <li>
              This article{doc.byline.length ? ` (${doc.byline.join(', ')})` : ''}
              {doc.publisher ? `, ${doc.publisher}` : ''}
            </li>
            {(doc.attributions ?? []).map((a, i) => (
              <li key={`${a.content.start}-${i}`}>
                <a href={href(`/article/${id}`, { hl: `${a.content.start}-${a.content.end}` })}>
                  {a.source?.text ?? 'unattributed'}
                </a>{' '}
                <span class="muted">
                  {a.kind}
                  {a.cue ? `, “${a.cue.text}”` : ''}
                  {a.via !== undefined
                    ? `, relayed by ${doc.attributions?.[a.via]?.source?.text ?? `#${a.via + 1}`}`
                    : ''}
                </span>
              </li>
            ))}
          </ol>
        </section>
        <section>
          <h2>Entities</h2>
          <ul class="entities">
            {(doc.entities ?? []).map((e) => (
              <li key={e.id}>
                {e.actor ? <a href={href(`/actor/${e.actor.code}`)}>{e.name}</a> : e.name}{' '}
                <span class="muted">
                  {e.type}
                  {e.actor ? ` · ${e.actor.code}` : ''} · {e.mentions.length}×
                </span>
              </li>
            ))}
          </ul>
        </section>
      </aside>
    </div>
  );
}

function Legend() {
  return (
    <p class="legend">
      <span class="ann a-mention-PER">person</span> <span class="ann a-mention-ORG">organization</span>{' '}
      <span class="ann a-mention-LOC">place</span> <span class="ann a-mention-MISC">other</span>{' '}
      <span class="ann a-timex">time</span> <span class="ann a-content">reported content</span>{' '}
      <span class="ann a-trigger a-trigger-q1">cooperation</span>{' '}
      <span class="ann a-trigger a-trigger-q4">conflict</span>
    </p>
  );
}

function parseRange(hl: string | undefined): { start: number; end: number } | undefined {
  const m = hl ? /^(\d+)-(\d+)$/.exec(hl) : null;
  return m ? { start: Number(m[1]), end: Number(m[2]) } : undefined;
}
