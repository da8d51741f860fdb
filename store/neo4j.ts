/**
 * The Neo4j 5 GraphStore through the official neo4j-driver: constraints from core/model.ts,
 * batched `UNWIND $rows ... MERGE` writes in one managed write transaction per patch, reads in
 * read transactions, results normalised to plain JSON (no Integer, Node or temporal types leak).
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import {
  NODE_LABELS, NODES, REL_TYPES, isNodeLabel, nodeProps, relProps,
  type NodeLabel,
} from '../core/model.ts';
import { nodeKey, type GraphPatch, type NodeRef, type PatchNode, type Props } from '../core/patch.ts';
import { chunks, groupRels, keysByLabel, nodesToFetch, planWrite, preparePatch, type Existing, type PlannedRel, type RelGroup } from './plan.ts';
import {
  StoreError, type GraphStore, type JsonNode, type JsonRel, type JsonValue, type QueryOptions,
  type QueryResult, type StoreStats, type Subgraph, type UpsertStats,
} from './port.ts';
import { inducedSubgraph } from './induced.ts';
import { esc, neo4jSchema } from './schema.ts';

const BATCH = 2_000;

export interface Neo4jStoreOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

/** Maps a driver error to a StoreError with a code (and position for syntax errors). */
export function neo4jError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const err = e as { code?: string; message?: string };
  const msg = err.message ?? String(e);
  const code = err.code ?? '';
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(msg);
    const position = m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
    return new StoreError('E_SYNTAX', `neo4j: syntax error in query: ${msg}`, position ? { position } : {});
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOutClientConfiguration')) {
    return new StoreError('E_TIMEOUT', `neo4j: query timed out: ${msg}`);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.includes('ForbiddenOnReadOnlyDatabase') || /write.*read/i.test(code)) {
    return new StoreError('E_WRITE_REFUSED', `neo4j: writes are refused in a read transaction: ${msg}`);
  }
  if (code === 'ServiceUnavailable' || code === 'Neo.ClientError.Security.Unauthorized') {
    return new StoreError('E_CONNECT', `neo4j: cannot connect: ${msg}`);
  }
  return new StoreError('E_QUERY', `neo4j: ${msg}`);
}

/** Converts driver values (Integer, Node, Relationship, Path, temporal) to plain JSON. */
function toPlain(v: unknown, ids: Map<string, string>): JsonValue {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map((x) => toPlain(x, ids));
  if (typeof v === 'bigint') return Number(v);
  if (typeof v !== 'object') return v as JsonValue;
  if (neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) || neo4j.isLocalTime(v) || neo4j.isDuration(v)) {
    return String(v);
  }
  if (neo4j.isNode(v)) return nodeToJson(v as unknown as RawNode);
  if (neo4j.isRelationship(v)) {
    const r = v as unknown as { type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
    const properties: Props = {};
    for (const [k, x] of Object.entries(r.properties)) properties[k] = toPlain(x, ids) as Props[string];
    return {
      kind: r.type as JsonRel['kind'],
      source: ids.get(r.startNodeElementId) ?? r.startNodeElementId,
      target: ids.get(r.endNodeElementId) ?? r.endNodeElementId,
      properties,
    };
  }
  if (neo4j.isPath(v)) {
    const p = v as unknown as { segments: { start: unknown; relationship: unknown; end: unknown }[]; start: unknown };
    const nodes = [p.start, ...p.segments.map((s) => s.end)].map((n) => toPlain(n, ids));
    return { nodes, rels: p.segments.map((s) => toPlain(s.relationship, ids)) };
  }
  const out: Record<string, JsonValue> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toPlain(x, ids);
  return out;
}

interface RawNode {
  labels: string[];
  elementId: string;
  properties: Record<string, unknown>;
}

function nodeToJson(n: RawNode): JsonNode {
  const label = n.labels.find(isNodeLabel);
  if (!label) throw new StoreError('E_QUERY', `neo4j: node with labels ${n.labels.join(',')} is not part of the graph model`);
  const properties: Props = {};
  for (const [p] of nodeProps(label)) {
    const x = n.properties[p];
    properties[p] = (x === undefined ? null : neo4j.isInt(x) ? (x as { toNumber(): number }).toNumber() : x) as Props[string];
  }
  return { kind: label, key: nodeKey({ label, key: String(n.properties[NODES[label].key]) }), properties };
}

