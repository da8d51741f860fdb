// Calls (session 13, implicit): calls told without a call word (counts in the commit message and the extract README).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: a leader who tells or hands something to a leader of another state meets him', () => {
  it.each([
    // "told visiting …": the visit and the meeting
    ['Japanese officials said Trade Minister Hajime Tamura told visiting U.S. Trade Representative Clayton Yeutter that the government may buy supercomputers.', '1987-04-21', 'TOKYO, April 21',
      ['meeting held 1987-04-21 Leader:clayton-yeutter + Leader:hajime-tamura', 'visit held 1987-04-21 Country:JP + Leader:clayton-yeutter']],
    // "he" is the speaker; the day after the one told dates the meeting
    ['Lawson said he told Brazilian Finance Minister Dilson Funaro here in February that Britain would not intervene.', '1987-04-03', 'LONDON, April 3',
      ['meeting held 1987-02 Leader:dilson-funaro + Leader:nigel-lawson']],
    // handing something to him, ahead
    ['Prime Minister Yasuhiro Nakasone is widely expected to present a package of measures to President Reagan to help contain U.S. frustration.', '1987-04-02', 'TOKYO, April 2',
      ['meeting planned null Leader:ronald-reagan + Leader:yasuhiro-nakasone']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });

  it.each([
    // by letter: no meeting
    ['West German Chancellor Helmut Kohl told President Ronald Reagan in a letter that Bonn backed a superpower accord.', '1987-04-01', 'BONN, April 1'],
    // leaders of one state
    ['Christian Democrat Giulio Andreotti told President Francesco Cossiga he was unable to form a government.', '1987-04-09', 'ROME, April 9'],
    // a possessive is no one told
    ['Shultz told Reagan\'s aides that the plan was sound.', '1987-04-09', 'WASHINGTON, April 9'],
  ] as const)('no call: %s (%s, %s)', (text, pub, dateline) => {
    expect(callsOf(text, pub, dateline)).toEqual([]);
  });
});

describe('calls: a reception or dinner a leader gives for another is their meeting', () => {
  it('"speaking at a reception held for him by President …"', () => {
    expect(callsOf('West German President Richard von Weizsaecker, speaking at a reception held for him by President Raul Alfonsin, said creditors share responsibility.', '1987-03-17', 'BUENOS AIRES, March 17'))
      .toEqual(['meeting held 1987-03-17 Leader:raul-alfonsin + Leader:richard-von-weizsaecker']);
  });
});

describe('calls: one who accompanies a leader visits where he visits', () => {
  it('"… will accompany Nakasone": the companion\'s visit, same day and status', () => {
    expect(callsOf('Prime Minister Yasuhiro Nakasone will make an official visit to the United States from April 29. Foreign Minister Tadashi Kuranari will accompany Nakasone, ministry officials said.', '1987-03-27', 'TOKYO, March 27'))
      .toEqual(['visit planned 1987-04-29 Country:US + Leader:tadashi-kuranari', 'visit planned 1987-04-29 Country:US + Leader:yasuhiro-nakasone']);
  });
});
