/**
 * Organisations as speakers, from session 12's blind study of unannotated stories (ids 4500-8999): a state's central bank
 * told bare ("the central bank said", "the Bank said") speaks for the central bank the story names. Speakers only.
 */
import { describe, expect, it } from 'vitest';
import { article } from './extract-helpers.ts';

/** The speakers of every statement of a short article, as "Label:key" joined by "+" (sorted), in text order. */
function speakers(text: string, dateline: string | null = null): string[] {
  const p = article(text, '1987-04-10', dateline);
  return p.nodes
    .filter((n) => n.label === 'Statement')
    .map((n) => p.rels.filter((r) => r.type === 'MADE' && r.to.key === n.key).map((r) => `${r.from.label}:${r.from.key}`).sort().join('+'));
}

describe('a central bank told bare speaks for the central bank the story names', () => {
  it('"the central bank said" after "<state>\'s central bank"', () => {
    const text = "Norway's Central Bank reserves totalled 91.06 billion crowns in January. The reserves fell because of loan repayments, the central bank said.";
    expect(speakers(text, 'OSLO, April 9')).toEqual(['Country:NO']);
  });
  it('"the central bank said" with no central bank named: the dateline\'s state', () => {
    expect(speakers('Gross domestic product is expected to grow by two pct in 1987, the central bank said.', 'KUALA LUMPUR, April 9')).toEqual(['Country:MY']);
  });
  it('"a central bank spokesman" after a central bank the gazetteer knows, away from its capital', () => {
    const text = 'The Bundesbank accepted bids for 6.5 billion marks at today\'s tender for a 28-day securities repurchase pact, a central bank spokesman said.';
    expect(speakers(text, 'FRANKFURT, April 9')).toEqual(['Organization:bundesbank']);
  });
  it('"the Bank said" after "Bank of <state>"', () => {
    const text = 'The Bank of France expects a continued revival in industrial activity. Internal demand rose and the export situation improved, the Bank said.';
    expect(speakers(text, 'PARIS, April 9')).toEqual(['Country:FR']);
  });
  it('"the Bank said" after the Bank of England, told again', () => {
    const text = 'The Bank of England said it provided the market with 478 mln stg of assistance. The narrow measure, M0, fell one pct in February, the Bank said.';
    expect(speakers(text, 'LONDON, April 9')).toEqual(['Organization:bank-of-england', 'Organization:bank-of-england']);
  });
  it('not a bank whose name only ends in "Bank of <state>" ("Export-Import Bank of Japan"): the dateline\'s central bank', () => {
    const text = 'Approval of the loan will trigger another 300 mln dlr loan expected from the Export-Import Bank of Japan. The World Bank is expected to approve the loan by August, Central Bank sources said.';
    expect(speakers(text, 'MANILA, April 9')).toEqual(['Country:PH']);
  });
  it('not a commercial "Bank of <state>" ("Bank of America"), nor "the Bank" when another bank is named', () => {
    const text = 'Bank of America raised its prime rate to 7-3/4 pct. The Bank said the move followed higher money market rates.';
    expect(speakers(text, 'SAN FRANCISCO, April 9')).toEqual([]);
  });
  it('not central bank figures ("According to central bank figures, …")', () => {
    expect(speakers('According to central bank figures, Indonesia exported 362,700 tonnes of palm oil in 1985.', 'JAKARTA, April 9')).toEqual([]);
  });
});

describe('an unnamed ministry under a dateline that names no state speaks for the state the story opens with', () => {
  it('"the Finance Ministry said" under THE HAGUE', () => {
    const text = 'The Dutch current account surplus fell 5.4 billion guilders last year to a provisional 12.1 billion guilders, the Finance Ministry said in a statement.';
    expect(speakers(text, 'THE HAGUE, April 9')).toEqual(['Country:NL']);
  });
  it('"a Finance Ministry spokesman said" under BRUSSELS, for a later sentence too', () => {
    const text = 'Belgium is to issue a 150 billion franc, eight-year state loan. The loan will carry a coupon of eight pct, a Finance Ministry spokesman said.';
    expect(speakers(text, 'BRUSSELS, April 9')).toEqual(['Country:BE']);
  });
  it('not when the story opens with several states', () => {
    const text = 'Belgian and Dutch officials met to discuss the Scheldt. Agreement was near, a Foreign Ministry spokesman said.';
    expect(speakers(text, 'BRUSSELS, April 9')).toEqual([]);
  });
});

describe('"commission sources" lower-cased in a story about the Community are the European Commission\'s', () => {
  it('"the commission sources said"', () => {
    const text = 'The European Community Commission has decided to abolish a special tax on exports of Spanish maize, Commission sources said. The request will be considered at the committee\'s next meeting, the commission sources said.';
    expect(speakers(text, 'BRUSSELS, April 9')).toEqual(['Organization:european-commission', 'Organization:european-commission']);
  });
});
