import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

// Session 17: a call told as ended after a span of days ("ended a three-day meeting today") is dated by its first day.
describe('calls: a span of days told as ended dates the call by its first day', () => {
  it.each([
    // (reuters21578-17371, rewritten)
    ['The Asian Development Bank today wound up a three-day meeting marked by criticism of its lending.', '1987-04-29', 'OSAKA, April 29', 'meeting held 1987-04-27 Organization:asian-development-bank'],
    ['European Community farm ministers ended a three-day meeting in Luxembourg still divided over prices.', '1987-04-29', 'LUXEMBOURG, April 29', 'meeting held 1987-04-27 Organization:ec'],
    ['Britain and France signed a trade accord after two days of talks, officials said.', '1987-03-04', 'LONDON, March 4', 'talks held 1987-03-03 Country:FR + Country:GB'],
    // (reuters21578-4383, rewritten: a call told as planned with no day before)
    ['Aid donors pledged new funds following a three-day meeting chaired by the World Bank, Finance Minister Mohamed Berada said.', '1987-03-12', 'PARIS, March 12', 'meeting held 1987-03-10 Organization:world-bank'],
  ])('%s', (text, pub, dateline, call) => {
    expect(callsOf(text, pub, dateline)).toEqual([call]);
  });

  it.each([
    ['European Community farm ministers began a three-day meeting in Luxembourg.', '1987-04-27', 'LUXEMBOURG, April 27', 'meeting held 1987-04-27 Organization:ec'],
    ['The Asian Development Bank today opened a three-day meeting in Osaka.', '1987-04-27', 'OSAKA, April 27', 'meeting held 1987-04-27 Organization:asian-development-bank'],
    ['Britain and France signed a trade accord during two days of talks, officials said.', '1987-03-04', 'LONDON, March 4', 'talks held 1987-03-04 Country:FR + Country:GB'],
    ['Brazil and the U.S. held two days of talks in Brasilia, officials said.', '1987-03-24', 'RIO DE JANEIRO, March 24', 'talks held 1987-03-24 Country:BR + Country:US'],
  ])('a span told as begun or going on keeps its day: %s', (text, pub, dateline, call) => {
    expect(callsOf(text, pub, dateline)).toEqual([call]);
  });
});

// Session 17: calls told by their count ("after several meetings", "despite two meetings of …") took place on days the
// text does not give; the dateline's day dates none of them.
describe('calls: counted calls take no dateline day', () => {
  it.each([
    // (reuters21578-9051, rewritten)
    ['After several meetings, Brazil and the U.S. have made no progress in their computer row.', '1987-03-24', 'RIO DE JANEIRO, March 24', 'meeting held null Country:BR + Country:US'],
    ['Japan acted after several unsuccessful bilateral negotiations with South Korea, the spokesman said.', '1987-03-17', 'TOKYO, March 17', 'talks held null Country:JP + Country:KR'],
    ['Despite two meetings of the Group of Seven, pledges to change policy have still to be turned into action.', '1987-04-28', 'LONDON, April 28', 'meeting held null Organization:g7'],
  ])('%s', (text, pub, dateline, call) => {
    expect(callsOf(text, pub, dateline)).toEqual([call]);
  });

  it.each([
    ['Officials left after earlier Group of Five talks broke up around 2 p.m.', '1987-04-08', 'WASHINGTON, April 8', 'talks held 1987-04-08 Organization:g5'],
    ['Brazil and the U.S. held two days of talks in Brasilia, officials said.', '1987-03-24', 'RIO DE JANEIRO, March 24', 'talks held 1987-03-24 Country:BR + Country:US'],
  ])('a body named by a number, or a span of days, is no count: %s', (text, pub, dateline, call) => {
    expect(callsOf(text, pub, dateline)).toEqual([call]);
  });
});
