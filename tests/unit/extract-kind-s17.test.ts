/**
 * Statement kinds from the session 17 whole-corpus audit (helper `kind`): opposition or backing the speaker's own side
 * foretells is the stance itself, not the announcement a future would make.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

describe('opposition or backing foretold by the speaker\'s own side takes its stance', () => {
  it.each([
    // (reuters21578-20335, -5176, -17953, -17263, -2786, -20878, rewritten)
    ['Agriculture Secretary Richard Lyng said the United States would oppose parts of the plan.', 'WASHINGTON, April 9', ['Leader:richard-lyng denial']],
    ['Treasury Secretary James Baker said the administration would resist calls for a tax increase.', 'WASHINGTON, April 9', ['Leader:james-baker denial']],
    ['West German officials said Chancellor Helmut Kohl would fiercely resist any such pressure.', 'BONN, April 9', ['Country:DE denial']],
    ['U.S. officials said Washington is opposing the Japanese efforts.', 'WASHINGTON, April 9', ['Country:US denial']],
    ['The Treasury said the United States would back a 500 mln dlr bridge loan to Argentina.', 'WASHINGTON, April 9', ['Country:US support']],
    ['Bank of Japan Governor Satoshi Sumita said "I will back it up."', 'TOKYO, April 9', ['Leader:satoshi-sumita support']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });

  it.each([
    // another state's resistance, told by the speaker, is no refusal of his (reuters21578-1499, rewritten)
    ['Commerce Secretary Malcolm Baldrige said the Japanese were resisting allowing U.S. companies into the computer business.', 'WASHINGTON, April 9',
      ['Leader:malcolm-baldrige characterization']],
    // a reason, not the speaker's stance
    ['Treasury Secretary James Baker said the bill would fail because most senators are opposing it.', 'WASHINGTON, April 9', ['Leader:james-baker characterization']],
    // backing down is no backing
    ['Treasury Secretary James Baker said the United States would back down on the issue.', 'WASHINGTON, April 9', ['Leader:james-baker announcement']],
    // a negated future is left as it was
    ['U.S. officials said the United States would not oppose the sale.', 'WASHINGTON, April 9', ['Country:US announcement']],
  ] as const)('stays as it was: %s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});
