// Statement kinds (session 10): shapes counted in a blind study of unannotated stories; made-up sentences.
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

describe('a call named in the sentence makes news of it only when an act is told', () => {
  it.each([
    ['"there was growing impatience after the talks" tells how things stand', 'Finance Minister Gerhard Stoltenberg said there was growing impatience in Bonn after his talks with Treasury Secretary James Baker.', 'BONN, April 7', ['Leader:gerhard-stoltenberg characterization']],
    ['"these movements do not affect us", said before a meeting, judges', 'Before his meeting with Treasury Secretary James Baker, Finance Minister Gerhard Stoltenberg said, "Such small movements of the dollar do not really affect us."', 'BONN, April 7', ['Leader:gerhard-stoltenberg characterization']],
    ['"he held frank discussions with" is news of the call', 'Finance Minister Gerhard Stoltenberg said he held frank discussions with Treasury Secretary James Baker.', 'BONN, April 7', ['Leader:gerhard-stoltenberg announcement']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('a perfect announces an act of a state, body or person, and tells how a thing stands', () => {
  it.each([
    ['"the rise of the mark has damaged exports" judges', 'Finance Minister Gerhard Stoltenberg said the rise of the mark has damaged West German exports.', 'BONN, April 7', ['Leader:gerhard-stoltenberg characterization']],
    ['"the policy had caused a price drop" judges', 'Agriculture Minister Carlos Romero said the policy of allowing stocks to accumulate had caused a price drop.', 'MADRID, April 7', ['Leader:carlos-romero characterization']],
    ['"the government has approved tax cuts" announces', 'Finance Minister Gerhard Stoltenberg said the government has approved new tax cuts.', 'BONN, April 7', ['Leader:gerhard-stoltenberg announcement']],
    ['"its forces had repulsed an attack" announces', 'Iraqi officials said its forces had repulsed an Iranian attack near Basra.', 'BAGHDAD, April 7', ['Country:IQ announcement']],
    ['a name opening the clause, written with its capital elsewhere, acts', 'Trade Minister Hajime Tamura said Toyota had applied for a licence. Officials met Toyota executives last week.', 'TOKYO, April 7', ['Leader:hajime-tamura announcement']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('a measure or procedure set for a day is arranged, not forecast', () => {
  it.each([
    ['"the new rules will apply from July 1" announces', 'Finance Minister Nigel Lawson said the new rules will apply from July 1.', 'LONDON, April 7', ['Leader:nigel-lawson announcement']],
    ['"work will begin on April 3" announces', 'Mines Minister Subroto said work on the mine will begin on April 3.', 'JAKARTA, April 7', ['Leader:subroto announcement']],
    ['a day in a clause of its own sets nothing', 'Finance Minister Dilson Funaro said the attitude of the banks would not help end the crisis that began when Brazil suspended payments on February 20.', 'BRASILIA, April 7', ['Leader:dilson-funaro characterization']],
    ['a forecast without a day stays one', 'Finance Minister Nigel Lawson said the new rules will attract more foreign banks.', 'LONDON, April 7', ['Leader:nigel-lawson characterization']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('a passive whose agent is a thing explains; one done by an actor, or by a measure, is an act', () => {
  it.each([
    ['"growth was generated mainly by the export sector" explains', 'Finance Minister Gerhard Stoltenberg said growth was generated mainly by the export sector.', 'BONN, April 7', ['Leader:gerhard-stoltenberg characterization']],
    ['"the decision was taken by the cabinet" announces', 'Finance Minister Gerhard Stoltenberg said the decision was taken by the cabinet.', 'BONN, April 7', ['Leader:gerhard-stoltenberg announcement']],
    ['"spending was cut by about 25 pct" announces', 'Finance Minister Gerhard Stoltenberg said spending was cut by about 25 pct.', 'BONN, April 7', ['Leader:gerhard-stoltenberg announcement']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('a fear told is a concern', () => {
  it.each([
    ['"expressed fears that" worries', 'Finance Minister Gerhard Stoltenberg expressed fears that the dollar could fall further.', 'BONN, April 7', ['Leader:gerhard-stoltenberg concern']],
    ['"he feared" worries', 'Finance Minister Gerhard Stoltenberg said he feared exports would suffer.', 'BONN, April 7', ['Leader:gerhard-stoltenberg concern']],
    ['"for fear that" is a reason, no fear told', 'Finance Minister Gerhard Stoltenberg said Bonn would not cut taxes for fear that the deficit would grow.', 'BONN, April 7', ['Leader:gerhard-stoltenberg announcement']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('an -ed adjective before its noun is no past verb of the clause (ED_ADJECTIVES)', () => {
  it.each([
    ['"other industrialized nations committed themselves" tells the act of "committed"', 'Prime Minister Yasuhiro Nakasone said Japan and other industrialized nations committed themselves in Paris to stabilize the dollar.', 'TOKYO, April 7', ['Leader:yasuhiro-nakasone announcement']],
    ['"faced very limited choices" tells how things stand', 'Finance Minister Gerhard Stoltenberg said this week that Bonn faced very limited economic choices.', 'BONN, April 7', ['Leader:gerhard-stoltenberg characterization']],
    ['"closed" before a name stays an act', 'Finance Minister Gerhard Stoltenberg said the Federal Banking Office closed Schroeder Bank on Monday.', 'BONN, April 7', ['Leader:gerhard-stoltenberg announcement']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('a present passive tells how things stand, unless it tells an act arranged', () => {
  it.each([
    ['"the proposal is designed to avoid an impasse" describes', 'Finance Secretary Jaime Ongpin said the proposal is designed to avoid an impasse.', 'MANILA, April 7', ['Leader:jaime-ongpin characterization']],
    ['"spending is projected to fall" forecasts', 'Finance Minister Gerhard Stoltenberg said spending is projected to fall by two billion marks.', 'BONN, April 7', ['Leader:gerhard-stoltenberg characterization']],
    ['"the next tender is set for April 9" announces', 'Finance Minister Gerhard Stoltenberg said the next tender is set for April 9.', 'BONN, April 7', ['Leader:gerhard-stoltenberg announcement']],
    ['"the decision was taken" stays an act', 'Finance Minister Gerhard Stoltenberg said the decision was taken yesterday.', 'BONN, April 7', ['Leader:gerhard-stoltenberg announcement']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('a purpose set before the main clause is a lead-in', () => {
  it.each([
    ['"To help ensure that the cuts are implemented, MITI called in …" announces the act', 'Trade Minister Hajime Tamura said that to help ensure that the cutbacks are implemented, MITI called in the chipmakers last week.', 'TOKYO, April 7', ['Leader:hajime-tamura announcement']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('market terms that look like stance cues', () => {
  it.each([
    ['"the London Interbank Offered Rate" offers nothing', 'Finance Secretary Jaime Ongpin said Chile\'s accord at one point over the London Interbank Offered Rate was a good sign for the Philippines.', 'MANILA, April 7', ['Leader:jaime-ongpin characterization']],
    ['"hostile takeover attempts" accuse no one; "does not favour" refuses', 'Chancellor of the Exchequer Nigel Lawson said the government does not favour rules to shield companies from hostile takeover attempts.', 'LONDON, April 7', ['Leader:nigel-lawson denial']],
    ['"hostile" of a state still accuses', 'Foreign Minister Ali Akbar Velayati said the United States had taken a hostile stand against Iran.', 'TEHRAN, April 7', ['Leader:ali-akbar-velayati accusation']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('a need stated asks for it; a regret told is a concern', () => {
  it.each([
    ['"some kind of debt relief is necessary" asks for it', 'Finance Minister Dilson Funaro said some kind of debt relief is necessary.', 'BRASILIA, April 7', ['Leader:dilson-funaro demand']],
    ['"it would be necessary for other countries to adjust" asks it of them', 'Treasury Secretary James Baker said it would be necessary for other countries to adjust their currencies.', 'WASHINGTON, April 7', ['Leader:james-baker demand']],
    ['"if tightening is necessary, we will do it" is no demand', 'Finance Minister Gerhard Stoltenberg said if tightening is necessary, the government will do it.', 'BONN, April 7', ['Leader:gerhard-stoltenberg announcement']],
    ['"another meeting would be necessary" asks for no act of another', 'Finance Minister Gerhard Stoltenberg said progress was made but another meeting would be necessary to complete the work.', 'BONN, April 7', ['Leader:gerhard-stoltenberg characterization']],
    ['"I regret that these actions are necessary" regrets', 'President Reagan said, "I regret that these actions are necessary."', 'WASHINGTON, April 7', ['Leader:ronald-reagan concern']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('a state, body or person said to need something asks for it', () => {
  it.each([
    ['"Yugoslavia needed new credits" asks for them', 'Deputy Prime Minister Janos Milosavljevic said Yugoslavia needed new credits.', 'BELGRADE, April 7', ['Leader:janos-milosavljevic demand']],
    ['"the Community needs more money" asks for it', 'Finance Minister Gerhard Stoltenberg said the Community needs more money.', 'BONN, April 7', ['Leader:gerhard-stoltenberg demand']],
    ['"roads needed repairing" tells how things stand', 'Finance Minister Gerhard Stoltenberg said more than 1,800 km of roads needed repairing.', 'BONN, April 7', ['Leader:gerhard-stoltenberg characterization']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('an acronym after a body\'s name is no end of its clause; a toll "feared" is no fear told', () => {
  it.each([
    ['"The Commodity Credit Corporation, CCC, has accepted …" announces', 'The Commodity Credit Corporation, CCC, has accepted a bonus offer on the sale of 4,400 tonnes of barley malt to Nigeria, the U.S. Agriculture Department said.', 'WASHINGTON, April 7', ['Country:US announcement']],
    ['"Up to 300 people were feared dead" tells a toll', 'Up to 300 people were feared dead and more than 15,000 were left homeless by the earthquake, Ecuadorean officials said.', 'QUITO, April 7', ['Country:EC announcement']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('a negated view or a lack of grounds told is an assessment, not a denial (session 12)', () => {
  it.each([
    ['"did not think … was far off" judges', 'Agriculture Secretary Richard Lyng said he did not think the price of U.S. wheat was far off the world price.', 'WASHINGTON, April 7', ['Leader:richard-lyng characterization']],
    ['"we don\'t see it going down yet" judges', '"We don\'t see the deficit beginning to go down yet," Treasury Secretary James Baker said.', 'WASHINGTON, April 7', ['Leader:james-baker characterization']],
    ['"there was no immediate need to change it" judges', 'Oil Minister Hisham Nazer said there was no immediate need to change the agreement.', 'RIYADH, April 7', ['Leader:hisham-nazer characterization']],
    ['"there was no sign of a settlement" judges', 'U.S. officials said there was no sign of any early settlement.', 'WASHINGTON, April 7', ['Country:US characterization']],
    ['"I do not think there will be a trade war" is an opinion, not an announcement', '"I do not think there will be a trade war at all," Commerce Secretary Malcolm Baldrige said.', 'WASHINGTON, April 7', ['Leader:malcolm-baldrige characterization']],
    ['"I don\'t think anyone should panic" is an opinion, not a demand', '"I don\'t think anyone should panic because all the economic indicators are solid," President Reagan said.', 'WASHINGTON, April 7', ['Leader:ronald-reagan characterization']],
    ['an act negated still denies', 'Finance Minister Nigel Lawson said the government had not intervened in the currency markets.', 'LONDON, April 7', ['Leader:nigel-lawson denial']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('a capability foretold is an outcome, not a plan (session 12)', () => {
  it.each([
    ['"the government would be able to retire debt" judges', 'Finance Minister Roger Douglas said the revised debt program meant the government would be able to retire 650 mln dlrs of debt.', 'WELLINGTON, April 7', ['Leader:roger-douglas characterization']],
    ['"will not be able to service its debt" judges', 'Finance Minister Dilson Funaro said Brazil will not be able to service its debt without new loans.', 'BRASILIA, April 7', ['Leader:dilson-funaro characterization']],
    ['"the government would retire debt" still announces', 'Finance Minister Roger Douglas said the government would retire 650 mln dlrs of debt.', 'WELLINGTON, April 7', ['Leader:roger-douglas announcement']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('"would not hesitate to" act holds out the act: a threat (session 12)', () => {
  it.each([
    ['"would not hesitate to use new powers to retaliate" threatens', 'Prime Minister Margaret Thatcher said Britain would not hesitate to use new powers against countries that do not offer reciprocal market access.', 'LONDON, April 7', ['Leader:margaret-thatcher threat']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('"agreed" before a noun names a deal made, not an agreement told (session 12)', () => {
  it.each([
    ['"remains within its agreed output ceiling" judges', 'Oil Minister Subroto said OPEC remains within its agreed output ceiling of 15.8 mln barrels a day.', 'JAKARTA, April 7', ['Leader:subroto characterization']],
    ['"OPEC agreed to cut output" is an agreement', 'Oil Minister Subroto said OPEC agreed to cut output.', 'JAKARTA, April 7', ['Leader:subroto agreement']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('"should" before its subject tells a condition, asks nothing (session 12, second kinds study)', () => {
  it.each([
    ['"Should the drought continue, output will fall" forecasts', 'Agriculture Minister Carlos Romero said should the present drought continue, output will fall sharply.', 'MADRID, April 7', ['Leader:carlos-romero characterization']],
    ['"should Seoul revalue the won, Korea would suffer" forecasts', 'Finance Minister Chung In-yong said should Seoul revalue the won suddenly, Korea would suffer a large trade deficit.', 'SEOUL, April 7', ['Leader:chung-in-yong characterization']],
    ['"Japan should open its market" still asks', 'Trade Representative Clayton Yeutter said Japan should open its market to U.S. rice.', 'WASHINGTON, April 7', ['Leader:clayton-yeutter demand']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('"invited offers" (bids, tenders) and paper or funds offered open a market procedure, no proposal (session 12, second kinds study)', () => {
  it.each([
    ['"the central bank invited offers of paper for a tender" announces', 'The Bank of France said it invited offers of first category paper today for a money market tender.', 'PARIS, April 7', ['Country:FR announcement']],
    ['"the central bank offered treasury bills at its tender" announces', 'The Bank of France said it offered 250 mln francs worth of three-month treasury bills at its weekly tender.', 'PARIS, April 7', ['Country:FR announcement']],
    ['aid offered to a state is still an offer', 'Foreign Minister Sahabzada Yaqub Khan said Pakistan has offered 50,000 tonnes of rice to Bangladesh.', 'ISLAMABAD, April 7', ['Leader:sahabzada-yaqub-khan proposal']],
    ['"invited Gorbachev to visit" still proposes', 'Prime Minister Yasuhiro Nakasone said he invited Soviet leader Mikhail Gorbachev to visit Japan.', 'TOKYO, April 7', ['Leader:yasuhiro-nakasone proposal']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('a right or option a measure gives is announced, not an outcome undergone (session 12, second kinds study)', () => {
  it.each([
    ['"workers will have the right to benefits" announces', 'Prime Minister Jacques Chirac said all workers made redundant will have the right to social benefits.', 'PARIS, April 7', ['Leader:jacques-chirac announcement']],
    ['"exporters will have the opportunity to sell wheat" announces', 'Agriculture Secretary Richard Lyng said U.S. exporters will have the opportunity to sell 300,000 tonnes of wheat to Algeria.', 'WASHINGTON, April 7', ['Leader:richard-lyng announcement']],
    ['"the country will have a deficit" stays an outcome', 'Prime Minister Jacques Chirac said France will have a trade deficit this year.', 'PARIS, April 7', ['Leader:jacques-chirac characterization']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});

describe('progress told as made judges, it reports no act (session 12, second kinds study)', () => {
  it.each([
    ['"progress has been made in talks" judges', 'Finance Minister Nigel Lawson said substantial progress has been made in talks with Japan.', 'LONDON, April 7', ['Leader:nigel-lawson characterization']],
    ['"progress was being made", in a second clause, judges', 'Finance Minister Nigel Lawson said the policy was sound and said that progress was being made.', 'LONDON, April 7', ['Leader:nigel-lawson characterization']],
    ['an act told beside it is still announced', 'Finance Minister Nigel Lawson said the government has approved new tax cuts.', 'LONDON, April 7', ['Leader:nigel-lawson announcement']],
  ])('%s', (_rule, text, dateline, expected) => {
    expect(statementsOf(text, '1987-04-07', dateline)).toEqual(expected);
  });
});
