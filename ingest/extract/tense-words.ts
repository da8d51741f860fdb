/**
 * Word lists that tell the tense of a clause, shared by calls.ts (a call's status) and dates.ts (which way a weekday or month
 * is resolved), so that both read "industrialized countries" alike.
 */

/**
 * Words in -ed that are adjectives in news, no past verb: "industrialized countries", "developed nations", "advanced
 * economies", "the United States", "limited progress", "armed forces", "Paris-based", "related issues", "concerned
 * parties", "interested states", "informed sources", "detailed proposals", "the so-called Plaza accord", "an unprecedented
 * visit", "behind closed doors". A regular-expression alternation, to be used inside a lookahead before a `[a-z]+ed` pattern.
 */
export const ED_ADJECTIVES = String.raw`(?:industriali[sz]|develop|advanc|unit|limit|arm|bas|relat|concern|interest|inform|detail|so-call|unprecedent|clos)ed`;
