import { describe, expect, it } from 'vitest';
import { leadersOf } from './extract-helpers.ts';

// Session 16: a name the story gives as a company's is no person before an apposition.
describe('leaders: a company named in the story is no person', () => {
  it('"Oki Electric, the spokesman said" after "<Oki Electric Industry Co Ltd>" (reuters21578-13295, rewritten)', () => {
    const text = '<Oki Electric Industry Co Ltd> may import car telephones made by its U.S. subsidiary, an Oki spokesman said.\n\n'
      + 'The phones are made to a system developed jointly by Motorola Inc <MOT> of the U.S. and Oki Electric, the spokesman said.';
    expect(leadersOf(text, 'JP', '1987-04-07')).toEqual([]);
  });

  it('a person in the same shape is still found', () => {
    const text = 'The phones are made to a system developed jointly by the two countries, Gary Holmes, the spokesman, said.';
    expect(leadersOf(text, 'JP', '1987-04-07')).toEqual(['gary-holmes|Spokesman|spokesperson|-']);
  });
});
