/**
 * Named Cypher queries: loads queries/*.cypher by name, picks the engine's variant, validates
 * and coerces parameters from their header declarations, and runs them on a GraphStore.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNodeLabel, NODES } from '../core/model.ts';
import type { Dialect, GraphStore, QueryOptions, QueryResult } from '../store/port.ts';
import { parseHeader, type ParamSpec, type QueryHeader } from './header.ts';

export type { ParamSpec, ParamType } from './header.ts';

/** What `listQueries()` tells about a named query (the shape of `GET /api/queries`). */
export interface QueryInfo {
  name: string;
  description: string;
  params: ParamSpec[];
  /** The engines that have a variant: `shared` when one file serves both. */
  variants: Record<Dialect, 'shared' | 'own'>;
}

/** A named query ready to run on one engine. */
export interface LoadedQuery extends QueryInfo {
  dialect: Dialect;
  cypher: string;
  file: string;
}

/** Unknown query name or a bad parameter; `param` names the parameter when it is one. */
export class QueryError extends Error {
  override name = 'QueryError';
  constructor(
    readonly code: 'E_UNKNOWN_QUERY' | 'E_PARAM' | 'E_QUERY_FILE',
    message: string,
    readonly param?: string,
  ) {
    super(message);
  }
}

const DIR = path.dirname(fileURLToPath(import.meta.url));

interface Entry {
  shared?: { header: QueryHeader; body: string; file: string };
  kuzu?: { header: QueryHeader; body: string; file: string };
  neo4j?: { header: QueryHeader; body: string; file: string };
}

let cache: Map<string, Entry> | undefined;

function load(dir = DIR): Map<string, Entry> {
  if (cache && dir === DIR) return cache;
  const entries = new Map<string, Entry>();
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.cypher')).sort()) {
    const m = /^([a-z0-9_]+)(?:\.(kuzu|neo4j))?\.cypher$/.exec(f);
    if (!m) throw new QueryError('E_QUERY_FILE', `queries/${f}: expected a file name like name.cypher, name.kuzu.cypher or name.neo4j.cypher`);
    const file = path.join(dir, f);
    const { header, body } = parseHeader(fs.readFileSync(file, 'utf8'), `queries/${f}`);
    if (header.name !== m[1]) {
      throw new QueryError('E_QUERY_FILE', `queries/${f}:1: header says name ${header.name}, expected ${m[1]} (the file name)`);
    }
    const slot = (m[2] ?? 'shared') as keyof Entry;
    const e = entries.get(m[1]!) ?? {};
    e[slot] = { header, body, file };
    entries.set(m[1]!, e);
  }
  for (const [name, e] of entries) {
    if (!e.shared && !(e.kuzu && e.neo4j)) {
      throw new QueryError('E_QUERY_FILE', `queries/${name}: needs ${name}.cypher or both ${name}.kuzu.cypher and ${name}.neo4j.cypher`);
    }
  }
  if (dir === DIR) cache = entries;
  return entries;
}

function variant(e: Entry, dialect: Dialect): { header: QueryHeader; body: string; file: string } {
  return (e[dialect] ?? e.shared)!;
}

function info(name: string, e: Entry): QueryInfo {
  const h = (e.shared ?? e.kuzu ?? e.neo4j)!.header;
  return {
    name,
    description: h.description,
    params: h.params,
    variants: { kuzu: e.kuzu ? 'own' : 'shared', neo4j: e.neo4j ? 'own' : 'shared' },
  };
}

/** Every named query with its description and parameters, sorted by name. */
export function listQueries(): QueryInfo[] {
  return [...load()].map(([name, e]) => info(name, e));
}

