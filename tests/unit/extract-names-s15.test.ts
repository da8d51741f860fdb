/** Session 15: a surname with an apostrophe inside ("Nyang'anyi", "Kan'an") names its leader again when used alone. */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

describe('a surname with an apostrophe inside, alone', () => {
  const lead = "Tanzanian Ambassador Mustafa Nyang'anyi said the talks went well.";
  it('is the leader, and "he" after it is his', () => {
    expect(statementsOf(`${lead}\n    Nyang'anyi told Reuters the IMF would help.\n    He said more aid was needed.`, '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Leader:mustafa-nyanganyi announcement', 'Leader:mustafa-nyanganyi characterization', 'Leader:mustafa-nyanganyi demand']);
  });
  it('the part before the apostrophe alone is not', () => {
    expect(statementsOf(`${lead}\n    Nyang told Reuters the IMF would help.`, '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Leader:mustafa-nyanganyi characterization']);
  });
});
