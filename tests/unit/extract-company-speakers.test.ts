/**
 * Unnamed staff of companies and exchanges under a state's dateline (session 12, issue 3: statements given to Britain in
 * LONDON stories were mostly a company's or a market's people): they speak for no state. A ministry's or a city's
 * official stays the state's.
 */
import { describe, expect, it } from 'vitest';
import { article } from './extract-helpers.ts';

/** The speakers of every statement of a short article ("Country:GB", "" for a statement nobody made), in text order. */
function speakers(text: string, dateline: string): string[] {
  const p = article(text, '1987-03-10', dateline);
  return p.nodes
    .filter((n) => n.label === 'Statement')
    .map((n) => p.rels.filter((r) => r.type === 'MADE' && r.to.key === n.key).map((r) => `${r.from.label}:${r.from.key}`).sort().join('+'));
}

describe("a company's or an exchange's unnamed staff speak for no state", () => {
  it('"a Nikko official said", "a Salomon official noted", "one Morgan official said"', () => {
    expect(speakers('The issue is collateralised for 140 to 150 pct by U.S. Government securities, a Nikko official said.', 'LONDON, March 5')).toEqual([]);
    expect(speakers('In explaining the pricing, a Salomon official noted that there has been very heavy demand for high-coupon issues.', 'LONDON, March 5')).toEqual([]);
    expect(speakers('"At least we have put a floor under the price of the notes," one Morgan official said.', 'LONDON, March 5')).toEqual([]);
  });
  it('"an official of Orion said", "An official for Pechiney said"', () => {
    expect(speakers('Orion Royal Bank has decided to withdraw from making markets in floating rate notes, an official of Orion said.', 'LONDON, March 17')).toEqual([]);
    expect(speakers('An official for Pechiney said an agreement of intent on packaging could be signed soon.', 'PARIS, March 17')).toEqual([]);
  });
  it('not "a spokesman for Fukushima police"', () => {
    expect(speakers('A spokesman for Fukushima police said they had not received any reports of damage.', 'TOKYO, April 7')).toEqual(['Country:JP']);
  });
  it('"a spokesman for the company said"', () => {
    expect(speakers('The Esso Italiana refineries at Augusta and Siracusa will not be closing this spring, a spokesman for the company said.', 'LONDON, March 5')).toEqual([]);
  });
  it('an exchange and its staff: "an LCE spokeswoman", "The Tokyo Stock Exchange said", "a CBT official"', () => {
    expect(speakers('The London Commodity Exchange (LCE) has put back the date of its move to end-May, an LCE spokeswoman said.', 'LONDON, March 5')).toEqual([]);
    expect(speakers('The Tokyo Stock Exchange said it will shorten the trading session for stocks by 30 minutes.', 'TOKYO, March 5')).toEqual([]);
    expect(speakers('"We are not anticipating any problems with approval," a CBT official said.', 'WASHINGTON, March 5')).toEqual([]);
  });
});

describe('officials of a state stay its own', () => {
  it('"a Ministry of Agriculture official", "a Treasury official", "a GAO official"', () => {
    expect(speakers('U.K. officials are studying the use of antibiotics in calf feeds, a Ministry of Agriculture official said.', 'LONDON, March 5')).toEqual(['Country:GB']);
    expect(speakers('The government will not change its borrowing target this year, a Treasury official said.', 'LONDON, March 5')).toEqual(['Country:GB']);
    expect(speakers('The agency has not audited the program since 1985, a GAO official said.', 'WASHINGTON, March 5')).toEqual(['Country:US']);
  });
  it('a city\'s official the article tells of as its government\'s ("the Shanghai official")', () => {
    const text = 'An agricultural official of the Shanghai government put grain output at 2.5 mln tonnes. "China is short of foreign exchange," the Shanghai official said.';
    expect(speakers(text, 'PEKING, March 5').at(-1)).toBe('Country:CN');
  });
  it('not the Securities and Exchange Commission', () => {
    expect(speakers('The rule will take effect next month, a Securities and Exchange Commission official said.', 'WASHINGTON, March 5')).toEqual(['Country:US']);
  });
});
