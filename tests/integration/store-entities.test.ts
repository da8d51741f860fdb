// The embedded store's in-memory entity tables (store/entities.ts): what they hold, that every
// write drops them, and that induced subgraphs are the same with and without them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphPatch } from '../../core/patch.ts';
import { ENTITY_LABELS, ENTITY_RELS, loadEntities } from '../../store/entities.ts';
import { openStore } from '../../store/index.ts';
import { inducedSubgraph } from '../../store/induced.ts';
import type { GraphStore } from '../../store/port.ts';

const A1 = 'art_00000000000000e1';
const src = { sources: [A1] };

function patch(): GraphPatch {
  return {
    nodes: [
      { label: 'Article', key: A1, props: { title: 'Summit', publishedAt: '2021-12-07', source: 'a.txt', wordCount: 10 } },
      { label: 'Leader', key: 'joe-biden', props: { name: 'Joe Biden', aliases: ['Biden'], title: 'President', role: 'head_of_state' } },
      { label: 'Leader', key: 'vladimir-putin', props: { name: 'Vladimir Putin', aliases: ['Putin'] } },
      { label: 'Country', key: 'US', props: { name: 'United States', aliases: ['U.S.'] } },
      { label: 'Organization', key: 'white-house', props: { name: 'White House', kind: 'government' } },
      { label: 'Call', key: 'c1', props: { kind: 'virtual summit', status: 'held', date: '2021-12-07', datePrecision: 'day', sources: [A1] } },
      { label: 'Day', key: '2021-12-06', props: { year: 2021, month: 12, weekday: 'Monday' } },
      { label: 'Day', key: '2021-12-07', props: { year: 2021, month: 12, weekday: 'Tuesday' } },
    ],
    rels: [
      { type: 'REPRESENTS', from: { label: 'Leader', key: 'joe-biden' }, to: { label: 'Country', key: 'US' }, props: { title: 'President', role: 'head_of_state', ...src } },
      { type: 'PART_OF', from: { label: 'Organization', key: 'white-house' }, to: { label: 'Country', key: 'US' }, props: src },
      { type: 'NEXT', from: { label: 'Day', key: '2021-12-06' }, to: { label: 'Day', key: '2021-12-07' }, props: { days: 1, ...src } },
      { type: 'PARTICIPATED_IN', from: { label: 'Leader', key: 'joe-biden' }, to: { label: 'Call', key: 'c1' }, props: { role: 'participant', ...src } },
      { type: 'PARTICIPATED_IN', from: { label: 'Leader', key: 'vladimir-putin' }, to: { label: 'Call', key: 'c1' }, props: { role: 'participant', ...src } },
      { type: 'ON', from: { label: 'Call', key: 'c1' }, to: { label: 'Day', key: '2021-12-07' }, props: src },
      { type: 'REPORTED_IN', from: { label: 'Call', key: 'c1' }, to: { label: 'Article', key: A1 }, props: { sentence: 'They met.', start: 0, end: 9, ...src } },
      { type: 'MENTIONS', from: { label: 'Article', key: A1 }, to: { label: 'Day', key: '2021-12-06' }, props: { count: 1, ...src } },
    ],
  };
}

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-entities-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));
let n = 0;

