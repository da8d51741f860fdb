/**
 * Calls of states and leaders from the session 14 tuning batch (visits14): a foreign leader or state meeting the U.S.
 * Congress's leaders or members meets the Congress.
 */
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('a foreign leader meeting congressional leaders meets the U.S. Congress', () => {
  it.each([
    ['French Prime Minister Jacques Chirac met congressional leaders yesterday.',
      ['meeting held 1987-03-31 Leader:jacques-chirac + Organization:us-congress']],
    ['Chirac said France would make public its reasons, the sources said. He was asked about the company\'s fate on two occasions, in meetings with leaders of the Senate and House of Representatives.',
      ['meeting held 1987-04-01 Leader:jacques-chirac + Organization:us-congress']],
    ['Former Japanese Foreign Minister Shintaro Abe met Senate and Democratic leaders active in trade legislation.',
      ['meeting held 1987-04-01 Leader:shintaro-abe + Organization:us-congress']],
    ['Tomorrow, Japanese Foreign Minister Tadashi Kuranari is to meet the House Ways and Means Trade Subcommittee and the Senate Finance Committee.',
      ['meeting planned 1987-04-02 Leader:tadashi-kuranari + Organization:us-congress']],
    // the Congress's own people meeting it is no diplomacy
    ['President Reagan held talks with congressional leaders yesterday.', []],
    ['Treasury Secretary James Baker met the Senate Finance Committee.', []],
    // nor is a foreign leader's meeting with someone else who is no congressman
    ['French Prime Minister Jacques Chirac met business leaders yesterday.', []],
  ] as const)('%s', (text, out) => {
    expect(callsOf(text, '1987-04-01', 'WASHINGTON, April 1')).toEqual(out);
  });
});
