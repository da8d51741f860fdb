// Leaders named first with their office after them in an apposition (session 15, appos): shapes counted on the whole
// corpus (counts in the commit messages and ingest/extract/README.md). Sentences invented or paraphrased.
import { describe, expect, it } from 'vitest';
import { leadersOf, statementsOf } from './extract-helpers.ts';

describe('appositions: an office in a body the story named in full before, now by its head noun', () => {
  it.each([
    ['The Nordic Trade Council will meet next month. Erik Lindqvist, head of planning for the council, said tariffs would be discussed.', null,
      ['erik-lindqvist|Head of Planning of Nordic Trade Council|official|-']],
    ['The Austrian National Bank will keep rates steady, Karl Huber, a member of the bank\'s governing board, said.', null,
      ['karl-huber|Member of Austrian National Bank Governing Board|official|Country:AT']],
    ['The World Bank will lend more to Kenya, said Peter Olsen, the bank\'s resident representative in Nairobi.', 'KE',
      ['peter-olsen|Resident Representative of World Bank|official|Organization:world-bank']],
    // a body of states takes no dateline's state
    ['A senior World Grain Council official spoke. Anne Morel, head of external relations for the council, said hunger was rising.', 'CN',
      ['anne-morel|Head of External Relations of World Grain Council|official|-']],
  ] as const)('%s', (text, dateline, out) => {
    expect(leadersOf(text, dateline)).toEqual(out);
  });
  it('not a company\'s bank, nor a bank the story leaves ambiguous, nor a trade body', () => {
    expect(leadersOf('Chemical Bank raised its prime rate, said John Smith, the bank\'s chief economist.')).toEqual([]);
    expect(leadersOf('The Asian Development Bank and the World Bank will meet. Peter Olsen, the bank\'s resident representative, said so.')).toEqual([]);
    expect(leadersOf('The Coffee Growers Federation met. Juan Perez, head of exports for the federation, said prices fell.')).toEqual([]);
    expect(leadersOf('John Smith, president of Acme Corp, said earnings rose.')).toEqual([]);
  });
  it('his words go to him', () => {
    expect(statementsOf('The World Bank will lend more to Kenya, said Peter Olsen, the bank\'s resident representative in Nairobi. Olsen said the loans would go to farming.', '1987-04-08', 'NAIROBI, April 8'))
      .toEqual(['Leader:peter-olsen announcement', 'Leader:peter-olsen characterization']);
  });
});

describe('appositions: the head of a delegation whose state the story gives', () => {
  it('"The delegation\'s leader, <Name>," after "a <state> delegation"', () => {
    expect(leadersOf('A 12-member Thai delegation left for Tokyo today. The delegation\'s leader, Somsak Chaiyo, told reporters the talks would be hard.'))
      .toEqual(['somsak-chaiyo|Leader of Delegation|official|Country:TH']);
  });
  it('"head of his nation\'s delegation" in a story about the dateline\'s state', () => {
    expect(leadersOf('Colombia wants export quotas back. Pedro Ruiz, manager of the national federation and head of his nation\'s delegation in London, blamed big consumers.', 'CO'))
      .toEqual(['pedro-ruiz|Head of Delegation|official|Country:CO']);
  });
  it('no state: no leader', () => {
    expect(leadersOf('The delegation\'s leader, Somsak Chaiyo, told reporters the talks would be hard.')).toEqual([]);
    expect(leadersOf('Pedro Ruiz, head of his nation\'s delegation in London, blamed big consumers.')).toEqual([]);
  });
});

describe('appositions: a ranked portfolio minister, and an office of the Treasury', () => {
  it.each([
    ['The talks will be led by Kenji Sato, Vice Finance Minister for International Affairs.', ['kenji-sato|Vice Finance Minister|official|-']],
    ['The delegation will include Jean Dupont, Director General of the Treasury.', ['jean-dupont|Director General|official|-']],
    // a company's: no leader
    ['Kenji Sato, vice chairman of Nippon Steel, said output would fall.', []],
    ['William Wu, head of the Treasury Unit of Chase Manhattan Bank, said rates would rise.', []],
  ] as const)('%s', (text, out) => {
    expect(leadersOf(text)).toEqual(out);
  });
});

describe('appositions: a body of "the government", a state\'s bank or authority after its state, a board member', () => {
  it.each([
    ['Ethiopia expects a good harvest. Tesfaye Bekele, head of the government\'s Agriculture Development Department, said rains were good.', 'ET',
      ['tesfaye-bekele|Head of Government\'s Agriculture Development Department|official|Country:ET']],
    ['Taiwan\'s reserves rose. Lin Chia-hsin, vice chairman of the government\'s Council for Economic Planning and Development, told reporters.', 'TW',
      ['lin-chia-hsin|Vice Chairman of Government\'s Council for Economic Planning and Development|official|Country:TW']],
    ['Jan Kowalski, head of Poland\'s National Bank, said talks went well.', null, ['jan-kowalski|Head of Poland\'s National Bank|official|Country:PL']],
    ['John Dunn, executive member of Canada\'s Great Lakes Harbour Authority, said traffic fell.', null,
      ['john-dunn|Executive Member of Canada\'s Great Lakes Harbour Authority|official|Country:CA']],
    ['Mark Lee, a member of the Federal Reserve Board, said inflation was a danger.', null, ['mark-lee|Member of Federal Reserve Board|official|Organization:federal-reserve']],
  ] as const)('%s', (text, dateline, out) => {
    expect(leadersOf(text, dateline)).toEqual(out);
  });
  it('not a company\'s department, nor a member of a company\'s board', () => {
    expect(leadersOf('Profits rose. Jim Brown, head of the company\'s research department, said so.', 'US')).toEqual([]);
    expect(leadersOf('Ann White, a member of the board of Acme Corp, resigned.', 'US')).toEqual([]);
    // (no state for the government: the story is about another state than the dateline's)
    expect(leadersOf('Brazil wants talks. Tesfaye Bekele, head of the government\'s Agriculture Development Department, said rains were good.', 'ET')).toEqual(['tesfaye-bekele|Head of Government\'s Agriculture Development Department|official|-']);
  });
});
