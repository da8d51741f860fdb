// Calls of international bodies (session 13, bodycalls): shapes checked on whole-corpus call dumps (counts in the commit messages).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: the speaker placed at a body\'s gathering takes part (speakerAtGathering)', () => {
  it.each([
    ['British Foreign Secretary Geoffrey Howe said at a meeting of EC foreign ministers that the tax was wrong.', '1987-03-24', 'LONDON, March 24',
      ['meeting held 1987-03-24 Leader:geoffrey-howe + Organization:ec']],
    ['British Foreign Secretary Geoffrey Howe told delegates at the EC meeting that the tax was wrong.', '1987-03-24', 'LONDON, March 24',
      ['meeting held 1987-03-24 Leader:geoffrey-howe + Organization:ec']],
    // a definite noun referring to the body's gathering told before: the speaker joins it
    ['The informal General Agreement on Tariffs and Trade (GATT) meeting gave ministers the chance to examine issues. Philippine Secretary of Trade and Industry Jose Concepcion said at the start of the Taupo meeting that the round was an act of faith.', '1987-03-24', 'TAUPO, March 24',
      ['meeting held 1987-03-24 Leader:jose-concepcion + Organization:gatt']],
    // not an audience of its own, nor a meeting looked ahead to (where the speaker, a member state's minister, takes part
    // all the same as one who tells of his body's gathering: memberSpeaker, session 14)
    ['British Foreign Secretary Geoffrey Howe told reporters the EC meeting would be brief.', '1987-03-24', 'LONDON, March 24',
      ['meeting planned null Leader:geoffrey-howe + Organization:ec']],
    ['Indonesian Oil Minister Subroto said at OPEC\'s next meeting in Vienna in June, members will face the choice of raising the ceiling.', '1987-04-06', 'JAKARTA, April 6',
      ['meeting planned 1987-06 Leader:subroto + Organization:opec']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: the state whose talks with bodies they are takes part (stateOwningCall)', () => {
  it.each([
    ['Poland\'s talks in Washington with the World Bank and the International Monetary Fund (IMF) were frank, a senior Polish banker said.', '1987-03-02', 'WARSAW, March 2',
      ['talks held 1987-03-02 Country:PL + Organization:imf + Organization:world-bank']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: "the bank\'s annual meeting" is the gathering of the body of that name told before (headPossessiveBody)', () => {
  it.each([
    ['The Asian Development Bank (ADB) will not change its decision. The bank\'s 20th annual meeting starts April 27 in Osaka.', '1987-04-21', 'MANILA, April 21',
      ['meeting planned 1987-04-27 Organization:asian-development-bank']],
    // a company's or a state's bank: no body of that name before
    ['The Bank of France held its annual meeting yesterday. The bank\'s annual meeting approved the accounts.', '1987-04-21', 'PARIS, April 21', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a gathering an agenda or preparations are for is ahead (FUTURE)', () => {
  it.each([
    // (the past tense of the clause would date it last Saturday)
    ['Senior officials of the Group of 77 finalised the agenda for the group\'s regional ministerial conference here Saturday.', '1987-03-09', 'DHAKA, March 9',
      ['meeting planned 1987-03-14 Organization:group-of-77']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
