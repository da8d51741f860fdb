// Unit tests of windowed loading for big stores (graph-ui/src/core/window.ts) and server-given timeline lanes.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../graph-ui/src/core/dataset.ts';
import { assignLanes, type TimelineEntry } from '../../graph-ui/src/core/timeline.ts';
import type { ServerTimelineEntry } from '../../graph-ui/src/core/types.ts';
import { coverage, EARLIEST, fromServerEntry, isWindowed, monthOf, openingWindow, overviewEntries, windowQuery, WINDOW_ABOVE, WINDOW_LIMIT } from '../../graph-ui/src/core/window.ts';

const server = (over: Partial<ServerTimelineEntry>): ServerTimelineEntry => ({
  key: 'Call:c1', kind: 'Call', label: 'A call', date: '1987-03-02', datePrecision: 'day', start: '1987-03-02', end: '1987-03-02',
  status: 'held', callKind: 'meeting', statementKind: null, lanes: ['Leader:a'], participants: ['Leader:a', 'Leader:b'], ...over,
});

describe('windowed loading', () => {
  it('windows stores above 5,000 nodes', () => {
    expect([WINDOW_ABOVE, WINDOW_LIMIT]).toEqual([5000, 2000]);
    expect([isWindowed(40), isWindowed(5000), isWindowed(5001), isWindowed(34000), isWindowed(11, 10)]).toEqual([false, false, true, true, true]);
  });
  it('finds the month of a day, month or year', () => {
    expect(monthOf('1987-10-19')).toEqual({ from: '1987-10-01', to: '1987-10-31' });
    expect(monthOf('2024-02-03')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthOf('2021-12')).toEqual({ from: '2021-12-01', to: '2021-12-31' });
    expect(monthOf('1987')).toEqual({ from: '1987-12-01', to: '1987-12-31' });
    expect(() => monthOf('soon')).toThrow('window: "soon" is not an ISO date');
  });
  it('opens on the URL window, else the latest month with a tenth of the busiest month\'s events, else nothing', () => {
    const days = (month: string, n: number): { start: string }[] => Array.from({ length: n }, (_, i) => ({ start: `${month}-${String(1 + (i % 28)).padStart(2, '0')}` }));
    const entries = [...days('1987-03', 40), ...days('1987-10', 4), ...days('1987-11', 3), { start: '1988-06' }];
    expect(openingWindow({ from: '1987-04-01', to: null }, entries)).toEqual({ from: '1987-04-01', to: null });
    // November (3 < 40 / 10) and June 1988 (1) are too thin: October (4) opens.
    expect(openingWindow({ from: null, to: null }, entries)).toEqual({ from: '1987-10-01', to: '1987-10-31' });
    expect(openingWindow({ from: null, to: null }, [{ start: '2021-12-07' }])).toEqual({ from: '2021-12-01', to: '2021-12-31' });
    expect(openingWindow({ from: null, to: null }, [])).toEqual({ from: null, to: null });
  });
  it('asks /api/graph for the window, an open end from the start', () => {
    expect(windowQuery('1987-10-01', '1987-10-31')).toEqual({ from: '1987-10-01', to: '1987-10-31', limit: 2000 });
    expect(windowQuery(null, '1987-10-31', 50)).toEqual({ from: EARLIEST, to: '1987-10-31', limit: 50 });
    expect(windowQuery(null, null, 50)).toEqual({ from: '0001-01-01', limit: 50 });
  });
  it('says how much of a truncated window is shown', () => {
    expect(coverage(2000, { truncated: true, total: 8123 })).toBe('Showing 2,000 of 8,123 events');
    expect(coverage(12, { truncated: false, total: 12 })).toBe(null);
    expect(coverage(12, {})).toBe(null);
  });
});

describe('the timeline overview', () => {
  const entries: TimelineEntry[] = [
    fromServerEntry(server({})),
    fromServerEntry(server({ key: 'Call:c2', status: 'planned', datePrecision: 'month', date: '1987-03', start: '1987-03-01', end: '1987-03-31', lanes: ['Country:US'] })),
    fromServerEntry(server({ key: 'Statement:s1', kind: 'Statement', status: null, callKind: null, statementKind: 'warning', lanes: ['Country:FR'], participants: ['Leader:b'] })),
  ];
  it('takes server entries as they are, with their lanes', () => {
    expect(entries[0]).toEqual({
      key: 'Call:c1', kind: 'Call', label: 'A call', date: '1987-03-02', precision: 'day', start: '1987-03-02', end: '1987-03-02',
      status: 'held', statementKind: null, participants: ['Leader:a', 'Leader:b'], lanes: ['Leader:a'],
    });
    expect(entries[1].precision).toBe('month');
    expect(entries[2]).toMatchObject({ status: null, statementKind: 'warning' });
  });
  it('filters by label, status, kind, and by country with country lanes', () => {
    const st = { hiddenLabels: [] as string[], callStatuses: [] as string[], statementKinds: [] as string[], countries: [] as string[], lane: 'leader' as const };
    const keys = (xs: TimelineEntry[]): string[] => xs.map((e) => e.key);
    expect(keys(overviewEntries(entries, st))).toEqual(['Call:c1', 'Call:c2', 'Statement:s1']);
    expect(keys(overviewEntries(entries, { ...st, hiddenLabels: ['Statement'] }))).toEqual(['Call:c1', 'Call:c2']);
    expect(keys(overviewEntries(entries, { ...st, callStatuses: ['planned'] }))).toEqual(['Call:c2', 'Statement:s1']);
    expect(keys(overviewEntries(entries, { ...st, statementKinds: ['concern'] }))).toEqual(['Call:c1', 'Call:c2']);
    expect(keys(overviewEntries(entries, { ...st, countries: ['FR'], lane: 'country' }))).toEqual(['Statement:s1']);
    expect(keys(overviewEntries(entries, { ...st, countries: ['FR'] }))).toEqual(['Call:c1', 'Call:c2', 'Statement:s1']);
  });
  it('places entries in the lanes the server gave, named by the server\'s labels', () => {
    // One entry per lane: ties ranked by label (a, France, United States).
    const lanes = assignLanes(buildDataset([], []), entries, 'country', 10, new Map([['Country:US', 'United States'], ['Country:FR', 'France']]));
    expect(lanes.map((l) => [l.key, l.label, l.items.map((i) => i.entry.key)])).toEqual([
      ['Leader:a', 'a', ['Call:c1']],
      ['Country:FR', 'France', ['Statement:s1']],
      ['Country:US', 'United States', ['Call:c2']],
    ]);
  });
});
