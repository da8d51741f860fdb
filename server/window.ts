/**
 * The events of a date window and the graph around one page of them, read by scanning the
 * window (with the page's date-and-key range) instead of looking events up by id: kuzu plans
 * id lists as a join over whole tables, a date filter is applied in the scan.
 */
import { NODES, nodeProps, REL_TYPES, RELS, relAllows, relProps, type NodeLabel, type RelSpec, type RelType } from '../core/model.ts';
import type { Props } from '../core/patch.ts';
import { byKeys, byLabel, inducedSubgraph } from '../store/induced.ts';
import type { Dialect, GraphStore, JsonNode, JsonRel, JsonValue } from '../store/port.ts';
import { labelExpr, typeExpr, windowExpr } from './dialect.ts';
import { comparePosition } from './paging.ts';

const RO = { readOnly: true } as const;
const EVENT_LABELS = new Set<NodeLabel>(['Call', 'Statement']);

/** One Call or Statement of a window: enough to filter, sort and page it. */
export interface WindowEvent {
  key: string;
  date: string;
  status: string | null;
  kind: string | null;
}

/** The pattern of an event node: kuzu reads `:Call:Statement` as either label, Neo4j needs `:Call|Statement`. */
export function eventPattern(v: string, dialect: Dialect): string {
  return dialect === 'kuzu' ? `(${v}:Call:Statement)` : `(${v}:Call|Statement)`;
}

/** The global key of an event variable (`Call:…`, `Statement:…`). */
export function eventKeyExpr(v: string, dialect: Dialect): string {
  return `${labelExpr(v, dialect)} + ':' + ${v}.id`;
}

/**
 * A window test plus a (date, key) range `$d0/$k0 .. $d1/$k1` (inclusive): the events of one page
 * when the page is a run of the window's events in date-then-key order.
 */
export function pageRangeExpr(v: string, dialect: Dialect): string {
  const k = eventKeyExpr(v, dialect);
  return `${windowExpr(v)} AND ${v}.date >= $d0 AND ${v}.date <= $d1 ` +
    `AND (${v}.date > $d0 OR ${k} >= $k0) AND (${v}.date < $d1 OR ${k} <= $k1)`;
}

/** Filters on the events themselves, tested in the engine's scan (the page holds no others). */
export interface EventFilter {
  /** Which of Call and Statement (default both). */
  labels?: ('Call' | 'Statement')[];
  callStatuses?: string[];
  statementKinds?: string[];
}

/**
 * The engine test of an EventFilter, or null when it keeps every event: without it a filtered
 * page (a few warnings among a busy week) spans the window and its scan reads every event.
 */
export function eventFilterExpr(v: string, dialect: Dialect, f: EventFilter): { where: string; params: Record<string, string[]> } | null {
  if (!f.labels && !f.callStatuses && !f.statementKinds) return null;
  const labels = f.labels ?? ['Call', 'Statement'];
  const params: Record<string, string[]> = {};
  const parts: string[] = [];
  for (const label of labels) {
    const list = label === 'Call' ? f.callStatuses : f.statementKinds;
    const prop = label === 'Call' ? 'status' : 'kind';
    const name = label === 'Call' ? 'callStatuses' : 'statementKinds';
    if (list && list.length > 0) params[name] = list; // kuzu cannot bind an empty list
    parts.push(`(${labelExpr(v, dialect)} = '${label}'${list && list.length > 0 ? ` AND ${v}.${prop} IN $${name}` : ''})`);
  }
  return { where: parts.length > 0 ? `(${parts.join(' OR ')})` : 'false', params };
}

/** The parameters of pageRangeExpr for a non-empty page sorted by date then key. */
export function pageRangeParams(from: string, to: string, page: { date: string; key: string }[]): Record<string, string> {
  const first = page[0]!;
  const last = page[page.length - 1]!;
  return { from, to, d0: first.date, k0: first.key, d1: last.date, k1: last.key };
}

/** A window event from a row with its key `k`, `date`, `status` and `kind`. */
function windowEventOf(r: Record<string, JsonValue>): WindowEvent {
  return {
    key: String(r['k']),
    date: String(r['date'] ?? ''),
    status: typeof r['status'] === 'string' ? r['status'] : null,
    kind: typeof r['kind'] === 'string' ? r['kind'] : null,
  };
}

/** Every Call and Statement whose date overlaps the window, sorted by date then key (one query). */
export async function windowEvents(store: GraphStore, from: string, to: string): Promise<WindowEvent[]> {
  const d = store.dialect;
  const res = await store.query(
    `MATCH ${eventPattern('e', d)} WHERE ${windowExpr('e')} RETURN ${eventKeyExpr('e', d)} AS k, e.date AS date, e.status AS status, e.kind AS kind`,
    { from, to }, RO);
  const events = res.rows.map(windowEventOf);
  events.sort(comparePosition);
  return events;
}

/** One page of a window's events as the engine sorts, filters and cuts it (windowPage). */
export interface WindowPage {
  items: WindowEvent[];
  /** Events of the window passing the filter, over all pages. */
  total: number;
  /** True when events follow this page. */
  truncated: boolean;
}

