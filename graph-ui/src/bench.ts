/** The scale benchmark page: the real graph view over a generated graph; reports load, frame and layout times in window.benchResult. */
import { createApi } from './core/api.ts';
import { buildDataset } from './core/dataset.ts';
import { generateGraph } from './core/generate.ts';
import { createStore, initialState } from './core/state.ts';
import { createApp } from './views/app.ts';
import { mountGraph } from './views/graphView.ts';
import './views/styles.css';

export interface BenchResult {
  nodes: number;
  edges: number;
  drawnEdges: number;
  generateMs: number;
  /** Dataset indexing + derivation + graphology import + sigma's first frame. */
  firstRenderMs: number;
  /** Frame times while the camera zooms and pans (ms). */
  frames: { count: number; p50: number; p95: number; max: number };
  /** Frame times while ForceAtlas2 runs in its worker (ms). */
  layoutFrames: { count: number; p50: number; p95: number; max: number };
  /** How long the worker layout ran before stopping by itself, and the iterations it made. */
  layoutMs: number;
  layoutIterations: number;
  /** Time to refresh after a hover (reducers only) until the next frame. */
  hoverRefreshMs: number;
  /** Main-thread (CPU) cost of one sigma render without reindexing, and of a full refresh (reducers, indexation). */
  renderCpuMs: number;
  refreshCpuMs: number;
  /** Brushing a one-month window: filter + derive + import + sigma refresh (synchronous part). */
  windowFilterMs: number;
  /** The WebGL renderer (SwiftShader means software rendering). */
  renderer: string;
}

declare global {
  interface Window { benchResult?: BenchResult | { error: string } }
}

const stats = (xs: number[]): BenchResult['frames'] => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => Math.round((s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0) * 10) / 10;
  return { count: s.length, p50: q(0.5), p95: q(0.95), max: q(1) };
};

/** Collects requestAnimationFrame intervals until `until` resolves. */
async function frameTimes(until: Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  let done = false;
  void until.then(() => { done = true; });
  let last = performance.now();
  await new Promise<void>((resolve) => {
    const tick = (t: number): void => {
      out.push(t - last);
      last = t;
      if (done) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return out.slice(1);
}

const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

/** Runs the benchmark (size from ?nodes=&edges=, default 20,000 / 50,000). */
export async function benchMain(root: HTMLElement | null): Promise<void> {
  try {
    if (!root) throw new Error('bench: no #app element');
    const q = new URLSearchParams(location.search);
    const n = Number(q.get('nodes') ?? 20000);
    const m = Number(q.get('edges') ?? 50000);
    localStorage.clear();
    root.style.cssText = 'position:fixed;inset:0';
    const t0 = performance.now();
    const g = generateGraph(n, m);
    const t1 = performance.now();
    const app = createApp(createApi('', (i, init) => fetch(i, init)), createStore({ ...initialState(), hiddenLabels: [] }));
    const view = mountGraph(app, root);
    (window as unknown as { benchView: unknown }).benchView = view;
    view.layout.stop();
    const t2 = performance.now();
    app.setDataset(buildDataset(g.nodes, g.rels));
    view.layout.stop(); // measured separately below
    await nextFrame();
    const firstRenderMs = performance.now() - t2;

    // Camera: zoom in and out, then pan, as a user would.
    const cam = view.sigma.getCamera();
    const moves = (async () => {
      await cam.animate({ ratio: 0.3 }, { duration: 1000 });
      await cam.animate({ ratio: 1.5 }, { duration: 1000 });
      await cam.animate({ x: 0.3, y: 0.7 }, { duration: 800 });
      await cam.animate({ x: 0.5, y: 0.5, ratio: 1 }, { duration: 600 });
    })();
    const frames = await frameTimes(moves);

    // Hover: the reducers only.
    const node = view.graph.nodes()[0];
    const h0 = performance.now();
    view.sigma.emit('enterNode', { node, event: undefined as never, preventSigmaDefault: () => undefined });
    view.sigma.refresh({ skipIndexation: true });
    await nextFrame();
    const hoverRefreshMs = performance.now() - h0;
    view.sigma.emit('leaveNode', { node, event: undefined as never, preventSigmaDefault: () => undefined });

    // CPU cost of rendering, and of a window filter (what brushing does).
    const avg = (fn: () => void, k = 5): number => {
      const c0 = performance.now();
      for (let i = 0; i < k; i++) fn();
      return Math.round(((performance.now() - c0) / k) * 10) / 10;
    };
    const renderCpuMs = avg(() => view.sigma.refresh({ skipIndexation: true }));
    const refreshCpuMs = avg(() => view.sigma.refresh(), 3);
    const w0 = performance.now();
    app.store.dispatch({ type: 'window', from: '2021-06-01', to: '2021-06-30' });
    view.layout.stop();
    const windowFilterMs = Math.round(performance.now() - w0);
    app.store.dispatch({ type: 'window', from: null, to: null });
    view.layout.stop();
    const gl = document.createElement('canvas').getContext('webgl2');
    const dbg = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl ? String(gl.getParameter(dbg ? dbg.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'no WebGL2';

    // Layout: FA2 in its worker until it stops by itself; count iterations via graph updates.
    let iterations = 0;
    const onUpdate = (): void => { iterations++; };
    view.graph.on('eachNodeAttributesUpdated', onUpdate);
    const l0 = performance.now();
    const stopped = new Promise<void>((resolve) => view.layout.run('full', resolve));
    const layoutFrames = await frameTimes(stopped);
    const layoutMs = performance.now() - l0;
    view.graph.off('eachNodeAttributesUpdated', onUpdate);

    window.benchResult = {
      nodes: view.graph.order,
      edges: g.rels.length,
      drawnEdges: view.graph.size,
      generateMs: Math.round(t1 - t0),
      firstRenderMs: Math.round(firstRenderMs),
      frames: stats(frames),
      layoutFrames: stats(layoutFrames),
      layoutMs: Math.round(layoutMs),
      layoutIterations: iterations,
      hoverRefreshMs: Math.round(hoverRefreshMs * 10) / 10,
      renderCpuMs,
      refreshCpuMs,
      windowFilterMs,
      renderer,
    };
  } catch (e) {
    window.benchResult = { error: (e as Error).stack ?? String(e) };
  }
}
