// Unit tests of the explorer's dataset, filter pipeline and graph derivation on the sample graph (no DOM).
import { describe, expect, it } from 'vitest';
import { buildDataset, mergeIntoDataset } from '../../graph-ui/src/core/dataset.ts';
import { deriveGraph, edgeDimmed, nodeEmphasis, shortLabel, sizeForDegree } from '../../graph-ui/src/core/derive.ts';
import { applyFilters, stepsOf } from '../../graph-ui/src/core/filters.ts';
import { initialState } from '../../graph-ui/src/core/state.ts';
import { SAMPLE_IDS } from '../fixtures/sample-graph.ts';
import { sampleJson } from './ui-helpers.ts';

const { nodes, rels } = sampleJson();
const ds = buildDataset(nodes, rels);
const kinds = (keys: Iterable<string>): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const k of keys) out[k.slice(0, k.indexOf(':'))] = (out[k.slice(0, k.indexOf(':'))] ?? 0) + 1;
  return out;
};

describe('dataset', () => {
  it('indexes spans, countries and actors', () => {
    expect(ds.nodes.size).toBe(40);
    expect(ds.spans.get(`Call:${SAMPLE_IDS.genevaSummit}`)).toEqual({ start: '2021-06-01', end: '2021-06-30', precision: 'month' });
    expect([...ds.countries.get('Leader:joe-biden')!]).toEqual(['US']);
    expect([...ds.countries.get('Organization:kremlin')!]).toEqual(['RU']);
    expect([...ds.countries.get(`Call:${SAMPLE_IDS.summit}`)!].sort()).toEqual(['RU', 'US']);
    expect(ds.actors.get(`Call:${SAMPLE_IDS.europeCall}`)).toEqual(['Leader:joe-biden', 'Country:GB', 'Country:FR', 'Country:DE', 'Country:IT']);
    expect(ds.actors.get(`Statement:${SAMPLE_IDS.proposal}`)).toEqual(['Country:RU']);
  });
  it('merges expansions without duplicating relationships', () => {
    const small = buildDataset(nodes.filter((n) => n.kind === 'Leader'), []);
    const merged = mergeIntoDataset(small, nodes, rels);
    const again = mergeIntoDataset(merged, nodes, rels);
    expect([merged.nodes.size, merged.rels.length]).toEqual([40, rels.length]);
    expect([again.nodes.size, again.rels.length]).toEqual([40, rels.length]);
  });
});

describe('filters', () => {
  it('default view hides days and articles', () => {
    const { keys } = applyFilters(ds, stepsOf(initialState()));
    expect(kinds(keys)).toEqual({ Leader: 4, Country: 8, Organization: 4, Call: 5, Statement: 5, Topic: 7, Place: 2 });
  });
  it('a one-day window keeps that day’s events, their neighbours and the actors’ affiliations', () => {
    const { keys } = applyFilters(ds, stepsOf({ ...initialState(), from: '2021-12-07', to: '2021-12-07' }));
    expect(kinds(keys)).toEqual({ Leader: 2, Country: 7, Organization: 3, Call: 2, Statement: 5, Topic: 7 });
    expect(keys.has('Country:US')).toBe(true);
    expect(keys.has('Leader:volodymyr-zelenskiy')).toBe(false);
    expect(keys.has(`Call:${SAMPLE_IDS.zelenskiyCall}`)).toBe(false);
  });
  it('a window overlapping June keeps the month-precision Geneva summit only', () => {
    const { keys } = applyFilters(ds, stepsOf({ ...initialState(), from: '2021-06-30', to: '2021-07-15' }));
    expect([...keys].sort()).toEqual([`Call:${SAMPLE_IDS.genevaSummit}`, 'Country:RU', 'Country:US', 'Leader:joe-biden', 'Leader:vladimir-putin', 'Place:geneva']);
  });
  it('an empty window keeps nothing', () => {
    expect(applyFilters(ds, stepsOf({ ...initialState(), from: '2020-01-01', to: '2020-02-01' })).keys.size).toBe(0);
  });
  it('filters by country, statement kind and call status', () => {
    const ru = applyFilters(ds, [{ type: 'countries', countries: ['RU'] }]).keys;
    expect([...ru].filter((k) => k.startsWith('Call:') || k.startsWith('Statement:')).sort()).toEqual([
      `Call:${SAMPLE_IDS.genevaSummit}`, `Call:${SAMPLE_IDS.summit}`,
      `Statement:${SAMPLE_IDS.proposal}`, `Statement:${SAMPLE_IDS.accusation}`, `Statement:${SAMPLE_IDS.greeting}`,
    ]);
    const planned = applyFilters(ds, stepsOf({ ...initialState(), callStatuses: ['planned'] })).keys;
    expect([...planned].filter((k) => k.startsWith('Call:'))).toEqual([`Call:${SAMPLE_IDS.zelenskiyCall}`]);
    const picked = applyFilters(ds, stepsOf({ ...initialState(), statementKinds: ['greeting', 'proposal'] })).keys;
    expect([...picked].filter((k) => k.startsWith('Statement:')).sort()).toEqual([`Statement:${SAMPLE_IDS.proposal}`, `Statement:${SAMPLE_IDS.greeting}`]);
  });
});

