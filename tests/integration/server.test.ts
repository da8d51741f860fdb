/**
 * The HTTP API on the sample graph (embedded store): every route's exact answer via
 * fastify.inject, write refusal with graph counts before and after, token rules, and one real
 * listen on 127.0.0.1:0 used with fetch.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { nodeProps, type NodeLabel } from '../../core/model.ts';
import type { Props } from '../../core/patch.ts';
import { listQueries } from '../../queries/index.ts';
import { createServer, ServerConfigError } from '../../server/app.ts';
import { openStore } from '../../store/index.ts';
import type { GraphStore, JsonNode } from '../../store/port.ts';
import { SAMPLE_IDS, sampleArticles, samplePatch } from '../fixtures/sample-graph.ts';

const SAMPLE = samplePatch();
const [ART0, ART1] = sampleArticles();
const A0 = `Article:${ART0.id}`;
const SUMMIT = `Call:${SAMPLE_IDS.summit}`;
const ZCALL = `Call:${SAMPLE_IDS.zelenskiyCall}`;

/** A sample node as the store returns it: key property, every declared property (null when absent). */
function stored(label: NodeLabel, key: string): JsonNode {
  const n = SAMPLE.nodes.find((x) => x.label === label && x.key === key);
  if (!n) throw new Error(`no ${label}:${key} in the sample graph`);
  const properties: Props = {};
  for (const [p] of nodeProps(label)) properties[p] = null;
  properties[nodeProps(label)[0]![0]] = key;
  Object.assign(properties, n.props);
  return { kind: label, key: `${label}:${key}`, properties };
}

function countBy<T>(xs: T[], f: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[f(x)] = (out[f(x)] ?? 0) + 1;
  return out;
}

