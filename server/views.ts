/**
 * The API's read views over a GraphStore: a node with neighbours and provenance, the
 * neighbourhood graph, the graph of a date window, and timeline entries. No HTTP here.
 */
import { NODES, type NodeLabel } from '../core/model.ts';
import { parseNodeKey, type NodeRef } from '../core/patch.ts';
import { getQuery } from '../queries/index.ts';
import type { GraphStore, JsonNode, JsonRel, JsonValue } from '../store/port.ts';
import { keyExpr, typeExpr, windowExpr } from './dialect.ts';
import { comparePosition, encodeCursor, pageByPosition, type CursorPosition, type Page } from './paging.ts';
import { inducedSubgraph, neighbourKeys } from './subgraph.ts';
import { eventKeyExpr, eventPattern, neighboursOf, pageGraph, windowEvents, windowPage, windowRels, type WindowEvent } from './window.ts';

const RO = { readOnly: true } as const;
const FAR_PAST = '0000-01-01';
const FAR_FUTURE = '9999-12-31';

export interface Neighbour {
  rel: JsonRel;
  node: JsonNode;
  direction: 'out' | 'in';
}

export interface Provenance {
  sentence: string | null;
  start: number | null;
  end: number | null;
  article: { key: string; id: string; title: string | null; publishedAt: string | null; source: string | null; url: string | null };
}

export interface NodeDetails {
  node: JsonNode;
  neighbours: Neighbour[];
  provenance: Provenance[];
  /** True when the node has more neighbours than were sent. */
  truncated: boolean;
}

/** The display name of a node (its label's display property, else its key). */
export function displayName(n: JsonNode): string {
  const v = n.properties[NODES[n.kind].display];
  return typeof v === 'string' && v !== '' ? v : n.key.slice(n.kind.length + 1);
}

function keyMatch(ref: NodeRef, v: string): string {
  return `(${v}:${ref.label} {${NODES[ref.label].key}: $key})`;
}

function str(v: JsonValue | undefined): string | null {
  return typeof v === 'string' ? v : null;
}

function articleOf(a: JsonNode): Provenance['article'] {
  const p = a.properties;
  return {
    key: a.key,
    id: a.key.slice('Article:'.length),
    title: str(p['title']),
    publishedAt: str(p['publishedAt']),
    source: str(p['source']),
    url: str(p['url']),
  };
}

/**
 * A node, its neighbours (both directions, at most `limit`, by relationship type then node key)
 * and its provenance: for a Call or Statement the REPORTED_IN sentences with their articles, for
 * other nodes (a Day too: the articles that report an event on it) the articles that mention it (at most `limit`, oldest first). Returns null when the
 * node does not exist.
 */
export async function nodeDetails(store: GraphStore, key: string, limit = 500): Promise<NodeDetails | null> {
  const ref = parseNodeKey(key);
  const d = store.dialect;
  const [node] = await store.getNodes([ref]);
  if (!node) return null;
  const res = await store.query(
    `MATCH ${keyMatch(ref, 'n')}-[r]-(x) RETURN r, x ORDER BY ${typeExpr('r', d)}, ${keyExpr('x', d)}, r.id LIMIT $limit`,
    { key: ref.key, limit: limit + 1 }, RO);
  const neighbours: Neighbour[] = res.rows.slice(0, limit).map((row) => {
    const rel = row['r'] as unknown as JsonRel;
    return { rel, node: row['x'] as unknown as JsonNode, direction: rel.source === key ? 'out' : 'in' };
  });
  let provenance: Provenance[];
  if (ref.label === 'Call' || ref.label === 'Statement') {
    const rows = await store.query(
      `MATCH ${keyMatch(ref, 'n')}-[r:REPORTED_IN]->(a:Article) RETURN r, a ORDER BY a.publishedAt, a.id, r.start LIMIT $limit`,
      { key: ref.key, limit }, RO);
    provenance = rows.rows.map((row) => {
      const rel = row['r'] as unknown as JsonRel;
      return {
        sentence: str(rel.properties['sentence']),
        start: typeof rel.properties['start'] === 'number' ? rel.properties['start'] : null,
        end: typeof rel.properties['end'] === 'number' ? rel.properties['end'] : null,
        article: articleOf(row['a'] as unknown as JsonNode),
      };
    });
  } else if (ref.label === 'Article') {
    provenance = [];
  } else {
    const rows = await store.query(
      `MATCH (a:Article)-[:MENTIONS]->${keyMatch(ref, 'n')} RETURN a ORDER BY a.publishedAt, a.id LIMIT $limit`,
      { key: ref.key, limit }, RO);
    provenance = rows.rows.map((row) => ({ sentence: null, start: null, end: null, article: articleOf(row['a'] as unknown as JsonNode) }));
  }
  return { node, neighbours, provenance, truncated: res.rows.length > limit };
}

