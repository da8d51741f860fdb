// Leaders (session 13, leaders2): shapes checked on whole-corpus dumps (counts in the commit messages and the extract README).
import { describe, expect, it } from 'vitest';
import { article, leadersOf, statementsOf } from './extract-helpers.ts';

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

describe('leaders: an office after a word the story names as a company is that company\'s (companyNamedBefore, companyOfficers)', () => {
  it.each([
    // the company named with its ticker or its suffix elsewhere in the story: no leader, no statement
    ['Regie Nationale des Usines Renault <RENA.PA> said it signed a letter of intent. Renault President Raymond Levy said the agreement was an important stage.', [], []],
    ['Rosenberg joined BankAmerica Corp last year. He will report directly to BankAmerica Chairman A.W. Clausen, the bank said.', [], []],
    // (a state's body of no company suffix stays a leader)
    ['Bundesbank President Karl Otto Poehl said the mark was stable.', ['karl-otto-poehl'], ['Leader:karl-otto-poehl characterization']],
  ] as const)('%s', (text, leaders, out) => {
    expect(article(text, '1987-03-09', 'PARIS, March 9').nodes.filter((n) => n.label === 'Leader').map((n) => n.key)).toEqual(leaders);
    expect(statementsOf(text, '1987-03-09', 'PARIS, March 9')).toEqual(out);
  });
});
