/** The scale benchmark page: the real graph view over a generated graph; reports load, frame and layout times in window.benchResult. */
import type Sigma from 'sigma';
import { createApi } from './core/api.ts';
import { buildDataset } from './core/dataset.ts';
import { generateGraph } from './core/generate.ts';
import { createStore, initialState } from './core/state.ts';
import { createApp } from './views/app.ts';
import { mountGraph } from './views/graphView.ts';
import './views/styles.css';

type Stats = { count: number; p50: number; p95: number; max: number };

/** Main-thread JavaScript time and WebGL (rasteriser) time of the frames of one interaction. */
export interface Split {
  /** sigma renders during the interaction. */
  renders: number;
  /** Synchronous JS of the interaction's handler (reducers, refresh), once, before its frames (ms). */
  handlerMs: number;
  /** JS inside sigma's render per frame (process, label grid, program buffers, canvas-2D labels; ms). */
  js: Stats;
  /** Waiting for the GPU process to execute the frame's WebGL commands (readPixels sync; SwiftShader here; ms). */
  gl: Stats;
}

export interface BenchResult {
  nodes: number;
  edges: number;
  drawnEdges: number;
  generateMs: number;
  /** Dataset indexing + derivation + graphology import + sigma's first frame. */
  firstRenderMs: number;
  /** Its synchronous JS part (indexing, derivation, import, sigma's reducers), before the first frame. */
  firstRenderJsMs: number;
  /** Frame times while the camera zooms and pans (ms), not instrumented. */
  frames: Stats;
  /** Frame times while ForceAtlas2 runs in its worker (ms). */
  layoutFrames: Stats;
  /** How long the worker layout ran before stopping by itself, and the iterations it made. */
  layoutMs: number;
  layoutIterations: number;
  /** Brushing a one-month window: filter + derive + import + sigma refresh (synchronous part). */
  windowFilterMs: number;
  /** JS vs GL per interaction: a plain re-render, camera moves, hovering a hub, selecting it. */
  profile: { idle: Split; move: Split; hover: Split; unhover: Split; select: Split; layout: Split; idleAfterLayout: Split };
  /** The WebGL renderer (SwiftShader means software rendering). */
  renderer: string;
}

declare global {
  interface Window { benchResult?: BenchResult | { error: string } }
}

