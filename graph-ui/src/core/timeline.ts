/** The timeline's model: events from the dataset, lanes by leader or country, rows, scale and play steps. */
import { dayNumber, isoDay } from './dates.ts';
import { displayName, type Dataset } from './dataset.ts';
import type { Lane } from './state.ts';

export interface TimelineEntry {
  key: string;
  kind: 'Call' | 'Statement';
  label: string;
  date: string;
  precision: 'day' | 'month' | 'year';
  start: string;
  end: string;
  status: string | null;
  statementKind: string | null;
  /** Keys of the actors of the event (participants, speakers). */
  participants: string[];
  /** Lanes given by the server (windowed loading: the event may not be in the dataset); else derived by lanesOf. */
  lanes?: string[];
}

export interface LaneRow {
  /** Lane key: a Leader or Country node key, or `other`. */
  key: string;
  label: string;
  /** Entries placed in this lane with their sub-row (overlapping spans stack). */
  items: { entry: TimelineEntry; row: number }[];
  rows: number;
}

/** The Calls and Statements of the dataset with a readable date, earliest first. */
export function timelineEntries(ds: Dataset): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const [key, span] of ds.spans) {
    const n = ds.nodes.get(key)!;
    out.push({
      key,
      kind: n.kind as 'Call' | 'Statement',
      label: displayName(n),
      date: String(n.properties.date),
      precision: span.precision,
      start: span.start,
      end: span.end,
      status: n.kind === 'Call' ? String(n.properties.status ?? 'unknown') : null,
      statementKind: n.kind === 'Statement' ? String(n.properties.kind ?? 'other') : null,
      participants: ds.actors.get(key) ?? [],
    });
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
}

/** The lanes an entry belongs to: its Leader participants, or the countries it involves. */
export function lanesOf(ds: Dataset, entry: TimelineEntry, lane: Lane): string[] {
  if (entry.lanes) return entry.lanes;
  if (lane === 'leader') return entry.participants.filter((p) => p.startsWith('Leader:'));
  return [...(ds.countries.get(entry.key) ?? [])].sort().map((iso) => `Country:${iso}`);
}

/**
 * Groups entries by lane (an entry goes in each of its lanes): busiest lane first (ties by label),
 * at most `maxLanes` named lanes; the rest and entries without a lane go to `other` (once each,
 * by start). Shared by the marks (assignLanes) and the density bars (density.ts).
 */
export function groupLanes(
  ds: Dataset, entries: Iterable<TimelineEntry>, lane: Lane, maxLanes = 10, laneLabels?: ReadonlyMap<string, string>,
): [key: string, label: string, entries: TimelineEntry[]][] {
  const byLane = new Map<string, TimelineEntry[]>();
  const unplaced: TimelineEntry[] = [];
  for (const e of entries) {
    const ls = lanesOf(ds, e, lane);
    if (!ls.length) unplaced.push(e);
    for (const l of ls) {
      let list = byLane.get(l);
      if (!list) byLane.set(l, (list = []));
      list.push(e);
    }
  }
  const labelOf = (k: string): string => {
    const n = ds.nodes.get(k);
    return n ? displayName(n) : laneLabels?.get(k) ?? k.slice(k.indexOf(':') + 1);
  };
  const ranked = [...byLane.entries()].sort((a, b) => b[1].length - a[1].length || labelOf(a[0]).localeCompare(labelOf(b[0])));
  const named = ranked.slice(0, maxLanes);
  const overflow = new Set<TimelineEntry>(unplaced);
  for (const [, list] of ranked.slice(maxLanes)) for (const e of list) overflow.add(e);
  for (const [, list] of named) for (const e of list) overflow.delete(e);
  const lanes: [string, string, TimelineEntry[]][] = named.map(([k, list]) => [k, labelOf(k), list]);
  if (overflow.size) lanes.push(['other', 'Other', [...overflow].sort((a, b) => a.start.localeCompare(b.start))]);
  return lanes;
}

/**
 * Assigns entries to lanes as groupLanes groups them. Within a lane, spans that overlap are
 * stacked on sub-rows (greedy interval packing).
 */
export function assignLanes(ds: Dataset, entries: TimelineEntry[], lane: Lane, maxLanes = 10, laneLabels?: ReadonlyMap<string, string>): LaneRow[] {
  const lanes = groupLanes(ds, entries, lane, maxLanes, laneLabels);
  return lanes.map(([key, label, list]) => {
    const rowEnds: number[] = [];
    const items = list.map((entry) => {
      const s = dayNumber(entry.start);
      let row = rowEnds.findIndex((end) => end < s);
      if (row < 0) row = rowEnds.length;
      // A point (one day) keeps a little room so two same-day marks do not fully overlap.
      rowEnds[row] = Math.max(dayNumber(entry.end), s);
      return { entry, row };
    });
    return { key, label, items, rows: Math.max(1, rowEnds.length) };
  });
}

