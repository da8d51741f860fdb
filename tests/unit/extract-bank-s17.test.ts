import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

// Session 17 (bank): a commercial bank named after a place speaks for no state (placeNamedBank), nor does a firm told by
// its state's demonym and a noun of trade (DEMONYM_FIRM); central banks, state banks and states still speak.
describe('statements: commercial banks named after a place (placeNamedBank)', () => {
  it.each([
    ['Bank of Ireland said it has launched a commercial paper program for up to 200 mln dlrs.', 'DUBLIN, April 8'],
    ['Consumer prices are likely to rise by 3.7 pct this year, Bank of America forecast.', 'SAN FRANCISCO, April 8'],
    ['Bank of America has also agreed to provide a separate 25 mln dlr loan.', 'SAN FRANCISCO, April 8'],
    ["The yen should stabilize at around 152 to the dollar, the Bank of Tokyo's economic adviser Koei Narusawa said.", 'TOKYO, April 8'],
    ['But officials at Bank of Tokyo said the spread is intended to compensate for the lack of liquidity.', 'NEW YORK, April 8'],
    ['Bank of British Columbia said it revised its estimate of shareholder distributions.', 'VANCOUVER, April 8'],
    ['Royal Bank of Canada said it classified 1.3 billion dlrs in loans to Brazil as non-accrual.', 'TORONTO, April 8'],
    ['A U.K. property company is seeking a 100 mln stg credit facility, Union Bank of Switzerland (London branch) said.', 'LONDON, April 8'],
  ])('%s', (text, dateline) => {
    expect(statementsOf(text, '1987-04-08', dateline)).toEqual([]);
  });
  it.each([
    // (a central bank, a state bank and a government bank keep their state)
    ['The Bank of France said it would keep its intervention rate unchanged.', 'PARIS, April 8', ['Country:FR announcement']],
    ['The Bank of Korea said it would cut the reserve requirement.', 'SEOUL, April 8', ['Country:KR announcement']],
    ['Bank of China said it would open more foreign exchange accounts.', 'PEKING, April 8', ['Country:CN announcement']],
    ['The Reserve Bank of Australia said it would offer 500 mln dlrs of treasury notes.', 'SYDNEY, April 8', ['Country:AU announcement']],
    ['The Commonwealth Bank of Australia said it will lower its prime lending rate.', 'SYDNEY, April 8', ['Country:AU announcement']],
    ['The Bank of Japan said it would buy bills to ease money market conditions.', 'TOKYO, April 8', ['Organization:bank-of-japan announcement']],
    ['Ireland said it would cut its budget deficit this year.', 'DUBLIN, April 8', ['Country:IE announcement']],
  ] as const)('a state or its bank still speaks: %s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-08', dateline)).toEqual(out);
  });
});

describe('statements: a firm told by its demonym and a noun of trade (DEMONYM_FIRM)', () => {
  it.each([
    ['The Dutch company said it will buy a minority equity stake in Fluke.', 'AMSTERDAM, April 8'],
    ['The engine is a joint venture with General Electric, the Swedish firm said.', 'STOCKHOLM, April 8'],
    ['In March, the Dutch electronics group announced it would end its listing on NASDAQ.', 'AMSTERDAM, April 8'],
  ])('%s', (text, dateline) => {
    expect(statementsOf(text, '1987-04-08', dateline)).toEqual([]);
  });
  it.each([
    ['The Dutch central bank said it has accepted bids totalling 6.5 billion guilders.', 'AMSTERDAM, April 8', ['Country:NL announcement']],
    ['The Dutch government said it will cut spending this year.', 'AMSTERDAM, April 8', ['Country:NL announcement']],
  ] as const)('a state or its central bank still speaks: %s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-08', dateline)).toEqual(out);
  });
});
