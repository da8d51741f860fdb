/**
 * The embedded GraphStore on kuzu 0.11.3: tables generated from core/model.ts, bulk writes that
 * dedupe in memory and COPY new rows from `UNWIND $rows`, updates by primary-key lookups, writes
 * serialised in-process inside one transaction per patch, reads on their own connections.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import {
  NODE_LABELS, NODES, REL_TYPES, RELS, isNodeLabel, isRelType, nodeProps, relProps,
  type NodeLabel, type PropType, type RelSpec,
} from '../core/model.ts';
import { nodeKey, type GraphPatch, type NodeRef, type PatchNode, type Props } from '../core/patch.ts';
import { chunks, groupRels, keysByLabel, nodesToFetch, planWrite, preparePatch, type Existing, type PlannedRel, type RelGroup } from './plan.ts';
import {
  StoreError, type GraphStore, type JsonNode, type JsonRel, type JsonValue, type QueryOptions,
  type QueryResult, type StoreStats, type Subgraph, type UpsertStats,
} from './port.ts';
import { ENTITY_LABELS, loadEntities, type Entities } from './entities.ts';
import { inducedSubgraph } from './induced.ts';
import { esc, kuzuMissingPairs, kuzuSchema, kuzuType } from './schema.ts';

type KuzuConn = InstanceType<typeof kuzu.Connection>;
type KuzuResult = Awaited<ReturnType<KuzuConn['query']>>;
type KuzuPrepared = Awaited<ReturnType<KuzuConn['prepare']>>;
/** Prepared statements kept per connection. */
const STATEMENT_CACHE = 256;

const BATCH = 5_000;
const DEFAULT_BUFFER_POOL_MIB = 256;
/** kuzu takes only positive timeouts: "none" is a day. */
const NO_TIMEOUT_MS = 86_400_000;

export interface KuzuStoreOptions {
  /** Database directory (created when missing), or ':memory:'. */
  path: string;
  /** Open the database read-only (another process may hold it read-write). */
  readOnly?: boolean;
  /** Page cache size (default 256 MiB; kuzu's own default takes most of the machine's memory). */
  bufferPoolMiB?: number;
}

/** Serialises async work: one write at a time. */
class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

function firstResult(r: KuzuResult): InstanceType<typeof kuzu.QueryResult> {
  return Array.isArray(r) ? r[r.length - 1]! : r;
}

/** Rows read synchronously between two yields to the event loop. */
const ROWS_PER_SLICE = 2_000;

/**
 * All rows of a result. The binding's async `getAll()` crosses to the thread pool once per row
 * (about 17 µs a row: 27 ms for 1,500 two-column rows); reading synchronously costs about 1 µs a
 * row, and yielding to the event loop every ROWS_PER_SLICE rows keeps big results from
 * blocking other requests for long.
 */
async function readRows(r: InstanceType<typeof kuzu.QueryResult>, first = Infinity): Promise<Record<string, unknown>[]> {
  r.resetIterator();
  const rows: Record<string, unknown>[] = [];
  while (rows.length < first && r.hasNext()) {
    rows.push(r.getNextSync() as Record<string, unknown>);
    if (rows.length % ROWS_PER_SLICE === 0) await new Promise((done) => setImmediate(done));
  }
  return rows;
}

/** Closes query results at once: results left to the garbage collector crash kuzu 0.11.3 after transactions. */
function closeResults(r: KuzuResult): void {
  for (const x of Array.isArray(r) ? r : [r]) x.close();
}

