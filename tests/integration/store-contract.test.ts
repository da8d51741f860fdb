/**
 * The GraphStore contract, one suite run against every available backend (like graphology's
 * spec factory): always the embedded kuzu store; Neo4j when NEO4J_URI is set.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphPatch } from '../../core/patch.ts';
import kuzu from 'kuzu';
import { openStore } from '../../store/index.ts';
import { kuzuSchema } from '../../store/schema.ts';
import { inducedSubgraph } from '../../store/induced.ts';
import { StoreError, type GraphStore } from '../../store/port.ts';
import { onNeo4j } from './neo4j.ts';

const A1 = 'art_0000000000000001';
const A2 = 'art_0000000000000002';

function patchOne(): GraphPatch {
  return {
    nodes: [
      { label: 'Article', key: A1, props: { title: 'Summit', publishedAt: '2021-12-07', source: 'a.txt', url: null, wordCount: 120 } },
      { label: 'Leader', key: 'joe-biden', props: { name: 'Joe Biden', aliases: ['Biden'], title: 'President', role: 'head_of_state' } },
      { label: 'Leader', key: 'vladimir-putin', props: { name: 'Vladimir Putin', aliases: ['Putin'] } },
      { label: 'Country', key: 'US', props: { name: 'United States', aliases: ['U.S.'] } },
      { label: 'Call', key: 'c-2021-12-07', props: { kind: 'virtual summit', status: 'planned', date: '2021-12-07', datePrecision: 'day', durationMinutes: 122, confidence: 0.6, sources: [A1] } },
      { label: 'Day', key: '2021-12-07', props: { year: 2021, month: 12, weekday: 'Tuesday' } },
    ],
    rels: [
      { type: 'REPRESENTS', from: { label: 'Leader', key: 'joe-biden' }, to: { label: 'Country', key: 'US' }, props: { title: 'President', role: 'head_of_state', sources: [A1] } },
      { type: 'PARTICIPATED_IN', from: { label: 'Leader', key: 'joe-biden' }, to: { label: 'Call', key: 'c-2021-12-07' }, props: { role: 'participant', sources: [A1] } },
      { type: 'PARTICIPATED_IN', from: { label: 'Leader', key: 'vladimir-putin' }, to: { label: 'Call', key: 'c-2021-12-07' }, props: { role: 'participant', sources: [A1] } },
      { type: 'ON', from: { label: 'Call', key: 'c-2021-12-07' }, to: { label: 'Day', key: '2021-12-07' }, props: { sources: [A1] } },
      { type: 'REPORTED_IN', from: { label: 'Call', key: 'c-2021-12-07' }, to: { label: 'Article', key: A1 }, props: { sentence: 'They met.', start: 0, end: 9, sources: [A1] } },
      { type: 'REPORTED_IN', from: { label: 'Call', key: 'c-2021-12-07' }, to: { label: 'Article', key: A1 }, props: { sentence: 'Again.', start: 20, end: 26, sources: [A1] } },
      { type: 'PUBLISHED_ON', from: { label: 'Article', key: A1 }, to: { label: 'Day', key: '2021-12-07' }, props: { sources: [A1] } },
    ],
  };
}

function patchTwo(): GraphPatch {
  return {
    nodes: [
      { label: 'Article', key: A2, props: { title: 'Second', publishedAt: '2021-12-08', source: 'b.txt', wordCount: 80 } },
      { label: 'Call', key: 'c-2021-12-07', props: { kind: 'virtual summit', status: 'held', date: '2021-12-07', datePrecision: 'day', confidence: 0.9, sources: [A2] } },
      { label: 'Leader', key: 'joe-biden', props: { name: 'Joe Biden', aliases: ['President Biden'] } },
    ],
    rels: [
      { type: 'PARTICIPATED_IN', from: { label: 'Leader', key: 'joe-biden' }, to: { label: 'Call', key: 'c-2021-12-07' }, props: { role: 'participant', sources: [A2] } },
      { type: 'REPORTED_IN', from: { label: 'Call', key: 'c-2021-12-07' }, to: { label: 'Article', key: A2 }, props: { sentence: 'They talked.', start: 5, end: 17, sources: [A2] } },
    ],
  };
}

async function counts(store: GraphStore): Promise<string> {
  const s = await store.stats();
  const nz = (o: Record<string, number>) => Object.entries(o).filter(([, n]) => n > 0).map(([k, n]) => `${k}=${n}`).join(' ');
  return `${nz(s.nodes)} | ${nz(s.rels)}`;
}

/** Runs the contract against one backend. `open` gives an empty store. */
export function storeContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await open();
      return async () => store.close();
    });

    it('creates every node and relationship of a patch and counts them', async () => {
      const stats = await store.upsert(patchOne());
      expect(stats).toEqual({ nodesCreated: 6, nodesUpdated: 0, relsCreated: 7, relsUpdated: 0 });
      expect(await counts(store)).toBe(
        'Article=1 Leader=2 Country=1 Call=1 Day=1 | REPRESENTS=1 PARTICIPATED_IN=2 ON=1 PUBLISHED_ON=1 REPORTED_IN=2',
      );
    });

    it('is idempotent: the same patch twice changes nothing the second time', async () => {
      await store.upsert(patchOne());
      const before = await counts(store);
      expect(await store.upsert(patchOne())).toEqual({ nodesCreated: 0, nodesUpdated: 0, relsCreated: 0, relsUpdated: 0 });
      expect(await counts(store)).toBe(before);
    });

    it('merges a second report: sources unioned, held beats planned, highest confidence kept', async () => {
      await store.upsert(patchOne());
      const stats = await store.upsert(patchTwo());
      expect(stats).toEqual({ nodesCreated: 1, nodesUpdated: 2, relsCreated: 1, relsUpdated: 1 });
      const [call] = await store.getNodes([{ label: 'Call', key: 'c-2021-12-07' }]);
      expect(call?.properties).toMatchObject({
        status: 'held', confidence: 0.9, durationMinutes: 122, sources: [A1, A2], date: '2021-12-07', datePrecision: 'day',
      });
      const [biden] = await store.getNodes([{ label: 'Leader', key: 'joe-biden' }]);
      expect(biden?.properties['aliases']).toEqual(['Biden', 'President Biden']);
      expect(biden?.properties['title']).toBe('President');
      const res = await store.query(
        "MATCH (l:Leader {id: 'joe-biden'})-[r:PARTICIPATED_IN]->(c:Call) RETURN r.sources AS s",
        {}, { readOnly: true },
      );
      expect(res.rows).toEqual([{ s: [A1, A2] }]);
    });

    it('refuses an invalid patch whole, writing nothing', async () => {
      await store.upsert(patchOne());
      const before = await counts(store);
      const bad = patchTwo();
      bad.nodes.push({ label: 'Topic', key: 'trade', props: { name: 'trade', colour: 'red' } });
      bad.rels.push({ type: 'HELD_IN', from: { label: 'Leader', key: 'joe-biden' }, to: { label: 'Country', key: 'US' }, props: {} });
      const err = await store.upsert(bad).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('E_INVALID_PATCH');
      expect((err as StoreError).message).toContain('property "colour" is not declared');
      expect((err as StoreError).message).toContain('HELD_IN does not go from Leader to Country');
      expect(await counts(store)).toBe(before);
    });

    it('returns plain JSON: numbers, strings, nodes and relationships with global keys', async () => {
      await store.upsert(patchOne());
      const res = await store.query(
        "MATCH (l:Leader)-[r:PARTICIPATED_IN]->(c:Call) WHERE l.id = $id RETURN l, r, c.durationMinutes AS d, c.date AS date",
        { id: 'joe-biden' }, { readOnly: true },
      );
      expect(res.columns).toEqual(['l', 'r', 'd', 'date']);
      expect(res.rows).toEqual([{
        l: { kind: 'Leader', key: 'Leader:joe-biden', properties: { id: 'joe-biden', name: 'Joe Biden', aliases: ['Biden'], title: 'President', role: 'head_of_state' } },
        r: { kind: 'PARTICIPATED_IN', source: 'Leader:joe-biden', target: 'Call:c-2021-12-07', properties: { id: 'PARTICIPATED_IN:Leader:joe-biden->Call:c-2021-12-07', sources: [A1], role: 'participant' } },
        d: 122,
        date: '2021-12-07',
      }]);
    });

    it('refuses writes in a read-only query and leaves the graph unchanged', async () => {
      await store.upsert(patchOne());
      const before = await counts(store);
      for (const q of ["CREATE (:Topic {id: 'x', name: 'x'})", "MATCH (n:Leader) SET n.name = 'x'", 'MATCH (n:Day) DETACH DELETE n']) {
        const err = await store.query(q, {}, { readOnly: true }).catch((e: unknown) => e);
        expect(err, q).toBeInstanceOf(StoreError);
        expect((err as StoreError).code, q).toBe('E_WRITE_REFUSED');
      }
      expect(await counts(store)).toBe(before);
    });

    it('reports syntax errors with a position and enforces a row limit', async () => {
      await store.upsert(patchOne());
      const syn = (await store.query('MATCH (n RETURN n', {}, { readOnly: true }).catch((e: unknown) => e)) as StoreError;
      expect(syn.code).toBe('E_SYNTAX');
      expect(syn.details.position?.line).toBe(1);
      const big = (await store.query('MATCH (n) RETURN n', {}, { readOnly: true, maxRows: 3 }).catch((e: unknown) => e)) as StoreError;
      expect(big.code).toBe('E_TOO_MANY_ROWS');
    });

    it('hands over only the first rows when asked, and counts them all', async () => {
      await store.upsert(patchOne());
      const all = await store.query('MATCH (l:Leader) RETURN l.id AS id ORDER BY id', {}, { readOnly: true });
      expect(all.rows.map((r) => r['id'])).toEqual(['joe-biden', 'vladimir-putin']);
      expect(all.total).toBeUndefined();
      const first = await store.query('MATCH (l:Leader) RETURN l.id AS id ORDER BY id', {}, { readOnly: true, firstRows: 1 });
      expect(first).toEqual({ columns: ['id'], rows: [{ id: 'joe-biden' }], total: 2 });
      const more = await store.query('MATCH (l:Leader) RETURN l.id AS id ORDER BY id', {}, { readOnly: true, firstRows: 5 });
      expect(more).toEqual({ columns: ['id'], rows: [{ id: 'joe-biden' }, { id: 'vladimir-putin' }], total: 2 });
    });

    it('links stored nodes by a patch of relationships alone, once', async () => {
      await store.upsert(patchOne());
      const link: GraphPatch = {
        nodes: [],
        rels: [{ type: 'REPRESENTS', from: { label: 'Leader', key: 'vladimir-putin' }, to: { label: 'Country', key: 'US' }, props: { sources: [A1] } }],
      };
      expect(await store.upsert(link)).toEqual({ nodesCreated: 0, nodesUpdated: 0, relsCreated: 1, relsUpdated: 0 });
      expect(await store.upsert(link)).toEqual({ nodesCreated: 0, nodesUpdated: 0, relsCreated: 0, relsUpdated: 0 });
      const dangling: GraphPatch = {
        nodes: [],
        rels: [{ type: 'REPRESENTS', from: { label: 'Leader', key: 'nobody' }, to: { label: 'Country', key: 'US' }, props: {} }],
      };
      const err = (await store.upsert(dangling).catch((e: unknown) => e)) as StoreError;
      expect(err.code).toBe('E_INVALID_PATCH');
      expect(err.message).toContain('REPRESENTS:Leader:nobody->Country:US');
      expect((await store.stats()).rels.REPRESENTS).toBe(2);
    });

    it('writes batches whose first rows lack optional values (lists, numbers, strings)', async () => {
      const patch: GraphPatch = {
        nodes: [
          { label: 'Country', key: 'RU', props: { name: 'Russia' } },
          { label: 'Country', key: 'US', props: { name: 'United States', aliases: ['U.S.', 'America'] } },
          { label: 'Call', key: 'c1', props: { kind: 'talks' } },
          { label: 'Call', key: 'c2', props: { kind: 'summit', durationMinutes: 60, confidence: 1, title: 'Summit' } },
        ],
        rels: [
          { type: 'PARTICIPATED_IN', from: { label: 'Country', key: 'RU' }, to: { label: 'Call', key: 'c1' }, props: {} },
          { type: 'PARTICIPATED_IN', from: { label: 'Country', key: 'US' }, to: { label: 'Call', key: 'c1' }, props: { role: 'host', sources: [A1] } },
        ],
      };
      expect(await store.upsert(patch)).toEqual({ nodesCreated: 4, nodesUpdated: 0, relsCreated: 2, relsUpdated: 0 });
      const update: GraphPatch = {
        nodes: [
          { label: 'Call', key: 'c1', props: { kind: 'talks' } },
          { label: 'Call', key: 'c2', props: { kind: 'summit', sources: [A2] } },
        ],
        rels: [],
      };
      expect(await store.upsert(update)).toEqual({ nodesCreated: 0, nodesUpdated: 1, relsCreated: 0, relsUpdated: 0 });
      const nodes = await store.getNodes([{ label: 'Country', key: 'US' }, { label: 'Call', key: 'c2' }]);
      expect(nodes.map((n) => n.properties)).toEqual([
        { iso2: 'US', name: 'United States', aliases: ['America', 'U.S.'] },
        { id: 'c2', kind: 'summit', status: null, date: null, datePrecision: null, startTime: null, endTime: null, durationMinutes: 60, title: 'Summit', confidence: 1, sources: [A2] },
      ]);
    });

    it('stores awkward text exactly: quotes, commas, newlines, backslashes, brackets, accents', async () => {
      const text = 'He said: "No deal, \\ not now."\nThen [left]; \'twas 100% over — Côte d\'Ivoire,';
      const aliases = ['Washington, D.C.', 'say "hi"', "d'Estaing", '[x]', ' spaced ', 'back\\slash'];
      await store.upsert({
        nodes: [
          { label: 'Statement', key: 's1', props: { text, kind: 'denial', confidence: 0.25, sources: [A1] } },
          { label: 'Leader', key: 'l1', props: { name: 'Valéry Giscard d\'Estaing', aliases } },
        ],
        rels: [{ type: 'MADE', from: { label: 'Leader', key: 'l1' }, to: { label: 'Statement', key: 's1' }, props: { sources: [A1, A2] } }],
      });
      const [st, le] = await store.getNodes([{ label: 'Statement', key: 's1' }, { label: 'Leader', key: 'l1' }]);
      expect(st?.properties['text']).toBe(text);
      expect(st?.properties['confidence']).toBe(0.25);
      expect(le?.properties['name']).toBe('Valéry Giscard d\'Estaing');
      expect(le?.properties['aliases']).toEqual([...aliases].sort());
      const res = await store.query('MATCH (:Leader)-[r:MADE]->(:Statement) RETURN r.sources AS s', {}, { readOnly: true });
      expect(res.rows).toEqual([{ s: [A1, A2] }]);
    });

    it('tells which articles are stored', async () => {
      await store.upsert(patchOne());
      expect([...(await store.existingArticles([A1, A2]))]).toEqual([A1]);
    });

    it('returns the subgraph induced by a set of nodes', async () => {
      await store.upsert(patchOne());
      const sg = await store.subgraph([
        { label: 'Call', key: 'c-2021-12-07' }, { label: 'Leader', key: 'joe-biden' }, { label: 'Article', key: A1 }, { label: 'Leader', key: 'nobody' },
      ]);
      expect(sg.nodes.map((n) => n.key).sort()).toEqual([`Article:${A1}`, 'Call:c-2021-12-07', 'Leader:joe-biden']);
      expect(sg.rels.map((r) => `${r.kind} ${r.source} ${r.target} ${String(r.properties['start'] ?? '')}`).sort()).toEqual([
        'PARTICIPATED_IN Leader:joe-biden Call:c-2021-12-07 ',
        `REPORTED_IN Call:c-2021-12-07 Article:${A1} 0`,
        `REPORTED_IN Call:c-2021-12-07 Article:${A1} 20`,
      ]);
    });

    it('gives the same induced subgraph when the caller tells the events\' dates, right or wrong', async () => {
      await store.upsert(patchOne());
      const keys = ['Call:c-2021-12-07', 'Leader:joe-biden', 'Leader:vladimir-putin', 'Day:2021-12-07'];
      const plain = await inducedSubgraph(store, keys);
      expect(plain.edges.map((e) => `${e.kind} ${e.source} ${e.target}`).sort()).toEqual([
        'ON Call:c-2021-12-07 Day:2021-12-07',
        'PARTICIPATED_IN Leader:joe-biden Call:c-2021-12-07',
        'PARTICIPATED_IN Leader:vladimir-putin Call:c-2021-12-07',
      ]);
      expect(await inducedSubgraph(store, keys, { dates: new Map([['Call:c-2021-12-07', '2021-12-07']]) })).toEqual(plain);
      // A date that is not the node's own must lose neither the node nor its relationships.
      expect(await inducedSubgraph(store, keys, { dates: new Map([['Call:c-2021-12-07', '2021-12-08']]) })).toEqual(plain);
      expect(plain.nodes.map((n) => n.key)).toEqual(['Call:c-2021-12-07', 'Day:2021-12-07', 'Leader:joe-biden', 'Leader:vladimir-putin']);
      // A dated key with no node behind it is just absent.
      expect(await inducedSubgraph(store, [...keys, 'Call:no-such-call'], {
        dates: new Map([['Call:c-2021-12-07', '2021-12-07'], ['Call:no-such-call', '2021-12-07']]),
      })).toEqual(plain);
    });
  });
}

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-contract-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));
let n = 0;
storeContract('kuzu (embedded)', () => openStore({ backend: 'kuzu', path: path.join(tmpRoot, `db${n++}`, 'g.kuzu') }));

