// Calls of groups of states told without their acronym: a lower-case name of a group opening a sentence, and "major
// industrial nations" with no count (the Group of Seven, the standing group of the major industrial states).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: a group of states told without its acronym', () => {
  it.each([
    // a lower-case name of a group at the start of a sentence
    ['Six major industrial countries agreed at a meeting in Paris in February to foster currency stability.', '1987-03-16', 'TOKYO, March 16',
      ['meeting held 1987-02 Organization:g6']],
    ['Seven major industrial nations will meet in Washington next week.', '1987-04-01', 'LONDON, April 1', ['meeting planned 1987-04 Organization:g7']],
    // no count: the Group of Seven
    ['The issue was discussed in yesterday\'s meetings of the major industrial nations.', '1987-04-09', 'WASHINGTON, April 9',
      ['meeting held 1987-04-08 Organization:g7']],
    ['Officials said the meeting of major industrialised nations in Paris had agreed to stabilise currencies.', '1987-03-04', 'LONDON, March 4',
      ['meeting held 1987-03-04 Organization:g7']],
    // a count of five is the Group of Five, not the Group of Seven its last words name
    ['The five major industrial nations will meet in Washington next week.', '1987-04-01', 'LONDON, April 1', ['meeting planned 1987-04 Organization:g5']],
    // (a group that is no party to a call names none)
    ['Growth in the major industrial nations slowed last year.', '1987-04-01', 'LONDON, April 1', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