/** Maps an engine error message to a StoreError with a code (and position for syntax errors). */
export function kuzuError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (/Could not set lock on file|lock/i.test(msg) && /file/i.test(msg)) {
    return new StoreError('E_LOCKED', `kuzu: the database is in use by another process (${msg}). Stop that process or send the request to the running server (--server URL).`);
  }
  if (/interrupted|timeout/i.test(msg)) return new StoreError('E_TIMEOUT', `kuzu: query timed out: ${msg}`);
  if (/read.?only/i.test(msg)) return new StoreError('E_WRITE_REFUSED', `kuzu: writes are refused here: ${msg}`);
  if (/Parser exception|syntax/i.test(msg)) {
    const m = /line:\s*(\d+),\s*offset:\s*(\d+)/i.exec(msg);
    const position = m ? { line: Number(m[1]), column: Number(m[2]) + 1 } : undefined;
    return new StoreError('E_SYNTAX', `kuzu: syntax error in query: ${msg}`, position ? { position } : {});
  }
  return new StoreError('E_QUERY', `kuzu: ${msg}`);
}

/** Separator of list elements in bulk-load files (a control character no text uses). */
const LIST_SEP = '\u001f';

/** NUL and the list separator cannot travel in a bulk-load file: they become spaces. */
function stripControls(s: string): string {
  return s.includes('\u0000') || s.includes(LIST_SEP) ? s.split('\u0000').join(' ').split(LIST_SEP).join(' ') : s;
}

/** One CSV field of a bulk-load file: strings quoted, lists joined, nothing for null. */
function csvField(v: unknown, t: PropType): string {
  if (v === null || v === undefined) return '';
  if (t === 'string[]') {
    if (!Array.isArray(v) || v.length === 0) return '';
    return `"${v.map((x) => stripControls(String(x))).join(LIST_SEP).replace(/"/g, '""')}"`;
  }
  if (t === 'string') return `"${stripControls(String(v)).replace(/"/g, '""')}"`;
  return String(v);
}

function castExpr(expr: string, t: PropType): string {
  return `CAST(${expr} AS ${kuzuType(t)})`;
}

/** A typed example value per column type, for the witness row. */
const WITNESS: Record<PropType, unknown> = { string: '', 'string[]': [''], int: 0, float: '0.5', bool: false };

/**
 * kuzu 0.11.3 infers the type of a list-of-structs parameter from its first element: a null
 * there makes the column ANY and the query fails. So every batch starts with a witness row whose
 * columns all hold a value of the declared type; `ROWS` skips it.
 */
function withWitness(rows: Record<string, unknown>[], cols: [string, PropType][], extra: string[]): Record<string, unknown>[] {
  // kuzu binds struct fields by position: the witness must list its fields in the rows' order.
  const w: Record<string, unknown> = {};
  for (const c of extra) w[c] = '';
  for (const [p, t] of cols) w[p] = WITNESS[t];
  w['__w'] = true;
  return [w, ...rows.map((r) => ({ ...r, __w: false }))];
}
const ROWS = 'UNWIND $rows AS r WITH r WHERE r.__w = false';

/**
 * Converts a value bound for a column: empty lists become null (kuzu cannot bind empty lists);
 * floats travel as text and are cast back, because kuzu 0.11.3 stores a whole JS number bound
 * into a DOUBLE struct field as raw integer bits (1 → 5e-324).
 */
function bindValue(v: unknown, t: PropType): unknown {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v) && v.length === 0) return null;
  if (t === 'float' && typeof v === 'number') return String(v);
  return v;
}

export class KuzuStore implements GraphStore {
  readonly dialect = 'kuzu' as const;
  private readonly db: InstanceType<typeof kuzu.Database>;
  private readonly writer: KuzuConn;
  private readonly readers: KuzuConn[] = [];
  private readonly writeLock = new Mutex();
  private tableLabels = new Map<number, string>();
  private closed = false;
  /** The entity tables in memory (store/entities.ts): read on first use, dropped by every write. */
  private entityCopy: Promise<Entities | null> | null = null;
  /** Writes begun so far: a copy read across one of them is not kept. */
  private writes = 0;
  private copyDir: string | undefined;
  private copySeq = 0;