export interface GraphAnswer {
  nodes: JsonNode[];
  edges: JsonRel[];
  /** True when more follow (events, entities or neighbours left out). */
  truncated: boolean;
  /** Paged answers (`/api/graph`): events (or entities) passing the filters, over all pages. */
  total?: number;
  /** Paged answers: the cursor of the next page, null on the last. */
  next?: string | null;
}

/** The subgraph within `depth` hops of a node, nearest first, at most `limit` nodes besides it. */
export async function neighbourhoodGraph(store: GraphStore, key: string, depth: number, limit: number): Promise<GraphAnswer | null> {
  const ref = parseNodeKey(key);
  const [centre] = await store.getNodes([ref]);
  if (!centre) return null;
  const { keys, truncated } = await neighbourKeys(store, key, depth, limit);
  const sg = await inducedSubgraph(store, [key, ...keys]);
  return { ...sg, truncated };
}

/** Which countries each actor stands for: a Country itself, a Leader's or an Organization's country. */
async function countriesOf(store: GraphStore): Promise<Map<string, Set<string>>> {
  const d = store.dialect;
  // from the store's entities in memory when it keeps them (store/entities.ts), else one query
  const memory = store.entities ? await store.entities() : null;
  const pairs: [string, string][] = memory
    ? [...memory.relsFrom.values()].flat().filter((r) => r.kind === 'REPRESENTS' || r.kind === 'PART_OF').map((r) => [r.source, r.target])
    : (await store.query(`MATCH (x)-[:REPRESENTS|PART_OF]->(y) RETURN ${keyExpr('x', d)} AS x, ${keyExpr('y', d)} AS y`, {}, RO))
      .rows.map((r) => [String(r['x']), String(r['y'])]);
  const direct = new Map<string, string[]>();
  for (const [x, y] of pairs) (direct.get(x) ?? direct.set(x, []).get(x)!).push(y);
  const out = new Map<string, Set<string>>();
  for (const [x, ys] of direct) {
    const set = new Set<string>();
    for (const y of ys) {
      if (y.startsWith('Country:')) set.add(y);
      for (const z of direct.get(y) ?? []) if (z.startsWith('Country:')) set.add(z); // Leader → Organization → Country
    }
    out.set(x, set);
  }
  return out;
}

function countryKeysOf(actor: string, reps: Map<string, Set<string>>): string[] {
  return actor.startsWith('Country:') ? [actor] : [...(reps.get(actor) ?? [])];
}

export interface GraphFilter {
  from?: string;
  to?: string;
  labels?: NodeLabel[];
  countries?: string[];
  statementKinds?: string[];
  callStatuses?: string[];
  /** Events (or entities without a window) per page. */
  limit: number;
  /** Start after this position (from a cursor). */
  after?: CursorPosition;
  /** The request's fingerprint, sealed into the next cursor. */
  fingerprint?: string;
}

const ENTITY_LABELS: NodeLabel[] = ['Leader', 'Country', 'Organization', 'Topic', 'Place'];

/**
 * The graph for a date window and filters, one page at a time: the Calls and Statements whose
 * date overlaps the window (by date then key), at most `limit` of them after the cursor, with
 * their actors, topics, places and days (articles are provenance, shown in details). Without a
 * window: the entity nodes (leaders, countries, organisations, topics, places) by key.
 * `total` counts the events (or entities) passing the filters, `next` is the next page's cursor.
 */
