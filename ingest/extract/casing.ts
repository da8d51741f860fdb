/**
 * Truecasing of stories written without capitals (or all in capitals), before extraction.
 *
 * The extractor finds names by their capitals: gazetteer phrases are matched case-sensitively and
 * a leader's name is a run of capitalized words after a title. Some wires reach us lower-cased
 * ("Iranian foreign minister ali akbar velayati, here on a two-day official visit, informed cuban
 * foreign ministry officials", "finance minister manuel azpurua told a press conference"), so
 * nothing is found in them. `truecase` gives such a text its capitals back; it only changes the
 * case of letters, never their number, so every offset (sentences, mentions, provenance) is the
 * same in the restored text as in the original.
 *
 * @example truecase('foreign minister ali akbar velayati visited cuba.\n    Velayati said ...')
 *   // 'Foreign minister Ali Akbar Velayati visited Cuba.\n    Velayati said ...'
 */
import { MAX_PHRASE, PHRASES } from './gazetteer.ts';
import { tokenize, type Token } from './tokens.ts';

/** The case a text is written in: as usual, without capitals (but at sentence starts), or all in capitals. */
export type TextCase = 'mixed' | 'lower' | 'upper';

/**
 * Fewer capitalized words than this share, among words inside a sentence, make a text lower-cased:
 * ordinary news capitalizes 10–25% of them (names, places, organisations, titles before names);
 * the lower-cased wires keep at most a stray acronym ("the U.S. Attack": about 1–3%).
 */
const LOWER_SHARE = 0.04;
/** More upper-case letters than this share make a text all in capitals. */
const UPPER_SHARE = 0.9;
/** Below this many words the shares say nothing (a table of figures, a one-line flash). */
const MIN_WORDS = 20;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * The case a text is written in, from one pass over its characters (cheap enough for every story:
 * no allocation, no regular expression). A word counts when a letter follows a space or an opening
 * bracket or quote; words after a sentence end ('.', '!', '?' then spaces) are left out, since they
 * are capitalized in any text.
 */
export function textCase(text: string): TextCase {
  let words = 0;
  let capWords = 0;
  let upper = 0;
  let letters = 0;
  let afterEnd = true; // the text's start is a sentence start
  let prev = 32; // a space
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const up = isUpper(c);
    if (up || isLower(c)) {
      letters++;
      if (up) upper++;
      // 32 space, 10 newline, 40 '(', 34 '"', 39 "'"
      if (prev === 32 || prev === 10 || prev === 40 || prev === 34 || prev === 39) {
        if (!afterEnd) {
          words++;
          if (up) capWords++;
        }
        afterEnd = false;
      }
    } else if (c === 46 || c === 33 || c === 63) {
      // '.', '!', '?': the next word starts a sentence, unless letters follow at once ("U.S.")
      afterEnd = true;
    } else if (c !== 32 && c !== 10 && c !== 34 && c !== 39 && c !== 41) {
      afterEnd = false;
    }
    prev = c;
  }
  if (letters >= 4 * MIN_WORDS && upper > UPPER_SHARE * letters) return 'upper';
  if (words >= MIN_WORDS && capWords < LOWER_SHARE * words) return 'lower';
  return 'mixed';
}

/**
 * Gazetteer phrases not given capitals, lower-case they are ordinary words:
 * - English words: "fed cattle", "a bush", "polish", "turkey prices", "the gulf";
 * - a body every state has, which the gazetteer takes for one state's: a lower-cased wire from
 *   Quito or Toronto writing "congress", "the politburo" or "a treasury department spokesman"
 *   means its own (reuters21578-6899: Ecuador's congress; -1106: Ontario's treasury), not the
 *   U.S. Congress or the Soviet Politburo. "u.s. congress" is still restored, as a longer phrase.
 */
const NOT_RESTORED = new Set([
  'fed', 'bush', 'trump', 'turkey', 'chad', 'polish', 'guinea', 'reuter', 'un', 'gulf',
  'congress', 'politburo', 'treasury department', 'defense department', 'department of defense', 'state department',
  'department of state', 'foreign office', 'security council',
]);