  constructor(private readonly opts: KuzuStoreOptions) {
    if (opts.path !== ':memory:' && !opts.readOnly) fs.mkdirSync(path.dirname(path.resolve(opts.path)), { recursive: true });
    // Read-only, kuzu would say "Cannot create an empty database under READ ONLY mode".
    if (opts.path !== ':memory:' && opts.readOnly && !fs.existsSync(opts.path)) {
      throw new StoreError('E_CONNECT', `kuzu: there is no database at ${opts.path} yet: ingest articles into it first (diplograph ingest FILES), or name an existing one with --db or DIPLOGRAPH_DB`);
    }
    try {
      this.db = new kuzu.Database(opts.path, (opts.bufferPoolMiB ?? DEFAULT_BUFFER_POOL_MIB) * 2 ** 20, true, opts.readOnly ?? false);
      this.db.initSync();
    } catch (e) {
      throw kuzuError(e);
    }
    this.writer = new kuzu.Connection(this.db);
  }

  private async run(conn: KuzuConn, cypher: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    try {
      let res: KuzuResult;
      if (params && Object.keys(params).length > 0) {
        const ps = await conn.prepare(cypher);
        if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
        res = await conn.execute(ps, params as Record<string, never>);
      } else {
        res = await conn.query(cypher);
      }
      const r = firstResult(res);
      const rows = await readRows(r);
      closeResults(res);
      return rows;
    } catch (e) {
      throw kuzuError(e);
    }
  }

  /**
   * Runs a write under the write lock. The in-memory entity tables are dropped before and after,
   * so that none read while the write was under way is kept.
   */
  private write<T>(fn: () => Promise<T>): Promise<T> {
    return this.writeLock.run(async () => {
      this.dropEntities();
      try {
        return await fn();
      } finally {
        this.dropEntities();
      }
    });
  }

  private dropEntities(): void {
    this.entityCopy = null;
    this.writes++;
  }

  entities(): Promise<Entities | null> {
    if (this.closed) return Promise.resolve(null);
    if (!this.entityCopy) {
      const at = this.writes;
      const copy = loadEntities(this).then((e) => {
        // a write began while the tables were read: this copy answers its callers only
        if (this.writes !== at && this.entityCopy === copy) this.entityCopy = null;
        return e;
      }, (e: unknown) => {
        if (this.entityCopy === copy) this.entityCopy = null;
        throw e;
      });
      this.entityCopy = copy;
    }
    return this.entityCopy;
  }

  async ensureSchema(): Promise<void> {
    if (this.opts.readOnly) return;
    await this.write(async () => {
      for (const stmt of kuzuSchema()) await this.run(this.writer, stmt);
      // Tables that existed already keep their old pairs of ends: add those the model has gained since.
      for (const type of REL_TYPES) {
        const rows = await this.run(this.writer, `CALL show_connection('${type}') RETURN *`);
        const pairs = rows.map((r) => [String(r['source table name']), String(r['destination table name'])] as const);
        for (const stmt of kuzuMissingPairs(type, pairs)) await this.run(this.writer, stmt);
      }
    });
  }

  // ---- writing ----------------------------------------------------------------------------

  private async fetchExisting(nodes: PatchNode[], rels: PlannedRel[]): Promise<Existing> {
    const existing: Existing = { nodes: new Map(), rels: new Map() };
    for (const [label, keys] of nodesToFetch(nodes, rels)) {
      const k = NODES[label].key;
      for (const part of chunks(keys, BATCH)) {
        const rows = await this.run(this.writer, `UNWIND $keys AS k MATCH (n:${esc(label)} {${k}: k}) RETURN n`, { keys: part });
        for (const row of rows) {
          const n = this.toJsonNode(row['n'] as Record<string, unknown>);
          existing.nodes.set(n.key, n.properties);
        }
      }
    }
    // A relationship can only exist when both its ends do: check only those.
    const candidates = rels.filter((r) => existing.nodes.has(nodeKey(r.from)) && existing.nodes.has(nodeKey(r.to)));
    for (const g of groupRels(candidates)) {
      for (const part of chunks(g.rels, BATCH)) {
        // A hash join on r.id (one scan of the table) is far faster here than per-row endpoint lookups.
        const rows = await this.run(
          this.writer,
          `UNWIND $ids AS i MATCH (a:${esc(g.fromLabel)})-[r:${esc(g.type)}]->(b:${esc(g.toLabel)}) WHERE r.id = i RETURN r`,
          { ids: part.map((r) => r.id) },
        );
        for (const row of rows) {
          const props = relPropsOf(g.type, row['r'] as Record<string, unknown>);
          existing.rels.set(String(props['id']), props);
        }
      }
    }
    return existing;
  }

