/**
 * `diplograph serve`: opens the store, builds the app (server/app.ts) and listens until stopped.
 */
import type { FastifyInstance } from 'fastify';
import { openStore, type StoreConfig } from '../store/index.ts';
import type { GraphStore } from '../store/port.ts';
import { createServer, DEFAULT_HOST, DEFAULT_PORT, type ServerOptions } from './app.ts';

export interface ServeOptions extends Omit<ServerOptions, 'store'> {
  /** Where the graph is (default: the embedded database, or Neo4j when NEO4J_URI is set). */
  store?: StoreConfig;
  port?: number;
}

export interface RunningServer {
  app: FastifyInstance;
  store: GraphStore;
  /** The address it listens on, e.g. http://127.0.0.1:4477 */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the API (and the web app when built) on 127.0.0.1:4477 unless told otherwise.
 * Closes the store on SIGINT/SIGTERM.
 */
export async function serve(opts: ServeOptions = {}): Promise<RunningServer> {
  const host = opts.host ?? DEFAULT_HOST;
  const store = await openStore(opts.store ?? {});
  let app: FastifyInstance;
  try {
    app = createServer({ ...opts, host, store });
    await app.listen({ host, port: opts.port ?? DEFAULT_PORT });
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (opts.port ?? DEFAULT_PORT);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await app.close();
    await store.close();
  };
  const onSignal = (): void => {
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  console.error(`diplograph: serving ${store.dialect} graph at ${url} (API docs at ${url}/docs)${opts.allowIngest ? '; ingest over HTTP is on' : ''}`);
  return { app, store, url, close };
}