async function freshStore(): Promise<GraphStore> {
  const store = await openStore({ path: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dg-server-')), 'db') });
  await store.upsert(samplePatch());
  return store;
}

describe('HTTP API on the sample graph (kuzu)', () => {
  let store: GraphStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await freshStore();
    app = createServer({ store, uiDir: null });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });
  const get = async (url: string) => {
    const r = await app.inject({ method: 'GET', url });
    return { status: r.statusCode, body: r.json() as Record<string, unknown> };
  };
  const post = async (url: string, payload: object) => {
    const r = await app.inject({ method: 'POST', url, payload });
    return { status: r.statusCode, body: r.json() as Record<string, unknown> };
  };

  it('GET /api/health: backend, version and counts', async () => {
    expect(await get('/api/health')).toEqual({
      status: 200,
      body: { ok: true, backend: 'kuzu', version: '0.1.0', counts: { nodes: SAMPLE.nodes.length, rels: SAMPLE.rels.length } },
    });
    expect([SAMPLE.nodes.length, SAMPLE.rels.length]).toEqual([40, 120]);
  });

  it('GET /api/stats: counts per label and type', async () => {
    const { status, body } = await get('/api/stats');
    expect(status).toBe(200);
    const nonZero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0));
    expect(nonZero(body['nodes'] as Record<string, number>)).toEqual(countBy(SAMPLE.nodes, (n) => n.label));
    expect(nonZero(body['rels'] as Record<string, number>)).toEqual(countBy(SAMPLE.rels, (r) => r.type));
  });

  it('GET /api/node/:key: properties, neighbours with direction, provenance from sources', async () => {
    const { status, body } = await get('/api/node/Leader:volodymyr-zelenskiy');
    expect(status).toBe(200);
    expect(body['node']).toEqual(stored('Leader', 'volodymyr-zelenskiy'));
    const nb = body['neighbours'] as { rel: { kind: string; properties: Props }; node: JsonNode; direction: string }[];
    expect(nb.map((n) => [n.rel.kind, n.direction, n.node.key])).toEqual([
      ['MENTIONS', 'in', A0],
      ['PARTICIPATED_IN', 'out', ZCALL],
      ['REPRESENTS', 'out', 'Country:UA'],
    ]);
    expect(nb[1]!.node).toEqual(stored('Call', SAMPLE_IDS.zelenskiyCall));
    expect(nb[2]!.rel.properties).toEqual({
      id: 'REPRESENTS:Leader:volodymyr-zelenskiy->Country:UA', sources: [ART0.id], title: 'President', role: 'head_of_state', since: null, until: null,
    });
    expect(body['provenance']).toEqual([{
      sentence: null, start: null, end: null,
      article: { key: A0, id: ART0.id, title: stored('Article', ART0.id).properties['title'], publishedAt: '2021-12-07', source: 'data/samples/000_9377c1ecbd6592db.txt', url: null },
    }]);
  });

  it('GET /api/node/:key: a call\'s provenance is its sentences, by article then offset', async () => {
    const { body } = await get(`/api/node/${encodeURIComponent(SUMMIT)}`);
    const prov = body['provenance'] as { sentence: string; start: number; end: number; article: { key: string } }[];
    const expected = SAMPLE.rels
      .filter((r) => r.type === 'REPORTED_IN' && r.from.key === SAMPLE_IDS.summit)
      .map((r) => [`Article:${r.to.key}`, r.props['sentence'], r.props['start'], r.props['end']])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[2]) - Number(b[2]));
    expect(prov.map((p) => [p.article.key, p.sentence, p.start, p.end])).toEqual(expected);
    expect(expected.length).toBe(3);
    const text = (k: string) => (k === A0 ? ART0.text : ART1.text);
    for (const p of prov) expect(text(p.article.key).slice(p.start, p.end)).toBe(p.sentence);
  });

  it('GET /api/node/:key: limit bounds neighbours and provenance and says so', async () => {
    const all = await get('/api/node/Country:US');
    const allNb = all.body['neighbours'] as { rel: { kind: string }; node: JsonNode }[];
    expect([allNb.length, all.body['truncated']]).toEqual([SAMPLE.rels.filter((r) => r.from.key === 'US' || r.to.key === 'US').length, false]);
    const two = await get('/api/node/Country:US?limit=2');
    expect((two.body['neighbours'] as unknown[])).toEqual(allNb.slice(0, 2));
    expect(two.body['truncated']).toBe(true);
    expect((two.body['provenance'] as { article: { key: string } }[]).map((p) => p.article.key)).toEqual([A0, `Article:${ART1.id}`].sort());
  });

  it('GET /api/node/:key: 404 for an unknown node, 400 for a bad key', async () => {
    expect(await get('/api/node/Leader:nobody')).toEqual({ status: 404, body: { error: { code: 'E_NOT_FOUND', message: 'node Leader:nobody is not in the graph' } } });
    const bad = await get('/api/node/Person:x');
    expect([bad.status, (bad.body['error'] as { code: string }).code]).toEqual([400, 'E_NODE_KEY']);
  });

  it('GET /api/neighbours/:key: the induced subgraph of the neighbourhood', async () => {
    const { status, body } = await get('/api/neighbours/Leader:volodymyr-zelenskiy?depth=1');
    expect(status).toBe(200);
    expect((body['nodes'] as JsonNode[]).map((n) => n.key)).toEqual([A0, ZCALL, 'Country:UA', 'Leader:volodymyr-zelenskiy'].sort());
    const keys = new Set([A0, ZCALL, 'Country:UA', 'Leader:volodymyr-zelenskiy']);
    const expectedEdges = SAMPLE.rels
      .filter((r) => keys.has(`${r.from.label}:${r.from.key}`) && keys.has(`${r.to.label}:${r.to.key}`))
      .map((r) => `${r.type} ${r.from.label}:${r.from.key} -> ${r.to.label}:${r.to.key}`).sort();
    expect((body['edges'] as { kind: string; source: string; target: string }[]).map((e) => `${e.kind} ${e.source} -> ${e.target}`).sort())
      .toEqual(expectedEdges);
    expect(expectedEdges).toEqual([
      `MENTIONS ${A0} -> Country:UA`,
      `MENTIONS ${A0} -> Leader:volodymyr-zelenskiy`,
      `PARTICIPATED_IN Leader:volodymyr-zelenskiy -> ${ZCALL}`,
      `REPORTED_IN ${ZCALL} -> ${A0}`,
      'REPRESENTS Leader:volodymyr-zelenskiy -> Country:UA',
    ]);
    expect(body['truncated']).toBe(false);
    const limited = await get('/api/neighbours/Leader:volodymyr-zelenskiy?depth=2&limit=2');
    expect([(limited.body['nodes'] as JsonNode[]).length, limited.body['truncated']]).toEqual([3, true]);
    expect((await get('/api/neighbours/Leader:volodymyr-zelenskiy?depth=9')).status).toBe(400);
  });

  it('GET /api/timeline: entries with day spans, lanes by leader and by country', async () => {
    const { status, body } = await get('/api/timeline?from=2021-06-01&to=2021-12-06');
    expect(status).toBe(200);
    const europe = ['Country:DE', 'Country:FR', 'Country:GB', 'Country:IT', 'Leader:joe-biden'];
    expect(body).toEqual({
      entries: [
        {
          key: `Call:${SAMPLE_IDS.genevaSummit}`, kind: 'Call', label: 'Biden – Putin summit in Geneva', date: '2021-06', datePrecision: 'month',
          start: '2021-06-01', end: '2021-06-30', status: 'held', callKind: 'summit', statementKind: null,
          lanes: ['Leader:joe-biden', 'Leader:vladimir-putin'], participants: ['Leader:joe-biden', 'Leader:vladimir-putin'],
        },
        {
          key: `Call:${SAMPLE_IDS.mondayCoordination}`, kind: 'Call', label: 'Biden coordination with the leaders of Britain, France, Germany and Italy',
          date: '2021-12-06', datePrecision: 'day', start: '2021-12-06', end: '2021-12-06', status: 'held', callKind: 'talks', statementKind: null,
          lanes: europe, participants: europe,
        },
      ],
      lanes: [
        { key: 'Country:FR', label: 'France' }, { key: 'Country:DE', label: 'Germany' }, { key: 'Country:IT', label: 'Italy' },
        { key: 'Leader:joe-biden', label: 'Joe Biden' }, { key: 'Country:GB', label: 'United Kingdom' }, { key: 'Leader:vladimir-putin', label: 'Vladimir Putin' },
      ],
      total: 2,
      truncated: false,
      next: null,
    });
    const byCountry = await get('/api/timeline?from=2021-12-07&to=2021-12-07&lane=country');
    const entries = byCountry.body['entries'] as { key: string; kind: string; statementKind: string | null; lanes: string[] }[];
    expect(entries.map((e) => [e.key, e.lanes])).toEqual([
      [`Call:${SAMPLE_IDS.europeCall}`, ['Country:DE', 'Country:FR', 'Country:GB', 'Country:IT', 'Country:US']],
      [SUMMIT, ['Country:RU', 'Country:US']],
      [`Statement:${SAMPLE_IDS.concern}`, ['Country:US']],
      [`Statement:${SAMPLE_IDS.support}`, ['Country:US']],
      [`Statement:${SAMPLE_IDS.proposal}`, ['Country:RU']],
      [`Statement:${SAMPLE_IDS.accusation}`, ['Country:RU']],
      [`Statement:${SAMPLE_IDS.greeting}`, ['Country:RU']],
    ]);
    expect(entries.filter((e) => e.kind === 'Statement').map((e) => e.statementKind)).toEqual(['concern', 'support', 'proposal', 'accusation', 'greeting']);
    expect((await get('/api/timeline?lane=person')).status).toBe(400);
  });

  it('GET /api/graph: a window gives its events with actors, topics, places and days (no articles)', async () => {
    const { status, body } = await get('/api/graph?from=2021-12-09&to=2021-12-09');
    expect(status).toBe(200);
    expect((body['nodes'] as JsonNode[]).map((n) => n.key)).toEqual(
      [ZCALL, 'Day:2021-12-09', 'Leader:joe-biden', 'Leader:volodymyr-zelenskiy'].sort());
    expect((body['edges'] as { kind: string }[]).map((e) => e.kind).sort()).toEqual(['ON', 'PARTICIPATED_IN', 'PARTICIPATED_IN']);
    expect(body['truncated']).toBe(false);
  });

  it('GET /api/graph: filters by country, statement kind, call status, labels and limit', async () => {
    const ru = await get('/api/graph?from=2021-12-07&to=2021-12-07&countries=RU&labels=Call,Statement');
    expect((ru.body['nodes'] as JsonNode[]).map((n) => n.key)).toEqual([
      SUMMIT, `Statement:${SAMPLE_IDS.accusation}`, `Statement:${SAMPLE_IDS.concern}`, `Statement:${SAMPLE_IDS.greeting}`, `Statement:${SAMPLE_IDS.proposal}`,
    ].sort());
    expect((ru.body['edges'] as { kind: string }[]).map((e) => e.kind)).toEqual(['DURING', 'DURING', 'DURING', 'DURING']);
    const kinds = await get('/api/graph?from=2021-12-01&to=2021-12-31&statementKinds=greeting&callStatuses=planned&labels=Call,Statement');
    expect((kinds.body['nodes'] as JsonNode[]).map((n) => n.key)).toEqual([ZCALL, `Statement:${SAMPLE_IDS.greeting}`]);
    const limited = await get('/api/graph?from=2021-01-01&to=2021-12-31&limit=1&labels=Call');
    expect([(limited.body['nodes'] as JsonNode[]).map((n) => n.key), limited.body['truncated']]).toEqual([[`Call:${SAMPLE_IDS.genevaSummit}`], true]);
    const entities = await get('/api/graph?labels=Country&countries=RU,US');
    expect((entities.body['nodes'] as JsonNode[])).toEqual([stored('Country', 'RU'), stored('Country', 'US')]);
    const bad = await get('/api/graph?labels=Person');
    expect(bad).toEqual({ status: 400, body: { error: { code: 'E_INVALID_INPUT', message: 'querystring/labels: "Person" is not a label of the graph model' } } });
    expect((await get('/api/graph?from=2021-13-01')).status).toBe(400);
  });

  it('GET /api/search: names, aliases, titles and statement text', async () => {
    expect(await get('/api/search?q=zelensk')).toEqual({
      status: 200,
      body: {
        results: [
          { key: 'Leader:volodymyr-zelenskiy', kind: 'Leader', label: 'Volodymyr Zelenskiy', matched: 'name' },
          { key: ZCALL, kind: 'Call', label: 'Biden – Zelenskiy call', matched: 'title' },
        ],
      },
    });
    expect(await get('/api/search')).toEqual({ status: 400, body: { error: { code: 'E_INVALID_INPUT', message: "querystring must have required property 'q'" } } });
  });

  it('GET /api/queries: every named query with its parameters', async () => {
    const { status, body } = await get('/api/queries');
    expect(status).toBe(200);
    const list = body as unknown as { name: string; params: unknown[] }[];
    expect(list.map((q) => q.name)).toEqual(listQueries().map((q) => q.name));
    expect(list.find((q) => q.name === 'neighbourhood')).toEqual({
      name: 'neighbourhood',
      description: 'The nodes within N hops of a node, each with its distance (shortest hop count).',
      params: [
        { name: 'node', type: 'nodeKey', example: 'Leader:vladimir-putin', description: 'the centre node (Label:key)' },
        { name: 'depth', type: 'int', example: '2', description: 'how many hops (1 to 3)', default: '1', min: 1, max: 3 },
      ],
    });
  });

  it('POST /api/queries/:name: columns, rows and the graph of the keys in them', async () => {
    const { status, body } = await post('/api/queries/contacts_leaders', { params: { from: '2021-01-01', to: '2021-12-31' } });
    expect(status).toBe(200);
    expect(body['columns']).toEqual(['a', 'aName', 'b', 'bName', 'calls', 'first', 'last']);
    expect(body['rows']).toEqual([
      { a: 'Leader:joe-biden', aName: 'Joe Biden', b: 'Leader:vladimir-putin', bName: 'Vladimir Putin', calls: 2, first: '2021-06', last: '2021-12-07' },
      { a: 'Leader:joe-biden', aName: 'Joe Biden', b: 'Leader:volodymyr-zelenskiy', bName: 'Volodymyr Zelenskiy', calls: 1, first: '2021-12-09', last: '2021-12-09' },
    ]);
    expect(body['graph']).toEqual({
      nodes: [stored('Leader', 'joe-biden'), stored('Leader', 'vladimir-putin'), stored('Leader', 'volodymyr-zelenskiy')],
      edges: [],
      truncated: false,
    });
    expect(await post('/api/queries/timeline', { params: { from: 'yesterday', to: '2021-12-31' } })).toEqual({
      status: 400,
      body: { error: { code: 'E_PARAM', message: 'query timeline: parameter from: got "yesterday", expected an ISO day YYYY-MM-DD (e.g. 2021-12-01)' } },
    });
    expect((await post('/api/queries/nope', { params: {} })).status).toBe(404);
  });

  it('POST /api/cypher: rows as plain JSON, nodes and relationships in the graph', async () => {
    const { status, body } = await post('/api/cypher', {
      query: "MATCH (l:Leader)-[r:REPRESENTS]->(c:Country) WHERE c.iso2 IN $codes RETURN l.name AS name, r, c ORDER BY name",
      params: { codes: ['UA'] },
    });
    expect(status).toBe(200);
    expect(body['columns']).toEqual(['name', 'r', 'c']);
    const rows = body['rows'] as { name: string; r: { kind: string; source: string; target: string }; c: JsonNode }[];
    expect(rows.map((r) => [r.name, r.r.kind, r.r.source, r.r.target])).toEqual([
      ['Volodymyr Zelenskiy', 'REPRESENTS', 'Leader:volodymyr-zelenskiy', 'Country:UA'],
    ]);
    expect(rows[0]!.c).toEqual(stored('Country', 'UA'));
    const graph = body['graph'] as { nodes: JsonNode[]; edges: { kind: string }[] };
    expect([graph.nodes.map((n) => n.key), graph.edges.map((e) => e.kind)]).toEqual([['Country:UA', 'Leader:volodymyr-zelenskiy'], ['REPRESENTS']]);
  });

  it('POST /api/cypher: a syntax error is 400 E_SYNTAX with its position', async () => {
    const { status, body } = await post('/api/cypher', { query: 'MATCH (n:Leader)\nRETRUN n' });
    expect(status).toBe(400);
    const err = body['error'] as { code: string; message: string; position: { line: number; column: number } };
    expect([err.code, err.position]).toEqual(['E_SYNTAX', { line: 2, column: 1 }]);
    expect(err.message).toMatch(/^kuzu: syntax error in query: /);
  });

  it('POST /api/cypher: too many rows is 413, a time limit is 408', async () => {
    const small = createServer({ store, uiDir: null, limits: { maxRows: 5 } });
    const r = await small.inject({ method: 'POST', url: '/api/cypher', payload: { query: 'MATCH (n) RETURN n.id' } });
    expect([r.statusCode, r.json().error.code]).toEqual([413, 'E_TOO_MANY_ROWS']);
    await small.close();
    const quick = createServer({ store, uiDir: null, limits: { timeoutMs: 1 } });
    // A query that runs for seconds: a bare count of the 5-fold product takes about 20 ms (kuzu
    // counts it without building each row), short enough to finish before the 1 ms limit's
    // interrupt on a loaded machine; concatenating ids forces every row to be built.
    const t = await quick.inject({
      method: 'POST', url: '/api/cypher',
      payload: { query: "MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id <> '' RETURN count(*) AS n" },
    });
    expect([t.statusCode, t.json().error.code]).toEqual([408, 'E_TIMEOUT']);
    await quick.close();
  });

  const WRITES: [string, string][] = [
    ['CREATE', "CREATE (:Topic {id: 'x', name: 'x'})"],
    ['MERGE', "MERGE (:Topic {id: 'x'})"],
    ['SET', "MATCH (n:Leader) SET n.name = 'x'"],
    ['DELETE', 'MATCH ()-[r:NEXT]->() DELETE r'],
    ['DETACH DELETE', 'MATCH (n:Day) DETACH DELETE n'],
    ['REMOVE', 'MATCH (n:Leader) REMOVE n.title'],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ['COPY', "COPY Topic FROM '/tmp/topics.csv'"],
    ['DROP', 'DROP TABLE Topic'],
    ['ALTER', 'ALTER TABLE Topic ADD extra STRING'],
    ['CALL', "CALL apoc.create.node(['Topic'], {id: 'x'})"],
    ['CALL', 'CALL db.createLabel("X")'],
    ['CALL', 'CALL threads = 1'],
    ['transaction control', 'COMMIT'],
    [';', "MATCH (n) RETURN n.id; MATCH (m:Topic) RETURN m"],
    ['CREATE', "match (n:Leader) create (n)-[:PART_OF]->(:Country {iso2: 'ZZ'})"],
  ];

  it('POST /api/cypher: every write is refused with E_WRITE_REFUSED and the graph is unchanged', async () => {
    const before = await store.stats();
    for (const [keyword, query] of WRITES) {
      const { status, body } = await post('/api/cypher', { query });
      const err = body['error'] as { code: string; message: string };
      expect([status, err.code], query).toEqual([400, 'E_WRITE_REFUSED']);
      const fragment = keyword === ';' ? 'several statements are refused' : keyword === 'CALL' ? (query.includes('=') ? 'changes a setting' : 'is refused: only read procedures') : `${keyword} is refused`;
      expect(err.message, query).toContain(fragment);
    }
    expect(await store.stats()).toEqual(before);
    const allowed = await post('/api/cypher', { query: "MATCH (n:Leader) WHERE n.name <> 'CREATE (x)' RETURN n.set AS s, count(*) AS c" });
    expect(allowed.status).toBe(400); // n.set is not a property: the engine says so, not the write guard
    expect((allowed.body['error'] as { code: string }).code).not.toBe('E_WRITE_REFUSED');
  });

  it('the read-only transaction is the real guarantee: without the up-front check writes still fail', async () => {
    const raw = createServer({ store, uiDir: null, limits: { refuseWritesUpFront: false } });
    const before = await store.stats();
    // (kuzu has no REMOVE clause: it is a syntax error there, so it is not listed here)
    for (const [, query] of WRITES.filter(([k]) => ['CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH DELETE'].includes(k))) {
      const r = await raw.inject({ method: 'POST', url: '/api/cypher', payload: { query } });
      expect(r.statusCode, query).toBeGreaterThanOrEqual(400);
      expect(r.json().error.code, query).toBe('E_WRITE_REFUSED');
    }
    expect(await store.stats()).toEqual(before);
    await raw.close();
  });

  it('POST /api/export: a subgraph as a download (graphml text; csv as a zip)', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/export', payload: { format: 'graphml', around: 'Leader:volodymyr-zelenskiy', depth: 1 } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/graphml+xml');
    expect(r.headers['content-disposition']).toBe('attachment; filename="diplograph.graphml"');
    expect((r.body.match(/<node /g) ?? []).length).toBe(4);
    expect((r.body.match(/<edge /g) ?? []).length).toBe(5);
    const zip = await app.inject({ method: 'POST', url: '/api/export', payload: { format: 'csv', keys: ['Country:RU', 'Leader:vladimir-putin'] } });
    expect([zip.statusCode, zip.headers['content-type'], zip.rawPayload.subarray(0, 2).toString('latin1')]).toEqual([200, 'application/zip', 'PK']);
    const refused = await post('/api/export', { format: 'json', cypher: 'MATCH (n) DETACH DELETE n' });
    expect([refused.status, (refused.body['error'] as { code: string }).code]).toEqual([400, 'E_WRITE_REFUSED']);
    const nothing = await post('/api/export', { format: 'json' });
    expect([nothing.status, (nothing.body['error'] as { code: string }).code]).toEqual([400, 'E_INVALID_INPUT']);
    expect((await post('/api/export', { format: 'pdf', keys: ['Country:RU'] })).status).toBe(400);
  });

  it('POST /api/ingest is refused without --allow-ingest', async () => {
    expect(await post('/api/ingest', { articles: [{ text: 'Putin called Biden.', date: '2021-12-07' }] })).toEqual({
      status: 403,
      body: { error: { code: 'E_INGEST_DISABLED', message: 'ingest over HTTP is off: start the server with --allow-ingest and a token' } },
    });
  });

  it('documents every route of server/API.md in the OpenAPI document and at /docs', async () => {
    const doc = (await get('/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([p, ms]) => Object.keys(ms).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    expect(routes).toEqual([
      'GET /api/graph', 'GET /api/health', 'GET /api/neighbours/{key}', 'GET /api/node/{key}', 'GET /api/queries',
      'GET /api/search', 'GET /api/stats', 'GET /api/timeline', 'POST /api/cypher', 'POST /api/export', 'POST /api/ingest',
      'POST /api/queries/{name}',
    ]);
    const docs = await app.inject({ method: 'GET', url: '/docs' });
    expect([docs.statusCode, docs.body.includes('Swagger UI')]).toEqual([200, true]);
    expect(await get('/api/nowhere')).toEqual({ status: 404, body: { error: { code: 'E_NOT_FOUND', message: 'no route GET /api/nowhere (see /docs)' } } });
  });
});

