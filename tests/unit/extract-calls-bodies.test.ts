// Calls: gatherings of an international body worded otherwise than "OPEC ministers will meet", found missed in session 12's
// blind study (seed 1201, ids 1-4499: 8 of 17 body calls found before) and checked over the corpus (counts in the commits).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: a body\'s conference is its meeting; a news conference, a body\'s office and a denied one are none', () => {
  it.each([
    ['King Fahd said Saudi Arabia was adhering to decisions made at OPEC\'s December conference which set a 15.8 mln bpd output ceiling.', '1987-03-11', 'RIYADH, March 11',
      ['meeting held 1986-12 Country:SA + Organization:opec']],
    ['Negotiators at a United Nations conference on natural rubber are making slow progress towards reaching an agreement, delegates said.', '1987-03-05', 'GENEVA, March 5',
      ['meeting unknown null Organization:un']],
    ['Hernandez Grisanti said Ecuador would submit the request at the next ministerial conference of the Organization of Petroleum Exporting Countries (OPEC) opening December 9 in Vienna.', '1987-06-30', 'CARACAS, June 30',
      ['meeting planned 1987-12-09 Country:EC + Organization:opec']],
    ['Lukman added no extraordinary OPEC conference was planned.', '1987-03-11', 'LAGOS, March 11', []],
    ['They said Nigeria, which holds the OPEC conference presidency, and Qatar have the biggest grievances.', '1987-06-20', 'LONDON, June 20', []],
    ['Opec Conference President Rilwanu Lukman said the group was producing well below the ceiling.', '1987-03-05', 'LAGOS, March 5', []],
    ['He told reporters at an energy conference in Jakarta that OPEC had decided to maintain its price level.', '1987-03-05', 'JAKARTA, March 5', []],
    ['At a news conference EC Farm Commissioner Frans Andriessen said the Commission is working on proposals.', '1987-03-05', 'BRUSSELS, March 5', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a body named right before "session" sits in it; a parliament\'s session is none', () => {
  it.each([
    ['Aside from the G-5 session today, the dollar was quiet.', '1987-04-07', 'WASHINGTON, April 7', ['meeting held 1987-04-07 Organization:g5']],
    ['Some consumers said support was gaining momentum towards the end of the ICO session.', '1987-03-02', 'LONDON, March 2', ['meeting held 1987-03-02 Organization:ico']],
    ['The Lower House plenary session ended without a vote.', '1987-03-02', 'TOKYO, March 2', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a gathering convened, sponsored or held under the auspices of a body is the body\'s', () => {
  it.each([
    ['The U.S. initiative was introduced last December at a meeting held here under the auspices of the United Nations Conference on Trade and Development (UNCTAD).', '1987-03-03', 'GENEVA, March 3',
      ['meeting held 1986-12 Country:US + Organization:unctad']],
    ['Nyang\'anyi told Reuters on his return from a World Bank sponsored donors\' conference in New York that the aid would buy spares.', '1987-03-05', 'DAR ES SALAAM, March 5',
      ['meeting held 1987-03-05 Organization:world-bank']],
    // (the GATT round as a whole is no gathering, "under the auspices of" or not)
    ['The topics will range from multilateral trade talks under the auspices of the General Agreement on Tariffs and Trade (GATT) to bilateral trade problems.', '1987-03-02', 'TOKYO, March 2', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a place between the noun and the body ("talks in Washington with", "meeting in Washington of")', () => {
  it.each([
    ['Poland\'s talks in Washington with the World Bank and the International Monetary Fund (IMF) were concrete, open and frank, a senior Polish banker said.', '1987-03-02', 'WARSAW, March 2',
      // (Poland itself since session 13: stateOwningCall)
      ['talks held 1987-03-02 Country:PL + Organization:imf + Organization:world-bank']],
    ['Sourrouille spoke at last week\'s spring meeting in Washington of the International Monetary Fund.', '1987-04-14', 'BUENOS AIRES, April 14',
      ['meeting held 1987-04 Leader:juan-sourrouille + Organization:imf']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: an acronym set off by commas after the body\'s name, and a call that failed was held', () => {
  it.each([
    ['Colombian finance minister Cesar Gaviria blamed an inflexible U.S. position for the failure of last week\'s International Coffee Organisation, ICO, talks on export quotas.', '1987-03-04', 'BOGOTA, March 4',
      ['talks held 1987-02 Country:US + Organization:ico']],
    ['Mexico has suspended coffee sales after the failure of the International Coffee Organisation (ICO) meeting to agree a quota system, the agency said.', '1987-03-05', 'MEXICO CITY, March 5',
      ['meeting held 1987-03-05 Country:MX + Organization:ico']],
    // (a breakdown still to come leaves the call planned; a list before a comma is no acronym)
    ['A breakdown of next week\'s talks with the IMF would hurt Brazil.', '1987-03-05', 'BRASILIA, March 5', ['talks planned 1987-03 Country:BR + Organization:imf']],
    ['France, Britain and the EC, talks on the issue are likely to continue.', '1987-03-05', 'LONDON, March 5', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
