/** Sentences of an article: wink-nlp's boundaries, merged while a quotation is open. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { CONTINUES } from './casing.ts';

/** A sentence (or several merged while a quote ran on) with offsets into the article text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

function openQuote(s: string): boolean {
  let straight = 0;
  let curly = 0;
  for (const ch of s) {
    if (ch === '"') straight++;
    else if (ch === '\u201c') curly++;
    else if (ch === '\u201d') curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

/** An initialism closing a piece ("the U.S.", "the U.K."): wink ends a sentence there when a capital follows. */
const INITIALISM_END = /\b(?:[A-Z]\.){2,}$/;
/** A title before a name ("said retired Adm. John Poindexter"): never the end of a sentence. */
const TITLE_END = /\b(?:Adm|Gen|Sen|Rep|Gov|Lt|Col|Capt|Maj|Sgt|Cmdr|Dr|Mr|Mrs|Ms|Prof|Rev|Amb|Pres|Brig)\.$/;
/**
 * A piece of at most three words ending in an initialism ("The U.N.", "In the U.S.") is no sentence:
 * wink-nlp splits "U.N." into "U.N" + "." once its runtime vocabulary has learnt "U.N" from an
 * earlier text ("attend U.N ceremonies"), so the boundary there depends on what it read before.
 */
const SHORT_INITIALISM_PIECE = /^\S+(?:\s+\S+){0,2}$/;
function shortInitialismPiece(piece: string): boolean {
  const p = piece.trim();
  return INITIALISM_END.test(p) && SHORT_INITIALISM_PIECE.test(p);
}

/** A Reuters ticker cut at its dot ("Cable and Wireless Plc <CAWL." + "L>"). */
const OPEN_TICKER = /<[A-Z0-9]{1,8}\.$/;
/** A piece that opens in lower case ("…?" he said.), or the "S." after "EC-U.", goes on with the sentence before. */
const SPLIT_INITIAL = /(?:^|[\s(-])[A-Z]\.$/;
function continuesLower(text: string, end: number, nextStart: number, nextEnd: number): boolean {
  const next = text.slice(nextStart, nextEnd);
  if (/^[a-z]/.test(next)) return !/^(?:reuter|more)\b/.test(next);
  return SPLIT_INITIAL.test(text.slice(Math.max(0, end - 4), end)) && /^[A-Z]\.\s/.test(next);
}

/**
 * Splits the text into sentences once per article (wink-nlp), then merges a sentence with the
 * next while it leaves a quotation open, ends on a title ("Adm.") or on an initialism the next piece continues, or the
 * next piece opens in lower case ("…?" he said.) or is the rest of a split initialism ("EC-U." "S. cooperation"), and
 * never runs a sentence across a paragraph break.
 */
export function splitSentences(text: string): Sentence[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const offsets: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i]!, cursor);
    offsets[i] = at < 0 ? cursor : at;
    if (at >= 0) cursor = at + values[i]!.length;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const raw: { start: number; end: number }[] = [];
  for (const [a, b] of spans) {
    const start = offsets[a] ?? 0;
    const end = (offsets[b] ?? 0) + (values[b]?.length ?? 0);
    const piece = text.slice(start, end);
    // wink keeps paragraph breaks inside a span at times: split on them.
    let s = start;
    for (const part of piece.split(/\n\s*\n/)) {
      const off = text.indexOf(part, s);
      if (part.trim() !== '') raw.push({ start: off, end: off + part.length });
      s = off + part.length;
    }
  }
  const out: Sentence[] = [];
  for (let i = 0; i < raw.length; i++) {
    let { start, end } = raw[i]!;
    while (i + 1 < raw.length && !/\n\s*\n/.test(text.slice(end, raw[i + 1]!.start))
      && (openQuote(text.slice(start, end)) || TITLE_END.test(text.slice(start, end).trimEnd()) || continuesLower(text, end, raw[i + 1]!.start, raw[i + 1]!.end)
        || OPEN_TICKER.test(text.slice(Math.max(start, end - 12), end))
        || shortInitialismPiece(text.slice(start, end))
        || (INITIALISM_END.test(text.slice(start, end).trimEnd()) && CONTINUES.test(text.slice(raw[i + 1]!.start, raw[i + 1]!.end))))) {
      end = raw[++i]!.end;
    }
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    start += lead;
    end -= trail;
    out.push({ index: out.length, start, end, text: text.slice(start, end) });
  }
  return out;
}
