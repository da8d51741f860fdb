/**
 * Cross-article call resolution (ingest/resolve.ts) through the real pipeline, extractor and
 * embedded store (and Neo4j when NEO4J_URI is set): one event dated a day apart by two reports is
 * one Call, in one run or two.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../ingest/pipeline.ts';
import { openStore } from '../../store/index.ts';
import type { GraphStore } from '../../store/port.ts';
import { onNeo4j } from './neo4j.ts';

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-resolve-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

/** Writes articles as sample-format text files (" date YYYY-MM-DD" first line) into a new folder. */
function articles(dir: string, list: [string, string][]): string {
  const d = path.join(tmpRoot, dir);
  fs.mkdirSync(d, { recursive: true });
  list.forEach(([date, text], i) => fs.writeFileSync(path.join(d, `${i}.txt`), ` date ${date}\n${text}\n`));
  return d;
}

const TUESDAY = ['2021-12-08', 'U.S. President Joe Biden and Russian President Vladimir Putin held a two-hour video call on Tuesday, the White House said.'] as [string, string];
// The Kremlin's report a day later dates the same call by the next day.
const WEDNESDAY = ['2021-12-09', 'Russian President Vladimir Putin and U.S. President Joe Biden held a video call on Wednesday, the Kremlin said.'] as [string, string];
// A week later: another call.
const NEXT_WEEK = ['2021-12-15', 'U.S. President Joe Biden and Russian President Vladimir Putin held another video call on Tuesday, the White House said.'] as [string, string];

async function calls(store: GraphStore): Promise<string[]> {
  const r = await store.query(
    'MATCH (c:Call)-[r:REPORTED_IN]->(a:Article) OPTIONAL MATCH (c)-[:`ON`]->(d:Day) RETURN c.id AS id, c.date AS date, c.durationMinutes AS minutes, count(DISTINCT a) AS articles, count(DISTINCT d) AS days ORDER BY id',
    {},
    { readOnly: true },
  );
  return r.rows.map((x) => `${String(x['id'])} date=${String(x['date'])} minutes=${String(x['minutes'])} articles=${Number(x['articles'])} days=${Number(x['days'])}`);
}

function resolveSuite(name: string, open: () => Promise<GraphStore>): void {
  describe(`${name}: one call dated a day apart by two reports is one Call`, () => {
    it('in one run: the first report keeps its id and day, the second adds its source; a week later is another call', async () => {
      const store = await open();
      try {
        const s = await ingest(store, [articles(`${name}-a`, [TUESDAY, WEDNESDAY, NEXT_WEEK])]);
        expect(s.new).toBe(3);
        expect(await calls(store)).toEqual([
          '2021-12-07-call-joe-biden-vladimir-putin date=2021-12-07 minutes=120 articles=2 days=1',
          '2021-12-14-call-joe-biden-vladimir-putin date=2021-12-14 minutes=null articles=1 days=1',
        ]);
        const parties = await store.query("MATCH (c:Call {id: '2021-12-07-call-joe-biden-vladimir-putin'})<-[:PARTICIPATED_IN]-(l:Leader) RETURN l.id AS id ORDER BY id", {}, { readOnly: true });
        expect(parties.rows.map((r) => r['id'])).toEqual(['joe-biden', 'vladimir-putin']);
      } finally {
        await store.close();
      }
    });

    it('across runs: the stored call is read back from the store and the later report joins it', async () => {
      const store = await open();
      try {
        await ingest(store, [articles(`${name}-b1`, [TUESDAY])]);
        await ingest(store, [articles(`${name}-b2`, [WEDNESDAY])]);
        expect(await calls(store)).toEqual(['2021-12-07-call-joe-biden-vladimir-putin date=2021-12-07 minutes=120 articles=2 days=1']);
        // The day the second report gave stays in the graph as a day its article mentions, not as the call's.
        const mentioned = await store.query("MATCH (a:Article)-[:MENTIONS]->(d:Day {date: '2021-12-08'}) RETURN count(a) AS n", {}, { readOnly: true });
        expect(Number(mentioned.rows[0]!['n'])).toBe(1);
      } finally {
        await store.close();
      }
    });
  });
}

let dbs = 0;
resolveSuite('kuzu', () => openStore({ backend: 'kuzu', path: path.join(tmpRoot, `db${dbs++}`, 'g.kuzu') }));
onNeo4j('ingest-resolve', 'call resolution across reports on Neo4j', resolveSuite);
