/**
 * Speakers found in session 12's blind study of unannotated stories (ids 13500-17999): the members of a body told again
 * ("the ministers said") and an audience told again ("told the meeting that …"). Speakers only: kinds are another rule's.
 */
import { describe, expect, it } from 'vitest';
import { article } from './extract-helpers.ts';

/** Every statement of a short article as "speaker+speaker: text" (speakers sorted), in text order. */
function spoken(text: string, dateline: string | null = null): string[] {
  const p = article(text, '1987-04-10', dateline);
  return p.nodes
    .filter((n) => n.label === 'Statement')
    .map((n) => `${p.rels.filter((r) => r.type === 'MADE' && r.to.key === n.key).map((r) => `${r.from.label}:${r.from.key}`).sort().join('+')}: ${String(n.props['text']).slice(0, 40)}`);
}

describe('"the ministers said" goes on with the body whose ministers spoke', () => {
  const g7 = 'Finance ministers of the Group of Seven agreed on the need to stabilize currencies at current levels. In a communique issued after a four-hour meeting at the U.S. Treasury, the ministers said the value of the dollar was basically correct now. The communique said Japan affirmed its intention to open domestic markets.';
  it('gives the ministers and the communique after them to the Group of Seven', () => {
    expect(spoken(g7, 'WASHINGTON, April 9').map((s) => s.split(': ')[0])).toEqual(['Organization:g7', 'Organization:g7', 'Organization:g7']);
  });
  it('keeps the leader an aside names ("one, Canadian Finance Minister Michael Wilson, said")', () => {
    const text = 'Finance ministers of the Group of Seven met in Washington. The ministers, meanwhile, also continued talks on making their policy coordination more binding and one, Canadian Finance Minister Michael Wilson, said good progress was made.';
    expect(spoken(text, 'WASHINGTON, April 9').map((s) => s.split(': ')[0])).toEqual(['Leader:michael-wilson']);
  });
  it('gives "the delegates said" to the body that spoke before', () => {
    const text = 'The International Cocoa Organization said it would meet again in June. Differences remained on buffer stock rules, the delegates said.';
    expect(spoken(text, 'LONDON, April 9').map((s) => s.split(': ')[0])).toEqual(['Organization:icco', 'Organization:icco']);
  });
  it('gives "the ministers said" to no one when no body spoke before', () => {
    expect(spoken('The ministers said the government will continue to guarantee existing liabilities.', null)).toEqual([]);
  });
});

describe('an audience told again stays out of what was said', () => {
  it('"told the meeting that …"', () => {
    const text = 'Adebayo Adedeji, the executive secretary of the U.N. Economic Commission for Africa, told the meeting that there was an increasing net outflow of resources from Africa.';
    expect(spoken(text, 'ADDIS ABABA, April 9')).toEqual(['Leader:adebayo-adedeji: there was an increasing net outflow of r']);
  });
  it('"told the subcommittee that …", "told a Senate Agriculture subcommittee that …"', () => {
    const text = 'Treasury Secretary James Baker told the subcommittee that the Treasury would strengthen the Internal Revenue Service. Baker also told a Senate Appropriations subcommittee that the administration would cut its loans.';
    expect(spoken(text, 'WASHINGTON, April 9').map((s) => s.replace(/^[^:]+:[^:]+: /, ''))).toEqual(['the Treasury would strengthen the Intern', 'the administration would cut its loans.']);
  });
});

describe('"one said" is one of the officials told of just before, else no one', () => {
  it('goes on with the state of the officials of the sentence before', () => {
    const text = 'The officials said they expected sentiment against the dollar to change soon, Japanese officials said. "We have already seen some signs of improvement, but the market does not appreciate it yet," one said.';
    expect(spoken(text, 'TOKYO, April 26').map((s) => s.split(': ')[0])).toEqual(['Country:JP', 'Country:JP']);
  });
  it('gives no state to one of the analysts or of diplomats of no state', () => {
    const text = 'Analysts said that the move by BP had come as a surprise. One noted that it was not immediately clear why the group should spend so much money.';
    expect(spoken(text, 'LONDON, March 30')).toEqual([]);
    const diplomats = 'Kuwait will charter Soviet tankers, diplomats said. The diplomats said they knew of no escort, but "the idea of protection is implicit," one said.';
    expect(spoken(diplomats, 'KUWAIT, April 13').filter((s) => /protection|escort/.test(s))).toEqual([]);
  });
});

describe('a speaker set off by commas after a lead-in of time', () => {
  it('"On Thursday, U.S. Treasury Secretary James Baker, in a statement to the committee, said …"', () => {
    const text = 'On Thursday, U.S. Treasury Secretary James Baker, in a statement to the policy-making committee, said commercial bank lending to debtor nations last year was disappointing.';
    expect(spoken(text, 'WASHINGTON, April 10').map((s) => s.split(': ')[0])).toEqual(['Leader:james-baker']);
  });
  it('gives no state to people of no office ("Earlier, Yugoslav journalists, who asked to remain anonymous, told Reuters")', () => {
    const text = 'Earlier, Yugoslav journalists, who asked to remain anonymous, told Reuters they had been barred from strike-hit factories.';
    expect(spoken(text, 'BELGRADE, March 9')).toEqual([]);
  });
});

describe('a position told in the present ("insist", "argue", "contend", "predict")', () => {
  it('gives the state or leader holding it', () => {
    const text = 'Japanese officials insist that on beef they will not liberalize imports, regardless of the U.S. pressure. Bonn\'s finance minister Gerhard Stoltenberg argues that major currency shifts have already taken place.';
    expect(spoken(text, 'TOKYO, April 9').map((s) => s.split(': ')[0])).toEqual(['Country:JP', 'Leader:gerhard-stoltenberg']);
  });
  it('keeps "insists on" whole, as the past "insisted on"', () => {
    expect(spoken('Brazil, the major producer, insists on quotas based on a traditional formula.', 'WASHINGTON, March 30')).toEqual(['Country:BR: Brazil, the major producer, insists on q']);
  });
  it('gives nothing to analysts, to a modal or "to" before the verb, nor to a belief', () => {
    const text = 'Analysts argue recent rises in civil service salaries suggest that tax concessions are unlikely. The United States would insist Japan open its markets. Nakasone declined to predict how high the yen would rise. U.S. officials believe that would help take some of the pressure off the United States.';
    expect(spoken(text, 'WASHINGTON, April 9')).toEqual([]);
  });
});