/**
 * The events of a window that pass a filter on the events themselves, after a (date, key)
 * position, at most `limit`, by date then key: the engine filters, sorts and cuts (LIMIT), and
 * counts the whole in a second query at the same time. For a busy week (2,200 events) this costs
 * about two thirds of windowEvents, which hands every event of the window over to be cut here.
 */
export async function windowPage(
  store: GraphStore, from: string, to: string, filter: EventFilter, after: { date: string; key: string } | undefined, limit: number,
): Promise<WindowPage> {
  const d = store.dialect;
  const test = eventFilterExpr('e', d, filter);
  const where = `${windowExpr('e')}${test ? ` AND ${test.where}` : ''}`;
  const key = eventKeyExpr('e', d);
  const cursor = after ? ` AND (e.date > $afterDate OR (e.date = $afterDate AND ${key} > $afterKey))` : '';
  const params = { from, to, ...test?.params };
  const [counted, res] = await Promise.all([
    store.query(`MATCH ${eventPattern('e', d)} WHERE ${where} RETURN count(*) AS n`, params, RO),
    store.query(
      `MATCH ${eventPattern('e', d)} WHERE ${where}${cursor} WITH e, ${key} AS k ORDER BY e.date, k LIMIT $limit ` +
        'RETURN k, e.date AS date, e.status AS status, e.kind AS kind',
      { ...params, limit: limit + 1, ...(after ? { afterDate: after.date, afterKey: after.key } : {}) }, RO),
  ]);
  const events = res.rows.map(windowEventOf);
  // the engine's order is that of the strings' bytes; sort again in code-unit order to be sure
  events.sort(comparePosition);
  return { items: events.slice(0, limit), total: Number(counted.rows[0]?.['n'] ?? 0), truncated: events.length > limit };
}

/**
 * What one direction of eventRels covers: the relationship types with an event at this end and
 * something other than an Article at the other (`in`: nor an event, which `out` reads from its
 * source), and the labels found at the other end. Naming those labels keeps the engine from
 * scanning the big tables (articles, statements) to learn the other end's key.
 */
function eventRelShape(dir: 'out' | 'in'): { types: RelType[]; others: NodeLabel[] } {
  const types = new Set<RelType>();
  const others = new Set<NodeLabel>();
  for (const t of REL_TYPES) {
    for (const [f, to] of (RELS[t] as RelSpec).ends) {
      const [event, other] = dir === 'out' ? [f, to] : [to, f];
      if (!EVENT_LABELS.has(event) || other === 'Article' || (dir === 'in' && EVENT_LABELS.has(other))) continue;
      types.add(t);
      others.add(other);
    }
  }
  return { types: [...types], others: [...others] };
}

/** A node pattern with one of several labels: kuzu `(x:A:B)`, Neo4j `(x:A|B)`. */
function anyOf(v: string, labels: NodeLabel[], dialect: Dialect): string {
  return `(${v}:${labels.join(dialect === 'kuzu' ? ':' : '|')})`;
}

/** A relationship between an event and one of its neighbours. */
export interface EventRel {
  event: string;
  other: string;
  rel: JsonRel;
}

/**
 * The relationships between the events matched by `where` and their neighbours other than
 * articles, both directions, in one undirected query (all types at once, properties as columns;
 * a busy day's events: 29 → 21 ms against one query per direction). The other end is never a
 * Statement (no relationship goes from a Call to a Statement, and one from a Statement to a Call
 * is read from the Statement), so each row's direction is the one the model allows between its
 * two labels.
 */
