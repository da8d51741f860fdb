/** Windowed loading for big stores: when to use it, which window to open, what to ask the server, and how much of it is shown. */
import { dayNumber, isoDay } from './dates.ts';
import type { ServerTimelineEntry } from './types.ts';
import type { TimelineEntry } from './timeline.ts';

/** Stores with more nodes than this are loaded a window at a time (GET /api/graph?from&to&limit). */
export const WINDOW_ABOVE = 5000;
/** Events per window answer. */
export const WINDOW_LIMIT = 2000;
/** The day before every date: an open window's `from`. */
export const EARLIEST = '0001-01-01';

/** Whether a store of `nodes` nodes is loaded by windows rather than whole. */
export function isWindowed(nodes: number, above = WINDOW_ABOVE): boolean {
  return nodes > above;
}

/** The calendar month holding `day` (an ISO day, month or year): first and last day. */
export function monthOf(day: string): { from: string; to: string } {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(day);
  if (!m) throw new Error(`window: "${day}" is not an ISO date`);
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 12;
  const first = `${m[1]}-${String(mo).padStart(2, '0')}-01`;
  const next = mo === 12 ? `${y + 1}-01-01` : `${m[1]}-${String(mo + 1).padStart(2, '0')}-01`;
  return { from: first, to: isoDay(dayNumber(next) - 1) };
}

/**
 * The window to open on: the one in the URL, else the latest month that holds at least a tenth
 * as many events as the busiest month (by start day: a stray late date does not open an empty
 * month), else none.
 */
export function openingWindow(state: { from: string | null; to: string | null }, entries: readonly { start: string }[]): { from: string | null; to: string | null } {
  if (state.from || state.to) return { from: state.from, to: state.to };
  const perMonth = new Map<string, number>();
  for (const e of entries) {
    const m = e.start.slice(0, 7);
    perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
  }
  let busiest = 0;
  for (const n of perMonth.values()) busiest = Math.max(busiest, n);
  let chosen: string | null = null;
  for (const [m, n] of perMonth) if (n * 10 >= busiest && (chosen === null || m > chosen)) chosen = m;
  return chosen ? monthOf(chosen) : { from: null, to: null };
}

/** The /api/graph parameters for a window; an open window asks for every event from the start (the first `limit` of them). */
export function windowQuery(from: string | null, to: string | null, limit = WINDOW_LIMIT): { from: string; to?: string; limit: number } {
  return to ? { from: from ?? EARLIEST, to, limit } : { from: from ?? EARLIEST, limit };
}

/** "Showing N of M events" when the server left events out, else null. */
export function coverage(shown: number, answer: { truncated?: boolean; total?: number }): string | null {
  if (!answer.truncated) return null;
  const total = answer.total ?? shown;
  return `Showing ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} events`;
}

/** A server timeline entry as the timeline view's entry (lanes of the lane mode it was asked for). */
export function fromServerEntry(e: ServerTimelineEntry): TimelineEntry {
  const precision = e.datePrecision === 'month' || e.datePrecision === 'year' ? e.datePrecision : 'day';
  return {
    key: e.key,
    kind: e.kind,
    label: e.label,
    date: e.date,
    precision,
    start: e.start,
    end: e.end,
    status: e.kind === 'Call' ? (e.status ?? 'unknown') : null,
    statementKind: e.kind === 'Statement' ? (e.statementKind ?? 'other') : null,
    participants: e.participants,
    lanes: e.lanes,
  };
}

/**
 * The overview entries the timeline shows in windowed mode, under the view's non-window filters:
 * hidden labels, call statuses, statement kinds, and countries when the lanes are countries
 * (the lanes are then the events' countries; with leader lanes the country filter applies to the graph only).
 */
export function overviewEntries(
  entries: readonly TimelineEntry[],
  st: { hiddenLabels: readonly string[]; callStatuses: readonly string[]; statementKinds: readonly string[]; countries: readonly string[]; lane: 'leader' | 'country' },
): TimelineEntry[] {
  const countries = st.lane === 'country' && st.countries.length ? new Set(st.countries.map((c) => `Country:${c}`)) : null;
  return entries.filter((e) =>
    !st.hiddenLabels.includes(e.kind) &&
    (e.kind !== 'Call' || !st.callStatuses.length || st.callStatuses.includes(e.status ?? 'unknown')) &&
    (e.kind !== 'Statement' || !st.statementKinds.length || st.statementKinds.includes(e.statementKind ?? 'other')) &&
    (!countries || (e.lanes ?? []).some((l) => countries.has(l))));
}
