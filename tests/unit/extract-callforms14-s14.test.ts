// Calls (session 14, callforms14): "his"/"her" with modifiers before a call noun, a time ahead after the partners named with
// the call noun, and a stay told as going on before its visit noun (counts in ingest/extract/README.md).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: "his scheduled talks" is the speaker\'s call, as "his talks" is', () => {
  it.each([
    ['U.S. Secretary of State George Shultz said the Marines spy case had cast a "heavy shadow" over his scheduled talks in Moscow next week.', '1987-04-08', 'WASHINGTON, April 8',
      ['talks planned 1987-04 Country:SU + Leader:george-shultz']],
    ['U.S. Secretary of State George Shultz said he expected much from his new talks with Soviet Foreign Minister Eduard Shevardnadze next week.', '1987-04-08', 'WASHINGTON, April 8',
      ['talks planned 1987-04 Leader:eduard-shevardnadze + Leader:george-shultz']],
    // a leader named before it in the clause may own it: no one else joins
    ['The market was dismissive of Japanese Finance Minister Kiichi Miyazawa\'s upbeat appraisal of his hour-long conversation with U.S. Treasury Secretary James Baker this afternoon.', '1987-04-07', 'TOKYO, April 7',
      ['talks held 1987-04-07 Leader:james-baker + Leader:kiichi-miyazawa']],
    // a verb between them: no call noun of his
    ['U.S. Secretary of State George Shultz said his plan would call for cuts.', '1987-04-08', 'WASHINGTON, April 8', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a time ahead after the partners named with the call noun', () => {
  it.each([
    ['U.S. Secretary of State George Shultz said the spy case had cast a shadow over his talks with Shevardnadze next week.', '1987-04-08', 'WASHINGTON, April 8',
      ['talks planned 1987-04 Leader:eduard-shevardnadze + Leader:george-shultz']],
    // a time behind stays behind
    ['U.S. Secretary of State George Shultz said the spy case had cast a shadow over his talks with Shevardnadze last week.', '1987-04-08', 'WASHINGTON, April 8',
      ['talks held 1987-04 Leader:eduard-shevardnadze + Leader:george-shultz']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a stay told as going on before its visit noun is under way', () => {
  it.each([
    ['Iranian foreign minister Ali Akbar Velayati, here on a two-day official visit, informed Cuban officials on the situation in the gulf, diplomatic sources said.', '1987-10-19', 'HAVANA, Oct 19',
      ['visit held 1987-10-19 Country:CU + Leader:ali-akbar-velayati']],
    ['West German President Richard von Weizsaecker met Argentine President Raul Alfonsin for talks on the first day of the German leader\'s four-day visit.', '1987-03-09', 'BUENOS AIRES, March 9',
      ['meeting held 1987-03-09 Leader:raul-alfonsin + Leader:richard-von-weizsaecker', 'visit held 1987-03-09 Country:AR + Leader:richard-von-weizsaecker']],
    // a stay still to come is no stay under way
    ['Mexican oil minister Alfredo del Mazo should be in Lima on a visit soon.', '1987-04-05', 'LIMA, April 5',
      ['visit unknown null Country:PE + Leader:alfredo-del-mazo']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
