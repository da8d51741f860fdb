/**
 * The subgraph induced by a set of nodes, for every store (the port's `subgraph`, the API's
 * graphs): relationships found from their low-degree end by key lookups, so the cost follows
 * the nodes' degree, not the size of the graph. Written against the port, in Cypher both
 * engines accept.
 */
import { NODES, REL_TYPES, RELS, relProps, type NodeLabel, type RelSpec } from '../core/model.ts';
import { parseNodeKey, type Props } from '../core/patch.ts';
import { keysByLabel } from './plan.ts';
import type { GraphStore, JsonNode, JsonRel, JsonValue } from './port.ts';

const RO = { readOnly: true } as const;

/** Up to this many keys are looked up one by one (an index lookup each); more go in one UNWIND. */
const FEW_KEYS = 4;

/**
 * Runs a query written for one key (`$KEY` in a node pattern) for every key: one parameterised
 * lookup per key when there are few (kuzu plans `UNWIND $ids … {key: i}` as a scan and hash join,
 * several milliseconds even for one key), else one `UNWIND $ids AS i` over all of them.
 */
export async function byKeys(store: GraphStore, oneKey: string, ids: string[]): Promise<{ rows: Record<string, JsonValue>[] }> {
  if (ids.length > FEW_KEYS) return store.query(`UNWIND $ids AS i ${oneKey.replace('$KEY', 'i')}`, { ids }, RO);
  const rows: Record<string, JsonValue>[] = [];
  for (const id of ids) rows.push(...(await store.query(oneKey.replace('$KEY', '$id'), { id }, RO)).rows);
  return { rows };
}

/** Which end of a relationship to start from: lower first (few relationships per node). */
const ANCHOR_RANK: Record<NodeLabel, number> = {
  Statement: 0, Call: 1, Article: 2, Day: 3, Place: 4, Topic: 5, Organization: 6, Leader: 7, Country: 8,
};

/** Keys grouped by label from global `Label:key` strings. */
export function byLabel(keys: Iterable<string>): Map<NodeLabel, string[]> {
  return keysByLabel([...keys].map(parseNodeKey));
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
    // UNWIND + key lookup uses the primary-key index; `IN $ids` tests every node against the list.
    const found = await byKeys(store, `MATCH (a:${label} {${NODES[label].key}: $KEY}) RETURN a`, ids);
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
      // Start from the end with the smaller degree (events, articles, days), found by its key,
      // and keep the rows whose other end is in the set: cost follows the degree, not the table.
      const fromAnchor = ANCHOR_RANK[from] <= ANCHOR_RANK[to];
      const res = await byKeys(
        store,
        fromAnchor
          ? `MATCH (a:${from} {${fk}: $KEY})-[r:\`${type}\`]->(b:${to}) RETURN a.${fk} AS \`_f\`, b.${tk} AS \`_t\`, ${cols}`
          : `MATCH (a:${from})-[r:\`${type}\`]->(b:${to} {${tk}: $KEY}) RETURN a.${fk} AS \`_f\`, b.${tk} AS \`_t\`, ${cols}`,
        fromAnchor ? fids : tids,
      );
      const others = new Set(fromAnchor ? tids : fids);
      for (const row of res.rows) {
        if (!others.has(String(row[fromAnchor ? '_t' : '_f']))) continue;
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

