/**
 * The HTTP API as a fastify app factory (nothing listens on import): schemas on every input,
 * OpenAPI at /docs and /openapi.json, token rules, the built web app at / when present.
 */
import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { GraphStore } from '../store/port.ts';
import { ApiError, errorBody, toApiError } from './errors.ts';
import { exportRoutes } from './routes/export.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { queryRoutes, type QueryLimits } from './routes/query.ts';
import { readRoutes } from './routes/read.ts';

export interface ServerOptions {
  store: GraphStore;
  /** Bearer token: needed for writes, and for every /api route when bound beyond loopback. */
  token?: string;
  /** Enables POST /api/ingest (needs a token too). */
  allowIngest?: boolean;
  /** The address the server will listen on (default 127.0.0.1); a non-loopback host needs a token. */
  host?: string;
  /** The built web app to serve at / (default graph-ui/dist; null: none). */
  uiDir?: string | null;
  /** Query limits (defaults: 10 s, 10,000 rows, 2,000 graph nodes, writes refused up front). */
  limits?: Partial<QueryLimits>;
  /** fastify's logger (default off). */
  logger?: boolean;
}

/** A server configuration that would be unsafe or cannot work. */
export class ServerConfigError extends Error {
  override name = 'ServerConfigError';
  readonly code = 'E_SERVER_CONFIG';
}

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_UI_DIR = path.join(REPO, 'graph-ui', 'dist');
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4477;

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function tokenMatches(req: FastifyRequest, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]!.trim());
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Builds the app. Routes: see server/API.md. Throws ServerConfigError for a non-loopback host
 * without a token, or ingest allowed without a token.
 *
 * @example
 * const app = createServer({ store });
 * const res = await app.inject({ method: 'GET', url: '/api/health' });
 */
export function createServer(opts: ServerOptions): FastifyInstance {
  const host = opts.host ?? DEFAULT_HOST;
  const exposed = !isLoopback(host);
  if (exposed && !opts.token) {
    throw new ServerConfigError(`serve: binding to ${host} (beyond this machine) needs a token (--token or DIPLOGRAPH_TOKEN): the whole API then requires it`);
  }
  if (opts.allowIngest && !opts.token) {
    throw new ServerConfigError('serve: --allow-ingest needs a token (--token or DIPLOGRAPH_TOKEN): writes are only accepted with Authorization: Bearer <token>');
  }
  const limits: QueryLimits = {
    timeoutMs: 10_000, maxRows: 10_000, maxGraphNodes: 2_000, refuseWritesUpFront: true, ...opts.limits,
  };
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 50 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  });

  app.setErrorHandler((err, _req, reply) => {
    const e = toApiError(err);
    if (e.status >= 500) app.log.error(err);
    return reply.status(e.status).send(errorBody(e));
  });

  app.addHook('onRequest', async (req) => {
    const url = req.url.split('?')[0]!;
    if (!url.startsWith('/api/')) return;
    if (url === '/api/ingest') {
      if (!opts.allowIngest || !opts.token) {
        throw new ApiError(403, 'E_INGEST_DISABLED', 'ingest over HTTP is off: start the server with --allow-ingest and a token');
      }
      if (!tokenMatches(req, opts.token)) {
        throw new ApiError(401, 'E_UNAUTHORIZED', 'ingest needs the header Authorization: Bearer <token> with the server token');
      }
      return;
    }
    if (exposed && opts.token && !tokenMatches(req, opts.token)) {
      throw new ApiError(401, 'E_UNAUTHORIZED', `this server listens on ${host}: every /api request needs Authorization: Bearer <token>`);
    }
  });

  void app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'diplograph API', version: '0.1.0', description: 'Diplomatic events as a graph: nodes, timeline, search, named queries, read-only Cypher, export.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  void app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  void app.register(async (api) => {
    readRoutes(api, opts.store);
    queryRoutes(api, opts.store, limits);
    exportRoutes(api, opts.store, limits);
    ingestRoutes(api, opts.store);
    api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  });

  const uiDir = opts.uiDir === undefined ? DEFAULT_UI_DIR : opts.uiDir;
  if (uiDir && fs.existsSync(path.join(uiDir, 'index.html'))) {
    void app.register(fastifyStatic, { root: path.resolve(uiDir), prefix: '/' });
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('text/plain').send('diplograph API. The web app is not built (npm run build:ui); the API is documented at /docs.\n'));
  }

  // The embedded store's entity tables are read into memory before the first request rather than
  // by it (store/entities.ts; about 0.1 s on the Reuters corpus). A failure here only means the
  // first request that needs them tries again.
  app.addHook('onReady', async () => {
    await opts.store.entities?.().catch(() => undefined);
  });

  app.setNotFoundHandler((req, reply) => {
    const e = new ApiError(404, 'E_NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0]} (see /docs)`);
    return reply.status(404).send(errorBody(e));
  });
  return app;
}
