import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

// Session 17 (spk): people and bodies outside government named by what they are speak for no state (PRIVATE_PARTY).
describe('statements: lead managers, unions, journalists, businessmen, scientists, fund managers (PRIVATE_PARTY)', () => {
  it.each([
    ['Dow Chemical Co has launched a 200 mln Swiss franc bond priced at par, lead manager Union Bank of Switzerland said.', 'ZURICH, April 8'],
    ['The Council of Europe is issuing a 125 mln franc bond, lead manager Banque Internationale a Luxembourg SA said.', 'LUXEMBOURG, April 8'],
    ['A finance company issued bonds for 450 mln crowns, an official at joint lead manager Copenhagen Handelsbank said.', 'COPENHAGEN, April 8'],
    ['Australian trade unions said they have launched strikes to protest against the new laws.', 'SYDNEY, April 8'],
    ['Talks on working hours broke down without result, an official from the IG-Metall union said.', 'BONN, April 8'],
    ["The Canadian Auto Workers' Union said it accepted an economic offer in contract negotiations.", 'TORONTO, April 8'],
    ['The Zimbabwe Congress of Trade Unions said the freeze would worsen the plight of the lowest paid workers.', 'HARARE, April 8'],
    ['A Chinese journalist said the reformers had underestimated public resistance to price increases.', 'PEKING, April 8'],
    ['The yen could rise to 140 yen to the dollar, a leading Japanese businessman said.', 'TOKYO, April 8'],
    ['Japanese scientists say they have developed a material which can help detect the disease.', 'TOKYO, April 8'],
    ['Participation could be limited by a lack of experienced futures traders, Tokyo bond managers said.', 'TOKYO, April 8'],
  ])('%s', (text, dateline) => {
    expect(statementsOf(text, '1987-04-08', dateline)).toEqual([]);
  });
  it.each([
    // (those spoken to or of are no speakers)
    ['De Clercq, talking to journalists during the meeting, said, "There is a growing impatience within the Community."', 'BRUSSELS, April 8', ['Leader:willy-de-clercq characterization']],
    ['The United States, responding to the kidnapping of American journalist Charles Glass, today insisted it would not yield to blackmail.', 'WASHINGTON, April 8', ['Country:US announcement']],
    ['Yeutter told businessmen the trade bill should avoid provoking foreign retaliation.', 'WASHINGTON, April 8', ['Leader:clayton-yeutter demand']],
    // ("Soviet Union" is a state; scientists of the government are its own)
    ['The Soviet Union said it would cut its grain imports this year.', 'MOSCOW, April 8', ['Country:SU announcement']],
    ['Superconductors developed to date transmit only small currents, government scientists said.', 'TOKYO, April 8', ['Country:JP characterization']],
  ] as const)('a state or leader still speaks: %s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-08', dateline)).toEqual(out);
  });
});
