// Calls: general forms of news found missed in session 11's blind study (seed 4111, ids 9000-13499) and the known misses
// of session 10, each checked on random corpus stories outside the gold sets (counts in the commit messages).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: a gathering told with its place after the noun is the body the gazetteer knows it by', () => {
  it.each([
    // "Venice summit" is a name of the Group of Seven: so is "the economic summit in Venice"
    ['Results would later be presented at this year\'s economic summit in Venice.', '1987-04-03', 'BONN, April 3', ['summit planned 1987 Organization:g7']],
    ['The President would announce just before the June 8-10 economic summit meeting in Venice that he hoped to lift the curbs.', '1987-04-27', 'NEW YORK, April 27',
      ['summit planned 1987-06-08 Organization:g7']],
    // (a place with no such gathering names no body)
    ['The ministers will hold a meeting in Geneva next month.', '1987-04-27', 'LONDON, April 27', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a mission sent by a body or a leader visits for the body or the leader\'s state', () => {
  it.each([
    ['World Bank President Barber Conable said his agency plans to send a mission to Brazil next week to explore economic conditions.', '1987-04-09', 'WASHINGTON, April 9',
      ['visit planned 1987-04 Country:BR + Organization:world-bank']],
    ['The IMF will send a mission to Zambia next month.', '1987-04-09', 'WASHINGTON, April 9', ['visit planned 1987-05 Country:ZM + Organization:imf']],
    // (a state named as the sender still sends)
    ['Japan is sending a three-man team to Washington next week.', '1987-04-09', 'TOKYO, April 9', ['visit planned 1987-04 Country:JP + Country:US']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: "when they meet" with no call told before is the group named before "they"', () => {
  it.each([
    ['The governor said the six major industrial nations are expected to review last month\'s pact on currency stability when they meet next in April.', '1987-03-25', 'TOKYO, March 25',
      ['meeting planned 1987-04 Organization:g6']],
    ['Economists speculated that G-7 countries may try to bolster the pact when they meet in April.', '1987-03-23', 'FRANKFURT, March 23', ['meeting planned 1987-04 Organization:g7']],
    ['Britain and France hope to settle the dispute when they meet on Friday.', '1987-03-23', 'LONDON, March 23', ['meeting planned 1987-03-27 Country:FR + Country:GB']],
    // (one state and a group the extraction does not know name no parties)
    ['Yugoslavia expected understanding from 16 western creditor countries when they meet on March 30.', '1987-03-23', 'BELGRADE, March 23', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a leader named inside a quote takes no part in a call told outside it', () => {
  it.each([
    ['"There\'s always the question of how to do it without Ronald Reagan," Chancellor Helmut Kohl told reporters after a meeting with French Prime Minister Jacques Chirac.', '1987-03-05', 'BONN, March 5',
      ['meeting held 1987-03-05 Leader:helmut-kohl + Leader:jacques-chirac']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: "ministers of" a body whose name holds "of"', () => {
  it.each([
    ['The Bank of France intervened today to stabilise the rates agreed at last month\'s meeting of Finance Ministers of the Group of Five and Canada, dealers said.', '1987-03-26', 'PARIS, March 26',
      ['meeting held 1987-02 Country:CA + Organization:g5']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: "he" after a sentence told by a person the extraction does not know is that person', () => {
  it.each([
    ['House Ways and Means Committee chairman Dan Rostenkowski, an Illinois Democrat, said his committee would find it difficult since President Reagan opposes tax increases. "I\'d rather have him than not," he told reporters after a meeting with French Prime Minister Jacques Chirac.',
      // (session 15: the committee's chairman is a leader now, agencyOffices, and the meeting his, not Reagan's)
      '1987-03-05', 'WASHINGTON, March 5', ['meeting held 1987-03-05 Leader:dan-rostenkowski + Leader:jacques-chirac']],
    // (a teller the extraction knows leaves the leader the subject)
    ['Tanjug said in the interview Prime Minister Branko Mikulic warned the army could be called in. He later met Chancellor Helmut Kohl.', '1987-03-23', 'BELGRADE, March 23',
      ['meeting held 1987-03-23 Leader:branko-mikulic + Leader:helmut-kohl']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: "the <place> meeting" no report of the call told before names is another gathering', () => {
  it.each([
    ['He said the position was held before the recent International Coffee Organisation meeting. The Managua meeting was attended by representatives from Brazil, Mexico and Panama.', '1987-03-25', 'RIO DE JANEIRO, March 25',
      // (session 16: the "recent" meeting was held before the story's day, which the dateline does not date)
      ['meeting held 1987-03-25 Country:BR + Country:MX + Country:PA', 'meeting held null Organization:ico']],
    // (a place the call was told in still refers to it)
    ['EC farm ministers met in Luxembourg today. The Luxembourg meeting was attended by representatives from Brazil, Mexico and Panama.', '1987-03-25', 'LUXEMBOURG, March 25',
      ['meeting held 1987-03-25 Organization:ec']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: two visits in opposite directions stay two events', () => {
  it.each([
    ['Prime Minister Yasuhiro Nakasone will visit the United States next month. President Reagan will visit Japan next month.', '1987-03-25', 'TOKYO, March 25',
      ['visit planned 1987-04 Country:JP + Leader:ronald-reagan', 'visit planned 1987-04 Country:US + Leader:yasuhiro-nakasone']],
    // (a visit told again with its host's leader is still one: "will visit Rome" and "in Rome as the guests of President Cossiga")
    ['President Reagan will visit Rome in June. Reagan would be in Rome from June 3 to 6 as the guests of President Francesco Cossiga.', '1987-03-04', 'WASHINGTON, March 4',
      ['visit planned 1987-06-03 Leader:francesco-cossiga + Leader:ronald-reagan']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: bodies joined by a slash before the call noun all meet', () => {
  it.each([
    ['The dollar was held in limits by comments on the edge of the Washington IMF/World Bank meeting.', '1987-04-09', 'FRANKFURT, April 9',
      ['meeting held 1987-04-09 Organization:imf + Organization:world-bank']],
    ['Dealers cited speculation that the G-5/G-7 talks are unlikely to produce lasting measures.', '1987-04-07', 'TOKYO, April 7',
      ['talks held 1987-04-07 Organization:g5 + Organization:g7']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
