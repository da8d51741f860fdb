// Topics a call discussed (DISCUSSED), from the lexicon in ingest/gazetteer/topics.json.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../ingest/extract/index.ts';

function discussed(text: string): string[] {
  const p = extractArticle({ id: 'x', text, publishedAt: '1987-04-01', source: 'test' } as Parameters<typeof extractArticle>[0]);
  return p.rels.filter((r) => r.type === 'DISCUSSED').map((r) => `${r.from.key} ${r.to.key}`).sort();
}

describe('topics a call discussed', () => {
  it.each([
    // a topic that names the call's subject, before or after the call noun
    ['Japanese Trade Minister Hajime Tamura will hold trade talks with U.S. officials on Thursday.', ['1987-04-02-meeting-us-hajime-tamura trade']],
    ['American and Soviet negotiators resumed talks on arms control in Geneva on Monday.', ['1987-03-30-meeting-su-us arms-control']],
    ['Finance Minister Dilson Funaro met U.S. Treasury Secretary James Baker on Monday for talks on the rescheduling of its foreign debt.', ['1987-03-30-meeting-dilson-funaro-james-baker third-world-debt']],
    // a topic that only shares the sentence is not what the call was about
    ['Treasury Secretary James Baker met Japanese Finance Minister Kiichi Miyazawa on Monday, as trade tensions rose.', []],
    // words of discussing link every topic of the sentence (the rule before)
    ['Treasury Secretary James Baker and Japanese Finance Minister Kiichi Miyazawa met on Monday and discussed exchange rates and the trade deficit.', ['1987-03-30-meeting-james-baker-kiichi-miyazawa exchange-rates', '1987-03-30-meeting-james-baker-kiichi-miyazawa trade']],
  ] as const)('%s', (text, out) => {
    expect(discussed(text)).toEqual(out);
  });
});
