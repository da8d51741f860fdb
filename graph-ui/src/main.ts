/** The explorer's entry: builds the layout, loads the graph from the API and wires the views. Called from index.html. */
import { ApiError, createApi } from './core/api.ts';
import { buildDataset } from './core/dataset.ts';
import { createStore } from './core/state.ts';
import { decodeState, encodeState } from './core/url.ts';
import { createApp, type App } from './views/app.ts';
import { mountConsole } from './views/consoleView.ts';
import { mountDetails } from './views/detailsView.ts';
import { h, s } from './views/dom.ts';
import { mountExport } from './views/exportView.ts';
import { mountFilters } from './views/filtersView.ts';
import { mountGraph, type GraphView } from './views/graphView.ts';
import { mountSearch } from './views/searchView.ts';
import { mountTimeline } from './views/timelineView.ts';
import { startWindowed } from './views/windowLoader.ts';
import { isWindowed, WINDOW_ABOVE, WINDOW_LIMIT } from './core/window.ts';
import './views/styles.css';

/** How many nodes the first load asks for. */
const GRAPH_LIMIT = 5000;

declare global {
  interface Window {
    /** Handles for tests and the benchmark: the app context and the graph view. */
    diplograph?: { app: App; graph: GraphView; ready: Promise<void>; firstViewMs?: number };
  }
}

