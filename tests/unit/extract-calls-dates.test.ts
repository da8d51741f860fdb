// Calls and dates on short made-up sentences: the days of reported events, weekday pairs, visits on tours, rounds of talks.
import { describe, expect, it } from 'vitest';
import { eventDays, findDates, statementDay } from '../../ingest/extract/dates.ts';
import { datelineDay } from '../../ingest/extract/index.ts';
import { article, callsOf } from './extract-helpers.ts';

function daysOf(text: string, pub: string, dateline: string | null = null): string[] {
  return article(text, pub, dateline).nodes.filter((n) => n.label === 'Day').map((n) => n.key).sort();
}

describe('days of reported events beyond calls and statements', () => {
  it.each([
    // a date with its month, "yesterday", "tomorrow"
    ['Public hearings begin in Washington on April 13.', '1987-04-01', ['1987-04-13']],
    ['The plan was announced yesterday.', '1987-04-01', ['1987-03-31']],
    ['The measures will come into effect on July 1.', '1987-06-29', ['1987-07-01']],
    // "April 17 and 20": both days; "from April 16 to 27": the first only
    ['The minister will be here on April 17 and 20.', '1987-04-03', ['1987-04-17', '1987-04-20']],
    ['The minister will be here from April 16 to 27.', '1987-04-03', ['1987-04-16']],
    // a weekday pair: both days, snapped by "next" or by what is ahead
    ['Officials would hold technical talks next Monday and Tuesday.', '1987-04-01', ['1987-04-06', '1987-04-07']],
    ['Ceremonies are scheduled for Friday and Saturday.', '1987-06-02', ['1987-06-05', '1987-06-06']],
    // a weekday with its date: the date
    ['He is due back in Brasilia next Wednesday, March 11, the sources added.', '1987-03-05', ['1987-03-11']],
    // a bare month and day months ahead is this year's in a sentence telling what is ahead, else last year's
    ['After the June 8-10 conference, the minister will rest.', '1987-03-04', ['1987-06-08']],
    ['Prices peaked on November 19.', '1987-03-04', ['1986-11-19']],
    // no events: the end of a reporting period or a plan, a deadline, a term years ahead
    ['Arrivals for the week ended February 22 were high.', '1987-02-26', []],
    ['The mills will be built under a five-year plan ending June 30 1992.', '1987-03-15', []],
    ['The pact is working ahead of an April 1 deadline.', '1987-03-17', []],
    ['The loan is to be repaid by March 31, 1995.', '1987-03-17', []],
    // a dividend's payment and record dates
    ['It declared a dividend of 36.5 cts payable April 16 to shareholders of record April 1.', '1987-03-20', []],
    ['Pay April 30', '1987-03-20', []],
  ] as const)('%s (%s)', (text, pub, out) => {
    expect(eventDays(text, pub).map((d) => d.date)).toEqual(out);
  });
  it('are days the article MENTIONS, counting the sentences that name them; the publication day has PUBLISHED_ON', () => {
    const text = 'Public hearings begin in Washington on April 13. The April 13 hearings will be open. Prices fell today.';
    expect(daysOf(text, '1987-04-01', 'WASHINGTON, April 1')).toEqual(['1987-04-01', '1987-04-13']);
    const p = article(text, '1987-04-01', 'WASHINGTON, April 1');
    const mentioned = p.rels.filter((r) => r.type === 'MENTIONS' && r.to.label === 'Day').map((r) => [r.from.label, r.to.key, r.props['count']]);
    expect(mentioned).toEqual([['Article', '1987-04-13', 2]]);
    expect(p.rels.filter((r) => r.type === 'PUBLISHED_ON').map((r) => r.to.key)).toEqual(['1987-04-01']);
  });
});

describe('the day of a statement and of a call told after "said that"', () => {
  it('"said that on Thursday and Friday X would meet Y": the days date the meeting, not the telling', () => {
    const text = 'The spokesman said that on Thursday and Friday Smith would meet Kuroda.';
    expect(statementDay(text, '1987-04-01', { start: 'The spokesman said '.length, end: text.length })).toBe(null);
    const told = article('The spokesman, Gary Holmes, said that on Thursday and Friday Deputy U.S. Trade Representative Michael Smith would meet with MITI vice minister Makoto Kuroda.', '1987-04-01', 'WASHINGTON, April 1');
    expect(told.nodes.filter((n) => n.label === 'Statement').map((n) => n.props['date'])).toEqual(['1987-04-01']);
    expect(callsOf('The spokesman, Gary Holmes, said that on Thursday and Friday Deputy U.S. Trade Representative Michael Smith would meet with MITI vice minister Makoto Kuroda.', '1987-04-01', 'WASHINGTON, April 1'))
      .toEqual(['meeting planned 1987-04-02 Leader:makoto-kuroda + Leader:michael-smith']);
  });
});

