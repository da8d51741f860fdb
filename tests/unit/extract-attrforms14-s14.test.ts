/**
 * Attribution shapes of batch 14 (attrforms14): an inverted attribution after a question closing a quote (""…?" asked
 * the U.S. official"), and a chamber of the U.S. Congress told bare as the speaker ("The Senate … called on Reagan").
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

describe('an inverted attribution after a question closing a quote', () => {
  it.each([
    ['"How would the bank use the rouble as a basis for expanding its capital?" asked the U.S. official, who declined to be identified.', 'MANILA, April 29',
      ['Country:US characterization']],
    ['"Who would buy grain at those prices?" asked Shultz.', 'WASHINGTON, April 29', ['Leader:george-shultz characterization']],
    // a question with no attribution after it stays no one's
    ['"Why should Japan pay for that?" The question was left open.', 'WASHINGTON, April 29', []],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-29', dateline)).toEqual(out);
  });
});

describe('a chamber of the U.S. Congress told bare speaks for the Congress', () => {
  it.each([
    ['The Senate last week unanimously called on Reagan to impose penalties on Japanese exports.', 'WASHINGTON, March 26',
      ['Organization:us-congress demand']],
    ['The Senate Budget Committee has called for a deficit of nearly 134 billion dlrs.', 'WASHINGTON, March 26',
      ['Organization:us-congress demand']],
    // another state's senate, told bare, is no one's (not the Congress, nor the dateline's state)
    ['The Senate last week unanimously called on Aquino to impose penalties on Japanese exports.', 'MANILA, March 26', []],
    // "the house" in lower case is a brokerage's
    ['The house said the dollar would fall.', 'WASHINGTON, March 26', []],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-03-26', dateline)).toEqual(out);
  });
});

describe('members of the U.S. Congress told bare speak for the Congress', () => {
  it.each([
    ['Several legislators said the tapes could prove invaluable to the committees.', 'WASHINGTON, March 2',
      ['Organization:us-congress characterization']],
    ['Two congressmen urged President Reagan to call congressional leaders to a summit.', 'WASHINGTON, March 2',
      ['Organization:us-congress demand']],
    ['The United States will likely impose sanctions soon on imports of Japanese microchips, senators said today after a meeting.', 'WASHINGTON, March 2',
      ['Organization:us-congress announcement']],
    // legislators of another state, told bare, are no one's
    ['The legislators said the bank lost about 3.8 billion dlrs.', 'CARACAS, March 2', []],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-03-02', dateline)).toEqual(out);
  });
});

describe('a vote to urge or condemn, and support for a call, are stances', () => {
  it.each([
    ['The Senate voted 93 to 0 to urge Reagan to impose penalties on Japanese high-technology products.', 'WASHINGTON, June 18',
      ['Organization:us-congress demand']],
    ['The House today supported a call for Japan to boost its defense spending.', 'WASHINGTON, June 18',
      ['Organization:us-congress support']],
    // a vote to seek comment is no stance
    ['The Senate voted to seek public comment on the plan.', 'WASHINGTON, June 18', []],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-06-18', dateline)).toEqual(out);
  });
});

describe('an unknown full name in an inverted attribution speaks for the government office of its aside', () => {
  it.each([
    ['"How can we buy if the United States does not offer us grain at competitive prices?" said Albert Melnikov, deputy trade representative of the Soviet Union to the United States.',
      'WASHINGTON, March 5', ['Country:SU characterization']],
    // a firm's spokeswoman speaks for no state
    ['"We are pleased with the result," said Debra Strohmaier, a ChemLawn spokeswoman.', 'WASHINGTON, March 5', []],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-03-05', dateline)).toEqual(out);
  });
});
