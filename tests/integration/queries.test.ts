/**
 * Every named query on the sample graph, with the exact rows expected; one suite run against
 * every available backend (the embedded kuzu store always, Neo4j when NEO4J_URI is set).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQueries, runNamedQuery } from '../../queries/index.ts';
import { openStore } from '../../store/index.ts';
import type { GraphStore } from '../../store/port.ts';
import { SAMPLE_IDS, sampleArticles, samplePatch } from '../fixtures/sample-graph.ts';
import { onNeo4j } from './neo4j.ts';

const [ART0, ART1] = sampleArticles();
const A0 = `Article:${ART0.id}`;
const A1 = `Article:${ART1.id}`;
const TITLE = 'Russian President Vladimir Putin and his U.S. counterpart Joe Biden held a virtual summit Tuesday';
const SAMPLE = samplePatch();
/** A property of a node of the sample patch (long statement texts are not repeated here). */
function prop(label: string, key: string, p: string): unknown {
  const n = SAMPLE.nodes.find((x) => x.label === label && x.key === key);
  if (!n) throw new Error(`sample graph has no ${label}:${key}`);
  return n.props[p];
}
const text = (id: string): unknown => prop('Statement', id, 'text');
const C = (id: string): string => `Call:${id}`;
const S = (id: string): string => `Statement:${id}`;

const SUMMIT = C(SAMPLE_IDS.summit);
const EUROPE = C(SAMPLE_IDS.europeCall);
const MONDAY = C(SAMPLE_IDS.mondayCoordination);
const ZELENSKIY = C(SAMPLE_IDS.zelenskiyCall);
const GENEVA = C(SAMPLE_IDS.genevaSummit);
const EUROPEANS = ['Country:DE', 'Country:FR', 'Country:GB', 'Country:IT', 'Leader:joe-biden'];
const BIDEN_PUTIN = ['Leader:joe-biden', 'Leader:vladimir-putin'];

const callRow = (key: string, date: string, type: string, status: string, label: string, actors: string[], precision = 'day') =>
  ({ kind: 'Call', key, date, datePrecision: precision, type, status, label, actors });
const stmtRow = (id: string, type: string, actors: string[]) =>
  ({ kind: 'Statement', key: S(id), date: '2021-12-07', datePrecision: 'day', type, status: null, label: text(id), actors });

