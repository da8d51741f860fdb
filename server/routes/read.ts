/**
 * Read routes: health, stats, the graph of a window, node details, neighbours, timeline, search.
 */
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { isNodeLabel, type NodeLabel } from '../../core/model.ts';
import { runNamedQuery } from '../../queries/index.ts';
import type { GraphStore } from '../../store/port.ts';
import { ApiError } from '../errors.ts';
import { decodeCursor, requestFingerprint } from '../paging.ts';
import { graphQuery, neighboursQuery, nodeParams, nodeQuery, searchQuery, timelineQuery } from '../schemas.ts';
import { neighbourhoodGraph, nodeDetails, timeline, windowGraph } from '../views.ts';

let version: string | undefined;
function packageVersion(): string {
  version ??= (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}

function list(name: string, v: string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const items = v.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new ApiError(400, 'E_INVALID_INPUT', `querystring/${name}: expected a comma list of values, got "${v}"`);
  return items;
}

function labels(v: string | undefined): NodeLabel[] | undefined {
  const items = list('labels', v);
  for (const l of items ?? []) {
    if (!isNodeLabel(l)) throw new ApiError(400, 'E_INVALID_INPUT', `querystring/labels: "${l}" is not a label of the graph model`);
  }
  return items as NodeLabel[] | undefined;
}

function notFound(key: string): ApiError {
  return new ApiError(404, 'E_NOT_FOUND', `node ${key} is not in the graph`);
}

/** Registers the read routes. */
export function readRoutes(app: FastifyInstance, store: GraphStore): void {
  app.get('/api/health', { schema: { summary: 'Server and store health with node and relationship counts', tags: ['graph'] } }, async () => {
    const s = await store.stats();
    const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
    return { ok: true, backend: store.dialect, version: packageVersion(), counts: { nodes: sum(s.nodes), rels: sum(s.rels) } };
  });

  app.get('/api/stats', { schema: { summary: 'Counts per label and relationship type', tags: ['graph'] } }, async () => store.stats());

  app.get('/api/graph', {
    schema: {
      summary: 'The graph for a date window and filters, one page of events at a time',
      description: 'Answers {nodes, edges, truncated, total, next}: at most `limit` events (default 300) after `cursor`, by date then key, with their neighbours; `total` events pass the filters, `next` is the cursor of the next page (null on the last). Without a window: entities paged by key.',
      tags: ['graph'], querystring: graphQuery,
    },
  }, async (req) => {
    const q = req.query as { from?: string; to?: string; labels?: string; countries?: string; statementKinds?: string; callStatuses?: string; limit: number; cursor?: string };
    if (q.from && q.to && q.from > q.to) throw new ApiError(400, 'E_INVALID_INPUT', `querystring: from ${q.from} is after to ${q.to}`);
    const { limit: _limit, cursor, ...chosen } = q;
    const fingerprint = requestFingerprint(chosen);
    return windowGraph(store, {
      from: q.from, to: q.to, labels: labels(q.labels), countries: list('countries', q.countries),
      statementKinds: list('statementKinds', q.statementKinds), callStatuses: list('callStatuses', q.callStatuses), limit: q.limit,
      after: cursor === undefined ? undefined : decodeCursor(cursor, 'graph', fingerprint, 'querystring/cursor'), fingerprint,
    });
  });

  app.get('/api/node/:key', {
    schema: { summary: 'A node with its properties, neighbours and provenance', tags: ['graph'], params: nodeParams, querystring: nodeQuery },
  }, async (req) => {
    const { key } = req.params as { key: string };
    const d = await nodeDetails(store, key, (req.query as { limit: number }).limit);
    if (!d) throw notFound(key);
    return d;
  });

  app.get('/api/neighbours/:key', {
    schema: { summary: 'The neighbourhood of a node to expand', tags: ['graph'], params: nodeParams, querystring: neighboursQuery },
  }, async (req) => {
    const { key } = req.params as { key: string };
    const q = req.query as { depth: number; limit: number };
    const g = await neighbourhoodGraph(store, key, q.depth, q.limit);
    if (!g) throw notFound(key);
    return g;
  });

  app.get('/api/timeline', {
    schema: {
      summary: 'Timeline entries of a window, with lanes, one page at a time',
      description: 'Answers {entries, lanes, total, truncated, next}: at most `limit` entries (default 500) after `cursor`, by date then key; `next` is the cursor of the next page (null on the last).',
      tags: ['graph'], querystring: timelineQuery,
    },
  }, async (req) => {
    const q = req.query as { from?: string; to?: string; lane: 'leader' | 'country'; limit: number; cursor?: string };
    if (q.from && q.to && q.from > q.to) throw new ApiError(400, 'E_INVALID_INPUT', `querystring: from ${q.from} is after to ${q.to}`);
    const fingerprint = requestFingerprint({ from: q.from, to: q.to, lane: q.lane });
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, 'timeline', fingerprint, 'querystring/cursor');
    return timeline(store, q.from, q.to, q.lane, { limit: q.limit, after, fingerprint });
  });

  app.get('/api/search', { schema: { summary: 'Search names, aliases, titles and statement text', tags: ['graph'], querystring: searchQuery } }, async (req) => {
    const q = req.query as { q: string; limit: number };
    const res = await runNamedQuery(store, 'search', { q: q.q, limit: q.limit });
    return { results: res.rows };
  });
}
