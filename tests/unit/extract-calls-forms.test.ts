// Calls: general forms of news found missed or wrong on the session-6 blind batch (story-13241 … 20868) and the tuning set,
// each checked on random corpus stories outside the gold sets (counts in the commit messages).
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: speaking with someone, not to an audience', () => {
  it.each([
    // "had spoken by telephone with": a phone call, as "spoke by telephone with"
    ['Peruvian President Alan Garcia had recently spoken by telephone with Mexican President Miguel de la Madrid.', '1987-04-24', 'LIMA, April 24',
      ['phone call held 1987-04-24 Leader:alan-garcia + Leader:miguel-de-la-madrid']],
    // an audience named after a few words is no call: a council, a congress, an annual conference
    ['Argentine President Raul Alfonsin was in Philadelphia to speak to the private World Affairs Council.', '1987-06-19', 'PHILADELPHIA, June 19', []],
    ['West German President Richard von Weizsaecker, speaking to the Bolivian Congress yesterday, said aid would rise.', '1987-03-23', 'LA PAZ, March 23', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a relative clause about a speaker inside the attribution', () => {
  it.each([
    // nested telling: the envoy's return from Washington is a visit he made
    ['Nakasone told reporters that special envoy Shintaro Abe, who has just returned from Washington, told him protectionist sentiment is severe.', '1987-04-27', 'TOKYO, April 27',
      ['visit held 1987-04-27 Country:US + Leader:shintaro-abe']],
    // an inverted attribution: "…, said X, who arrived in Y last Thursday"
    ['"We are encouraging creditor banks to grant new loans," said World Bank Vice President David Knox, who arrived in Argentina last Thursday.', '1987-03-16', 'BUENOS AIRES, March 16',
      ['visit held 1987-03-12 Country:AR + Leader:david-knox']],
    // the telling itself stays no call
    ['Nakasone told reporters that special envoy Shintaro Abe, who is a former foreign minister, told him protectionist sentiment is severe.', '1987-04-27', 'TOKYO, April 27', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: one who tells of the call in a clause of his own takes no part', () => {
  it.each([
    ['Argentine President Raul Alfonsin met for more than an hour with International Monetary Fund Managing Director Michel Camdessus, and Argentine economy minister Juan Sourrouille said the two men discussed the economy.', '1987-06-19', 'PHILADELPHIA, June 19',
      ['meeting held 1987-06-19 Leader:michel-camdessus + Leader:raul-alfonsin']],
    // … but one named with "and" as a partner does
    ['Argentine President Raul Alfonsin met International Monetary Fund Managing Director Michel Camdessus and Argentine economy minister Juan Sourrouille.', '1987-06-19', 'PHILADELPHIA, June 19',
      ['meeting held 1987-06-19 Leader:juan-sourrouille + Leader:michel-camdessus + Leader:raul-alfonsin + Organization:imf']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a gathering someone refused to attend took place without him', () => {
  it.each([
    ['Italy refused to attend the Paris G-7 meeting in February.', '1987-04-07', 'ROME, April 7', ['meeting held 1987-02 Organization:g7']],
    ['At those talks Baker apparently convinced Italian Treasury Minister Giovanni Goria, who declined to attend the February meeting of the Group of Seven in Paris, that Italy would participate fully.', '1987-04-08', 'WASHINGTON, April 8',
      ['meeting held 1987-02 Organization:g7']],
    // a gathering with no one else named stays no call
    ['Colombia will not attend a meeting of coffee producing countries this weekend.', '1987-03-19', 'BOGOTA, March 19', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: an international body\'s committee, and its heads of government', () => {
  it.each([
    // a committee or board of an international body meets as the body (a state's committee stays no call)
    ['The IMF interim committee meeting is scheduled for April 9.', '1987-03-31', 'SEOUL, March 31', ['meeting planned 1987-04-09 Organization:imf']],
    ['Reagan attended a cabinet meeting on Monday.', '1987-10-19', 'WASHINGTON, Oct 19', []],
    // "an EC heads of government summit meeting": the body's summit
    ['An accord must be reached before an EC heads of government summit meeting in December.', '1987-10-19', 'LUXEMBOURG, Oct 19', ['summit planned 1987-12 Organization:ec']],
    // "The IMF committee meeting" after another meeting told before is another gathering, not that one
    ['South Korean Finance Minister Chung In-yong will meet U.S. Treasury Secretary James Baker next week. The IMF committee meeting is scheduled for April 9.', '1987-03-31', 'SEOUL, March 31',
      ['meeting planned 1987-04 Leader:chung-in-yong + Leader:james-baker', 'meeting planned 1987-04-09 Organization:imf']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: an international body\'s mission visits for the body', () => {
  it.each([
    ['As it happens, a routine IMF mission is visiting Brasilia.', '1987-04-27', 'BRASILIA, April 27', ['visit held 1987-04-27 Country:BR + Organization:imf']],
    ['The IMF mission arrived in Lusaka on February 26.', '1987-03-10', 'LUSAKA, March 10', ['visit held 1987-02-26 Country:ZM + Organization:imf']],
    // "here": the dateline's state
    ['Fernandez said an IMF mission would visit here in July or August to review performance.', '1987-03-20', 'MANILA, March 20', ['visit planned 1987-07 Country:PH + Organization:imf']],
    // a body named with no mission of its own does not travel
    ['The IMF said President Aquino will visit Washington in July.', '1987-03-20', 'MANILA, March 20', ['visit planned 1987-07 Country:US + Leader:corazon-aquino']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: business and the press are no diplomacy (session 7, random corpus stories)', () => {
  it.each([
    // talks with banks, creditors or companies: the states named after them are the subject, not a party
    ['Assistant Treasury Secretary David Mulford said rapid progress was being made in talks with commercial banks for loans to Argentina, the Philippines and Brazil.', '1987-03-03', 'WASHINGTON, March 3', []],
    ['Slow progress in talks between Brazil and its major foreign creditors has increased the likelihood that U.S. banks will declare their loans non-performing, bankers said.', '1987-03-23', 'NEW YORK, March 23', []],
    ['Secretary of Agriculture Richard Lyng will meet with representatives from major grain exporting companies today, and the subject of subsidized wheat to the Soviet Union will likely be discussed.', '1987-03-17', 'WASHINGTON, March 17', []],
    ['"Together with expected progress in commercial bank discussions with Argentina and, we hope, Brazil, this should add up to substantial new lending," Baker wrote.', '1987-03-22', 'WASHINGTON, March 22', []],
    // … but talks with a state, and a body named with the banks, stay
    ['President Reagan said the United States would offer a draft treaty at talks with the Soviet Union in Geneva tomorrow.', '1987-03-03', 'WASHINGTON, March 3', ['talks planned 1987-03-04 Country:SU + Country:US']],
    // a company's board or shareholders' meeting, a business meeting
    ['AST Research Inc said it nominated Richard Goeglein and Phillip Matthews for election to its board at the May 19 meeting.', '1987-03-03', 'IRVINE, Calif., March 3', []],
    ['Sergey Frolov, chief economist at Amtorg Trading Corp, told a U.S.-USSR business meeting the Soviet Union produces few items that western nations want.', '1987-03-11', 'NEW YORK, March 11', []],
    // "meet" with a goal in capitals after "U.S." is satisfying it
    ['Poehl noted West Germany had already taken steps to meet U.S. Demands for greater stimulation of its domestic economy.', '1987-04-07', 'WASHINGTON, April 7', []],
    // talking to Reuters or with journalists is no call
    ['Kaczurba was talking to Reuters about the effect on the economy of U.S. Sanctions imposed in 1982.', '1987-03-05', 'WARSAW, March 5', []],
    ['In a conversation later with local journalists, Gaviria said the U.S. attitude would have serious economic consequences for Colombia.', '1987-03-04', 'BOGOTA, March 4', []],
    // addressing a meeting of an international body is taking part in it
    ['Nigerian Trade Minister Samaila Mamman told an informal meeting of the General Agreement on Tariffs and Trade the gap was widening.', '1987-03-24', 'GENEVA, March 24', ['meeting held 1987-03-24 Organization:gatt']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a state named as the modifier of an economic noun is no party', () => {
  it.each([
    ['Nervousness over the short-term direction of the U.S. Dollar ahead of the International Monetary Fund meeting also provided support for the Australian dollar.', '1987-04-03', 'SYDNEY, April 3',
      ['meeting planned null Organization:imf']],
    ['U.S. crude oil prices are at their highest level in more than a year ahead of next week\'s OPEC meeting.', '1987-06-19', 'NEW YORK, June 19', ['meeting planned 1987-06 Organization:opec']],
    // (the major industrial nations are the Group of Seven; a meeting they "should hold" is read as planned, as for any party)
    ['Finance ministers from major industrial nations should hold a special meeting to deal with the U.S. Dollar\'s sharp decline, Helmut Geiger, president of the West German savings bank association, said.', '1987-10-20', 'BONN, Oct 20',
      ['meeting planned null Organization:g7']],
    // … but a state before a preposition stays a party ("talks with Washington over export quotas")
    ['Wang said the trade surplus weakened Taiwan\'s position in talks with Washington over export quotas.', '1987-03-02', 'TAIPEI, March 2', ['talks held 1987-03-02 Country:TW + Country:US']],
    ['Heller said there were talks currently between the United States and Japan on bank rules.', '1987-03-06', 'WASHINGTON, March 6', ['talks held 1987-03-06 Country:JP + Country:US']],
    // meeting rules is satisfying them
    ['Zimbabwe had spent millions of dollars upgrading abattoirs to meet stringent EC rules.', '1987-04-09', 'HARARE, April 9', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a departure told in the past leads to a call still ahead', () => {
  it.each([
    ['Brazilian Finance Minister Dilson Funaro left Brazil to attend a meeting with Mexican Finance Minister Gustavo Petricioli in Mexico City.', '1987-03-20', 'RIO DE JANEIRO, March 20',
      ['meeting planned null Leader:dilson-funaro + Leader:gustavo-petricioli']],
    // talks a departure follows took place
    ['Thatcher left Bonn early yesterday evening after talks with Chancellor Helmut Kohl.', '1987-03-24', 'BONN, March 24', ['talks held 1987-03-23 Leader:helmut-kohl + Leader:margaret-thatcher']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: "summit nations" and "meeting this demand" tell no gathering', () => {
  it.each([
    ['Finance Ministries and central banks of the other summit nations -- Japan, West Germany, Britain, France, Italy and Canada -- were informed shortly before the news was announced, Baker told reporters today.', '1987-06-02', 'WASHINGTON, June 2', []],
    ['What we are seeing characterized as cheating is OPEC meeting this demand through current production, he said.', '1987-02-26', 'NEW YORK, Feb 26', []],
    // a determiner before the noun keeps the gathering
    ['The OPEC meeting this week will review production quotas.', '1987-06-22', 'VIENNA, June 22', ['meeting planned 1987-06 Organization:opec']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: a round named after a place is no party', () => {
  it.each([
    ['Amstutz said the U.S. places a high priority on the Uruguay round of global trade talks.', '1987-03-23', 'WASHINGTON, March 23', []],
    // (the round as a whole under the GATT is no gathering either: extract-calls-precision)
    ['The bill sets out U.S. trade negotiating objectives for the Uruguay round of talks under the General Agreement on Tariffs and Trade.', '1987-03-12', 'WASHINGTON, March 12', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('"summit meeting" and "summit talks" are a summit wherever the rules ask what gathering a noun is (session 10)', () => {
  it.each([
    // a gathering of heads of government naming no party: the body named in its sentence
    ['Andean Pact leaders opened a two-day summit meeting of heads of government.', '1987-06-29', 'LIMA, June 29',
      ['summit held 1987-06-29 Organization:andean-pact']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('a gathering of ministers naming only the leader who attends it is still the body\'s (session 10)', () => {
  it.each([
    ['ASEAN chairman Rafidah Aziz said she expected next month\'s ministerial meeting to be short.', '1987-06-19', 'KUALA LUMPUR, June 19',
      ['meeting planned 1987-07 Leader:rafidah-aziz + Organization:asean']],
    // not a state alone: the body named last need not be the one that met
    ['The IMF praised Japan. Japan intended to carry out policies announced at the Paris meeting of finance ministers.', '1987-04-09', 'TOKYO, April 9', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