  /**
   * Bulk creation goes through a CSV file read by `COPY ... FROM (LOAD FROM ...)`: about ten times
   * faster than binding rows as a parameter. Lists travel as text joined by U+001F and are split
   * back in the query; the file is removed at once.
   */
  private async copyFromCsv(table: string, columns: [string, PropType][], rows: unknown[][], opts = ''): Promise<void> {
    const file = path.join(this.tmpDir(), `${table}-${process.pid}-${++this.copySeq}.csv`);
    fs.writeFileSync(file, rows.map((r) => r.map((v, i) => csvField(v, columns[i]![1])).join(',')).join('\n') + '\n');
    const decl = columns.map(([, t], i) => `c${i} ${t === 'string[]' ? 'STRING' : kuzuType(t)}`).join(', ');
    const ret = columns
      .map(([, t], i) => (t === 'string[]' ? `CASE WHEN c${i} IS NULL THEN NULL ELSE string_split(c${i}, '${LIST_SEP}') END` : `c${i}`))
      .join(', ');
    try {
      await this.run(
        this.writer,
        `COPY ${esc(table)} FROM (LOAD WITH HEADERS (${decl}) FROM '${file.replace(/'/g, "\\'")}' (header=false, parallel=false) RETURN ${ret})${opts}`,
      );
    } finally {
      fs.rmSync(file, { force: true });
    }
  }

  private tmpDir(): string {
    this.copyDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-copy-'));
    return this.copyDir;
  }

  private async createNodes(label: NodeLabel, nodes: PatchNode[]): Promise<void> {
    const cols = nodeProps(label);
    const keyName = NODES[label].key;
    await this.copyFromCsv(label, cols, nodes.map((n) => cols.map(([p]) => (p === keyName ? n.key : n.props[p]))));
  }

  private async updateNodes(label: NodeLabel, nodes: PatchNode[]): Promise<void> {
    const cols = nodeProps(label).filter(([p]) => p !== NODES[label].key);
    const k = NODES[label].key;
    const sets = cols.map(([p, t]) => `n.${esc(p)} = ${castExpr(`r.${esc(p)}`, t)}`).join(', ');
    for (const part of chunks(nodes, BATCH)) {
      const rows = part.map((n) => {
        const row: Record<string, unknown> = { key: n.key };
        for (const [p, t] of cols) row[p] = bindValue(n.props[p], t);
        return row;
      });
      await this.run(this.writer, `${ROWS} MATCH (n:${esc(label)} {${esc(k)}: r.key}) SET ${sets}`, { rows: withWitness(rows, cols, ['key']) });
    }
  }

  private relRows(g: RelGroup, rels: PlannedRel[]): Record<string, unknown>[] {
    const cols = relProps(g.type);
    return rels.map((r) => {
      const row: Record<string, unknown> = { f: r.from.key, t: r.to.key };
      for (const [p, t] of cols) row[p] = p === 'id' ? r.id : bindValue(r.props[p], t);
      return row;
    });
  }

  private async createRels(g: RelGroup): Promise<void> {
    const cols: [string, PropType][] = [['_from', 'string'], ['_to', 'string'], ...relProps(g.type)];
    const multi = (RELS[g.type] as RelSpec).ends.length > 1;
    const opt = multi ? ` (from='${g.fromLabel}', to='${g.toLabel}')` : '';
    const rows = g.rels.map((r) => [r.from.key, r.to.key, ...relProps(g.type).map(([p]) => (p === 'id' ? r.id : r.props[p]))]);
    await this.copyFromCsv(g.type, cols, rows, opt);
  }

