/** The graph view: sigma over a graphology graph derived from the dataset, with reducers, drag, expand and layout. */
import { DirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { createNodeCompoundProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { createNodeImageProgram } from '@sigma/node-image';
import { downloadAsPNG } from '@sigma/export-image';
import { deriveGraph, edgeDimmed, nodeEmphasis, type Emphasis } from '../core/derive.ts';
import { labelledNeighbours, redrawFor, snapshot } from '../core/emphasis.ts';
import { slowRenderer, tuningFor, type Tuning } from '../core/scale.ts';
import { stepsOf } from '../core/filters.ts';
import type { ViewState } from '../core/state.ts';
import { iconUrl } from '../core/styles.ts';
import type { App } from './app.ts';
import { h, replace } from './dom.ts';
import { expandNode } from './expand.ts';
import { createLayout, loadPositions, type LayoutRunner } from './layout.ts';

/** Nodes + edges (before and after) above which a re-derivation rebuilds the graph with sigma detached. */
const BULK_ITEMS = 4000;

const FILTER_FIELDS: (keyof ViewState)[] = ['from', 'to', 'hiddenLabels', 'countries', 'statementKinds', 'callStatuses'];

export interface GraphView {
  sigma: Sigma;
  graph: DirectedGraph;
  layout: LayoutRunner;
  /** Re-derives the drawn graph from the dataset and the filters. */
  render(): void;
  exportPng(): Promise<void>;
  /** Keys of the nodes drawn now. */
  visibleKeys(): string[];
  /** Sets the overlay message (empty and error states); null hides it. */
  setOverlay(content: { title: string; body: string; code?: string; action?: { label: string; run: () => void } } | null): void;
}

/** Mounts the graph into `container`. */
export function mountGraph(app: App, container: HTMLElement): GraphView {
  const graph = new DirectedGraph({ allowSelfLoops: false });
  const stage = h('div', { class: 'graph-stage', 'data-testid': 'graph' });
  const overlay = h('div', { class: 'overlay', hidden: true, 'data-testid': 'graph-overlay' });
  const info = h('div', { class: 'graph-info', 'data-testid': 'graph-info' });
  container.append(stage, overlay, info);

  const picto = createNodeImageProgram({ drawingMode: 'color', colorAttribute: 'pictoColor', padding: 0.26, keepWithinCircle: true });
  /** The hovered node's neighbours whose labels are forced (null: all of them). */
  let labelled: Set<string> | null = null;
  const hover: Emphasis = { hovered: null, hoveredNeighbours: new Set(), selected: app.store.get().selected, highlighted: app.highlighted, dimOthers: true };

  const sigma = new Sigma(graph, stage, {
    defaultNodeType: 'picto',
    // 'point' (one GL point per node, not instanced) is for big graphs: software rasterisers pay per instance.
    nodeProgramClasses: { picto: createNodeCompoundProgram([NodeCircleProgram, picto]), circle: NodeCircleProgram, point: NodePointProgram },
    // 'line' is a thick antialiased quad; 'thin' a one-pixel GL line, far cheaper to rasterise for big graphs.
    edgeProgramClasses: { line: EdgeRectangleProgram, thin: EdgeLineProgram },
    defaultEdgeType: 'line',
    renderEdgeLabels: true,
    labelFont: 'Inter, system-ui, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1f2933' },
    edgeLabelFont: 'Inter, system-ui, sans-serif',
    edgeLabelSize: 10,
    edgeLabelColor: { color: '#52606d' },
    labelDensity: 0.9,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: 7,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    // The reducers return sigma's copy of the attributes unchanged when nothing applies (no allocation).
    nodeReducer(node, data) {
      const em = nodeEmphasis(node, hover);
      if (em === 'normal') return data;
      if (em === 'dim') return Object.assign(data, { color: '#e4e8ee', pictoColor: '#f5f7fa', label: '', zIndex: 0 });
      // Around a hovered hub only its best-connected neighbours get a forced label.
      const forceLabel = em === 'focus' || hover.hovered === null || labelled === null || labelled.has(node);
      return Object.assign(data, { forceLabel, zIndex: em === 'focus' ? 3 : 2, highlighted: em === 'focus', size: em === 'focus' ? data.size * 1.25 : data.size });
    },
    edgeReducer(edge, data) {
      if (edgesHidden) return Object.assign(data, { hidden: true });
      if (hover.hovered === null && hover.selected === null && hover.highlighted.size === 0) return data;
      const s = graph.source(edge);
      const t = graph.target(edge);
      if (edgeDimmed(s, t, hover)) return Object.assign(data, { color: '#f0f2f5', zIndex: 0 });
      // Edge labels (relationship types, kept in relLabel) only around the hovered node; the selection's edges are darker.
      if (hover.hovered && (s === hover.hovered || t === hover.hovered)) return Object.assign(data, { color: '#7b8794', size: (data.size as number) + 0.5, zIndex: 1, label: data.relLabel as string });
      if (!hover.hovered && hover.selected !== null && (s === hover.selected || t === hover.selected)) return Object.assign(data, { color: '#9aa5b1', zIndex: 1 });
      return data;
    },
  });

  /** Sets sigma's settings for the graph's size, at once and only those that change: each change makes sigma run the reducers over the whole graph. */
  function applyTuning(t: Tuning): void {
    tuning = t;
    const want: Partial<Settings> = {
      labelDensity: t.labelDensity,
      labelRenderedSizeThreshold: t.labelRenderedSizeThreshold,
      labelGridCellSize: t.labelGridCellSize,
      hideEdgesOnMove: t.hideEdgesOnMove || slow,
      hideLabelsOnMove: t.hideLabelsOnMove || slow,
      renderEdgeLabels: t.renderEdgeLabels,
      defaultNodeType: t.defaultNodeType,
      defaultEdgeType: t.defaultEdgeType,
    };
    const cur = sigma.getSettings() as unknown as Record<string, unknown>;
    const changed = Object.fromEntries(Object.entries(want).filter(([k, v]) => cur[k] !== v));
    if (Object.keys(changed).length > 0) sigma.setSettings(changed);
    hover.dimOthers = t.dimOthers;
  }

  /** Redraws what a change of hover, selection or highlights touches (a partial refresh when the graph does not dim). */
  function emphasise(change: () => void): void {
    const prev = snapshot(hover);
    change();
    const r = redrawFor(prev, hover);
    if (r.full) {
      // Synchronous (small graphs only): a scheduled full refresh leaves sigma's display data
      // unnormalised until the next frame, and a click or drag in between would miss its node.
      sigma.refresh({ skipIndexation: true });
      return;
    }
    const nodes = r.nodes.filter((k) => graph.hasNode(k));
    const edges = new Set<string>();
    for (const k of r.edgesAt) if (graph.hasNode(k)) graph.forEachEdge(k, (e) => { edges.add(e); });
    partialRefresh(nodes, [...edges]);
  }

  let tuning: Tuning = tuningFor(0, 0);

  // A renderer too slow for the graph on screen (software WebGL, an old GPU) shows in the time
  // between camera frames: from then on edges and labels are hidden while the camera moves.
  let slow = false;
  let cameraMoved = false;
  let lastCameraFrame = 0;
  const cameraIntervals: number[] = [];
  sigma.getCamera().on('updated', () => { cameraMoved = true; });
  sigma.on('afterRender', () => {
    if (!cameraMoved) return;
    cameraMoved = false;
    const now = performance.now();
    // A pause between two gestures is no frame interval.
    if (lastCameraFrame > 0 && now - lastCameraFrame < 1000) cameraIntervals.push(now - lastCameraFrame);
    lastCameraFrame = now;
    if (cameraIntervals.length > 20) cameraIntervals.shift();
    if (!slow && slowRenderer(cameraIntervals)) {
      slow = true;
      applyTuning(tuning);
      console.warn('graph: slow renderer, edges and labels hidden while the camera moves');
    }
  });
  // Big graphs hide their edges while ForceAtlas2 runs: the rasteriser then leaves the worker the CPU.
  let edgesHidden = false;
  const detached = new DirectedGraph();
  const layout = createLayout(graph, (running) => {
    info.classList.toggle('running', running);
    const hide = running && tuning.hideEdgesDuringLayout;
    if (hide === edgesHidden) return;
    edgesHidden = hide;
    partialRefresh([], graph.edges());
  });

  /** Re-reduces a few nodes and edges in place; when some have no program slot yet (added since the last frame), everything. */
  function partialRefresh(nodes: string[], edges: string[]): void {
    try {
      sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
    } catch {
      sigma.refresh({ schedule: true });
    }
  }
  let positions = loadPositions();
  const renderCountListeners: (() => void)[] = [];

  function render(): void {
    layout.stop();
    // Keep where nodes are now (layout, drag) before re-deriving.
    graph.forEachNode((k, a) => { positions[k] = { x: a.x as number, y: a.y as number }; });
    const derived = deriveGraph(app.dataset, stepsOf(app.store.get()), positions);
    // A big rebuild runs with sigma looking at an empty graph: otherwise sigma reacts to each of the
    // thousands of nodeAdded/edgeAdded events; setGraph back re-indexes everything once.
    const bulk = graph.order + graph.size + derived.nodes.length + derived.edges.length > BULK_ITEMS;
    if (bulk) sigma.setGraph(detached);
    graph.clear();
    edgesHidden = false;
    applyTuning(tuningFor(derived.nodes.length, derived.edges.length));
    const fresh: string[] = [];
    for (const n of derived.nodes) {
      if (!positions[n.key]) fresh.push(n.key);
      graph.addNode(n.key, { ...n.attributes, size: n.attributes.size * tuning.nodeScale, image: iconUrl(n.attributes.kind), pictoColor: '#ffffff' });
    }
    // The relationship types are the edge's label only around the hovered node (edge reducer).
    for (const e of derived.edges) graph.addEdgeWithKey(e.key, e.source, e.target, { ...e.attributes, relLabel: e.attributes.label, label: '' });
    if (bulk) sigma.setGraph(graph);
    const st = app.store.get();
    info.textContent = `${graph.order}${app.dataset.nodes.size > graph.order ? ` of ${app.dataset.nodes.size}` : ''} nodes · ${graph.size} edges${app.coverage ? ` · ${app.coverage}` : ''}`;
    if (fresh.length) layout.run(fresh.length === graph.order ? 'full' : 'settle', () => { positions = layout.save(); });
    if (graph.order === 0 && (app.dataset.nodes.size > 0 || app.windowed)) {
      const windowed = st.from || st.to;
      view.setOverlay({
        title: windowed ? 'Nothing in this window' : 'Nothing matches the filters',
        body: windowed ? `No call or statement between ${st.from ?? 'the start'} and ${st.to ?? 'the end'}.` : 'Every node is filtered out.',
        action: { label: windowed ? 'Clear the window' : 'Reset filters', run: () => app.store.dispatch(windowed ? { type: 'window', from: null, to: null } : { type: 'reset' }) },
      });
    } else if (app.dataset.nodes.size > 0 || app.windowed) view.setOverlay(null);
    for (const fn of renderCountListeners) fn();
  }

  // Hover and selection go through the reducers only.
  sigma.on('enterNode', ({ node }) => {
    stage.style.cursor = 'pointer';
    emphasise(() => {
      hover.hovered = node;
      const neighbours = graph.neighbors(node);
      hover.hoveredNeighbours = new Set(neighbours);
      labelled = labelledNeighbours(neighbours, (k) => graph.degree(k));
    });
  });
  sigma.on('leaveNode', () => {
    stage.style.cursor = '';
    emphasise(() => {
      hover.hovered = null;
      hover.hoveredNeighbours = new Set();
      labelled = null;
    });
  });

  // Drag: move the node, not the camera; a drag does not count as a click.
  let dragged: string | null = null;
  let moved = false;
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    layout.stop();
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.on('moveBody', ({ event }) => {
    if (!dragged) return;
    moved = true;
    const p = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: p.x, y: p.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const endDrag = (): void => {
    if (dragged && moved) positions = layout.save();
    dragged = null;
  };
  sigma.on('upNode', endDrag);
  sigma.on('upStage', endDrag);

  sigma.on('clickNode', ({ node }) => {
    if (moved) { moved = false; return; }
    app.store.dispatch({ type: 'select', key: node });
  });
  sigma.on('clickStage', () => { if (!moved) app.store.dispatch({ type: 'select', key: null }); });
  sigma.on('doubleClickNode', (e) => {
    e.preventSigmaDefault();
    void expandNode(app, e.node);
  });

  app.focusNode = (key) => {
    if (!graph.hasNode(key)) return;
    const d = sigma.getNodeDisplayData(key);
    if (d) void sigma.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(sigma.getCamera().ratio, 0.6) }, { duration: 400 });
  };

  app.onData(render);
  app.onHighlight(() => emphasise(() => { hover.highlighted = app.highlighted; }));
  app.store.subscribe((st, prev) => {
    const changed = FILTER_FIELDS.filter((f) => st[f] !== prev[f]);
    // In windowed mode a new window is fetched from the server (windowLoader), which renders on arrival.
    const fetched = app.windowed && changed.every((f) => f === 'from' || f === 'to');
    if (changed.length > 0 && !fetched) {
      hover.selected = st.selected;
      render();
    } else if (changed.length > 0) hover.selected = st.selected;
    else if (st.selected !== prev.selected) emphasise(() => { hover.selected = st.selected; });
  });

  const view: GraphView = {
    sigma,
    graph,
    layout,
    render,
    async exportPng() {
      await downloadAsPNG(sigma, { fileName: 'diplograph-graph', backgroundColor: '#ffffff', layers: ['edges', 'nodes', 'edgeLabels', 'labels'] });
    },
    visibleKeys: () => graph.nodes(),
    setOverlay(content) {
      overlay.hidden = !content;
      if (!content) return replace(overlay);
      replace(overlay, h('div', { class: 'overlay-card' },
        h('h2', {}, content.title),
        h('p', {}, content.body),
        content.code ? h('pre', { class: 'overlay-code' }, content.code) : null,
        content.action ? h('button', { class: 'btn primary', 'on:click': content.action.run }, content.action.label) : null));
    },
  };
  return view;
}