/** A toolbar icon: one stroked SVG path on a 24×24 grid. */
function icon(d: string): SVGSVGElement {
  return s('svg', { viewBox: '0 0 24 24', width: 18, height: 18, fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, s('path', { d }));
}

/** Mounts the explorer into `root`. */
export function main(root: HTMLElement | null): void {
  if (!root) throw new Error('graph-ui: no #app element to mount into');
  const t0 = performance.now();
  const { state, warnings } = decodeState(location.search);
  const store = createStore(state);
  const app = createApp(createApi('', (i, init) => fetch(i, init)), store);

  const search = h('div', { class: 'search' });
  const health = h('span', { class: 'health', 'data-testid': 'health' }, 'connecting…');
  const graphTab = h('button', { class: 'tab', 'data-testid': 'tab-graph', 'on:click': () => store.dispatch({ type: 'tab', tab: 'graph' }) }, 'Graph');
  const consoleTab = h('button', { class: 'tab', 'data-testid': 'tab-console', 'on:click': () => store.dispatch({ type: 'tab', tab: store.get().tab === 'console' ? 'graph' : 'console' }) }, 'Cypher console');
  const exportBtn = h('button', { class: 'btn', 'data-testid': 'export', 'on:click': () => exporter.open() }, 'Export');
  const fitBtn = h('button', { class: 'tool', title: 'Zoom to fit', 'data-testid': 'zoom-fit', 'on:click': () => void graph.sigma.getCamera().animatedReset({ duration: 300 }) }, icon('M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5'));
  const zoomIn = h('button', { class: 'tool', title: 'Zoom in', 'on:click': () => void graph.sigma.getCamera().animatedZoom({ duration: 200 }) }, '+');
  const zoomOut = h('button', { class: 'tool', title: 'Zoom out', 'on:click': () => void graph.sigma.getCamera().animatedUnzoom({ duration: 200 }) }, '−');
  const relayout = h('button', { class: 'tool', title: 'Run the layout again', 'data-testid': 'relayout', 'on:click': () => graph.layout.run('full') }, icon('M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2.5 2.5M15.5 15.5L18 18M6 18l2.5-2.5M15.5 8.5L18 6'));
  const pngBtn = h('button', { class: 'tool', title: 'Save the canvas as PNG', 'data-testid': 'png', 'on:click': () => void graph.exportPng() }, icon('M4 16v4h16v-4M12 4v11M7 10l5 5 5-5'));

  const left = h('aside', { class: 'left', 'data-testid': 'filters' });
  const centre = h('main', { class: 'centre' });
  const right = h('aside', { class: 'right', 'data-testid': 'details' });
  const bottom = h('section', { class: 'bottom' });
  const drawer = h('section', { class: 'drawer', 'data-testid': 'console', hidden: true });
  root.replaceChildren(
    h('header', { class: 'topbar' },
      h('div', { class: 'brand' }, h('span', { class: 'logo' }, '◉'), 'diplograph'),
      search, graphTab, consoleTab, h('span', { class: 'grow' }), health, exportBtn),
    h('div', { class: 'body' }, left, centre, right),
    bottom, drawer);
  root.className = 'shell';

  const graph = mountGraph(app, centre);
  centre.append(h('div', { class: 'toolbar' }, zoomIn, zoomOut, fitBtn, relayout, pngBtn));
  const filters = mountFilters(app, left, () => graph.visibleKeys());
  const exporter = mountExport(app, () => graph.visibleKeys(), () => graph.exportPng());
  mountDetails(app, right, { exportSelection: () => exporter.open('selection') });
  mountTimeline(app, bottom);
  mountSearch(app, search);
  let consoleView: { focus(): void } | null = null;

  const applyTab = (): void => {
    const tab = store.get().tab;
    drawer.hidden = tab !== 'console';
    graphTab.classList.toggle('on', tab === 'graph');
    consoleTab.classList.toggle('on', tab === 'console');
    if (tab === 'console' && !consoleView) consoleView = mountConsole(app, drawer, exporter);
  };
  applyTab();
  app.onData(() => filters.render());
  store.subscribe((st, prev) => {
    history.replaceState(null, '', `${location.pathname}${encodeState(st) ? `?${encodeState(st)}` : ''}`);
    if (st.tab !== prev.tab) applyTab();
    filters.render();
  });
  for (const w of warnings) app.toast(`Link: ${w}`, 'error');

  const ready = load(app, graph, health).then(() => {
    if (window.diplograph) window.diplograph.firstViewMs = performance.now() - t0;
  });
  window.diplograph = { app, graph, ready };
}

/** A positive number kept in localStorage (tuning for tests and demos), else null. */
function storedNumber(key: string): number | null {
  const v = Number(localStorage.getItem(key) ?? NaN);
  return Number.isFinite(v) && v > 0 ? v : null;
}

async function load(app: App, graph: GraphView, health: HTMLElement): Promise<void> {
  graph.setOverlay({ title: 'Loading the graph…', body: '' });
  try {
    const hl = await app.api.health();
    health.textContent = `${hl.backend} · ${hl.counts.nodes} nodes · ${hl.counts.rels} relationships`;
    health.classList.add('ok');
    if (hl.counts.nodes === 0) {
      graph.setOverlay({
        title: 'No data yet',
        body: 'The database is empty. Ingest articles (text, Markdown, JSON or JSON lines), then reload this page:',
        code: 'diplograph ingest data/samples',
        action: { label: 'Reload', run: () => location.reload() },
      });
      app.setDataset(buildDataset([], []));
      return;
    }
    // Big stores: the timeline overview, and the graph of one window at a time from the server.
    if (isWindowed(hl.counts.nodes, storedNumber('diplograph.windowAbove') ?? WINDOW_ABOVE)) {
      await startWindowed(app, storedNumber('diplograph.windowLimit') ?? WINDOW_LIMIT);
      return;
    }
    // Without a window the API answers the entities; with an open window, every event and its surroundings.
    const [entities, events] = await Promise.all([
      app.api.graph({ limit: GRAPH_LIMIT }),
      app.api.graph({ from: '0001-01-01', limit: GRAPH_LIMIT }),
    ]);
    app.setDataset(buildDataset([...entities.nodes, ...events.nodes], [...entities.edges, ...events.edges]));
    if (entities.truncated || events.truncated) app.toast(`Showing the first ${GRAPH_LIMIT} events and entities; narrow the view with filters or search.`);
  } catch (e) {
    health.textContent = 'offline';
    health.classList.add('bad');
    const unreachable = e instanceof ApiError && e.code === 'E_UNREACHABLE';
    graph.setOverlay({
      title: unreachable ? 'Server unreachable' : 'Could not load the graph',
      body: unreachable ? 'The diplograph server does not answer. Start it, then retry:' : (e as Error).message,
      code: unreachable ? 'diplograph serve' : undefined,
      action: { label: 'Retry', run: () => void load(app, graph, health) },
    });
  }
}
