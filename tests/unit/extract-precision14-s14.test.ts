/**
 * Speakers that are no state's (session 14, precision): sources named by the monetary field alone and "one of the
 * diplomatic sources"; a state's officials opening a sentence with no verb of saying are the "they" after it; a bank
 * told bare is the international bank named up to it, though another bank is named later in the story.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

describe('monetary sources and one of the diplomatic sources speak for no state', () => {
  it.each([
    // (the sources speak for no state; the IMF stating at the opening of what they said does, since bspeak14's present "predicts")
    ['The International Monetary Fund predicts that the industrial world will grow 2.5 pct in 1987, monetary sources said.', 'WASHINGTON, March 31',
      ['Organization:imf characterization']],
    ['Britain and France will make a strong plea today for debt relief for the poorest countries, European monetary sources said.', 'WASHINGTON, April 9', []],
    ['"The Paris Club is demanding repayment but Poland needs new credits," one of the diplomatic sources said. Poland is still continuing a dialogue with the Fund, the source said.', 'PARIS, March 31',
      ['Organization:paris-club demand']],
    // sources naming their state keep it
    ['The Bundesbank will not cut its discount rate, West German monetary sources said.', 'BONN, April 9', ['Country:DE announcement']],
    // unnamed officials with no field keep the dateline's state
    ['The United States will urge Japan to speed economic growth, officials said.', 'WASHINGTON, April 6', ['Country:US demand']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});

describe('a state\'s officials opening a sentence with no verb of saying are the "they" after it', () => {
  it.each([
    ['China is negotiating to buy cotton, Chinese consulate sources said. Pakistani officials estimate the crop at 7.6 mln bales. Last year\'s output totalled 7.2 mln bales, they said.', 'KARACHI, April 12',
      ['Country:CN announcement', 'Country:PK characterization']],
    // officials told with a verb of being are no subject of an act: "they" stays with the officials who spoke
    ['China is negotiating to buy cotton, Chinese consulate sources said. Pakistani officials were not available. Last year\'s output totalled 7.2 mln bales, they said.', 'KARACHI, April 12',
      ['Country:CN announcement', 'Country:CN characterization']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-13', dateline)).toEqual(out);
  });
});

describe('a bank told bare is the international bank named up to it', () => {
  it.each([
    ['The World Bank\'s policies prevent it from lending money for land transfers, a bank official said. The program was handled by the Land Bank of the Philippines.', 'MANILA, June 2',
      ['Organization:world-bank characterization']],
    // another bank named before the attribution: the bank is not told apart, the dateline's state keeps it
    ['The World Bank and the Land Bank of the Philippines will fund the program, a bank official said.', 'MANILA, June 2',
      ['Country:PH announcement']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-06-02', dateline)).toEqual(out);
  });
});

describe('the one met inside a stance subject\'s phrase does not speak', () => {
  it.each([
    ['Brazilian business leaders attending a weekend meeting with President Jose Sarney called on the government to seek help from the IMF.', []],
    ['But bankers who attended the meeting with Finance Minister Dilson Funaro said it was inconclusive.', []],
    // the leader opening the subject speaks
    ['President Jose Sarney called on the government to seek help from the IMF.', ['Leader:jose-sarney demand']],
  ] as const)('%s', (text, out) => {
    expect(statementsOf(text, '1987-03-23', 'BRASILIA, March 23')).toEqual(out);
  });
});

describe('a state\'s delegate is one of its officials, whom "the official said" goes on with', () => {
  it.each([
    ['Washington views with concern a plan to increase Japan\'s voting power at the Asian Development Bank, a U.S. Delegate at the bank\'s annual meeting said. "The ADB was set up in 1966 as a partnership between the U.S. And Japan," the official said.',
      ['Country:US announcement', 'Country:US announcement']],
    // with no delegate before, "the official" is the dateline's state's
    ['"The ADB was set up in 1966 as a partnership between the U.S. And Japan," the official said.', ['Country:JP announcement']],
  ] as const)('%s', (text, out) => {
    expect(statementsOf(text, '1987-04-29', 'OSAKA, Japan, April 29')).toEqual(out);
  });
});
