/**
 * The entity tables in memory: every node that is neither an event nor an article (leaders,
 * countries, organisations, topics, places, days) and the relationships among them (REPRESENTS,
 * PART_OF, NEXT). A graph answer reads its events from the engine, but the nodes around them
 * come from this copy instead of about ten engine queries (a week of the Reuters corpus: the
 * entities of 300 events cost some 15 ms of engine time per answer).
 *
 * Only a store whose every write goes through this process may keep such a copy: the embedded
 * store (kuzu lets one read-write process hold a database file) drops it on every write and
 * reads it again on next use. A Neo4j server has other writers, so it keeps none.
 */
import { NODE_LABELS, NODES, nodeProps, REL_TYPES, RELS, relProps, type NodeLabel, type RelSpec, type RelType } from '../core/model.ts';
import type { Props } from '../core/patch.ts';
import type { GraphStore, JsonNode, JsonRel, JsonValue } from './port.ts';

/** The labels the copy holds: all but the events and the articles, the big and growing tables. */
export const ENTITY_LABELS: ReadonlySet<NodeLabel> = new Set(
  NODE_LABELS.filter((l) => l !== 'Call' && l !== 'Statement' && l !== 'Article'),
);

/** The relationship types whose every pair of ends is two entity labels. */
export const ENTITY_RELS: readonly RelType[] = REL_TYPES.filter((t) =>
  (RELS[t] as RelSpec).ends.every(([f, to]) => ENTITY_LABELS.has(f) && ENTITY_LABELS.has(to)));

/**
 * Above this many entity nodes no copy is made: the memory (about 1 KiB a node) and the wait of
 * the first answer would outweigh what it saves. The Reuters corpus holds about 2,700.
 */
export const MAX_ENTITY_NODES = 200_000;

export interface Entities {
  /** Global key (`Leader:vladimir-putin`) → node. Frozen: answers share these objects. */
  readonly nodes: ReadonlyMap<string, JsonNode>;
  /** Global key → kuzu internal id (`table:offset`), for rows that name a node by it. */
  readonly internalIds: ReadonlyMap<string, string>;
  /** Global key → the entity relationships it is the source of. Frozen, as the nodes. */
  readonly relsFrom: ReadonlyMap<string, readonly JsonRel[]>;
}

/** A kuzu internal id as the store hands it over (`{table, offset}`), as a `table:offset` string. */
export function internalId(v: JsonValue | undefined): string {
  const o = v as { table?: unknown; offset?: unknown } | null | undefined;
  if (!o || typeof o !== 'object' || typeof o.table !== 'number' || typeof o.offset !== 'number') {
    throw new Error(`expected a kuzu internal id {table, offset}, got ${JSON.stringify(v)}`);
  }
  return `${o.table}:${o.offset}`;
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

const RO = { readOnly: true } as const;

/**
 * Reads the entity tables of a kuzu store (read-only queries: one count and one read per label,
 * one read per relationship type), or null when they hold more than MAX_ENTITY_NODES nodes.
 */
export async function loadEntities(store: GraphStore, max = MAX_ENTITY_NODES): Promise<Entities | null> {
  if (store.dialect !== 'kuzu') throw new Error('entities: only the embedded store names nodes by internal id');
  let count = 0;
  for (const label of ENTITY_LABELS) {
    const res = await store.query(`MATCH (a:${label}) RETURN count(a) AS c`, {}, RO);
    count += Number(res.rows[0]?.['c'] ?? 0);
  }
  if (count > max) return null;
  const nodes = new Map<string, JsonNode>();
  const internalIds = new Map<string, string>();
  const byInternalId = new Map<string, string>();
  for (const label of ENTITY_LABELS) {
    const props = nodeProps(label);
    const res = await store.query(
      `MATCH (a:${label}) RETURN ${props.map(([p]) => `a.\`${p}\` AS \`${p}\``).join(', ')}, id(a) AS \`_iid\``, {}, RO);
    for (const row of res.rows) {
      const properties: Props = {};
      for (const [p] of props) properties[p] = (row[p] ?? null) as Props[string];
      const key = `${label}:${String(row[NODES[label].key])}`;
      const iid = internalId(row['_iid']);
      nodes.set(key, deepFreeze({ kind: label, key, properties }));
      internalIds.set(key, iid);
      byInternalId.set(iid, key);
    }
  }
  const relsFrom = new Map<string, JsonRel[]>();
  for (const type of ENTITY_RELS) {
    const props = relProps(type);
    const res = await store.query(
      `MATCH (a)-[r:\`${type}\`]->(b) RETURN id(a) AS \`_a\`, id(b) AS \`_b\`, ${props.map(([p]) => `r.\`${p}\` AS \`${p}\``).join(', ')}`,
      {}, RO);
    for (const row of res.rows) {
      const source = byInternalId.get(internalId(row['_a']));
      const target = byInternalId.get(internalId(row['_b']));
      if (source === undefined || target === undefined) continue;
      const properties: Props = {};
      for (const [p] of props) properties[p] = (row[p] ?? null) as Props[string];
      const list = relsFrom.get(source) ?? relsFrom.set(source, []).get(source)!;
      list.push(deepFreeze({ kind: type, source, target, properties }));
    }
  }
  return { nodes, internalIds, relsFrom };
}
