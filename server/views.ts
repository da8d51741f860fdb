/**
 * The API's read views over a GraphStore: a node with neighbours and provenance, the
 * neighbourhood graph, the graph of a date window, and timeline entries. No HTTP here.
 */
import { NODES, type NodeLabel } from '../core/model.ts';
import { parseNodeKey, type NodeRef } from '../core/patch.ts';
import { runNamedQuery } from '../queries/index.ts';
import type { GraphStore, JsonNode, JsonRel, JsonValue } from '../store/port.ts';
import { keyExpr, labelExpr, typeExpr, windowExpr } from './dialect.ts';
import { inducedSubgraph, neighbourKeys } from './subgraph.ts';

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
 * other nodes the articles that mention it (at most `limit`, oldest first). Returns null when the
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
  } else if (ref.label === 'Article' || ref.label === 'Day') {
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
  truncated: boolean;
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
  const res = await store.query(`MATCH (x)-[:REPRESENTS|PART_OF]->(y) RETURN ${keyExpr('x', d)} AS x, ${keyExpr('y', d)} AS y`, {}, RO);
  const direct = new Map<string, string[]>();
  for (const r of res.rows) {
    const x = String(r['x']);
    (direct.get(x) ?? direct.set(x, []).get(x)!).push(String(r['y']));
  }
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
  limit: number;
}

const ENTITY_LABELS: NodeLabel[] = ['Leader', 'Country', 'Organization', 'Topic', 'Place'];

/**
 * The graph for a date window and filters: the Calls and Statements whose date overlaps the
 * window with their actors, topics, places and days (articles are provenance, shown in details).
 * Without a window: the entity nodes (leaders, countries, organisations, topics, places).
 * `limit` bounds the number of events (or entities without a window).
 */
export async function windowGraph(store: GraphStore, f: GraphFilter): Promise<GraphAnswer> {
  const d = store.dialect;
  const countries = f.countries?.map((c) => `Country:${c.toUpperCase()}`);
  const reps = countries ? await countriesOf(store) : new Map<string, Set<string>>();
  const touchesCountry = (keys: string[]): boolean =>
    !countries || keys.some((k) => countryKeysOf(k, reps).some((c) => countries.includes(c)));
  const labelOk = (k: string): boolean => !f.labels || f.labels.includes(k.slice(0, k.indexOf(':')) as NodeLabel);

  if (!f.from && !f.to) {
    const keys: string[] = [];
    for (const label of ENTITY_LABELS) {
      const kp = NODES[label].key;
      const res = await store.query(`MATCH (n:${label}) RETURN n.${kp} AS k ORDER BY k`, {}, RO);
      keys.push(...res.rows.map((r) => `${label}:${String(r['k'])}`));
    }
    const chosen = keys.filter((k) => labelOk(k) && touchesCountry([k]));
    const kept = chosen.slice(0, f.limit);
    return { ...(await inducedSubgraph(store, kept)), truncated: chosen.length > kept.length };
  }

  const params = { from: f.from ?? FAR_PAST, to: f.to ?? FAR_FUTURE };
  const calls = await store.query(
    `MATCH (e:Call) WHERE ${windowExpr('e')} RETURN 'Call:' + e.id AS k, e.date AS date, e.status AS status`, params, RO);
  const stmts = await store.query(
    `MATCH (e:Statement) WHERE ${windowExpr('e')} RETURN 'Statement:' + e.id AS k, e.date AS date, e.kind AS kind`, params, RO);
  let events = [
    ...calls.rows.filter((r) => !f.callStatuses || f.callStatuses.includes(String(r['status']))),
    ...stmts.rows.filter((r) => !f.statementKinds || f.statementKinds.includes(String(r['kind']))),
  ].map((r) => ({ key: String(r['k']), date: String(r['date']) }));
  events.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));

  const around = new Map<string, string[]>();
  for (const label of ['Call', 'Statement'] as const) {
    const ids = events.filter((e) => e.key.startsWith(`${label}:`)).map((e) => e.key.slice(label.length + 1));
    if (ids.length === 0) continue; // kuzu cannot bind an empty list
    const res = await store.query(
      `UNWIND $ids AS i MATCH (e:${label} {id: i})-[]-(x) WHERE ${labelExpr('x', d)} <> 'Article' RETURN '${label}:' + e.id AS e, ${keyExpr('x', d)} AS x`,
      { ids }, RO);
    for (const r of res.rows) {
      const e = String(r['e']);
      (around.get(e) ?? around.set(e, []).get(e)!).push(String(r['x']));
    }
  }
  events = events.filter((e) => labelOk(e.key) && touchesCountry(around.get(e.key) ?? []));
  const kept = events.slice(0, f.limit);
  const keys = new Set<string>();
  for (const e of kept) {
    keys.add(e.key);
    // Events come in only through the filters; their other neighbours come along.
    for (const x of around.get(e.key) ?? []) if (labelOk(x) && !/^(Call|Statement):/.test(x)) keys.add(x);
  }
  return { ...(await inducedSubgraph(store, keys)), truncated: events.length > kept.length };
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
 * Timeline entries of a window (the `timeline` named query) with lanes: by leader (the actors
 * taking part or speaking: leaders, and countries or organisations acting as themselves, such as
 * "the leaders of Britain, France…") or by country (the countries the actors stand for).
 */
export async function timeline(store: GraphStore, from: string | undefined, to: string | undefined, lane: 'leader' | 'country'): Promise<TimelineAnswer> {
  const res = await runNamedQuery(store, 'timeline', { from: from ?? FAR_PAST, to: to ?? FAR_FUTURE });
  const reps = lane === 'country' ? await countriesOf(store) : new Map<string, Set<string>>();
  const entries: TimelineEntry[] = res.rows.map((r) => {
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
  const laneKeys = [...new Set(entries.flatMap((e) => e.lanes))];
  const laneNodes = laneKeys.length > 0 ? await store.getNodes(laneKeys.map(parseNodeKey)) : [];
  const lanes = laneNodes.map((n) => ({ key: n.key, label: displayName(n) }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  return { entries, lanes };
}