export async function windowGraph(store: GraphStore, f: GraphFilter): Promise<GraphAnswer> {
  const countries = f.countries?.map((c) => `Country:${c.toUpperCase()}`);
  const from = f.from ?? FAR_PAST;
  const to = f.to ?? FAR_FUTURE;
  const windowed = Boolean(f.from || f.to);
  // Without a country filter (which needs the events' neighbours) the engine filters, sorts and
  // cuts the page (windowPage); an empty list of kinds or statuses keeps the filter in code, where
  // it lets nothing through. Else, what the filters need, read at once: the actors' countries, the
  // window's events and their neighbours.
  const enginePaged = windowed && !countries && !(f.after && !('date' in f.after)) &&
    f.callStatuses?.length !== 0 && f.statementKinds?.length !== 0;
  const [reps, listed, rels] = await Promise.all([
    countries ? countriesOf(store) : Promise.resolve(new Map<string, Set<string>>()),
    windowed && !enginePaged ? windowEvents(store, from, to) : Promise.resolve([]),
    windowed && countries ? windowRels(store, from, to) : Promise.resolve(undefined),
  ]);
  const around = rels ? neighboursOf(rels) : new Map<string, string[]>();
  const touchesCountry = (keys: string[]): boolean =>
    !countries || keys.some((k) => countryKeysOf(k, reps).some((c) => countries.includes(c)));
  const labelOk = (k: string): boolean => !f.labels || f.labels.includes(k.slice(0, k.indexOf(':')) as NodeLabel);
  const fingerprint = f.fingerprint ?? '';

  if (!windowed) {
    const keys: string[] = [];
    await Promise.all(ENTITY_LABELS.filter((label) => labelOk(`${label}:`)).map(async (label) => {
      const res = await store.query(`MATCH (n:${label}) RETURN n.${NODES[label].key} AS k`, {}, RO);
      keys.push(...res.rows.map((r) => `${label}:${String(r['k'])}`));
    }));
    const chosen = keys.filter((k) => touchesCountry([k])).sort().map((key) => ({ date: '', key }));
    const page = pageByPosition(chosen, f.after, f.limit, 'graph', fingerprint);
    return { ...(await inducedSubgraph(store, page.items.map((e) => e.key))), truncated: page.truncated, total: page.total, next: page.next };
  }

  // Events come in only through the filters; their other neighbours come along.
  const eventLabels = (['Call', 'Statement'] as const).filter((l) => labelOk(`${l}:`));
  const filter = { labels: f.labels ? eventLabels : undefined, callStatuses: f.callStatuses, statementKinds: f.statementKinds };
  let page: Page<WindowEvent>;
  if (enginePaged) {
    const after = f.after && 'date' in f.after ? f.after : undefined;
    const p = await windowPage(store, from, to, filter, after, f.limit);
    const last = p.items[p.items.length - 1];
    page = { ...p, next: p.truncated && last ? encodeCursor('graph', fingerprint, { date: last.date, key: last.key }) : null };
  } else {
    const events = listed.filter((e) =>
      labelOk(e.key) &&
      (e.key.startsWith('Call:') ? !f.callStatuses || f.callStatuses.includes(String(e.status)) : !f.statementKinds || f.statementKinds.includes(String(e.kind))) &&
      touchesCountry(around.get(e.key) ?? []));
    page = pageByPosition(events, f.after, f.limit, 'graph', fingerprint);
  }
  // With a country filter the window's relationships are in hand already (the page is sparse).
  const g = await pageGraph(store, from, to, page.items, labelOk, filter, rels);
  return { ...g, truncated: page.truncated, total: page.total, next: page.next };
}

export interface TimelineEntry {
  key: string;
  kind: 'Call' | 'Statement';
  label: string;
  date: string;
  datePrecision: string;
  start: string;
  end: string;
  status: string | null;
  callKind: string | null;
  statementKind: string | null;
  lanes: string[];
  participants: string[];
}

export interface TimelineAnswer {
  entries: TimelineEntry[];
  lanes: { key: string; label: string }[];
  /** Entries in the window over all pages. */
  total: number;
  /** True when entries follow this page. */
  truncated: boolean;
  /** The cursor of the next page, null on the last. */
  next: string | null;
}

/** The first and last day an ISO date of any precision spans (`2021-06` → 2021-06-01..2021-06-30). */
export function daySpan(date: string): { start: string; end: string } {
  if (/^\d{4}$/.test(date)) return { start: `${date}-01-01`, end: `${date}-12-31` };
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return { start: `${date}-01`, end: `${date}-${String(last).padStart(2, '0')}` };
  }
  return { start: date, end: date };
}

