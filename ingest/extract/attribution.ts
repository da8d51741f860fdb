/** Attribution clauses: "…, the White House said in its readout", "The Kremlin said …", "TASS reported". */
import type { Attribution } from './context.ts';
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';

const VERBS = 'said|says|added|adds|reported|reports|announced|stated|noted|told [^,."“”]{1,40}?|wrote|quoted [^,."“”]{1,40}? as saying';
const TRAILING = new RegExp(`,["”]?\\s+([^,"“”]{1,90}?)\\s+(${VERBS})((?:\\s(?:in|on|at|after|before|during|yesterday|today|tonight|last|earlier|late|later|when|while|to|from|after|as|without|of)\\b[^"“”,]{0,70})?)[.!]?["”]?$`);
const LEADING = new RegExp(`^((?:[^"“”]{0,120}?,\\s+)?(?:but\\s+)?)((?:both\\s+)?[^,"“”]{1,70}?)\\s+(${VERBS})(?:\\s+(?:on|in)\\s+[^,"“”\\s]+)?\\s+(?:that\\s+)?(?=\\S)`, 'i');
const INVERTED = /,["”]?\s+(said|added|says)\s+((?:an?|the|one|two|three|several|other|senior|western|another)\b[^,"“”]{1,90}?|[A-Z][^,"“”]{1,90}?)[.!]?["”]?$/;
const RELATIVE = /^((?:the|a|an)\s+[^,"“”]{1,50}?),\s+(?:who|which)\s+[^,"“”]{1,80},\s+(said|added|told [^,."“”]{1,40}?)[,:]?\s+(?:that\s+)?(?=\S)/i;
const MIDQUOTE = /^(["“][^"“”]{10,}[,.]?["”]\s+)([^,"“”]{1,60}?)\s+(said|says|added|told [^,."“”]{1,40}?)(?=,\s+(?:adding|and|but|while|as)\b)/;
const PRONOUN = /^(?:he|she)$/i;
const OFFICIALS = /\b(?:officials?|sources|spokes(?:man|woman|person)|ministry|government|diplomats?|aides?)\b/i;
const COLLECTIVE = /\b(?:both sides|the two (?:leaders|presidents|sides)|both leaders|the leaders)\b/i;
const RELAY = /\b(?:released by|according to|reported by|quoted by|in (?:a|its) readout (?:released )?by)\s+(?:the\s+)?/i;

function actorsIn(ms: Mention[], start: number, end: number): Mention[] {
  return ms.filter((m) => m.start >= start && m.end <= end && m.kind !== 'place');
}

/**
 * Finds the attribution of a sentence, if any. `ms` are the sentence's mentions.
 * A reporting verb inside a quotation is not an attribution.
 */
export function findAttribution(s: Sentence, ms: Mention[]): Attribution | null {
  const t = s.text;
  const tr = TRAILING.exec(t);
  if (tr) {
    const npStart = s.start + tr.index + tr[0].indexOf(tr[1]!);
    const npEnd = npStart + tr[1]!.length;
    const speakers = actorsIn(ms, npStart, npEnd);
    const collective = COLLECTIVE.test(tr[1]!) || /\breadouts\b/.test(tr[1]!);
    const pronoun = PRONOUN.test(tr[1]!.trim());
    const officials = speakers.length === 0 && OFFICIALS.test(tr[1]!);
    if ((speakers.length > 0 || collective || pronoun || officials) && !insideQuote(t, npStart - s.start)) {
      const restStart = npEnd + tr[2]!.length + 1;
      const rest = s.text.slice(restStart - s.start);
      const relay = RELAY.exec(rest);
      const relayers = relay ? actorsIn(ms, restStart + relay.index, s.end) : [];
      return {
        start: s.start + tr.index, end: s.end, verb: tr[2]!, npStart, npEnd: npEnd + 1 + tr[2]!.length, speakers, collective, pronoun, officials, relayers,
        contentStart: s.start, contentEnd: s.start + tr.index,
      };
    }
  }
  // A quote opening the sentence, then its attribution and more: ""…," he said, adding that …".
  const mid = MIDQUOTE.exec(t);
  if (mid) {
    const npStart = s.start + mid[1]!.length;
    const npEnd = npStart + mid[2]!.length;
    const speakers = actorsIn(ms, npStart, npEnd);
    const pronoun = PRONOUN.test(mid[2]!.trim());
    const officials = speakers.length === 0 && OFFICIALS.test(mid[2]!);
    if (speakers.length > 0 || pronoun || officials) {
      return {
        start: npStart, end: s.start + mid[0].length, verb: mid[3]!, npStart, npEnd: npEnd + 1 + mid[3]!.length, speakers, collective: false, pronoun, officials, relayers: [],
        contentStart: s.start, contentEnd: npStart,
      };
    }
  }
  // Inverted: "…, said an official travelling with him." / "…," said Foreign Minister X.
  const inv = INVERTED.exec(t);
  if (inv && !insideQuote(t, inv.index + 1)) {
    const npStart = s.start + inv.index + inv[0].indexOf(inv[2]!, inv[0].indexOf(inv[1]!) + inv[1]!.length);
    const npEnd = npStart + inv[2]!.length;
    const speakers = actorsIn(ms, npStart, npEnd);
    const officials = OFFICIALS.test(inv[2]!);
    const pronoun = PRONOUN.test(inv[2]!.trim());
    if (speakers.length > 0 || officials || pronoun) {
      return {
        start: s.start + inv.index, end: s.end, verb: inv[1]!, npStart, npEnd, speakers, collective: false, pronoun, officials: officials && speakers.length === 0, relayers: [],
        contentStart: s.start, contentEnd: s.start + inv.index,
      };
    }
  }
  // "The spokesman, who asked not to be identified, said, "…"": a relative clause between speaker and verb.
  const rel = RELATIVE.exec(t);
  if (rel) {
    const npStart = s.start + rel[1]!.length - rel[1]!.trimStart().length;
    const npEnd = s.start + rel[0].trimEnd().length;
    const np = rel[1]!;
    const speakers = actorsIn(ms, s.start, s.start + np.length);
    const officials = speakers.length === 0 && OFFICIALS.test(np);
    const pronoun = false;
    if (speakers.length > 0 || officials) {
      return {
        start: s.start, end: s.start + rel[0].length, verb: rel[2]!, npStart, npEnd, speakers, collective: false, pronoun, officials, relayers: [],
        contentStart: s.start + rel[0].length, contentEnd: s.end,
      };
    }
  }
  const ld = LEADING.exec(t);
  if (ld && !/^["“]/.test(t)) {
    const npStart = s.start + ld[1]!.length;
    const npEnd = npStart + ld[2]!.length;
    const speakers = actorsIn(ms, npStart, npEnd);
    const collective = COLLECTIVE.test(ld[2]!);
    const np = ld[2]!;
    const pronoun = PRONOUN.test(np.trim());
    const officials = speakers.length === 0 && OFFICIALS.test(np) && np.split(/\s+/).length <= 6;
    const verbish = /\b(?:has|have|had|was|were|is|are|will|would|\w+ed)\b/i.test(np.replace(/\b(?:United|state-run|based|\w+-backed)\b/g, ''));
    if ((speakers.length > 0 || collective || pronoun || officials) && !verbish) {
      const relayers = ld[3]!.startsWith('reported') ? speakers : [];
      return {
        start: s.start, end: s.start + ld[0].length, verb: ld[3]!, npStart, npEnd: npEnd + 1 + ld[3]!.length, speakers, collective, pronoun, officials, relayers,
        contentStart: s.start + ld[0].length, contentEnd: s.end,
      };
    }
  }
  return null;
}

function insideQuote(t: string, at: number): boolean {
  const before = t.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}
