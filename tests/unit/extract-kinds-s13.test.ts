// Statement kinds (session 13): shapes from blind samples of unannotated stories (reuters21578-9000 … 12999), each checked
// on a whole-corpus statement dump before and after (counts in the commit messages and the extract README).
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

describe('kinds: an apposition set off by dashes ends no main clause', () => {
  it.each([
    // the perfect of "several countries" is read past the dashed list (characterization before: the clause ended at "U.S.,")
    ['Mozambique\'s prime minister said several countries -- notably the U.S., Britain and Italy -- had already made pledges towards the appeal.', 'MAPUTO, April 9',
      ['Country:MZ announcement']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});

describe('kinds: a verb reporting what was said before its clause tells no act', () => {
  it.each([
    ['French officials said the G-7 reaffirmed that their currencies around current levels reflect economic fundamentals.', 'PARIS, April 9', ['Country:FR characterization']],
    ['Soviet officials said the Council of Ministers emphasised that the results of the first quarter fell short of the plan.', 'MOSCOW, April 9', ['Country:SU characterization']],
    // an act told after the verb still announces
    ['Saudi Oil Minister Hisham Nazer reaffirmed that the meeting of the committee has been postponed until April.', 'RIYADH, April 9', ['Leader:hisham-nazer announcement']],
    // not an act done without "that": "added reserves", "indicated they may go"
    ['The Federal Reserve said the Fed added reserves via customer repurchase agreements.', 'WASHINGTON, April 9', ['Organization:federal-reserve announcement']],
    ['Spain and Portugal indicated they may go to the European Court of Justice over the issue.', 'BRUSSELS, April 9', ['Country:ES+Country:PT announcement']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});

describe('kinds: a development blamed on a cause explains it, on an actor accuses', () => {
  it.each([
    ['Chinese officials blamed the deficit on excessive investment in fixed assets.', 'PEKING, April 9', ['Country:CN characterization']],
    ['Finance Ministry officials blamed last month\'s slower import growth on a decline in oil imports.', 'TOKYO, April 9', ['Country:JP characterization']],
    ['Soviet officials blamed the end of the freeze on the U.S. refusal to join a test ban.', 'MOSCOW, April 9', ['Country:SU accusation']],
    ['Japan blamed the United States for the dispute, officials said.', 'TOKYO, April 9', ['Country:JP accusation']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});

describe('kinds: retaliation held ready threatens', () => {
  it.each([
    ['U.S. officials said President Reagan was ready to impose retaliatory trade action against Japan.', 'WASHINGTON, April 9', ['Country:US threat']],
    ['British officials said Britain was ready to retaliate against Japanese financial groups in London.', 'LONDON, April 9', ['Country:GB threat']],
    // a policy held ready is announced
    ['Danish officials said the government was prepared to impose further austerity measures.', 'COPENHAGEN, April 9', ['Country:DK announcement']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});

describe('kinds: standing by someone or something backs it', () => {
  it.each([
    ['Libyan leader Muammar Gaddafi said he stood by Chad rebel forces fighting the government.', 'TRIPOLI, April 9', ['Leader:muammar-gaddafi support']],
    ['Treasury Secretary James Baker said he stood by the Paris agreement.', 'WASHINGTON, April 9', ['Leader:james-baker support']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});

describe('kinds: anger told at something is a concern', () => {
  it.each([
    ['British officials said the government is angered over the difficulties Cable and Wireless has faced in Japan.', 'LONDON, April 9', ['Country:GB concern']],
    ['U.S. officials said Volcker is particularly irritated with the reluctance of commercial banks to lend more.', 'WASHINGTON, April 9', ['Country:US concern']],
    // a feeling with nothing it is about stays as it was
    ['Japanese officials said, "We are also frustrated."', 'TOKYO, April 9', ['Country:JP characterization']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});

describe('kinds: harm a development would create is a warning', () => {
  it.each([
    ['Japanese officials said the dollar\'s fall below 150 yen would create huge unemployment and bankruptcies.', 'TOKYO, April 9', ['Country:JP warning']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});

describe('kinds: a lack of problems told is an assessment, not a denial', () => {
  it.each([
    ['Philippine Finance Secretary Jaime Ongpin said there is no problem in financing the prepayments.', 'MANILA, April 9', ['Leader:jaime-ongpin characterization']],
  ] as const)('%s', (text, dateline, out) => {
    expect(statementsOf(text, '1987-04-09', dateline)).toEqual(out);
  });
});
