/** Word tokens with character offsets, shared by the gazetteer lookup and the patterns. */

/** One token of the text: its characters and offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Abbreviations with dots (U.S., U.K.), words with inner hyphens, numbers, single symbols. A hyphenated word
 * stops before an abbreviation: "Japan-U.S." is `Japan`, `-`, `U.S.` (not `Japan-U`, `.`, `S`, `.`).
 */
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{N}]*(?:-(?!(?:\p{L}\.){2,})[\p{L}\p{N}]+)*|\p{N}+(?:[.:,]\p{N}+)*|\S/gu;

/**
 * Splits text into tokens. The same function tokenizes gazetteer names, so lookups compare like
 * with like: `Russia’s` → `Russia`, `’`, `s`; `U.S.-Soviet` → `U.S.`, `-`, `Soviet`; `Japan-U.S.` → `Japan`, `-`, `U.S.`.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The token texts of a name joined by single spaces: the lookup key of a gazetteer phrase. */
export function phraseKey(name: string): string {
  return tokenize(name).map((t) => t.text).join(' ');
}

/** True when a token starts with an upper-case letter. */
export function isCapitalized(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && s[0] !== s[0]!.toLowerCase());
}

/** The text as a regular expression that matches it literally ("U.S." → "U\.S\."). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
