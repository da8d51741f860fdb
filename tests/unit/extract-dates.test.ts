// Dates told by their own words: "last/next/this <Month>", a weekend, and a date its own verb puts ahead in a clause told in the past.
import { describe, expect, it } from 'vitest';
import { findDates, resolveMonth, resolveWeekend, weekMonth } from '../../ingest/extract/dates.ts';
import { callsOf } from './extract-helpers.ts';

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

describe('a date its own words put ahead, in a clause told in the past', () => {
  it.each([
    // a reporting verb or "was expected" elsewhere does not move a date the call's own verb puts ahead
    ['this was expected when EC environment ministers meet next on May 21', '1987-03-20', '1987-05-21'],
    ['the minister was now expected to arrive in London Monday', '1987-03-19', '1987-03-23'],
    ['several taxes were abolished when VAT comes in next January 1', '1987-03-24', '1988-01-01'],
    ['the council prepared for a Thursday meeting', '1987-03-24', '1987-03-26'],
    // "plans a … trip" is a plan: told in March, a July trip four months ahead is this July, not last
    ['Yeutter said he plans a July trip to China', '1987-03-04', '1987-07'],
    ['the minister is planning an October visit to Peking', '1987-03-04', '1987-10'],
    // a past verb after the words of what is ahead keeps the clause's tense; so does a date with no such words
    ['they will review the accord signed in December', '1987-03-20', '1986-12'],
    ['said the talks on June 3 failed', '1987-03-26', '1986-06-03'],
    // an infinitive after a past verb is no word of what is ahead
    ['an exception from requirements, which it failed to meet as of January 15', '1987-03-03', '1987-01-15'],
    ['the new contract, to start trading on June 1, is its first', '1987-03-30', '1987-06-01'],
  ] as const)('%s (published %s) → %s', (text, pub, out) => {
    expect(findDates(text, pub, 'past').map((d) => d.date)).toEqual([out]);
  });
  it('makes a planned trip of "plans a July trip", not a held one of last July', () => {
    expect(callsOf('U.S. Trade Representative Clayton Yeutter said he plans a July trip to China to discuss trade issues.', '1987-03-04', 'WASHINGTON, March 4'))
      .toEqual(['visit planned 1987-07 Country:CN + Leader:clayton-yeutter']);
  });
  it('dates the call the clause tells of, not the telling', () => {
    expect(callsOf('Diplomats said this was expected when EC environment ministers meet next on May 21.', '1987-03-20', 'BRUSSELS, March 20'))
      .toEqual(['meeting planned 1987-05-21 Organization:ec']);
  });
});

describe('"next week", "last week": the month of most of its working days; "this week": the month of the telling', () => {
  it.each([
    // told on Tuesday 1987-04-14: next week is April 20-24, last week April 6-10
    ['1987-04-14', 'next', '1987-04'],
    ['1987-04-14', 'last', '1987-04'],
    // told on Friday 1987-04-24: next week's working days are April 27 to May 1, three of them April's
    ['1987-04-24', 'next', '1987-04'],
    // told on Friday 1987-05-29: June 1-5
    ['1987-05-29', 'next', '1987-06'],
    // told on Monday 1987-03-02: last week is February 23-27; on Wednesday 1987-04-01, March 23-27
    ['1987-03-02', 'last', '1987-02'],
    ['1987-04-01', 'last', '1987-03'],
    // told on Sunday 1987-04-26: next week is April 27 to May 1
    ['1987-04-26', 'next', '1987-04'],
    // told on Wednesday 1987-12-30: next week is January 4-8 of 1988
    ['1987-12-30', 'next', '1988-01'],
    // "this week" holds the day it is told on
    ['1987-06-29', 'this', '1987-06'],
    ['1987-05-01', 'this', '1987-05'],
  ] as const)('told on %s, "%s week" → %s', (pub, which, out) => {
    expect(weekMonth(pub, which)).toBe(out);
  });
  it('dates a call "next week" told on the Friday before a month ends by the month most of that week is in', () => {
    expect(callsOf('Japanese Prime Minister Yasuhiro Nakasone will meet President Reagan next week.', '1987-04-24', 'TOKYO, April 24'))
      .toEqual(['meeting planned 1987-04 Leader:ronald-reagan + Leader:yasuhiro-nakasone']);
    expect(callsOf('Japanese Prime Minister Yasuhiro Nakasone will meet President Reagan next week.', '1987-05-29', 'TOKYO, May 29'))
      .toEqual(['meeting planned 1987-06 Leader:ronald-reagan + Leader:yasuhiro-nakasone']);
  });
});

describe('a weekend: its Saturday, kept at the precision its two days share', () => {
  it.each([
    // told on Thursday 1987-04-09: the weekend behind is April 4-5, the one ahead April 11-12
    ['1987-04-09', 'past', 'last', '1987-04-04'],
    ['1987-04-09', 'future', 'last', '1987-04-04'],
    ['1987-04-09', 'past', 'over the', '1987-04-04'],
    ['1987-04-09', 'future', 'this', '1987-04-11'],
    // "this weekend" told on Thursday is the coming one even in a clause told in the past; on Monday, the one just gone
    ['1987-04-09', 'past', 'this', '1987-04-11'],
    ['1987-04-06', 'past', 'this', '1987-04-04'],
    ['1987-04-09', 'past', 'next', '1987-04-11'],
    ['1987-04-09', 'future', 'the coming', '1987-04-11'],
    // told on a Monday: the two days just gone
    ['1987-04-06', 'past', 'at the', '1987-04-04'],
    ['1987-04-06', 'past', 'the past', '1987-04-04'],
    // told on Saturday or Sunday: "this weekend" and "over the weekend" are the one it is; "last" and "next" are the ones around it
    ['1987-04-04', 'future', 'this', '1987-04-04'],
    ['1987-04-05', 'past', 'over the', '1987-04-04'],
    ['1987-04-05', 'past', 'last', '1987-03-28'],
    ['1987-04-04', 'past', 'next', '1987-04-11'],
    ['1987-04-05', 'future', 'next', '1987-04-11'],
  ] as const)('told on %s in the %s, "%s weekend" → Saturday %s', (pub, tense, mod, out) => {
    expect(resolveWeekend(pub, tense, mod)).toBe(out);
  });
  it.each([
    ['officials met last weekend in Washington', '1987-04-09', 'past', [['1987-04', 'month']]],
    ['the ministers will meet this weekend', '1987-04-09', 'future', [['1987-04', 'month']]],
    ["after the weekend's talks in Paris", '1987-04-09', 'past', [['1987-04', 'month']]],
    // Saturday 1987-02-28 and Sunday 1987-03-01 share only their year
    ['the talks held over the weekend', '1987-03-02', 'past', [['1987', 'year']]],
    // a weekend named without a determiner of its own dates nothing
    ['a weekend meeting of the central bankers', '1987-04-09', 'past', []],
  ] as const)('%s (told on %s) → %j', (text, pub, tense, out) => {
    expect(findDates(text, pub, tense).map((d) => [d.date, d.precision])).toEqual(out);
  });
  it('keeps the two days it stands for', () => {
    expect(findDates('officials met last weekend', '1987-03-02', 'past').map((d) => d.days)).toEqual([['1987-02-28', '1987-03-01']]);
  });
});
