import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

// Session 16 (stmt): a firm named after a state speaks for no state.
describe('statements: a firm named after a state (stateNamedFirm)', () => {
  it.each([
    ['American Medical International said it would buy back up to 150 mln dlrs of its stock. It said it would spend 100 mln dlrs on debt.', 'LOS ANGELES, April 8'],
    ['Great American said it bought the shares for investment.', 'WASHINGTON, April 8'],
    ['The new jets will be flown on routes to Europe, American said.', 'DALLAS, April 8'],
    ['BP Australia said it had not recommended a dividend.', 'MELBOURNE, April 8'],
  ])('%s', (text, dateline) => {
    expect(statementsOf(text, '1987-04-08', dateline)).toEqual([]);
  });
  it.each([
    ['West Germany said it would accept the plan.', 'BONN, April 8', ['Country:DE announcement']],
    ['The Italian Treasury said it would offer new bills next week.', 'ROME, April 8', ['Country:IT announcement']],
    ['The Greek statement said Athens was ready to take the issue to court.', 'ATHENS, April 8', ['Country:GR announcement']],
    ['Statistics Canada said the price index rose 0.2 pct in January.', 'OTTAWA, April 8', ['Country:CA characterization']],
    ['In March Ecuador said it would suspend interest payments for the rest of the year.', 'QUITO, April 8', ['Country:EC announcement']],
    ['Indian officials responded coolly to the offer, saying it showed a lack of sensitivity to Indian concerns.', 'NEW DELHI, April 8', ['Country:IN announcement']],
  ] as const)('a state still speaks: %s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-08', dateline)).toEqual(out);
  });
});

// Session 16 (stmt): a spokesman named by no body, in a sentence about a firm, is the firm's.
describe('statements: a bare spokesman in a sentence about a firm (firmSpokesman)', () => {
  it.each([
    ['Nippon Columbia Co Ltd <NCOL.T> will make a bonus issue in July, a spokesman said.', 'TOKYO, April 8'],
    ['A spokesman said the group had no plans to issue new shares. The spokesman said a decision would come later.', 'PARIS, April 8'],
  ])('%s', (text, dateline) => {
    expect(statementsOf(text, '1987-04-08', dateline)).toEqual([]);
  });
  it.each([
    ["Japan's Finance Ministry auctioned 1,000 billion yen of six-month paper, a spokesman said.", 'TOKYO, April 8', ['Country:JP announcement']],
    ['The government will cut import tariffs on 400 goods, a spokesman said.', 'TAIPEI, April 8', ['Country:TW announcement']],
    // (a firm told of inside a quote is what the spokesman speaks about)
    ['"We are still concerned about Berisford being the owner of British Sugar Plc," a spokesman said.', 'LONDON, April 8', ['Country:GB concern']],
  ] as const)('a state\'s spokesman still speaks: %s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-08', dateline)).toEqual(out);
  });
});