function queriesSuite(backend: string, open: () => Promise<GraphStore>): void {
  describe(`named queries on the sample graph: ${backend}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
      await store.upsert(samplePatch());
    });
    afterAll(async () => store?.close());
    const rows = async (name: string, params: Record<string, unknown>) => (await runNamedQuery(store, name, params)).rows;

    it('timeline: calls and statements of December 2021, by date then key, with sorted actors', async () => {
      expect(await rows('timeline', { from: '2021-12-01', to: '2021-12-31' })).toEqual([
        callRow(MONDAY, '2021-12-06', 'talks', 'held', 'Biden coordination with the leaders of Britain, France, Germany and Italy', EUROPEANS),
        callRow(EUROPE, '2021-12-07', 'phone call', 'held', 'Biden call with the leaders of Britain, France, Germany and Italy', EUROPEANS),
        callRow(SUMMIT, '2021-12-07', 'virtual summit', 'held', 'Biden – Putin virtual summit', BIDEN_PUTIN),
        stmtRow(SAMPLE_IDS.concern, 'concern', ['Leader:joe-biden']),
        stmtRow(SAMPLE_IDS.support, 'support', ['Leader:joe-biden']),
        stmtRow(SAMPLE_IDS.proposal, 'proposal', ['Country:RU']),
        stmtRow(SAMPLE_IDS.accusation, 'accusation', ['Leader:vladimir-putin']),
        stmtRow(SAMPLE_IDS.greeting, 'greeting', ['Leader:vladimir-putin']),
        callRow(ZELENSKIY, '2021-12-09', 'phone call', 'planned', 'Biden – Zelenskiy call', ['Leader:joe-biden', 'Leader:volodymyr-zelenskiy']),
      ]);
    });

    it('timeline: a month-precision event overlaps a window that cuts its month', async () => {
      expect(await rows('timeline', { from: '2021-06-15', to: '2021-12-06' })).toEqual([
        callRow(GENEVA, '2021-06', 'summit', 'held', 'Biden – Putin summit in Geneva', BIDEN_PUTIN, 'month'),
        callRow(MONDAY, '2021-12-06', 'talks', 'held', 'Biden coordination with the leaders of Britain, France, Germany and Italy', EUROPEANS),
      ]);
      expect(await rows('timeline', { from: '2021-07-01', to: '2021-12-05' })).toEqual([]);
    });

    it('leader_activity: Putin in 2021, calls with counterparts and statements made', async () => {
      expect(await rows('leader_activity', { leader: 'vladimir-putin', from: '2021-01-01', to: '2021-12-31' })).toEqual([
        { relation: 'took part', kind: 'Call', key: GENEVA, date: '2021-06', type: 'summit', label: 'Biden – Putin summit in Geneva', others: ['Leader:joe-biden'] },
        { relation: 'took part', kind: 'Call', key: SUMMIT, date: '2021-12-07', type: 'virtual summit', label: 'Biden – Putin virtual summit', others: ['Leader:joe-biden'] },
        { relation: 'said', kind: 'Statement', key: S(SAMPLE_IDS.accusation), date: '2021-12-07', type: 'accusation', label: text(SAMPLE_IDS.accusation), others: [] },
        { relation: 'said', kind: 'Statement', key: S(SAMPLE_IDS.greeting), date: '2021-12-07', type: 'greeting', label: text(SAMPLE_IDS.greeting), others: [] },
      ]);
    });

    it('leader_activity: Biden received a statement (spoken about) and the window cuts', async () => {
      const got = await rows('leader_activity', { leader: 'joe-biden', from: '2021-12-07', to: '2021-12-08' });
      expect(got.map((r) => [r['relation'], r['key'], r['others']])).toEqual([
        ['took part', EUROPE, ['Country:DE', 'Country:FR', 'Country:GB', 'Country:IT']],
        ['took part', SUMMIT, ['Leader:vladimir-putin']],
        ['said', S(SAMPLE_IDS.concern), []],
        ['said', S(SAMPLE_IDS.support), []],
        ['spoken about', S(SAMPLE_IDS.greeting), ['Leader:vladimir-putin']],
      ]);
    });

    it('country_statements: by Russia (itself and its leaders) or about it, ordered by kind', async () => {
      expect(await rows('country_statements', { country: 'RU' })).toEqual([
        { kind: 'accusation', relation: 'by', key: S(SAMPLE_IDS.accusation), date: '2021-12-07', text: text(SAMPLE_IDS.accusation) },
        { kind: 'concern', relation: 'about', key: S(SAMPLE_IDS.concern), date: '2021-12-07', text: text(SAMPLE_IDS.concern) },
        { kind: 'greeting', relation: 'by', key: S(SAMPLE_IDS.greeting), date: '2021-12-07', text: text(SAMPLE_IDS.greeting) },
        { kind: 'proposal', relation: 'by', key: S(SAMPLE_IDS.proposal), date: '2021-12-07', text: text(SAMPLE_IDS.proposal) },
      ]);
      expect(await rows('country_statements', { country: 'UA', kind: 'support' })).toEqual([
        { kind: 'support', relation: 'about', key: S(SAMPLE_IDS.support), date: '2021-12-07', text: text(SAMPLE_IDS.support) },
      ]);
      expect(await rows('country_statements', { country: 'UA', kind: 'threat' })).toEqual([]);
    });

    it('contacts_leaders: pairs of leaders with counts and first and last contact', async () => {
      expect(await rows('contacts_leaders', { from: '2021-01-01', to: '2021-12-31' })).toEqual([
        { a: 'Leader:joe-biden', aName: 'Joe Biden', b: 'Leader:vladimir-putin', bName: 'Vladimir Putin', calls: 2, first: '2021-06', last: '2021-12-07' },
        { a: 'Leader:joe-biden', aName: 'Joe Biden', b: 'Leader:volodymyr-zelenskiy', bName: 'Volodymyr Zelenskiy', calls: 1, first: '2021-12-09', last: '2021-12-09' },
      ]);
    });

    it('contacts_countries: countries through their leaders, every pair of the European calls', async () => {
      const names: Record<string, string> = { DE: 'Germany', FR: 'France', GB: 'United Kingdom', IT: 'Italy', US: 'United States', RU: 'Russia', UA: 'Ukraine' };
      const pair = (a: string, b: string, calls: number, first: string, last: string) =>
        ({ a: `Country:${a}`, aName: names[a], b: `Country:${b}`, bName: names[b], calls, first, last });
      const europe = ['DE', 'FR', 'GB', 'IT', 'US'];
      const europePairs = europe.flatMap((a, i) => europe.slice(i + 1).map((b) => pair(a, b, 2, '2021-12-06', '2021-12-07')));
      expect(await rows('contacts_countries', { from: '2021-01-01', to: '2021-12-31' })).toEqual([
        ...europePairs,
        pair('RU', 'US', 2, '2021-06', '2021-12-07'),
        pair('UA', 'US', 1, '2021-12-09', '2021-12-09'),
      ]);
    });

    it('neighbourhood: depth 1 around Zelenskiy; depth 2 around Ukraine reaches the rest', async () => {
      expect(await rows('neighbourhood', { node: 'Leader:volodymyr-zelenskiy' })).toEqual([
        { key: A0, kind: 'Article', label: TITLE, distance: 1 },
        { key: ZELENSKIY, kind: 'Call', label: 'Biden – Zelenskiy call', distance: 1 },
        { key: 'Country:UA', kind: 'Country', label: 'Ukraine', distance: 1 },
      ]);
      const two = await rows('neighbourhood', { node: 'Country:UA', depth: '2' });
      expect(two.filter((r) => r['distance'] === 1).map((r) => r['key'])).toEqual([
        A1, A0, 'Leader:volodymyr-zelenskiy', S(SAMPLE_IDS.support),
      ].sort());
      // Every other node is two hops away (through the articles that mention Ukraine), except the
      // days 2021-12-06 and 2021-12-09, which hang off calls and are three hops away.
      const one = new Set(two.filter((r) => r['distance'] === 1).map((r) => r['key']));
      const far = new Set(['Country:UA', 'Day:2021-12-06', 'Day:2021-12-09', ...one]);
      const expected = SAMPLE.nodes.map((n) => `${n.label}:${n.key}`).filter((k) => !far.has(k)).sort();
      expect(two.filter((r) => r['distance'] === 2).map((r) => r['key'])).toEqual(expected);
      expect(expected.length).toBe(33);
    });

    it('shortest_path: every shortest path over event relations', async () => {
      expect(await rows('shortest_path', { from: 'Leader:volodymyr-zelenskiy', to: 'Country:RU' })).toEqual([{
        hops: 4,
        nodes: ['Leader:volodymyr-zelenskiy', ZELENSKIY, 'Leader:joe-biden', S(SAMPLE_IDS.concern), 'Country:RU'],
        types: ['PARTICIPATED_IN', 'PARTICIPATED_IN', 'MADE', 'ABOUT'],
      }]);
      expect(await rows('shortest_path', { from: 'Country:UA', to: 'Leader:vladimir-putin' })).toEqual([{
        hops: 3,
        nodes: ['Country:UA', S(SAMPLE_IDS.support), SUMMIT, 'Leader:vladimir-putin'],
        types: ['ABOUT', 'DURING', 'PARTICIPATED_IN'],
      }]);
    });

    it('calls_on_topic: by id or by name in any case', async () => {
      const summit = { key: SUMMIT, date: '2021-12-07', type: 'virtual summit', status: 'held', title: 'Biden – Putin virtual summit', participants: BIDEN_PUTIN };
      expect(await rows('calls_on_topic', { topic: 'ransomware' })).toEqual([{ ...summit, topic: 'Topic:ransomware' }]);
      expect(await rows('calls_on_topic', { topic: 'Strategic Stability' })).toEqual([{ ...summit, topic: 'Topic:strategic-stability' }]);
      expect(await rows('calls_on_topic', { topic: 'climate' })).toEqual([]);
    });

    it('provenance: the articles and exact sentences behind a statement', async () => {
      const sentence0 = `${'"President Biden reiterated his support for Ukraine’s sovereignty and territorial integrity and called for de-escalation and a return to diplomacy,"'} the White House added.`;
      const sentence1 = '"President Biden reiterated his support for Ukraine’s sovereignty and territorial integrity and called for de-escalation and a return to diplomacy.';
      const got = await rows('provenance', { fact: S(SAMPLE_IDS.support) });
      const at = (t: string, s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length });
      expect(got).toEqual([
        { article: A1, title: TITLE, publishedAt: '2021-12-07', source: 'data/samples/001_d571df893e054858.txt', url: null, sentence: sentence1, ...at(ART1.text, sentence1) },
        { article: A0, title: TITLE, publishedAt: '2021-12-07', source: 'data/samples/000_9377c1ecbd6592db.txt', url: null, sentence: sentence0, ...at(ART0.text, sentence0) },
      ].sort((x, y) => x.article.localeCompare(y.article)));
      expect(got.every((r) => (r['start'] as number) > 0)).toBe(true);
    });

    it('search: names first, then titles and statement text; limit applies', async () => {
      expect(await rows('search', { q: 'zelensk' })).toEqual([
        { key: 'Leader:volodymyr-zelenskiy', kind: 'Leader', label: 'Volodymyr Zelenskiy', matched: 'name' },
        { key: ZELENSKIY, kind: 'Call', label: 'Biden – Zelenskiy call', matched: 'title' },
      ]);
      expect(await rows('search', { q: 'BRITAIN', limit: 2 })).toEqual([
        { key: 'Country:GB', kind: 'Country', label: 'United Kingdom', matched: 'alias' },
        { key: EUROPE, kind: 'Call', label: 'Biden call with the leaders of Britain, France, Germany and Italy', matched: 'title' },
      ]);
    });

    it('every named query runs with its declared example parameters', async () => {
      for (const q of listQueries()) {
        const params = Object.fromEntries(q.params.map((p) => [p.name, p.example]));
        const res = await runNamedQuery(store, q.name, params);
        expect(res.columns.length, q.name).toBeGreaterThan(0);
      }
    });
  });
}

queriesSuite('kuzu (embedded)', async () => openStore({ path: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dg-queries-')), 'db') }));

onNeo4j('queries', 'named queries on Neo4j', queriesSuite);