/** Collects elementId → global key for every node in the records, so relationships can name their ends. */
function collectIds(v: unknown, ids: Map<string, string>): void {
  if (!v || typeof v !== 'object') return;
  if (Array.isArray(v)) return v.forEach((x) => collectIds(x, ids));
  if (neo4j.isNode(v)) {
    const n = v as unknown as RawNode;
    const label = n.labels.find(isNodeLabel);
    if (label) ids.set(n.elementId, nodeKey({ label, key: String(n.properties[NODES[label].key]) }));
    return;
  }
  if (neo4j.isPath(v)) {
    const p = v as unknown as { start: unknown; segments: { end: unknown }[] };
    collectIds(p.start, ids);
    p.segments.forEach((s) => collectIds(s.end, ids));
    return;
  }
  if (neo4j.isRelationship(v)) return;
  Object.values(v as Record<string, unknown>).forEach((x) => collectIds(x, ids));
}

/**
 * Query parameters: whole JS numbers become driver Integers, so `LIMIT $n`, `range()` and
 * integer comparisons get what Cypher expects (a JS number is sent as a FLOAT otherwise).
 */
export function toNeo4jParams(v: unknown): unknown {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toNeo4jParams);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, toNeo4jParams(x)]));
  }
  return v;
}

/** Values bound as integers where the model says int, so Neo4j stores INTEGER, not FLOAT. */
function bindProps(props: Props, declared: [string, string][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [p, t] of declared) {
    const v = props[p];
    if (v === undefined || v === null) out[p] = null;
    else if (t === 'int' && typeof v === 'number') out[p] = neo4j.int(v);
    else out[p] = v;
  }
  return out;
}

export class Neo4jStore implements GraphStore {
  readonly dialect = 'neo4j' as const;
  private readonly driver: Driver;

