// Unit tests of ingest/read: every input format, and every kind of bad input with its exact code and place.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../core/ids.ts';
import { normalizeDate, readInputs, splitDateline, unwrap, type ReadItem, type ReadOptions } from '../../ingest/read/index.ts';

const BAD = relative(process.cwd(), resolve(import.meta.dirname, '../fixtures/bad-input'));

async function collect(inputs: string[], opts: ReadOptions & { stdin?: NodeJS.ReadableStream } = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(inputs, opts)) out.push(item);
  return out;
}

/** `where code` for failures, `where ok` for articles: one line per item, in order. */
function summary(items: ReadItem[]): string[] {
  return items.map((i) => `${i.where} ${i.ok ? 'ok' : i.code}`);
}

function only(items: ReadItem[]) {
  expect(items).toHaveLength(1);
  const item = items[0]!;
  if (!item.ok) throw new Error(`expected an article, got ${item.code} at ${item.where}: ${item.message}`);
  return item.article;
}

describe('text helpers', () => {
  it.each([
    ['Showers continued\nthroughout the week.\n    The dry period\nmeans late.', 'Showers continued throughout the week.\n\nThe dry period means late.'],
    ['One.\n\n\nTwo\nlines.  \n', 'One.\n\nTwo lines.'],
    ['a\r\nb\r\n\r\nc', 'a b\n\nc'],
  ])('unwrap(%j)', (raw, expected) => {
    expect(unwrap(raw)).toBe(expected);
  });

  it.each([
    ['MOSCOW, March 2 - Soviet leader spoke.', 'MOSCOW, March 2', 'Soviet leader spoke.'],
    ['UNITED NATIONS, Dec 7 (Reuters) - The council met.', 'UNITED NATIONS, Dec 7', 'The council met.'],
    ['WASHINGTON -- Reagan said.', 'WASHINGTON', 'Reagan said.'],
    ['Moscow, March 2 - lower case place is no dateline.', null, 'Moscow, March 2 - lower case place is no dateline.'],
    ['Soviet leader Mikhail Gorbachev said.', null, 'Soviet leader Mikhail Gorbachev said.'],
  ])('splitDateline(%j)', (text, dateline, rest) => {
    expect(splitDateline(text)).toEqual({ dateline, text: rest });
  });

  it.each([
    ['2021-12-07', '2021-12-07'],
    ['1987-02-26T15:01:01', '1987-02-26'],
    ['2021-12-07T23:30:00-05:00', '2021-12-07'],
    ['2021/2/3', '2021-02-03'],
    ['Tue, 07 Dec 2021 10:00:00 GMT', '2021-12-07'],
    ['1987-02-30', null],
    ['2021-13-01', null],
    ['yesterday-ish', null],
    ['12/07/2021', null],
    [null, null],
  ])('normalizeDate(%j) = %j', (value, expected) => {
    expect(normalizeDate(value)).toBe(expected);
  });
});

