/**
 * The graph shown next to a query result: the subgraph induced by the nodes the rows name —
 * node and relationship values, and (for named queries, whose rows carry keys) `Label:key` strings.
 */
import { parseNodeKey } from '../core/patch.ts';
import { nodesInRows } from '../export/selection.ts';
import type { GraphStore, JsonRel, JsonValue, JsonNode } from '../store/port.ts';
import { inducedSubgraph } from './subgraph.ts';

/** Every `Label:key` string (with a label of the model) in the row values, lists included. */
export function keyStringsInRows(rows: Record<string, JsonValue>[]): string[] {
  const out = new Set<string>();
  const visit = (v: JsonValue): void => {
    if (typeof v === 'string') {
      if (/^[A-Z][A-Za-z]+:\S/.test(v) && v.length < 300) {
        try {
          parseNodeKey(v);
          out.add(v);
        } catch {
          // a string that only looks like a key (e.g. "Note: ..."): not a node
        }
      }
      return;
    }
    if (Array.isArray(v)) v.forEach(visit);
  };
  rows.forEach((r) => Object.values(r).forEach(visit));
  return [...out];
}

export interface ResultGraph {
  nodes: JsonNode[];
  edges: JsonRel[];
  truncated: boolean;
}

/**
 * The subgraph induced by the nodes in the rows (at most `maxNodes`, in order of appearance).
 * @example await resultGraph(store, rows, { keyStrings: true, maxNodes: 2000 })
 */
export async function resultGraph(
  store: GraphStore,
  rows: Record<string, JsonValue>[],
  opts: { keyStrings: boolean; maxNodes: number },
): Promise<ResultGraph> {
  const keys = [...new Set([...nodesInRows(rows), ...(opts.keyStrings ? keyStringsInRows(rows) : [])])];
  const kept = keys.slice(0, opts.maxNodes);
  if (kept.length === 0) return { nodes: [], edges: [], truncated: false };
  return { ...(await inducedSubgraph(store, kept)), truncated: keys.length > kept.length };
}
