// Calls: a gathering of a body's members told without the body ("The ministers met in Luxembourg yesterday") in a story
// about one international body is that body's (issue 3, session 12: calls missed on unseen news whose parties the story's
// context carries). Corpus, whole dump: +11 call lines and 1 re-given in 12 stories, the 8 below id 18000 read, all right.
import { describe, expect, it } from 'vitest';
import { callsOf } from './extract-helpers.ts';

describe('calls: the members of the story\'s only body meet as that body', () => {
  it.each([
    ['European Community farm ministers agreed on a dairy reform, officials said. The EC plan cuts output. The ministers met in Luxembourg yesterday.', '1987-03-10', 'LUXEMBOURG, March 10',
      ['meeting held 1987-03-09 Organization:ec']],
    ['The European Community is split over the EMS, officials said. The EC ideas are due to be unveiled when finance ministers hold an informal meeting in Belgium early next month.', '1987-03-10', 'BRUSSELS, March 10',
      ['meeting planned 1987-04 Organization:ec']],
    ['OPEC output is below its ceiling, OPEC officials said. The ministers will meet again in Vienna on June 25.', '1987-03-10', 'VIENNA, March 10',
      ['meeting planned 1987-06-25 Organization:opec']],
    ['The ICCO council agreed on buffer stock rules. ICCO delegates said the full council was meeting at 1530 GMT.', '1987-03-10', 'LONDON, March 10',
      ['meeting held 1987-03-10 Organization:icco']],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});

describe('calls: no body\'s meeting for a state\'s own ministers, an addressed audience, or a story of several bodies', () => {
  it.each([
    // (a state's cabinet)
    ['OPEC output is below its ceiling, OPEC officials said. Cabinet ministers met in Lagos yesterday.', '1987-03-10', 'LAGOS, March 10', []],
    // (the members as the object of "told": an audience)
    // (the first sentence's talks only)
    ['The UNCTAD rubber talks opened, UNCTAD officials said. Xuto told delegates this session offered a chance to conclude a pact.', '1987-03-10', 'GENEVA, March 10',
      ['talks held 1987-03-10 Organization:unctad']],
    // (two bodies named twice: whose ministers is not known)
    ['The IMF and the World Bank disagree, IMF and World Bank officials said. The ministers met in Paris yesterday.', '1987-03-10', 'PARIS, March 10', []],
    // (a compound "council meeting" is a sitting of the story's meeting, not the members gathering anew)
    ['The ICCO council agreed on buffer stock rules, ICCO delegates said. The semi-annual council meeting is scheduled to run until March 27.', '1987-03-16', 'LONDON, March 16', []],
    // (a body named once is no story's body)
    ['EC officials said prices fell. The ministers met in Brussels yesterday.', '1987-03-10', 'BRUSSELS, March 10', []],
  ] as const)('%s (%s, %s)', (text, pub, dateline, out) => {
    expect(callsOf(text, pub, dateline)).toEqual(out);
  });
});