/** The day range [start, end] covering every entry, padded by `pad` days; null when empty. */
export function domainOf(entries: TimelineEntry[], pad = 3): { start: string; end: string } | null {
  if (!entries.length) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of entries) {
    lo = Math.min(lo, dayNumber(e.start));
    hi = Math.max(hi, dayNumber(e.end));
  }
  return { start: isoDay(lo - pad), end: isoDay(hi + pad) };
}

/**
 * Where the day-precise entries sit, leaving out the earliest and latest `trim` share of them (a
 * few stray dates years away do not stretch it), padded by `pad` days; null when there are none.
 */
export function denseDomain(entries: TimelineEntry[], trim = 0.01, pad = 7): { start: string; end: string } | null {
  const starts = entries.filter((e) => e.precision === 'day').map((e) => e.start).sort();
  if (!starts.length) return null;
  const lo = starts[Math.floor(trim * starts.length)];
  const hi = starts[Math.max(0, Math.ceil((1 - trim) * starts.length) - 1)];
  return { start: isoDay(dayNumber(lo) - pad), end: isoDay(dayNumber(hi) + pad) };
}

/** A linear day ↔ pixel scale over a domain. */
export interface DayScale {
  toX(iso: string): number;
  /** Pixel → ISO day (rounded down, clamped to the domain). */
  toDay(x: number): string;
  pxPerDay: number;
}

export function dayScale(domain: { start: string; end: string }, x0: number, x1: number): DayScale {
  const d0 = dayNumber(domain.start);
  const d1 = dayNumber(domain.end) + 1;
  const pxPerDay = (x1 - x0) / Math.max(1, d1 - d0);
  return {
    pxPerDay,
    toX: (iso) => x0 + (dayNumber(iso) - d0) * pxPerDay,
    toDay: (x) => isoDay(Math.min(d1 - 1, Math.max(d0, d0 + Math.floor((x - x0) / pxPerDay)))),
  };
}

/** Tick marks for an axis: month starts when the domain is long, else days (at most ~`max`). */
export function ticks(domain: { start: string; end: string }, max = 12): { day: string; major: boolean }[] {
  const d0 = dayNumber(domain.start);
  const d1 = dayNumber(domain.end);
  const span = d1 - d0 + 1;
  const out: { day: string; major: boolean }[] = [];
  if (span > 62) {
    for (let d = d0; d <= d1; d++) {
      const iso = isoDay(d);
      if (iso.endsWith('-01')) out.push({ day: iso, major: iso.slice(5, 7) === '01' });
    }
    const stride = Math.ceil(out.length / max);
    return out.filter((_, i) => i % stride === 0);
  }
  const stride = Math.max(1, Math.ceil(span / max));
  for (let d = d0; d <= d1; d += stride) out.push({ day: isoDay(d), major: isoDay(d).endsWith('-01') });
  return out;
}

/**
 * The next window of a play step: the window slides forward by its own width; without a window,
 * play starts with a week at the domain start. Returns null past the end of the domain.
 */
export function playStep(domain: { start: string; end: string }, from: string | null, to: string | null, width = 7): { from: string; to: string } | null {
  if (!from || !to) {
    const s = dayNumber(domain.start);
    return { from: isoDay(s), to: isoDay(s + width - 1) };
  }
  const w = dayNumber(to) - dayNumber(from) + 1;
  const next = dayNumber(from) + w;
  if (next > dayNumber(domain.end)) return null;
  return { from: isoDay(next), to: isoDay(next + w - 1) };
}

/** The entries that relate to a selected node: the event itself, or events it takes part in or that involve it. */
export function relatedEntries(ds: Dataset, entries: TimelineEntry[], selected: string | null): Set<string> {
  const out = new Set<string>();
  if (!selected) return out;
  const adj = ds.adjacency.get(selected) ?? new Set<string>();
  const iso = selected.startsWith('Country:') ? selected.slice(8) : null;
  for (const e of entries) {
    if (e.key === selected || e.participants.includes(selected) || adj.has(e.key) || (iso && ds.countries.get(e.key)?.has(iso))) out.add(e.key);
  }
  return out;
}

/**
 * Zooms a visible domain around a day by `factor` (< 1 zooms in), at least 7 days wide and never
 * beyond `full`; returns null when the result covers all of `full`.
 */
export function zoomDomain(cur: { start: string; end: string }, full: { start: string; end: string }, at: string, factor: number): { start: string; end: string } | null {
  const c0 = dayNumber(cur.start);
  const c1 = dayNumber(cur.end);
  const f0 = dayNumber(full.start);
  const f1 = dayNumber(full.end);
  const a = Math.min(c1, Math.max(c0, dayNumber(at)));
  const width = Math.max(7, Math.round((c1 - c0) * factor));
  if (width >= f1 - f0) return null;
  let s = Math.round(a - (a - c0) * (width / Math.max(1, c1 - c0)));
  s = Math.min(Math.max(s, f0), f1 - width);
  return { start: isoDay(s), end: isoDay(s + width) };
}
