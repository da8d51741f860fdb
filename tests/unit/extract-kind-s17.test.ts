/**
 * Statement kinds from the session 17 whole-corpus audit (helper `kind`): opposition or backing the speaker's own side
 * foretells is the stance itself, not the announcement a future would make; an outcome or a level "expected" is a
 * forecast, not a plan; discontent or uncertainty told as a feeling negated ("is not happy with", "is not sure") is a
 * concern or a judgement, not a denial.
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

describe('an outcome or a level expected is forecast, an act or a schedule expected is announced', () => {
  it.each([
    // (reuters21578-17385, -17358, -5985, -903, rewritten)
    ['Thai Industry Minister Siri Karncharoendi said the industrial sector is expected to expand 5.5 pct this year.', 'BANGKOK, April 9',
      ['Leader:siri-karncharoendi characterization']],
    ['U.S. and Japanese officials said the Reagan administration is expected to face tough resistance from Japan.', 'TOKYO, April 9',
      ['Country:JP+Country:US characterization']],
    ['Chancellor of the Exchequer Nigel Lawson said inflation is expected to be 4.0 pct at the end of this year.', 'LONDON, April 9',
      ['Leader:nigel-lawson characterization']],
    ['Philippine Finance Secretary Jaime Ongpin said the deficit was expected to touch five pct this year.', 'MANILA, April 9',
      ['Leader:jaime-ongpin characterization']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });

  it.each([
    ['The Defense Department said work on the contract is expected to be completed in December 1992.', 'WASHINGTON, April 9', ['Organization:pentagon announcement']],
    ['Chancellor of the Exchequer Nigel Lawson said the reactor was expected to be back on line in about a week.', 'LONDON, April 9', ['Leader:nigel-lawson announcement']],
    ['Chancellor of the Exchequer Nigel Lawson said the cabinet is expected to approve the plan.', 'LONDON, April 9', ['Leader:nigel-lawson announcement']],
  ] as const)('stays announced: %s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});

describe('a feeling negated: discontent worries, uncertainty judges', () => {
  it.each([
    // (reuters21578-419, -11383, -5183, rewritten)
    ['Finance Minister Dilson Funaro said Brazil is not happy with the structure of the advisory committee.', ['Leader:dilson-funaro concern']],
    ['Finance Minister Dilson Funaro said Brazil is also not totally happy with the trade bill.', ['Leader:dilson-funaro concern']],
    ['Finance Minister Dilson Funaro said he is not sure when the bill would go before the Congress.', ['Leader:dilson-funaro characterization']],
    ['Finance Minister Dilson Funaro said it is not clear how far Washington wants to see the cruzado fall.', ['Leader:dilson-funaro characterization']],
  ] as const)('%s', (text, out) => {
    expect(statementsOf(text, '1987-04-09', 'BRASILIA, April 9')).toEqual(out);
  });

  it.each([
    // a plan negated is still refused
    ['Finance Minister Dilson Funaro said Brazil is not seeking a new loan.', ['Leader:dilson-funaro denial']],
    ['Finance Minister Dilson Funaro said Brazil is happy with the structure of the advisory committee.', ['Leader:dilson-funaro characterization']],
  ] as const)('stays as it was: %s', (text, out) => {
    expect(statementsOf(text, '1987-04-09', 'BRASILIA, April 9')).toEqual(out);
  });
});