/** Lower-cased phrase key → the gazetteer's own spelling ("ali akbar velayati" → "Ali Akbar Velayati"). */
const CASED = new Map<string, string>();
for (const key of PHRASES.keys()) {
  const low = key.toLowerCase();
  // only phrases with capitals to restore, and whose lower case keeps their length
  if (low === key || low.length !== key.length || NOT_RESTORED.has(low) || CASED.has(low)) continue;
  CASED.set(low, key);
}

/**
 * The last word of a title before a name ("finance minister manuel azpurua", "president jaime
 * lusinchi", "foreign minister ali akbar velayati").
 */
const TITLE_WORD = /^(?:minister|president|premier|chancellor|secretary|governor|chairman|director|ambassador|envoy|leader|king|queen|emir|sheikh|spokesman|spokeswoman|commissioner|senator|counterpart|negotiator|aide|adviser|advisor)$/;
/** Words that are never part of a name after a title, even at a sentence start ("He", "The"). */
const NOT_NAME = /^(?:a|an|and|as|at|but|by|for|from|had|has|he|her|his|in|is|it|its|of|on|or|said|says|she|that|the|their|they|this|to|told|was|were|which|who|will|with|would)$/;

/**
 * Words that do not open a sentence: after an initialism they continue it ("the U.S. And Japan",
 * "warned the U.S. Not to intervene", "dispute with the U.S. Over chips" — Reuters capitalises the
 * word after "U.S."). sentences.ts keeps such a word in the sentence; `lowerAfterInitialisms`
 * gives it back its small letter.
 */
export const CONTINUES = /^(?:And|Or|Nor|Not|Over|To|Of|For|With|From|By|At|On|Into|Against|Than|As|Has|Have|Had|Is|Are|Was|Were|Will|Would|Could|Should|May|Might|Must|Can|Also|Hopes|Wants|Says|Plans|Believes|Officials?|Firms|Dlrs?|Dollars|Intervention|Disclosures?|Policy|Policies|Anger)\b/;
/** An initialism ("U.S.", "U.K.") and the capitalised word after it, for `lowerAfterInitialisms`. */
const AFTER_INITIALISM = /\b(?:[A-Z]\.){2,}[ \t]+(?=[A-Z][a-z])/g;

/**
 * The wire's capital after an initialism made small again where the word goes on with the sentence
 * (CONTINUES): "Taiwan and the U.S. Have been holding talks" → "… the U.S. have been holding talks",
 * "U.S. Officials said" → "U.S. officials said", so that the finders' patterns, written for
 * ordinary English, read them (session 16: 4,348 words after "U.S." in 2,331 corpus stories are
 * capitalised, 1,000 or so of them such words). Not "May" before a day ("the U.S. May 5 …"), a
 * month. Same length as the input.
 */
export function lowerAfterInitialisms(text: string): string {
  let out: string[] | null = null;
  for (const m of text.matchAll(AFTER_INITIALISM)) {
    const at = m.index + m[0].length;
    const word = text.slice(at, at + 16);
    if (!CONTINUES.test(word) || /^May\s+\d/.test(word)) continue;
    out ??= [...text];
    if (out.length !== text.length) return text; // characters outside the basic plane: offsets would differ
    out[at] = text[at]!.toLowerCase();
  }
  return out ? out.join('') : text;
}

/** Replaces the characters of `tok` in `chars` by `cased` (same length). */
function setCase(chars: string[], tok: Token, cased: string): void {
  for (let k = 0; k < cased.length; k++) chars[tok.start + k] = cased[k]!;
}

function capitalize(chars: string[], tok: Token): void {
  const first = tok.text[0]!.toUpperCase();
  if (first.length === 1) chars[tok.start] = first;
}

/**
 * The text with its capitals restored when it is written lower-case or all in capitals; else the
 * text itself. Restored are, in this order:
 * - the starts of the text, of paragraphs and of sentences after a word's full stop ("… 1984. he");
 * - gazetteer phrases (countries, demonyms, capitals, organisations, known leaders), longest first;
 * - names after a title whose last word the story itself capitalizes at a sentence start:
 *   "finance minister manuel azpurua told …  Azpurua said …" → "Manuel Azpurua", and every other
 *   "manuel azpurua" or "azpurua" of the story.
 * Same length as the input, letter for letter.
 */
