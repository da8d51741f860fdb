/**
 * Statements told by the act's own verb, with no "said" (session 13): a plan's author named in a participle set off by a
 * comma ("the idea, first proposed by …"), and a stance told in the perfect progressive ("has been insisting on …").
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

describe('a plan\'s author in a participle set off by a comma proposes it', () => {
  it.each([
    ['Chirac is expected to canvass support for the idea, first proposed by French Agriculture Minister Francois Guillaume, during his visit.', 'PARIS, April 1',
      ['Leader:francois-guillaume proposal']],
    ['The plan, proposed by the Community\'s executive Commission, aims to level most of the EC taxes.', 'BRUSSELS, April 1',
      ['Organization:ec proposal']],
    // a greeting is no proposal: "welcomed by" after a comma is left alone
    ['Gorbachev, welcomed by Chancellor Helmut Kohl at the airport, drove to the city.', 'BONN, April 1', []],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-01', dateline)).toEqual(out);
  });
});

describe('a stance verb in the perfect progressive', () => {
  it.each([
    ['Iraq has been insisting on a quota equal to its Gulf War enemy Iran.', 'VIENNA, June 27', ['Country:IQ demand']],
    ['The United States has been urging Japan to open its markets.', 'WASHINGTON, June 27', ['Country:US demand']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-06-27', dateline)).toEqual(out);
  });
});

describe('a playing down told by its own verb', () => {
  it.each([
    ['Japan played down those expectations.', 'TOKYO, March 24', ['Country:JP denial']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-03-24', dateline)).toEqual(out);
  });
});

describe('a subject listing states whose first ones a comma sets off', () => {
  it.each([
    ['Britain, Japan and Canada said Greece should exercise restraint.', ['Country:CA+Country:GB+Country:JP demand']],
    // a lead-in that is no actor's name stays out of the subject
    ['In Tokyo, Japan and Canada said Greece should exercise restraint.', ['Country:CA+Country:JP demand']],
  ] as const)('%s', (text, out) => {
    expect(statementsOf(text, '1987-03-28', 'ATHENS, March 28')).toEqual(out);
  });
});