describe('kuzu: a database made by an older release', () => {
  it('gains the pairs of ends the model added (MENTIONS Article → Day) when opened, its data kept', async () => {
    const dbPath = path.join(tmpRoot, 'old', 'g.kuzu');
    fs.mkdirSync(path.dirname(dbPath), { recursive: true });
    // The schema as it was before Day was a MENTIONS target.
    const old = kuzuSchema().map((q) => q.replace(', FROM `Article` TO `Day`', ''));
    expect(old.filter((q) => q.startsWith('CREATE REL TABLE IF NOT EXISTS `MENTIONS`(')).join()).not.toContain('`Day`');
    const db = new kuzu.Database(dbPath);
    const conn = new kuzu.Connection(db);
    const run = async (q: string): Promise<void> => {
      // every result closed before the database: an open one crashes the process when collected later
      const res = await conn.query(q);
      for (const r of Array.isArray(res) ? res : [res]) r.close();
    };
    for (const q of old) await run(q);
    await run(`CREATE (:Article {id: '${A1}', title: 'Old'}), (:Country {iso2: 'US', name: 'United States'})`);
    await run(`MATCH (a:Article), (c:Country) CREATE (a)-[:MENTIONS {id: 'm1', count: 2}]->(c)`);
    await conn.close();
    await db.close();

    const store = await openStore({ backend: 'kuzu', path: dbPath });
    try {
      await store.upsert({
        nodes: [{ label: 'Day', key: '2021-12-09', props: { year: 2021, month: 12, weekday: 'Thursday' } }],
        rels: [{ type: 'MENTIONS', from: { label: 'Article', key: A1 }, to: { label: 'Day', key: '2021-12-09' }, props: { count: 1, sources: [A1] } }],
      });
      const rows = await store.query(
        'MATCH (a:Article)-[m:MENTIONS]->(x) RETURN label(x) AS l, m.count AS n ORDER BY l', {}, { readOnly: true });
      expect(rows.rows).toEqual([{ l: 'Country', n: 2 }, { l: 'Day', n: 1 }]);
    } finally {
      await store.close();
    }
  });
});

onNeo4j('store-contract', 'GraphStore contract on Neo4j', storeContract);
