// Calls of international bodies (session 14, bodycalls14): shapes checked on whole-corpus call dumps (counts in the commit messages).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: a member state\'s minister or head who tells of his body\'s gathering takes part in it (memberSpeaker)', () => {
  it.each([
    ['Asked if OPEC would increase production, Indonesian Energy Minister Subroto said this would be decided at the next OPEC meeting in June.', '1987-03-13', 'JAKARTA, March 13',
      ['meeting planned 1987-06 Leader:subroto + Organization:opec']],
    ['Saudi Oil Minister Hisham Nazer said OPEC ministers would meet in Vienna in June.', '1987-03-13', 'RIYADH, March 13',
      ['meeting planned 1987-06 Leader:hisham-nazer + Organization:opec']],
    ['U.K. Chancellor of the Exchequer Nigel Lawson said the meeting of six major industrial nations in Paris last month agreed not to publish any bands.', '1987-03-13', 'LONDON, March 13',
      ['meeting held 1987-02 Leader:nigel-lawson + Organization:g6']],
    // the leader of a state outside the body, and a member's legislator, spokesman or official, take no part
    ['U.S. Treasury Secretary James Baker said OPEC would meet in Vienna in June.', '1987-03-13', 'WASHINGTON, March 13',
      ['meeting planned 1987-06 Organization:opec']],
    ['White House spokesman Marlin Fitzwater said the Venice summit would open on June 8.', '1987-06-01', 'WASHINGTON, June 1',
      ['summit planned 1987-06-08 Organization:g7']],
    // a gathering of another rank than the speaker's, or a committee's
    ['President Reagan said the decisions made at this year\'s meetings of Group of Seven finance ministers in Paris cannot be ignored.', '1987-06-01', 'WASHINGTON, June 1',
      ['meeting held 1987 Organization:g7']],
    ['Indonesian Energy Minister Subroto said a meeting of the OPEC Differentials Committee had been postponed.', '1987-03-13', 'JAKARTA, March 13',
      ['meeting postponed null Organization:opec']],
    // a gathering of another portfolio's ministers, and one the speaker declined to attend
    ['British Foreign Secretary Geoffrey Howe said EC farm ministers would meet in Luxembourg on April 27.', '1987-04-21', 'LONDON, April 21',
      ['meeting planned 1987-04-27 Organization:ec']],
    ['U.K. Chancellor of the Exchequer Nigel Lawson said EC finance ministers would meet in Luxembourg on April 27.', '1987-04-21', 'LONDON, April 21',
      ['meeting planned 1987-04-27 Leader:nigel-lawson + Organization:ec']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: "the Tokyo summit" is the G-7\'s, as "the Venice summit" is (organizations.json)', () => {
  it.each([
    ['The meeting will verify an accord reached at the Tokyo summit last May to include Italy and Canada.', '1987-04-06', 'ROME, April 6',
      ['summit held 1986-05 Country:CA + Country:IT + Organization:g7']],
    ['At the Tokyo economic summit last year, western leaders identified agriculture as a major problem.', '1987-03-30', 'WASHINGTON, March 30',
      ['summit held 1986 Organization:g7']],
    // "agreed to at" is no agreement to meet: the summit is past
    ['Baker said the process of coordination agreed to at the Tokyo summit last May was working.', '1987-03-27', 'WASHINGTON, March 27',
      ['summit held 1986-05 Organization:g7']],
    // a meeting in Tokyo is no G-7 summit
    ['Japanese Prime Minister Yasuhiro Nakasone met Reagan in Tokyo last May.', '1987-03-27', 'TOKYO, March 27',
      ['meeting held 1986-05 Leader:ronald-reagan + Leader:yasuhiro-nakasone']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
