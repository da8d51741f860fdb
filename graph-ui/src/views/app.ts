/** The shared context of the views: API client, view-state store, current dataset and cross-view signals. */
import type { Api } from '../core/api.ts';
import { buildDataset, type Dataset } from '../core/dataset.ts';
import type { Lane, Store } from '../core/state.ts';
import { timelineEntries, type TimelineEntry } from '../core/timeline.ts';

/** The timeline of the whole store in windowed mode (GET /api/timeline), with the lane labels of `lane`. */
export interface Overview {
  entries: TimelineEntry[];
  laneLabels: Map<string, string>;
  lane: Lane;
}

type Listener = () => void;

export interface App {
  api: Api;
  store: Store;
  /** The loaded graph (whole database up to the limit, plus expansions and query results). */
  dataset: Dataset;
  entries: TimelineEntry[];
  /** Node keys highlighted from outside the graph (timeline hover, query results). */
  highlighted: Set<string>;
  /** True when the store is big and the dataset holds one window fetched from the server (views/windowLoader.ts). */
  windowed: boolean;
  /** In windowed mode: the whole store's timeline, else null. */
  overview: Overview | null;
  /** "Showing N of M events" when the server left events of the window out, else null. */
  coverage: string | null;
  setDataset(ds: Dataset): void;
  setOverview(o: Overview): void;
  onOverview(fn: Listener): void;
  setHighlighted(keys: Iterable<string>): void;
  onData(fn: Listener): void;
  onHighlight(fn: Listener): void;
  /** Centres the camera on a node (set by the graph view). */
  focusNode(key: string): void;
  /** Shows a short message at the bottom of the screen. */
  toast(message: string, kind?: 'info' | 'error'): void;
}

export function createApp(api: Api, store: Store): App {
  const dataListeners: Listener[] = [];
  const hlListeners: Listener[] = [];
  const overviewListeners: Listener[] = [];
  const app: App = {
    api,
    store,
    dataset: buildDataset([], []),
    entries: [],
    highlighted: new Set(),
    windowed: false,
    overview: null,
    coverage: null,
    setOverview(o) {
      app.overview = o;
      for (const fn of overviewListeners) fn();
    },
    onOverview: (fn) => void overviewListeners.push(fn),
    setDataset(ds) {
      app.dataset = ds;
      app.entries = timelineEntries(ds);
      for (const fn of dataListeners) fn();
    },
    setHighlighted(keys) {
      app.highlighted = new Set(keys);
      for (const fn of hlListeners) fn();
    },
    onData: (fn) => void dataListeners.push(fn),
    onHighlight: (fn) => void hlListeners.push(fn),
    focusNode: () => undefined,
    toast(message, kind = 'info') {
      const el = document.createElement('div');
      el.className = `toast toast-${kind}`;
      el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      el.textContent = message;
      document.body.append(el);
      setTimeout(() => el.remove(), kind === 'error' ? 7000 : 3500);
    },
  };
  return app;
}