const round = (x: number): number => Math.round(x * 10) / 10;
const stats = (xs: number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => round(s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0);
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

/**
 * Times sigma's renders: the JS between beforeRender and afterRender, then a one-pixel readPixels
 * on each of its WebGL contexts, which waits until the GPU process has executed the frame's
 * commands (the GL part; chromium's gl.finish() only flushes).
 */
function profiler(sigma: Sigma) {
  const contexts = Object.values((sigma as unknown as { webGLContexts: Record<string, WebGLRenderingContext> }).webGLContexts);
  const pixel = new Uint8Array(4);
  let on = false;
  let syncGl = true;
  let t = 0;
  const js: number[] = [];
  const gl: number[] = [];
  sigma.on('beforeRender', () => { t = performance.now(); });
  sigma.on('afterRender', () => {
    if (!on) return;
    const t1 = performance.now();
    js.push(t1 - t);
    if (!syncGl) return;
    for (const c of contexts) c.readPixels(0, 0, 1, 1, c.RGBA, c.UNSIGNED_BYTE, pixel);
    gl.push(performance.now() - t1);
  });
  return {
    /** Runs `act` (sync part timed as the handler; awaited when it returns a promise), then lets `frames` frames render; `withGl` false leaves the GPU unsynchronised (gl stays empty). */
    async measure(act: () => unknown, frames = 2, withGl = true): Promise<Split> {
      js.length = 0;
      gl.length = 0;
      syncGl = withGl;
      on = true;
      const h0 = performance.now();
      const p = act();
      // Renders run synchronously inside the handler count as renders, not as handler time.
      const handlerMs = performance.now() - h0 - js.reduce((a, b) => a + b, 0) - gl.reduce((a, b) => a + b, 0);
      if (p instanceof Promise) await p;
      for (let i = 0; i < frames; i++) await nextFrame();
      on = false;
      return { renders: js.length, handlerMs: round(handlerMs), js: stats(js), gl: stats(gl) };
    },
  };
}

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
    const firstRenderJsMs = performance.now() - t2;
    await nextFrame();
    const firstRenderMs = performance.now() - t2;
    await nextFrame();

    // Camera: zoom in and out, then pan, as a user would (plain frame times, no instrumentation).
    const cam = view.sigma.getCamera();
    const camMoves = async (): Promise<void> => {
      await cam.animate({ ratio: 0.3 }, { duration: 1000 });
      await cam.animate({ ratio: 1.5 }, { duration: 1000 });
      await cam.animate({ x: 0.3, y: 0.7 }, { duration: 800 });
      await cam.animate({ x: 0.5, y: 0.5, ratio: 1 }, { duration: 600 });
    };
    const frames = await frameTimes(camMoves());

    // The same interactions again, split into JS and GL time.
    const prof = profiler(view.sigma);
    // refresh({ partialGraph: empty, skipIndexation }) is a plain re-render without reducers.
    const idle = await prof.measure(() => { for (let i = 0; i < 5; i++) view.sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true }); }, 0);
    const move = await prof.measure(() => camMoves(), 0);
    // The hub with the highest degree: the worst hover.
    let hub = view.graph.nodes()[0];
    view.graph.forEachNode((k) => { if (view.graph.degree(k) > view.graph.degree(hub)) hub = k; });
    const ev = { node: hub, event: undefined as never, preventSigmaDefault: () => undefined };
    const hover = await prof.measure(() => view.sigma.emit('enterNode', ev));
    const unhover = await prof.measure(() => view.sigma.emit('leaveNode', ev));
    const select = await prof.measure(() => app.store.dispatch({ type: 'select', key: hub }));
    app.store.dispatch({ type: 'select', key: null });
    await nextFrame();

    // A window filter (what brushing does).
    const w0 = performance.now();
    app.store.dispatch({ type: 'window', from: '2021-06-01', to: '2021-06-30' });
    view.layout.stop();
    const windowFilterMs = Math.round(performance.now() - w0);
    app.store.dispatch({ type: 'window', from: null, to: null });
    view.layout.stop();
    const gl = document.createElement('canvas').getContext('webgl2');
    const dbg = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl ? String(gl.getParameter(dbg ? dbg.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'no WebGL2';

    // Layout: FA2 in its worker until it stops by itself.
    const l0 = performance.now();
    const stopped = new Promise<void>((resolve) => view.layout.run('full', resolve));
    let layoutFrames: number[] = [];
    // JS only during the layout (a GL sync per frame would slow the worker down): what each position copy costs.
    const layout = await prof.measure(async () => { layoutFrames = await frameTimes(stopped); }, 0, false);
    const layoutMs = performance.now() - l0;
    // Once laid out, edges are short: the same re-render rasterises far fewer pixels.
    await nextFrame();
    const idleAfterLayout = await prof.measure(() => { for (let i = 0; i < 5; i++) view.sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true }); }, 0);

    window.benchResult = {
      nodes: view.graph.order,
      edges: g.rels.length,
      drawnEdges: view.graph.size,
      generateMs: Math.round(t1 - t0),
      firstRenderMs: Math.round(firstRenderMs),
      firstRenderJsMs: Math.round(firstRenderJsMs),
      frames: stats(frames),
      layoutFrames: stats(layoutFrames),
      layoutMs: Math.round(layoutMs),
      layoutIterations: view.layout.lastIterations,
      windowFilterMs,
      profile: { idle, move, hover, unhover, select, layout, idleAfterLayout },
      renderer,
    };
  } catch (e) {
    window.benchResult = { error: (e as Error).stack ?? String(e) };
  }
}