describe('the embedded store\'s entity tables in memory', () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await openStore({ backend: 'kuzu', path: path.join(tmpRoot, `db${n++}`, 'g.kuzu') });
    await store.upsert(patch());
    return async () => store.close();
  });

  it('are every label but events and articles, and the types among them', () => {
    expect([...ENTITY_LABELS]).toEqual(['Leader', 'Country', 'Organization', 'Topic', 'Place', 'Day']);
    expect(ENTITY_RELS).toEqual(['REPRESENTS', 'PART_OF', 'NEXT']);
  });

  it('hold the entity nodes with their properties and the relationships among them, frozen', async () => {
    const e = (await store.entities!())!;
    expect([...e.nodes.keys()].sort()).toEqual([
      'Country:US', 'Day:2021-12-06', 'Day:2021-12-07', 'Leader:joe-biden', 'Leader:vladimir-putin', 'Organization:white-house',
    ]);
    expect(e.nodes.get('Leader:joe-biden')).toEqual({
      kind: 'Leader', key: 'Leader:joe-biden',
      properties: { id: 'joe-biden', name: 'Joe Biden', aliases: ['Biden'], title: 'President', role: 'head_of_state' },
    });
    expect([...e.relsFrom].map(([k, rs]) => [k, rs.map((r) => `${r.kind}>${r.target}`)]).sort()).toEqual([
      ['Day:2021-12-06', ['NEXT>Day:2021-12-07']],
      ['Leader:joe-biden', ['REPRESENTS>Country:US']],
      ['Organization:white-house', ['PART_OF>Country:US']],
    ]);
    expect(e.relsFrom.get('Day:2021-12-06')![0]!.properties).toMatchObject({ days: 1, sources: [A1] });
    expect([...e.internalIds.values()].every((v) => /^\d+:\d+$/.test(v))).toBe(true);
    // answers share these objects: a change would leak into every later answer
    expect(() => { (e.nodes.get('Country:US')!.properties as Record<string, unknown>)['name'] = 'x'; }).toThrow(TypeError);
  });

  it('are read once and read again after each write (an upsert, a writing query)', async () => {
    const first = await store.entities!();
    expect(await store.entities!()).toBe(first);
    await store.upsert({ nodes: [{ label: 'Topic', key: 'trade', props: { name: 'trade' } }], rels: [] });
    const second = (await store.entities!())!;
    expect(second).not.toBe(first);
    expect(second.nodes.has('Topic:trade')).toBe(true);
    await store.query("CREATE (:Place {id: 'geneva', name: 'Geneva'})");
    expect((await store.entities!())!.nodes.get('Place:geneva')?.properties).toEqual({ id: 'geneva', name: 'Geneva' });
  });

  it('are not made when the tables hold more nodes than the limit', async () => {
    expect(await loadEntities(store, 5)).toBeNull();
    expect((await loadEntities(store, 6))?.nodes.size).toBe(6);
  });

  it('many statements: relationships found by offset (no dates, wide dates) equal those read within known dates', async () => {
    const days = ['2021-12-01', '2021-12-03', '2021-12-05', '2021-12-07', '2021-12-09', '2021-12-11'];
    const stmts = days.map((d, i) => ({ key: `s${i}`, date: d }));
    await store.upsert({
      nodes: stmts.map((x) => ({ label: 'Statement' as const, key: x.key, props: { text: `Said ${x.key}.`, kind: 'other', date: x.date, datePrecision: 'day', sources: [A1] } })),
      rels: stmts.flatMap((x) => [
        { type: 'MADE' as const, from: { label: 'Leader' as const, key: 'joe-biden' }, to: { label: 'Statement' as const, key: x.key }, props: src },
        { type: 'ABOUT' as const, from: { label: 'Statement' as const, key: x.key }, to: { label: 'Country' as const, key: 'US' }, props: src },
        { type: 'DURING' as const, from: { label: 'Statement' as const, key: x.key }, to: { label: 'Call' as const, key: 'c1' }, props: src },
      ]),
    });
    const keys = ['Leader:joe-biden', 'Country:US', 'Call:c1', ...stmts.map((x) => `Statement:${x.key}`)];
    const dates = new Map(stmts.map((x) => [`Statement:${x.key}`, x.date]));
    const byOffset = await inducedSubgraph(store, keys);
    expect(byOffset.edges.filter((e) => e.source.startsWith('Statement:') || e.target.startsWith('Statement:')).length).toBe(18);
    expect(await inducedSubgraph(store, keys, { dates })).toEqual(byOffset);
    // dates a year apart: found by offset again
    const wide = new Map([...dates, ['Statement:s0', '2020-12-01']]);
    expect(await inducedSubgraph(store, keys, { dates: wide })).toEqual(byOffset);
  });

  it('give the same induced subgraphs as the engine alone', async () => {
    // the same store seen without its copy in memory
    const engineOnly: GraphStore = {
      dialect: store.dialect,
      ensureSchema: () => store.ensureSchema(),
      upsert: (p) => store.upsert(p),
      existingArticles: (ids) => store.existingArticles(ids),
      query: (c, p, o) => store.query(c, p, o),
      stats: () => store.stats(),
      getNodes: (r) => store.getNodes(r),
      subgraph: (r) => store.subgraph(r),
      close: async () => undefined,
    };
    const sets = [
      ['Leader:joe-biden', 'Country:US', 'Organization:white-house', 'Day:2021-12-06', 'Day:2021-12-07', 'Call:c1', `Article:${A1}`],
      ['Leader:joe-biden', 'Leader:vladimir-putin', 'Call:c1', 'Day:2021-12-07', 'Leader:nobody'],
      ['Country:US', 'Organization:white-house', 'Topic:none'],
    ];
    for (const keys of sets) {
      const withMemory = await inducedSubgraph(store, keys);
      expect(withMemory).toEqual(await inducedSubgraph(engineOnly, keys));
      expect(withMemory.edges.length).toBeGreaterThan(0);
    }
    const all = await inducedSubgraph(store, sets[0]!);
    expect(all.edges.map((e) => `${e.kind} ${e.source}>${e.target}`).sort()).toEqual([
      'MENTIONS Article:art_00000000000000e1>Day:2021-12-06',
      'NEXT Day:2021-12-06>Day:2021-12-07',
      'ON Call:c1>Day:2021-12-07',
      'PARTICIPATED_IN Leader:joe-biden>Call:c1',
      'PART_OF Organization:white-house>Country:US',
      'REPORTED_IN Call:c1>Article:art_00000000000000e1',
      'REPRESENTS Leader:joe-biden>Country:US',
    ]);
  });
});
