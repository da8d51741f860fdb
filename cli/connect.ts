/**
 * How the CLI reaches the graph: the store named by --db / --neo4j / the environment, or, when a
 * running `diplograph serve` holds the embedded database, that server over HTTP.
 */
import fs from 'node:fs';
import { configFromEnv, openStore, type StoreConfig } from '../store/index.ts';
import { StoreError, type GraphStore, type JsonValue } from '../store/port.ts';

export interface ConnectionOptions {
  db?: string;
  neo4j?: string;
  neo4jUser?: string;
  neo4jPassword?: string;
  neo4jDatabase?: string;
  server?: string;
}

/** Store configuration from the CLI flags, falling back on the environment. */
export function storeConfig(opts: ConnectionOptions, env: NodeJS.ProcessEnv): StoreConfig {
  if (opts.neo4j) {
    return {
      backend: 'neo4j',
      neo4j: {
        uri: opts.neo4j,
        user: opts.neo4jUser ?? env['NEO4J_USER'] ?? 'neo4j',
        password: opts.neo4jPassword ?? env['NEO4J_PASSWORD'] ?? '',
        database: opts.neo4jDatabase ?? (env['NEO4J_DATABASE'] || undefined),
      },
    };
  }
  if (opts.db) return { backend: 'kuzu', path: opts.db };
  return configFromEnv(env);
}

/** Where a running server announces itself for an embedded database file. */
export function serverInfoPath(dbPath: string): string {
  return `${dbPath}.server.json`;
}

/** Writes the announcement (removed by `clearServerInfo` when the server stops). */
export function announceServer(dbPath: string, url: string): void {
  fs.writeFileSync(serverInfoPath(dbPath), JSON.stringify({ url, pid: process.pid }) + '\n');
}

export function clearServerInfo(dbPath: string): void {
  fs.rmSync(serverInfoPath(dbPath), { force: true });
}

/** The URL of a live server holding this database, if one announced itself. */
export function runningServer(dbPath: string): string | null {
  try {
    const info = JSON.parse(fs.readFileSync(serverInfoPath(dbPath), 'utf8')) as { url?: string; pid?: number };
    if (!info.url || !info.pid) return null;
    process.kill(info.pid, 0);
    return info.url;
  } catch {
    return null; // no announcement, or its process is gone
  }
}

/** A server target carries the API token for servers that need one (non-loopback hosts). */
export type Target = { kind: 'store'; store: GraphStore } | { kind: 'server'; url: string; token?: string };

/**
 * Opens the store, or returns the server to talk to: `--server URL` explicitly, or automatically
 * when the embedded database is locked by a running server. Otherwise the lock error stands,
 * with advice.
 */
export async function connect(opts: ConnectionOptions, env: NodeJS.ProcessEnv, readOnly = false): Promise<Target> {
  const token = env['DIPLOGRAPH_TOKEN'] || undefined;
  if (opts.server) return { kind: 'server', url: opts.server.replace(/\/+$/, ''), token };
  const cfg = { ...storeConfig(opts, env), readOnly: readOnly || undefined };
  try {
    return { kind: 'store', store: await openStore(cfg) };
  } catch (e) {
    if (e instanceof StoreError && e.code === 'E_LOCKED' && cfg.backend !== 'neo4j') {
      const url = runningServer(cfg.path!);
      if (url) return { kind: 'server', url, token };
      throw new StoreError('E_LOCKED', `diplograph: the database ${cfg.path} is open in another process. Stop it, or if it is \`diplograph serve\`, pass --server http://127.0.0.1:PORT to send the request there.`);
    }
    throw e;
  }
}

/** Calls the server's JSON API; throws with the server's own error message when it answers an error. */
export async function callServer<T>(url: string, path: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    const text = await res.text();
    let message = text;
    try {
      message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? text;
    } catch {
      // not JSON: keep the raw text
    }
    throw new Error(`server ${url}${path} answered ${res.status}: ${message}`);
  }
  return (await res.json()) as T;
}

/** One page of `POST /api/queries/:name` (server/API.md). */
interface NamedQueryPage {
  columns: string[];
  rows: Record<string, JsonValue>[];
  next: string | null;
}

/**
 * All rows of a named query from a running server. The server answers a page at a time (at most
 * 10,000 rows), so the pages are followed through `next` until the last; the result graph the UI
 * draws is left out (`graph: false`).
 */
export async function namedQueryFromServer(
  url: string,
  name: string,
  params: Record<string, unknown>,
  opts: { token?: string; pageSize?: number } = {},
): Promise<{ columns: string[]; rows: Record<string, JsonValue>[] }> {
  const path = `/api/queries/${encodeURIComponent(name)}`;
  const limit = opts.pageSize ?? 10_000;
  let page = await callServer<NamedQueryPage>(url, path, { params, limit, graph: false }, opts.token);
  const columns = page.columns;
  const rows = [...page.rows];
  while (page.next) {
    page = await callServer<NamedQueryPage>(url, path, { params, limit, graph: false, cursor: page.next }, opts.token);
    rows.push(...page.rows);
  }
  return { columns, rows };
}
