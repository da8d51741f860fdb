// Dates told by their own words: "last/next/this <Month>".
import { describe, expect, it } from 'vitest';
import { findDates, resolveMonth } from '../../ingest/extract/dates.ts';

describe('"last", "next", "this" before a month name', () => {
  it.each([
    // "last April": the latest April before the publication month; told in April, the year before's
    [5, '1987-04-07', 'last', '1986-05'],
    [4, '1987-04-07', 'last', '1986-04'],
    [3, '1987-04-07', 'last', '1987-03'],
    // "next April": the first after the publication month
    [4, '1987-04-07', 'next', '1988-04'],
    [5, '1987-04-07', 'next', '1987-05'],
    // "this October": the publication year's, whatever the tense
    [10, '1987-03-11', 'this', '1987-10'],
    [1, '1987-03-11', 'this', '1987-01'],
  ] as const)('month %i published %s, "%s" → %s', (m, pub, mod, out) => {
    expect(resolveMonth(m, pub, 'past', mod)).toBe(out);
    expect(resolveMonth(m, pub, 'future', mod)).toBe(out);
  });
  it.each([
    ['an accord reached at the Tokyo summit last May', '1987-04-07', '1986-05'],
    ['down from 40,012 last February', '1987-02-26', '1986-02'],
    ['Moscow halted its test moratorium last February', '1987-04-03', '1987-02'],
    ['the fiscal year starting this October', '1987-03-11', '1987-10'],
  ] as const)('%s (published %s) → %s', (text, pub, out) => {
    expect(findDates(text, pub, 'past').map((d) => d.date)).toEqual([out]);
  });
});
