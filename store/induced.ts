/**
 * The subgraph induced by a set of nodes, for every store (the port's `subgraph`, the API's
 * graphs): relationships found from their low-degree end by key lookups, so the cost follows
 * the nodes' degree, not the size of the graph. Written against the port, in Cypher both
 * engines accept.
 */
import { dayNumber } from '../core/days.ts';
import { NODES, nodeProps, REL_TYPES, RELS, relProps, type NodeLabel, type RelSpec, type RelType } from '../core/model.ts';
import { parseNodeKey, type Props } from '../core/patch.ts';
import { ENTITY_LABELS, internalId, type Entities } from './entities.ts';
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
export async function byKeys(
  store: GraphStore, oneKey: string, ids: string[], extra: Record<string, unknown> = {}, few = FEW_KEYS,
): Promise<{ rows: Record<string, JsonValue>[] }> {
  if (ids.length > few) return store.query(`UNWIND $ids AS i ${oneKey.replace('$KEY', 'i')}`, { ...extra, ids }, RO);
  const rows: Record<string, JsonValue>[] = [];
  for (const id of ids) rows.push(...(await store.query(oneKey.replace('$KEY', '$id'), { ...extra, id }, RO)).rows);
  return { rows };
}

/** Labels whose nodes carry an ISO `date`: their relationships are read within the dates of the set. */
const DATED = new Set<NodeLabel>(['Call', 'Statement']);

/**
 * The first and last `date` of the nodes of a dated label, or null when one has none. A test
 * `a.date >= $d0 AND a.date <= $d1` beside the key join lets the engine skip the label's other
 * nodes in its scan (kuzu plans `UNWIND $ids … {id: i}` as a join over the whole table: 16 → 7 ms
 * for 300 statements of the corpus).
 */
function dateRange(nodes: JsonNode[], label: NodeLabel): { d0: string; d1: string } | null {
  let d0: string | null = null;
  let d1: string | null = null;
  for (const n of nodes) {
    if (n.kind !== label) continue;
    const d = n.properties['date'];
    if (typeof d !== 'string') return null;
    if (d0 === null || d < d0) d0 = d;
    if (d1 === null || d > d1) d1 = d;
  }
  return d0 !== null && d1 !== null ? { d0, d1 } : null;
}

/**
 * The date range of a dated label's keys from dates the caller already holds (`Label:key` →
 * ISO date), or null unless every one of them is known.
 */
function knownRange(ids: string[], label: NodeLabel, dates: ReadonlyMap<string, string> | undefined): { d0: string; d1: string } | null {
  if (!dates) return null;
  let d0: string | null = null;
  let d1: string | null = null;
  for (const id of ids) {
    const d = dates.get(`${label}:${id}`);
    if (d === undefined) return null;
    if (d0 === null || d < d0) d0 = d;
    if (d1 === null || d > d1) d1 = d;
  }
  return d0 !== null && d1 !== null ? { d0, d1 } : null;
}

/** Dates known to lie at most this many days apart keep relationship reads beside the node reads. */
const NARROW_DAYS = 31;

/** Days from one ISO date to another (a month or a year counts from its first day). */
function daysBetween(d0: string, d1: string): number {
  const first = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  return dayNumber(first(d1)) - dayNumber(first(d0));
}

export interface InducedOptions {
  /**
   * The `date` of Call and Statement nodes of the set, when the caller read them already (e.g. a
   * timeline row's `key` and `date`): their relationships are then read without waiting for the
   * nodes. A wrong date would lose relationships, so give only dates read from the store.
   */
  dates?: ReadonlyMap<string, string>;
}

/**
 * Labels with big tables (a corpus holds tens of thousands): a few of their keys are looked up
 * one by one. The other tables are small enough that one UNWIND costs what one lookup does.
 */
const BIG_TABLES = new Set<NodeLabel>(['Statement', 'Article']);

/** How many keys of a label byKeys looks up one by one. */
function fewFor(label: NodeLabel): number {
  return BIG_TABLES.has(label) ? FEW_KEYS : 1;
}

/** Which end of a relationship to start from: lower first (few relationships per node). */
const ANCHOR_RANK: Record<NodeLabel, number> = {
  Statement: 0, Call: 1, Article: 2, Day: 3, Place: 4, Topic: 5, Organization: 6, Leader: 7, Country: 8,
};

