import { describe, expect, it } from 'vitest';
import { lowerAfterInitialisms, textCase, truecase } from '../../ingest/extract/casing.ts';
import { article } from './extract-helpers.ts';

// Shapes of the lower-cased wires of the corpus (reuters21578-137, -4573, -20909), rewritten.
const VELAYATI = 'Iranian foreign minister ali akbar velayati, here on a two-day official visit, informed cuban\n'
  + 'foreign ministry officials on monday on the tense situation in\nthe gulf, diplomatic sources said.\n'
  + '    They said the trip, to be followed from tuesday by\na visit to nicaragua, could be linked to a mediation in the iran-iraq war.\n'
  + '    Velayati could not be reached for comment on the attack which tehran vowed to avenge.';
const AZPURUA = 'venezuela is seeking a flexible attitude from its creditor banks in talks to reschedule its foreign debt, finance minister\n'
  + 'manuel azpurua told a press conference.\n    Azpurua said venezuela has shown solidarity with brazil in the talks, and\n'
  + 'asked about chile, azpurua said only that it was good news.';

describe('casing: which texts are restored', () => {
  it.each([
    [VELAYATI, 'lower'],
    [AZPURUA, 'lower'],
    ['Soviet Foreign Minister Eduard Shevardnadze met U.S. Secretary of State George Shultz in Geneva on Tuesday, and the two men said the talks on arms control in Europe had gone well.', 'mixed'],
    ['PRIME MINISTER EDWARD SEAGA LAST NIGHT PRESENTED A BUDGET OF 6.9 BILLION JAMAICA DLRS, THE LARGEST IN THE HISTORY OF THE COUNTRY, TO THE PARLIAMENT.', 'upper'],
    // too short to tell
    ['shr 12 cts vs 10 cts net 1.2 mln vs 1.0 mln', 'mixed'],
  ])('%s → %s', (text, kind) => {
    expect(textCase(text)).toBe(kind);
  });

  it('leaves an ordinary story untouched (the same string)', () => {
    const text = 'Japanese Prime Minister Yasuhiro Nakasone said today he would visit Washington next month.';
    expect(truecase(text)).toBe(text);
  });
});

describe('casing: restored capitals', () => {
  it('gazetteer phrases, hyphenated names, names after a title confirmed by a sentence start', () => {
    expect(truecase(VELAYATI)).toBe('Iranian foreign minister Ali Akbar Velayati, here on a two-day official visit, informed Cuban\n'
      + 'foreign ministry officials on monday on the tense situation in\nthe gulf, diplomatic sources said.\n'
      + '    They said the trip, to be followed from tuesday by\na visit to Nicaragua, could be linked to a mediation in the Iran-Iraq war.\n'
      + '    Velayati could not be reached for comment on the attack which Tehran vowed to avenge.');
    expect(truecase(AZPURUA)).toBe('Venezuela is seeking a flexible attitude from its creditor banks in talks to reschedule its foreign debt, finance minister\n'
      + 'Manuel Azpurua told a press conference.\n    Azpurua said Venezuela has shown solidarity with Brazil in the talks, and\n'
      + 'asked about Chile, Azpurua said only that it was good news.');
  });

  it('every other mention of a name found after a title, whole or by its surname', () => {
    const text = 'public finances director jorge marcano met the bankers in the capital on monday to discuss the accord.\n'
      + '    Marcano said the talks went well.\n    The bankers said that jorge marcano and the minister would sign soon, and marcano agreed.';
    expect(truecase(text)).toBe('Public finances director Jorge Marcano met the bankers in the capital on monday to discuss the accord.\n'
      + '    Marcano said the talks went well.\n    The bankers said that Jorge Marcano and the minister would sign soon, and Marcano agreed.');
  });

  it('a name after a title that the story never capitalizes stays as it is', () => {
    const text = 'the finance minister jorge marcano told reporters that the banks would sign the accord this week in new york, and that the terms were good for the country and its creditors.';
    expect(truecase(text)).toBe('The finance minister jorge marcano told reporters that the banks would sign the accord this week in New York, and that the terms were good for the country and its creditors.');
  });

  it('a text all in capitals: lower case, then the sentence starts and the gazetteer (a known leader)', () => {
    expect(truecase('NIGERIAN OIL MINISTER RILWANU LUKMAN SAID TODAY THE GOVERNMENT SUBSIDY ON DOMESTIC OIL PRODUCTS HAD RISEN. THE NAIRA HAS FALLEN.'))
      .toBe('Nigerian oil minister Rilwanu Lukman said today the government subsidy on domestic oil products had risen. The naira has fallen.');
  });

  it('common words that are also names keep their lower case ("fed cattle", "turkey prices")', () => {
    const text = 'the fed cattle trade was quiet and turkey prices were steady in the week, dealers said, with little news from the markets and the weather fair across the plains.';
    expect(truecase(text)).toBe(`T${text.slice(1)}`);
  });

  it('keeps every offset: same length, letter for letter', () => {
    const out = truecase(VELAYATI);
    expect(out.length).toBe(VELAYATI.length);
    expect(out.toLowerCase()).toBe(VELAYATI.toLowerCase());
  });
});

describe('casing: the wire\'s capital after "U.S." and "U.K."', () => {
  it('is made small where the word goes on with the sentence, and nowhere else', () => {
    expect(lowerAfterInitialisms('Taiwan and the U.S. Have been holding talks, U.S. Officials said. The U.K. Has no intention of it.'))
      .toBe('Taiwan and the U.S. have been holding talks, U.S. officials said. The U.K. has no intention of it.');
    // names and sentence starts keep their capital; so does a month before its day
    const kept = 'He met U.S. Treasury Secretary James Baker and the U.S. Agriculture Department. It sold them to the U.S. The deal ended on the U.S. May 5 deadline.';
    expect(lowerAfterInitialisms(kept)).toBe(kept);
  });

  it('is part of truecase for an ordinary story, offsets kept', () => {
    const text = 'Japanese Finance Minister Kiichi Miyazawa said the U.S. And Japan agreed on the yen.';
    const out = truecase(text);
    expect(out).toBe('Japanese Finance Minister Kiichi Miyazawa said the U.S. and Japan agreed on the yen.');
    expect(out.length).toBe(text.length);
  });

  it('lets the finders read what follows the initials: talks held by Taiwan and the U.S.', () => {
    const p = article('Taiwan and the U.S. Have been holding talks on the currency issue.', '1987-03-12');
    const calls = p.nodes.filter((n) => n.label === 'Call');
    expect(calls.map((c) => [c.props.kind, c.props.status])).toEqual([['talks', 'unknown']]);
    const parts = p.rels.filter((r) => r.type === 'PARTICIPATED_IN').map((r) => r.from.key).sort();
    expect(parts).toEqual(['TW', 'US']);
  });
});
