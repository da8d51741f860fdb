/** ForceAtlas2 in a web worker that stops by itself; positions kept in localStorage between reloads. */
import { DirectedGraph } from 'graphology';
import FA2Module from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { Positions } from '../core/derive.ts';
import { syncInterval } from '../core/scale.ts';

// The package is CommonJS: the supervisor class is the module itself at runtime, `.default` in its typings.
const FA2Layout = ((FA2Module as unknown as { default?: unknown }).default ?? FA2Module) as typeof FA2Module.default;
type FA2Layout = InstanceType<typeof FA2Layout>;

const STORAGE_KEY = 'diplograph.positions.v1';

/** Stored positions, or none when storage is empty or unreadable. */
export function loadPositions(): Positions {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Positions;
  } catch (e) {
    console.warn(`layout: stored positions unreadable, starting afresh (${(e as Error).message})`);
    return {};
  }
}

export interface LayoutRunner {
  /** Runs FA2 for a number of iterations that shrinks with the graph ('settle' is shorter), at most 20 s, then stops and calls `done`. */
  run(mode: 'full' | 'settle', done?: () => void): void;
  stop(): void;
  isRunning(): boolean;
  /** Writes the graph's positions to localStorage (merged with stored ones) and returns them. */
  save(): Positions;
  /** Milliseconds the last run took, and the iterations it made. */
  lastRunMs: number;
  lastIterations: number;
}

/**
 * Runs ForceAtlas2 on a shadow graph (positions and edges only, no listeners) so the worker
 * iterates at its own pace; the drawn graph takes the shadow's positions every `syncInterval`
 * and at the end, so sigma re-indexes a few times a second instead of after every iteration.
 */
export function createLayout(graph: DirectedGraph, onState: (running: boolean) => void): LayoutRunner {
  let fa2: FA2Layout | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sync: ReturnType<typeof setInterval> | null = null;
  let startedAt = 0;
  let detach: (() => void) | null = null;
  const runner: LayoutRunner = {
    lastRunMs: 0,
    lastIterations: 0,
    run(mode, done) {
      runner.stop();
      if (graph.order < 2) return;
      const shadow = new DirectedGraph();
      graph.forEachNode((k, a) => { shadow.addNode(k, { x: a.x as number, y: a.y as number, size: a.size as number }); });
      graph.forEachEdge((e, _a, s, t) => { shadow.addEdgeWithKey(e, s, t); });
      const big = graph.order > 400;
      const settings = inferSettings(shadow);
      fa2 = new FA2Layout(shadow, {
        settings: { ...settings, barnesHutOptimize: big, barnesHutTheta: graph.order > 5000 ? 1 : 0.5, adjustSizes: !big, gravity: 0.08, strongGravityMode: true, scalingRatio: 10, slowDown: mode === 'full' ? 2 : 5 },
      });
      startedAt = performance.now();
      // Stop by itself: after enough iterations (each one updates every position once), or a time cap.
      const maxIterations = (mode === 'full' ? 600 : 150) * (graph.order > 5000 ? 0.25 : graph.order > 1000 ? 0.5 : 1);
      let iterations = 0;
      runner.lastIterations = 0;
      const copy = (): void => {
        graph.updateEachNodeAttributes((k, a) => {
          if (!shadow.hasNode(k)) return a;
          const p = shadow.getNodeAttributes(k);
          a.x = p.x as number;
          a.y = p.y as number;
          return a;
        }, { attributes: ['x', 'y'] });
      };
      const finish = (): void => {
        shadow.off('eachNodeAttributesUpdated', onIteration);
        if (!fa2) return;
        copy();
        runner.stop();
        runner.save();
        done?.();
      };
      const onIteration = (): void => {
        // Deferred: this runs inside the supervisor's message handler, which still uses its matrices.
        runner.lastIterations = ++iterations;
        if (iterations === maxIterations) setTimeout(finish, 0);
      };
      shadow.on('eachNodeAttributesUpdated', onIteration);
      detach = () => shadow.off('eachNodeAttributesUpdated', onIteration);
      fa2.start();
      onState(true);
      sync = setInterval(copy, syncInterval(graph.order));
      timer = setTimeout(finish, mode === 'full' ? 20_000 : 5_000);
    },
    stop() {
      detach?.();
      detach = null;
      if (timer) clearTimeout(timer);
      if (sync) clearInterval(sync);
      timer = null;
      sync = null;
      if (fa2) {
        fa2.kill();
        runner.lastRunMs = performance.now() - startedAt;
        fa2 = null;
        onState(false);
      }
    },
    isRunning: () => fa2 !== null,
    save() {
      const all = loadPositions();
      graph.forEachNode((k, a) => { all[k] = { x: a.x as number, y: a.y as number }; });
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(all));
      } catch (e) {
        console.warn(`layout: positions not saved (${(e as Error).message})`);
      }
      return all;
    },
  };
  return runner;
}