async function eventRels(store: GraphStore, where: string, params: Record<string, unknown>): Promise<EventRel[]> {
  const d = store.dialect;
  const shapes = [eventRelShape('out'), eventRelShape('in')];
  const types = [...new Set(shapes.flatMap((x) => x.types))];
  const others = [...new Set(shapes.flatMap((x) => x.others))];
  // The key properties of the labels at the other end (kuzu refuses a property none of them has).
  const keys = [...new Set(others.map((l) => NODES[l].key))].map((k) => `x.${k}`);
  const otherKey = keys.length === 1 ? keys[0]! : `coalesce(${keys.join(', ')})`;
  const props = [...new Set(types.flatMap((t) => relProps(t).map(([p]) => p)))];
  const rel = `[r:${types.map((t) => `\`${t}\``).join('|')}]`;
  const res = await store.query(
    `MATCH ${eventPattern('e', d)}-${rel}-${anyOf('x', others, d)} WHERE ${where} ` +
      `RETURN ${eventKeyExpr('e', d)} AS \`_e\`, ${typeExpr('r', d)} AS \`_type\`, ${labelExpr('x', d)} AS \`_xl\`, ` +
      `${otherKey} AS \`_xk\`, ${props.map((p) => `r.\`${p}\` AS \`${p}\``).join(', ')}`,
    params, RO);
  const out: EventRel[] = [];
  for (const row of res.rows) {
    const xl = String(row['_xl']) as NodeLabel;
    if (xl === 'Article' || xl === 'Statement') continue;
    const type = String(row['_type']) as RelType;
    const event = String(row['_e']);
    const el = event.slice(0, event.indexOf(':')) as NodeLabel;
    const other = `${xl}:${String(row['_xk'])}`;
    const fromEvent = relAllows(type, el, xl);
    if (!fromEvent && !relAllows(type, xl, el)) continue;
    const properties: Props = {};
    for (const [p] of relProps(type)) properties[p] = (row[p] ?? null) as Props[string];
    out.push({ event, other, rel: { kind: type, source: fromEvent ? event : other, target: fromEvent ? other : event, properties } });
  }
  return out;
}

/** The relationships of every event of a window with its neighbours other than articles. */
export async function windowRels(store: GraphStore, from: string, to: string): Promise<EventRel[]> {
  return eventRels(store, windowExpr('e'), { from, to });
}

/** Event key → its neighbours' keys (for filters that look at them). */
export function neighboursOf(rels: EventRel[]): Map<string, string[]> {
  const around = new Map<string, string[]>();
  for (const r of rels) (around.get(r.event) ?? around.set(r.event, []).get(r.event)!).push(r.other);
  return around;
}

/** Every property of a Call or a Statement (the same name has the same type in both). */
const EVENT_PROPS = [...new Set([...nodeProps('Call'), ...nodeProps('Statement')].map(([p]) => p))];

/**
 * The Calls and Statements matched by `where` as nodes, read as property columns: the engine
 * hands over plain values instead of node objects (a third cheaper for a page of 300).
 */
async function eventNodes(store: GraphStore, where: string, params: Record<string, unknown>): Promise<JsonNode[]> {
  const d = store.dialect;
  const res = await store.query(
    `MATCH ${eventPattern('e', d)} WHERE ${where} RETURN ${labelExpr('e', d)} AS \`_l\`, ` +
      EVENT_PROPS.map((p) => `e.\`${p}\` AS \`${p}\``).join(', '),
    params, RO);
  return res.rows.map((row) => {
    const label = String(row['_l']) as 'Call' | 'Statement';
    const properties: Props = {};
    for (const [p] of nodeProps(label)) properties[p] = (row[p] ?? null) as Props[string];
    return { kind: label, key: `${label}:${String(row['id'])}`, properties };
  });
}

/**
 * The events of a page by key (within the page's dates, which lets the engine skip the others in
 * its scan): for a sparse page, whose date range holds many events it does not show.
 */
async function eventsByKey(store: GraphStore, page: WindowEvent[]): Promise<JsonNode[]> {
  const range = { d0: page[0]!.date, d1: page[page.length - 1]!.date };
  const out: JsonNode[] = [];
  await Promise.all([...byLabel(page.map((e) => e.key))].map(async ([label, ids]) => {
    const res = await byKeys(store, `MATCH (a:${label} {id: $KEY}) WHERE a.date >= $d0 AND a.date <= $d1 RETURN a`, ids, range);
    out.push(...res.rows.map((r) => r['a'] as unknown as JsonNode));
  }));
  return out;
}

export interface PageGraph {
  nodes: JsonNode[];
  edges: JsonRel[];
}

/**
 * The graph of a page of window events: the events, their neighbours other than articles and
 * events (those `keep` accepts), and every relationship between these nodes. Nodes by key,
 * relationships by id.
 */
export async function pageGraph(
  store: GraphStore, from: string, to: string, page: WindowEvent[], keep: (key: string) => boolean, filter: EventFilter = {},
  known?: EventRel[],
): Promise<PageGraph> {
  if (page.length === 0) return { nodes: [], edges: [] };
  const d = store.dialect;
  const test = eventFilterExpr('e', d, filter);
  const where = `${pageRangeExpr('e', d)}${test ? ` AND ${test.where}` : ''}`;
  const params = { ...pageRangeParams(from, to, page), ...test?.params };
  const inPage = new Set(page.map((e) => e.key));
  const edges: JsonRel[] = [];
  // The page's events, and (as soon as the relationships are in) their neighbours with the
  // relationships among them (leaders' countries, days' NEXT, …), at once.
  const [nodes, sg] = await Promise.all([
    known ? eventsByKey(store, page) : eventNodes(store, where, params).then((ns) => ns.filter((n) => inPage.has(n.key))),
    Promise.resolve(known ?? eventRels(store, where, params)).then((all) => {
      const around = new Set<string>();
      const rels = all.filter((r) => inPage.has(r.event));
      for (const r of rels) {
        const [label] = r.other.split(':', 1) as [NodeLabel];
        if (!EVENT_LABELS.has(label) && keep(r.other)) around.add(r.other);
      }
      for (const r of rels) if (around.has(r.other) || inPage.has(r.other)) edges.push(r.rel);
      return inducedSubgraph(store, around);
    }),
  ]);
  nodes.push(...sg.nodes);
  edges.push(...sg.edges);
  nodes.sort((a, b) => a.key.localeCompare(b.key));
  edges.sort((a, b) => String(a.properties['id']).localeCompare(String(b.properties['id'])));
  return { nodes, edges };
}