  private async updateRels(g: RelGroup): Promise<void> {
    const cols = relProps(g.type).filter(([p]) => p !== 'id');
    const fk = NODES[g.fromLabel].key;
    const tk = NODES[g.toLabel].key;
    const sets = cols.map(([p, t]) => `x.${esc(p)} = ${castExpr(`r.${esc(p)}`, t)}`).join(', ');
    for (const part of chunks(g.rels, BATCH)) {
      await this.run(
        this.writer,
        `${ROWS} MATCH (a:${esc(g.fromLabel)} {${esc(fk)}: r.f})-[x:${esc(g.type)}]->(b:${esc(g.toLabel)} {${esc(tk)}: r.t}) WHERE x.id = r.id SET ${sets}`,
        { rows: withWitness(this.relRows(g, part), relProps(g.type), ['f', 't']) },
      );
    }
  }

  async upsert(patch: GraphPatch): Promise<UpsertStats> {
    this.assertWritable();
    const prepared = preparePatch(patch);
    return this.write(async () => {
      await this.run(this.writer, 'BEGIN TRANSACTION');
      try {
        const plan = planWrite(prepared, await this.fetchExisting(prepared.nodes, prepared.rels));
        for (const label of NODE_LABELS) {
          const c = plan.createNodes.get(label);
          if (c) await this.createNodes(label, c);
          const u = plan.updateNodes.get(label);
          if (u) await this.updateNodes(label, u);
        }
        for (const g of plan.createRels) await this.createRels(g);
        for (const g of plan.updateRels) await this.updateRels(g);
        await this.run(this.writer, 'COMMIT');
        return plan.stats;
      } catch (e) {
        await this.run(this.writer, 'ROLLBACK').catch(() => undefined);
        throw e;
      }
    });
  }

  private assertWritable(): void {
    if (this.opts.readOnly) throw new StoreError('E_WRITE_REFUSED', 'kuzu: this store was opened read-only');
    if (this.closed) throw new StoreError('E_CONNECT', 'kuzu: the store is closed');
  }

  // ---- reading ----------------------------------------------------------------------------

