/**
 * Query routes: the named queries, their execution, and read-only ad-hoc Cypher.
 */
import type { FastifyInstance } from 'fastify';
import { listQueries, runNamedQuery } from '../../queries/index.ts';
import type { GraphStore } from '../../store/port.ts';
import { refuseWrites } from '../cypher-guard.ts';
import { decodeCursor, offsetOf, pageByOffset, requestFingerprint } from '../paging.ts';
import { resultGraph } from '../result-graph.ts';
import { cypherBody, namedQueryBody, queryNameParams } from '../schemas.ts';

export interface QueryLimits {
  /** Time limit of one query in milliseconds. */
  timeoutMs: number;
  /** Row limit of one query. */
  maxRows: number;
  /** Nodes at most in the graph beside a result. */
  maxGraphNodes: number;
  /** Refuse writing Cypher before it reaches the store (the read-only transaction is the guarantee). */
  refuseWritesUpFront: boolean;
}

/** Rows per page of a named query when the request names no limit. */
const DEFAULT_QUERY_PAGE = 300;

/** Registers the query routes. */
export function queryRoutes(app: FastifyInstance, store: GraphStore, limits: QueryLimits): void {
  app.get('/api/queries', { schema: { summary: 'The named queries with their parameters', tags: ['queries'] } }, async () =>
    listQueries().map((q) => ({
      name: q.name,
      description: q.description,
      params: q.params.map((p) => ({
        name: p.name, type: p.type, example: p.example, description: p.description,
        ...(p.default !== undefined ? { default: p.default } : {}),
        ...(p.min !== undefined ? { min: p.min, max: p.max } : {}),
      })),
    })));

  app.post('/api/queries/:name', {
    schema: {
      summary: 'Runs a named query (read-only), one page of rows at a time',
      description: 'Answers {columns, rows, total, truncated, next, graph}: at most `limit` rows (default 300) after `cursor`, in the query order; the graph is induced by the node keys of the rows shown (null with `graph: false`).',
      tags: ['queries'], params: queryNameParams, body: namedQueryBody,
    },
  }, async (req) => {
    const { name } = req.params as { name: string };
    const body = (req.body ?? {}) as { params?: Record<string, unknown>; limit?: number; cursor?: string; graph?: boolean };
    const fingerprint = requestFingerprint({ name, params: body.params ?? {} });
    const scope = `query:${name}`;
    const after = body.cursor === undefined ? undefined : decodeCursor(body.cursor, scope, fingerprint, 'body/cursor');
    const limit = body.limit ?? DEFAULT_QUERY_PAGE;
    // Only the rows up to the end of the page are handed over by the store; it counts the rest.
    const res = await runNamedQuery(store, name, body.params ?? {}, {
      timeoutMs: limits.timeoutMs, maxRows: limits.maxRows, firstRows: offsetOf(after) + limit,
    });
    const page = pageByOffset(res.rows, after, limit, scope, fingerprint, res.total ?? res.rows.length);
    const graph = body.graph === false ? null : await resultGraph(store, page.items, { keyStrings: true, maxNodes: limits.maxGraphNodes });
    return { columns: res.columns, rows: page.items, total: page.total, truncated: page.truncated, next: page.next, graph };
  });

  app.post('/api/cypher', {
    schema: {
      summary: 'Ad-hoc read-only Cypher with a time and a row limit',
      description: 'Runs in a read-only transaction (Neo4j read transaction; kuzu READ ONLY transaction). Writing clauses are refused up front (E_WRITE_REFUSED, 400); syntax errors are 400 E_SYNTAX with a position; 408 E_TIMEOUT; 413 E_TOO_MANY_ROWS.',
      tags: ['queries'],
      body: cypherBody,
    },
  }, async (req) => {
    const body = req.body as { query: string; params?: Record<string, unknown> };
    if (limits.refuseWritesUpFront) refuseWrites(body.query);
    const res = await store.query(body.query, body.params ?? {}, { readOnly: true, timeoutMs: limits.timeoutMs, maxRows: limits.maxRows });
    const graph = await resultGraph(store, res.rows, { keyStrings: false, maxNodes: limits.maxGraphNodes });
    return { columns: res.columns, rows: res.rows, graph };
  });
}
