/** The eval's pairing of gold facts with predicted facts (tests/eval/match.ts `maxMatching`). */
import { describe, expect, it } from 'vitest';
import { maxMatching } from '../eval/match.ts';

describe('maxMatching', () => {
  it('moves a gold fact to its second candidate when that frees the only candidate of a later one', () => {
    // Greedy pairing would give "visit" to the first gold fact and leave the second unmatched.
    expect(maxMatching([['visit', 'meeting'], ['visit']])).toEqual(['meeting', 'visit']);
  });

  it('keeps each gold fact on its preferred candidate when nothing is gained by moving it', () => {
    expect(maxMatching([['x', 'y'], ['y', 'x']])).toEqual(['x', 'y']);
  });

  it('pairs each predicted fact with one gold fact at most, leaving the rest unmatched', () => {
    expect(maxMatching([['a'], ['a'], []])).toEqual(['a', null, null]);
  });

  it('follows a chain of moves three deep', () => {
    expect(maxMatching([['p', 'q'], ['q', 'r'], ['p']])).toEqual(['q', 'r', 'p']);
  });
});