describe('formats', () => {
  let dir: string;
  beforeAll(() => {
    dir = relative(process.cwd(), mkdtempSync(join(tmpdir(), 'diplograph-read-')));
    writeFileSync(join(dir, 'a.txt'), ' date 2021-12-07 Putin and Biden held a virtual summit Tuesday.\n\nThe talks lasted\ntwo hours.\n');
    writeFileSync(join(dir, 'b.md'), 'date: 1987-03-02\n# Shultz in Moscow\n\nMOSCOW, March 2 - Shultz met Shevardnadze.\n');
    writeFileSync(
      join(dir, 'c.json'),
      JSON.stringify([
        { id: 7, body: 'Kohl met\nMitterrand.', publishedAt: '1987-03-03T08:00:00Z', title: 'KOHL MEETS MITTERRAND', url: 'https://example.org/7' },
        { content: 'Chirac spoke.', published: 'Tue, 03 Mar 1987 10:00:00 GMT' },
      ]),
    );
    writeFileSync(join(dir, 'd.json'), JSON.stringify({ text: 'Nakasone visited Washington.', date: '1987-04-30' }));
    writeFileSync(
      join(dir, 'e.jsonl'),
      [
        JSON.stringify({ id: 'reuters-1', date: '1987-02-26T15:01:01', title: 'TALKS', dateline: 'GENEVA, Feb 26', text: 'Arms talks resumed\nin Geneva.\n    Both sides met. Reuter\n' }),
        JSON.stringify({ text: 'Thatcher arrived\r\nin Moscow.', date: '1987-03-28' }),
      ].join('\n') + '\n',
    );
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'f.ndjson'), JSON.stringify({ id: 'x', text: 'Reagan called Gorbachev.', date: '1987-10-01' }) + '\n');
    writeFileSync(join(dir, 'sub', 'notes.csv'), 'ignored,in,directories\n');
    writeFileSync(join(dir, '.hidden.txt'), ' date 2021-01-01 hidden files are skipped');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a directory recursively in sorted order, skipping other extensions and hidden files', async () => {
    expect(summary(await collect([dir]))).toEqual([
      `${dir}/a.txt ok`,
      `${dir}/b.md ok`,
      `${dir}/c.json[0] ok`,
      `${dir}/c.json[1] ok`,
      `${dir}/d.json ok`,
      `${dir}/e.jsonl:1 ok`,
      `${dir}/e.jsonl:2 ok`,
      `${dir}/sub/f.ndjson:1 ok`,
    ]);
  });

  it('.txt: the date header line may carry the first paragraph', async () => {
    const text = 'Putin and Biden held a virtual summit Tuesday.\n\nThe talks lasted two hours.';
    expect(only(await collect([`${dir}/a.txt`]))).toEqual({
      id: articleId(text), text, publishedAt: '2021-12-07', title: null, source: `${dir}/a.txt`, url: null, dateline: null,
    });
  });

  it('.md: "date:" header, heading as title, dateline split off the text', async () => {
    const text = 'Shultz met Shevardnadze.';
    expect(only(await collect([`${dir}/b.md`]))).toEqual({
      id: articleId(text), text, publishedAt: '1987-03-02', title: 'Shultz in Moscow', source: `${dir}/b.md`, url: null, dateline: 'MOSCOW, March 2',
    });
  });

  it('.json array: body/content and publishedAt/published fields, source file#id', async () => {
    const items = await collect([`${dir}/c.json`]);
    expect(items.map((i) => (i.ok ? i.article : i))).toEqual([
      { id: articleId('Kohl met Mitterrand.'), text: 'Kohl met Mitterrand.', publishedAt: '1987-03-03', title: 'KOHL MEETS MITTERRAND', source: `${dir}/c.json#7`, url: 'https://example.org/7', dateline: null },
      { id: articleId('Chirac spoke.'), text: 'Chirac spoke.', publishedAt: '1987-03-03', title: null, source: `${dir}/c.json`, url: null, dateline: null },
    ]);
  });

  it('.json object', async () => {
    const a = only(await collect([`${dir}/d.json`]));
    expect([a.text, a.publishedAt, a.source]).toEqual(['Nakasone visited Washington.', '1987-04-30', `${dir}/d.json`]);
  });

  it('.jsonl: corpus records are unwrapped, keep their dateline, lose the "Reuter" sign-off', async () => {
    const items = await collect([`${dir}/e.jsonl`]);
    expect(items.map((i) => (i.ok ? i.article : i))).toEqual([
      {
        id: articleId('Arms talks resumed in Geneva.\n\nBoth sides met.'), text: 'Arms talks resumed in Geneva.\n\nBoth sides met.', publishedAt: '1987-02-26',
        title: 'TALKS', source: `${dir}/e.jsonl#reuters-1`, url: null, dateline: 'GENEVA, Feb 26',
      },
      { id: articleId('Thatcher arrived in Moscow.'), text: 'Thatcher arrived in Moscow.', publishedAt: '1987-03-28', title: null, source: `${dir}/e.jsonl`, url: null, dateline: null },
    ]);
  });

  it('stdin: plain text with a date header', async () => {
    const a = only(await collect(['-'], { stdin: Readable.from([Buffer.from(' date 1987-05-01\nGorbachev\nspoke.\n')]) }));
    expect([a.text, a.publishedAt, a.source]).toEqual(['Gorbachev spoke.', '1987-05-01', 'stdin']);
  });

  it('stdin: JSON Lines, with line numbers across leading blank lines', async () => {
    const input = '\n' + JSON.stringify({ id: 's1', text: 'One.', date: '1987-01-01' }) + '\nnot json\n' + JSON.stringify({ text: 'Two.', date: '1987-01-02' });
    const items = await collect(['-'], { stdin: Readable.from([input.slice(0, 10), input.slice(10)]) });
    expect(summary(items)).toEqual(['stdin:2 ok', 'stdin:3 E_JSON', 'stdin:4 ok']);
    expect(items[0]!.ok && items[0]!.article.source).toBe('stdin#s1');
  });

  it('stdin: a pretty-printed JSON array', async () => {
    const input = JSON.stringify([{ text: 'A.', date: '1987-01-01' }, { text: 'B.' }], null, 2);
    expect(summary(await collect(['-'], { stdin: Readable.from([input]) }))).toEqual(['stdin[0] ok', 'stdin[1] E_NO_DATE']);
  });

  it('stdin: empty input and text over the limit', async () => {
    expect(summary(await collect(['-'], { stdin: Readable.from([Buffer.from('  \n\n')]) }))).toEqual(['stdin E_EMPTY']);
    expect(summary(await collect(['-'], { maxBytes: 100, stdin: Readable.from([Buffer.from('x'.repeat(60) + '\n' + 'y'.repeat(60))]) }))).toEqual(['stdin E_TOO_LARGE']);
  });
});

