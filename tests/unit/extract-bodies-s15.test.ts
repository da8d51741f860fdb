// Meetings of international bodies (session 15): bodies the gazetteer lacked, a body's gathering told through its people,
// a sitting held by the body the sentence opens with, a gathering in a trailing attribution's speaker phrase. Short invented
// sentences; corpus counts in the commit messages and ingest/extract/README.md.
import { describe, expect, it } from 'vitest';
import { callsOf, statementsOf } from './extract-helpers.ts';

describe('bodies: the international bodies added in session 15 meet and speak as themselves', () => {
  it('CIPEC: "its annual ministerial meeting in Zaire", "CIPEC sources said"', () => {
    const text = 'The copper exporters council CIPEC will hold its annual ministerial meeting in Zaire in late September, CIPEC sources said.';
    expect(callsOf(text, '1987-06-01', 'PARIS, June 1')).toEqual(['meeting planned 1987-09 Organization:cipec']);
    expect(statementsOf(text, '1987-06-01', 'PARIS, June 1')).toEqual(['Organization:cipec announcement']);
  });
  it('a World Food Council official speaks for the council, not for the dateline\'s state', () => {
    expect(statementsOf('Hunger is spreading in Africa, a World Food Council official said.', '1987-05-01', 'ROME, May 1'))
      .toEqual(['Organization:world-food-council characterization']);
  });
  it('"ITU" alone is no body in a story that does not name the union', () => {
    expect(statementsOf('The ITU index rose two pct, the exchange said.', '1987-05-01', 'LONDON, May 1')).toEqual([]);
  });
});

describe('bodies: a gathering of a body told through its people', () => {
  it.each([
    // the people in the noun's "of" phrase, the place first and a description before the body
    ['The plan was approved at a meeting in Moscow of senior officials of the Soviet-led trade bloc Comecon, the agency said.', '1987-03-30', 'BELGRADE, March 30',
      ['meeting held 1987-03-30 Organization:comecon']],
    ['A meeting of finance ministers and central bankers of the Group of Five ended after three hours.', '1987-04-08', 'WASHINGTON, April 8',
      ['meeting held 1987-04-08 Organization:g5']],
    // the people as the subject of "met", a description after the body
    ['Deputy finance ministers from the Group of 10 leading industrial nations met here today to review the debt crisis.', '1987-03-20', 'PARIS, March 20',
      ['meeting held 1987-03-20 Organization:g10']],
    // no body: the states meet, as before
    ['Officials of Peru and Chile met here today.', '1987-03-20', 'LIMA, March 20', ['meeting held 1987-03-20 Country:CL + Country:PE']],
  ] as const)('%s', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('bodies: a session or conference held by the body the sentence opens with', () => {
  it.each([
    ['EC foreign and trade ministers held an unusual joint session in Brussels today.', '1987-06-15', 'BONN, June 15', ['meeting held 1987-06-15 Organization:ec']],
    ['The International Telecommunications Union, which sets radio rules, agreed at the end of a four-week conference to free new frequencies.', '1987-10-19', 'GENEVA, Oct 19',
      ['meeting held 1987-10-19 Organization:itu']],
    // a parliament's session, a news conference: no international body holds them
    ['The Diet held a special session today to pass the budget.', '1987-04-08', 'TOKYO, April 8', []],
    ['OECD officials held a news conference in Paris today.', '1987-04-08', 'PARIS, April 8', []],
  ] as const)('%s', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('bodies: a gathering in the speaker phrase of a trailing attribution', () => {
  it.each([
    // the body's acronym in brackets before the noun; the states of the words told are no parties
    ['Locust swarms threaten crops in Sudan and Chad, a statement from a Food and Agriculture Organization (FAO) meeting here said.', '1987-03-02', 'ROME, March 2',
      ['meeting unknown null Organization:fao']],
    ['Prices must rise in Nigeria and Gabon, delegates at the OPEC meeting here said.', '1987-03-02', 'VIENNA, March 2', ['meeting unknown null Organization:opec']],
    // after the verb the gathering is the teller's: his state attends
    ['Hong Kong has kept its currency link, its financial secretary John Smith told the annual meeting of the Asian Development Bank here.', '1987-04-29', 'OSAKA, April 29',
      ['meeting held 1987-04-29 Country:HK + Organization:asian-development-bank']],
  ] as const)('%s', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
