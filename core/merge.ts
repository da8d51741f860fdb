/**
 * Merging: the one set of rules by which facts about the same node or relationship combine,
 * whether two articles of one batch report them or one is already stored.
 *
 * - `sources` and `aliases` are unioned (sorted, so the result does not depend on order);
 * - a Call's `status` keeps the strongest report: held > cancelled > postponed > planned > unknown;
 * - `confidence` keeps the highest value;
 * - a `datePrecision` of day beats month beats year, and the date goes with it;
 * - a Call's `durationMinutes` derived from explicit times (the report has `startTime` and
 *   `endTime`) beats one read from words ("two-hour"), whichever came first;
 * - any other property keeps the value it already has and takes a new one only where it had none.
 */
import type { GraphPatch, PatchNode, PatchRel, Props, PropValue } from './patch.ts';
import { nodeKey, relId } from './patch.ts';

const UNION_PROPS = new Set(['sources', 'aliases']);
const STATUS_RANK: Record<string, number> = { unknown: 0, planned: 1, postponed: 2, cancelled: 3, held: 4 };
const PRECISION_RANK: Record<string, number> = { year: 0, month: 1, day: 2 };

function isEmpty(v: PropValue | undefined): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

function union(a: PropValue | undefined, b: PropValue | undefined): string[] {
  const out = new Set<string>();
  for (const v of [a, b]) {
    if (Array.isArray(v)) for (const s of v) out.add(s);
    else if (typeof v === 'string' && v !== '') out.add(v);
  }
  return [...out].sort();
}

/** Merges `incoming` into `existing` and returns the result (neither argument is changed). */
export function mergeProps(existing: Props, incoming: Props): Props {
  const out: Props = { ...existing };
  for (const [k, v] of Object.entries(incoming)) {
    if (UNION_PROPS.has(k)) {
      out[k] = union(out[k], v);
    } else if (k === 'status' && typeof v === 'string') {
      const cur = out[k];
      if (typeof cur !== 'string' || (STATUS_RANK[v] ?? 0) > (STATUS_RANK[cur] ?? 0)) out[k] = v;
    } else if (k === 'confidence' && typeof v === 'number') {
      const cur = out[k];
      out[k] = typeof cur === 'number' ? Math.max(cur, v) : v;
    } else if (k === 'datePrecision' && typeof v === 'string') {
      const cur = out[k];
      if (typeof cur !== 'string' || (PRECISION_RANK[v] ?? 0) > (PRECISION_RANK[cur] ?? 0)) {
        out[k] = v;
        if (!isEmpty(incoming['date'])) out['date'] = incoming['date'] ?? null;
      }
    } else if (k === 'durationMinutes' && !isEmpty(v)) {
      const timed = (p: Props): boolean => !isEmpty(p['startTime']) && !isEmpty(p['endTime']);
      if (isEmpty(out[k]) || (timed(incoming) && !timed(existing))) out[k] = v;
    } else if (k === 'date' && 'datePrecision' in incoming) {
      if (isEmpty(out[k])) out[k] = v;
    } else if (isEmpty(out[k]) && !isEmpty(v)) {
      out[k] = v;
    } else if (!(k in out)) {
      out[k] = v;
    }
  }
  return out;
}

/** True when merging `incoming` into `existing` would change nothing. */
export function propsEqual(a: Props, b: Props): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x = a[k] ?? null;
    const y = b[k] ?? null;
    if (Array.isArray(x) || Array.isArray(y)) {
      const xs = Array.isArray(x) ? x : [];
      const ys = Array.isArray(y) ? y : [];
      if (xs.length !== ys.length || xs.some((s, i) => s !== ys[i])) return false;
    } else if (x !== y) return false;
  }
  return true;
}

/**
 * Combines patches: one node per label and key, one relationship per id, properties merged by
 * the rules above (lists come out sorted even from a single report). Order of first appearance
 * is kept, so output is deterministic.
 */
export function mergePatches(...patches: GraphPatch[]): GraphPatch {
  const nodes = new Map<string, PatchNode>();
  const rels = new Map<string, PatchRel>();
  for (const p of patches) {
    for (const n of p.nodes) {
      const k = nodeKey(n);
      const cur = nodes.get(k);
      nodes.set(k, { ...(cur ?? n), props: mergeProps(cur?.props ?? {}, n.props) });
    }
    for (const r of p.rels) {
      const k = relId(r);
      const cur = rels.get(k);
      rels.set(k, { ...(cur ?? r), props: mergeProps(cur?.props ?? {}, r.props) });
    }
  }
  return { nodes: [...nodes.values()], rels: [...rels.values()] };
}
