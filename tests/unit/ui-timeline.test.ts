// Unit tests of the explorer's timeline model on the sample graph: entries, lanes, rows, scale, play, linking.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../graph-ui/src/core/dataset.ts';
import { assignLanes, dayScale, domainOf, playStep, relatedEntries, ticks, timelineEntries, zoomDomain } from '../../graph-ui/src/core/timeline.ts';
import { SAMPLE_IDS } from '../fixtures/sample-graph.ts';
import { sampleJson } from './ui-helpers.ts';

const { nodes, rels } = sampleJson();
const ds = buildDataset(nodes, rels);
const entries = timelineEntries(ds);
const short = (k: string): string => k.slice(k.indexOf(':') + 1);

describe('timeline', () => {
  it('lists calls and statements, earliest first, with spans by precision', () => {
    expect(entries.length).toBe(10);
    expect(entries[0]).toMatchObject({ key: `Call:${SAMPLE_IDS.genevaSummit}`, precision: 'month', start: '2021-06-01', end: '2021-06-30', status: 'held', label: 'Biden – Putin summit in Geneva' });
    expect(entries.map((e) => short(e.key))).toEqual([
      SAMPLE_IDS.genevaSummit, SAMPLE_IDS.mondayCoordination, SAMPLE_IDS.europeCall, SAMPLE_IDS.summit,
      SAMPLE_IDS.concern, SAMPLE_IDS.support, SAMPLE_IDS.proposal, SAMPLE_IDS.accusation, SAMPLE_IDS.greeting, SAMPLE_IDS.zelenskiyCall,
    ]);
    expect(entries.find((e) => e.key === `Call:${SAMPLE_IDS.zelenskiyCall}`)!.status).toBe('planned');
  });
  it('assigns lanes by leader, busiest first, with stacked rows for same-day events', () => {
    const lanes = assignLanes(ds, entries, 'leader');
    expect(lanes.map((l) => [l.label, l.items.length, l.rows])).toEqual([
      ['Joe Biden', 7, 4], ['Vladimir Putin', 4, 3], ['Volodymyr Zelenskiy', 1, 1], ['Other', 1, 1],
    ]);
    expect(lanes[0].items.map((i) => [short(i.entry.key), i.row])).toEqual([
      [SAMPLE_IDS.genevaSummit, 0], [SAMPLE_IDS.mondayCoordination, 0], [SAMPLE_IDS.europeCall, 0], [SAMPLE_IDS.summit, 1],
      [SAMPLE_IDS.concern, 2], [SAMPLE_IDS.support, 3], [SAMPLE_IDS.zelenskiyCall, 0],
    ]);
    expect(lanes[3].items.map((i) => short(i.entry.key))).toEqual([SAMPLE_IDS.proposal]);
  });
  it('assigns lanes by country and folds the rest into Other', () => {
    // Every event involves the US or Russia, so two lanes hold them all.
    expect(assignLanes(ds, entries, 'country', 2).map((l) => [l.key, l.items.length])).toEqual([['Country:US', 7], ['Country:RU', 5]]);
    // With one named lane, the three Russian-only statements go to Other.
    const lanes = assignLanes(ds, entries, 'country', 1);
    expect(lanes.map((l) => [l.key, l.items.length])).toEqual([['Country:US', 7], ['other', 3]]);
    expect(lanes[1].items.map((i) => short(i.entry.key))).toEqual([SAMPLE_IDS.proposal, SAMPLE_IDS.accusation, SAMPLE_IDS.greeting]);
  });
  it('maps days to pixels and back', () => {
    const dom = domainOf(entries, 0)!;
    expect(dom).toEqual({ start: '2021-06-01', end: '2021-12-09' });
    const sc = dayScale({ start: '2021-12-01', end: '2021-12-10' }, 100, 200);
    expect(sc.pxPerDay).toBe(10);
    expect(sc.toX('2021-12-07')).toBe(160);
    expect(sc.toDay(165)).toBe('2021-12-07');
    expect(sc.toDay(5000)).toBe('2021-12-10');
    expect(ticks({ start: '2021-06-01', end: '2021-12-09' }).map((t) => t.day)).toEqual(['2021-06-01', '2021-07-01', '2021-08-01', '2021-09-01', '2021-10-01', '2021-11-01', '2021-12-01']);
  });
  it('plays forward window by window and stops past the end', () => {
    const dom = { start: '2021-12-01', end: '2021-12-20' };
    expect(playStep(dom, null, null)).toEqual({ from: '2021-12-01', to: '2021-12-07' });
    expect(playStep(dom, '2021-12-01', '2021-12-07')).toEqual({ from: '2021-12-08', to: '2021-12-14' });
    expect(playStep(dom, '2021-12-15', '2021-12-21')).toBeNull();
  });
  it('links a selected node to its events', () => {
    expect([...relatedEntries(ds, entries, 'Country:RU')].map(short).sort()).toEqual([
      SAMPLE_IDS.genevaSummit, SAMPLE_IDS.summit, SAMPLE_IDS.proposal, SAMPLE_IDS.concern, SAMPLE_IDS.accusation, SAMPLE_IDS.greeting,
    ].sort());
    expect([...relatedEntries(ds, entries, 'Leader:volodymyr-zelenskiy')].map(short)).toEqual([SAMPLE_IDS.zelenskiyCall]);
    expect(relatedEntries(ds, entries, null).size).toBe(0);
  });
});

describe('timeline zoom', () => {
  const full = { start: '2021-01-01', end: '2021-12-31' };
  it('zooms in around a day and clamps to the data range', () => {
    expect(zoomDomain(full, full, '2021-07-01', 0.5)).toEqual({ start: '2021-04-02', end: '2021-10-01' });
    expect(zoomDomain(full, full, '2021-12-31', 0.1)).toEqual({ start: '2021-11-25', end: '2021-12-31' });
    expect(zoomDomain({ start: '2021-12-01', end: '2021-12-05' }, full, '2021-12-03', 0.5)).toEqual({ start: '2021-11-30', end: '2021-12-07' });
  });
  it('returns null when zoomed out to everything', () => {
    expect(zoomDomain({ start: '2021-03-01', end: '2021-09-01' }, full, '2021-06-01', 3)).toBeNull();
  });
});
