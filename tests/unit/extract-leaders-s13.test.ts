import { describe, expect, it } from 'vitest';
import { leadersOf, statementsOf } from './extract-helpers.ts';

describe('leaders: a surname after an office is the person of the story with that surname and role (titledSurnames, session 13)', () => {
  it.each([
    ['Agriculture Minister Mutsuki Kato has said Japan will act. But Agriculture Minister Kato has ruled out any emotional reaction.', 'JP',
      ['mutsuki-kato|Agriculture Minister|minister|Country:JP']],
    // (the office written later may differ, the role must not: "Senator Dole" is no Transportation Secretary)
    ['Senate Republican leader Robert Dole and Transportation Secretary Elizabeth Dole met. Senator Dole said no.', 'US',
      ['elizabeth-dole|Transportation Secretary|minister|Country:US', 'robert-dole|Senate Republican Leader|legislator|Organization:us-congress']],
    // (two of that surname and role: neither)
    ['Senator John Smithson and Rep. Paul Smithson met. Senator Smithson said no.', 'US',
      ['john-smithson|Senator|legislator|Organization:us-congress', 'paul-smithson|Representative|legislator|Organization:us-congress', 'smithson|Senator|legislator|Organization:us-congress']],
    // (no like role: a leader of his own)
    ['White House chief of staff Howard Baker spoke. Senator Baker said no.', 'US',
      ['howard-baker|Chief of Staff|official|Organization:white-house', 'baker|Senator|legislator|Organization:us-congress']],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });

  it('gives the person the statements made under the surname', () => {
    expect(statementsOf('Trade Minister Rachmat Saleh opened the meeting. Trade Minister Saleh said Indonesia should expand its rubber marketing.', '1987-04-08', 'JAKARTA, April 8'))
      .toEqual(['Leader:rachmat-saleh demand']);
  });
});

describe('leaders: two particles in a row inside a name, and no knighthood (nameAt, session 13)', () => {
  it.each([
    // (his committee makes him a legislator of the Congress since session 17, agencyChairman; the name is this test's point)
    ['House Agriculture Committee Chairman Kika de la Garza said the bill would pass.', ['kika-de-la-garza|House Agriculture Committee Chairman|legislator|Organization:us-congress']],
    ['Spanish junior finance minister Guillermo de la Dehesa said Spain was against the tax.', ['guillermo-de-la-dehesa|Junior Finance Minister|official|Country:ES']],
    // (a knighthood before the name is no part of it)
    ['The council session will be chaired by ICCO vice chairman Sir Denis Henry, the delegate from Grenada.', ['denis-henry|Vice Chairman|official|Organization:icco']],
  ])('%s', (text, expected) => {
    expect(leadersOf(text)).toEqual(expected);
  });
});

describe('leaders: an office in a body of government, set off by commas (agencyAppositions, session 13)', () => {
  it.each([
    // a state's agency told by its acronym
    ["Thomas Kay, administrator of USDA's Foreign Agricultural Service, told the subcommittee costs rose.", ['thomas-kay|Administrator of USDA|official|Country:US']],
    ['Brian Crowley, senior associate director of GAO, also said the plan would work.', ['brian-crowley|Senior Associate Director of GAO|official|Country:US']],
    // a body the gazetteer knows, of a state or of states, and its unit
    ["Karl Thomas, head of the Bundesbank's credit department, said investors had missed out.", ['karl-thomas|Head of Bundesbank|official|Organization:bundesbank']],
    ["John Shilling, director of the World Bank's Moroccan division, said Morocco would get loans.", ['john-shilling|Director of World Bank|official|Organization:world-bank']],
    // a state's bank of issue, the state after it
    ["Liu Hongru, deputy governor of the People's Bank of China, told a meeting.", ["liu-hongru|Deputy Governor of People's Bank of China|official|Country:CN"]],
    // a state's department, the state before it
    ["Donald Houston, administrator of the U.S. Agriculture Department's Food Safety and Inspection Service, defended the program.",
      ['donald-houston|Administrator of U.S. Agriculture Department|official|Country:US']],
    // ("then" is no part of the office)
    ['John Poindexter, then head of the National Security Council (NSC), kept him from probing.', ['john-poindexter|Head of National Security Council|official|Organization:us-national-security-council']],
    // not a company's
    ['Takashi Kiuchi, senior economist for the Long-Term Credit Bank of Japan Ltd, said rates would fall.', []],
    ['Daniel Yergin, director of Cambridge Energy Research Associates, said prices would rise.', []],
    // (nor when the apposition goes on past the body)
    ['Ted Truman, director of the International Finance Division at the Federal Reserve Board, said banks lent less.', []],
  ])('%s', (text, expected) => {
    expect(leadersOf(text)).toEqual(expected);
  });

  it('gives the official his statements', () => {
    expect(statementsOf("Leo Mayer, associate administrator of USDA's Foreign Agricultural Service, said 865 mln dlrs of the funds have been used.", '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Leader:leo-mayer announcement']);
  });
});

describe('leaders: offices newly read (session 13)', () => {
  it.each([
    // a state's office set off by commas after "the": the U.S. Trade Representative's deputy
    ['He will hold meetings with the Deputy U.S. Trade Representative, Michael Smith, and others.', null, ['michael-smith|Deputy Trade Representative|official|Country:US']],
    // a finance ministry's director of public credit or finance, of the dateline's state
    ['The debt will be paid on time, director of public credit Angel Gurria told reporters.', 'MX', ['angel-gurria|Director of Public Credit|official|Country:MX']],
    ['New credits will be sought, Director of Public Finance Jorge Marcano said.', 'VE', ['jorge-marcano|Director of Public Finance|official|Country:VE']],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });
});