  constructor(private readonly opts: Neo4jStoreOptions) {
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user ?? 'neo4j', opts.password ?? ''), {
      disableLosslessIntegers: false,
    });
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.opts.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private async read<T>(fn: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const s = this.session('READ');
    try {
      return await s.executeRead(fn, timeoutMs ? { timeout: timeoutMs } : undefined);
    } catch (e) {
      throw neo4jError(e);
    } finally {
      await s.close();
    }
  }

  private async write<T>(fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const s = this.session('WRITE');
    try {
      return await s.executeWrite(fn);
    } catch (e) {
      throw neo4jError(e);
    } finally {
      await s.close();
    }
  }

  async ensureSchema(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.opts.database });
    } catch (e) {
      throw new StoreError('E_CONNECT', `neo4j: cannot reach ${this.opts.uri}: ${(e as Error).message}. Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`);
    }
    for (const stmt of neo4jSchema()) {
      await this.driver.executeQuery(stmt, {}, { database: this.opts.database }).catch((e: unknown) => {
        throw neo4jError(e);
      });
    }
  }

  private async fetchExisting(tx: ManagedTransaction, nodes: PatchNode[], rels: PlannedRel[]): Promise<Existing> {
    const existing: Existing = { nodes: new Map(), rels: new Map() };
    for (const [label, keys] of nodesToFetch(nodes, rels)) {
      for (const part of chunks(keys, BATCH)) {
        const res = await tx.run(`UNWIND $keys AS k MATCH (n:${esc(label)} {${NODES[label].key}: k}) RETURN n`, { keys: part });
        for (const rec of res.records) {
          const n = nodeToJson(rec.get('n') as RawNode);
          existing.nodes.set(n.key, n.properties);
        }
      }
    }
    for (const g of groupRels(rels)) {
      for (const part of chunks(g.rels, BATCH)) {
        const res = await tx.run(
          `UNWIND $ids AS id MATCH (:${esc(g.fromLabel)})-[r:${esc(g.type)} {id: id}]->(:${esc(g.toLabel)}) RETURN properties(r) AS p`,
          { ids: part.map((r) => r.id) },
        );
        for (const rec of res.records) {
          const p = toPlain(rec.get('p'), new Map()) as Props;
          existing.rels.set(String(p['id']), p);
        }
      }
    }
    return existing;
  }

  private async writeNodes(tx: ManagedTransaction, label: NodeLabel, nodes: PatchNode[]): Promise<void> {
    const declared = nodeProps(label).filter(([p]) => p !== NODES[label].key) as [string, string][];
    for (const part of chunks(nodes, BATCH)) {
      const rows = part.map((n) => ({ key: n.key, props: bindProps(n.props, declared) }));
      await tx.run(`UNWIND $rows AS row MERGE (n:${esc(label)} {${NODES[label].key}: row.key}) SET n += row.props`, { rows });
    }
  }

  private async writeRels(tx: ManagedTransaction, g: RelGroup): Promise<void> {
    const declared = relProps(g.type).filter(([p]) => p !== 'id') as [string, string][];
    const fk = NODES[g.fromLabel].key;
    const tk = NODES[g.toLabel].key;
    for (const part of chunks(g.rels, BATCH)) {
      const rows = part.map((r) => ({ f: r.from.key, t: r.to.key, id: r.id, props: bindProps(r.props, declared) }));
      await tx.run(
        `UNWIND $rows AS row MATCH (a:${esc(g.fromLabel)} {${fk}: row.f}) MATCH (b:${esc(g.toLabel)} {${tk}: row.t}) ` +
          `MERGE (a)-[r:${esc(g.type)} {id: row.id}]->(b) SET r += row.props`,
        { rows },
      );
    }
  }

  async upsert(patch: GraphPatch): Promise<UpsertStats> {
    const prepared = preparePatch(patch);
    return this.write(async (tx) => {
      const plan = planWrite(prepared, await this.fetchExisting(tx, prepared.nodes, prepared.rels));
      for (const label of NODE_LABELS) {
        const nodes = [...(plan.createNodes.get(label) ?? []), ...(plan.updateNodes.get(label) ?? [])];
        if (nodes.length > 0) await this.writeNodes(tx, label, nodes);
      }
      for (const g of [...plan.createRels, ...plan.updateRels]) await this.writeRels(tx, g);
      return plan.stats;
    });
  }

  async existingArticles(ids: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const part of chunks([...new Set(ids)], BATCH)) {
      const rows = await this.read((tx) => tx.run('MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id', { ids: part }));
      for (const r of rows.records) found.add(String(r.get('id')));
    }
    return found;
  }

  async query(cypher: string, params: Record<string, unknown> = {}, opts: QueryOptions = {}): Promise<QueryResult> {
    const work = async (tx: ManagedTransaction): Promise<QueryResult> => {
      const pending = tx.run(cypher, toNeo4jParams(params) as Record<string, unknown>);
      const columns = (await pending.keys()).map(String);
      const res = await pending;
      if (opts.maxRows !== undefined && res.records.length > opts.maxRows) {
        throw new StoreError('E_TOO_MANY_ROWS', `neo4j: the query returns more than ${opts.maxRows} rows; add a LIMIT or narrow it`);
      }
      const records = opts.firstRows === undefined ? res.records : res.records.slice(0, opts.firstRows);
      const ids = new Map<string, string>();
      for (const rec of records) rec.forEach((v) => collectIds(v, ids));
      const rows = records.map((rec) => {
        const row: Record<string, JsonValue> = {};
        for (const k of rec.keys) row[String(k)] = toPlain(rec.get(k), ids);
        return row;
      });
      return opts.firstRows === undefined ? { columns, rows } : { columns, rows, total: res.records.length };
    };
    if (opts.readOnly) return this.read(work, opts.timeoutMs);
    return this.write(work);
  }

  async stats(): Promise<StoreStats> {
    const nodes = {} as StoreStats['nodes'];
    const rels = {} as StoreStats['rels'];
    await this.read(async (tx) => {
      for (const l of NODE_LABELS) {
        const r = await tx.run(`MATCH (n:${esc(l)}) RETURN count(n) AS c`);
        nodes[l] = (r.records[0]?.get('c') as { toNumber(): number }).toNumber();
      }
      for (const t of REL_TYPES) {
        const r = await tx.run(`MATCH ()-[r:${esc(t)}]->() RETURN count(r) AS c`);
        rels[t] = (r.records[0]?.get('c') as { toNumber(): number }).toNumber();
      }
    });
    return { nodes, rels };
  }

  async getNodes(refs: NodeRef[]): Promise<JsonNode[]> {
    const out: JsonNode[] = [];
    await this.read(async (tx) => {
      for (const [label, keys] of keysByLabel(refs)) {
        const res = await tx.run(`UNWIND $keys AS k MATCH (n:${esc(label)} {${NODES[label].key}: k}) RETURN n`, { keys });
        for (const rec of res.records) out.push(nodeToJson(rec.get('n') as RawNode));
      }
    });
    return out;
  }

  async subgraph(refs: NodeRef[]): Promise<Subgraph> {
    const g = await inducedSubgraph(this, refs.map(nodeKey));
    return { nodes: g.nodes, rels: g.edges };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
