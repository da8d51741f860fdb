// Calls (session 13): parties a call's sentence leaves to the story's context (its title, first sentence or dateline).
// Shapes checked on corpus stories outside the gold sets (counts in the commit messages and the extract README).
import { describe, expect, it } from 'vitest';
import { titleStates } from '../../ingest/extract/index.ts';
import { callsOf } from './extract-helpers.ts';

const LEAD = 'Japan and the United States disagree on semiconductors, officials said. ';

describe('calls: the states a title names', () => {
  it.each([
    ['U.S., JAPAN TO HOLD CHIP TALKS', ['US', 'JP']],
    ['BRITAIN, JAPAN AGREE ON FLIGHTS OVER SIBERIA', ['GB', 'JP']],
    ['U.S. COULD APPROVE EGYPTIAN M-1A TANK PRODUCTION', ['US', 'EG']],
    ['HOUSE DEMOCRATS DRAFTING BUDGET AT SNAIL\'S PACE', []],
  ] as const)('%s', (title, out) => {
    expect(titleStates(title, '1987-03-03')).toEqual(out);
  });
});

describe('calls: "the two countries" or "the two sides" are the story\'s two states', () => {
  it.each([
    // the subject of the call word, the two states of the first sentence
    [`${LEAD}The two sides will meet again in May.`, ['meeting planned 1987-05 Country:JP + Country:US']],
    ['Speculation the United States will offer subsidized wheat to the Soviet Union has grown. Rumors have coursed through wheat markets since officials from the two countries held their customary, semi-annual grain talks in February.',
      ['talks held 1987-02 Country:SU + Country:US']],
    // the partner right after the call word, the two states its own sentence names
    ['South Korea is studying a plan to buy more coal from the United States, officials said. They said the plan would dominate discussions at two-day energy talks between officials of the two countries in Washington from April 1.',
      ['talks planned 1987-04-01 Country:KR + Country:US']],
    // not in talk of banks or firms
    ['Debt talks between the Philippine government and its bank advisory committee were poised, bankers said. The two sides will meet again on Friday.', []],
    // not in a clause of its own with a telling between ("indicating the two countries …, told journalists")
    [`${LEAD}A spokesman, indicating the two countries were close to agreement, told journalists: "Meetings are still in progress."`, []],
  ] as const)('%s', (text, out) => {
    expect(callsOf(text, '1987-03-03', 'TOKYO, March 3')).toEqual(out);
  });

  it('takes the pair from the title when the first sentence names one state', () => {
    expect(callsOf('Japanese officials said they hoped to settle the chip dispute. The two sides will meet again in May.', '1987-03-03', 'TOKYO, March 3', 'U.S., JAPAN TO HOLD CHIP TALKS'))
      .toEqual(['meeting planned 1987-05 Country:JP + Country:US']);
  });

  it('takes the pair of the first sentence in any form for a sentence that opens with the call noun', () => {
    expect(callsOf('U.S. and Japanese negotiators reached a tentative agreement on semiconductors. Talks are due to resume in Geneva on Monday.', '1987-03-03', 'TOKYO, March 3'))
      .toEqual(['talks planned 1987-03-09 Country:JP + Country:US']);
  });
});

describe('calls: "his counterpart" is the other state of the story\'s pair', () => {
  it.each([
    [`${LEAD}Trade Minister Hajime Tamura said he will hold talks with his counterpart on Friday.`, ['talks planned 1987-03-06 Country:US + Leader:hajime-tamura']],
    // not when the sentence names a third state
    [`${LEAD}Trade Minister Hajime Tamura said he will hold talks with his counterpart in Canada on Friday.`, []],
  ] as const)('%s', (text, out) => {
    expect(callsOf(text, '1987-03-03', 'TOKYO, March 3')).toEqual(out);
  });
});

describe('calls: an unnamed delegation arriving here comes from the story\'s other state', () => {
  it.each([
    [`${LEAD}The delegation arrived here yesterday.`, 'TOKYO, March 3', ['visit held 1987-03-02 Country:JP + Country:US']],
    // not when the dateline's state is not one of the pair
    [`${LEAD}The delegation arrived here yesterday.`, 'GENEVA, March 3', []],
  ] as const)('%s (%s)', (text, dateline, out) => {
    expect(callsOf(text, '1987-03-03', dateline)).toEqual(out);
  });

  it('takes a mission that "was due here" as planned', () => {
    expect(callsOf('A World Bank mission was due here soon to evaluate emergency loans, government officials said.', '1987-03-11', 'QUITO, March 11'))
      .toEqual(['visit planned null Country:EC + Organization:world-bank']);
  });
});
