import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

// Session 16: a news agency of no state carries words and never speaks them.
describe('statements: an agency of no state is no speaker', () => {
  it.each([
    ['Economists polled by Reuters said that M-1 should be anywhere from down four billion dlrs to up 2.3 billion dlrs.', []],
    ['A Fiat spokesman contacted by Reuters said the company had no comment to make.', []],
    // (a state's agency alone still speaks when it judges)
    ['Tass said the American plan was dangerous.', ['Organization:tass characterization']],
  ] as const)('%s', (text, out) => {
    expect(statementsOf(text, '1987-03-09', 'LONDON, March 9')).toEqual(out);
  });
});