describe('token rules', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await freshStore();
  });
  afterAll(async () => store?.close());

  it('refuses unsafe configurations', () => {
    expect(() => createServer({ store, host: '0.0.0.0' })).toThrow(ServerConfigError);
    expect(() => createServer({ store, host: '0.0.0.0' })).toThrow('serve: binding to 0.0.0.0 (beyond this machine) needs a token');
    expect(() => createServer({ store, allowIngest: true })).toThrow('serve: --allow-ingest needs a token');
    expect(() => createServer({ store, host: 'localhost' })).not.toThrow();
  });

  it('beyond loopback the read API needs the token; the docs do not', async () => {
    const app = createServer({ store, host: '0.0.0.0', token: 's3cret', uiDir: null });
    const health = (headers: Record<string, string>) => app.inject({ method: 'GET', url: '/api/health', headers });
    expect((await health({})).statusCode).toBe(401);
    expect((await health({})).json().error.code).toBe('E_UNAUTHORIZED');
    expect((await health({ authorization: 'Bearer wrong!' })).statusCode).toBe(401);
    expect((await health({ authorization: 'Bearer s3cret' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/openapi.json' })).statusCode).toBe(200);
    await app.close();
  });

  it('on loopback a token guards writes only; ingest needs --allow-ingest and the token', async () => {
    const app = createServer({ store, token: 's3cret', allowIngest: true, uiDir: null });
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const payload = { articles: [{ text: 'Putin called Biden.', date: '2021-12-30' }] };
    const noAuth = await app.inject({ method: 'POST', url: '/api/ingest', payload });
    expect([noAuth.statusCode, noAuth.json().error.code]).toEqual([401, 'E_UNAUTHORIZED']);
    const wrong = await app.inject({ method: 'POST', url: '/api/ingest', payload, headers: { authorization: 'Bearer s3cre' } });
    expect(wrong.statusCode).toBe(401);
    const bad = await app.inject({ method: 'POST', url: '/api/ingest', payload: { articles: [{ text: 'x' }] }, headers: { authorization: 'Bearer s3cret' } });
    expect([bad.statusCode, bad.json().error.code, bad.json().error.message]).toEqual([400, 'E_INVALID_INPUT', "body/articles/0 must have required property 'date'"]);
    await app.close();
  });

  const extractor = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../ingest/extract/index.ts');
  if (!fs.existsSync(extractor)) {
    console.warn(`[server] ingest-over-HTTP end-to-end test skipped: ${extractor} (the extraction entry point) does not exist yet`);
  }
  it.skipIf(!fs.existsSync(extractor))('ingest with the token runs the real pipeline and stores the article', async () => {
    const app = createServer({ store, token: 's3cret', allowIngest: true, uiDir: null });
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const payload = { articles: [{ text: 'Russian President Vladimir Putin spoke with U.S. President Joe Biden by phone on Thursday.', date: '2021-12-30', title: 'Putin and Biden talk' }] };
    const before = (await store.stats()).nodes.Article;
    const ok = await app.inject({ method: 'POST', url: '/api/ingest', payload, headers: { authorization: 'Bearer s3cret' } });
    expect(ok.statusCode).toBe(200);
    expect([ok.json().read, ok.json().new, ok.json().failed]).toEqual([1, 1, 0]);
    expect((await store.stats()).nodes.Article).toBe(before + 1);
    await app.close();
  });
});

describe('a real listen on 127.0.0.1:0 with fetch', () => {
  let store: GraphStore;
  let app: FastifyInstance;
  let base: string;
  let uiDir: string;
  beforeAll(async () => {
    store = await freshStore();
    uiDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-ui-'));
    fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><title>diplograph</title>');
    app = createServer({ store, uiDir });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('answers over HTTP: health, a named query, cypher refusal, the web app at /', async () => {
    const health = await fetch(`${base}/api/health`);
    expect(health.ok).toBe(true);
    expect(await health.json()).toEqual({ ok: true, backend: 'kuzu', version: '0.1.0', counts: { nodes: 40, rels: 120 } });
    const q = await fetch(`${base}/api/queries/calls_on_topic`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ params: { topic: 'Iran' } }),
    });
    expect(q.ok).toBe(true);
    expect(((await q.json()) as { rows: { key: string }[] }).rows.map((r) => r.key)).toEqual([SUMMIT]);
    const w = await fetch(`${base}/api/cypher`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'MATCH (n) DETACH DELETE n' }),
    });
    expect([w.status, ((await w.json()) as { error: { code: string } }).error.code]).toEqual([400, 'E_WRITE_REFUSED']);
    const ui = await fetch(`${base}/`);
    expect([ui.status, await ui.text()]).toEqual([200, '<!doctype html><title>diplograph</title>']);
  });
});
