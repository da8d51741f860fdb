/**
 * Day nodes and the NEXT chain between the days present in the graph (pure).
 */
import { dayNumber } from '../core/days.ts';
import type { GraphPatch, PatchNode } from '../core/patch.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The Day node of an ISO day (`2021-12-07` → year 2021, month 12, weekday Tuesday). */
export function dayNode(date: string): PatchNode {
  const d = new Date(`${date}T00:00:00Z`);
  return { label: 'Day', key: date, props: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, weekday: WEEKDAYS[d.getUTCDay()]! } };
}

/** NEXT relationships between consecutive days of a sorted list, with the gap in days. */
export function dayChain(sortedDates: string[]): GraphPatch {
  const rels: GraphPatch['rels'] = [];
  for (let i = 1; i < sortedDates.length; i++) {
    const a = sortedDates[i - 1]!;
    const b = sortedDates[i]!;
    const days = Math.round(dayNumber(b) - dayNumber(a));
    rels.push({ type: 'NEXT', from: { label: 'Day', key: a }, to: { label: 'Day', key: b }, props: { days } });
  }
  return { nodes: [], rels };
}
