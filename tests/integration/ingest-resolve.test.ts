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

/**
 * Real wire stories of 1987 (read from ../shared/corpus by id) that report three visits on different
 * days: George Shultz in China (March 1-3, four stories), Richard von Weizsaecker in Argentina
 * ("the first day of an official visit", "on a four-day official visit" three days later), King
 * Fahd in Britain ("a state visit he will make to Britain later this month", "begins a four-day
 * state visit on Tuesday", "coinciding with a visit to London"). Shultz's planned Moscow visit and
 * Weizsaecker's stopover in Brasilia on his way are other events.
 */
const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/reuters21578.jsonl');
const VISIT_STORIES = [255, 871, 925, 1022, 5771, 5864, 7532, 3455, 8095, 9293].map((n) => `reuters21578-${n}`);

function corpusStories(ids: string[], file: string, reverse: boolean): string {
  const wanted = new Set(ids);
  const lines = fs.readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l !== '' && wanted.has((JSON.parse(l) as { id: string }).id));
  fs.writeFileSync(file, (reverse ? lines.reverse() : lines).join('\n') + '\n');
  return file;
}

const hasCorpus = fs.existsSync(CORPUS);
if (!hasCorpus) console.warn(`[ingest-resolve] corpus visits skipped: the corpus is not at ${CORPUS}`);

describe.skipIf(!hasCorpus)('kuzu: visits told on different days by several wire stories', () => {
  // Either order gives one Call per visit with all its stories (which day it shows depends on the order).
  it.each([['in file order', false], ['in reverse order', true]] as const)('%s', async (_name, reverse) => {
    const store = await openStore({ backend: 'kuzu', path: path.join(tmpRoot, `visits-${reverse}`, 'g.kuzu') });
    try {
      await ingest(store, [corpusStories(VISIT_STORIES, path.join(tmpRoot, `visits-${reverse}.jsonl`), reverse)]);
      const r = await store.query(
        "MATCH (v:Leader)-[:PARTICIPATED_IN]->(c:Call)<-[:PARTICIPATED_IN]-(h:Country) WHERE c.kind = 'visit' MATCH (c)-[:REPORTED_IN]->(a:Article) RETURN v.id AS visitor, h.iso2 AS host, c.status AS status, count(DISTINCT a) AS articles ORDER BY visitor, host",
        {},
        { readOnly: true },
      );
      expect(r.rows.map((x) => `${String(x['visitor'])} in ${String(x['host'])}: ${String(x['status'])}, ${Number(x['articles'])} articles`)).toEqual([
        'george-shultz in CN: held, 4 articles',
        'george-shultz in SU: planned, 1 articles',
        'king-fahd in GB: held, 3 articles',
        // 5864 repeats 5771 word for word, so it is one article
        'richard-von-weizsaecker in AR: held, 2 articles',
        // "a Latin American tour which includes Bolivia and Guatemala": one planned visit per state (5771/5864)
        'richard-von-weizsaecker in BO: planned, 1 articles',
        // "He held brief talks on Sunday with Brazilian President Jose Sarney during a stopover in Brasilia" (5864/5771)
        'richard-von-weizsaecker in BR: held, 1 articles',
        // (Guatemala: the tour's other state)
        'richard-von-weizsaecker in GT: planned, 1 articles',
      ]);
    } finally {
      await store.close();
    }
  });
});

let dbs = 0;
resolveSuite('kuzu', () => openStore({ backend: 'kuzu', path: path.join(tmpRoot, `db${dbs++}`, 'g.kuzu') }));
onNeo4j('ingest-resolve', 'call resolution across reports on Neo4j', resolveSuite);
