// Leaders named by an office of a body the gazetteer does not know, or a modified office (session 15, titles): shapes
// counted on the whole corpus (counts in the commit messages and ingest/extract/README.md).
import { describe, expect, it } from 'vitest';
import { callsOf, leadersOf, statementsOf } from './extract-helpers.ts';

describe('titles: a body of government the gazetteer lacks, an office, then the full name', () => {
  it.each([
    ['Output will reach 1.5 mln tonnes, National Sugar Administration (NSA) chairman Pedro Reyes said.', 'PH',
      ['pedro-reyes|National Sugar Administration Chairman|official|Country:PH']],
    ['Exports will fall, Philippine Coconut Authority chairman Juan Santos said.', null,
      ['juan-santos|Philippine Coconut Authority Chairman|official|Country:PH']],
    ['The budget is too large, Office of Management and Budget Director Robert Hale told reporters.', 'US',
      ['robert-hale|Office of Management and Budget Director|official|Country:US']],
    ['Securities and Exchange Commission chairman Mark Lowe said the rules would change.', 'US',
      ['mark-lowe|Securities and Exchange Commission Chairman|official|Country:US']],
  ] as const)('%s', (text, dateline, out) => {
    expect(leadersOf(text, dateline)).toEqual(out);
  });
  it('a U.S. agency by its acronym is the United States\' at home, under another dateline that dateline\'s state', () => {
    expect(leadersOf('FBI Director Paul Grant said the inquiry would go on.', 'US')).toEqual(['paul-grant|FBI Director|official|Country:US']);
    expect(leadersOf('GAO Senior Associate Director Ann Kerr told the panel costs would rise.', null)).toEqual(['ann-kerr|GAO Senior Associate Director|official|Country:US']);
    expect(leadersOf('EPA chief Taro Ueda told a news conference growth would slow.', 'JP')).toEqual(['taro-ueda|EPA Chief|official|Country:JP']);
  });
  it('a committee of Congress: its chairman is a legislator, its staff no one', () => {
    expect(leadersOf('Senate Trade Committee chairman Roy Miller said the bill would pass.', 'US')).toEqual(['roy-miller|Senate Trade Committee Chairman|legislator|Organization:us-congress']);
    expect(leadersOf('House Small Business Committee chief economist Roy Miller said the bill would pass.', 'US')).toEqual([]);
  });
  it('not a company\'s, a trade body\'s, a U.S. state\'s body nor a bare noun', () => {
    expect(leadersOf('Acme Corp chairman John Smith said profits rose.', 'US')).toEqual([]);
    expect(leadersOf('Profits rose, Nordic Helicopter Service technical director Per Olsen said.', 'NO')).toEqual([]);
    expect(leadersOf('Canadian Forest Industry Council chairman Adam Black told reporters the duty was unfair.', 'CA')).toEqual([]);
    expect(leadersOf('Florida Department of Agriculture spokeswoman Ann Lee said the fruit was safe.', 'US')).toEqual([]);
    expect(leadersOf('Board member Hans Vogel said the bank would cut rates.', 'DE')).toEqual([]);
  });
  it('his words are his, "he said" after them too', () => {
    expect(statementsOf('Output will reach 1.5 mln tonnes, National Sugar Administration (NSA) chairman Pedro Reyes said.\n    He said prices would stay high.', '1987-03-27', 'MANILA, March 27'))
      .toEqual(['Leader:pedro-reyes characterization', 'Leader:pedro-reyes characterization']);
  });
  it('"St." inside a name', () => {
    expect(leadersOf('House Banking Committee chairman Fernand St. Germain said the bill would pass.', 'US')).toEqual(['fernand-st-germain|House Banking Committee Chairman|legislator|Organization:us-congress']);
  });
});

