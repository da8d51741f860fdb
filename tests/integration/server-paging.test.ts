/**
 * Paging of the API's large answers on the sample graph (real kuzu store, real fastify app):
 * first, next and last pages of the timeline, the window graph, the entity graph and a named
 * query, with total, truncated and next, a stable order, and 400s naming a bad cursor or limit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../server/app.ts';
import { timelinePageCypher } from '../../server/views.ts';
import { windowEvents, windowPage, type EventFilter, type WindowEvent } from '../../server/window.ts';
import { openStore } from '../../store/index.ts';
import type { GraphStore, JsonNode, JsonRel } from '../../store/port.ts';
import { SAMPLE_IDS, samplePatch } from '../fixtures/sample-graph.ts';
import { onNeo4j } from './neo4j.ts';

const GENEVA = `Call:${SAMPLE_IDS.genevaSummit}`;
const MONDAY = `Call:${SAMPLE_IDS.mondayCoordination}`;
const EUROPE = `Call:${SAMPLE_IDS.europeCall}`;
const SUMMIT = `Call:${SAMPLE_IDS.summit}`;
const ZCALL = `Call:${SAMPLE_IDS.zelenskiyCall}`;
const CONCERN = `Statement:${SAMPLE_IDS.concern}`;
const SUPPORT = `Statement:${SAMPLE_IDS.support}`;
const PROPOSAL = `Statement:${SAMPLE_IDS.proposal}`;
const ACCUSATION = `Statement:${SAMPLE_IDS.accusation}`;
const GREETING = `Statement:${SAMPLE_IDS.greeting}`;

/** The sample's ten events by date then key (2021-06 sorts before 2021-12-06). */
const EVENTS_IN_ORDER = [GENEVA, MONDAY, EUROPE, SUMMIT, CONCERN, SUPPORT, PROPOSAL, ACCUSATION, GREETING, ZCALL];

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** The suite against one backend; `open` gives an empty store. */
function pagingSuite(name: string, open: () => Promise<GraphStore>): void {
  describe(`paged answers on the sample graph (${name})`, () => {
    let store: GraphStore;
    let app: FastifyInstance;
    beforeAll(async () => {
      store = await open();
      await store.upsert(samplePatch());
      app = createServer({ store, uiDir: null });
      await app.ready();
    });
    afterAll(async () => {
      await app?.close();
      await store?.close();
    });
    const get = async (url: string): Promise<Answer> => {
      const r = await app.inject({ method: 'GET', url });
      return { status: r.statusCode, body: r.json() as Record<string, unknown> };
    };
    const post = async (url: string, payload: object): Promise<Answer> => {
      const r = await app.inject({ method: 'POST', url, payload });
      return { status: r.statusCode, body: r.json() as Record<string, unknown> };
    };
    const keysOf = (entries: unknown): string[] => (entries as { key: string }[]).map((e) => e.key);
    const withCursor = (url: string, next: unknown): string => `${url}&cursor=${encodeURIComponent(String(next))}`;

    it('GET /api/timeline: first, next and last page by date then key, with total, truncated and next', async () => {
      const url = '/api/timeline?from=2021-01-01&to=2021-12-31&limit=4';
      const p1 = await get(url);
      expect(p1.status).toBe(200);
      expect([keysOf(p1.body['entries']), p1.body['total'], p1.body['truncated'], typeof p1.body['next']])
        .toEqual([[GENEVA, MONDAY, EUROPE, SUMMIT], 10, true, 'string']);
      const p2 = await get(withCursor(url, p1.body['next']));
      expect([keysOf(p2.body['entries']), p2.body['total'], p2.body['truncated'], typeof p2.body['next']])
        .toEqual([[CONCERN, SUPPORT, PROPOSAL, ACCUSATION], 10, true, 'string']);
      const p3 = await get(withCursor(url, p2.body['next']));
      expect([keysOf(p3.body['entries']), p3.body['total'], p3.body['truncated'], p3.body['next']])
        .toEqual([[GREETING, ZCALL], 10, false, null]);
      // Lanes are those of the page's entries.
      expect(p3.body['lanes']).toEqual([
        { key: 'Leader:joe-biden', label: 'Joe Biden' },
        { key: 'Leader:vladimir-putin', label: 'Vladimir Putin' },
        { key: 'Leader:volodymyr-zelenskiy', label: 'Volodymyr Zelenskiy' },
      ]);
      // The pages together are the whole answer, in the same order; asking again gives the same page.
      const whole = await get('/api/timeline?from=2021-01-01&to=2021-12-31');
      expect([keysOf(whole.body['entries']), whole.body['total'], whole.body['truncated'], whole.body['next']])
        .toEqual([EVENTS_IN_ORDER, 10, false, null]);
      expect([...(p1.body['entries'] as unknown[]), ...(p2.body['entries'] as unknown[]), ...(p3.body['entries'] as unknown[])])
        .toEqual(whole.body['entries']);
      expect(await get(withCursor(url, p1.body['next']))).toEqual(p2);
    });

    it('GET /api/timeline: a window with nothing in it is one empty last page', async () => {
      expect(await get('/api/timeline?from=2020-01-01&to=2020-12-31&limit=4')).toEqual({
        status: 200, body: { entries: [], lanes: [], total: 0, truncated: false, next: null },
      });
    });

    it('GET /api/graph: a window paged by events, each page with its own neighbours', async () => {
      const url = '/api/graph?from=2021-01-01&to=2021-12-31&labels=Call,Statement&limit=4';
      const p1 = await get(url);
      expect(p1.status).toBe(200);
      expect([keysOf(p1.body['nodes']), p1.body['total'], p1.body['truncated'], typeof p1.body['next']])
        .toEqual([[GENEVA, MONDAY, EUROPE, SUMMIT].sort(), 10, true, 'string']);
      expect(p1.body['edges']).toEqual([]);
      const p2 = await get(withCursor(url, p1.body['next']));
      // The four statements were made during the summit, which is on the first page: no edge here.
      expect([keysOf(p2.body['nodes']), p2.body['edges'], p2.body['truncated']])
        .toEqual([[CONCERN, SUPPORT, PROPOSAL, ACCUSATION].sort(), [], true]);
      const p3 = await get(withCursor(url, p2.body['next']));
      expect([keysOf(p3.body['nodes']), p3.body['edges'], p3.body['total'], p3.body['truncated'], p3.body['next']])
        .toEqual([[ZCALL, GREETING], [], 10, false, null]);
      // One page holding the summit and its statements has the DURING edges between them.
      const during = await get('/api/graph?from=2021-12-07&to=2021-12-07&labels=Call,Statement&limit=3');
      const d2 = await get(withCursor('/api/graph?from=2021-12-07&to=2021-12-07&labels=Call,Statement&limit=3', during.body['next']));
      expect([keysOf(during.body['nodes']), (during.body['edges'] as JsonRel[]).map((e) => [e.kind, e.source, e.target])]).toEqual([
        [EUROPE, SUMMIT, CONCERN].sort(), [['DURING', CONCERN, SUMMIT]],
      ]);
      expect([keysOf(d2.body['nodes']), d2.body['edges'], d2.body['truncated']])
        .toEqual([[SUPPORT, PROPOSAL, ACCUSATION].sort(), [], true]);
    });

    it('windowPage: the engine filters, sorts and cuts as the code does over the whole window', async () => {
      const all = await windowEvents(store, '2021-01-01', '2021-12-31');
      expect(all.map((e) => e.key)).toEqual(EVENTS_IN_ORDER);
      const filters: EventFilter[] = [
        {}, { labels: ['Statement'] }, { statementKinds: ['concern', 'support'] }, { callStatuses: ['planned'] },
        { labels: ['Call'], callStatuses: ['held'] }, { labels: [] },
      ];
      const sizes: number[] = [];
      for (const f of filters) {
        const kept = all.filter((e) => {
          const label = e.key.slice(0, e.key.indexOf(':')) as 'Call' | 'Statement';
          const list = label === 'Call' ? f.callStatuses : f.statementKinds;
          return (!f.labels || f.labels.includes(label)) && (!list || list.includes(String(label === 'Call' ? e.status : e.kind)));
        });
        const got: WindowEvent[] = [];
        let after: WindowEvent | undefined;
        for (let i = 0; i < 10; i++) {
          const p = await windowPage(store, '2021-01-01', '2021-12-31', f, after, 3);
          expect(p.total).toBe(kept.length);
          got.push(...p.items);
          if (!p.truncated) break;
          after = p.items[p.items.length - 1];
        }
        expect(got).toEqual(kept);
        sizes.push(kept.length);
      }
      // a list of kinds filters statements only, a list of statuses calls only
      expect(sizes).toEqual([10, 5, 7, 6, 4, 0]);
    });

    it('GET /api/graph: the neighbours of a page come along, and only theirs', async () => {
      const p = await get('/api/graph?from=2021-12-06&to=2021-12-09&limit=1');
      // 2021-06 (a month) does not overlap December: nine events, the first page is Monday's call.
      expect([keysOf(p.body['nodes']), p.body['total'], p.body['truncated']]).toEqual([
        [MONDAY, 'Country:DE', 'Country:FR', 'Country:GB', 'Country:IT', 'Day:2021-12-06', 'Leader:joe-biden'].sort(), 9, true,
      ]);
      // Joe Biden represents the United States, which is not a neighbour of this call: no REPRESENTS.
      expect((p.body['edges'] as JsonRel[]).map((e) => `${e.kind} ${e.source} ${e.target}`).sort()).toEqual([
        `ON ${MONDAY} Day:2021-12-06`,
        `PARTICIPATED_IN Country:DE ${MONDAY}`, `PARTICIPATED_IN Country:FR ${MONDAY}`,
        `PARTICIPATED_IN Country:GB ${MONDAY}`, `PARTICIPATED_IN Country:IT ${MONDAY}`,
        `PARTICIPATED_IN Leader:joe-biden ${MONDAY}`,
      ]);
    });

    it('GET /api/graph: without a window the entities are paged by key', async () => {
      const p1 = await get('/api/graph?limit=10');
      expect([keysOf(p1.body['nodes']), p1.body['total'], p1.body['truncated']]).toEqual([[
        'Country:DE', 'Country:FR', 'Country:GB', 'Country:IR', 'Country:IT', 'Country:RU', 'Country:UA', 'Country:US',
        'Leader:jake-sullivan', 'Leader:joe-biden',
      ], 25, true]);
      const p2 = await get(withCursor('/api/graph?limit=10', p1.body['next']));
      expect(keysOf(p2.body['nodes'])).toEqual([
        'Leader:vladimir-putin', 'Leader:volodymyr-zelenskiy', 'Organization:kremlin', 'Organization:nato', 'Organization:tass',
        'Organization:white-house', 'Place:donbass', 'Place:geneva', 'Topic:cybercrime', 'Topic:diplomatic-missions',
      ]);
      const p3 = await get(withCursor('/api/graph?limit=10', p2.body['next']));
      expect([keysOf(p3.body['nodes']), p3.body['truncated'], p3.body['next']]).toEqual([
        ['Topic:iran', 'Topic:minsk-agreements', 'Topic:nato-expansion', 'Topic:ransomware', 'Topic:strategic-stability'], false, null,
      ]);
      // Relationships between entities of the same page are there; those to another page are not.
      expect((p1.body['edges'] as JsonRel[]).map((e) => `${e.kind} ${e.source} ${e.target}`)).toEqual([
        'REPRESENTS Leader:jake-sullivan Country:US', 'REPRESENTS Leader:joe-biden Country:US',
      ]);
      expect(p2.body['edges']).toEqual([]);
    });

    it('POST /api/queries/:name: rows paged in the query order, the graph of the rows shown', async () => {
      const params = { from: '2021-01-01', to: '2021-12-31' };
      const p1 = await post('/api/queries/timeline', { params, limit: 4 });
      expect(p1.status).toBe(200);
      expect([keysOf(p1.body['rows']), p1.body['total'], p1.body['truncated'], typeof p1.body['next']])
        .toEqual([[GENEVA, MONDAY, EUROPE, SUMMIT], 10, true, 'string']);
      const g1 = p1.body['graph'] as { nodes: JsonNode[]; edges: JsonRel[]; truncated: boolean };
      expect(keysOf(g1.nodes)).toEqual([
        GENEVA, MONDAY, EUROPE, SUMMIT, 'Country:DE', 'Country:FR', 'Country:GB', 'Country:IT', 'Leader:joe-biden', 'Leader:vladimir-putin',
      ]);
      // Geneva 2 + Monday 5 + the European call 5 + the summit 2 participants.
      expect(g1.edges.filter((e) => e.kind === 'PARTICIPATED_IN').length).toBe(14);
      const p2 = await post('/api/queries/timeline', { params, limit: 4, cursor: p1.body['next'] });
      expect([keysOf(p2.body['rows']), p2.body['truncated']]).toEqual([[CONCERN, SUPPORT, PROPOSAL, ACCUSATION], true]);
      const p3 = await post('/api/queries/timeline', { params, limit: 4, cursor: p2.body['next'] });
      expect([keysOf(p3.body['rows']), p3.body['total'], p3.body['truncated'], p3.body['next']]).toEqual([[GREETING, ZCALL], 10, false, null]);
      expect(keysOf((p3.body['graph'] as { nodes: JsonNode[] }).nodes)).toEqual([
        ZCALL, 'Leader:joe-biden', 'Leader:vladimir-putin', 'Leader:volodymyr-zelenskiy', GREETING,
      ]);
      // Scripts that do not draw the graph leave it out.
      const bare = await post('/api/queries/timeline', { params, limit: 2, graph: false });
      expect([keysOf(bare.body['rows']), bare.body['total'], bare.body['graph']]).toEqual([[GENEVA, MONDAY], 10, null]);
      // Without a limit the first 300 rows are shown: here all of them.
      const all = await post('/api/queries/timeline', { params });
      expect([keysOf(all.body['rows']), all.body['total'], all.body['truncated'], all.body['next']]).toEqual([EVENTS_IN_ORDER, 10, false, null]);
    });

    it('refuses a bad limit or cursor with 400 naming the parameter', async () => {
      const bad = (where: string, why: string) => ({
        status: 400,
        body: { error: { code: 'E_INVALID_INPUT', message: `${where}: ${why}; pass the "next" value of the previous answer unchanged, or leave cursor out for the first page` } },
      });
      expect(await get('/api/timeline?limit=0')).toEqual({ status: 400, body: { error: { code: 'E_INVALID_INPUT', message: 'querystring/limit must be >= 1' } } });
      expect(await get('/api/graph?from=2021-01-01&limit=many')).toEqual({ status: 400, body: { error: { code: 'E_INVALID_INPUT', message: 'querystring/limit must be integer' } } });
      expect(await post('/api/queries/timeline', { params: {}, limit: 10001 }))
        .toEqual({ status: 400, body: { error: { code: 'E_INVALID_INPUT', message: 'body/limit must be <= 10000' } } });
      expect(await get('/api/timeline?cursor=nonsense')).toEqual(bad('querystring/cursor', '"nonsense" is not a cursor of this API'));
      const t = await get('/api/timeline?from=2021-01-01&to=2021-12-31&limit=4');
      expect(await get(withCursor('/api/graph?from=2021-01-01&to=2021-12-31&limit=4', t.body['next'])))
        .toEqual(bad('querystring/cursor', 'the cursor pages timeline, not graph'));
      expect(await get(withCursor('/api/timeline?from=2021-02-01&to=2021-12-31&limit=4', t.body['next'])))
        .toEqual(bad('querystring/cursor', 'the cursor belongs to a request with other parameters'));
      // The limit may change between pages: it is not part of the request's fingerprint.
      const t2 = await get(withCursor('/api/timeline?from=2021-01-01&to=2021-12-31&limit=2', t.body['next']));
      expect(keysOf(t2.body['entries'])).toEqual([CONCERN, SUPPORT]);
      const q = await post('/api/queries/timeline', { params: { from: '2021-01-01', to: '2021-12-31' }, limit: 4 });
      expect(await post('/api/queries/timeline', { params: { from: '2021-01-01', to: '2021-12-30' }, limit: 4, cursor: q.body['next'] }))
        .toEqual(bad('body/cursor', 'the cursor belongs to a request with other parameters'));
      expect(await post('/api/queries/contacts_leaders', { params: { from: '2021-01-01', to: '2021-12-31' }, cursor: q.body['next'] }))
        .toEqual(bad('body/cursor', 'the cursor pages query:timeline, not query:contacts_leaders'));
    });
  });
}

pagingSuite('kuzu', async () => openStore({ path: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dg-paging-')), 'db') }));

onNeo4j('server-paging', 'paged answers on Neo4j', pagingSuite);

describe('the timeline page Cypher', () => {
  it('pages the timeline named query of both engines (the Neo4j text is checked here, run in CI)', () => {
    expect(timelinePageCypher('kuzu', true)).toContain(
      "WHERE e.date <= $to AND e.date + '~' >= $from AND (e.date > $afterDate OR (e.date = $afterDate AND label(e) + ':' + e.id > $afterKey))");
    expect(timelinePageCypher('neo4j', true)).toContain(
      "WHERE e.date <= $to AND e.date + '~' >= $from AND (e.date > $afterDate OR (e.date = $afterDate AND labels(e)[0] + ':' + e.id > $afterKey))");
    for (const d of ['kuzu', 'neo4j'] as const) {
      expect(timelinePageCypher(d, false).endsWith('ORDER BY date, key\nLIMIT $limit')).toBe(true);
      expect(timelinePageCypher(d, false)).not.toContain('$afterKey');
    }
  });
});
