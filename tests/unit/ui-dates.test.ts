// Unit tests of the explorer's ISO day helpers (graph-ui/src/core/dates.ts).
import { describe, expect, it } from 'vitest';
import { dateSpan, dayNumber, formatDate, isIsoDay, isoDay, overlaps } from '../../graph-ui/src/core/dates.ts';

describe('dates', () => {
  it.each([
    ['2021-12-07', { start: '2021-12-07', end: '2021-12-07', precision: 'day' }],
    ['2021-06', { start: '2021-06-01', end: '2021-06-30', precision: 'month' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29', precision: 'month' }],
    ['2021', { start: '2021-01-01', end: '2021-12-31', precision: 'year' }],
    ['2021-12-07T18:08:00+03:00', { start: '2021-12-07', end: '2021-12-07', precision: 'day' }],
    ['2021-13', null],
    ['yesterday', null],
  ])('dateSpan(%s)', (d, want) => {
    expect(dateSpan(d)).toEqual(want);
  });
  it('converts days both ways', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isoDay(dayNumber('2021-12-07') + 25)).toBe('2022-01-01');
    expect(isIsoDay('2021-02-29')).toBe(false);
    expect(() => dayNumber('7 Dec')).toThrow('dates: "7 Dec" is not an ISO day (expected YYYY-MM-DD)');
  });
  it('overlaps with open ends', () => {
    expect(overlaps('2021-06-01', '2021-06-30', '2021-06-30', null)).toBe(true);
    expect(overlaps('2021-06-01', '2021-06-30', '2021-07-01', null)).toBe(false);
    expect(overlaps('2021-06-01', '2021-06-30', null, '2021-05-31')).toBe(false);
    expect(overlaps('2021-06-01', '2021-06-30', null, null)).toBe(true);
  });
  it('formats by precision', () => {
    expect([formatDate('2021-12-07'), formatDate('2021-06'), formatDate('2021')]).toEqual(['7 Dec 2021', 'Jun 2021', '2021']);
  });
});
