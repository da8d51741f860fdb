import { describe, expect, it } from 'vitest';
import { leadersOf } from './extract-helpers.ts';

// Session 17 (nat): state officials whose state the words round their office or the story's dateline give.
describe('leaders: a central bank officer at home takes the dateline\'s state (homeBank)', () => {
  it.each([
    ['Central Bank President Javier Nogales told Reuters the talks with the Paris Club had been successful.', 'BO', ['javier-nogales|Central Bank President|official|Country:BO']],
    ['The forecast was made at a meeting attended by National Bank President Stefan Koren and two economists.', 'AT', ['stefan-koren|National Bank President|official|Country:AT']],
    ['Central bank governor Kamchorn Sathirakul told commercial banks they should cut lending rates.', 'TH', ['kamchorn-sathirakul|Central Bank Governor|official|Country:TH']],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });

  it.each([
    // another state in his sentence: none (as before)
    ['Central Bank President Jose Luis Machinea said Argentina could follow Brazil and suspend payments.', 'AR', ['jose-luis-machinea|Central Bank President|official|-']],
    // a story about another state than the dateline's: none
    ['Nigeria opened talks today. Central Bank Governor Abdulkadir Ahmed will lead the team.', 'GB', ['abdulkadir-ahmed|Central Bank Governor|official|-']],
    // a visit told in his sentence: none
    ['Central Bank Governor Jose Lopez arrived here today for two days of talks with bankers.', 'GB', ['jose-lopez|Central Bank Governor|official|-']],
    // no dateline: none
    ['Central Bank President Javier Nogales told Reuters the talks had been successful.', null, ['javier-nogales|Central Bank President|official|-']],
    // a company's bank (a name before "National Bank") is no central bank: none
    ['Profits rose, First National Bank president John Smith said.', 'US', ['john-smith|National Bank President|official|-']],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });
});

describe('leaders: a demonym or a possessive before the office words gives the state', () => {
  it.each([
    // a spokesperson after his state's government words (spokespersonState)
    ['Greece was replying to a statement by Turkish Foreign Ministry spokesman Yalim Eralp.', 'GR', ['yalim-eralp|Spokesman|spokesperson|Country:TR']],
    ['Loans are good business, senior Polish government spokesman Jerzy Urban told a news conference.', 'SE', ['jerzy-urban|Spokesman|spokesperson|Country:PL']],
    ['Israel\'s Foreign Ministry spokesman Ehud Gol said the talks would go on.', 'IL', ['ehud-gol|Spokesman|spokesperson|Country:IL']],
    // a demonym before a lower-case "minister" is his state, not his portfolio
    ['Farm ministers backed the scheme, Danish minister Laurits Tornaes told journalists.', 'LU', ['laurits-tornaes|Minister|minister|Country:DK']],
    ['The communique was issued after talks with Nigerian minister of mines and power Bunu Sheriff Musa.', 'NG', ['bunu-sheriff-musa|Minister of Mines and Power|minister|Country:NG']],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });

  it.each([
    // no state before the government words: none (as before)
    ['Prices rose. Foreign Ministry spokesman John Smith said the talks would go on in Paris.', 'GR', ['john-smith|Spokesman|spokesperson|-']],
    // a company's name before a spokesman stays a company's (no leader)
    ['Alcan Australia spokesman Bob Jones said the smelter would close.', 'AU', []],
    // a portfolio before "minister" stays the title
    ['Prices rose, energy minister Javier Espinosa said in Paris.', 'EC', ['javier-espinosa|Energy Minister|minister|-']],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });
});