export function truecase(text: string): string {
  const kind = textCase(text);
  if (kind === 'mixed') return lowerAfterInitialisms(text);
  const source = kind === 'upper' ? text.toLowerCase() : text;
  if (source.length !== text.length) return text;
  const chars = [...source];
  if (chars.length !== text.length) return text; // characters outside the basic plane: leave the text as is
  const tokens = tokenize(source);

  // Sentence starts: the text's, a paragraph's, and after a full stop that ends a word of two
  // letters or more or a number (not an abbreviation's inner dot as in "u.s. attack").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^\p{Ll}/u.test(t.text)) continue;
    const gap = source.slice(i > 0 ? tokens[i - 1]!.end : 0, t.start);
    const prev = i > 1 ? tokens[i - 2]! : null;
    const start = i === 0 || /\n[^\S\n]+$/.test(gap)
      || (/^\s+$/.test(gap) && /^[.!?]$/.test(tokens[i - 1]!.text) && prev !== null && prev.end === tokens[i - 1]!.start && /^(?:\p{L}{2,}|\p{N}+)$/u.test(prev.text) && (i < 3 || tokens[i - 3]!.text !== '.'));
    if (start) capitalize(chars, t);
  }

  // Gazetteer phrases, longest match at each token.
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    let found: { cased: string; len: number } | null = null;
    for (let n = 1; n <= MAX_PHRASE && i + n <= tokens.length; n++) {
      key = n === 1 ? tokens[i]!.text.toLowerCase() : `${key} ${tokens[i + n - 1]!.text.toLowerCase()}`;
      const cased = CASED.get(key);
      if (cased) found = { cased, len: n };
    }
    if (!found) {
      // the parts of a hyphenated word that are names on their own ("iran-iraq war" → "Iran-Iraq")
      const t = tokens[i]!;
      if (!t.text.includes('-')) continue;
      let at = t.start;
      for (const part of t.text.split('-')) {
        const cased = CASED.get(part.toLowerCase());
        if (cased && cased.length === part.length && !cased.includes(' ')) setCase(chars, { text: part, start: at, end: at + part.length }, cased);
        at += part.length + 1;
      }
      continue;
    }
    const parts = found.cased.split(' ');
    for (let k = 0; k < found.len; k++) {
      const tok = tokens[i + k]!;
      if (parts[k]!.length === tok.text.length) setCase(chars, tok, parts[k]!);
    }
    i += found.len - 1;
  }

  // Names after a title, confirmed by the story's own capitals at a sentence start.
  const capitalized = new Set<string>();
  for (const t of tokenize(text)) if (/^\p{Lu}\p{Ll}+$/u.test(t.text)) capitalized.add(t.text.toLowerCase());
  const names: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!TITLE_WORD.test(tokens[i]!.text.toLowerCase())) continue;
    // up to three words after the title; the name ends at the last one the story capitalizes
    const run: Token[] = [];
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      const w = tokens[j]!.text.toLowerCase();
      if (!/^\p{L}+$/u.test(w) || NOT_NAME.test(w) || TITLE_WORD.test(w)) break;
      run.push(tokens[j]!);
    }
    while (run.length > 0 && !capitalized.has(run[run.length - 1]!.text.toLowerCase())) run.pop();
    if (run.length === 0) continue;
    names.push(run.map((t) => t.text.toLowerCase()));
  }
  // Every other mention of such a name, whole or by its last words ("febres cordero", "cordero").
  if (names.length > 0) {
    for (let i = 0; i < tokens.length; i++) {
      for (const name of names) {
        let n = name.length;
        while (n > 0 && !name.slice(name.length - n).every((w, k) => tokens[i + k]?.text.toLowerCase() === w)) n--;
        if (n === 0) continue;
        for (let k = 0; k < n; k++) capitalize(chars, tokens[i + k]!);
        i += n - 1;
        break;
      }
    }
  }
  return chars.join('');
}