describe('deriveGraph', () => {
  it('aggregates parallel relationships with a count and sizes by degree', () => {
    const st = { ...initialState(), hiddenLabels: [] };
    const d = deriveGraph(ds, stepsOf(st), {});
    expect(d.nodes.length).toBe(40);
    const summit = `Call:${SAMPLE_IDS.summit}`;
    const a1 = nodes.find((n) => n.kind === 'Article' && n.properties.source === 'data/samples/001_d571df893e054858.txt')!.key;
    const e = d.edges.find((x) => [x.source, x.target].sort().join('|') === [summit, a1].sort().join('|'))!;
    expect(e.attributes).toMatchObject({ count: 2, label: 'REPORTED_IN ×2', kinds: { REPORTED_IN: 2 } });
    const biden = d.nodes.find((n) => n.key === 'Leader:joe-biden')!.attributes;
    expect(biden).toMatchObject({ kind: 'Leader', label: 'Joe Biden', color: '#e4572e' });
    const bidenDegree = new Set(rels.filter((r) => r.source === 'Leader:joe-biden' || r.target === 'Leader:joe-biden').map((r) => (r.source === 'Leader:joe-biden' ? r.target : r.source))).size;
    // United States, 5 calls, 2 statements made, 1 greeting about him, 2 articles mentioning him.
    expect(bidenDegree).toBe(11);
    expect(biden.size).toBeCloseTo(sizeForDegree(11), 10);
  });
  it('keeps known positions and seeds new nodes next to a positioned neighbour', () => {
    const d = deriveGraph(ds, stepsOf(initialState()), { 'Leader:joe-biden': { x: 100, y: -50 } });
    expect(d.nodes.find((n) => n.key === 'Leader:joe-biden')!.attributes).toMatchObject({ x: 100, y: -50 });
    const us = d.nodes.find((n) => n.key === 'Country:US')!.attributes;
    expect(Math.hypot(us.x - 100, us.y + 50)).toBeLessThanOrEqual(5);
    expect(deriveGraph(ds, stepsOf(initialState()), {})).toEqual(deriveGraph(ds, stepsOf(initialState()), {}));
  });
  it('shortens long labels on a word boundary', () => {
    expect(shortLabel('Biden call with the leaders of Britain, France, Germany and Italy')).toBe('Biden call with the leaders of…');
    expect(shortLabel('NATO')).toBe('NATO');
  });
});

describe('emphasis (what the reducers draw)', () => {
  const e = { hovered: 'Leader:joe-biden', hoveredNeighbours: new Set(['Country:US']), selected: 'Country:RU', highlighted: new Set<string>() };
  it('focuses hovered and selected, keeps neighbours, dims the rest', () => {
    expect(['Leader:joe-biden', 'Country:RU', 'Country:US', 'Topic:iran'].map((k) => nodeEmphasis(k, e))).toEqual(['focus', 'focus', 'near', 'dim']);
    expect(edgeDimmed('Leader:joe-biden', 'Country:US', e)).toBe(false);
    expect(edgeDimmed('Leader:vladimir-putin', 'Country:RU', e)).toBe(true);
  });
  it('highlights a set without hover', () => {
    const h = { hovered: null, hoveredNeighbours: new Set<string>(), selected: null, highlighted: new Set(['Topic:iran']) };
    expect([nodeEmphasis('Topic:iran', h), nodeEmphasis('Country:US', h)]).toEqual(['near', 'dim']);
    expect(nodeEmphasis('Country:US', { ...h, highlighted: new Set() })).toBe('normal');
  });
});