describe('edge cases', () => {
  let dir: string;
  beforeAll(() => {
    dir = relative(process.cwd(), mkdtempSync(join(tmpdir(), 'diplograph-edge-')));
    writeFileSync(join(dir, 'bom.txt'), '\uFEFF date 1987-03-02\nKohl spoke.\n');
    writeFileSync(join(dir, 'bom.jsonl'), '\uFEFF' + JSON.stringify({ text: 'Chirac spoke.', date: '1987-03-03' }) + '\r\n');
    mkdirSync(join(dir, 'sub'));
    symlinkSync(resolve(dir), join(dir, 'sub', 'loop'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a UTF-8 byte order mark and CRLF line ends are accepted', async () => {
    const items = await collect([`${dir}/bom.txt`, `${dir}/bom.jsonl`]);
    expect(items.map((i) => (i.ok ? [i.where, i.article.text, i.article.publishedAt] : [i.where, i.code]))).toEqual([
      [`${dir}/bom.txt`, 'Kohl spoke.', '1987-03-02'],
      [`${dir}/bom.jsonl:1`, 'Chirac spoke.', '1987-03-03'],
    ]);
  });

  it('a symbolic link back to a parent directory is not followed twice', async () => {
    expect(summary(await collect([dir]))).toEqual([`${dir}/bom.jsonl:1 ok`, `${dir}/bom.txt ok`]);
  });
});

describe('bad input', () => {
  it('a directory of bad files: one failure per file (or line), in sorted order, the batch goes on', async () => {
    const items = await collect([BAD]);
    expect(summary(items)).toEqual([
      `${BAD}/bad-date.txt E_BAD_DATE`,
      `${BAD}/binary.txt E_BINARY`,
      `${BAD}/blank.md E_EMPTY`,
      `${BAD}/broken.json E_JSON`,
      `${BAD}/empty.jsonl E_EMPTY`,
      `${BAD}/empty.txt E_EMPTY`,
      `${BAD}/latin1.txt E_ENCODING`,
      `${BAD}/mixed.jsonl:1 ok`,
      `${BAD}/mixed.jsonl:2 E_JSON`,
      `${BAD}/mixed.jsonl:4 E_NO_TEXT`,
      `${BAD}/mixed.jsonl:5 E_NO_DATE`,
      `${BAD}/mixed.jsonl:6 E_BAD_DATE`,
      `${BAD}/mixed.jsonl:7 E_JSON`,
      `${BAD}/mixed.jsonl:8 E_ENCODING`,
      `${BAD}/mixed.jsonl:9 ok`,
      `${BAD}/no-date.txt E_NO_DATE`,
      `${BAD}/only-header.txt E_NO_TEXT`,
    ]);
  });

  it.each([
    ['bad-date.txt', 'E_BAD_DATE', 'date "1987-02-30" does not parse: expected YYYY-MM-DD or an ISO timestamp'],
    ['binary.txt', 'E_BINARY', 'binary data (NUL bytes): expected UTF-8 text (UTF-16 files must be saved as UTF-8)'],
    ['empty.txt', 'E_EMPTY', 'empty file: expected article text'],
    ['blank.md', 'E_EMPTY', 'file holds only white space: expected article text'],
    ['latin1.txt', 'E_ENCODING', 'not valid UTF-8 (first bad byte on line 3): expected UTF-8 text'],
    ['no-date.txt', 'E_NO_DATE', 'no publication date: expected a date (YYYY-MM-DD) in the input, or pass --default-date'],
    ['only-header.txt', 'E_NO_TEXT', 'no article text: expected non-empty text'],
    ['unsupported.csv', 'E_UNSUPPORTED', 'unsupported file type ".csv": expected one of .txt .md .json .jsonl .ndjson'],
    ['empty.jsonl', 'E_EMPTY', 'no records: expected one JSON object per line'],
    ['does-not-exist.txt', 'E_NOT_FOUND', 'no such file or directory: expected an article file, a directory or -'],
  ])('%s → %s with a message saying what was expected', async (name, code, message) => {
    const where = `${BAD}/${name}`;
    expect(await collect([where])).toEqual([{ ok: false, where, code, message }]);
  });

  it('JSONL lines: messages name what each line should have been', async () => {
    const items = await collect([`${BAD}/mixed.jsonl`]);
    const failures = items.filter((i) => !i.ok).map((i) => (i.ok ? '' : `${i.where}: ${i.message}`));
    expect(failures[0]).toMatch(new RegExp(`^${BAD}/mixed.jsonl:2: not valid JSON \\(.+\\): expected one JSON object per line$`));
    expect(failures.slice(1)).toEqual([
      `${BAD}/mixed.jsonl:4: record has no text: expected a non-empty string in one of text, body, content`,
      `${BAD}/mixed.jsonl:5: no publication date: expected a date (YYYY-MM-DD) in the input, or pass --default-date`,
      `${BAD}/mixed.jsonl:6: date "yesterday-ish" does not parse: expected YYYY-MM-DD or an ISO timestamp`,
      `${BAD}/mixed.jsonl:7: expected a JSON object with text and date fields, got an array`,
      `${BAD}/mixed.jsonl:8: not valid UTF-8 (first bad byte on line 1): expected UTF-8 text`,
    ]);
    const good = items.filter((i) => i.ok).map((i) => (i.ok ? [i.article.text, i.article.publishedAt, i.article.source] : []));
    expect(good).toEqual([
      ['Shultz met Shevardnadze in Geneva.', '1987-03-02', `${BAD}/mixed.jsonl#g1`],
      ['Kohl telephoned Mitterrand.', '1987-03-03', `${BAD}/mixed.jsonl#g7`],
    ]);
  });

  it('--default-date fills a missing date but never overrides a bad one', async () => {
    const items = await collect([`${BAD}/no-date.txt`, `${BAD}/bad-date.txt`, `${BAD}/mixed.jsonl`], { defaultDate: '1987-06-01' });
    expect(summary(items)).toEqual([
      `${BAD}/no-date.txt ok`,
      `${BAD}/bad-date.txt E_BAD_DATE`,
      `${BAD}/mixed.jsonl:1 ok`,
      `${BAD}/mixed.jsonl:2 E_JSON`,
      `${BAD}/mixed.jsonl:4 E_NO_TEXT`,
      `${BAD}/mixed.jsonl:5 ok`,
      `${BAD}/mixed.jsonl:6 E_BAD_DATE`,
      `${BAD}/mixed.jsonl:7 E_JSON`,
      `${BAD}/mixed.jsonl:8 E_ENCODING`,
      `${BAD}/mixed.jsonl:9 ok`,
    ]);
    expect(items[0]!.ok && items[0]!.article.publishedAt).toBe('1987-06-01');
  });

  describe('large inputs (generated in a temp dir)', () => {
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'diplograph-big-'));
      const line = ' '.repeat(3) + 'The talks went on and on in Geneva without an end in sight.\n';
      const chunk = Buffer.from(line.repeat(Math.ceil((1 << 20) / line.length)));
      const out = createWriteStream(join(dir, 'big.txt'));
      out.write(' date 1987-03-02\n');
      for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) {
        if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      }
      await new Promise<void>((r) => out.end(() => r()));
      writeFileSync(join(dir, 'long.jsonl'), [
        JSON.stringify({ text: 'Short.', date: '1987-01-01' }),
        JSON.stringify({ text: 'x'.repeat(5000), date: '1987-01-01' }),
        JSON.stringify({ text: 'After.', date: '1987-01-01' }),
      ].join('\n'));
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('a 50 MB text file is rejected from its size, without reading it', async () => {
      const file = join(dir, 'big.txt');
      const before = process.memoryUsage().rss;
      const items = await collect([file]);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ ok: false, where: file, code: 'E_TOO_LARGE' });
      expect(items[0]!.ok ? '' : items[0]!.message).toMatch(/^file is 5\d{7} bytes, over the limit of 20971520 bytes/);
      expect(process.memoryUsage().rss - before).toBeLessThan(20 * 1024 * 1024);
    });

    it('a JSONL line over maxBytes is skipped with E_TOO_LARGE; the lines around it are read', async () => {
      const file = join(dir, 'long.jsonl');
      expect(summary(await collect([file], { maxBytes: 1000 }))).toEqual([`${file}:1 ok`, `${file}:2 E_TOO_LARGE`, `${file}:3 ok`]);
    });

    it('a file over a small maxBytes is E_TOO_LARGE', async () => {
      const file = `${BAD}/no-date.txt`;
      expect(summary(await collect([file], { maxBytes: 10 }))).toEqual([`${file} E_TOO_LARGE`]);
    });
  });
});
