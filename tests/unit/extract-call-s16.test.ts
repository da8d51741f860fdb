import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

// Session 16: "this year", "next year" in a clause of its own date what that clause tells, not the call.
describe('calls: a bare year told with another clause', () => {
  it.each([
    // (reuters21578-16107, rewritten)
    ['China is negotiating with Pakistan to buy 5,000 tonnes of cotton this year, officials said.', '1987-04-13', 'PEKING, April 13', 'talks unknown null Country:CN + Country:PK'],
    ['Japan said it would hold talks with Canada that could lead to new fishing rights next year.', '1987-06-02', 'TOKYO, June 2', 'talks planned null Country:CA + Country:JP'],
  ])('%s', (text, pub, dateline, call) => {
    expect(callsOf(text, pub, dateline)).toEqual([call]);
  });

  it.each([
    ['China is holding talks with Pakistan this year on cotton, officials said.', '1987-04-13', 'PEKING, April 13', 'talks held 1987 Country:CN + Country:PK'],
    ['Japan said it would hold talks with Canada next year on fishing rights.', '1987-06-02', 'TOKYO, June 2', 'talks planned 1988 Country:CA + Country:JP'],
  ])('a year told with the call still dates it: %s', (text, pub, dateline, call) => {
    expect(callsOf(text, pub, dateline)).toEqual([call]);
  });
});

// Session 16: a call told as "recent" or "previous" was held before the story's day, which the dateline does not date.
describe('calls: a recent call takes no dateline day', () => {
  it.each([
    // (reuters21578-1889, rewritten)
    ['Coffee prices fell after the collapse of the recent International Coffee Organization meeting in London, traders said.', '1987-03-16', 'BOGOTA, March 16', 'meeting held null Organization:ico'],
    ['At the recent talks between France and Italy in Paris, both sides agreed to cut tariffs, officials said.', '1987-03-16', 'ROME, March 16', 'talks held null Country:FR + Country:IT'],
  ])('%s', (text, pub, dateline, call) => {
    expect(callsOf(text, pub, dateline)).toEqual([call]);
  });

  it.each([
    ['The International Coffee Organization meeting in London failed to agree on quotas, delegates said.', '1987-03-16', 'LONDON, March 16', 'meeting held 1987-03-16 Organization:ico'],
    ['France and Italy held talks in Paris, officials said.', '1987-03-16', 'ROME, March 16', 'talks held 1987-03-16 Country:FR + Country:IT'],
  ])('a held call told without "recent" still takes the dateline day: %s', (text, pub, dateline, call) => {
    expect(callsOf(text, pub, dateline)).toEqual([call]);
  });
});

// Session 16: a decision put off at a gathering is no postponed gathering.
describe('calls: a postpone word whose object is a decision', () => {
  it('"… meeting ahead of this week\'s IADB annual meetings, put off any decisions" (reuters21578-8077, rewritten)', () => {
    const text = 'The governors, meeting here ahead of this week\'s Inter-American Development Bank annual meetings, put off any decisions on the reforms.';
    expect(callsOf(text, '1987-03-22', 'MIAMI, March 22')).toEqual(['meeting planned 1987-03 Organization:inter-american-development-bank']);
  });
  it.each([
    ['The Inter-American Development Bank annual meeting was put off until June, officials said.', 'meeting postponed 1987-06 Organization:inter-american-development-bank'],
    ['The ministers postponed the OPEC meeting until June, officials said.', 'meeting postponed 1987-06 Organization:opec'],
  ])('a gathering put off is still postponed: %s', (text, call) => {
    expect(callsOf(text, '1987-03-22', 'MIAMI, March 22')).toEqual([call]);
  });
});
