/**
 * The Neo4j runs of the integration suites. With NEO4J_URI set (and NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE as the CLI reads them), a suite runs against that server on an emptied database;
 * without it the suite shows as skipped, saying why, and a warning line says so in the test output
 * (CI on GitHub runs them against a neo4j:5 service).
 */
import { describe, it } from 'vitest';
import { configFromEnv, openStore } from '../../store/index.ts';
import type { GraphStore } from '../../store/port.ts';

/**
 * Runs `suite` on Neo4j when NEO4J_URI is set, else registers a visible skipped suite.
 * @example onNeo4j('queries', 'named queries on Neo4j', (name, open) => queriesSuite(name, open));
 */
export function onNeo4j(tag: string, what: string, suite: (name: string, open: () => Promise<GraphStore>) => void): void {
  const cfg = configFromEnv(process.env);
  if (cfg.backend === 'neo4j' && cfg.neo4j) {
    suite(`neo4j (${cfg.neo4j.uri})`, async () => {
      const store = await openStore(cfg);
      await store.query('MATCH (n) DETACH DELETE n');
      return store;
    });
    return;
  }
  describe.skip(`${what} — SKIPPED: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to run it against a Neo4j 5 server`, () => {
    it('needs NEO4J_URI', () => undefined);
  });
  console.warn(`[${tag}] ${what} skipped: NEO4J_URI is not set (CI on GitHub runs it against a neo4j:5 service).`);
}
