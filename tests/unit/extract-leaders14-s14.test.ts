import { describe, expect, it } from 'vitest';
import { article, leadersOf, statementsOf } from './extract-helpers.ts';

describe('leaders: a known body, then a lower-case office, then the name (orgOffices, session 14)', () => {
  it.each([
    ['The International Finance Corporation (IFC) will invest more, IFC chief executive William Ryrie said.',
      ['william-ryrie|IFC Chief Executive|official|Organization:ifc']],
    ['The International Energy Agency reported. IEA executive director Helga Steeg said demand would rise.',
      ['helga-steeg|IEA Executive Director|official|Organization:iea']],
    ['White House budget chief James Miller told the House Appropriations Committee.',
      ['james-miller|White House Budget Chief|official|Organization:white-house']],
    ['International Natural Rubber Organisation (INRO) buffer stock manager Aldo Hofmeister said the tests were good.',
      ['aldo-hofmeister|International Natural Rubber Organisation Buffer Stock Manager|official|Organization:inro']],
    // (a state's envoy to the body stands for the state)
    ["The shelling went on, Pakistan's acting U.N. representative Aneesuddin Ahmed said in a letter.",
      ['aneesuddin-ahmed|U.N. Representative|official|Country:PK']],
    // (no office word between the body and the name: no one)
    ['The IMF and World Bank officials met. ICCO delegates and World Bank economists said so.', []],
    // (a body no gazetteer knows: a company's)
    ['Lloyds Bank chief executive Brian Pitman said the bank had a small exposure.', []],
  ])('%s', (text, expected) => {
    expect(leadersOf(text)).toEqual(expected);
  });
});

describe('leaders: appositions with a chief executive, a manager or a treasurer, the Joint Chiefs of Staff, a state bank named alone (agencyAppositions, session 14)', () => {
  it.each([
    ["William Ryrie, chief executive of the World Bank's International Finance Corporation, said he would visit.",
      ["william-ryrie|Chief Executive of World Bank's International Finance Corporation|official|Organization:ifc"]],
    ['William Crowe, chairman of the U.S. Joint Chiefs of Staff, predicted Iran will retaliate.',
      ['william-crowe|Chairman of U.S. Joint Chiefs of Staff|official|Country:US']],
    ['Yurij V. Ponomarev, international managing director of the State Bank, said he will file a report.',
      ['yurij-v-ponomarev|International Managing Director of State Bank|official|-']],
    // (a bank "of" a place that is no state, and a company's executive: no one)
    ['John Smith, chief executive of the Bank of Boston, said it would invest. Mary Jones, manager of the National Bank of Detroit, agreed.', []],
  ])('%s', (text, expected) => {
    expect(leadersOf(text)).toEqual(expected);
  });
});

describe('leaders: an honorific then a given name alone is the one leader of the story whose full name starts with it (titledSurnames, session 14)', () => {
  it.each([
    ["Kuwait's Oil Minister, Sheikh Ali al-Khalifa al-Sabah, said there were no plans. Sheikh Ali denied that Kuwait was over-producing.",
      ['ali-al-khalifa-al-sabah|Oil Minister|minister|Country:KW']],
    // (two leaders of that given name: neither)
    ['Sheikh Ali al-Khalifa al-Sabah and Sheikh Ali Jaber al-Ahmed met. Sheikh Ali said no.',
      ['ali-al-khalifa-al-sabah|Sheikh|official|-', 'ali-jaber-al-ahmed|Sheikh|official|-', 'ali|Sheikh|official|-']],
  ])('%s', (text, expected) => {
    expect(leadersOf(text, null, '1987-03-01')).toEqual(expected);
  });
});

describe('leaders: a leader named only as the modifier of unnamed officials is left out (withoutOfficialsOnly, session 14; withoutModifierOnly since session 15)', () => {
  const leaderNodes = (text: string): string[] => article(text, '1987-03-15', 'WASHINGTON, March 15').nodes.filter((n) => n.label === 'Leader').map((n) => n.key);
  it('leaves Reagan out when only his administration\'s officials speak', () => {
    expect(leaderNodes('A Reagan administration official said the Paris agreement was the main reason markets were calm.')).toEqual([]);
    expect(statementsOf('A Reagan administration official said the Paris agreement was the main reason markets were calm.', '1987-03-15', 'WASHINGTON, March 15'))
      .toEqual(['Country:US characterization']);
  });
  it('keeps him when he is named otherwise (and, since session 15, leaves out "the Reagan administration" itself: the state)', () => {
    expect(leaderNodes('A Reagan administration official said markets were calm. President Reagan said the U.S. would escort the tankers.')).toEqual(['ronald-reagan']);
    expect(leaderNodes('The Reagan administration has forecast 3.2 pct U.S. economic growth this year.')).toEqual([]);
  });
});
