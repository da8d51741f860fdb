/**
 * Fast graph walks for the API: the subgraph induced by a set of nodes, found from the nodes'
 * own outgoing relationships (cost follows their degree, not the size of the graph), and a
 * breadth-first neighbourhood that stops at a node budget.
 */
import { NODES, REL_TYPES, RELS, relProps, type NodeLabel, type RelSpec } from '../core/model.ts';
import { parseNodeKey, type Props } from '../core/patch.ts';
import type { GraphStore, JsonNode, JsonRel } from '../store/port.ts';
import { keyExpr } from './dialect.ts';

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

/**
 * The nodes (those that exist) and every relationship between them, nodes sorted by key and
 * relationships by id. One query per label present, and one per relationship type and pair of
 * present labels that the model allows (both ends filtered in the engine, properties as columns).
 */
export async function inducedSubgraph(store: GraphStore, keys: Iterable<string>): Promise<SortedGraph> {
  const wanted = new Set(keys);
  if (wanted.size === 0) return { nodes: [], edges: [] };
  const groups = byLabel(wanted);
  const nodes: JsonNode[] = [];
  for (const [label, ids] of groups) {
    const found = await store.query(`MATCH (a:${label}) WHERE a.${NODES[label].key} IN $ids RETURN a`, { ids }, RO);
    for (const row of found.rows) nodes.push(row['a'] as unknown as JsonNode);
  }
  const edges: JsonRel[] = [];
  for (const type of REL_TYPES) {
    const spec: RelSpec = RELS[type];
    const cols = relProps(type).map(([p]) => `r.\`${p}\` AS \`${p}\``).join(', ');
    for (const [from, to] of spec.ends) {
      const fids = groups.get(from);
      const tids = groups.get(to);
      if (!fids || !tids) continue;
      const fk = NODES[from].key;
      const tk = NODES[to].key;
      const res = await store.query(
        `MATCH (a:${from})-[r:\`${type}\`]->(b:${to}) WHERE a.${fk} IN $fids AND b.${tk} IN $tids RETURN a.${fk} AS \`_f\`, b.${tk} AS \`_t\`, ${cols}`,
        { fids, tids }, RO);
      for (const row of res.rows) {
        const properties: Props = {};
        for (const [p] of relProps(type)) properties[p] = (row[p] ?? null) as Props[string];
        edges.push({ kind: type, source: `${from}:${String(row['_f'])}`, target: `${to}:${String(row['_t'])}`, properties });
      }
    }
  }
  nodes.sort((a, b) => a.key.localeCompare(b.key));
  edges.sort((a, b) => String(a.properties['id']).localeCompare(String(b.properties['id'])));
  return { nodes, edges };
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
