/** Windowed loading for big stores: the timeline overview from /api/timeline, the graph of the brushed window from /api/graph. */
import { buildDataset } from '../core/dataset.ts';
import type { Lane } from '../core/state.ts';
import { coverage, fromServerEntry, openingWindow, windowQuery, WINDOW_LIMIT } from '../core/window.ts';
import type { App, Overview } from './app.ts';

/** Timeline entries per overview page, and at most this many in all. */
const OVERVIEW_PAGE = 10_000;
const OVERVIEW_MAX = 100_000;

/**
 * Switches the app to windowed mode: loads the overview, opens on the URL's window or the month
 * of the latest event, and from then on fetches the graph of each window the user brushes (the
 * latest request wins). Resolves when the first window is drawn.
 */
export async function startWindowed(app: App, limit = WINDOW_LIMIT): Promise<void> {
  app.windowed = true;
  let token = 0;
  let warned = false;

  async function loadOverview(lane: Lane): Promise<Overview> {
    const entries: ReturnType<typeof fromServerEntry>[] = [];
    const laneLabels = new Map<string, string>();
    let cursor: string | undefined;
    do {
      const page = await app.api.timeline({ lane, limit: OVERVIEW_PAGE, cursor });
      for (const e of page.entries) entries.push(fromServerEntry(e));
      for (const l of page.lanes) laneLabels.set(l.key, l.label);
      cursor = page.next ?? undefined;
    } while (cursor && entries.length < OVERVIEW_MAX);
    return { entries, laneLabels, lane };
  }

  async function fetchWindow(): Promise<void> {
    const my = ++token;
    const st = app.store.get();
    const answer = await app.api.graph(windowQuery(st.from, st.to, limit));
    if (my !== token) return;
    const events = answer.nodes.filter((n) => n.kind === 'Call' || n.kind === 'Statement').length;
    app.coverage = coverage(events, answer);
    if (app.coverage && !warned) {
      warned = true;
      app.toast(`${app.coverage} in this window; narrow the window to see them all.`);
    }
    app.setDataset(buildDataset(answer.nodes, answer.edges));
  }

  const failed = (e: unknown): void => app.toast(`Could not load the window: ${(e as Error).message}`, 'error');
  let pending: Promise<void> = Promise.resolve();
  app.store.subscribe((st, prev) => {
    if (st.from !== prev.from || st.to !== prev.to) {
      pending = fetchWindow();
      pending.catch(failed);
    }
    if (st.lane !== prev.lane) loadOverview(st.lane).then((o) => app.setOverview(o)).catch(failed);
  });

  // A window from the URL is fetched while the overview loads; otherwise the overview tells the latest month.
  const given = app.store.get();
  if (given.from || given.to) {
    const [overview] = await Promise.all([loadOverview(given.lane), fetchWindow()]);
    app.setOverview(overview);
    return;
  }
  const overview = await loadOverview(given.lane);
  const w = openingWindow(given, overview.entries);
  if (w.from === given.from && w.to === given.to) {
    app.setOverview(overview);
    await fetchWindow();
    return;
  }
  // The window first (the subscription above fetches it), so the timeline opens zoomed around it.
  app.store.dispatch({ type: 'window', from: w.from, to: w.to });
  app.setOverview(overview);
  await pending;
}