/** Keys grouped by label from global `Label:key` strings. */
export function byLabel(keys: Iterable<string>): Map<NodeLabel, string[]> {
  return keysByLabel([...keys].map(parseNodeKey));
}

/** The nodes of a label taken from the in-memory entities (missing keys left out), noted by internal id. */
function fromMemory(memory: Entities, label: NodeLabel, ids: string[], nodes: JsonNode[], byInternalId: Map<string, JsonNode>): JsonNode[] {
  const mine: JsonNode[] = [];
  for (const id of ids) {
    const key = `${label}:${id}`;
    const node = memory.nodes.get(key);
    if (!node) continue;
    mine.push(node);
    byInternalId.set(memory.internalIds.get(key)!, node);
  }
  nodes.push(...mine);
  return mine;
}

export interface SortedGraph {
  nodes: JsonNode[];
  edges: JsonRel[];
}

/** One query of the induced subgraph: the relationships of several types met from one anchor label. */
interface RelGroupQuery {
  anchor: NodeLabel;
  /**
   * `out`: the anchor is the relationship's source; `both`: each type has the anchor at one end
   * only, so that the type tells the direction (`typeDir`) and one undirected pattern reads both.
   */
  dir: 'out' | 'in' | 'both';
  /** With `both`: whether the anchor is the source (`out`) or the target (`in`) of each type. */
  typeDir: Map<RelType, 'out' | 'in'>;
  types: Set<RelType>;
  /** `TYPE|OtherLabel` pairs the model allows from this anchor in this direction. */
  allowed: Set<string>;
}

/** Whether every pair of ends of a type that has `label` at one end has it at that same end. */
function oneEnd(type: RelType, label: NodeLabel): 'out' | 'in' | null {
  const spec: RelSpec = RELS[type];
  const asFrom = spec.ends.some(([f]) => f === label);
  const asTo = spec.ends.some(([, t]) => t === label);
  return asFrom && !asTo ? 'out' : asTo && !asFrom ? 'in' : null;
}

/**
 * Groups the (type, from, to) triples whose ends are both present by the end to start from (the
 * lower ANCHOR_RANK) and direction: one engine query per group instead of one per triple.
 */
function relGroups(present: Set<NodeLabel>, inMemory: (from: NodeLabel, to: NodeLabel) => boolean): RelGroupQuery[] {
  const groups = new Map<string, RelGroupQuery>();
  for (const type of REL_TYPES) {
    const spec: RelSpec = RELS[type];
    for (const [from, to] of spec.ends) {
      if (!present.has(from) || !present.has(to) || inMemory(from, to)) continue;
      const fromAnchor = ANCHOR_RANK[from] <= ANCHOR_RANK[to];
      const anchor = fromAnchor ? from : to;
      const dir = fromAnchor ? 'out' : 'in';
      const id = `${anchor}|${dir}`;
      const g = groups.get(id) ?? groups.set(id, { anchor, dir, typeDir: new Map(), types: new Set(), allowed: new Set() }).get(id)!;
      g.types.add(type);
      g.typeDir.set(type, dir);
      g.allowed.add(`${type}|${fromAnchor ? to : from}`);
    }
  }
  // An anchor's two directions in one undirected query when every type's direction is told by the
  // anchor's end (statements: MADE in, ABOUT, DURING, REPORTED_BY out): one key join instead of two
  // (300 statements of a busy day: 9.5 → 6.9 ms).
  const out: RelGroupQuery[] = [];
  for (const g of groups.values()) {
    if (g.dir === 'in' && groups.has(`${g.anchor}|out`)) continue;
    const other = g.dir === 'out' ? groups.get(`${g.anchor}|in`) : undefined;
    const all = other ? [...g.types, ...other.types] : [];
    if (other && all.every((t) => oneEnd(t, g.anchor) !== null)) {
      out.push({
        anchor: g.anchor, dir: 'both', types: new Set(all),
        typeDir: new Map([...g.typeDir, ...other.typeDir]), allowed: new Set([...g.allowed, ...other.allowed]),
      });
    } else {
      out.push(g);
      if (other) out.push(other);
    }
  }
  return out;
}

/**
 * The nodes (those that exist) and every relationship between them, nodes sorted by key and
 * relationships by id. One query per label present, and one per anchor label and direction for
 * the relationships: started from the end with the smaller degree (events, articles, days),
 * found by its key, over every type the model allows towards the other labels present; rows
 * whose other end is not in the set are dropped here. Cost follows the anchors' degree. Entity
 * nodes and the relationships among them come from the store's copy in memory when it keeps one
 * (store/entities.ts): the engine is then asked only about events and articles.
 */
