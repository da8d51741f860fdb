/**
 * Unnamed officials or sources given the dateline's state for want of any other (session 14): a state or body stating at
 * the opening of what they said is the speaker ("Japan has pledged …, officials said", "the IMF predicts …, monetary sources
 * said"); with "one of the diplomatic sources" (a diplomat of no state, precision14) the body stating in the quote speaks.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

describe('a state or body stating at the opening of what unnamed officials or sources said speaks', () => {
  it.each([
    ['Japan has pledged to try to increase its purchase of U.S. car parts, officials said.', 'WASHINGTON, Feb 26',
      ['Country:JP announcement']],
    ['Washington has been demanding a cut to seven pct, ministry sources said.', 'TOKYO, April 2', ['Country:US demand']],
    ['The International Monetary Fund predicts that the industrial world will grow 2.5 pct in 1987, monetary sources said.', 'WASHINGTON, March 31',
      ['Organization:imf characterization']],
    // "the sources" again: the same sources, still yielding to the body stating
    ['Sources said the talks went well. The sources said the IMF also predicts growth of around 2.5 pct in Japan.', 'WASHINGTON, March 31',
      ['Country:US characterization', 'Organization:imf characterization']],
    // not a state met further on in what was said: the officials' own state still speaks
    ['Officials said mounting trade friction between the U.S. and Japan has raised fears among Asian exporters.', 'HONG KONG, April 8',
      ['Country:HK concern']],
    // not officials named by their state: theirs is the word
    ['U.S. officials said Japan had agreed to buy more U.S. car parts.', 'WASHINGTON, Feb 26', ['Country:US agreement']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-03-31', dateline)).toEqual(out);
  });
});

describe('a body stating in the quote of "one of the diplomatic sources" speaks', () => {
  it.each([
    ['"The Paris Club is demanding repayment," one of the diplomatic sources said.', 'PARIS, March 31', ['Organization:paris-club demand']],
    ['"Talks are progressing slowly," one of the diplomatic sources said.', 'PARIS, March 31', []],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-03-31', dateline)).toEqual(out);
  });
});
