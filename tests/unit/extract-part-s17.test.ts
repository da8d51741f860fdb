import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

// Session 17: the states a sentence lists as a body's members, set off by a dash, a bracket or a colon, all take part with it.
describe('calls: a body and the members it lists', () => {
  it.each([
    // (reuters21578-17368, rewritten)
    ['After two meetings of the seven leading industrial powers -- the United States, Japan, West Germany, France, Britain, Italy and Canada -- the dollar steadied, dealers said.', '1987-04-28', 'TOKYO, April 28',
      'meeting held null Country:CA + Country:DE + Country:FR + Country:GB + Country:IT + Country:JP + Country:US + Organization:g7'],
    ['The dollar steadied after a meeting of the Group of Five (G-5) - comprising the United States, Japan, West Germany, France and Britain.', '1987-03-04', 'LONDON, March 4',
      'meeting held 1987-03-04 Country:DE + Country:FR + Country:GB + Country:JP + Country:US + Organization:g5'],
    ['Tomorrow\'s Group of Seven meeting - of the U.S., Japan, West Germany, France, the U.K., Italy and Canada - is the key one, dealers said.', '1987-04-07', 'WASHINGTON, April 7',
      'meeting planned 1987-04-08 Country:CA + Country:DE + Country:FR + Country:GB + Country:IT + Country:JP + Country:US + Organization:g7'],
  ])('%s', (text, pub, dateline, call) => {
    expect(callsOf(text, pub, dateline)).toEqual([call]);
  });

  it.each([
    // no dash, bracket or colon: the states named one by one are parties as before
    ['Japan will seek to strengthen the currency accord at the meeting of the Group of Seven tomorrow, officials said.', '1987-04-07', 'WASHINGTON, April 7', 'meeting planned 1987-04-08 Country:JP + Organization:g7'],
    // two states are no member list
    ['The Group of Seven meeting - of the U.S. and Japan - was brief, dealers said.', '1987-04-07', 'WASHINGTON, April 7', 'meeting held 1987-04-07 Country:JP + Country:US + Organization:g7'],
    // a list with no body among the parties is left to the other rules
    ['Representatives from Brazil, Colombia, Mexico and Nicaragua will meet here Friday to discuss coffee prices.', '1987-03-18', 'MANAGUA, March 18', 'meeting planned 1987-03-20 Country:BR + Country:CO + Country:MX + Country:NI'],
  ])('left as it was: %s', (text, pub, dateline, call) => {
    expect(callsOf(text, pub, dateline)).toEqual([call]);
  });
});
