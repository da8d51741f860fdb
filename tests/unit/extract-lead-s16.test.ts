import { describe, expect, it } from 'vitest';
import { article, statementsOf } from './extract-helpers.ts';

/** The leader nodes of a short article (company officers left out, as index.ts does). */
function leaderKeys(text: string): string[] {
  return article(text, '1987-04-08', 'NEW YORK, April 8').nodes.filter((n) => n.label === 'Leader').map((n) => n.key).sort();
}

// Session 16 (lead): the head of an association, a federation, an exchange, a union or a company named right before his
// office is no state's (leaders.ts privateBodyOfficer); nor is a vice president of a company's rank.
describe('leaders: an office of a body no state has (privateBodyOfficer)', () => {
  it.each([
    // the body's head noun ends its name, with what it is "of" after it
    'American Soybean Association President Dave Haggard said Congress would not go along with the plan.',
    'Letter Carriers Union of Canada President Robert McGarry said the new offer was rejected.',
    'Confederation of British Industry (CBI) President David Nickson said the budget would help business.',
    'Johannesburg Stock Exchange president Tony Norton said trading was calm.',
    // … or a head noun in lower case
    'The market will open earlier, exchange president Nicholas Giordano said.',
    // an acronym the story spells out, in brackets or by its initials
    'The Chicago Mercantile Exchange (CME) will vote on the rule.\n\nCME Chairman Jack Sandner told Reuters the board would act.',
    'The New York Stock Exchange will stay open.\n\nNYSE vice president Richard Torrenzano said trading was orderly.',
    'The Chicago Board of Trade, CBT, asked for night trading.\n\nCBT President Thomas Donovan said he was confident.',
    // a company's rank before "vice president"
    'Executive vice-president Orville Sweet said the show would be split in two.',
  ])('%s', (text) => {
    expect(leaderKeys(text)).toEqual([]);
    expect(statementsOf(text, '1987-04-08', 'NEW YORK, April 8')).toEqual([]);
  });

  it.each([
    // a state's commission, institute, bank or committee keeps its head
    ['Securities and Exchange Commission Chairman David Ruder said a trading halt was discussed.', ['david-ruder']],
    ['Brazilian Coffee Institute (IBC) president Jorio Dauster said he would attend the meeting.', ['jorio-dauster']],
    ['World Bank Vice-President David Knox said the loan was approved.', ['david-knox']],
    ['House Agriculture Committee Chairman Kika de la Garza said the bill would pass.', ['kika-de-la-garza']],
    // an international body the gazetteer knows, by its acronym
    ['The Asian Development Bank (ADB) will lend more.\n\nADB vice president Gunther Schulz said lending would rise.', ['gunther-schulz']],
    // … and the officer of a state's body with a rank of its own
    ['National Bank of Hungary first vice-president Janos Fekete said the debt was manageable.', ['janos-fekete']],
  ])('still a leader: %s', (text, keys) => {
    expect(leaderKeys(text)).toEqual(keys);
  });
});
