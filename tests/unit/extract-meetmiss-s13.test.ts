// Calls (session 13, meetmiss): a body's own gathering told with "its" and a body a relative clause says meets
// (corpus counts in the commit message and ingest/extract/README.md).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: an international body\'s gathering told with "its"', () => {
  it.each([
    // the body before the possessive; "next" makes it ahead of whatever the clause tells
    ['But he declined to predict whether OPEC would raise its production ceiling of 15.8 mln barrels at its next meeting in June.', '1987-04-27', 'JAKARTA, April 27',
      ['meeting planned 1987-06 Organization:opec']],
    ['The current price was established by the Organization of Petroleum Exporting Countries (OPEC) at its December meeting when the cartel set a ceiling.', '1987-04-28', 'HOUSTON, April 28',
      ['meeting held 1986-12 Organization:opec']],
    // the body as the subject after a lead-in
    ['At its last meeting in December, OPEC agreed to reintroduce fixed prices from February 1.', '1987-06-18', 'LONDON, June 18',
      ['meeting held 1986-12 Organization:opec']],
    // a company's meeting, and the participle of "meet" with a goal, are none
    ['Liposome Co Inc at its annual meeting announced the formation of a Canadian subsidiary.', '1987-04-01', 'NEW YORK, April 1', []],
    ['The risks are all the greater because the EC has its own constraints in meeting outside pressure, Engering noted.', '1987-03-17', 'THE HAGUE, March 17', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a body a relative clause says meets', () => {
  it.each([
    ['Talks will now continue at the Organisation of Economic Cooperation and Development (OECD), which meets next month.', '1987-04-27', 'TAUPO, April 27',
      ['meeting planned 1987-05 Organization:oecd']],
    ['He expected the Group of Seven countries, which are due to meet tomorrow, to reaffirm the accord.', '1987-04-07', 'WASHINGTON, April 7',
      ['meeting planned 1987-04-08 Organization:g7']],
    // "who", and "which are meeting" read as the noun
    ['The market awaited action by finance ministers of the G-5 nations, who are to meet today.', '1987-04-07', 'LONDON, April 7',
      ['meeting planned 1987-04-07 Organization:g5']],
    ['New agreements by the G-5 and G-7 nations, which are meeting this week, are expected to have little effect, traders said.', '1987-04-07', 'CHICAGO, April 7',
      ['meeting planned 1987-04 Organization:g7']],
    // a body's "which met" the goal of something is no gathering
    ['The Philippines, which met the first two Venezuelan criteria but not the third, was adamant.', '1987-03-20', 'MANILA, March 20', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: "<state> said it would hold talks with <state>"', () => {
  it.each([
    ['The Japanese Finance Ministry said it plans to hold formal financial talks with France on April 17 in Tokyo.', '1987-04-06', 'TOKYO, April 6',
      ['talks planned 1987-04-17 Country:FR + Country:JP']],
    ['Japan said it held talks with France yesterday.', '1987-04-06', 'TOKYO, April 6',
      ['talks held 1987-04-05 Country:FR + Country:JP']],
    // the pronoun is no speaker when someone else is the subject
    ['Japan said the company would hold talks with France next week.', '1987-04-06', 'TOKYO, April 6', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