/** The named query `name` in the engine's dialect. Throws QueryError E_UNKNOWN_QUERY. */
export function getQuery(name: string, dialect: Dialect): LoadedQuery {
  const e = load().get(name);
  if (!e) {
    const known = [...load().keys()].join(', ');
    throw new QueryError('E_UNKNOWN_QUERY', `query "${name}" is not a named query (known: ${known})`);
  }
  const v = variant(e, dialect);
  return { ...info(name, e), params: v.header.params, dialect, cypher: v.body, file: v.file };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function coerceOne(spec: ParamSpec, raw: unknown, query: string): unknown {
  const where = `query ${query}: parameter ${spec.name}`;
  const bad = (expected: string): never => {
    throw new QueryError('E_PARAM', `${where}: got ${JSON.stringify(raw)}, expected ${expected} (e.g. ${spec.example})`, spec.name);
  };
  switch (spec.type) {
    case 'string':
      if (typeof raw !== 'string' && typeof raw !== 'number') bad('a string');
      return String(raw);
    case 'date': {
      const s = typeof raw === 'string' ? raw : '';
      if (!DAY.test(s) || Number.isNaN(Date.parse(`${s}T00:00:00Z`))) bad('an ISO day YYYY-MM-DD');
      return s;
    }
    case 'int': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
      if (!Number.isInteger(n)) bad('an integer');
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
        bad(`an integer from ${spec.min ?? '-∞'} to ${spec.max ?? '∞'}`);
      }
      return n;
    }
    case 'float': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(n)) bad('a number');
      return n;
    }
    case 'bool':
      if (raw === true || raw === 'true') return true;
      if (raw === false || raw === 'false') return false;
      return bad('true or false');
    case 'nodeKey': {
      const s = typeof raw === 'string' ? raw : '';
      const i = s.indexOf(':');
      if (i <= 0 || i === s.length - 1 || !isNodeLabel(s.slice(0, i))) {
        bad(`a node key Label:key with a label of ${Object.keys(NODES).join('|')}`);
      }
      return s;
    }
  }
}

/**
 * Validates and coerces raw parameters (strings from a URL or CLI, or JSON values) against the
 * query's declarations: defaults fill what is missing, unknown names are refused. A nodeKey
 * parameter `x` also binds `x_label` and `x_key` (its two halves).
 *
 * @example coerceParams(getQuery('neighbourhood', 'kuzu'), { node: 'Country:RU', depth: '2' })
 */
export function coerceParams(q: Pick<LoadedQuery, 'name' | 'params'>, raw: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = new Set(q.params.map((p) => p.name));
  for (const k of Object.keys(raw)) {
    if (!known.has(k)) {
      const list = q.params.map((p) => `${p.name} (${p.type})`).join(', ') || 'none';
      throw new QueryError('E_PARAM', `query ${q.name}: unknown parameter ${k}; its parameters are: ${list}`, k);
    }
  }
  for (const spec of q.params) {
    const given = raw[spec.name];
    const value = given === undefined || given === null || given === '' ? spec.default : given;
    if (value === undefined) {
      throw new QueryError('E_PARAM', `query ${q.name}: parameter ${spec.name} (${spec.type}) is required, e.g. ${spec.example}`, spec.name);
    }
    const v = coerceOne(spec, value, q.name);
    out[spec.name] = v;
    if (spec.type === 'nodeKey') {
      const s = v as string;
      out[`${spec.name}_label`] = s.slice(0, s.indexOf(':'));
      out[`${spec.name}_key`] = s.slice(s.indexOf(':') + 1);
    }
  }
  return out;
}

/** Keeps the parameters the Cypher text uses: kuzu refuses parameters a statement does not declare. */
export function bindable(cypher: string, params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(cypher)));
}

/** Runs a named query on a store, read-only, after validating its parameters. */
export async function runNamedQuery(
  store: GraphStore,
  name: string,
  raw: Record<string, unknown> = {},
  opts: QueryOptions = {},
): Promise<QueryResult> {
  const q = getQuery(name, store.dialect);
  return store.query(q.cypher, bindable(q.cypher, coerceParams(q, raw)), { ...opts, readOnly: true });
}
