/** Reads a plain-text or Markdown article: an optional ` date YYYY-MM-DD` header, then the text. */
import { buildArticle } from './article.ts';
import type { Article, ReadOptions } from './types.ts';

/** ` date 2021-12-07 rest…` or `date: 2021-12-07`; without a colon the value must start with a digit. */
const HEADER = /^[ \t]*date(?::[ \t]*(\S+)|[ \t]+(\d\S*))[ \t]*(.*)$/i;

/**
 * Splits the date header off the first line. The rest of that line (the sample files put the
 * first paragraph there) stays part of the text.
 */
export function splitDateHeader(content: string): { date: string | undefined; body: string } {
  const nl = content.indexOf('\n');
  const first = nl < 0 ? content : content.slice(0, nl);
  const m = HEADER.exec(first.replace(/\r$/, ''));
  if (!m) return { date: undefined, body: content };
  const rest = (m[3] ?? '').trim();
  const body = (rest === '' ? '' : `${rest}\n`) + (nl < 0 ? '' : content.slice(nl + 1));
  return { date: m[1] ?? m[2], body };
}

/**
 * Builds the Article of a .txt or .md file's content. For Markdown, a first `# Heading` line
 * becomes the title.
 * @throws ReadError E_NO_TEXT, E_NO_DATE, E_BAD_DATE, E_TOO_LARGE
 */
export function plainToArticle(content: string, file: string, opts: ReadOptions, maxBytes: number): Article {
  const { date, body } = splitDateHeader(content);
  let text = body;
  let title: string | null = null;
  if (/\.md$/i.test(file)) {
    const h = /^\s*#{1,6}[ \t]+(.+?)[ \t#]*(?:\n|$)/.exec(text);
    if (h && h[1] !== undefined) {
      title = h[1].trim();
      text = text.slice(h[0].length);
    }
  }
  return buildArticle({ text, date, title, source: file, url: null, dateline: null }, opts, maxBytes);
}
