/**
 * `diplograph serve` and `start`: run the HTTP server until stopped, announcing it beside the
 * embedded database so that other CLI calls send their queries to it instead of hitting the lock.
 */
import { serve } from '../server/main.ts';
import type { StoreConfig } from '../store/index.ts';
import { announceServer, clearServerInfo } from './connect.ts';

export interface ServeCliOptions {
  port?: string;
  host?: string;
  token?: string;
  allowIngest?: boolean;
}

/** Starts the server and resolves once it listens; the process then runs until a signal. */
export async function runServe(store: StoreConfig, opts: ServeCliOptions): Promise<void> {
  const port = Number(opts.port ?? 4477);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`diplograph serve: --port must be a number from 0 to 65535, got ${opts.port}`);
  const running = await serve({
    store,
    port,
    host: opts.host,
    token: opts.token ?? process.env['DIPLOGRAPH_TOKEN'],
    allowIngest: opts.allowIngest,
  });
  if (store.backend !== 'neo4j' && store.path) {
    const dbPath = store.path;
    announceServer(dbPath, running.url);
    process.once('exit', () => clearServerInfo(dbPath));
  }
}
