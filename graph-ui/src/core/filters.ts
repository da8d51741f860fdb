/** Filters as data: an ordered pipeline of steps over the dataset, yielding the kept node keys. */
import type { NodeLabel } from '../../../core/model.ts';
import { overlaps } from './dates.ts';
import { EVENT_LABELS, type Dataset } from './dataset.ts';
import type { ViewState } from './state.ts';

export type FilterStep =
  | { type: 'window'; from: string | null; to: string | null }
  | { type: 'countries'; countries: string[] }
  | { type: 'statementKinds'; kinds: string[] }
  | { type: 'callStatuses'; statuses: string[] }
  | { type: 'labels'; hidden: NodeLabel[] };

/** The steps the view state asks for, in order; steps that keep everything are left out. */
export function stepsOf(state: ViewState): FilterStep[] {
  const steps: FilterStep[] = [];
  if (state.statementKinds.length) steps.push({ type: 'statementKinds', kinds: state.statementKinds });
  if (state.callStatuses.length) steps.push({ type: 'callStatuses', statuses: state.callStatuses });
  if (state.from || state.to) steps.push({ type: 'window', from: state.from, to: state.to });
  if (state.countries.length) steps.push({ type: 'countries', countries: state.countries });
  if (state.hiddenLabels.length) steps.push({ type: 'labels', hidden: state.hiddenLabels });
  return steps;
}

const isEvent = (ds: Dataset, k: string): boolean => EVENT_LABELS.includes(ds.nodes.get(k)!.kind);

/**
 * Keeps the events passing `keepEvent`; other nodes stay when they touch a kept event, when
 * they touch no event at all and `keepLone(node)` says so, or when a kept actor represents them
 * or is part of them.
 */
function eventStep(ds: Dataset, keys: Set<string>, keepEvent: (k: string) => boolean, keepLone: (k: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const k of keys) if (isEvent(ds, k) && keepEvent(k)) out.add(k);
  for (const k of keys) {
    if (isEvent(ds, k)) continue;
    let touchesEvent = false;
    let touchesKept = false;
    for (const n of ds.adjacency.get(k) ?? []) {
      if (!keys.has(n) || !isEvent(ds, n)) continue;
      touchesEvent = true;
      if (out.has(n)) { touchesKept = true; break; }
    }
    if (touchesKept || (!touchesEvent && keepLone(k))) out.add(k);
  }
  // Affiliations of kept actors stay (Biden → United States, Kremlin → Russia).
  for (const r of ds.rels) {
    if ((r.kind === 'REPRESENTS' || r.kind === 'PART_OF') && out.has(r.source) && keys.has(r.target)) out.add(r.target);
  }
  return out;
}

/** Applies one step to a set of node keys. */
export function applyStep(ds: Dataset, keys: Set<string>, step: FilterStep): Set<string> {
  switch (step.type) {
    case 'labels':
      return new Set([...keys].filter((k) => !step.hidden.includes(ds.nodes.get(k)!.kind)));
    case 'statementKinds':
      return new Set([...keys].filter((k) => {
        const n = ds.nodes.get(k)!;
        return n.kind !== 'Statement' || step.kinds.includes(String(n.properties.kind ?? 'other'));
      }));
    case 'callStatuses':
      return new Set([...keys].filter((k) => {
        const n = ds.nodes.get(k)!;
        return n.kind !== 'Call' || step.statuses.includes(String(n.properties.status ?? 'unknown'));
      }));
    case 'window': {
      const inWindow = (k: string): boolean => {
        const span = ds.spans.get(k);
        return !!span && overlaps(span.start, span.end, step.from, step.to);
      };
      // In a window, nodes without any event (a Country known only by REPRESENTS) are left out.
      return eventStep(ds, keys, inWindow, () => false);
    }
    case 'countries': {
      const wanted = (k: string): boolean => [...(ds.countries.get(k) ?? [])].some((c) => step.countries.includes(c));
      return eventStep(ds, keys, wanted, wanted);
    }
  }
}

/** Runs the pipeline; returns the kept node keys and the kept relationships (both ends kept). */
export function applyFilters(ds: Dataset, steps: FilterStep[]): { keys: Set<string>; rels: Dataset['rels'] } {
  let keys = new Set(ds.nodes.keys());
  for (const s of steps) keys = applyStep(ds, keys, s);
  return { keys, rels: ds.rels.filter((r) => keys.has(r.source) && keys.has(r.target)) };
}
