// Calls: meetings whose parties are not told as "talks with X" or "X met Y" (issue 3, recall on unseen news): two states as the
// subject of the clause a meeting is an adverbial of, a hyphenated pair with a modifier before the noun, and a meeting
// proposed to mend relations with a state. Corpus counts are in the commit message.
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: two states as the subject of the clause "at a meeting" is an adverbial of', () => {
  it.each([
    ['China and Israel, which have no diplomatic relations, discussed Middle East peace prospects and related matters at a meeting in New York city, an Israeli spokesman said.', '1987-03-28', 'UNITED NATIONS, March 28',
      ['meeting held 1987-03-28 Country:CN + Country:IL']],
    ['At a meeting in Paris last January French and Soviet foreign trade ministers said they were committed to expanding trade.', '1987-04-10', 'MOSCOW, April 10',
      ['meeting held 1987-01 Country:FR + Country:SU']],
    // an international body's gathering: its members are no pair of their own
    ['Spain and Portugal continued to oppose the scheme at a meeting of EC finance ministers here.', '1987-03-09', 'BRUSSELS, March 9',
      ['meeting held 1987-03-09 Country:ES + Country:PT + Organization:ec']],
    ['Saudi Arabia and Kuwait pressed for restraint at a meeting in Vienna, OPEC sources said.', '1987-03-09', 'VIENNA, March 9', []],
    // the pair in another clause, a company's meeting, "told a meeting": none
    ['The rise was reported at a meeting here, and Japan and China agreed to study it.', '1987-03-09', 'TOKYO, March 9', []],
    ['The company said shareholders will vote at a meeting in May.', '1987-03-09', 'NEW YORK, March 9', []],
    ['Britain and France told a meeting of farm ministers the EC should act.', '1987-03-09', 'BRUSSELS, March 9', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a hyphenated pair of states before the call noun, modifiers between', () => {
  it.each([
    ['Trade Representative Clayton Yeutter made his remarks at a U.S.-Israeli trade meeting marking the second year of their bilateral accord.', '1987-10-19', 'WASHINGTON, Oct 19',
      ['meeting held 1987-10-19 Country:IL + Country:US + Leader:clayton-yeutter']],
    ['Officials said the issue was raised at a U.S.-Israeli meeting.', '1987-04-10', 'WASHINGTON, April 10',
      ['meeting held 1987-04-10 Country:IL + Country:US']],
    ['Officials said the issue was raised at U.S.-Israeli talks.', '1987-04-10', 'WASHINGTON, April 10',
      ['talks held 1987-04-10 Country:IL + Country:US']],
    // not a bank's meeting
    ['In a Washington address to an Export-Import Bank sponsored meeting, Ortner said the dollar was fairly priced.', '1987-03-20', 'WASHINGTON, March 20', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a meeting proposed to mend relations with a state is between the proposer\'s state and it', () => {
  it.each([
    ['South Korea proposed a meeting of prime ministers to improve relations with North Korea, but said the two countries must first restore mutual trust.', '1987-03-17', 'SEOUL, March 17',
      ['meeting planned null Country:KP + Country:KR']],
    ['South Korea proposed a meeting with North Korea.', '1987-03-17', 'SEOUL, March 17',
      ['meeting planned null Country:KP + Country:KR']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
