// Calls: precision errors found on random unseen corpus stories (session 7 sample of calls outside the gold sets),
// each rule checked on random corpus hits outside the gold sets (counts in the commit messages).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: appeals and talks are no phone calls', () => {
  it.each([
    // "called for <leader> to …", "calls on <leader> to …": an appeal
    ['The U.S. Senate has unanimously called for President Reagan immediately to force Japan to live up to a pledge.', '1987-03-19', 'WASHINGTON, March 19', []],
    ['The legislation calls on Reagan to account for all previous aid.', '1987-03-11', 'WASHINGTON, March 11', []],
    // "talking to officials" is talks; a telephone named keeps the call
    ['He said the United States also was pressing Canada to stop giving favored treatment to domestic banks over U.S. competitors and was talking with Canadian representatives.', '1987-03-06', 'WASHINGTON, March 6', ['talks held 1987-03-06 Country:CA + Country:US']],
    ['Finance Minister Kiichi Miyazawa said he recently talked with U.S. Treasury James Baker over the telephone.', '1987-04-03', 'TOKYO, April 3',
      ['phone call held 1987-04-03 Leader:james-baker + Leader:kiichi-miyazawa']],
    // negated across an adverb, and a habit
    ['Officials said Japan, Britain and France are not actually talking with each other towards that end.', '1987-03-31', 'TOKYO, March 31', []],
    ['Miyazawa told reporters he talks with the U.S. Treasury Secretary from time to time on economic issues.', '1987-04-03', 'TOKYO, April 3', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a date that names a pact or accord is not the call\'s', () => {
  it.each([
    ['The British authorities are likely to remain cautious as the G-7 finance ministers meeting is set to review their February Paris accord on currency stability.', '1987-04-07', 'LONDON, April 7',
      ['meeting planned null Country:GB + Organization:g7']],
    ['U.S. and Japanese officials are to meet under the emergency provisions of a July 1986 semiconductor pact to discuss trade.', '1987-04-08', 'WASHINGTON, April 8',
      ['meeting planned null Country:JP + Country:US']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a month just behind is this year\'s, and a call dated in it was held', () => {
  it.each([
    ['The Group of Five industrial countries will gather for the first time since their February talks in Paris.', '1987-04-03', 'WASHINGTON, April 3',
      ['talks held 1987-02 Organization:g5']],
    ['Without the budget, the government would be hard-pressed to come up with a package as pledged at Group of Seven meetings in Paris in late February.', '1987-04-13', 'TOKYO, April 13',
      ['meeting held 1987-02 Organization:g7']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a call judged unlikely is none', () => {
  it.each([
    ['A senior treasury ministry official said an early meeting of Group of Seven (G-7) finance ministers was unlikely following the sharp fall in stock markets.', '1987-10-20', 'ROME, Oct 20', []],
    ['A meeting of European Community (EC) farm ministers is unlikely to be held next week, an EC Commission spokesman said.', '1987-06-19', 'BRUSSELS, June 19', []],
    // the meeting happens; what it is unlikely to do does not
    ['Dealers said the Group of Seven meeting expected tomorrow in Washington is unlikely to produce any significant new measures.', '1987-04-07', 'TOKYO, April 7',
      ['meeting planned 1987-04-08 Organization:g7']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: one who travels with a state\'s leader stands for that state', () => {
  it.each([
    // the governor's state is untold: he takes Funaro's, and the two are one side
    ['Brazilian Finance Minister Dilson Funaro, who is accompanied by Central Bank governor Francisco Gros, met Italian Treasury Minister Giovanni Goria today.', '1987-03-02', 'LONDON, March 2',
      ['meeting held 1987-03-02 Leader:dilson-funaro + Leader:francisco-gros + Leader:giovanni-goria']],
    ['Brazilian Finance Minister Dilson Funaro, who is accompanied by Central Bank governor Francisco Gros, met bankers today.', '1987-03-02', 'LONDON, March 2', []],
    ['Brazilian Finance Minister Dilson Funaro and Central Bank governor Francisco Gros spent two days in Washington talking to government officials.', '1987-03-02', 'LONDON, March 2', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a time behind told of the call itself makes it held', () => {
  it.each([
    ['The plan was first proposed at the IMF and World Bank meetings in Washington earlier this year.', '1987-06-02', 'WASHINGTON, June 2', ['meeting held 1987 Organization:imf + Organization:world-bank']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a gathering of firms or their people is no diplomacy', () => {
  it.each([
    ['In a speech prepared for delivery to a meeting of West German savings banks, Swiss National Bank president Markus Lusser said such an accord would be extended to Japan.', '1987-03-13', 'ZURICH, March 13', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: the multilateral trade round as a whole is no gathering', () => {
  it.each([
    ['He said the pact could pave the way for new global talks under the General Agreement on Tariffs and Trade.', '1987-03-09', 'WASHINGTON, March 9', []],
    ['Japan had rejected the U.S. proposal to open negotiations on rice at the new round of trade talks at the General Agreement on Tariffs and Trade.', '1987-04-21', 'TOKYO, April 21', []],
    // a session told with its day and place, and a round of talks with a lender, stay
    ['Zambia has just completed a new round of IMF talks on its foreign exchange system.', '1987-04-02', 'LUSAKA, April 2', ['talks held 1987-04-02 Country:ZM + Organization:imf']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a committee of creditor banks is no party to diplomacy', () => {
  it.each([
    ['The Philippines\' bank advisory committee meets tomorrow to discuss a proposal by finance minister Jaime Ongpin.', '1987-03-09', 'MANILA, March 9', []],
    ['Ecuadorean officials held their last formal meeting with the advisory committee in New York in January, but the negotiations were suspended after President Leon Febres Cordero was kidnapped.', '1987-03-09', 'QUITO, March 9', []],
    // an international body named with it still meets
    ['Finance Minister Jaime Ongpin held talks with the International Monetary Fund and creditor banks.', '1987-03-09', 'MANILA, March 9',
      ['talks held 1987-03-09 Leader:jaime-ongpin + Organization:imf']],
    // "no need for a meeting" tells of none
    ['He also reiterated that there was no need for an emergency OPEC meeting.', '1987-03-03', 'VIENNA, March 3', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
