// Calls (session 13, callfix): a companion set off by commas, a call noun's bare participle, a day of the main clause and
// a call set against one told before in its sentence (counts in ingest/extract/README.md).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: a companion set off by commas goes along; the subject before the comma visits', () => {
  it.each([
    ['Brazilian Finance Minister Dilson Funaro, accompanied by Central Bank governor Francisco Gros, will visit Japan next week.', '1987-03-05', 'BRASILIA, March 5',
      ['visit planned 1987-03 Country:JP + Leader:dilson-funaro + Leader:francisco-gros']],
    ['Brazilian Finance Minister Dilson Funaro, with central bank president Francisco Gros at his side, will visit Japan next week.', '1987-03-05', 'BRASILIA, March 5',
      ['visit planned 1987-03 Country:JP + Leader:dilson-funaro + Leader:francisco-gros']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: "talks held by …" tells no time of its own', () => {
  it.each([
    // ahead of a meeting next week: the talks are still to come
    ['West German Finance Minister Gerhard Stoltenberg said he foresaw no problem about Italian participation in talks held by Group of Seven (G-7) Finance Ministers and central bankers ahead of the International Monetary Fund (IMF) meeting next week.', '1987-04-03', 'BONN, April 3',
      ['meeting planned 1987-04 Organization:imf', 'talks planned null Leader:gerhard-stoltenberg + Organization:g7']],
    // a time of its own still makes it held
    ['The meeting of OPEC ministers held in Geneva last month agreed on quotas.', '1987-03-30', 'VIENNA, March 30',
      ['meeting held 1987-02 Organization:opec']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a day between the main clause\'s subject and its verb dates that verb', () => {
  it.each([
    // "today" dates "ordered", not the trip in the phrase before the comma; the trip is the one told next month
    ['Prime Minister Yasuhiro Nakasone will visit Washington next month. Faced with the possibility that he might have to go to the U.S. Virtually empty-handed, Nakasone today ordered his ruling Liberal Democratic Party (LDP) to come up with its own measures.', '1987-03-27', 'TOKYO, March 27',
      ['visit planned 1987-04 Country:US + Leader:yasuhiro-nakasone']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a meeting "in parallel with" the meeting after it is another event', () => {
  it.each([
    ['A meeting of European Community (EC) farm ministers is unlikely to be held next week, an EC Commission spokesman said. The farm ministers could also meet in parallel with the meeting of EC heads of government in Brussels on June 29 and 30, diplomats noted.', '1987-06-19', 'BRUSSELS, June 19',
      ['meeting planned 1987-06-29 Organization:ec', 'meeting planned null Organization:ec']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
