import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

// Session 17, party: parties that only tell of a call or are named beside it.
describe('calls: a state named in the call\'s purpose clause is its topic', () => {
  it.each([
    // (reuters21578-10452, rewritten)
    ['NATO ambassadors met in emergency session today to discuss tension between members Greece and Turkey over the Aegean.', '1987-03-27', 'BRUSSELS, March 27',
      'meeting held 1987-03-27 Organization:nato'],
    ['European Community trade experts will meet in Brussels tomorrow to discuss possible EC action against Japan, British Prime Minister Margaret Thatcher said.', '1987-04-09', 'LONDON, April 9',
      'meeting planned 1987-04-10 Organization:ec'],
    ['The IMF committee meeting, scheduled for April 9, is expected to review the resolution calling for newly industrialised countries, such as South Korea and Taiwan, to let their currencies rise.', '1987-04-03', 'TOKYO, April 3',
      'meeting planned 1987-04-09 Organization:imf'],
  ])('%s', (text, pub, dateline, call) => {
    expect(callsOf(text, pub, dateline)).toEqual([call]);
  });

  it.each([
    // the partner right after "with" stays
    ['EC foreign ministers will meet tomorrow to discuss trade with Japan, diplomats said.', '1987-04-09', 'BRUSSELS, April 9', 'meeting planned 1987-04-10 Country:JP + Organization:ec'],
    // a state before the purpose clause stays
    ['Japan will seek to strengthen the currency accord at the meeting of the Group of Seven tomorrow to review the Paris accord, officials said.', '1987-04-07', 'WASHINGTON, April 7', 'meeting planned 1987-04-08 Country:JP + Organization:g7'],
    // a minister telling of his body's ministers' meeting still takes part in it
    ['Asked about prices, Indonesian Oil Minister Subroto said this would be decided when OPEC oil ministers meet in June.', '1987-04-06', 'JAKARTA, April 6', 'meeting planned 1987-06 Leader:subroto + Organization:opec'],
  ])('left as it was: %s', (text, pub, dateline, call) => {
    expect(callsOf(text, pub, dateline)).toEqual([call]);
  });

  // a head of government telling of his body's gathering of experts or ambassadors does not join it (memberSpeaker)
  it('a gathering of experts is no prime minister\'s', () => {
    expect(callsOf('European Community trade experts will meet in Brussels tomorrow on the textile dispute, British Prime Minister Margaret Thatcher said.', '1987-04-09', 'LONDON, April 9'))
      .toEqual(['meeting planned 1987-04-10 Organization:ec']);
  });
});