describe('titles: modified offices', () => {
  it('"Public Credit Director" is a state\'s office, the dateline\'s', () => {
    expect(leadersOf('Public Credit Director Luis Mora said the bond issue would close next month.', 'CO')).toEqual(['luis-mora|Public Credit Director|official|Country:CO']);
    expect(leadersOf('Public Finances Director Luis Mora said the country would seek new credits.', 'VE')).toEqual(['luis-mora|Public Finances Director|official|Country:VE']);
    // (a company's director of finance is no state's)
    expect(leadersOf('Finance Director Luis Mora said profits rose.', 'CO')).toEqual([]);
  });
  it('"Prince" before an Arabic name, not before another', () => {
    expect(leadersOf('The newspaper quoted Prince Faisal ibn Saud as saying the study was complete.', 'SA')).toEqual(['faisal-ibn-saud|Prince|official|-']);
    expect(leadersOf('Prince Nayef al-Saud accused businessmen of ingratitude.', 'SA')).toEqual(['nayef-al-saud|Prince|official|-']);
    expect(leadersOf('The visitors will meet Queen Elizabeth and Prince Philip in London.', 'GB')).toEqual(['elizabeth|Queen|head_of_state|-']);
    expect(leadersOf('Candidates include Prince Abdul Karim Ibn Salman Ibn Faisal.', 'SA')).toEqual([]);
  });
  it('"Jan" is a given name before a surname, not before a day', () => {
    expect(leadersOf('SPD farm policy spokesman Jan Vries said his party would back the bill.', 'DE')).toEqual(['jan-vries|Spokesman|spokesperson|-']);
    expect(statementsOf('SPD farm policy spokesman Jan Vries said his party would support the bill.', '1987-06-15', 'BONN, June 15')).toEqual(['Leader:jan-vries support']);
    expect(leadersOf('The spokesman said on Jan Four the talks would resume.', 'DE')).toEqual([]);
  });
});

describe('titles: the head of a body\'s team after "led by"', () => {
  it('a body\'s team or mission, its head named by a lower-case office', () => {
    expect(leadersOf('A World Bank team led by senior economist Anna Berg arrived in Kenya for talks on a recovery program.', 'KE')).toEqual(['anna-berg|Senior Economist|official|Organization:world-bank']);
    expect(callsOf('A World Bank team led by senior economist Anna Berg arrived in Kenya for talks on a recovery program.', '1987-03-03', 'NAIROBI, March 3')).toEqual(['visit held 1987-03-03 Country:KE + Leader:anna-berg']);
  });
  it('not a company\'s group nor a state\'s delegation', () => {
    expect(leadersOf('An investor group led by chief executive Tom Hart said it holds 5.1 pct of the stock.', 'US')).toEqual([]);
    expect(leadersOf('A South African delegation led by chief debt negotiator Piet Botha met creditor banks in London.', 'ZA')).toEqual([]);
  });
});

describe('titles: a chamber\'s majority leader in lower case', () => {
  it('"Senate majority leader" is a legislator as "Senate Majority Leader" is', () => {
    expect(leadersOf('Senate majority leader Tom Reed said the bill would pass.', 'US')).toEqual(['tom-reed|Senate Majority Leader|legislator|Organization:us-congress']);
    expect(statementsOf('Senate majority leader Tom Reed said the vote was very close.', '1987-04-02', 'WASHINGTON, April 2')).toEqual(['Leader:tom-reed characterization']);
    // (a party's leader with no chamber stays out)
    expect(leadersOf('Democratic leader Tom Reed said the bill would pass.', 'US')).toEqual([]);
  });
});

describe('titles: a vice-minister of a ministry for a field, in lower case', () => {
  it('"Japanese vice-minister of finance for international affairs <Name>"', () => {
    expect(leadersOf('Japanese vice-minister of finance for international affairs Taro Ono told the conference he was ready to talk.', 'GB'))
      .toEqual(['taro-ono|Vice-Minister of Finance for International Affairs|official|Country:JP']);
    // (no name after the office: no one)
    expect(leadersOf('The vice-minister of finance for international affairs told the conference he was ready to talk.', 'GB')).toEqual([]);
  });
});
