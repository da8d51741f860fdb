/**
 * Opening a GraphStore from configuration: the embedded kuzu store by default, Neo4j when a URI
 * is given (or NEO4J_URI is set). The only place that chooses an adapter.
 */
import path from 'node:path';
import { KuzuStore } from './kuzu.ts';
import { Neo4jStore } from './neo4j.ts';
import type { GraphStore } from './port.ts';

export interface StoreConfig {
  backend?: 'kuzu' | 'neo4j';
  /** kuzu database file (default: data/db/diplograph.kuzu under the working directory). */
  path?: string;
  readOnly?: boolean;
  /** kuzu page cache in MiB (DIPLOGRAPH_KUZU_CACHE_MB; default 256). */
  cacheMiB?: number;
  neo4j?: { uri: string; user?: string; password?: string; database?: string };
}

export const DEFAULT_DB_PATH = path.join('data', 'db', 'diplograph.kuzu');

/**
 * Reads the store configuration from the environment: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE) selects Neo4j, DIPLOGRAPH_DB names the embedded database file.
 */
export function configFromEnv(env: NodeJS.ProcessEnv): StoreConfig {
  if (env['NEO4J_URI']) {
    return {
      backend: 'neo4j',
      neo4j: {
        uri: env['NEO4J_URI'],
        user: env['NEO4J_USER'] ?? 'neo4j',
        password: env['NEO4J_PASSWORD'] ?? '',
        database: env['NEO4J_DATABASE'] || undefined,
      },
    };
  }
  return { backend: 'kuzu', path: env['DIPLOGRAPH_DB'] || DEFAULT_DB_PATH, cacheMiB: cacheFromEnv(env['DIPLOGRAPH_KUZU_CACHE_MB']) };
}

/**
 * The smallest kuzu buffer pool accepted: with 128 MiB, kuzu 0.11.3 crashed (segmentation fault)
 * near the end of a whole-Reuters-corpus ingest on this project's machine; 256 MiB never did.
 */
export const MIN_CACHE_MIB = 256;

/** `DIPLOGRAPH_KUZU_CACHE_MB`: unset or empty → the store's default; else whole MiB ≥ MIN_CACHE_MIB. */
export function cacheFromEnv(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const mib = Number(raw);
  if (!Number.isInteger(mib) || mib < MIN_CACHE_MIB) {
    throw new Error(`DIPLOGRAPH_KUZU_CACHE_MB: expected a whole number of MiB, at least ${MIN_CACHE_MIB}; got "${raw}"`);
  }
  return mib;
}

/** Opens a store and makes sure its schema exists. */
export async function openStore(cfg: StoreConfig = {}): Promise<GraphStore> {
  const backend = cfg.backend ?? (cfg.neo4j ? 'neo4j' : 'kuzu');
  const store: GraphStore =
    backend === 'neo4j'
      ? new Neo4jStore(cfg.neo4j ?? { uri: 'bolt://localhost:7687' })
      : new KuzuStore({ path: cfg.path ?? DEFAULT_DB_PATH, readOnly: cfg.readOnly, bufferPoolMiB: cfg.cacheMiB });
  try {
    await store.ensureSchema();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}

export type { GraphStore } from './port.ts';
export { StoreError } from './port.ts';