  async existingArticles(ids: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const part of chunks([...new Set(ids)], BATCH)) {
      const rows = await this.run(this.writer, 'UNWIND $ids AS i MATCH (a:Article {id: i}) RETURN a.id AS id', { ids: part });
      for (const r of rows) found.add(String(r['id']));
    }
    return found;
  }

  /** Prepared statements per connection, reused: planning costs more than running small queries. */
  private readonly statements = new WeakMap<KuzuConn, Map<string, KuzuPrepared>>();

  private async prepared(conn: KuzuConn, cypher: string): Promise<KuzuPrepared> {
    let cache = this.statements.get(conn);
    if (!cache) this.statements.set(conn, (cache = new Map()));
    const hit = cache.get(cypher);
    if (hit) return hit;
    const ps = await conn.prepare(cypher);
    if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
    if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
    cache.set(cypher, ps);
    return ps;
  }

  private reader(): KuzuConn {
    return this.readers.pop() ?? new kuzu.Connection(this.db);
  }

  async query(cypher: string, params: Record<string, unknown> = {}, opts: QueryOptions = {}): Promise<QueryResult> {
    if (this.closed) throw new StoreError('E_CONNECT', 'kuzu: the store is closed');
    for (const [k, v] of Object.entries(params)) {
      if (Array.isArray(v) && v.length === 0) {
        throw new StoreError('E_QUERY', `kuzu: parameter $${k} is an empty list; the embedded engine cannot bind one (filter it out before the query)`);
      }
    }
    const exec = async (conn: KuzuConn): Promise<QueryResult> => {
      conn.setQueryTimeout(opts.timeoutMs ?? NO_TIMEOUT_MS);
      let res: KuzuResult;
      try {
        if (Object.keys(params).length > 0) {
          res = await conn.execute(await this.prepared(conn, cypher), params as Record<string, never>);
        } else {
          res = await conn.query(cypher);
        }
      } catch (e) {
        throw kuzuError(e);
      }
      const r = firstResult(res);
      const columns = await r.getColumnNames();
      if (opts.maxRows !== undefined && r.getNumTuples() > opts.maxRows) {
        closeResults(res);
        throw new StoreError('E_TOO_MANY_ROWS', `kuzu: the query returns more than ${opts.maxRows} rows; add a LIMIT or narrow it`);
      }
      // Rows past `firstRows` are never converted (about 5 µs a row with a few columns).
      const total = r.getNumTuples();
      const raw = await readRows(r, opts.firstRows);
      closeResults(res);
      const rows = await this.normaliseRows(raw);
      return opts.firstRows === undefined ? { columns, rows } : { columns, rows, total };
    };
    if (!opts.readOnly) {
      // Writes through query() go through the write lock so they never overlap an upsert.
      return this.write(() => exec(this.writer));
    }
    const conn = this.reader();
    try {
      await this.run(conn, 'BEGIN TRANSACTION READ ONLY');
      try {
        return await exec(conn);
      } finally {
        await this.run(conn, 'ROLLBACK').catch(() => undefined);
      }
    } finally {
      conn.setQueryTimeout(NO_TIMEOUT_MS);
      this.readers.push(conn);
    }
  }

  async stats(): Promise<StoreStats> {
    const nodes = {} as StoreStats['nodes'];
    const rels = {} as StoreStats['rels'];
    for (const l of NODE_LABELS) {
      const [row] = await this.run(this.writer, `MATCH (n:${esc(l)}) RETURN count(n) AS c`);
      nodes[l] = Number(row?.['c'] ?? 0);
    }
    for (const t of REL_TYPES) {
      const [row] = await this.run(this.writer, `MATCH ()-[r:${esc(t)}]->() RETURN count(r) AS c`);
      rels[t] = Number(row?.['c'] ?? 0);
    }
    return { nodes, rels };
  }

  async getNodes(refs: NodeRef[]): Promise<JsonNode[]> {
    const out: JsonNode[] = [];
    const memory = refs.some((r) => ENTITY_LABELS.has(r.label)) ? await this.entities() : null;
    for (const [label, keys] of keysByLabel(refs)) {
      if (memory && ENTITY_LABELS.has(label)) {
        for (const k of keys) {
          const n = memory.nodes.get(`${label}:${k}`);
          if (n) out.push(n);
        }
        continue;
      }
      for (const part of chunks(keys, BATCH)) {
        const rows = await this.run(this.writer, `UNWIND $keys AS k MATCH (n:${esc(label)} {${NODES[label].key}: k}) RETURN n`, { keys: part });
        for (const row of rows) out.push(this.toJsonNode(row['n'] as Record<string, unknown>));
      }
    }
    return out;
  }

  async subgraph(refs: NodeRef[]): Promise<Subgraph> {
    const g = await inducedSubgraph(this, refs.map(nodeKey));
    return { nodes: g.nodes, rels: g.edges };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeLock.run(async () => {
      for (const c of this.readers) await c.close();
      await this.writer.close();
      await this.db.close();
      if (this.copyDir) fs.rmSync(this.copyDir, { recursive: true, force: true });
    });
  }

  // ---- values -----------------------------------------------------------------------------

  private toJsonNode(v: Record<string, unknown>): JsonNode {
    const label = String(v['_label']);
    if (!isNodeLabel(label)) throw new StoreError('E_QUERY', `kuzu: node of unknown label ${label}`);
    const properties: Props = {};
    for (const [p] of nodeProps(label)) properties[p] = plain(v[p]) as Props[string];
    return { kind: label, key: nodeKey({ label, key: String(v[NODES[label].key]) }), properties };
  }

  private async ensureTableLabels(): Promise<void> {
    if (this.tableLabels.size > 0) return;
    const rows = await this.run(this.writer, 'CALL show_tables() RETURN id, name');
    for (const r of rows) this.tableLabels.set(Number(r['id']), String(r['name']));
  }

  /** Converts engine values in rows to plain JSON; relationship ends become global node keys. */
  private async normaliseRows(raw: Record<string, unknown>[]): Promise<Record<string, JsonValue>[]> {
    const idKeys = new Map<string, string>();
    const pendingIds: { table: number; offset: number }[] = [];
    const visit = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      if (Array.isArray(v)) return v.forEach(visit);
      const o = v as Record<string, unknown>;
      if ('_label' in o && '_id' in o && !('_src' in o)) {
        const id = o['_id'] as { table: number; offset: number };
        const label = String(o['_label']);
        if (isNodeLabel(label)) idKeys.set(`${id.table}:${id.offset}`, nodeKey({ label, key: String(o[NODES[label].key]) }));
        return;
      }
      if ('_src' in o && '_dst' in o) {
        pendingIds.push(o['_src'] as { table: number; offset: number }, o['_dst'] as { table: number; offset: number });
        return;
      }
      Object.values(o).forEach(visit);
    };
    raw.forEach((row) => Object.values(row).forEach(visit));
    const missing = pendingIds.filter((id) => !idKeys.has(`${id.table}:${id.offset}`));
    if (missing.length > 0) {
      await this.ensureTableLabels();
      const byTable = new Map<number, number[]>();
      for (const id of missing) (byTable.get(id.table) ?? byTable.set(id.table, []).get(id.table)!).push(id.offset);
      for (const [table, offsets] of byTable) {
        const label = this.tableLabels.get(table);
        if (!label || !isNodeLabel(label)) continue;
        const rows = await this.run(
          this.writer,
          `MATCH (n:${esc(label)}) WHERE offset(id(n)) IN $offsets RETURN offset(id(n)) AS o, n.${NODES[label].key} AS k`,
          { offsets: [...new Set(offsets)] },
        );
        for (const r of rows) idKeys.set(`${table}:${Number(r['o'])}`, nodeKey({ label, key: String(r['k']) }));
      }
    }
    const conv = (v: unknown): JsonValue => {
      if (v === null || v === undefined) return null;
      if (Array.isArray(v)) return v.map(conv);
      if (v instanceof Date) return v.toISOString();
      if (typeof v === 'bigint') return Number(v);
      if (typeof v !== 'object') return v as JsonValue;
      const o = v as Record<string, unknown>;
      if ('_nodes' in o && '_rels' in o) {
        return { nodes: conv(o['_nodes']), rels: conv(o['_rels']) };
      }
      if ('_src' in o && '_dst' in o) {
        const type = String(o['_label']);
        const src = o['_src'] as { table: number; offset: number };
        const dst = o['_dst'] as { table: number; offset: number };
        const properties: Props = {};
        if (isRelType(type)) for (const [p] of relProps(type)) properties[p] = plain(o[p]) as Props[string];
        return {
          kind: type as JsonRel['kind'],
          source: idKeys.get(`${src.table}:${src.offset}`) ?? `${src.table}:${src.offset}`,
          target: idKeys.get(`${dst.table}:${dst.offset}`) ?? `${dst.table}:${dst.offset}`,
          properties,
        };
      }
      if ('_label' in o && '_id' in o) return this.toJsonNode(o);
      const out: Record<string, JsonValue> = {};
      for (const [k, x] of Object.entries(o)) out[k] = conv(x);
      return out;
    };
    return raw.map((row) => {
      const out: Record<string, JsonValue> = {};
      for (const [k, v] of Object.entries(row)) out[k] = conv(v);
      return out;
    });
  }
}

function plain(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  return v;
}

function relPropsOf(type: string, v: Record<string, unknown>): Props {
  const props: Props = {};
  if (isRelType(type)) for (const [p] of relProps(type)) props[p] = plain(v[p]) as Props[string];
  return props;
}
