// "he said" after a sentence that names no new speaker (session 15): shapes checked on the whole corpus (counts in the
// commit messages and ingest/extract/README.md). The sentences are made up.
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract-helpers.ts';

const FED = 'Robert Heller, a member of the Federal Reserve Board, said he expects slower money growth this year.';

// (since session 15, appos, "a member of the Federal Reserve Board" makes Heller a leader of the Fed: his surname is then
// an attribution of its own, and "he" stays his)
describe('pronoun: the surname of someone speaking for a body keeps "he" his', () => {
  it('"Heller warned" does not end Heller\'s turn', () => {
    expect(statementsOf(`${FED}\n    "A return to the stagflation of the 1970s may follow," Heller warned.\n    He said the central bank would have to be disciplined.`, '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Leader:robert-heller announcement', 'Leader:robert-heller characterization', 'Leader:robert-heller warning']);
  });
  it('another surname does', () => {
    expect(statementsOf(`${FED}\n    "A return to the stagflation of the 1970s may follow," Morgan warned.\n    He said the central bank would have to be disciplined.`, '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Leader:robert-heller characterization']);
  });
});

describe('pronoun: a definite subject naming no person leaves "he" to the last speaker', () => {
  const lead = 'President Reagan criticized the House budget plan as business as usual.';
  it('"The budget cut defense … and called for new taxes"', () => {
    expect(statementsOf(`${lead}\n    The budget cut defense by eight billion dlrs and called for new taxes.\n    He said the defense cut weakened national security.`, '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Leader:ronald-reagan accusation', 'Leader:ronald-reagan characterization']);
  });
  it('not people ("The dockworkers say …")', () => {
    expect(statementsOf(`${lead}\n    The dockworkers say they cannot live on their pay.\n    He said the defense cut weakened national security.`, '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Leader:ronald-reagan accusation']);
  });
  it('not a paper, which may quote someone of its own', () => {
    expect(statementsOf(`${lead}\n    The newspaper said the plan would fail.\n    He said the defense cut weakened national security.`, '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Leader:ronald-reagan accusation']);
  });
});

describe('pronoun: the last speaker\'s own office is the last speaker', () => {
  const lead = 'U.S. Trade Representative Clayton Yeutter said the dispute with Japan was due to overproduction.';
  it('"The trade representative called for …"', () => {
    expect(statementsOf(`${lead}\n    The trade representative called for a long-term approach to trade.\n    There is a lot of work to be done, he added.`, '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Leader:clayton-yeutter announcement', 'Leader:clayton-yeutter characterization']);
  });
  it('not another office ("The professor …")', () => {
    expect(statementsOf(`${lead}\n    The professor called for a long-term approach to trade.\n    There is a lot of work to be done, he added.`, '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Leader:clayton-yeutter announcement']);
  });
});

describe('pronoun: "He did say, however, …" names no one new', () => {
  it('the pronoun before an auxiliary', () => {
    expect(statementsOf('Chancellor of the Exchequer Nigel Lawson said sterling was stable.\n    He did say, however, that interest rates could fall.\n    "I do not think so," he said.', '1987-04-08', 'LONDON, April 8'))
      .toEqual(['Leader:nigel-lawson characterization', 'Leader:nigel-lawson characterization']);
  });
  it('a surname before it does', () => {
    expect(statementsOf('Chancellor of the Exchequer Nigel Lawson said sterling was stable.\n    Jones did say, however, that interest rates could fall.\n    "I do not think so," he said.', '1987-04-08', 'LONDON, April 8'))
      .toEqual(['Leader:nigel-lawson characterization']);
  });
});

describe('pronoun: one unnamed official speaks on as "he"', () => {
  it('after a longer name with its abbreviation', () => {
    expect(statementsOf('Japan\'s money supply growth will stay high this quarter, a senior Bank of Japan (BOJ) official said.\n    He said the central bank would keep a close watch on liquidity.', '1987-04-08', 'TOKYO, April 8'))
      .toEqual(['Organization:bank-of-japan announcement', 'Organization:bank-of-japan characterization']);
  });
  it('not a former official', () => {
    expect(statementsOf('Washington had agreed to escort the tankers, a former Treasury official said.\n    But he said the policy had failed.', '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Country:US agreement']);
    expect(statementsOf('Washington had agreed to escort the tankers, a Treasury official said.\n    But he said the policy had failed.', '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Country:US agreement', 'Country:US characterization']);
  });
});

describe('pronoun: the surname of an unnamed official given a name speaks on for his state (personNames)', () => {
  const lead = 'A Treasury spokesman, Gary Holmes, said the U.S. would not change its policy.';
  it('"Holmes warned …" after others spoke keeps "he" his', () => {
    expect(statementsOf(`${lead}\n    Analysts said the talks were friendly.\n    Holmes warned that markets were too nervous.\n    He said the dollar was stable.`, '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Country:US announcement', 'Country:US characterization']);
  });
  it('another surname does not', () => {
    expect(statementsOf(`${lead}\n    Analysts said the talks were friendly.\n    Jones warned that markets were too nervous.\n    He said the dollar was stable.`, '1987-04-08', 'WASHINGTON, April 8'))
      .toEqual(['Country:US announcement']);
  });
});
