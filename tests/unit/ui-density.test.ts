// Unit tests of the timeline's density view (graph-ui/src/core/density.ts).
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../graph-ui/src/core/dataset.ts';
import { barHeight, binSpan, binWidth, densityOf, entriesIn, MARK_LIMIT } from '../../graph-ui/src/core/density.ts';
import { denseDomain, type TimelineEntry } from '../../graph-ui/src/core/timeline.ts';

const entry = (key: string, start: string, lanes: string[], end = start): TimelineEntry => ({
  key, kind: 'Call', label: key, date: start, precision: 'day', start, end, status: 'held', statementKind: null, participants: [], lanes,
});

describe('density', () => {
  it('draws densities above 800 events in view', () => {
    expect(MARK_LIMIT).toBe(800);
  });
  it('picks the narrowest bin width that fits', () => {
    expect([binWidth(300, 300), binWidth(301, 300), binWidth(730, 300), binWidth(730, 100), binWidth(4000, 100), binWidth(40000, 100)]).toEqual([1, 2, 7, 14, 91, 365]);
  });
  it('counts events per lane and bin, busiest lane first, the rest in Other', () => {
    const entries = [
      entry('a', '2021-01-01', ['Leader:x']), entry('b', '2021-01-02', ['Leader:x']), entry('c', '2021-01-08', ['Leader:x', 'Leader:y']),
      entry('d', '2021-01-09', ['Leader:z']), entry('e', '2021-01-10', []), entry('f', '2020-12-31', ['Leader:x']),
    ];
    const d = densityOf(buildDataset([], []), entries, 'leader', { start: '2021-01-01', end: '2021-01-14' }, 2, 2, new Map([['Leader:x', 'Xi'], ['Leader:y', 'Yo']]));
    expect(d).toEqual({
      binDays: 7, bins: 2, max: 2,
      lanes: [
        { key: 'Leader:x', label: 'Xi', counts: [2, 1], total: 3, max: 2 },
        { key: 'Leader:y', label: 'Yo', counts: [0, 1], total: 1, max: 1 },
        { key: 'other', label: 'Other', counts: [0, 2], total: 2, max: 2 },
      ],
    });
  });
  it('scales bars by the square root of their share of the lane\'s busiest bin', () => {
    expect([barHeight(100, 100, 26), barHeight(25, 100, 26), barHeight(1, 10000, 26), barHeight(0, 0, 26)]).toEqual([26, 13, 2, 0]);
  });
  it('gives the days of a bin, and the entries overlapping a domain', () => {
    expect(binSpan({ start: '2021-01-01' }, 7, 1)).toEqual({ from: '2021-01-08', to: '2021-01-14' });
    const month = entry('m', '2020-12-01', [], '2020-12-31');
    expect(entriesIn([month, entry('n', '2021-02-01', [])], { start: '2020-12-31', end: '2021-01-31' }).map((e) => e.key)).toEqual(['m']);
  });
  it('finds where day-precise events sit, leaving out a few stray dates', () => {
    const many = Array.from({ length: 198 }, (_, i) => entry(`e${i}`, `1987-0${3 + (i % 6)}-1${i % 10}`, []));
    const strays = [entry('old', '1981-05-01', []), entry('late', '1993-01-01', [])];
    const month = { ...entry('m', '1970-01-01', [], '1970-01-31'), precision: 'month' as const };
    expect(denseDomain([...many, ...strays, month])).toEqual({ start: '1987-03-03', end: '1987-08-26' });
    expect(denseDomain([...many, ...strays], 0)).toEqual({ start: '1981-04-24', end: '1993-01-08' });
    expect(denseDomain([month])).toBe(null);
  });
});
