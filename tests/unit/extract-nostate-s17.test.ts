import { describe, expect, it } from 'vitest';
import { leadersOf } from './extract-helpers.ts';

// Session 17 (nostate): state officials the extraction found with no state or body.
describe('leaders: a capitalised chairman of a body of government (agencyChairman)', () => {
  it.each([
    // a body the gazetteer does not know, named in full: its state, here the dateline's
    ['Shares fell. Securities and Exchange Commission Chairman John Shad said the SEC favors a shorter period.', 'US', ['john-shad|Securities and Exchange Commission Chairman|official|Country:US']],
    ['Newly-appointed Space Commission Chairman Udipi Rao said the rocket will be launched in April.', 'IN', ['udipi-rao|Space Commission Chairman|official|Country:IN']],
    // a U.S. agency's acronym, "Acting" before it
    ['Prices fell. Acting CFTC Chairman Kalo Hineman said the CFTC would watch the markets.', 'US', ['kalo-hineman|CFTC Chairman|official|Country:US']],
    ['The exchanges met here. FTC Chairman Daniel Oliver said the fee would cost consumers.', null, ['daniel-oliver|FTC Chairman|official|Country:US']],
    // a committee of the Congress: a legislator, in news from Washington or from a place that names no state
    ['Talks went on. Senate Armed Services Committee Chairman Sam Nunn said the odds were against it.', 'US', ['sam-nunn|Senate Armed Services Committee Chairman|legislator|Organization:us-congress']],
    ['U.S. House Ways and Means Committee Chairman Dan Rostenkowski said a tax increase would be needed.', null, ['dan-rostenkowski|House Ways and Means Committee Chairman|legislator|Organization:us-congress']],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });

  it.each([
    // a company's chairman, and a body the gazetteer knows, stay as they were
    ['Sales rose. Heineken Chairman Freddie Heineken said sales rose.', 'NL', ['freddie-heineken|Chairman|official|-']],
    ['Rates rose. Federal Reserve Board Chairman Alan Greenspan said rates would rise.', 'US', ['alan-greenspan|Chairman|official|Organization:federal-reserve']],
    // a party tag after the name is congressMembers' (Chairman no part of the name)
    ['Farm groups met Senate Agriculture Committee Chairman Patrick Leahy (D-Vt.) today.', 'US', ['patrick-leahy|Chairman|legislator|Organization:us-congress']],
    // a committee of the Congress told in another state's news keeps no body
    ['Tokyo markets fell. Senate Finance Committee Chairman Lloyd Bentsen said the bill would pass.', 'JP', ['lloyd-bentsen|Senate Finance Committee Chairman|legislator|-']],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });
});

describe('leaders: a government spokesperson in news from his state (governmentSpokesperson, datelineOffices)', () => {
  it.each([
    ['The settlement is a fair compromise, government spokesman Friedhelm Ost told reporters.', 'DE', ['friedhelm-ost|Spokesman|spokesperson|Country:DE']],
    ['Presidential spokesman Teodoro Benigno said the program would cost 44 billion pesos.', 'PH', ['teodoro-benigno|Spokesman|spokesperson|Country:PH']],
    ['Output will be cut from July 15, Oil Ministry spokesman Egil Helle told Reuters.', 'NO', ['egil-helle|Spokesman|spokesperson|Country:NO']],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });

  it.each([
    // another state named in his sentence: not the dateline's ("Turkish" before his ministry gives his own: session 17, nat)
    ['Turkish Foreign Ministry spokesman Yalim Eralp said Ankara would act.', 'GR', ['yalim-eralp|Spokesman|spokesperson|Country:TR']],
    ['Trade with South Africa fell, Foreign Ministry spokesman Per Paust told Reuters.', 'NO', ['per-paust|Spokesman|spokesperson|-']],
    // no government words before the office
    ['Output will rise, spokesman Stephen Calder said.', 'HK', ['stephen-calder|Spokesman|spokesperson|-']],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });
});
