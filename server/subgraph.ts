/**
 * Graph walks for the API: a breadth-first neighbourhood that stops at a node budget (the induced
 * subgraph itself is store/induced.ts).
 */
import { NODES } from '../core/model.ts';
import { byKeys, byLabel } from '../store/induced.ts';
import type { GraphStore } from '../store/port.ts';
import { keyExpr } from './dialect.ts';

export { inducedSubgraph, type SortedGraph } from '../store/induced.ts';

/**
 * The keys of the nodes within `depth` hops of `key` (both directions), nearest first and by key
 * within a distance, at most `limit` of them; `truncated` when more were reachable.
 */
export async function neighbourKeys(
  store: GraphStore,
  key: string,
  depth: number,
  limit: number,
): Promise<{ keys: string[]; truncated: boolean }> {
  const seen = new Set([key]);
  const out: string[] = [];
  let frontier = [key];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next = new Set<string>();
    for (const [label, ids] of byLabel(frontier)) {
      const kp = NODES[label].key;
      const res = await byKeys(
        store,
        `MATCH (a:${label} {${kp}: $KEY})-[]-(x) RETURN DISTINCT ${keyExpr('x', store.dialect)} AS k`, ids);
      for (const row of res.rows) {
        const k = String(row['k']);
        if (!seen.has(k)) next.add(k);
      }
    }
    const layer = [...next].sort();
    for (const k of layer) seen.add(k);
    if (out.length + layer.length > limit) {
      out.push(...layer.slice(0, limit - out.length));
      return { keys: out, truncated: true };
    }
    out.push(...layer);
    frontier = layer;
  }
  return { keys: out, truncated: false };
}
