// Statement speakers carried by the story's context (session 13): shapes checked on corpus stories outside the gold sets
// (counts in the commit messages and ingest/extract/README.md).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../ingest/extract/index.ts';
import { statementsOf } from './extract-helpers.ts';

/** statementsOf, for an article with a title. */
function titledStatementsOf(title: string, text: string, pub: string, dateline: string): string[] {
  const p = extractArticle({ id: 'art_t', text, publishedAt: pub, title, source: 't', url: null, dateline });
  return p.nodes
    .filter((n) => n.label === 'Statement')
    .map((n) => `${p.rels.filter((r) => r.type === 'MADE' && r.to.key === n.key).map((r) => `${r.from.label}:${r.from.key}`).sort().join('+')} ${String(n.props['kind'])}`)
    .sort();
}

describe('speakers: one body named twice is one speaker, whose "it said" goes on', () => {
  it('"the Organization for Economic Cooperation and Development (OECD) said … it said"', () => {
    expect(statementsOf('Prospects for world economic growth remain very sluggish, the Organization for Economic Cooperation and Development (OECD) said here.\n    "The economic situation has deteriorated in recent months," it said in one of its reviews.', '1987-06-18', 'PARIS, June 18'))
      .toEqual(['Organization:oecd characterization', 'Organization:oecd characterization']);
  });
});

describe('speakers: "the fund said" is the IMF the story names, else no one', () => {
  it.each([
    ['The International Monetary Fund said it has loaned Uganda 92.1 mln dlrs. The fund said 60 mln dlrs of the loan is available through the structural adjustment facility.', 'WASHINGTON, June 18',
      ['Organization:imf announcement', 'Organization:imf characterization']],
    // a mutual fund: not the dateline's state
    ['The fund has issued 19.5 mln shares of common stock, it said. The fund, at a special board meeting, said the offer is not conditioned on any minimum number of shares.', 'MEXICO CITY, March 30', []],
    ['The fund said the net asset value of its shares was 8.13 dlrs.', 'NEW YORK, March 30', []],
  ] as const)('%s (%s)', (text, dateline, out) => {
    expect(statementsOf(text, '1987-06-18', dateline)).toEqual(out);
  });
});

describe('speakers: a state organ\'s document told without its state is the state\'s', () => {
  it.each([
    ['Iraq said its forces were battling Iranian troops near Basra.\n    The third High Command communique issued during the day said the Iranians launched a major overnight assault.\n    The communique said the Iranian troops were annihilated.\n    It said Iraqi forces were continuing counter-attacks.', 'BAGHDAD, April 7',
      ['Country:IQ announcement', 'Country:IQ announcement', 'Country:IQ characterization', 'Country:IQ characterization']],
    ['The Taiwan cabinet approved a record deficit budget for fiscal 1987/88, a cabinet statement said.', 'TAIPEI, March 17', ['Country:TW announcement']],
    ['President Amin Gemayel named Selim Hoss as acting prime minister, a presidential palace statement said.', 'BEIRUT, June 1', ['Country:LB announcement']],
  ] as const)('%s (%s)', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(out);
  });
});

describe('speakers: a body of government under a dateline of no state is of the state the title opens with', () => {
  const text = 'The finance ministry has proposed a change in rules affecting ownership of commercial banks, a ministry statement said.';
  it('with the title', () => {
    expect(titledStatementsOf('SWEDEN MAKES PROPOSAL FOR BANKING CHANGE', text, '1987-04-03', 'STOCKHOLM, April 3')).toEqual(['Country:SE proposal']);
  });
  it('without it', () => {
    expect(statementsOf(text, '1987-04-03', 'STOCKHOLM, April 3')).toEqual([]);
  });
  it('not a spokesman at large, nor a person of a firm named "Government Securities"', () => {
    expect(titledStatementsOf('SWEDISH SEAMEN\'S STRIKE ENDS', 'The seamen signed an agreement for a 120 pct salary rise, a spokesman said.', '1987-04-03', 'STOCKHOLM, April 3')).toEqual([]);
    expect(titledStatementsOf('SWEDISH JOBS DATA SEEN WEAK', 'Steve Slifer of Lehman Government Securities said the drop may also signal a drop in housing starts.', '1987-04-03', 'STOCKHOLM, April 3')).toEqual([]);
  });
});

describe('speakers: the ministry of the state that spoke in the sentence before', () => {
  it('"In Taipei, Taiwan said … A Foreign Ministry statement said: …" under a Peking dateline', () => {
    expect(statementsOf('In Taipei, Taiwan said it would not recognise the agreement. A Foreign Ministry statement said: "We regard the agreement on the Macao issue as null and void."', '1987-03-23', 'PEKING, March 23'))
      .toEqual(['Country:TW announcement', 'Country:TW characterization']);
  });
});
