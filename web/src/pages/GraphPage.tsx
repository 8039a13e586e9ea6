import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import type { GraphData } from '../../../src/server/api-types.js';
import { api } from '../api.js';
import { Status } from '../components/Status.js';
import { QUAD_COLORS, QUAD_LABELS } from '../plover.js';
import { navigate } from '../router.js';
import { useLoad } from '../useLoad.js';

export function GraphPage() {
  const { data, error, loading } = useLoad(() => api.graph(), 'graph');
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!data || !host.current) return;
    let cy: Core | undefined;
    let live = true;
    // cytoscape is large: it is loaded only when the graph is opened.
    import('cytoscape').then(({ default: cytoscape }) => {
      if (live && host.current) cy = draw(cytoscape, host.current, data);
    });
    return () => {
      live = false;
      cy?.destroy();
    };
  }, [data]);
  return (
    <section>
      <h1>Actor graph</h1>
      <p class="muted">
        Actors are nodes; arrows run from source to target, as wide as their events are many and coloured by
        the prevailing QuadClass:{' '}
        {[1, 2, 3, 4].map((q) => (
          <span key={q} style={{ color: QUAD_COLORS[q] }}>
            {QUAD_LABELS[q]}{' '}
          </span>
        ))}
        . Click an actor for its events, an arrow for the dyad.
      </p>
      <Status loading={loading} error={error} />
      {data && data.nodes.length === 0 && <p class="muted">No coded events yet.</p>}
      <div ref={host} class="graph" data-testid="actor-graph" />
      {data && (
        <ul class="graph-list" aria-label="actors">
          {data.nodes.map((n) => (
            <li key={n.code}>
              <a href={`#/events?actor=${encodeURIComponent(n.code)}`}>{n.code}</a>{' '}
              <span class="muted">{n.events}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function draw(cytoscape: typeof import('cytoscape'), container: HTMLElement, data: GraphData): Core {
  const maxEvents = Math.max(1, ...data.edges.map((e) => e.events));
  const cy = cytoscape({
    container,
    elements: [
      ...data.nodes.map((n) => ({ data: { id: n.code, label: n.code, weight: n.events } })),
      ...data.edges.map((e, i) => ({
        data: {
          id: `e${i}`,
          source: e.source,
          target: e.target,
          width: 1 + (7 * e.events) / maxEvents,
          color: QUAD_COLORS[e.quad] ?? '#888',
          label: `${e.events}`,
        },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': '#495057',
          color: '#212529',
          'font-size': 12,
          width: 'mapData(weight, 0, 20, 18, 48)',
          height: 'mapData(weight, 0, 20, 18, 48)',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
        },
      },
    ],
    layout: { name: 'cose', animate: false },
  });
  cy.on('tap', 'node', (evt) => navigate('/events', { actor: evt.target.id() }));
  cy.on('tap', 'edge', (evt) =>
    navigate('/dyad', { a: evt.target.data('source'), b: evt.target.data('target') }),
  );
  return cy;
}
