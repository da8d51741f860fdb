// Leaders (session 13, leaders2): shapes checked on whole-corpus dumps (counts in the commit messages and the extract README).
import { describe, expect, it } from 'vitest';
import { leadersOf } from './extract-helpers.ts';

describe('leaders: an unplaced state office in a sentence naming only the dateline\'s state is that state\'s (datelineOffices)', () => {
  it.each([
    // the home state named in the office's own sentence, by name or demonym
    ['Ecuador is seeking to postpone payments to banks, Finance Minister Domingo Cordovez said.', 'EC',
      ['domingo-cordovez|Finance Minister|minister|Country:EC']],
    ['The Yugoslav government was seeking to refinance its debt, Deputy Finance Minister Boris Skapin said.', 'YU',
      ['boris-skapin|Deputy Finance Minister|official|Country:YU']],
    // (another state in the sentence: his may be either)
    ['Ecuador will buy crude from Peru, Finance Minister Domingo Cordovez said.', 'EC',
      ['domingo-cordovez|Finance Minister|minister|-']],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });
});
