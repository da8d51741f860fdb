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
    // "Asked if he planned to visit …, <speaker> said": the one asked, not the leader told of before
    ['Nakasone hopes to meet President Reagan in late April. Asked if he planned to visit the U.S. in early April, Finance Minister Kiichi Miyazawa said he would decide carefully.', '1987-03-20', 'TOKYO, March 20',
      ['meeting planned 1987-04 Leader:ronald-reagan + Leader:yasuhiro-nakasone', 'visit planned 1987-04 Country:US + Leader:kiichi-miyazawa']],
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
    // "his visit here": a guest's, even when the story does not tell his state
    ['Paul Channon, secretary for trade and industry, said protectionism had grown since his visit here last year.', '1987-03-04', 'WASHINGTON, March 4',
      ['visit held 1986 Country:US + Leader:paul-channon']],
    // ("an IMF mission would visit here", told by the local governor: the mission visits, not he)
    ['Central Bank Governor Jose Fernandez said an IMF mission would visit here in July.', '1987-06-02', 'MANILA, June 2',
      ['visit planned 1987-07 Country:PH + Organization:imf']],
    // not one of the dateline's own leaders
    ['Prime Minister Margaret Thatcher is here today.', '1987-06-02', 'LONDON, June 2', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('visits: a place left for another, a tour "here", a return from "the <state>"', () => {
  it.each([
    // "left <place> for <place>": both visited (the one left only once he has left it)
    ['Treasury Secretary James Baker left West Germany for Sweden on Monday.', '1987-10-19', 'BONN, Oct 19',
      ['visit held 1987-10-19 Country:DE + Leader:james-baker', 'visit held 1987-10-19 Country:SE + Leader:james-baker']],
    ['Nigerian Finance Minister Chu Okongwu leaves Paris tomorrow for London.', '1987-03-27', 'PARIS, March 27',
      ['visit planned 1987-03-28 Country:GB + Leader:chu-okongwu']],
    // case-blind pattern: no place between the verb and "for"
    ['The Finance Minister Chu Okongwu said the bank was leaving its rate for special funds unchanged.', '1987-03-27', 'PARIS, March 27', []],
    ['Agriculture Secretary Richard Lyng insisted during the week-long tour here that beef was a priority.', '1987-04-28', 'TOKYO, April 28',
      ['visit held 1987-04-28 Country:JP + Leader:richard-lyng']],
    ['Prime Minister Margaret Thatcher gained in a poll published since her return from the Soviet Union.', '1987-04-03', 'LONDON, April 3',
      ['visit held 1987-04-03 Country:SU + Leader:margaret-thatcher']],
    // "on arriving here" told with a past verb before it: held
    ['U.S. Commerce Secretary Malcolm Baldrige spoke on Tuesday. He told reporters at the airport on arriving here for talks that sales would rise.', '1987-04-21', 'PEKING, April 21',
      ['visit held 1987-04-21 Country:CN + Leader:malcolm-baldrige']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('visits: a state\'s delegation named after "by", a day of a later visit', () => {
  it.each([
    ['The visit this week by a special Japanese envoy has done little to ease trade frictions.', '1987-04-24', 'WASHINGTON, April 24',
      ['visit unknown 1987-04 Country:JP + Country:US']],
    ['Government approval followed a visit to Cairo last week by a high ranking delegation from the Soviet Union.', '1987-10-19', 'NICOSIA, Oct 19',
      ['visit held 1987-10 Country:EG + Country:SU']],
    // the day of "the April 29-May 2 visit of X" is that visit's, not the stay told before it
    ['Japanese Foreign Minister Shintaro Abe was here last week paving the way for the April 29-May 2 visit of Prime Minister Yasuhiro Nakasone.', '1987-04-24', 'WASHINGTON, April 24',
      ['visit held 1987-04 Country:US + Leader:shintaro-abe', 'visit planned 1987-04-29 Country:US + Leader:yasuhiro-nakasone']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('visits: "a visiting <demonym> delegation" is that state\'s visit to the state of the one who meets it', () => {
  it.each([
    // not the one who tells the delegation something
    ['Iranian Parliament Speaker Ali Akbar Hashemi Rafsanjani told a visiting Nicaraguan delegation yesterday that war was near.', '1987-06-29', 'TEHRAN, June 29',
      ['visit held 1987-06-28 Country:IR + Country:NI']],
    // the state of the one who meets it hosts, whatever the dateline (an Iranian agency's report received in London)
    ['The agency said the accord was reached between Iranian Oil Minister Gholamreza Aqazadeh and a visiting Ghanaian delegation.', '1987-04-08', 'LONDON, April 8',
      ['visit held 1987-04-08 Country:GH + Country:IR']],
    // a named visitor stays as before
    ['Chinese leader Deng Xiaoping told visiting U.S. Secretary of State George Shultz the troubles were over.', '1987-03-02', 'PEKING, March 3',
      // (telling the visitor face to face is also their meeting: session 13, faceToFaceTelling)
      ['meeting held 1987-03-03 Leader:deng-xiaoping + Leader:george-shultz', 'visit held 1987-03-03 Country:CN + Leader:george-shultz']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('visits: an arrival for talks with a leader, "the arrival of X"', () => {
  it.each([
    // the talks' leader's state hosts; the talks are a second fact
    ['Officials said Prime Minister Yasuhiro Nakasone\'s main demand when he arrives for talks with Reagan on Wednesday would be the lifting of tariffs.', '1987-04-27', 'NEW YORK, April 27',
      ['talks planned 1987-04-29 Leader:ronald-reagan + Leader:yasuhiro-nakasone', 'visit planned 1987-04-29 Country:US + Leader:yasuhiro-nakasone']],
    // "the arrival of X" visits the dateline's state, ahead when told "before" it
    ['The policy change was announced two days before the scheduled arrival of U.S. Commerce Secretary Malcolm Baldrige for talks with Trade Minister Rha Woong-bae.', '1987-04-17', 'SEOUL, April 17',
      ['talks planned null Leader:malcolm-baldrige + Leader:rha-woong-bae', 'visit planned null Country:KR + Leader:malcolm-baldrige']],
    // no leader: no visit ("the arrival of the long rainy season")
    ['Kenyan farmers are anxiously awaiting the arrival of the long rainy season.', '1987-04-01', 'NAIROBI, April 1', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('visits: a return to one place from another, a body\'s commission, an arrival naming no place', () => {
  it.each([
    ['Iranian Oil Minister Gholamreza Aqazadeh said on his return to Tehran from Moscow that the protocol was signed.', '1987-10-19', 'NICOSIA, Oct 19',
      ['visit held 1987-10-19 Country:SU + Leader:gholamreza-aqazadeh']],
    // (case-blind pattern: "returned to growth from" names no place returned to)
    ['Finance Minister Nigel Lawson said exports returned to growth from Britain.', '1987-10-19', 'LONDON, Oct 19', []],
    ['He said the criticisms were in a report by an IMF commission which visited Yugoslavia last December.', '1987-03-23', 'BELGRADE, March 23',
      ['visit held 1986-12 Country:YU + Organization:imf']],
    ['Meanwhile, a World Bank mission arrived on Monday to analyse the economy.', '1987-10-19', 'BRASILIA, Oct 19',
      ['visit held 1987-10-19 Country:BR + Organization:world-bank']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('visits: "on his way to", and what was visited before a main clause not ahead', () => {
  it.each([
    // the states visited "after visiting" are held; the trip under way is the one the talks are for
    ['After visiting France and Italy, Brazilian Finance Minister Dilson Funaro is now on his way to Tokyo, where he is to arrive on Sunday for talks with Japanese officials.', '1987-03-06', 'BRASILIA, March 6',
      ['visit held 1987-03-06 Country:FR + Leader:dilson-funaro', 'visit held 1987-03-06 Country:IT + Leader:dilson-funaro', 'visit planned 1987-03-08 Country:JP + Leader:dilson-funaro']],
    // (a main clause ahead keeps it ahead)
    ['After visiting France, Brazilian Finance Minister Dilson Funaro will fly to Tokyo.', '1987-03-06', 'BRASILIA, March 6',
      ['visit planned null Country:FR + Leader:dilson-funaro', 'visit planned null Country:JP + Leader:dilson-funaro']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a body\'s or a state\'s team, mission or delegation due or expected here', () => {
  it.each([
    ['An IMF team is due here next week to review the economy.', '1987-04-06', 'JAKARTA, April 6',
      ['visit planned 1987-04 Country:ID + Organization:imf']],
    ['A World Bank mission is expected in Jakarta on April 20.', '1987-04-06', 'JAKARTA, April 6',
      ['visit planned 1987-04-20 Country:ID + Organization:world-bank']],
    ['Japanese officials will visit here next week.', '1987-04-06', 'JAKARTA, April 6',
      ['visit planned 1987-04 Country:ID + Country:JP']],
    // a state's own delegation at home visits nothing
    ['An Indonesian delegation is due here on Monday.', '1987-04-06', 'JAKARTA, April 6', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('visits: a stay "here" told in apposition or in a relative clause about the one talked with (session 10)', () => {
  it.each([
    // "<leader>, here for talks with …": no verb, the dateline's state hosts, under way
    ['Dutch Economics Minister Rudolf de Korte, here for talks with Commerce Department officials, said the quota was unfair.', '1987-05-12', 'WASHINGTON, May 12',
      ['visit held 1987-05-12 Country:US + Leader:rudolf-de-korte']],
    // not one of the dateline's own leaders
    ['Prime Minister Margaret Thatcher, here to open a new hospital wing, said the economy was sound.', '1987-05-12', 'LONDON, May 12', []],
    // "talks with <leader>, who arrived here …": his arrival is a visit besides the talks (its day is the arrival's, not the talks')
    ['Oil Minister Arturo Hernandez Grisanti held talks with Ecuador\'s Deputy Energy Minister Fernando Santos Alvite, who arrived here on Monday.', '1987-05-12', 'CARACAS, May 12',
      ['talks held 1987-05-12 Leader:arturo-hernandez-grisanti + Leader:fernando-santos-alvite', 'visit held 1987-05-11 Country:VE + Leader:fernando-santos-alvite']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('visits: "came to", "heads for", "toured", "a tour which includes", "visits there", a trip judged unlikely (session 12)', () => {
  it.each([
    // "came to <state>" as "went to": a leader right before travels
    ['EC Industrial Policy Director Heinrich von Moltke came to Japan last week.', '1987-03-31', 'TOKYO, March 31',
      ['visit held 1987-03 Country:JP + Leader:heinrich-von-moltke']],
    // … not "came to power", nor someone not a leader ("tourists came to Canada")
    ['Prime Minister Yasuhiro Nakasone came to power in 1982.', '1987-03-31', 'TOKYO, March 31', []],
    ['Tourists came to Canada in record numbers last year.', '1987-03-31', 'OTTAWA, March 31', []],
    // "heads for", "was heading for": as "leaves for"
    ['Prime Minister Margaret Thatcher heads for Paris next week.', '1987-04-10', 'LONDON, April 10',
      ['visit planned 1987-04 Country:FR + Leader:margaret-thatcher']],
    // "toured <state>"
    ['British Prime Minister Margaret Thatcher toured Japan last week.', '1987-04-10', 'TOKYO, April 10',
      ['visit held 1987-04 Country:JP + Leader:margaret-thatcher']],
    ['British Prime Minister Margaret Thatcher toured the factory last week.', '1987-04-10', 'TOKYO, April 10', []],
    // "visits there", "visits that country": the state named before in the sentence, by name or as "<demonym> Government"
    ['U.S. Agriculture Secretary Richard Lyng will ask the Japanese Government to remove all beef import restrictions when he visits there next month.', '1987-03-23', 'STILLWATER, Okla., March 23',
      ['visit planned 1987-04 Country:JP + Leader:richard-lyng']],
    ['Agriculture Secretary Richard Lyng said he will ask Japan to offer a share of its rice market when he visits that country next month.', '1987-03-09', 'WASHINGTON, March 9',
      ['visit planned 1987-04 Country:JP + Leader:richard-lyng']],
    // "a tour which includes A and B": one visit per state named, still to come; "a tour which included …": held
    ['West German President Richard von Weizsaecker arrived for a four-day visit, opening a Latin American tour which includes Bolivia and Guatemala.', '1987-03-16', 'BUENOS AIRES, March 16',
      ['visit held 1987-03-16 Country:AR + Leader:richard-von-weizsaecker', 'visit planned null Country:BO + Leader:richard-von-weizsaecker', 'visit planned null Country:GT + Leader:richard-von-weizsaecker']],
    ['Prime Minister Margaret Thatcher ended a tour which included Japan and China.', '1987-04-10', 'LONDON, April 10',
      ['visit held 1987-04-10 Country:CN + Leader:margaret-thatcher', 'visit held 1987-04-10 Country:JP + Leader:margaret-thatcher']],
    // a trip judged unlikely is none, as a negated one
    ['The source said Finance Secretary Jaime Ongpin is unlikely to come to the U.S. to press his case.', '1987-04-17', 'NEW YORK, April 17', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('visits (session 12): two travellers, a stay told in apposition or as "is visiting", a guest met "here", a visit ahead', () => {
  it.each([
    // two leaders joined by "and" as the travel verb's subject both visit: one visit with the host
    ['U.S. Trade Representative Clayton Yeutter and Agriculture Secretary Richard Lyng will visit Tokyo in April for discussions on farm trade.', '1987-03-04', 'WASHINGTON, March 4',
      ['visit planned 1987-04 Country:JP + Leader:clayton-yeutter + Leader:richard-lyng']],
    ['Finance Minister Dilson Funaro and Central Bank President Francisco Gros visited Washington last week.', '1987-04-09', 'BRASILIA, April 9',
      ['visit held 1987-04 Country:US + Leader:dilson-funaro + Leader:francisco-gros']],
    // … not one named before "and" as an object of the call word before ("met Kohl and Genscher will …")
    ['Reagan met Chancellor Helmut Kohl and Foreign Minister Hans-Dietrich Genscher will visit Moscow next week.', '1987-04-09', 'BONN, April 9',
      ['meeting held 1987-04-09 Leader:hans-dietrich-genscher + Leader:helmut-kohl + Leader:ronald-reagan', 'visit planned 1987-04 Country:SU + Leader:hans-dietrich-genscher']],
    // ", visiting <state>," after the visitor's name: a stay under way, though the main verb lies beyond the word's stretch
    ['Iranian foreign minister Ali Akbar Velayati, visiting the United Arab Emirates on the first leg of a Gulf tour, told reporters Iran had the means.', '1987-06-01', 'ABU DHABI, June 1',
      ['visit held 1987-06-01 Country:AE + Leader:ali-akbar-velayati']],
    // "is visiting France this week": now (the month of "this week" holds the story's day), not unknown
    ['Japanese Prime Minister Yasuhiro Nakasone is visiting France this week, officials said.', '1987-04-09', 'PARIS, April 9',
      ['visit held 1987-04 Country:FR + Leader:yasuhiro-nakasone']],
    // talks with a foreign leader "here": he visits the dateline's state too
    ['Reagan, who will hold talks with Japanese Prime Minister Yasuhiro Nakasone here this week, said he would lift tariffs.', '1987-04-27', 'WASHINGTON, April 27',
      ['talks planned 1987-04 Leader:ronald-reagan + Leader:yasuhiro-nakasone', 'visit planned 1987-04 Country:US + Leader:yasuhiro-nakasone']],
    // "a Washington visit later this month": ahead, though the sentence tells "said" and "resolved"
    ['Yeutter said he did not see any way the issue could be resolved during a Washington visit later this month by Japanese Prime Minister Yasuhiro Nakasone.', '1987-04-17', 'WASHINGTON, April 17',
      ['visit planned 1987-04 Country:US + Leader:yasuhiro-nakasone']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