describe('calls: tours, "has taken him to", "would go to", rounds of talks, days of other events', () => {
  it.each([
    // a trip to a list of states is one visit to each
    ['Brazilian Finance Minister Dilson Funaro will fly to Tokyo, after having completed a trip to the United States, France and West Germany.', '1987-03-05', null,
      ['visit held null Country:DE + Leader:dilson-funaro', 'visit held null Country:FR + Leader:dilson-funaro', 'visit held null Country:US + Leader:dilson-funaro', 'visit planned null Country:JP + Leader:dilson-funaro']],
    // (a region between the states is passed over)
    ['Brazilian Finance Minister Dilson Funaro said his recent trip to the U.S., Europe and Japan was useful.', '1987-03-13', null,
      ['visit held null Country:JP + Leader:dilson-funaro', 'visit held null Country:US + Leader:dilson-funaro']],
    // "has taken him to" capitals; "a tour that has taken X to": X travels; both told as done
    ['Brazilian Finance Minister Dilson Funaro said his trip, which has already taken him to London and Paris, was useful.', '1987-03-04', null,
      ['visit held null Country:FR + Leader:dilson-funaro', 'visit held null Country:GB + Leader:dilson-funaro']],
    ['U.S. Energy Secretary John Herrington rested. Morocco is the last stop of a tour that has taken Herrington to Iraq and Kuwait.', '1987-10-19', null,
      ['visit held null Country:IQ + Leader:john-herrington', 'visit held null Country:KW + Leader:john-herrington']],
    // "would go to Japan on Friday": a leader going somewhere visits it; money going somewhere does not
    ['Brazilian Finance Minister Dilson Funaro said he would go to Japan on Friday.', '1987-03-04', null, ['visit planned 1987-03-06 Country:JP + Leader:dilson-funaro']],
    ['Brazilian Finance Minister Dilson Funaro said the new loans would go to Mexico.', '1987-03-04', null, []],
    // the pattern is case-blind: "took exception to U.S. proposals", "takes action to honor", "go to the polls" are no visits
    ['British Trade Secretary Paul Channon took exception to U.S. proposals.', '1987-03-04', 'WASHINGTON, March 4', []],
    ['U.S. Trade Representative Clayton Yeutter said Japan takes action to honor its pact.', '1987-03-04', 'WASHINGTON, March 4', []],
    ['Japanese Prime Minister Yasuhiro Nakasone will go to the polls.', '1987-03-04', 'TOKYO, March 4', []],
    ['Dutch Agriculture Minister Aart de Zeeuw goes to Canada later this week.', '1987-04-01', null, ['visit planned 1987-04 Country:CA + Leader:aart-de-zeeuw']],
    // "A second round of talks is set for tomorrow": the next round between the parties of the latest talks
    ['Japanese Vice Minister Makoto Kuroda held talks with Deputy U.S. Trade Representative Michael Smith. A second round of talks is set for tomorrow.', '1987-04-09', 'WASHINGTON, April 9',
      ['talks held 1987-04-09 Leader:makoto-kuroda + Leader:michael-smith', 'talks planned 1987-04-10 Leader:makoto-kuroda + Leader:michael-smith']],
    // a day far after the call that dates another event ("tariffs set to go into effect on April 17") is not the call's
    ['Japanese Vice Minister Makoto Kuroda met Deputy U.S. Trade Representative Michael Smith in an effort to head off new tariffs on Japanese goods set to go into effect on April 17.', '1987-04-09', 'WASHINGTON, April 9',
      ['meeting held 1987-04-09 Leader:makoto-kuroda + Leader:michael-smith']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: departures, second visitors, "the visit" told again, a body\'s ministers, a state body\'s own meeting', () => {
  it.each([
    // "departure for Paris", "departs for Tokyo": a visit
    ['Brazilian Finance Minister Dilson Funaro spoke before his departure for Paris.', '1987-03-02', null, ['visit planned null Country:FR + Leader:dilson-funaro']],
    // a leader after "and" is a second visitor, not the one visited
    ['Japanese Prime Minister Yasuhiro Nakasone visited in 1983 and President Ronald Reagan in 1985.', '1987-03-22', 'TOKYO, March 22', []],
    // "meet X during the visit, his first to Britain": the visit told before, not a visit by X
    ['King Fahd of Saudi Arabia begins a state visit to Britain on Tuesday. The Saudi leader will meet President Ronald Reagan during the visit, his first to Britain.', '1987-03-22', 'LONDON, March 22',
      ['meeting planned null Leader:king-fahd + Leader:ronald-reagan', 'visit planned 1987-03-24 Country:GB + Leader:king-fahd']],
    // "European Community agriculture ministers will meet tomorrow": the body meets
    ['European Community agriculture ministers will meet tomorrow evening to agree a farm price package.', '1987-06-29', 'BRUSSELS, June 29', ['meeting planned 1987-06-30 Organization:ec']],
    // a state body's own meeting is no call; an international body's is
    ['Prime Minister Yasuhiro Nakasone intervened two days before a scheduled meeting of the Reagan administration\'s Economic Policy Council.', '1987-03-24', 'TOKYO, March 24', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: an administration as a party, talks in a capital, a leg of a tour', () => {
  it.each([
    // "talks with Reagan Administration officials": the leader's state
    ['British Trade Secretary Paul Channon spoke after two days of talks with Reagan Administration officials and members of Congress.', '1987-03-04', 'WASHINGTON, March 4',
      ['talks held 1987-03-03 Country:US + Leader:paul-channon']],
    // "his talks in Washington": with the state of the capital (not the leader's own)
    ['Brazilian Finance Minister Dilson Funaro said his talks in Washington were aimed at gaining official support.', '1987-03-02', null, ['talks held null Country:US + Leader:dilson-funaro']],
    ['Brazilian Finance Minister Dilson Funaro said his talks in Brasilia were useful.', '1987-03-02', null, []],
    // "met Y on the fourth leg of a tour to discuss debt": the subject's visit, under way, to the dateline's state
    ['Brazilian Finance Minister Dilson Funaro met French Finance Minister Edouard Balladur on the fourth leg of a tour to discuss debt.', '1987-03-04', 'PARIS, March 4',
      ['meeting held 1987-03-04 Leader:dilson-funaro + Leader:edouard-balladur', 'visit held 1987-03-04 Country:FR + Leader:dilson-funaro']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('years told relative to the story', () => {
  it.each([
    ['since his visit here last year', 'past', [['1986', 'year']]],
    ['at next year\'s summit', 'future', [['1988', 'year']]],
    ['will meet later this year', 'future', [['1987', 'year']]],
    // a finer date in the same words is kept beside it
    ['met in April last year', 'past', [['1986-04', 'month'], ['1986', 'year']]],
    ['will meet in February next year', 'future', [['1988-02', 'month'], ['1988', 'year']]],
  ] as const)('%s (%s)', (text, tense, out) => {
    expect(findDates(text, '1987-03-04', tense).map((d) => [d.date, d.precision])).toEqual(out);
  });
  it('a visit "last year" is not the held call of the story\'s day, and a finer day wins over the year', () => {
    expect(callsOf('British Trade Secretary Paul Channon said sentiment had grown since his visit here last year.', '1987-03-04', 'WASHINGTON, March 4'))
      .toEqual(['visit held 1986 Country:US + Leader:paul-channon']);
    expect(callsOf('British Trade Secretary Paul Channon, who met President Reagan on Monday, said trade had grown since last year.', '1987-03-04', 'WASHINGTON, March 4'))
      .toEqual(['meeting held 1987-03-02 Leader:paul-channon + Leader:ronald-reagan']);
  });
});

describe('calls: sessions of a body, consultations, tours', () => {
  it.each([
    // "a session of OPEC ministers": the body meets (even "at a session", unlike "at a meeting" of a committee)
    ['The agreement reached at a long session of OPEC ministers in December last year pegged output.', '1987-06-19', 'LAGOS, June 19', ['meeting held 1986-12 Organization:opec']],
    ['The session lasted two hours.', '1987-06-19', 'LAGOS, June 19', []],
    // consultations are talks
    ['Japan held consultations with the United States on Monday.', '1987-10-19', 'TOKYO, Oct 19', ['talks held 1987-10-19 Country:JP + Country:US']],
    // "a tour of Britain": a visit; "a tour of Asia" names no state, and is no visit to the dateline's
    ['Chinese Premier Zhao Ziyang will begin a tour of Britain on Monday.', '1987-06-19', 'PEKING, June 19', ['visit planned 1987-06-22 Country:GB + Leader:zhao-ziyang']],
    ['Soviet Foreign Minister Eduard Shevardnadze will make a tour of Asia.', '1987-06-19', 'PEKING, June 19', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: returns from a visit, "exchanged views with", "was received by"', () => {
  it.each([
    // one returns from a visit that took place (whatever the tense of the clause)
    ['Secretary of State George Shultz, who returned from Moscow yesterday, said talks went well.', '1987-04-15', 'WASHINGTON, April 15', ['visit held 1987-04-14 Country:SU + Leader:george-shultz']],
    ['Japanese Finance Minister Kiichi Miyazawa is expected to hold a press conference later today after returning from Washington.', '1987-04-10', 'TOKYO, April 10', ['visit held 1987-04-10 Country:US + Leader:kiichi-miyazawa']],
    // … not from his own country
    ['Japanese Prime Minister Yasuhiro Nakasone returned from Tokyo.', '1987-04-15', 'WASHINGTON, April 15', []],
    ['Soviet Foreign Minister Eduard Shevardnadze exchanged views with Secretary of State George Shultz on Monday.', '1987-04-15', 'WASHINGTON, April 15', ['talks held 1987-04-13 Leader:eduard-shevardnadze + Leader:george-shultz']],
    ['Secretary of State George Shultz was received by Soviet leader Mikhail Gorbachev on Tuesday.', '1987-04-15', 'MOSCOW, April 15', ['meeting held 1987-04-14 Leader:george-shultz + Leader:mikhail-gorbachev']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('relative dates of calls against the dateline\'s day', () => {
  it.each([
    // "earlier this week", "next week": no day; "next month": the month
    ['Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze earlier this week.', '1987-04-15', 'MOSCOW, April 15', ['meeting held 1987-04 Leader:eduard-shevardnadze + Leader:george-shultz']],
    ['Secretary of State George Shultz will meet Soviet Foreign Minister Eduard Shevardnadze next month.', '1987-04-15', 'MOSCOW, April 15', ['meeting planned 1987-05 Leader:eduard-shevardnadze + Leader:george-shultz']],
    // "April 13-16": the first day
    ['Secretary of State George Shultz will visit Moscow April 13-16.', '1987-04-01', 'WASHINGTON, April 1', ['visit planned 1987-04-13 Country:SU + Leader:george-shultz']],
    // a weekday told in the past is that week's, not after the dateline's day (a Sunday dateline on a Monday stamp)
    ['Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze on Friday.', '1987-04-13', 'MOSCOW, April 12', ['meeting held 1987-04-10 Leader:eduard-shevardnadze + Leader:george-shultz']],
    ['Secretary of State George Shultz will meet Soviet Foreign Minister Eduard Shevardnadze on Friday.', '1987-04-13', 'MOSCOW, April 12', ['meeting planned 1987-04-17 Leader:eduard-shevardnadze + Leader:george-shultz']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: "the visiting French leader" told by title', () => {
  it.each([
    // (not as the subject of a verb of saying: "The visiting French leader said/expressed concern …" is an attribution,
    // whose speaker calls.ts leaves out; the visit is then lost, as it was with "said" before session 8)
    ['President Reagan met Prime Minister Jacques Chirac. The visiting French leader toured a car plant.', '1987-03-31', 'WASHINGTON, March 31',
      ['meeting held 1987-03-31 Leader:jacques-chirac + Leader:ronald-reagan', 'visit held 1987-03-31 Country:US + Leader:jacques-chirac']],
    // no leader of that state told before: the state visits, as its unnamed officials do (session 8)
    ['President Reagan met Prime Minister Jacques Chirac. The visiting Japanese official toured a car plant.', '1987-03-31', 'WASHINGTON, March 31',
      ['meeting held 1987-03-31 Leader:jacques-chirac + Leader:ronald-reagan', 'visit held 1987-03-31 Country:JP + Country:US']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: negotiations told before "between" two bodies', () => {
  it.each([
    ['Negotiations have been under way between the European Community and the six-nation Gulf Cooperation Council for three years.', '1987-03-22', 'BRUSSELS, March 22',
      ['talks held 1987-03-22 Organization:ec + Organization:gcc']],
    ['Negotiations are continuing between Brazil and its creditor banks.', '1987-03-22', 'BRASILIA, March 22', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: one who is or was in another state\'s capital visits it', () => {
  it.each([
    // a stay under way, whatever the clause tells of next; a trip listing it again is the same visit
    // (no dateline's day to date the trip's visits: the stay in Rome today is still the one visit to Italy)
    ['Brazilian Finance Minister Dilson Funaro, who is in Rome today, will fly to Tokyo on Sunday, after having completed a trip to France and Italy.', '1987-03-05', null,
      ['visit held 1987-03-05 Country:IT + Leader:dilson-funaro', 'visit held null Country:FR + Leader:dilson-funaro', 'visit planned 1987-03-08 Country:JP + Leader:dilson-funaro']],
    ['Greek Industry Undersecretary George Petsos, who was in Moscow, will give details.', '1987-04-07', 'ATHENS, April 7', ['visit held 1987-04-07 Country:SU + Leader:george-petsos']],
    // not in one's own capital; "is due in" stays ahead
    ['Japanese Prime Minister Yasuhiro Nakasone is in Tokyo.', '1987-03-05', 'TOKYO, March 5', []],
    ['Israeli Prime Minister Yitzhak Shamir is due in Washington on Monday.', '1987-03-05', 'JERUSALEM, March 5', ['visit planned 1987-03-09 Country:US + Leader:yitzhak-shamir']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('the dateline\'s day', () => {
  it.each([
    ['MOSCOW, April 12', '1987-04-13', '1987-04-12'],
    // month names in capitals ("BRASILIA, MARCH 5": 127 stories of the corpus) and abbreviated
    ['BRASILIA, MARCH 5', '1987-03-05', '1987-03-05'],
    ['TOKYO, MAR 27', '1987-03-26', '1987-03-27'],
    // more than two days from the publication day, or no month: none
    ['LONDON, MARCH 20', '1987-03-05', null],
    ['APRIL 7', '1987-04-07', null],
  ] as const)('%s, published %s → %s', (dateline, pub, day) => {
    expect(datelineDay(dateline, pub)).toBe(day);
  });
  it('is the day "yesterday" is told from, in capitals too (a Sunday dateline on a Monday stamp)', () => {
    const text = 'Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze yesterday.';
    expect(callsOf(text, '1987-04-13', 'MOSCOW, APRIL 12')).toEqual(['meeting held 1987-04-11 Leader:eduard-shevardnadze + Leader:george-shultz']);
    expect(callsOf(text, '1987-04-13', null)).toEqual(['meeting held 1987-04-12 Leader:eduard-shevardnadze + Leader:george-shultz']);
  });
});

describe('a year told after a month and day', () => {
  it.each([
    // "last year", "next year", "this year" after the day set its year, whatever the clause's tense
    ['The protocol, signed on July 31 last year, would affect textile trade.', 'future', ['1986-07-31', '1986']],
    ['The quotas end after March 31, next year.', 'past', ['1988-03-31', '1988']],
    ['The rules apply from January 1 this year.', 'future', ['1987-01-01', '1987']],
  ] as const)('%s (%s)', (text, tense, out) => {
    expect(findDates(text, '1987-06-02', tense).map((d) => d.date)).toEqual(out);
  });
  it('is kept by the days of reported events in a sentence telling what is ahead', () => {
    expect(eventDays('The protocol, signed on July 31 last year, would affect textile trade.', '1987-06-02').map((d) => d.date)).toEqual(['1986-07-31']);
  });
});

describe('a weekday alone among the days of reported events', () => {
  it.each([
    // told in the past: a past verb before or right after it, a reporting verb, "last"
    ['Prices rose on Monday.', '1987-06-02', ['1987-06-01']],
    ['The government decided on Thursday to bring forward legislation.', '1987-04-05', ['1987-04-02']],
    ['Japan made no concessions ahead of the trip and Trade Secretary Paul Channon on Friday sought to dispel concern.', '1987-04-05', ['1987-04-03']],
    ['The spokesman said on Friday that talks would resume.', '1987-04-13', ['1987-04-10']],
    ['Trading in the shares, suspended on Wednesday, will be resumed on Monday.', '1987-03-27', ['1987-03-25', '1987-03-30']],
    ['Last Friday Reagan said Nakasone had been most helpful.', '1987-04-13', ['1987-04-10']],
    // ahead: words of what is ahead before it in its clause, a future verb right after it, present-tense travel
    ['He saw nothing that would make the president back away from his plan to issue a proclamation on Friday.', '1987-04-13', ['1987-04-17']],
    ['NYNEX will file its comments with the U.S. District Court on Friday, he said.', '1987-03-11', ['1987-03-13']],
    ['The board Monday will discuss the sale.', '1987-03-20', ['1987-03-23']],
    ['On Thursday, the ministers will meet in Paris.', '1987-04-13', ['1987-04-16']],
    ['A forecast due to be published on Monday shows slower growth.', '1987-03-05', ['1987-03-09']],
    ['Flooding is expected to continue through Wednesday.', '1987-03-24', ['1987-03-25']],
    ['Nakasone, beleaguered at home, sets out Wednesday on a mission to Washington.', '1987-04-27', ['1987-04-29']],
    ['The envoy\'s trip, to be followed from Tuesday by a visit to Nicaragua, was announced.', '1987-10-19', ['1987-10-20']],
    // no day of the week: a named day, a newspaper's title; a weekday with its date gives the date only
    ['Markets have not recovered since Black Monday.', '1987-10-27', []],
    ['A poll in yesterday\'s Sunday Times gave the Conservatives 41 pct.', '1987-04-06', ['1987-04-05']],
    ['The committee will meet here Monday, April 13.', '1987-04-01', ['1987-04-13']],
  ] as const)('%s (%s)', (text, pub, out) => {
    expect(eventDays(text, pub).map((d) => d.date)).toEqual(out);
  });
});

describe('calls: meeting a goal is no meeting', () => {
  it.each([
    // goals, needs, demands after up to three words of any kind
    ['Venezuela has agreed to lend Ecuador five mln barrels of crude to help meet its domestic consumption needs.', []],
    ['The Japanese plan will not meet those profitability goals, U.S. officials said.', []],
    // a preposition ends the object: the one met is named before it
    ['Japanese Prime Minister Yasuhiro Nakasone will meet President Reagan on trade targets.', ['meeting planned null Leader:ronald-reagan + Leader:yasuhiro-nakasone']],
  ] as const)('%s', (text, out) => {
    expect(callsOf(text, '1987-03-11', 'CARACAS, March 11')).toEqual(out);
  });
});

describe('a number after a month, day and comma is no year', () => {
  it.each([
    // chrono would read "31, 10" as the year 2010 or join "10 months after"; news writes years in full
    ['China signed the protocol on May 31, 10 months after it was signed by other nations.', '1987-06-02', ['1987-05-31']],
    ['As of March 19, 50 banks had failed.', '1987-04-10', ['1987-03-19']],
    ['The accord was signed on March 3, 1987.', '1988-01-10', ['1987-03-03']],
  ] as const)('%s (%s)', (text, pub, out) => {
    expect(findDates(text, pub, 'past').filter((d) => d.precision === 'day').map((d) => d.date)).toEqual(out);
  });
});

describe('the day of a statement: a weekday its own words put ahead dates no telling', () => {
  it.each([
    ['"I expect the meeting to be short," Lukman told reporters here ahead of his departure on Sunday for the conference.', '1987-06-19', null],
    ['Reagan, who leaves on Friday for Venice, said the summit would be useful.', '1987-06-01', null],
    // a day of the telling stays: "said on Friday", "On Sunday, the Kremlin said it will …"
    ['The spokesman said on Friday that talks would resume.', '1987-04-13', '1987-04-10'],
    ['On Sunday, the Kremlin said it will not comment.', '1987-04-13', '1987-04-12'],
  ] as const)('%s (%s)', (text, pub, out) => {
    const said = /\b(?:told reporters here|said)\b/.exec(text)!;
    const content = text.startsWith('"') ? { start: 0, end: said.index } : { start: said.index + said[0].length, end: text.length };
    expect(statementDay(text, pub, content)).toBe(out);
  });
});

describe('a weekday alone: clause breaks and what was said', () => {
  it.each([
    // a comma inside a number is no clause break
    ['A Soviet ship will load 25,000 tonnes at the port of Punta Morales Monday, Alfaro said.', '1987-03-19', ['1987-03-23']],
    // a future verb after a reporting verb is in what was said: the weekday dates the telling
    ['On Monday, GenCorp announced it will buy up to 54 pct of its own shares.', '1987-04-09', ['1987-04-06']],
  ] as const)('%s (%s)', (text, pub, out) => {
    expect(eventDays(text, pub).map((d) => d.date)).toEqual(out);
  });
});

describe('calls: states the talks are about are no parties', () => {
  it.each([
    // "the problems of Afghanistan and Kampuchea" (plural, and a second name after "and")
    ['Moscow has agreed to discuss the problems of Afghanistan and Kampuchea in its talks with Peking, Chinese Vice-Foreign Minister Qian Qichen said.', ['talks planned null Country:CN + Country:SU']],
  ] as const)('%s', (text, out) => {
    expect(callsOf(text, '1987-04-03', 'PEKING, April 3')).toEqual(out);
  });
});

describe('calls: a leader who is the subject of a clause of his own takes no part', () => {
  it.each([
    ['U.S. and Japanese officials meet tomorrow to try to cut short the penalty tariffs President Reagan has ordered imposed on Japanese exports.', 'WASHINGTON, April 5',
      ['meeting planned 1987-04-06 Country:JP + Country:US']],
    // after a comma he tells of the call he attended
    ['During a meeting of European Community (EC) ministers, British Foreign Secretary Sir Geoffrey Howe was asked about Iran.', 'LUXEMBOURG, April 5',
      ['meeting held 1987-04-05 Leader:geoffrey-howe + Organization:ec']],
  ] as const)('%s', (text, dateline, out) => {
    expect(callsOf(text, '1987-04-05', dateline)).toEqual(out);
  });
});

describe('calls: a capital standing for its government', () => {
  it.each([
    // a partner after "with"
    ['Taiwan\'s position in talks with Washington over export quotas weakened, Wang said.', 'TAIPEI, March 2', ['talks held null Country:TW + Country:US']],
    // a subject with its verb before the call
    ['After years of refusal, Moscow has agreed to discuss the problems of Afghanistan and Kampuchea in its talks with Peking, Chinese Vice-Foreign Minister Qian Qichen said.', 'PEKING, April 3',
      ['talks planned null Country:CN + Country:SU']],
    // where the call takes place is no party
    ['Japanese Prime Minister Yasuhiro Nakasone held talks in Washington.', 'TOKYO, April 3', []],
  ] as const)('%s', (text, dateline, out) => {
    expect(callsOf(text, '1987-04-03', dateline)).toEqual(out);
  });
});

describe('calls: a call asked for is planned', () => {
  it.each([
    ['The United States asked for consultations with Tokyo on the issue.', 'GENEVA, June 18', ['talks planned null Country:JP + Country:US']],
    ['Japan would seek new talks with Washington to resolve the issue.', 'WASHINGTON, June 18', ['talks planned null Country:JP + Country:US']],
  ] as const)('%s', (text, dateline, out) => {
    expect(callsOf(text, '1987-06-18', dateline)).toEqual(out);
  });
});

describe('the day of a statement: no day of what lies ahead of the telling, no end of a period', () => {
  it.each([
    ['EC sources warned that it may be difficult to agree ahead of an EC heads of government meeting in Copenhagen on December 6.', '1987-10-20', { start: 'EC sources warned that '.length }, null],
    ['France\'s major farm union criticised the ministers for failing to agree before the start of the crop year on April 1.', '1987-04-02', null, null],
    ['Commenting on the two-week statement period that ended on April 8, the Fed said banks had free reserves.', '1987-04-09', { start: 'Commenting on the two-week statement period that ended on April 8, the Fed said '.length }, null],
  ] as const)('%s (%s)', (text, pub, from, out) => {
    expect(statementDay(text, pub, from ? { start: from.start, end: text.length } : null)).toBe(out);
  });
  it('an event day after "the period that ended" is none either', () => {
    expect(eventDays('Commenting on the two-week statement period that ended on April 8, the Fed said banks had free reserves.', '1987-04-09')).toEqual([]);
  });
});

describe('the end of a statement period named before "period" is no day of an event or a telling', () => {
  const text = 'The Fed said borrowings averaged 191 mln dlrs, up from 381 mln dlrs in the February 25 statement period.';
  it('is no event day', () => {
    expect(eventDays(text, '1987-03-12')).toEqual([]);
  });
  it('dates no statement', () => {
    expect(statementDay(text, '1987-03-12', { start: 'The Fed said '.length, end: text.length })).toBe(null);
  });
});

describe('calls: an arrival "here" or "will arrive in" for talks is a visit to the place\'s country', () => {
  it.each([
    // "here": the dateline's country
    ['Peruvian Energy Minister Carlos Rojas arrived here last night for talks on oil credits, officials said.', '1987-03-11', 'CARACAS, March 11',
      ['visit held 1987-03-10 Country:VE + Leader:carlos-rojas']],
    ['Peruvian Energy Minister Carlos Rojas will arrive in Madrid on Monday for talks on debt.', '1987-03-11', 'LIMA, March 11',
      ['visit planned 1987-03-16 Country:ES + Leader:carlos-rojas']],
    // "arrive in London Monday to attend the talks": talks of others held there, no party
    ['Ivorian Agriculture Minister Denis Kanon will arrive in London Monday to attend the talks.', '1987-03-19', 'LONDON, March 19', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a departure told with its time ("next week", "early tomorrow morning", "at the weekend") or for "the <state>"', () => {
  it.each([
    // the weekend before a Monday story: June 27-28, kept as their month
    ['Argentine Economy Minister Juan Sourrouille left at the weekend for the United States.', '1987-06-29', 'BUENOS AIRES, June 29',
      ['visit held 1987-06 Country:US + Leader:juan-sourrouille']],
    ['Prime Minister Yasuhiro Nakasone leaves next week for Washington.', '1987-04-03', 'TOKYO, April 3', ['visit planned 1987-04 Country:US + Leader:yasuhiro-nakasone']],
    // "last weekend" told on Thursday: April 4-5, kept as their month, not the story's day
    ['Japanese and U.S. officials met last weekend in Washington to discuss the chip dispute.', '1987-04-09', 'TOKYO, April 9', ['meeting held 1987-04 Country:JP + Country:US']],
    ['Brazilian Finance Minister Dilson Funaro will leave early tomorrow morning for Rome.', '1987-03-03', 'BONN, March 3', ['visit planned 1987-03-04 Country:IT + Leader:dilson-funaro']],
    // "left for the" with no state after it is no departure
    ['Bank of Japan governor Satoshi Sumita said there is little room left for the central bank to ease policy.', '1987-03-11', 'TOKYO, March 11', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a trip for talks with a named leader is two facts, the visit and the talks', () => {
  it.each([
    // the talks take the trip's day (a month here) when they have none of their own
    ['British Prime Minister Margaret Thatcher will visit Washington next month for talks with President Reagan.', '1987-06-15', 'LONDON, June 15',
      ['talks planned 1987-07 Leader:margaret-thatcher + Leader:ronald-reagan', 'visit planned 1987-07 Country:US + Leader:margaret-thatcher']],
    // an arrival and a going are trips too when the talks name a leader
    ['Secretary of State George Shultz arrived in Moscow on Sunday for talks with Soviet Foreign Minister Eduard Shevardnadze.', '1987-03-23', 'MOSCOW, March 23',
      ['talks held 1987-03-22 Leader:eduard-shevardnadze + Leader:george-shultz', 'visit held 1987-03-22 Country:SU + Leader:george-shultz']],
    // talks that name no leader are the trip itself (an arrival too: story-3594's gold has "arrived here last night for talks on …" a visit)
    ['Undersecretary of State Michael Armacost will visit Tokyo next week for meetings with high-level officials.', '1987-03-31', 'WASHINGTON, March 31',
      ['visit planned 1987-04 Country:JP + Leader:michael-armacost']],
    ['Iranian Oil Minister Gholamreza Aqazadeh arrived in Algiers for talks on stabilizing oil prices.', '1987-03-06', 'ALGIERS, March 6',
      ['visit held 1987-03-06 Country:DZ + Leader:gholamreza-aqazadeh']],
    // "would go to Wellington for talks with New Zealand, which had …": the talks keep the trip's tense when no visitor is known
    ['He said he would go to Wellington for talks with New Zealand, which had a surplus in trade with the Philippines.', '1987-03-24', 'MANILA, March 24',
      ['talks planned null Country:NZ + Country:PH']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a meeting whose parties all stand for one state is no diplomacy', () => {
  it.each([
    // a cabinet meeting, a minister meeting his own head of government
    ['Prime Minister Jacques Chirac yesterday chaired a ministerial meeting on the budget with Finance Minister Edouard Balladur.', '1987-06-18', 'PARIS, June 18', []],
    ['Former Foreign Minister Shintaro Abe made the recommendation at a meeting with Prime Minister Yasuhiro Nakasone.', '1987-04-27', 'TOKYO, April 27', []],
    ['Indonesian Mines Minister Subroto arrived in Jakarta. He told reporters after meeting with President Suharto that the weakness was the result of warmer weather.', '1987-03-02', 'JAKARTA, March 3', []],
    // all parties named after the call word: whoever met them is untold, the call stays
    ['He met with Prime Minister Yasuhiro Nakasone, Foreign Minister Tadashi Kuranari and other high-ranking Japanese officials.', '1987-03-02', 'TOKYO, March 2',
      ['meeting held 1987-03-02 Leader:tadashi-kuranari + Leader:yasuhiro-nakasone']],
    // one state's people in talks "with Japan" or "here" (a Tokyo story) talk with that state
    ['Agriculture Secretary Richard Lyng said both he and Trade Representative Clayton Yeutter were disappointed at the outcome of talks with Japan.', '1987-04-21', 'WASHINGTON, April 21',
      ['talks held 1987-04-21 Country:JP + Leader:clayton-yeutter + Leader:richard-lyng']],
    ['Agriculture Secretary Richard Lyng and Trade Representative Clayton Yeutter took a hardline stance on beef in talks here last week.', '1987-04-28', 'TOKYO, April 28',
      ['talks held 1987-04 Country:JP + Leader:clayton-yeutter + Leader:richard-lyng']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a body\'s "heads of government summit" is the body meeting', () => {
  it.each([
    ['Howe said an accord must be reached in advance of an EC heads of government summit meeting in December.', '1987-10-19', 'LUXEMBOURG, Oct 19',
      ['summit planned 1987-12 Organization:ec']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a state that sends officials somewhere visits it', () => {
  it.each([
    // "willing/ready to" puts a call ahead
    ['Nakasone said Tokyo was willing to send a high-level official to Washington to help settle the dispute.', '1987-03-28', 'TOKYO, March 28',
      ['visit planned null Country:JP + Country:US']],
    ['Japan is sending a three-man team to Washington to try to halt threatened trade sanctions.', '1987-04-03', 'TOKYO, April 3',
      ['visit held 1987-04-03 Country:JP + Country:US']],
    // an international body's mission visits for the body, as "an IMF mission would visit here" does (session 11: sentByLeader)
    ['World Bank President Barber Conable said his agency plans to send a mission to Brazil next week.', '1987-04-08', null,
      ['visit planned 1987-04 Country:BR + Organization:world-bank']],
    // no one named as the sender: no visit ("he offered to send")
    ['He also said he offered to send a technical mission to Brazil.', '1987-04-03', null, []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: meeting next, again or later, and a present call verb after "when", are ahead whatever the reporting verb\'s tense', () => {
  it.each([
    ['Diplomats said this was expected when EC environment ministers meet next on May 21.', '1987-03-20', 'BRUSSELS, March 20',
      ['meeting planned 1987-05-21 Organization:ec']],
    ['European Community agriculture ministers meet later today to consider the package, officials said.', '1987-03-02', 'BRUSSELS, March 2',
      ['meeting planned 1987-03-02 Organization:ec']],
    // a trip its traveller did something during, told in the past passive with "by", is behind
    ['The fund was proposed by Philippine Finance Minister Jaime Ongpin during a trip to the United States in September.', '1987-04-03', 'MANILA, April 3',
      ['visit held 1986-09 Country:US + Leader:jaime-ongpin']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: "this weekend" before a call noun refers to the call told before', () => {
  it('does not make a second meeting of "at this weekend meeting"', () => {
    const text = 'EC trade chief Willy de Clercq told reporters after meeting U.S., Japanese and Canadian trade ministers that the talks went well. '
      + 'De Clercq, who has taken a hard line at this weekend meeting in central Japan, said the EC was satisfied.';
    expect(callsOf(text, '1987-04-26', 'KASHIKOJIMA, April 26')).toEqual(['meeting held 1987-04-26 Country:CA + Country:JP + Country:US + Leader:willy-de-clercq']);
  });
});
