// Calls (session 12): shapes checked on corpus stories outside the gold sets (counts in the commit messages).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: a relative clause telling when the call starts dates it', () => {
  it.each([
    // the start day, not the nearer "This week's" nor the end day; begun before the story's day, so under way
    ['The U.S. initiative was introduced last December at a meeting held here under the auspices of UNCTAD. This week\'s meeting, which began yesterday, is due to end Friday.', '1987-03-03', 'GENEVA, March 3',
      ['meeting held 1986-12 Country:US + Organization:unctad', 'meeting held 1987-03-02 Country:US + Organization:unctad']],
    // an end day is left to the closest-day rules
    ['Japan and the United States held two days of talks which ended in Washington yesterday.', '1987-04-11', 'TOKYO, April 11',
      ['talks held 1987-04-10 Country:JP + Country:US']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
