/**
 * Speakers fixed in session 13 (attrfix): a state's trade named by its demonym speaks for no state, an audience told
 * with what it is of ("told a meeting of EC foreign ministers that …") stays out of what was said and of who speaks,
 * and a body's document "calls for" in the present. Short invented texts; corpus counts are in the commit messages.
 */
import { describe, expect, it } from 'vitest';
import { article } from './extract-helpers.ts';

/** Every statement of a short article as "speaker+speaker kind: text" (speakers sorted), in text order. */
function spoken(text: string, dateline: string | null = null): string[] {
  const p = article(text, '1987-04-09', dateline);
  return p.nodes
    .filter((n) => n.label === 'Statement')
    .map((n) => `${p.rels.filter((r) => r.type === 'MADE' && r.to.key === n.key).map((r) => `${r.from.label}:${r.from.key}`).sort().join('+')} ${String(n.props['kind'])}: ${String(n.props['text'])}`);
}

describe('a state\'s trade named by its demonym or name speaks for no state', () => {
  it.each([
    ['German banks said they would not lend more to Brazil.', 'BONN, April 9'],
    ['U.S. banks had objected to the plan.', 'WASHINGTON, April 9'],
    ['U.S. companies have long said the tariffs were unfair.', 'WASHINGTON, April 9'],
    ['Japanese exporters said the yen was too strong.', 'TOKYO, April 9'],
    ['The Japanese industry argues it should develop the fighter plane on its own.', 'TOKYO, April 9'],
    ['Japanese firms said they would invest.', 'TOKYO, April 9'],
    ['Thai coffee exporters said they hoped quotas would not be reimposed.', 'BANGKOK, April 9'],
    ['Brazilian coffee producers said prices would rise.', 'RIO DE JANEIRO, April 9'],
  ] as const)('%s', (text, dateline) => {
    expect(spoken(text, dateline)).toEqual([]);
  });
  it('keeps a central bank and the state itself', () => {
    expect(spoken('West German central banks said rates would fall. Japan said it would retaliate.', 'TOKYO, April 9')).toEqual([
      'Country:DE characterization: rates would fall.',
      'Country:JP threat: it would retaliate.',
    ]);
  });
});

describe('an audience told with what it is of stays in the verb', () => {
  it.each([
    ['British Foreign Secretary Geoffrey Howe told a meeting of EC foreign ministers that sanctions would not work.', 'BRUSSELS, April 9',
      ['Leader:geoffrey-howe characterization: sanctions would not work.']],
    ['Finance Minister Dilson Funaro told a press conference in Rio de Janeiro today that Brazil would not pay.', 'RIO DE JANEIRO, April 9',
      ['Leader:dilson-funaro announcement: Brazil would not pay.']],
    ['U.S. trade representative Clayton Yeutter told an informal GATT meeting that the talks must not fail.', 'GENEVA, April 9',
      ['Leader:clayton-yeutter demand: the talks must not fail.']],
  ] as const)('%s', (text, dateline, out) => {
    expect(spoken(text, dateline)).toEqual(out);
  });
  it('does not make the speaker non-state for bankers or industrialists in the audience', () => {
    expect(spoken('Chinese Vice Minister Tian Ding told a meeting of Pakistani industrialists on Thursday that China intended to increase imports from Pakistan.', 'KARACHI, April 9')
      .map((s) => s.split(':').slice(0, 2).join(':'))).toEqual(['Leader:tian-ding announcement']);
  });
});

describe('a body\'s document "calls for" in the present is the body\'s statement', () => {
  it.each([
    ['The OAU resolution calls for sanctions against South Africa.', 'ADDIS ABABA, April 9', ['Organization:african-union demand: sanctions against South Africa.']],
    ['The Gulf Cooperation Council communique calls on Iran to end the war.', 'RIYADH, April 9', ['Organization:gcc demand: Iran to end the war.']],
    // a plan's "calls for" tells its terms, no one's utterance
    ['The U.S. plan calls for a 10 pct cut in subsidies.', 'WASHINGTON, April 9', []],
  ] as const)('%s', (text, dateline, out) => {
    expect(spoken(text, dateline)).toEqual(out);
  });
});
