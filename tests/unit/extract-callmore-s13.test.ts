// Calls (session 13, callmore): the status and speaker of calls told in a telling's tail or a clause looking ahead
// (shapes checked on corpus stories outside the gold sets; counts in ingest/extract/README.md).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: a span of time before a call noun the speaker told of', () => {
  it.each([
    // "at the end of three weeks of negotiations with": the speaker took part, and the talks are held
    ['Central bank governor Leonard Chivuno said Zambia would reintroduce an auction. Chivuno told a press conference at the end of three weeks of negotiations with the International Monetary Fund (IMF) that there would be a fixed rate.', '1987-03-17', 'LUSAKA, March 17',
      ['talks held 1987-03-17 Leader:leonard-chivuno + Organization:imf']],
    ['Finance Minister Basil Kabwe told reporters after two days of talks with the International Monetary Fund that a deal was near.', '1987-03-17', 'LUSAKA, March 17',
      ['talks held 1987-03-16 Leader:basil-kabwe + Organization:imf']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: "to begin" talks and "unlikely to" look ahead', () => {
  it.each([
    // called on to begin discussions: planned, not held
    ['The statement called on Greece and Turkey to begin immediate discussions.', '1987-03-27', 'ATHENS, March 27',
      ['talks planned null Country:GR + Country:TR']],
    // arriving to begin a meeting: it begins on the story's day
    ['Top officials of leading industrial nations arrived at the U.S. Treasury main building to begin a meeting of the Group of Five.', '1987-04-08', 'WASHINGTON, April 8',
      ['meeting held 1987-04-08 Organization:g5']],
    // "is unlikely to … before its September meeting" told in April: next September's meeting, planned
    ['The International Coffee Organization (ICO) is unlikely to tackle the re-introduction of quotas before its September meeting, traders said.', '1987-04-02', 'LONDON, April 2',
      ['meeting planned 1987-09 Organization:ico']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a pronoun in a clause of time stands for the body or members named before', () => {
  it.each([
    // "it" after the body as the clause's subject; "meets" looks ahead though the telling is past
    ['He said he expected OPEC to raise prices to 20 dlrs when it meets on December 9.', '1987-06-29', 'TOKYO, June 29',
      ['meeting planned 1987-12-09 Organization:opec']],
    // "they" after the members, in a story about one body
    ['European Community (EC) industry ministers agreed on a plan for steel closures. The Commission will draw up a new system. Ministers hope to approve a closure program when they meet again in Brussels on June 1, the sources said.', '1987-03-19', 'BRUSSELS, March 19',
      ['meeting planned 1987-06-01 Organization:ec']],
    // another party between the body and the pronoun: nothing
    ['He said OPEC wanted Mexico to cut output when it meets on December 9.', '1987-06-29', 'TOKYO, June 29', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a cancel word whose object the call only times', () => {
  it.each([
    ['Analysts said the moves could encourage Washington to cancel the tariffs ahead of next month\'s meeting between Prime Minister Yasuhiro Nakasone and President Reagan.', '1987-03-31', 'TOKYO, March 31',
      ['meeting planned 1987-04 Leader:ronald-reagan + Leader:yasuhiro-nakasone']],
    // the call as the object: cancelled
    ['Nakasone cancelled a planned meeting with Reagan.', '1987-03-31', 'TOKYO, March 31',
      ['meeting cancelled null Leader:ronald-reagan + Leader:yasuhiro-nakasone']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
