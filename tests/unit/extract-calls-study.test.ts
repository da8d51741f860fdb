// Calls: general shapes of news wording found missed in the session-10 blind study of unannotated diplomacy stories
// (reuters21578-9000 … 13499), each counted over the corpus before its rule was written (counts in the commit messages).
// The sentences are made up in the shape found, not copied from the corpus.
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: bodies joined by "and" before a call noun all meet', () => {
  it.each([
    ['The plan will be taken up at the spring International Monetary Fund and World Bank meetings in Washington.', '1987-03-20', 'LONDON, March 20',
      ['meeting planned null Organization:imf + Organization:world-bank']],
    ['Dealers were cautious ahead of the Group of Five and Group of Seven talks.', '1987-04-06', 'TOKYO, April 6',
      ['talks planned null Organization:g5 + Organization:g7']],
    // (the list opening the sentence, a month ahead)
    ['The semi-annual IMF and World Bank meetings will be held in Washington next month.', '1987-03-20', 'LONDON, March 20',
      ['meeting planned 1987-04 Organization:imf + Organization:world-bank']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
