/** The timeline's density view for many events: per lane, counts of events in day bins instead of one mark per event. */
import { dayNumber, isoDay } from './dates.ts';
import type { Dataset } from './dataset.ts';
import type { Lane } from './state.ts';
import { groupLanes, type TimelineEntry } from './timeline.ts';

/** Above this many events in view the timeline draws densities. */
export const MARK_LIMIT = 800;

export interface DensityLane {
  /** Lane key (a node key) or `other`. */
  key: string;
  label: string;
  /** Events starting in each bin (bin i covers `binDays` days from the domain start). */
  counts: number[];
  total: number;
  /** The lane's largest bin count (bars are scaled per lane). */
  max: number;
}

export interface Density {
  binDays: number;
  bins: number;
  /** The largest count of any bin of any lane. */
  max: number;
  lanes: DensityLane[];
}

/** Bin width in days so that a domain of `days` days makes at most `maxBins` bins: 1, 2, 7, 14, 30, 91 or 365 days. */
export function binWidth(days: number, maxBins: number): number {
  for (const w of [1, 2, 7, 14, 30, 91]) if (days / w <= maxBins) return w;
  return 365;
}

/**
 * Counts events per lane and bin over `domain` (events starting outside it are left out).
 * Lanes as groupLanes makes them: busiest first, ties by label, at most `maxLanes` named ones,
 * the rest and events without a lane in `other` (counted once each).
 */
export function densityOf(
  ds: Dataset, entries: readonly TimelineEntry[], lane: Lane, domain: { start: string; end: string },
  maxBins: number, maxLanes = 10, laneLabels?: ReadonlyMap<string, string>,
): Density {
  const d0 = dayNumber(domain.start);
  const days = dayNumber(domain.end) - d0 + 1;
  const binDays = binWidth(days, maxBins);
  const bins = Math.ceil(days / binDays);
  const binOf = (e: TimelineEntry): number => {
    const b = Math.floor((dayNumber(e.start) - d0) / binDays);
    return b >= 0 && b < bins ? b : -1;
  };
  const rows = groupLanes(ds, entries.filter((e) => binOf(e) >= 0), lane, maxLanes, laneLabels);
  let max = 0;
  const lanes = rows.map(([key, label, list]) => {
    const counts = new Array<number>(bins).fill(0);
    let total = 0;
    let laneMax = 0;
    for (const e of list) {
      const b = binOf(e);
      counts[b]++;
      total++;
      if (counts[b] > laneMax) laneMax = counts[b];
    }
    if (laneMax > max) max = laneMax;
    return { key, label, counts, total, max: laneMax };
  });
  return { binDays, bins, max, lanes };
}

/** A bar's height: the square root of its share of the lane's largest bin, so quiet bins stay visible; at least 2. */
export function barHeight(count: number, laneMax: number, full: number): number {
  return laneMax > 0 ? Math.max(2, Math.round(Math.sqrt(count / laneMax) * full * 10) / 10) : 0;
}

/** The first and last day of bin `i`. */
export function binSpan(domain: { start: string }, binDays: number, i: number): { from: string; to: string } {
  const s = dayNumber(domain.start) + i * binDays;
  return { from: isoDay(s), to: isoDay(s + binDays - 1) };
}

/** The entries overlapping a domain. */
export function entriesIn(entries: readonly TimelineEntry[], domain: { start: string; end: string }): TimelineEntry[] {
  return entries.filter((e) => e.end >= domain.start && e.start <= domain.end);
}
