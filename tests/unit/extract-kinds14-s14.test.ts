/**
 * Statement kinds read from the session 14 tuning batch: a clause negated of another state is no denial of the
 * speaker's, a danger pointed out warns, a matter under consideration or a return due is announced, and frustration
 * expressed or backing pledged take the kinds of their feelings.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

describe('a clause negated of another state judges it, one of the speaker\'s own side denies', () => {
  it.each([
    ['U.S. Trade Representative Clayton Yeutter said Tokyo had not shown willingness to open its markets to U.S. exports.', 'WASHINGTON, April 9',
      ['Leader:clayton-yeutter characterization']],
    ['U.S. Agriculture Secretary Richard Lyng said Japanese government officials do not seem to understand the situation in Congress.', 'WASHINGTON, April 9',
      ['Leader:richard-lyng characterization']],
    ['Japanese vice minister Makoto Kuroda said U.S. firms had not been aggressive enough in trying to sell in the Japanese market.', 'TOKYO, April 9',
      ['Leader:makoto-kuroda characterization']],
    // the speaker's own body, through its governor: a denial still
    ['Bank of Japan Governor Yasushi Mieno said the Bank of Japan is not considering a cut in its 2.5 pct discount rate.', 'TOKYO, April 9',
      ['Leader:yasushi-mieno denial']],
    ['Bank of England Governor Robin Leigh-Pemberton said the Bank of England does not favour the introduction of new rules.', 'LONDON, April 9',
      ['Leader:robin-leigh-pemberton denial']],
    // an own-side perfect negated is denied as before
    ['Iranian Oil Minister Gholamreza Aqazadeh said Iran had not mined the Gulf.', 'TEHRAN, April 9', ['Leader:gholamreza-aqazadeh denial']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});

describe('a danger pointed out warns', () => {
  it.each([
    ['West German Finance Minister Gerhard Stoltenberg said there was still a danger that the dollar could overshoot.', ['Leader:gerhard-stoltenberg warning']],
    ['West German Finance Minister Gerhard Stoltenberg said an overshooting now brings the danger of a new inflationary push.', ['Leader:gerhard-stoltenberg warning']],
    ['West German Finance Minister Gerhard Stoltenberg said prices were in danger of falling.', ['Leader:gerhard-stoltenberg warning']],
    // no danger told
    ['West German Finance Minister Gerhard Stoltenberg said there was no danger that the dollar could overshoot.', ['Leader:gerhard-stoltenberg characterization']],
  ] as const)('%s', (text, out) => {
    expect(statementsOf(text, '1987-04-09', 'BONN, April 9')).toEqual(out);
  });
});

describe('a matter under consideration, a return due: announced', () => {
  it.each([
    ['U.S. Commerce Secretary Malcolm Baldrige said the trade deficit issue was under discussion with those countries.', 'WASHINGTON, April 9',
      ['Leader:malcolm-baldrige announcement']],
    ['U.S. officials said the proposals are still under consideration by the working group.', 'WASHINGTON, April 9', ['Country:US announcement']],
    ['Brazilian officials said Funaro is due back in Brasilia next Wednesday.', 'PARIS, April 9', ['Country:BR announcement']],
    // what was discussed, told of without the copula, is no plan
    ['U.S. officials said the issues discussed included trade.', 'WASHINGTON, April 9', ['Country:US characterization']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});

describe('frustration expressed worries, backing pledged supports', () => {
  it.each([
    ['British Trade Minister Michael Howard said he also expressed frustration with the huge trade imbalance with Japan.', 'TOKYO, April 9',
      ['Leader:michael-howard concern']],
    ['U.S. officials said the United States had pledged political backing for President Hosni Mubarak\'s government.', 'CAIRO, April 9',
      ['Country:US support']],
    ['British Trade Minister Michael Howard said he was dissatisfied with the exchange\'s response to Britain\'s timetable.', 'TOKYO, April 9',
      ['Leader:michael-howard concern']],
    // expressed confidence judges
    ['British Trade Minister Michael Howard said he expressed confidence in the talks.', 'TOKYO, April 9', ['Leader:michael-howard characterization']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});