export async function inducedSubgraph(store: GraphStore, keys: Iterable<string>, opts: InducedOptions = {}): Promise<SortedGraph> {
  const wanted = new Set(keys);
  if (wanted.size === 0) return { nodes: [], edges: [] };
  const groups = byLabel(wanted);
  const nodes: JsonNode[] = [];
  const kuzu = store.dialect === 'kuzu';
  // kuzu: the nodes' internal ids (`table:offset`) → node, so that relationship rows need only
  // the other end's internal id: reading its key means a lookup in up to four node tables per
  // row (300 statements of the corpus: 15.6 → 11.3 ms for their MADE relationships).
  const byInternalId = new Map<string, JsonNode>();
  // kuzu: the offsets (`offset(id(a))`) of the nodes read, by label, to find relationships from.
  const offsets = new Map<NodeLabel, number[]>();
  // Entities (leaders, countries, days, …) and the relationships among them come from the
  // store's copy in memory when it keeps one (store/entities.ts).
  const memory = kuzu && store.entities ? await store.entities() : null;
  const inMemory = (label: NodeLabel): boolean => memory !== null && ENTITY_LABELS.has(label);
  const edges: JsonRel[] = [];
  if (memory) for (const key of wanted) for (const r of memory.relsFrom.get(key) ?? []) if (wanted.has(r.target)) edges.push(r);
  // The queries are independent: they run at once (each on its own read connection or session).
  const nodeQueries = new Map([...groups].map(([label, ids]) => [label, (async () => {
    if (memory && inMemory(label)) return fromMemory(memory, label, ids, nodes, byInternalId);
    // UNWIND + key lookup uses the primary-key index; `IN $ids` tests every node against the list.
    // Properties come as columns: plain values are cheaper to hand over than node objects.
    const props = nodeProps(label);
    const read = (keys: string[], range: { d0: string; d1: string } | null) => byKeys(
      store,
      `MATCH (a:${label} {${NODES[label].key}: $KEY}) ${range ? 'WHERE a.date >= $d0 AND a.date <= $d1 ' : ''}` +
        `RETURN ${props.map(([p]) => `a.\`${p}\` AS \`${p}\``).join(', ')}` + (kuzu ? ', id(a) AS `_iid`' : ''),
      keys, range ?? {}, fewFor(label));
    // Dated nodes whose dates the caller knows are read within them (the engine then skips the
    // label's other nodes: 280 statements of a busy week, 9.1 → 6.5 ms); a key not found that
    // way (a wrong date, or no such node) is looked up again without it.
    const known = DATED.has(label) ? knownRange(ids, label, opts.dates) : null;
    const found = await read(ids, known);
    if (known && found.rows.length < ids.length) {
      const got = new Set(found.rows.map((row) => String(row[NODES[label].key])));
      const missing = ids.filter((id) => !got.has(id));
      if (missing.length > 0) found.rows.push(...(await read(missing, null)).rows);
    }
    const mine = found.rows.map((row): JsonNode => {
      const properties: Props = {};
      for (const [p] of props) properties[p] = (row[p] ?? null) as Props[string];
      const node: JsonNode = { kind: label, key: `${label}:${String(row[NODES[label].key])}`, properties };
      if (kuzu) {
        byInternalId.set(internalId(row['_iid']), node);
        (offsets.get(label) ?? offsets.set(label, []).get(label)!).push((row['_iid'] as { offset: number }).offset);
      }
      return node;
    });
    nodes.push(...mine);
    return mine;
  })()]));
  const relQueries = relGroups(new Set(groups.keys()), (from, to) => inMemory(from) && inMemory(to)).map(async (g) => {
    const ak = NODES[g.anchor].key;
    const types = [...g.types];
    const props = [...new Set(types.flatMap((t) => relProps(t).map(([p]) => p)))];
    const cols = props.map((p) => `r.\`${p}\` AS \`${p}\``).join(', ');
    const rel = `[r:${types.map((t) => `\`${t}\``).join('|')}]`;
    const pattern = g.dir === 'out' ? `-${rel}->` : g.dir === 'in' ? `<-${rel}-` : `-${rel}-`;
    // The other end named by the labels it may have: the engine then looks in those tables only.
    // kuzu hands over its internal id alone (mapped to the nodes read above); Neo4j its label and
    // key, read from those labels' key properties.
    const others = [...new Set([...g.allowed].map((x) => x.slice(x.indexOf('|') + 1) as NodeLabel))];
    const bPattern = `(b:${others.join(kuzu ? ':' : '|')})`;
    let otherEnd = 'id(b) AS `_bid`';
    if (!kuzu) {
      const keys = [...new Set(others.map((l) => NODES[l].key))].map((k) => `b.${k}`);
      otherEnd = `labels(b)[0] AS \`_bl\`, ${keys.length === 1 ? keys[0]! : `coalesce(${keys.join(', ')})`} AS \`_bk\``;
    }
    const read = (range: { d0: string; d1: string } | null) => byKeys(
      store,
      `MATCH (a:${g.anchor} {${ak}: $KEY})${pattern}${bPattern} ${range ? 'WHERE a.date >= $d0 AND a.date <= $d1 ' : ''}` +
        `RETURN a.${ak} AS \`_a\`, ${kuzu ? 'label(r)' : 'type(r)'} AS \`_type\`, ${otherEnd}, ${cols}`,
      groups.get(g.anchor)!,
      range ?? {},
      fewFor(g.anchor),
    );
    let res: { rows: Record<string, JsonValue>[] };
    const ids = groups.get(g.anchor)!;
    const known = DATED.has(g.anchor) ? knownRange(ids, g.anchor, opts.dates) : null;
    if (kuzu && BIG_TABLES.has(g.anchor) && ids.length > fewFor(g.anchor) && !(known && daysBetween(known.d0, known.d1) <= NARROW_DAYS)) {
      // Many anchors in a big table, not known to lie within a few weeks: found by the offsets their
      // node query gave. kuzu joins a key list against the whole table (150 statements over a year:
      // 12 → 7 ms for their MADE relationships, a leader's year of events 44 → 30 ms in all); an offset
      // list is tested in the relationship scan. Within known dates (a week of the timeline) the
      // relationships are read at once, beside the nodes, as below.
      await nodeQueries.get(g.anchor);
      const offs = offsets.get(g.anchor) ?? [];
      res = offs.length === 0 ? { rows: [] } : await store.query(
        `MATCH (a:${g.anchor})${pattern}${bPattern} WHERE offset(id(a)) IN $offs ` +
          `RETURN a.${ak} AS \`_a\`, label(r) AS \`_type\`, ${otherEnd}, ${cols}`,
        { offs }, RO);
    } else if (!DATED.has(g.anchor)) {
      res = await read(null);
    } else {
      // Relationships of dated anchors are read within the anchors' dates: at once when the caller
      // knew them all, checked against the nodes once they are in (read again if the caller's
      // dates were not the nodes' own); else after the nodes.
      const early = known ? read(known) : null;
      const actual = dateRange(await nodeQueries.get(g.anchor)!, g.anchor);
      res = early && actual && known && actual.d0 >= known.d0 && actual.d1 <= known.d1 ? await early : await read(actual);
      await early?.catch(() => undefined);
    }
    // The other ends are named by internal id on kuzu: every node query must be in first.
    if (kuzu) await Promise.all(nodeQueries.values());
    for (const row of res.rows) {
      const type = String(row['_type']) as RelType;
      let bl: NodeLabel;
      let b: string;
      if (kuzu) {
        const other = byInternalId.get(internalId(row['_bid']));
        if (!other) continue;
        bl = other.kind as NodeLabel;
        b = other.key;
      } else {
        bl = String(row['_bl']) as NodeLabel;
        b = `${bl}:${String(row['_bk'])}`;
      }
      if (!g.allowed.has(`${type}|${bl}`) || !wanted.has(b)) continue;
      const a = `${g.anchor}:${String(row['_a'])}`;
      const properties: Props = {};
      for (const [p] of relProps(type)) properties[p] = (row[p] ?? null) as Props[string];
      const out = (g.dir === 'both' ? g.typeDir.get(type) : g.dir) === 'out';
      edges.push({ kind: type, source: out ? a : b, target: out ? b : a, properties });
    }
  });
  await Promise.all([...nodeQueries.values(), ...relQueries]);
  nodes.sort((a, b) => a.key.localeCompare(b.key));
  edges.sort((a, b) => String(a.properties['id']).localeCompare(String(b.properties['id'])));
  return { nodes, edges };
}
