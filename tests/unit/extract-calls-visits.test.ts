// Visits (session 8): travel wordings missed on unseen news, each checked on random corpus stories outside the gold sets
// (counts in the commit messages). One visit per state visited: visitor + host, status, day or null.
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('visits: "visiting X" as the speaker, a visit named in the phrase opening the sentence', () => {
  it.each([
    // the one after "visiting" is the speaker, whom the attribution keeps out of the sentence's mentions
    ['Rice self-sufficiency is protectionism, visiting U.S. Agriculture Secretary Richard Lyng told a press conference.', '1987-04-21', 'TOKYO, April 21',
      ['visit held 1987-04-21 Country:JP + Leader:richard-lyng']],
    // "During a visit to X, <leader> …": the main clause's subject visits
    ['During a visit to Tokyo in April, U.K. Corporate Affairs Minister Michael Howard presented a timetable.', '1987-06-02', 'LONDON, June 2',
      ['visit held 1987-04 Country:JP + Leader:michael-howard']],
    ['During a visit to the U.S. Earlier this month, Economic Planning Minister Tetsuo Kondo was asked about a recession.', '1987-06-19', 'TOKYO, June 19',
      ['visit held 1987-06 Country:US + Leader:tetsuo-kondo']],
    // … and so is the speaker of a lead-in "During his visit to X, <speaker> said"
    ['During his visit to Tokyo, Corporate Affairs Minister Michael Howard said he would press for access.', '1987-04-03', 'LONDON, April 3',
      ['visit planned null Country:JP + Leader:michael-howard']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('visits: one who is or was "here" visits the dateline\'s state', () => {
  it.each([
    // a stay under way, whatever the guest does there
    ['World Bank President Barber Conable, who is here to meet government leaders, expressed confidence.', '1987-03-26', 'TOKYO, March 26',
      ['visit held 1987-03-26 Country:JP + Leader:barber-conable']],
    // not in a quotation: the quoted speaker's "here" is his own place, not the dateline's
    ['"It is more than was talked about when Prime Minister Yasuhiro Nakasone was here," Shultz said.', '1987-06-02', 'ROME, June 2', []],
    // not one of the dateline's own leaders
    ['Prime Minister Margaret Thatcher is here today.', '1987-06-02', 'LONDON, June 2', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
