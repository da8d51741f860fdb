import { describe, expect, it } from 'vitest';
import { findLeaders } from '../../ingest/extract/leaders.ts';
import { findMentions } from '../../ingest/extract/mentions.ts';
import { tokenize } from '../../ingest/extract/tokens.ts';
import { statementsOf } from './extract-helpers.ts';

/** Each leader found as "id|title|role|represents" (`dateline` the dateline's state, or null). */
function leadersOf(text: string, dateline: string | null = null, date = '1987-04-05'): string[] {
  const toks = tokenize(text);
  const r = findLeaders(text, toks, findMentions(text, toks, date), date, dateline);
  return [...r.leaders.values()].map((l) => `${l.id}|${l.title}|${l.role}|${l.represents ? `${l.represents.label}:${l.represents.key}` : '-'}`);
}

describe('leaders: a body of government right before "chief" or "board member" (bodyOffices, session 12)', () => {
  it.each([
    // a body the gazetteer knows: its board or council member acts for it
    ['Bundesbank board member Claus Koehler called on central banks to act.', null, ['claus-koehler|Bundesbank Board Member|official|Organization:bundesbank']],
    ['Bundesbank council member Lothar Mueller said the bank has not given up its policy.', null, ['lothar-mueller|Bundesbank Council Member|official|Organization:bundesbank']],
    // capitalised words ending in a noun of government: the state named in them, else the dateline's
    ['White House Budget chief James Miller said he was concerned.', null, ['james-miller|White House Budget Chief|official|Country:US']],
    ['Soviet Planning chief Nikolai Talyzin told the Supreme Soviet output would rise.', null, ['nikolai-talyzin|Soviet Planning Chief|official|Country:SU']],
    ['Federal Aviation Administration chief Donald Engen said he plans to leave the government in July.', 'US', ['donald-engen|Federal Aviation Administration Chief|official|Country:US']],
    // (the run stops after a leader named before it)
    ['Treasury Secretary James Baker and Office of Management and Budget chief James Miller defended the plan.', 'US', ['james-baker|Treasury Secretary|minister|Country:US', 'james-miller|Office of Management and Budget Chief|official|Country:US']],
    // (no dateline's state when the sentence names another)
    ['Cabinet chief Bernard Prauge will lead the French delegation.', 'NZ', ['bernard-prauge|Cabinet Chief|official|-']],
    // not a company's, nor a party's
    ['Heineken board member Hans Coebergh, responsible for African operations, said sales rose.', null, []],
    ['Management board member Hans Baur told journalists the deal was done.', null, []],
    ['Finnair chief Gunnar Korhonen would not discuss the price.', null, []],
    ['It followed the resignation of Communist Party chief Hu Yaobang in January.', null, []],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });

  it('gives the official his statements', () => {
    expect(statementsOf('Bundesbank board member Claus Koehler said the only alternative to cooperation was protectionism.', '1987-04-07', 'BONN, April 7'))
      .toEqual(['Leader:claus-koehler characterization']);
  });
});

describe('leaders: an official named with his body of government in apposition (bodyAppositions, session 12)', () => {
  it.each([
    ['Istvan Nagy, a senior Finance Ministry official responsible for the law, said the talks would go on.', 'HU', ['istvan-nagy|Finance Ministry Official|official|Country:HU']],
    ['The post would go to Hans Tietmeyer, the current Finance Ministry State Secretary.', 'DE', ['hans-tietmeyer|Finance Ministry State Secretary|official|Country:DE']],
    ["Hubertus Schoen, the Cartel Office's spokesman, said the investigation had been running for weeks.", 'DE', ['hubertus-schoen|Cartel Office Spokesman|spokesperson|Country:DE']],
    // not a company's, a party's, a U.S. state's, nor a treaty named before the comma
    ['John Lord, a Mobil Corp spokesman, said prices would rise.', 'US', []],
    ["Roy Hattersley, the Labour Party's Treasury spokesman, said the Tories were wrong.", 'GB', []],
    ['Michelle McLawhorn, a Florida Insurance Department spokeswoman, said it was not yet known.', 'US', []],
    ['Talks on the International Tin Agreement, an EC spokesman said, would resume.', null, []],
  ])('%s', (text, dateline, expected) => {
    expect(leadersOf(text, dateline)).toEqual(expected);
  });

  it('gives the official his statements', () => {
    expect(statementsOf('Taizo Watanabe, a Foreign Ministry spokesman, said the talks would go on.', '1987-04-07', 'TOKYO, April 7'))
      .toEqual(['Leader:taizo-watanabe characterization']);
  });
});
