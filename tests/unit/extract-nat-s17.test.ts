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
