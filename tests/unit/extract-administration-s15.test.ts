/** Session 15: "the Reagan administration" is the United States acting, not Reagan (index.ts administrationAsState). */
import { describe, expect, it } from 'vitest';
import { article, callsOf, statementsOf } from './extract-helpers.ts';

const leaderKeys = (text: string, pub = '1987-04-08', dateline: string | null = 'WASHINGTON, April 8'): string[] =>
  article(text, pub, dateline).nodes.filter((n) => n.label === 'Leader').map((n) => n.key).sort();

describe('a leader named as the modifier of his administration', () => {
  it('is his state speaking, and no leader of the story', () => {
    const text = 'The Reagan administration has forecast 3.2 pct U.S. economic growth this year.';
    expect(statementsOf(text, '1987-04-08', 'WASHINGTON, April 8')).toEqual(['Country:US characterization']);
    expect(leaderKeys(text)).toEqual([]);
  });

  it('is his state taking part in talks', () => {
    expect(callsOf('Japanese officials held talks with the Reagan Administration on Monday on computer chips.', '1987-04-08', 'TOKYO, April 8'))
      .toEqual(['talks held 1987-04-06 Country:JP + Country:US']);
  });

  it('leaves the leader when the story names him otherwise, his administration still the state', () => {
    const text = 'President Reagan said he would veto the bill. The Reagan administration urged Japan to open its markets, officials said.';
    expect(leaderKeys(text)).toEqual(['ronald-reagan']);
    expect(statementsOf(text, '1987-04-08', 'WASHINGTON, April 8')).toEqual(['Country:US demand', 'Leader:ronald-reagan announcement']);
  });

  it('keeps "Reagan administration officials" the state\'s, with no Reagan', () => {
    const text = 'Reagan administration officials said Japan must open its markets.';
    expect(statementsOf(text, '1987-04-08', 'WASHINGTON, April 8')).toEqual(['Country:US demand']);
    expect(leaderKeys(text)).toEqual([]);
  });

  it('does not touch a leader acting himself', () => {
    expect(leaderKeys('Reagan administered a rebuke to Congress, aides said.')).toEqual(['ronald-reagan']);
  });
});
