import { describe, expect, it } from 'vitest';
import { article, statementsOf } from './extract-helpers.ts';

/** The leader nodes of a short article (company officers left out, as index.ts does). */
function leaderKeys(text: string, dateline = 'TORONTO, March 11'): string[] {
  return article(text, '1987-03-11', dateline).nodes.filter((n) => n.label === 'Leader').map((n) => n.key).sort();
}

// Session 17 (lead): a spokesperson no state or body was found for, who speaks for a company, a union or a trade body
// (leaders.ts privateSpokesperson), is no leader, and his words are no one's.
describe('leaders: the spokesperson of a company, a union or a trade body (privateSpokesperson)', () => {
  it.each([
    // the office's words in lower case
    'The mine will close in June, company spokesman Bob Tanner said.',
    'Members voted to strike at the plant, union spokesman Allen Parks said.',
    'The bank sold the loans at book value, said bank spokesman James Roe.',
    'Dividends will be unchanged, management board spokesman Klaus Imhof said.',
    // an apposition naming a company or a trade body
    'Miriam Hale, a spokeswoman for Paradyne, said the charge was denied.\n\nParadyne Corp makes modems.',
    'Jeffrey Lane, spokesman for the Pharmaceutical Manufacturers Association, said the rules were adequate.',
    // no office words, in a story about a company
    'Inco Ltd <N> does not expect any impact.\n\n"We don\'t think investors buy our shares for that," spokesman Ken Fraser said.',
    // an acronym the story names as a company
    'AMC <AMO> will not build the new Jeep in Kenosha.\n\nAMC spokesman Lloyd Nash said the decision was final.',
  ])('%s', (text) => {
    expect(leaderKeys(text)).toEqual([]);
    expect(statementsOf(text, '1987-03-11', 'TORONTO, March 11')).toEqual([]);
  });

  it.each([
    // a body of government in the office's words, in any case
    ['Shares of the company fell.\n\nInterest will be paid yearly, ministry spokesman Luis Cunha said.', ['luis-cunha']],
    ['The company said it had no contact.\n\nCommerce chief spokesman B.J. Carter said the department had no contact with the company.', ['b-j-carter']],
    ['The company Norsk Hydro seeks rights.\n\nForeign Ministry spokesman Per Holm said the talks were useful.', ['per-holm']],
    // an acronym no company has in the story
    ['The company will file a complaint.\n\nFCC spokeswoman Mary Hess said the agency would study the proposal.', ['mary-hess']],
    // a body of government in the apposition
    ['The satellite company will launch today.\n\nThomas Pike, a spokesman for the National Oceanic and Atmospheric Administration, said the launch went well.', ['thomas-pike']],
    // no company in the story
    ['Wheat can survive the frost, spokesman Teresa Nowak told Reuters.', ['teresa-nowak']],
  ])('still a leader: %s', (text, keys) => {
    expect(leaderKeys(text, 'WARSAW, March 11')).toEqual(keys);
  });
});

// Session 17 (lead): the officer of an association, a federation, a union, an exchange or a company named in an
// apposition after him ("X, president of the Y Association,") is no state's (leaders.ts privateBodyApposed); and a
// secretary general is among the offices such bodies have (PRIVATE_OFFICE).
describe('leaders: an office of a body no state has, in an apposition (privateBodyApposed)', () => {
  it.each([
    'Kenneth Blaylock, President of the American Federation of Government Employees, said inspection had been degraded.',
    'Christian Roeher, Secretary-General of the European Chamber of Commerce, said the accord was important.',
    'The International Primary Market Association (IPMA) adopted the rules.\n\nChristopher Sibson, secretary general of IPMA, said they would help.',
    // … or by its initials, in its possessive
    "The International Primary Market Association's rules take effect in June.\n\nChristopher Sibson, secretary general of IPMA, said they would help.",
    'Jay Naidoo, general secretary of the Congress of South African Trade Unions (COSATU), urged support for the strikers.',
    // a secretary general before the name, of a union the story spells out
    'The National Union of Mineworkers (NUM) wants higher wages.\n\nNUM General Secretary Cyril Ramaphosa said the miners were angry.',
  ])('%s', (text) => {
    expect(leaderKeys(text, 'WASHINGTON, March 11')).toEqual([]);
    expect(statementsOf(text, '1987-03-11', 'WASHINGTON, March 11')).toEqual([]);
  });

  it.each([
    ['Jean-Claude Paye, Secretary-General of the OECD, said growth would slow.', ['jean-claude-paye']],
    ['John Shad, chairman of the Securities and Exchange Commission, SEC, said the period should be shorter.', ['john-shad']],
    ['Markus Lusser, vice-president of the Swiss National Bank, said he was sceptical of the accord.', ['markus-lusser']],
    ['Dan Rostenkowski, chairman of the House Ways and Means Committee, said a tax rise was needed.', ['dan-rostenkowski']],
    ['General Guven Ergenc, Secretary General of the Turkish General Staff, said the forces were on alert.', ['guven-ergenc']],
  ])('still a leader: %s', (text, keys) => {
    expect(leaderKeys(text, 'WASHINGTON, March 11')).toEqual(keys);
  });
});
