/**
 * The graph shown next to a query result: the subgraph induced by the nodes the rows name —
 * node and relationship values, and (for named queries, whose rows carry keys) `Label:key` strings.
 */
import { keyStringsInRows, nodesInRows } from '../export/selection.ts';
import type { GraphStore, JsonRel, JsonValue, JsonNode } from '../store/port.ts';

export { keyStringsInRows };
import { inducedSubgraph } from './subgraph.ts';

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
  return { ...(await inducedSubgraph(store, kept, { dates: opts.keyStrings ? rowDates(rows) : undefined })), truncated: keys.length > kept.length };
}

/**
 * The dates named queries give with their keys: a row with a `Label:key` string in `key` and an
 * ISO date string in `date` (the timeline convention, queries/README.md) dates that node.
 */
export function rowDates(rows: Record<string, JsonValue>[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const row of rows) {
    const key = row['key'];
    const date = row['date'];
    if (typeof key === 'string' && typeof date === 'string' && /^(Call|Statement):/.test(key)) dates.set(key, date);
  }
  return dates;
}