/**
 * The `timeline` named query for one page: its window test plus "after the cursor" (when
 * `after`), its own ORDER BY date, key, and a LIMIT. Same rows as the named query, fewer of them.
 */
export function timelinePageCypher(dialect: GraphStore['dialect'], after: boolean): string {
  const q = getQuery('timeline', dialect);
  const where = `WHERE ${windowExpr('e')}`;
  const order = /ORDER BY date, key\s*$/;
  if (!q.cypher.includes(where) || !order.test(q.cypher)) {
    throw new Error(`${q.file}: expected the window test "${where}" and a final "ORDER BY date, key" to page it`);
  }
  const key = eventKeyExpr('e', dialect);
  const cursor = after ? ` AND (e.date > $afterDate OR (e.date = $afterDate AND ${key} > $afterKey))` : '';
  return `${q.cypher.replace(where, `${where}${cursor}`).trimEnd()}\nLIMIT $limit`;
}

export interface TimelinePaging {
  /** Entries per page (default: all). */
  limit?: number;
  /** Start after this position (from a cursor). */
  after?: CursorPosition;
  /** The request's fingerprint, sealed into the next cursor. */
  fingerprint?: string;
}

/**
 * Timeline entries of a window (the rows of the `timeline` named query, by date then key), one
 * page at a time, with lanes: by leader (the actors taking part or speaking: leaders, and
 * countries or organisations acting as themselves, such as "the leaders of Britain, France…")
 * or by country (the countries the actors stand for). Lanes are those of the page's entries.
 */
export async function timeline(
  store: GraphStore, from: string | undefined, to: string | undefined, lane: 'leader' | 'country', paging: TimelinePaging = {},
): Promise<TimelineAnswer> {
  const window = { from: from ?? FAR_PAST, to: to ?? FAR_FUTURE };
  const d = store.dialect;
  if (paging.after && !('date' in paging.after)) throw new Error('timeline: a cursor by offset cannot page the timeline');
  const after = paging.after;
  const limit = Math.min(paging.limit ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1);
  // The count, the page (one row more tells whether more follow) and the lanes' countries at once.
  const [counted, res, reps] = await Promise.all([
    store.query(`MATCH ${eventPattern('e', d)} WHERE ${windowExpr('e')} RETURN count(*) AS n`, window, RO),
    store.query(timelinePageCypher(d, after !== undefined),
      { ...window, limit: limit + 1, ...(after ? { afterDate: after.date, afterKey: after.key } : {}) }, RO),
    lane === 'country' ? countriesOf(store) : Promise.resolve(new Map<string, Set<string>>()),
  ]);
  const total = Number(counted.rows[0]?.['n'] ?? 0);
  const truncated = res.rows.length > limit;
  const rows = res.rows.slice(0, limit);
  const entries: TimelineEntry[] = rows.map((r) => {
    const participants = (r['actors'] as string[] | null) ?? [];
    let lanes: string[];
    if (lane === 'leader') {
      lanes = participants; // leaders, and countries or organisations acting as themselves
    } else {
      lanes = [...new Set(participants.flatMap((k) => countryKeysOf(k, reps)))].sort();
    }
    const kind = String(r['kind']) as 'Call' | 'Statement';
    const date = String(r['date']);
    return {
      key: String(r['key']),
      kind,
      label: String(r['label'] ?? ''),
      date,
      datePrecision: String(r['datePrecision'] ?? 'day'),
      ...daySpan(date),
      status: str(r['status']),
      callKind: kind === 'Call' ? str(r['type']) : null,
      statementKind: kind === 'Statement' ? str(r['type']) : null,
      lanes,
      participants,
    };
  });
  // The engine sorts by date then key as the page does; sort again in code-unit order to be sure.
  entries.sort(comparePosition);
  const laneKeys = [...new Set(entries.flatMap((e) => e.lanes))];
  const laneNodes = laneKeys.length > 0 ? await store.getNodes(laneKeys.map(parseNodeKey)) : [];
  const lanes = laneNodes.map((n) => ({ key: n.key, label: displayName(n) }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  const last = entries[entries.length - 1];
  const next = truncated && last ? encodeCursor('timeline', paging.fingerprint ?? '', { date: last.date, key: last.key }) : null;
  return { entries, lanes, total, truncated, next };
}
