/**
 * Leaders' statements told by shapes the attribution did not read (session 14): "He declined to comment …, saying: …" (a
 * pronoun before a verb phrase and "saying", and "did not confirm …, saying only …"); a state of mind told in the past
 * ("Bra Kanon reckoned …", "But he feared …", "he expected …", "Lawson doubted …"); ", who earlier today said …"; and a
 * quote broken by "he warned,".
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

describe('"he" before a verb phrase and "saying" is the last speaker going on', () => {
  it.each([
    ['Treasury Secretary James Baker said the dollar had fallen enough. He declined to comment on what might be a desired level for the dollar, saying: "We really don\'t talk about the dollar."',
      ['Leader:james-baker characterization', 'Leader:james-baker denial']],
    ['Prime Minister Andreas Papandreou said Greece would act. Government spokesman Yannis Roubatis did not confirm the move, saying only "The Greek fleet is not at its naval base."',
      ['Leader:andreas-papandreou announcement', 'Leader:yannis-roubatis characterization']],
    // after someone the extraction does not know, "he" is no one
    ['Analysts said the dollar had fallen enough. He declined to comment, saying the market would decide.', []],
  ] as const)('%s', (text, out) => {
    expect(statementsOf(text, '1987-04-09', 'WASHINGTON, April 9')).toEqual(out);
  });
});

describe('a state of mind told in the past attributes its clause', () => {
  it.each([
    ['Swiss National Bank President Markus Lusser said the accord was useful. But he feared such accords might be substituted for internationally negotiated pacts.',
      ['Leader:markus-lusser characterization', 'Leader:markus-lusser concern']],
    ['British Chancellor of the Exchequer Nigel Lawson doubted that Tokyo\'s partners would indulge in "Japan bashing" at the summit.',
      ['Leader:nigel-lawson characterization']],
    ['Japanese Finance Minister Kiichi Miyazawa said he was satisfied. He expected the Group of Seven countries to reaffirm the accord.',
      ['Leader:kiichi-miyazawa characterization', 'Leader:kiichi-miyazawa characterization']],
    // "than expected", "as expected", "had been expected." and "were feared dead" tell no one's words
    ['Turkey\'s economy grew much faster than expected in 1986 and domestic demand surged.', []],
    ['France\'s government won as expected a parliamentary vote of confidence.', []],
    ['London was more active than domestic houses had expected.', []],
  ] as const)('%s', (text, out) => {
    expect(statementsOf(text, '1987-04-09', 'LONDON, April 9')).toEqual(out);
  });
});

describe('", who earlier today said" and a quote broken by "he warned,"', () => {
  it.each([
    ['Reagan met Japan\'s Trade Minister Hajime Tamura, who earlier today said Japan was ready to take "appropriate measures" if Washington went ahead with the sanctions.',
      ['Leader:hajime-tamura announcement']],
    ['Costa Rica\'s Trade Minister Luis Diego Escalante said prices fell. "Be careful," he warned, "there\'s not as much coffee in the world as they say."',
      ['Leader:luis-diego-escalante characterization', 'Leader:luis-diego-escalante warning']],
  ] as const)('%s', (text, out) => {
    expect(statementsOf(text, '1987-04-09', 'WASHINGTON, April 9')).toEqual(out);
  });
});

describe('a person the extraction does not know, named with an office of a state or body, speaks for it and goes on', () => {
  it.each([
    ['Somphol Kiatpaiboon, director general of the Commercial Economics Department, said an absence of ICO quotas would encourage producers to release coffee. He said Indonesia is expected to export a substantial amount of coffee this month.',
      'BANGKOK, April 2', ['Country:TH announcement', 'Country:TH characterization']],
    ['Hungary is to embark on new austerity measures. But Zoltan Boesze, chief of the Finance Ministry\'s budget financing division, told Reuters the government now saw this as too high. Boesze said preliminary figures showed that the deficit rose.',
      'BUDAPEST, March 2', ['Country:HU characterization', 'Country:HU characterization']],
    // an office of a firm speaks for no state, and "he" after it is no one
    ['John Smith, chairman of Exxon Corp, said oil prices would rise. He said demand was strong.', 'NEW YORK, April 2', []],
    // nor does a union's office, nor a commercial bank's chairman
    ['Juan Lechin Oquendo, the veteran secretary general of the Bolivian Labour Organization, COB, told reporters: "I am joining the fast." He said the strike would go on.', 'LA PAZ, March 23', []],
    ['Hannes Androsch, chairman of Austria\'s Creditanstalt-Bankverein, said there was some truth to the charge.', 'VIENNA, March 23', []],
    // a name set off by an aside that holds no office is still no one's
    ['John Duffy, here after talks in the United States, said prices would rise.', 'LONDON, April 2', []],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-02', dateline)).toEqual(out);
  });
});
