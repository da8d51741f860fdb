/**
 * Fast graph walks for the API: the subgraph induced by a set of nodes, found from the nodes'
 * own outgoing relationships (cost follows their degree, not the size of the graph), and a
 * breadth-first neighbourhood that stops at a node budget.
 */
import { isRelType, NODES, REL_COMMON_PROPS, REL_TYPES, relProps, type NodeLabel } from '../core/model.ts';
import { parseNodeKey, type Props } from '../core/patch.ts';
import type { GraphStore, JsonNode, JsonRel } from '../store/port.ts';
import { keyExpr, typeExpr } from './dialect.ts';

const RO = { readOnly: true } as const;

function byLabel(keys: Iterable<string>): Map<NodeLabel, string[]> {
  const out = new Map<NodeLabel, string[]>();
  for (const k of keys) {
    const ref = parseNodeKey(k);
    (out.get(ref.label) ?? out.set(ref.label, []).get(ref.label)!).push(ref.key);
  }
  return out;
}

export interface SortedGraph {
  nodes: JsonNode[];
  edges: JsonRel[];
}

/** Every relationship property of the model (common ones first), as result columns. */
const REL_COLUMNS: string[] = [...new Set([...Object.keys(REL_COMMON_PROPS), ...REL_TYPES.flatMap((t) => relProps(t).map(([p]) => p))])];

/**
 * The nodes (those that exist) and every relationship between them, nodes sorted by key and
 * relationships by id. Two queries per label present; both ends are filtered in the engine and
 * relationships come back as plain columns (no node values to convert).
 */
export async function inducedSubgraph(store: GraphStore, keys: Iterable<string>): Promise<SortedGraph> {
  const wanted = new Set(keys);
  if (wanted.size === 0) return { nodes: [], edges: [] };
  const d = store.dialect;
  const all = [...wanted];
  const nodes = new Map<string, JsonNode>();
  const edges = new Map<string, JsonRel>();
  const cols = REL_COLUMNS.map((c) => `r.\`${c}\` AS \`${c}\``).join(', ');
  for (const [label, ids] of byLabel(wanted)) {
    const kp = NODES[label].key;
    const found = await store.query(`MATCH (a:${label}) WHERE a.${kp} IN $ids RETURN a`, { ids }, RO);
    for (const row of found.rows) {
      const n = row['a'] as unknown as JsonNode;
      nodes.set(n.key, n);
    }
    const res = await store.query(
      `MATCH (a:${label})-[r]->(b) WHERE a.${kp} IN $ids AND (${keyExpr('b', d)}) IN $wantedKeys
       RETURN ${typeExpr('r', d)} AS \`type\`, '${label}:' + a.${kp} AS \`source\`, ${keyExpr('b', d)} AS \`target\`, ${cols}`,
      { ids, wantedKeys: all }, RO);
    for (const row of res.rows) {
      const type = String(row['type']);
      if (!isRelType(type)) continue;
      const properties: Props = {};
      for (const [p] of relProps(type)) properties[p] = (row[p] ?? null) as Props[string];
      const rel: JsonRel = { kind: type, source: String(row['source']), target: String(row['target']), properties };
      edges.set(String(properties['id'] ?? `${type}:${rel.source}->${rel.target}`), rel);
    }
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => a.key.localeCompare(b.key)),
    edges: [...edges.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => r),
  };
}

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
      const res = await store.query(
        `MATCH (a:${label})-[]-(x) WHERE a.${kp} IN $ids RETURN DISTINCT ${keyExpr('x', store.dialect)} AS k`,
        { ids }, RO);
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
