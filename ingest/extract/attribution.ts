/** Attribution clauses: "…, the White House said in its readout", "The Kremlin said …", "TASS reported". */
import type { Attribution } from './context.ts';
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';

/**
 * Utterances told in the present, as a position held: "Japanese officials insist that on beef they will not liberalize",
 * "Bonn's finance minister Gerhard Stoltenberg argues that …", "The OECD predicts …". Not after a modal or "to" ("would
 * insist Japan open its markets", "declined to predict"), nor "argue for", "contend with" (a cause or a difficulty, no
 * content); "Brazil insists on quotas based on a traditional formula" is the whole clause, a demand (STANCE). The states of mind told so ("U.S. officials believe …", "hope", "fear") are no utterance (the tuning gold leaves
 * "Some U.S. Officials believe Japan may …" out), and an analyst's argument speaks for no state (speakersOf).
 */
const PRESENT_ARGUING = String.raw`(?<!\b(?:to|can|cannot|may|might|would|could|will|shall|should|must|not|who|which|that)\s)(?:insists? on|argues|argue|insists|insist|contends|contend|predicts|predict)(?!\s+(?:for|against|with|on)\b)|maintains?(?= that\b)`;
// "told a news conference", "told reporters": the usual audiences first, so that they stay out of what was said; so do
// an audience told again ("told the meeting that there was an increasing net outflow", "told the subcommittee that the
// Treasury's objective was …") and a hearing's ("told a Senate Agriculture subcommittee that …"), with what the audience
// is of or where it meets when "that" follows ("told a meeting of EC foreign ministers that …", "told a press conference
// in Rio de Janeiro today that …"), else that tail was read as what was said ("of EC foreign ministers that …").
// A state of mind told in the past attributes its clause ("Bra Kanon reckoned the world cocoa surplus could be …", "But he
// feared such accords might be …", "Lawson doubted that …"); not "than expected", "as expected", "were feared dead", nor
// before a preposition or the sentence's end ("had expected.", "expected to", "reckoned on").
// A body's document calls for in the present ("The OAU resolution calls for sanctions", "the communique calls on Iran
// to …"); not a plan, bill or accord, whose "calls for" tells its terms ("the plan calls for a 10 pct cut").
const VERBS = PRESENT_ARGUING + '|said|says|say|added|adds|reported|reports|announced|stated|noted|told (?:(?:an?|the) (?:[\\w-]+ ){0,2}(?:conference|briefing|interview|rally|parade|meeting|gathering|crowd|audience|session|seminar|symposium|forum|committee|subcommittee|panel|hearing|luncheon|convention|assembly)(?: (?:of|in|on|at|for|with) [^,."“”]{1,60}?(?= that\\b))?|reporters|journalists|newsmen|parliament|the (?:parliament|senate|house|press))|told [^,."“”]{1,40}?|wrote|quoted [^,."“”]{1,60}? as saying|(?:was|were) (?:quoted|reported|cited) (?:by [^,."“”]{1,50}? )?as (?:saying|telling [^,."“”]{1,40}?)|replied|insisted|admitted|acknowledged|confirmed|disclosed|declared|stressed|predicted|estimated|explained|argued|asserted|emphasi[sz]ed|observed|conceded|recalled|hinted|held out (?:little |no |some |faint |scant |much |fresh )?hopes?|pointed out|voted (?:\\d+[- ]to[- ]\\d+ |unanimously |overwhelmingly )*to (?:urge|condemn|denounce|call on|call for|demand)|(?:supported|backed|endorsed) a call(?= (?:for|on)\\b)|warned|warns|urged|urges|called on|called for|(?<=\\b(?:resolution|communiqu[eé]|declaration|statement)\\s+)calls (?:on|for)|accused|denied|denies|rejected|critici[sz]ed|proposed|demanded|threatened|complained|played down|vowed|appealed|suggested|condemned|denounced|welcomed|praised|hailed|pledged|promised|reaffirmed|ruled out|blamed(?! on\\b)|(?<!\\b(?:[Jj]udge|[Cc]ourt|[Jj]ury|[Tt]ribunal|[Jj]ustice)(?: \\w+)?\\s)dismissed(?! (?:an? |the |(?:his|her|its|their) )?(?:lawsuit|suit|case|appeal|charges?|petition|complaint)s?\\b| (?:from|as (?:head|chairman|director|governor|minister)|(?:his|her|the) (?:minister|chief|head|director|governor|commander|cabinet|government|aide|official)s?\\b))|expressed(?= (?:\\w+ )?(?:concern|hope|doubts?|support|regret|confidence|satisfaction|sympathy|surprise|disappointment|opposition|optimism|pessimism|reservations|fears?|alarm|anger|dismay)\\b)|described(?= [^,.;"“”]{1,80}? as\\b)|charged(?= that\\b)|maintained(?= that\\b)|contended|(?<!\\b(?:as|than|be|been|being|is|are|was|were|widely|generally)\\s)(?:reckoned|feared|doubted|expected)(?=\\s+(?!(?:to|in|on|at|from|by|for|of|with|and|but|or|as|than|since|after|before|earlier|last|this)\\b)[A-Za-z])|(?:reiterated|repeated)(?= that\\b|:)|(?:re)?assured [^,"“”]{1,40}?(?= that\\b)|(?:sought|tried|tries|seeks) to (?:convince|persuade|reassure) [^,"“”]{1,40}?(?= that\\b)|made (?:it )?(?:clear|plain)(?: [^,."“”]{1,50}?)?(?= that\\b)';
/** Words between a speaker and the verb: an auxiliary or an adverb ("U.S. officials have said", "Shultz also said"). */
const AUX = '(?:\\s+(?:has|have|had|also|again|later|earlier|previously|repeatedly|today|yesterday|tonight|(?:on|last)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|night)|in the past|in recent (?:days|weeks|months)|publicly|privately|formally|officially|particularly|strongly|sharply|flatly|firmly|bluntly|openly|recently|separately|subsequently|immediately|initially|reportedly))*';
/**
 * Verbs that attribute only what stands before them, closing a sentence: ""…?" he asked.", ""A major loophole has been
 * closed," a senior U.S. official commented." (not leading: "Baker commented on the dollar" tells no content).
 */
const CLOSING_VERBS = 'asked|commented';
/**
 * "…, the Kremlin said in a statement.", and after a quote closed by a question or exclamation (""…?" he asked.").
 * Group 4 is what may follow the verb after a comma: the one relayed ("…, the Kuwait News Agency KUNA said, quoting a
 * Defence Ministry official.") or the speaker's refusal to say more ("…, they said, but gave no other details.": what was
 * said stands before the attribution).
 */
const TRAILING = new RegExp(`(?:,|[?!](?=["”]))["”]?\\s+([^,"“”]{1,90}?)\\s+(${VERBS}|${CLOSING_VERBS})((?:\\s(?:in|on|at|after|before|during|yesterday|today|tonight|last|earlier|early|late|later|here|there|afterwards|privately|publicly|when|while|to|from|after|as|without|of)\\b[^"“”,]{0,70})?)(,\\s+(?:quoting\\s+[^"“”,]{2,80}?|but\\s+(?:gave|declined|did not|would not|could not|refused)\\b[^"“”]{0,100}?))?[.!]?["”]?$`);
/** After a leading attribution's verb: where it was said ("in a joint statement"), then ":" or "that" before what was said. */
const VERB_TAIL = String.raw`(?:\s+(?:on|in)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:(?:joint|written|brief|televised|separate|prepared|formal|official)\s+)?[^,"“”\s]+)?[:,]?\s+(?:that\s+)?`;
const LEADING_BODY = `((?:both\\s+)?[^,"“”]{1,70}?)${AUX}\\s+(${VERBS})${VERB_TAIL}(?=\\S)`;
/** "Officials said …" told from the sentence's start: tried before LEADING, whose lead-in could end at a later ", but added:". */
const LEADING_START = new RegExp(`^((?:but\\s+)?)${LEADING_BODY}`, 'i');
// (after a lead-in, not "…, the paper said, but gave no more details": the speaker's own clause follows, not what was said)
const LEADING = new RegExp(`^((?:[^"“”]{0,120}?,\\s+)?(?:but\\s+)?)((?:both\\s+)?[^,"“”]{1,70}?)${AUX}\\s+(${VERBS})${VERB_TAIL}(?!(?:but|and)\\s+(?:gave|declined|did|would|could|refused)\\b)(?=\\S)`, 'i');
/**
 * A long subject ending in its speaker's name: "Foreign Ministers of the Association of South-east Asian Nations (ASEAN)
 * said", "But Iranian Parliamentary Speaker Hojatoleslam Akbar Hashemi Rafsanjani said" (tried last, and only when a
 * speaker ends the noun phrase).
 */
const LEADING_LONG = new RegExp(`^((?:but\\s+)?)([^,"“”]{71,120}?)${AUX}\\s+(${VERBS})[:,]?\\s+(?:that\\s+)?(?=\\S)`, 'i');
/** Capitalised words, initials and bracketed abbreviations joined by "of", "the", "and", "for". */
const TITLE_CHAIN = /^(?:(?:\(?[A-Z][\w.'’-]*\)?|of|the|and|for|de|al|bin)(?:\s+|$))+$/;
/** The opening of a sentence made of names and titles (TITLE_CHAIN's words), for a cheap test before LEADING_LONG. */
const CHAIN_HEAD = /^(?:But\s+|but\s+)?(?:(?:\(?[A-Z][\w.'’-]*\)?|of|the|and|for|de|al|bin)\s+)+/;
/**
 * A lead-in without a comma before "he", "she" or "they": "At the same time he said", "Speaking to a business conference he
 * said", "Asked about the silence of Iraqi war communiques he said" (the last speaker, or the last officials, goes on).
 */
const LEADIN_PRONOUN = new RegExp(`^((?:but\\s+)?(?:at|in|on|during|after|before|later|earlier|afterwards|asked|speaking|addressing|replying|responding|answering|commenting|referring|talking|interviewed|writing)\\b[^,"“”]{0,110}?\\s)(he|she|they)${AUX}\\s+(${VERBS})[:,]?\\s+(?:that\\s+)?(?=\\S)`, 'i');
/** A lead-in holding a short quote of its own: "Noting that there are "enormous pressures" for action, he said, …" (tried last: it is slower). */
const LEADING_QUOTED = new RegExp(`^([^"“”,]{0,80}["“][^"“”]{1,80}["”][^"“”,]{0,80},\\s+)((?:both\\s+)?[^,"“”]{1,70}?)${AUX}\\s+(${VERBS})${VERB_TAIL}(?=\\S)`, 'i');
/** "…," said one U.S. trade official. / "…," said Shultz, speaking from Washington. */
const INVERTED = new RegExp(String.raw`(?:,["”]?\s+|[?!]["”]\s+)(said|added|says|say|replied|insisted|declared|${CLOSING_VERBS})\s+((?:an?|the|one|two|three|several|other|senior|western|another)\b[^,"“”]{1,90}?|[A-Z][^,"“”]{1,90}?)(?:,\s+([^"“”]{1,150}?))?[.!]?["”]?$`);
/** "Shultz, speaking in Moscow on Tuesday, said …": a phrase set off by commas between the speaker and the verb. */
const INTERRUPTED_BODY = `([^,"“”]{1,70}?),\\s+([^"“”]{3,140}?(?:["“][^"“”]{1,40})?),["”]?${AUX}\\s+(${VERBS})${VERB_TAIL}(?=\\S)`;
const INTERRUPTED = new RegExp(`^((?:but\\s+|however,\\s+)?)${INTERRUPTED_BODY}`, 'i');
/**
 * The same after a short lead-in of time or place: "On Thursday, U.S. Treasury Secretary James Baker, in a statement to the
 * policy-making committee, said …" (story 16092). Taken only when the subject names a leader (interruptedMatch): "Earlier,
 * Yugoslav journalists, who asked to remain anonymous, told Reuters" is no state's word.
 */
const INTERRUPTED_LEADIN = new RegExp(`^((?:but\\s+|however,\\s+)?(?:on|at|earlier|later|last|yesterday|today|meanwhile|separately)\\b[^,"“”]{0,40},\\s+)${INTERRUPTED_BODY}`, 'i');

/** INTERRUPTED's match, or INTERRUPTED_LEADIN's when its subject names a leader. */
function interruptedMatch(t: string, s: Sentence, ms: Mention[]): RegExpExecArray | null {
  const li = INTERRUPTED_LEADIN.exec(t);
  if (li && actorsIn(ms, s.start + li[1]!.length, s.start + li[1]!.length + li[2]!.length).some((m) => m.kind === 'leader')) return li;
  return INTERRUPTED.exec(t);
}
/** "…, according to U.S. defence officials." / "According to the Kremlin, …" */
const ACCORDING_END = /,\s+according to\s+([^,"“”]{2,90}?)(?:,\s+[^"“”]{1,120}?)?[.!]?$/i;
const ACCORDING_START = /^according to\s+([^,"“”]{2,90}?),\s+(?=\S)/i;
/**
 * Stance verbs that attribute: the statement is the whole clause ("Putin accused NATO of …", "Poehl played down the risk of
 * inflation"), not what follows the verb.
 */
const STANCE = /^(?:held out .*hopes?|voted .*|(?:supported|backed|endorsed) a call|insists? on|warned|warns|urged|urges|called on|called for|accused|charged|described|denied|denies|rejected|critici[sz]ed|proposed|demanded|threatened|complained|played down|vowed|appealed|suggested|condemned|denounced|welcomed|praised|hailed|pledged|promised|reaffirmed|ruled out|blamed|dismissed|expressed|feared)$/i;
/** The one quoted inside "… quoted <X> as saying". */
const QUOTED = /^quoted\s+(.+?)\s+as saying$/i;
const RELATIVE = /^((?:the|a|an|this|that|one|another)\s+[^,"“”]{1,50}?),\s+(?:who|which)\s+[^,"“”]{1,80},\s+(said|added|told [^,."“”]{1,40}?)[,:]?\s+(?:that\s+)?(?=\S)/i;
const MIDQUOTE = /^(["“][^"“”]{10,}[,.]?["”]\s+)([^,"“”]{1,60}?)\s+(said|says|added|insisted|warned|stressed|declared|told [^,."“”]{1,40}?)(?=,\s|;\s|[.:]\s*["“])/;
/** "But added: "…"" / "He gave no details but said: "…"": the last speaker goes on. */
const GOES_ON = /^(?:(?:but|and)\s+|(?:he|she|it)\s+[a-z][^,.;"“”]{1,60}?\s+(?:and|but)\s+)(?:also\s+)?(said|added|stressed|insisted|noted)[:,]?\s+(?:that\s+)?(?=\S)/i;
/** "Foulkes said." alone: the attribution of a quote closed by "?" or "!" that ended the sentence before (statements.ts). */
const ATTRIBUTION_ONLY = new RegExp(`^((?:but\\s+)?[^,"“”]{1,70}?)${AUX}\\s+(said|says|added|asked|told (?:reporters|journalists|newsmen|Reuters|parliament|(?:the|a|an) [\\w-]+(?: [\\w-]+){0,2}))\\s*\\.\\s*$`, 'i');
/** "Otherwise, he said, "…"" / "In today's decline, Shultz said, prices …": an attribution set off inside the sentence. */
// (not "It will turn out 4,000 tonnes, the paper said, but gave no more details": a clause of the speaker's follows)
const PARENTHETICAL = /^([^"“”]{3,100}?,\s+)([^,"“”]{1,50}?)\s+(said|says|added|told [^,."“”]{1,40}?),\s+(?!(?:but|and)\s+(?:gave|declined|did|would|could|refused|added|said)\b)(?=\S)/;
/** A statement made as a document ("the statement said", "a joint communique issued after the talks"). */
const DOCUMENT_WORDS = String.raw`statement|communiqu[eé]|declaration`;
/** A leader's letter or message ("the letter said"). */
const LETTER_WORDS = String.raw`letter|message`;
/** "issued after the talks", "adopted at the end of a two-day meeting": a document of the meeting's body. */
const ISSUED_AT = String.raw`(?:issued|released|published|adopted) (?:after|at the end of|at the close of|following)`;
/** A statement, declaration or communique named in an attribution: one several speakers made goes on (statements.ts `lastDocument`). */
export const DOCUMENT = new RegExp(String.raw`\b(?:${DOCUMENT_WORDS})\b`, 'i');
/** A letter or message named before an attribution: a leader's, whose words "it said" goes on with (statements.ts). */
export const LETTER = new RegExp(String.raw`\b(?:${LETTER_WORDS})\b`, 'i');
/**
 * "The ministers said", "the delegates added" told bare: the members of the body that spoke last (or whose document did),
 * as "it said" (story 15450: "Finance ministers from seven major industrialized nations agreed … In a communique …, the
 * ministers said …"; before, "the ministers" was taken for a new, unknown speaker, and the communique's words after it
 * went to no one). Not "the ministers of the Gulf states" (the phrase must end there).
 */
const MEMBERS_WORDS = String.raw`ministers|delegates`;
const MEMBERS_NP = new RegExp(String.raw`^(?:but\s+)?the (?:${MEMBERS_WORDS})$`, 'i');
/**
 * "it said", "the statement said", "a joint communique said", "the letter said": the words of a document go on, those of the
 * last body or document that spoke (statements.ts), where "he said" goes on with the last speaker. These words are listed
 * here only (PRONOUN, DOCUMENT, LETTER and STATEMENT_BY are built from them).
 */
export const IT_SAID = new RegExp(String.raw`^\s*(?:(?:but\s+)?the (?:${MEMBERS_WORDS})\b|it|(?:the|a) (?:joint |final )?(?:${DOCUMENT_WORDS})|the (?:${LETTER_WORDS}))\b`, 'i');
/** "he said", "it said", and "the statement said" (the statement of the last body that spoke, told again). */
// "A joint statement issued after the talks", "A communique issued at the end of a two-day ministerial meeting": the
// statement of the meeting's body, which the story has named before.
const PRONOUN = new RegExp(String.raw`^(?:he|she|it|(?:but\s+)?the (?:${MEMBERS_WORDS})|the (?:${DOCUMENT_WORDS}|${LETTER_WORDS})|(?:a|the) (?:joint |final )?(?:${DOCUMENT_WORDS}) ${ISSUED_AT} [^,"“”]{1,60})$`, 'i');
/**
 * "The report said", "the report added": a report told of before; statements.ts gives it to the state or body whose report
 * spoke last (`lastReport`: "a government report said", "the USDA report said"), else to no one (a newspaper's report).
 */
const REPORT_PRONOUN = /^the report$/i;
export const REPORT_REF = /^\s*(?:but\s+)?the\s+report\b/i;
/** "The agency said", "the radio added", "the magazine said": the state's agency, radio or paper told of before (statements.ts `lastPress`). */
const PRESS_WORDS = String.raw`the (?:news )?(?:agency|radio|newspaper|paper|daily|magazine|weekly)`;
const PRESS_PRONOUN = new RegExp(`^${PRESS_WORDS}$`, 'i');
/** A subject phrase opening with such a reference ("the agency", "The radio") (statements.ts: who "the agency said" is). */
export const PRESS_REF = new RegExp(String.raw`^\s*${PRESS_WORDS}\b`, 'i');
/** ", its ambassador to Kuwait, Ernest Zverev, told …" at a sentence's end: an office, a name, the verb. */
const TRAILING_APPOS = /,\s+((?:its|their|the|[A-Z][a-z]+'s)\s+[^,"“”]{1,60}?),\s+([A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|de|van|von|al-\w+|bin)){1,3}),\s+(said|says|added|told [^,."“”]{1,40}?)((?:\s+(?:in|on|at|after|yesterday|today|when)\b[^"“”,]{0,60})?)[.!]?["”]?$/;
/** ""…," General Guven Ergenc, Secretary General of the Turkish General Staff, told a news conference.": a name, its office, the verb. */
const TRAILING_NAME_APPOS = /,["”]?\s+((?:[A-Z][\w.'’-]+\s+){1,4}[A-Z][\w.'’-]+),\s+([^,"“”]{3,90}),\s+(said|says|added|told [^,."“”]{1,40}?)((?:\s+(?:in|on|at|after|yesterday|today|when)\b[^"“”,]{0,60})?)[.!]?["”]?$/;
/** An office of state or of an international body in an aside: "Vice Minister of Finance", "a Pentagon spokesman", "a New Mexico Republican". */
const STATE_OFFICE = /\b(?:minister|ministry|secretary|spokes(?:man|woman|person)|ambassador|envoy|commissioner|undersecretary|attach[eé]|negotiator|chief of staff|general staff|(?:armed|air|naval) forces?|army|navy|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:Republican|Democrat))\b/i;
/**
 * An office in a body of state or an international body, told in an aside after a name: ""…," Albert Melnikov, commercial
 * counselor for the Soviet Union, told Reuters", "…, Tetsuo Kondo, director general of the government's Economic Planning
 * Agency (EPA), told reporters", "…, John Birch, the British delegate, said".
 */
const ASIDE_OFFICE = /\b(?:officials?|director|chairman|head|administrator|counsel+or|delegate|deputy|member|secretary|minister|spokes(?:man|woman|person)|ambassador|envoy|negotiator|representative|attach[eé]|commissioner|chief)\b/i;
/**
 * Bodies of no state: firms ("an official at French sugar producer Beghin-Say"), trade bodies, parties, universities, trade
 * unions, banks other than a central, national or reserve bank or the World Bank.
 */
const NOT_STATE_BODY = /\b(?:Chamber|Association|Federation|Corp|Company|Inc|Ltd|Party|University|Institute|producers?|firms?|compan(?:y|ies)|group|makers?|exporters?|importers?|refiners?|traders?|brokerage|house)\b|(?<!\bSoviet\s)\bUnion\b|(?<!\b(?:National|Central|Reserve|World)\s)\bBank\b/;
/** A body of state named without its state ("the government's Economic Planning Agency", "the department's Foreign Agriculture Service"). */
const STATE_BODY = /\b(?:government|ministry|department|agency|commission|embassy|administration)\b/i;

/**
 * Who an aside's office speaks for (ASIDE_OFFICE): the state or body it names, else the officials of the story's state when
 * it names a body of state; null when it names no office, or one of a firm or trade body.
 */
function asideOffice(ms: Mention[], asideStart: number, aside: string): { speakers: Mention[]; officials: boolean } | null {
  if (!ASIDE_OFFICE.test(aside) || NOT_STATE_BODY.test(aside)) return null;
  // (not a state the office is posted to: "the bank's resident representative in the Philippines")
  const body = actorsIn(ms, asideStart, asideStart + aside.length).find((m) => (m.kind === 'country' || m.kind === 'org') && !/\b(?:to|in|at)\s+(?:the\s+)?$/i.test(aside.slice(0, m.start - asideStart)));
  if (body) return { speakers: [body], officials: false };
  return STATE_BODY.test(aside) ? { speakers: [], officials: true } : null;
}
/**
 * An office of government in an aside or a subject ("chairman of the U.S. Joint Chiefs of Staff", "director general of the
 * … Department", "chief of the Finance Ministry's budget financing division"); statements.ts reads it too.
 */
export const GOV_OFFICE = /\b(?:minister|ministry|secretary|spokes(?:man|woman|person)|ambassador|envoy|commissioner|undersecretary|attach[eé]|negotiator|delegate|official|counsel+or|chiefs? of staff|director[- ]general|governor|department|government|agency|administration|embassy|cabinet|treasury|(?:central|national|state) bank)\b/i;
/** A full name of two words or more ("Somphol Kiatpaiboon", "Albert Melnikov"), which the extraction may not know. */
const FULL_NAME = /^[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)+$/;
/** An aside of no state's office: a former official's, a union's, a trading body's or company's. */
const NOT_GOV_ASIDE = /\bformer\b|\b(?:Labou?r|Workers['’]?|Trade Unions?)\b|\b(?:trading|trade) (?:organi[sz]ation|association|company|corporation)\b/i;
/**
 * Whether the office asideOffice read in an aside is one of government or of an international body (a body in it, or
 * GOV_OFFICE), for a full name the extraction does not know: not "chairman of Austria's Creditanstalt-Bankverein", nor a
 * former official.
 */
function governmentOffice(office: ReturnType<typeof asideOffice>, aside: string): office is NonNullable<ReturnType<typeof asideOffice>> {
  return office !== null && (office.speakers.some((m) => m.kind === 'org') || GOV_OFFICE.test(aside)) && !NOT_GOV_ASIDE.test(aside);
}
/** ", who said …" right after a leader's name. */
const WHO_SAID = /,\s+who\s+(?:(?:also|later|earlier|today|yesterday|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week))\s+){0,2}(said|told [^,."“”]{1,40}?|added|warned|urged|insisted|stressed)[:,]?\s+(?:that\s+)?(?=\S)/;
/** A statement named as a noun and what it said: "a British statement …, saying", "X issued a statement saying". */
// ("Garcia and de la Madrid issued a joint declaration yesterday calling the debt problem …": a declaration or communique
// too, and "calling", "urging", "deploring" … what it says: "EC foreign ministers issued a statement deploring Japan's …")
const STATEMENT_SAYING = /((?:\b(?:an?|the)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:government\s+|official\s+)?statement)|(?:^|(?<=,\s))[^,"“”]{2,90}?(?=\s+(?:issued|released|published)\s+(?:a|an)\s+(?:\w+\s+)?(?:statement|declaration|communiqu[eé])))\b[^"“”]{0,100}?,?\s+(?:saying|calling|urging|deploring|welcoming|condemning|criticising|criticizing|rejecting|denying|warning|expressing)\s+(?:that\s+)?(?=\S)/;
/** "… saying: "…"", "…, saying that …": what a subject said while doing something. */
const SAYING = /,?\s+saying(?:\s+only)?[:,]?\s+(?:that\s+)?(?=\S)/;
/**
 * What follows a subject up to "saying": (its officials or envoys,) a verb in the past ("set out", "toured",
 * "defended"), and no clause of its own (no comma, quote or second verb of saying).
 */
const SUBJECT_VERB = /^\s+(?:(?:officials|envoys|diplomats|leaders|ministers|negotiators|delegates)\s+)?(?:(?:also|again|later|then|[a-z]+ly)\s+)?(?:[a-z]+ed|set|put|made|gave|took|wrote|sent|broke|spoke|went|came|held|met|left|(?:did|would|could) not [a-z]+)\b[^,;"“”]{0,100}$/;
/**
 * "He declined to comment on what might be a desired level for the dollar, saying: "…"", "He did not make any oil price
 * prediction, saying only that …": "he" or "she" opening the sentence, then SUBJECT_VERB, is the last speaker going on.
 */
const PRONOUN_SAYING = /^((?:but\s+)?(he|she))(?=\s)/i;

/** The relative clause of a trailing speaker: ", who asked not to be identified," before the closing verb. */
const TRAILING_WHO = /,\s+(?:who|which)\s+[^,"“”]{1,80},(?=\s+(?:said|says|added|told [^,."“”]{1,40}?)[.!]?["”]?$)/;
/** Participles that qualify a speaker rather than make a clause: "sources linked to the Presidency", "officials close to". */
const UNVERBISH = new RegExp(String.raw`\b(?:United|state-run|based|\w+-backed|(?:linked|connected|attached|related|accredited|assigned|posted) to|concerned with|familiar with|(?:issued|released|published|distributed|carried) by|${ISSUED_AT})\b`, 'g');
/** "Officials working on the government's short-term economic package said": officials told by their task, however long. */
const OFFICIALS_ON = /^\s*(?:but\s+)?(?:the\s+|some\s+)?(?:senior\s+|top\s+)?(?:government\s+)?(?:officials|sources)\s+(?:working on|involved in|in charge of|responsible for|handling|drafting|preparing)\b/i;
/** "A statement issued by the Foreign Ministry said": the body behind a statement speaks. */
const STATEMENT_BY = new RegExp(String.raw`^(?:an?|the)\s+(?:[\w.-]+\s+)?(?:${DOCUMENT_WORDS})\s+(?:(?:issued|released|published|distributed|carried)\s+)?by\s+`, 'i');
/** "A spokesman for the International Trade and Industry Ministry": officials of a named body, however long its name. */
const OF_BODY = /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?:[\w.-]+\s+){0,3}(?:spokes(?:man|woman|person)|officials?|sources?|diplomats?)\s+(?:for|of|at|from|in|close to|linked to)\s+(?:the\s+)?(?:[A-Z][\w.&'-]*\s*|and\s+|of\s+){1,8}(?:(?:city|state|provincial|regional|municipal|local|central|federal|national)\s+)?(?:government|administration|authorities)?\s*|(?:senior\s+|top\s+)?(?:[A-Z][\w.&'-]*\s+|and\s+|of\s+|for\s+){1,9}(?:spokes(?:man|woman|person)|officials?|sources?))$/;
/**
 * Subjects that name unnamed officials of a state (or one told of before). "authorities" only as the subject's head ("Ecuador's
 * earthquake killed 300 people, authorities said", "Federal law enforcement authorities said"; not "Local Authorities made a
 * repayment estimated at …"). Police are left out: in the corpus they tell crimes and accidents, no state's position.
 * "The Bank said" ("the fund said") is the international bank (fund) of the story, or no one (statements.ts `storyBank`); "the central bank said"
 * is the state's whose central bank the story names, else officials of the dateline's state (statements.ts `stateCentralBank`). A bare "one said" is one of
 * the officials told of just before, or no one (statements.ts ONE_OF_THEM).
 */
const OFFICIALS = /\b(?:officials?|sources?|spokes(?:man|woman|person)|ministry|government|treasury|department|diplomats?|aides?|embass(?:y|ies)|central bank(?!\s+(?:governors|figures|data|statistics|estimates)))\b|\bauthorities\s*$|^\s*they\s*$|^\s*(?:but\s+)?one\s*$|^\s*(?:but\s+)?the\s+commission\s*$|^\s*(?:but\s+)?the\s+bank(?:\s+statement)?\s*$|^\s*(?:but\s+)?the\s+fund\s*$|^\s*(?:but\s+)?the\s+(?:[A-Z][a-z]+\s+){0,3}(?:president|prime minister|premier|chancellor|foreign minister|foreign secretary|secretary of state|minister|secretary|ambassador|envoy|king|queen|speaker|leader)\s*$/i;
/**
 * A document of a state's organ told without its state: "A High Command communique", "The third High Command communique
 * issued during the day", "a cabinet statement", "a parliament statement", "a presidential palace statement", "a military
 * communique". Its state is found as unnamed officials' is (statements.ts: the dateline's, else the lead's), and its
 * "the communique said", "it said" go on with it. Before, no speaker was found and the Iraqi war communiques of a Baghdad
 * story went to no one (session 13).
 */
const STATE_DOCUMENT = /^\s*(?:but\s+)?(?:an?|the|today['’]s)\s+(?:(?:first|second|third|fourth|fifth|new|later|latest|earlier|another|brief|short|written|formal|official)\s+)*(?:high command|military|army|armed forces|cabinet|parliament(?:ary)?|(?:presidential\s+)?palace|presidential)\s+(?:war\s+)?(?:communiqu[eé]|statement|declaration)(?:\s+(?:issued|broadcast|released|published|read)\b[^,"“”]{0,50}?)?(?:\s+(?:today|yesterday|tonight|later|earlier))?\s*$/i;
/**
 * A legislative chamber told bare as the subject, or one of its committees: "The Senate", "the U.S. House of
 * Representatives", "The Senate last week unanimously", "The U.S. Senate Finance Committee this week" (capitalised: "the
 * house said" is a brokerage's); or its members told bare ("the lawmakers", "Several legislators", "Republican
 * lawmakers", "Two congressmen"). Not "House Democrats", "Senate leaders", "Senate sources", nor two chambers. statements.ts gives it to the U.S. Congress in a story of the United States (or when
 * written "U.S."), else to no one.
 */
export const CHAMBER = /^\s*(?:[Bb]ut\s+)?(?:(?:[Tt]he\s+)?(?:U\.S\.\s+)?(?:Senate|House(?:\s+of\s+Representatives)?)(?:(?:\s+(?:[A-Z][\w-]*|and|on|of)){0,6}?\s+(?:[Ss]ub)?[Cc]ommittee)?|(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Kk]ey|[Tt]op)\s+)*(?:(?:U\.S\.|[Cc]ongressional|Senate|House|Democratic|Republican|farm-state)\s+)*(?:legislators|lawmakers|congressmen|senators))(?:\s+(?:(?:last|this)\s+(?:week|month|year)|today|yesterday|also|has|have|had|[a-z]+ly))*\s*$/;
/**
 * Whether a subject before its verb names unnamed officials: "Finance Ministry officials" (six words at most, so that a
 * clause holding the word stays out), or longer when told by their body or task ("A spokesman for the International Trade
 * and Industry Ministry", "A statement issued by the Foreign Ministry", "Officials working on the government's package").
 */
function officialsSubject(np: string): boolean {
  return STATE_DOCUMENT.test(np) || CHAMBER.test(np) || (OFFICIALS.test(np) && (np.split(/\s+/).length <= 6 || OF_BODY.test(np) || STATEMENT_BY.test(np) || OFFICIALS_ON.test(np)));
}
const COLLECTIVE = /\b(?:both sides|the two (?:leaders|presidents|sides)|both leaders|the leaders)\b/i;
const RELAY = /\b(?:released by|according to|reported by|quoted by|in (?:a|its) readout (?:released )?by)\s+(?:the\s+)?/i;

function actorsIn(ms: Mention[], start: number, end: number): Mention[] {
  return ms.filter((m) => m.start >= start && m.end <= end && m.kind !== 'place');
}

/**
 * The speakers of a clause: the mentions in its noun phrase, or for "<relayer> quoted <X> as saying"
 * those of X (the noun phrase then relayed it); `pronoun` when X is "him" or "her".
 */
function speakersOf(ms: Mention[], npStart: number, npEnd: number, verb: string, verbStart: number): { speakers: Mention[]; relayers: Mention[]; pronoun: boolean; officials: boolean } {
  const q = QUOTED.exec(verb);
  if (!q) return { speakers: actorsIn(ms, npStart, npEnd), relayers: [], pronoun: false, officials: false };
  const xStart = verbStart + verb.indexOf(q[1]!, 6);
  return relayedSpeakers(ms, npStart, npEnd, xStart, q[1]!);
}

/**
 * The one a relayer quotes (`x`, at `xStart`) speaks, the relayer (the noun phrase `npStart`…`npEnd`) relays:
 * "<relayer> quoted <x> as saying", "<relayer> said, quoting <x>", "<relayer>, quoting <x>, said".
 */
function relayedSpeakers(ms: Mention[], npStart: number, npEnd: number, xStart: number, x: string): { speakers: Mention[]; relayers: Mention[]; pronoun: boolean; officials: boolean } {
  let speakers = actorsIn(ms, xStart, xStart + x.length);
  const relayers = actorsIn(ms, npStart, npEnd);
  // "Tehran radio quoted a Foreign Ministry spokesman": the officials are of the relayer's country; so is the
  // correspondent a state agency quotes ("The official Iraqi news agency INA quoted a correspondent in the field").
  const correspondent = speakers.length === 0 && /\bcorrespondents?\b/i.test(x) && relayers.some((m) => m.kind === 'country');
  const officials = speakers.length === 0 && (OFFICIALS.test(x) || correspondent);
  if (officials) speakers = relayers.filter((m) => m.kind === 'country');
  return { speakers, relayers, pronoun: /^(?:him|her)$/i.test(x), officials: officials && speakers.length === 0 };
}

/**
 * A newspaper or magazine after the state's name or demonym, up to what it does: "Greek newspapers said", "Japanese
 * press reports said", "the West German newspaper Die Welt reported", "Kuwait's Al-Qabas newspaper", "the Japanese
 * financial daily Nihon Keizai Shimbun said". The press is not the state speaking, unless it is the state's own ("the
 * official newspaper El Peruano", "the party daily"); a state radio or news agency relays for the state ("Tehran Radio
 * said", "the official Iraqi News Agency said") and is not matched. Not "Japan's daily output fell".
 */
const PRESS_AFTER_STATE = /^(?:['’]s)?(?:\s+(?!(?:official|semi-official|government|state|state-run|state-owned|party|communist|army)\b)(?:[a-z][a-z-]*|[A-Z][\w'’.-]*)){0,3}?\s+(?:newspapers?|press|papers|dailies|daily|weekly|weeklies|magazines?)(?:\s+reports?)?(?:\s+[A-Z][\w'’.-]*){0,4}(?=\s*[,.]|\s+(?:said|says|reported|reports|quoted|wrote|added|has|had|also|on|today|yesterday|last|earlier)\b)/i;

/** "the official Peruvian newspaper El Peruano", "the state-run Chinese daily": the state's own press speaks for it. */
const STATE_PRESS_BEFORE = /\b(?:official|semi-official|government|state-run|state-owned|party|communist)\s+$/i;
/** … and so does a paper named after its state ("the China Daily said", "the China Daily Business Weekly", the state's own). */
const NAMED_AFTER_STATE = /^\s+(?:Daily|Weekly)\b/;

/**
 * Finds the attribution of a sentence, if any. `ms` are the sentence's mentions.
 * A reporting verb inside a quotation is not an attribution.
 */
/**
 * A member of the U.S. Congress's party and state as Reuters tags it after the name: "D-Texas", "R-Kan.", "D-N.Y."
 * (leaders.ts finds the member by it).
 */
export const PARTY_TAG = String.raw`[DRI]-(?:[A-Z][a-z]*\.?|[A-Z]\.[A-Z]\.)(?:[^\S\n]+[A-Z][a-z]*\.?)?`;
/**
 * The tag as an aside of the subject, blanked before attribution patterns are tried (offsets kept): "Sen. Lloyd Bentsen,
 * D-Texas, said", "Rep. Richard Gephardt (D-Mo.) said", "…, said Senator Robert Dole, R-Kan." (its last dot ends the sentence).
 */
const PARTY_TAG_ASIDE = new RegExp(String.raw`,[^\S\n]+${PARTY_TAG},|[^\S\n]*\(${PARTY_TAG}\)|,[^\S\n]+${PARTY_TAG.replace(/\\\.\?/g, '')}(?=\.\s*$)`, 'g');

export function findAttribution(s: Sentence, sentenceMs: Mention[], pressKnown = true): Attribution | null {
  // (the tag's closing comma stays before another aside: "Dan Glickman, D-Kans., chairman of …, said")
  const t = s.text.replace(PARTY_TAG_ASIDE, (m: string, at: number, all: string) => (m.endsWith(',') && !/^\s+(?:said|says|told|added|urged|warned|argued)\b/.test(all.slice(at + m.length)) ? `${' '.repeat(m.length - 1)},` : ' '.repeat(m.length)));
  // "The agency said" goes on with a state's agency when one was told of; else it names no one, and another attribution
  // of the sentence ("A North Korean Foreign Ministry statement said …, the agency said") is looked for.
  const isPronoun = (np: string): boolean => PRONOUN.test(np) || REPORT_PRONOUN.test(np) || (pressKnown && PRESS_PRONOUN.test(np));
  const ms = /newspaper|press|papers|dail|weekl|magazine/i.test(t) ? sentenceMs.filter((m) => m.kind !== 'country' || !PRESS_AFTER_STATE.test(t.slice(m.end - s.start, m.end - s.start + 90)) || STATE_PRESS_BEFORE.test(t.slice(Math.max(0, m.start - s.start - 20), m.start - s.start)) || NAMED_AFTER_STATE.test(t.slice(m.end - s.start, m.end - s.start + 8))) : sentenceMs;
  // "…," one of the officials, who asked not to be named, told Reuters: the relative clause blanked (offsets kept).
  const trailing = TRAILING.exec(t.replace(TRAILING_WHO, (m) => ' '.repeat(m.length)));
  // "Under the pact, Japan pledged to stop dumping …": a stance verb's own object follows it, it closes no sentence.
  // "…, noting that the White House had not commented on the decision.": "commented" attributes what stands before it
  // (""…," a senior U.S. official commented.", "…," President Mobutu commented in October"), not a topic after "on".
  const tr = trailing && ((STANCE.test(trailing[2]!) && /^\s+to\b/.test(trailing[3]!)) || (trailing[2] === 'commented' && (/^\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/.test(trailing[3]!) || /\bnot$/i.test(trailing[1]!)))) ? null : trailing;
  if (tr) {
    const npStart = s.start + tr.index + tr[0].indexOf(tr[1]!);
    const npEnd = npStart + tr[1]!.length;
    const verbStart = s.start + tr.index + tr[0].indexOf(tr[2]!, npEnd - s.start - tr.index);
    // "…, the Kuwait News Agency KUNA said, quoting a Defence Ministry official.": the one quoted speaks, as with "quoted … as saying".
    // (not another paper: "Kyodo News Agency said, quoting the weekly magazine U.S. News and World Report")
    const quoting = /^,\s+quoting\s+(?![^"“”]*\b(?:magazine|newspaper|paper|daily|weekly|report)\b)/i.exec(tr[4] ?? '');
    const relayed = quoting ? relayedSpeakers(ms, npStart, npEnd, s.start + tr.index + tr[0].lastIndexOf(tr[4]!) + quoting[0].length, tr[4]!.slice(quoting[0].length)) : null;
    // ("…, the China Daily said, quoting customs figures": figures speak for no one, the paper itself speaks)
    const who = relayed && (relayed.speakers.length > 0 || relayed.officials) ? relayed : speakersOf(ms, npStart, npEnd, tr[2]!, verbStart);
    const speakers = who.speakers;
    const collective = COLLECTIVE.test(tr[1]!) || /\breadouts\b/.test(tr[1]!);
    const pronoun = isPronoun(tr[1]!.trim()) || (who.pronoun && who.speakers.length === 0);
    const officials = speakers.length === 0 && (QUOTED.test(tr[2]!) || who === relayed ? who.officials : OFFICIALS.test(tr[1]!) || STATE_DOCUMENT.test(tr[1]!) || CHAMBER.test(tr[1]!));
    if ((speakers.length > 0 || collective || pronoun || officials) && !insideQuote(t, npStart - s.start)) {
      const restStart = verbStart + tr[2]!.length;
      const rest = s.text.slice(restStart - s.start);
      const relay = RELAY.exec(rest);
      const relayers = [...who.relayers, ...(relay ? actorsIn(ms, restStart + relay.index, s.end) : [])];
      return {
        start: s.start + tr.index, end: s.end, verb: tr[2]!, npStart, npEnd: restStart, speakers, collective, pronoun, officials, relayers,
        contentStart: s.start, contentEnd: s.start + tr.index,
      };
    }
  }
  const qs = quoteThenSpeaker(s, ms, isPronoun);
  if (qs) return qs;
  // "…, its ambassador to Kuwait, Ernest Zverev, told the agency": a title, then a name the extraction may not know.
  const ap = TRAILING_APPOS.exec(t);
  if (ap && !insideQuote(t, ap.index)) {
    const npStart = s.start + ap.index + ap[0].indexOf(ap[1]!);
    const npEnd = s.start + ap.index + ap[0].indexOf(ap[3]!, ap[0].indexOf(ap[2]!) + ap[2]!.length);
    const named = actorsIn(ms, npStart, npEnd).filter((m) => m.kind === 'leader');
    // "its"/"their": the state or body the sentence opens with.
    const owner = /^(?:its|their)\b/i.test(ap[1]!) ? ms.find((m) => m.start < s.start + ap.index && (m.kind === 'country' || m.kind === 'org') && m.form !== 'capital') : undefined;
    const speakers = named.length > 0 ? named : owner ? [owner] : [];
    if (speakers.length > 0) {
      return {
        start: s.start + ap.index, end: s.end, verb: ap[3]!, npStart, npEnd: npEnd + ap[3]!.length, speakers, collective: false, pronoun: false, officials: false, relayers: [],
        contentStart: s.start, contentEnd: s.start + ap.index,
      };
    }
  }
  // "…," General Guven Ergenc, Secretary General of the Turkish General Staff, told a news conference: the name is
  // the speaker (one the extraction knows), the office after it an aside.
  const na = TRAILING_NAME_APPOS.exec(t);
  if (na && !insideQuote(t, na.index + na[0].indexOf(na[1]!))) {
    const npStart = s.start + na.index + na[0].indexOf(na[1]!);
    const named = actorsIn(ms, npStart, npStart + na[1]!.length).filter((m) => m.kind === 'leader');
    // Chairmen of banks and presidents of trade bodies speak for no state: the aside must name an office of one.
    const office = asideOffice(ms, s.start + na.index + na[0].indexOf(na[2]!, na[0].indexOf(na[1]!) + na[1]!.length), na[2]!);
    const stateOffice = STATE_OFFICE.test(na[2]!) && !NOT_STATE_BODY.test(na[2]!);
    // A name the extraction does not know speaks for the state or body of its office (asideOffice).
    const speakers = named.length > 0 && (stateOffice || office) ? named : named.length === 0 && office ? office.speakers : [];
    if (speakers.length > 0 || (named.length === 0 && office?.officials)) {
      const verbAt = s.start + na.index + na[0].lastIndexOf(na[3]!);
      return {
        start: s.start + na.index, end: s.end, verb: na[3]!, npStart, npEnd: verbAt + na[3]!.length, speakers, collective: false, pronoun: false, officials: speakers.length === 0, relayers: [],
        contentStart: s.start, contentEnd: s.start + na.index,
      };
    }
  }
  // A quote opening the sentence, then its attribution and more: ""…," he said, adding that …" / ""…," he said, "…"".
  const mid = MIDQUOTE.exec(t);
  if (mid) {
    const npStart = s.start + mid[1]!.length;
    const npEnd = npStart + mid[2]!.length;
    const speakers = actorsIn(ms, npStart, npEnd);
    const pronoun = isPronoun(mid[2]!.trim());
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
  // "…, Nazmi Akiman, said Ankara wanted talks": a name set off before the verb is its subject, not an inverted attribution.
  const subjectBefore = inv !== null && ms.some((m) => m.kind === 'leader' && m.end === s.start + inv.index);
  if (inv && !subjectBefore && !insideQuote(t, inv.index + inv[0].indexOf(inv[1]!))) {
    const npStart = s.start + inv.index + inv[0].indexOf(inv[2]!, inv[0].indexOf(inv[1]!) + inv[1]!.length);
    // "said one source when asked about Volcker's reappointment": the speaker ends before the clause.
    const cut = /\s+(?:when|who|whom|which|as|after|before|while|referring|speaking|asked|in an?|at an?)\b/.exec(inv[2]!);
    const npEnd = npStart + (cut ? cut.index : inv[2]!.length);
    let speakers = actorsIn(ms, npStart, npEnd);
    let officials = OFFICIALS.test(s.text.slice(npStart - s.start, npEnd - s.start));
    const pronoun = isPronoun(inv[2]!.trim());
    // ""…?" said Albert Melnikov, deputy trade representative of the Soviet Union": a full name the extraction does not
    // know speaks for the state or body of a government office in its aside (asideOffice), as in the leading and
    // trailing orders (not a firm's, a trade body's, a union's, a former official).
    // (the aside up to its next comma: not a body in a clause after it, "director of Cambridge Energy Research Associates,
    // which recently completed a survey of the U.S. Congress")
    const aside = inv[3]?.split(',')[0];
    if (speakers.length === 0 && !officials && !pronoun && aside && !cut && FULL_NAME.test(inv[2]!.trim())) {
      const office = asideOffice(ms, s.start + inv.index + inv[0].indexOf(aside, inv[0].indexOf(inv[2]!) + inv[2]!.length), aside);
      // (here a representative's office too, "deputy trade representative of the Soviet Union"; not a firm's, "Co", nor a
      // confederation's)
      const gov = (governmentOffice(office, aside) || (office !== null && /\brepresentative\b/i.test(aside) && !NOT_GOV_ASIDE.test(aside))) && !/\b(?:Co|Confederation)\b/i.test(aside);
      if (office && gov) {
        speakers = office.speakers;
        officials = office.speakers.length === 0 && office.officials;
      }
    }
    // ", said the U.S. was just as confident …": a clause follows the verb, not its speaker.
    const clause = /\b(?:is|are|was|were|will|would|has|have|had|could|should|can|may|might|must|do|does|did)\b/i.test(s.text.slice(npStart - s.start, npEnd - s.start))
      // ", said other Iranian boats fled.": so is a phrase that names no official or leader and ends in a verb in the
      // past (not "said a senior official involved").
      || (!officials && !speakers.some((m) => m.kind === 'leader') && /\s(?:[a-z]+ed|fled|fell|rose|went|came|took|made|gave|left|met|sank|hit|began|won|lost|grew|stood|held|kept|sold|bought|paid|sent|spent|ran|broke|shot|struck|fought)\s*$/i.test(s.text.slice(npStart - s.start, npEnd - s.start)));
    if ((speakers.length > 0 || officials || pronoun) && !clause) {
      return {
        start: s.start + inv.index, end: s.end, verb: inv[1]!, npStart, npEnd, speakers, collective: false, pronoun, officials: officials && speakers.length === 0, relayers: [],
        contentStart: s.start, contentEnd: s.start + inv.index,
      };
    }
  }
  // "…, according to U.S. defence officials."
  const acc = ACCORDING_END.exec(t);
  // Polls, reports and figures are sources, not speakers.
  if (acc && !insideQuote(t, acc.index) && !/\b(?:polls?|surveys?|reports?|study|studies|figures|statistics|data|estimates|newspapers?|paper)\b/i.test(acc[1]!)) {
    const npStart = s.start + acc.index + acc[0].indexOf(acc[1]!);
    // "according to U.S. officials in Washington": the speaker ends before a following phrase.
    const cut = /\s+(?:in|at|on|from|since|after|who|which|published|released|quoted)\b/.exec(acc[1]!);
    const npEnd = npStart + (cut ? cut.index : acc[1]!.length);
    const speakers = actorsIn(ms, npStart, npEnd);
    const officials = speakers.length === 0 && OFFICIALS.test(acc[1]!);
    if (speakers.length > 0 || officials) {
      return {
        start: s.start + acc.index, end: s.end, verb: 'according to', npStart, npEnd, speakers, collective: false, pronoun: false, officials, relayers: [],
        contentStart: s.start, contentEnd: s.start + acc.index,
      };
    }
  }
  const accS = ACCORDING_START.exec(t);
  if (accS) {
    const npStart = s.start + accS[0].indexOf(accS[1]!);
    const npEnd = npStart + accS[1]!.length;
    const speakers = actorsIn(ms, npStart, npEnd);
    const officials = speakers.length === 0 && OFFICIALS.test(accS[1]!);
    if (speakers.length > 0 || officials) {
      return {
        start: s.start, end: s.start + accS[0].length, verb: 'according to', npStart, npEnd, speakers, collective: false, pronoun: false, officials, relayers: [],
        contentStart: s.start + accS[0].length, contentEnd: s.end,
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
  // "Shultz, speaking in Moscow on Tuesday, said …" / "the official, Assistant Defense Secretary Richard Perle, told …".
  const itr = t.startsWith('"') || t.startsWith('“') ? null : interruptedMatch(t, s, ms);
  if (itr) {
    const npStart = s.start + itr[1]!.length;
    const npEnd = npStart + itr[2]!.length;
    const aside = s.start + itr[0].indexOf(itr[3]!, itr[1]!.length + itr[2]!.length);
    // "The newspaper, quoting administration officials, said …": the ones quoted speak, the paper relays.
    const quoting = /^quoting\s+(?![^"“”]*\b(?:magazine|newspaper|paper|daily|weekly|report)\b)/i.exec(itr[3]!);
    if (quoting && !/["“]/.test(itr[3]!)) {
      const verbAt = s.start + itr[0].lastIndexOf(itr[4]!);
      const relayed = relayedSpeakers(ms, npStart, npEnd, aside + quoting[0].length, itr[3]!.slice(quoting[0].length));
      if (relayed.speakers.length > 0 || relayed.officials) {
        return {
          start: s.start, end: s.start + itr[0].length, verb: itr[4]!, npStart, npEnd: verbAt + itr[4]!.length, speakers: relayed.speakers, collective: false, pronoun: false,
          officials: relayed.officials, relayers: relayed.relayers, contentStart: STANCE.test(itr[4]!) ? s.start : s.start + itr[0].length, contentEnd: s.end,
        };
      }
    }
    let speakers = actorsIn(ms, npStart, npEnd);
    const np = itr[2]!;
    // An appositive that names the speaker: "one, Canadian Finance Minister Michael Wilson, said".
    if (speakers.length === 0 && /^(?:one|the (?:official|minister|spokesman|envoy|ambassador|secretary))$/i.test(np.trim())) speakers = actorsIn(ms, aside, aside + itr[3]!.length).filter((m) => m.kind === 'leader');
    // "The speaker of the Iranian Parliament, Hojatoleslam Akbar Rafsanjani, warned", "Turkey's ambassador in Athens,
    // Nazmi Akiman, said": the aside names the speaker.
    // (one leader told in two pieces, "Wang" and "Chien-shien", is one name: "Li's colleague, Wang Chien-shien, said")
    const named = actorsIn(ms, aside, aside + itr[3]!.length).filter((m, i, all) => m.kind === 'leader' && all.findIndex((x) => x.kind === 'leader' && x.id === m.id) === i);
    if (named.length === 1 && itr[3]!.replace(named[0]!.text, '').trim().split(/\s+/).filter(Boolean).length <= 3 && /^(?:(?:the|a|an|its|his|her|their)\s|(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*['’]s\s)/i.test(np.trim())) speakers = named;
    const verbStart = s.start + itr[0].lastIndexOf(itr[4]!);
    const who = speakersOf(ms, npStart, npEnd, itr[4]!, verbStart);
    const quoted = QUOTED.test(itr[4]!);
    const officials = quoted ? who.officials : speakers.length === 0 && OFFICIALS.test(np) && np.split(/\s+/).length <= 6;
    // (nor one holding a verb of saying: in "Lukman said non-OPEC member Norway, which he visited …, had pledged" Lukman speaks)
    const verbish = /\b(?:has|have|had|was|were|is|are|will|would|said|says|told|\w+ed)\b/i.test(np.replace(UNVERBISH, ''));
    // "Duffy, here after talks in the United States, said": a name the extraction does not know speaks, not the aside.
    // But "William Crowe, chairman of the U.S. Joint Chiefs of Staff, predicted …", "Somphol Kiatpaiboon, director general of
    // the Commercial Economics Department, said": a full name the extraction does not know speaks for the state or body of
    // the office in its aside (asideOffice), as in the trailing ""…," Albert Melnikov, commercial counselor for the Soviet
    // Union, told Reuters".
    if (!quoted && speakers.length === 0 && !officials && /^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*$/.test(np.trim())) {
      const office = FULL_NAME.test(np.trim()) && !/["“”]/.test(itr[3]!) ? asideOffice(ms, aside, itr[3]!) : null;
      if (!governmentOffice(office, itr[3]!) || (office.speakers.length === 0 && !office.officials) || verbish) return null;
      return {
        start: s.start, end: s.start + itr[0].length, verb: itr[4]!, npStart, npEnd: verbStart + itr[4]!.length, speakers: office.speakers, collective: false, pronoun: false,
        officials: office.speakers.length === 0, relayers: [], contentStart: STANCE.test(itr[4]!) ? s.start : s.start + itr[0].length, contentEnd: s.end,
      };
    }
    // "The communique, released in conjunction with the IMF meetings, said", "He, speaking in Moscow, said": the body or
    // person told of before goes on, as with "the communique said" (not the bodies named in the aside).
    // ("The ministers, meanwhile, also continued talks … and one, Canadian Finance Minister Michael Wilson, said": the
    // leader the aside names speaks, not the body the ministers stand for)
    const members = MEMBERS_NP.test(np.trim()) && actorsIn(ms, aside, aside + itr[3]!.length).some((m) => m.kind === 'leader');
    const pronoun = !quoted && speakers.length === 0 && !members && isPronoun(np.trim());
    // "The agency, received in London, quoted him as saying": the one quoted speaks.
    const found = quoted ? who.speakers.length > 0 || who.pronoun || officials : speakers.length > 0 || officials || pronoun;
    if (found && !verbish) {
      return {
        start: s.start, end: s.start + itr[0].length, verb: itr[4]!, npStart, npEnd: verbStart + itr[4]!.length, speakers: QUOTED.test(itr[4]!) ? who.speakers : speakers,
        collective: false, pronoun: pronoun || (who.pronoun && who.speakers.length === 0), officials, relayers: who.relayers,
        contentStart: STANCE.test(itr[4]!) ? s.start : s.start + itr[0].length, contentEnd: s.end,
      };
    }
  }
  const par = /^["“]/.test(t) ? null : PARENTHETICAL.exec(t);
  if (par && !/\b(?:which|who|that)\b/i.test(par[2]!)) {
    const npStart = s.start + par[1]!.length;
    const npEnd = npStart + par[2]!.length;
    const speakers = actorsIn(ms, npStart, npEnd);
    const pronoun = isPronoun(par[2]!.trim());
    const officials = speakers.length === 0 && OFFICIALS.test(par[2]!);
    if (speakers.length > 0 || pronoun || officials) {
      // The content runs around the attribution: it is read from after it.
      return {
        start: npStart, end: s.start + par[0].length, verb: par[3]!, npStart, npEnd: npEnd + 1 + par[3]!.length, speakers, collective: false, pronoun, officials, relayers: [],
        contentStart: s.start + par[0].length, contentEnd: s.end,
      };
    }
  }
  const only = ATTRIBUTION_ONLY.exec(t);
  if (only) {
    const npStart = s.start + only[1]!.length - only[1]!.trimStart().length;
    const npEnd = s.start + only[1]!.length;
    const speakers = actorsIn(ms, npStart, npEnd);
    const pronoun = isPronoun(only[1]!.trim());
    const officials = speakers.length === 0 && OFFICIALS.test(only[1]!);
    if (speakers.length > 0 || pronoun || officials) {
      return {
        start: s.start, end: s.end, verb: only[2]!, npStart, npEnd: s.start + only[0].indexOf(only[2]!, only[1]!.length) + only[2]!.length, speakers, collective: false, pronoun, officials, relayers: [],
        contentStart: s.end, contentEnd: s.end,
      };
    }
  }
  const on = GOES_ON.exec(t);
  if (on) {
    return {
      start: s.start, end: s.start + on[0].length, verb: on[1]!, npStart: s.start, npEnd: s.start + on[0].indexOf(on[1]!) + on[1]!.length, speakers: [], collective: false, pronoun: true, officials: false, relayers: [],
      contentStart: s.start + on[0].length, contentEnd: s.end,
    };
  }
  const declined = /^["“]/.test(t) ? null : declinedButSaid(s, ms, isPronoun);
  if (declined) return declined;
  // LEADING_LONG is slow to fail: tried only when the sentence opens with a chain of names and titles that long.
  const longChain = (CHAIN_HEAD.exec(t)?.[0].length ?? 0) >= 71;
  for (const re of longChain ? [LEADING_START, LEADING, LEADING_QUOTED, LEADING_LONG, LEADIN_PRONOUN] : [LEADING_START, LEADING, LEADING_QUOTED, LEADIN_PRONOUN]) {
    const ld = /^["“]/.test(t) ? null : re.exec(t);
    if (!ld) continue;
    // "Miyazawa did not say what would be in the package", "He would not say when": nothing was said.
    if (/\b(?:did|does|do|would|could|will|can)\s+not\s*$|n['’]t\s*$/i.test(ld[2]!)) continue;
    const npStart = listHeadAt(s, ms, ld[1]!, ld[2]!) ?? s.start + ld[1]!.length;
    const npEnd = s.start + ld[1]!.length + ld[2]!.length;
    // Only a chain of names and titles ("Foreign Ministers of the Association of … (ASEAN)"), no clause ("… after X said").
    if (re === LEADING_LONG && (!TITLE_CHAIN.test(ld[2]!) || !actorsIn(ms, npStart, npEnd).some((m) => m.end >= npEnd - 2 && m.kind !== 'place'))) continue;
    const verbStart = s.start + ld[0].indexOf(ld[3]!, ld[1]!.length + ld[2]!.length);
    // "Gorbachev welcomed British Prime Minister Margaret Thatcher at the Kremlin": welcoming a person is meeting him (calls.ts);
    // not "welcomed President Reagan's firm action".
    if (/^welcomed$/i.test(ld[3]!) && /^\s+(?:(?:the\s+)?visiting\b|\p{Lu}(?![\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s\s)|(?:him|her|them|guests?|visitors?|delegat\w*)\b)/u.test(t.slice(verbStart - s.start + ld[3]!.length))) continue;
    const who = speakersOf(ms, npStart, npEnd, ld[3]!, verbStart);
    const speakers = who.speakers;
    const collective = COLLECTIVE.test(ld[2]!);
    const np = ld[2]!;
    const pronoun = isPronoun(np.trim()) || (who.pronoun && speakers.length === 0);
    const officials = speakers.length === 0 && (QUOTED.test(ld[3]!) ? who.officials : officialsSubject(np));
    // (a state's document told by when it was issued is a noun phrase: "The third High Command communique issued during the day")
    const verbish = !STATE_DOCUMENT.test(np) && /\b(?:has|have|had|was|were|is|are|will|would|\w+ed)\b/i.test(np.replace(UNVERBISH, ''));
    // "X warned …, a day after Washington said …": the clause after the comma is subordinate, X's is the main one.
    const subordinate = (ld[1]!.length > 0 && /^(?:(?:a|one|two|three) (?:day|days|week|weeks) |shortly |hours |days |soon )?(?:after|before|since|because|when|as|while|whereas)\b/i.test(np))
      // "Pointing out that Japan pledged …, a U.S. official said": the verb is in what the lead-in points out.
      || /^(?:but\s+)?[a-z]+ing(?:\s+out)?\s+that\b/i.test(np.trim());
    if ((speakers.length > 0 || collective || pronoun || officials) && !verbish && !subordinate) {
      const relayers = ld[3]!.startsWith('reported') ? speakers : who.relayers;
      return {
        start: s.start, end: s.start + ld[0].length, verb: ld[3]!, npStart, npEnd: verbStart + ld[3]!.length, speakers, collective, pronoun, officials, relayers,
        contentStart: STANCE.test(ld[3]!) ? s.start : s.start + ld[0].length, contentEnd: s.end,
      };
    }
  }
  // "… those made yesterday by Belgian Trade Minister Herman De Croo, who said if the bill passed, …": the one the clause is about says it.
  const ws = WHO_SAID.exec(t);
  if (ws && !insideQuote(t, ws.index)) {
    const at = s.start + ws.index;
    const who = ms.filter((m) => m.kind === 'leader' && m.end <= at && /^\s*$/.test(s.text.slice(m.end - s.start, ws.index)));
    if (who.length > 0) {
      const verbStart = at + ws[0].indexOf(ws[1]!);
      return {
        start: at, end: at + ws[0].length, verb: ws[1]!, npStart: who[0]!.start, npEnd: verbStart + ws[1]!.length, speakers: [who[0]!], collective: false, pronoun: false, officials: false, relayers: [],
        contentStart: STANCE.test(ws[1]!) ? verbStart : at + ws[0].length, contentEnd: s.end,
      };
    }
  }
  // "… a British statement following his talks, saying …" / "The Kremlin issued a statement saying …".
  const sy = STATEMENT_SAYING.exec(t);
  if (sy && !insideQuote(t, sy.index)) {
    const npStart = s.start + sy.index + sy[0].indexOf(sy[1]!);
    const npEnd = npStart + sy[1]!.length;
    const speakers = actorsIn(ms, npStart, npEnd).filter((m) => m.kind !== 'leader' || !/^(?:an?|the)\s/i.test(sy[1]!));
    if (speakers.length > 0) {
      return {
        start: npStart, end: s.start + sy.index + sy[0].length, verb: 'saying', npStart, npEnd, speakers, collective: false, pronoun: false, officials: false, relayers: [],
        // (a stance told by the participle, "deploring Japan's imbalance", keeps it: the kind is read from it)
        contentStart: s.start + sy.index + sy[0].length - (/\bsaying\s+(?:that\s+)?$/.test(sy[0]) ? 0 : (/\b\w+ing\s+(?:that\s+)?$/.exec(sy[0])?.[0].length ?? 0)), contentEnd: s.end,
      };
    }
  }
  // "Speaking last night, Chirac set out the French position saying: "…"", "Iranian envoys toured Gulf states saying …":
  // the subject of the verb before "saying" says what follows.
  const sg = SAYING.exec(t);
  if (sg && !insideQuote(t, sg.index)) {
    const at = s.start + sg.index;
    const subject = ms.find((m) => m.end <= at && m.kind !== 'place' && m.form !== 'capital' && SUBJECT_VERB.test(s.text.slice(m.end - s.start, sg.index)) && (m.form !== 'demonym' || /^\s+(?:officials|envoys|diplomats|leaders|ministers|negotiators|delegates)\b/i.test(s.text.slice(m.end - s.start))));
    if (subject) {
      return {
        start: subject.start, end: at + sg[0].length, verb: 'saying', npStart: subject.start, npEnd: subject.end, speakers: [subject], collective: false, pronoun: false, officials: false, relayers: [],
        contentStart: at + sg[0].length, contentEnd: s.end,
      };
    }
    const ps = PRONOUN_SAYING.exec(t);
    if (ps && SUBJECT_VERB.test(t.slice(ps[0].length, sg.index))) {
      const npStart = s.start + ps[1]!.length - ps[2]!.length;
      return {
        start: s.start, end: at + sg[0].length, verb: 'saying', npStart, npEnd: npStart + ps[2]!.length, speakers: [], collective: false, pronoun: true, officials: false, relayers: [],
        contentStart: at + sg[0].length, contentEnd: s.end,
      };
    }
  }
  return null;
}

/**
 * Who a subject phrase `np` (at `npStart`) names as the speaker of a sentence shaped by one pattern (declinedButSaid,
 * quoteThenSpeaker): the leaders, states or bodies in it, else "he"/"they", else unnamed officials (officialsSubject);
 * null when it names none of these.
 */
function subjectSpeaker(ms: Mention[], npStart: number, np: string, isPronoun: (np: string) => boolean): Pick<Attribution, 'speakers' | 'pronoun' | 'officials'> | null {
  const speakers = actorsIn(ms, npStart, npStart + np.length);
  const pronoun = isPronoun(np.trim());
  const officials = speakers.length === 0 && officialsSubject(np);
  return speakers.length === 0 && !pronoun && !officials ? null : { speakers, pronoun, officials };
}

/**
 * "Finance Ministry officials declined comment but said …", "White House spokesman Marlin Fitzwater declined to comment on the
 * dollar, but said …": what the speaker would not talk about comes first, then what they said (LEADING takes the refusal
 * for a clause of the subject's own and gives up).
 */
const DECLINED_BUT_SAID = /^((?:but\s+)?)([^,"“”]{1,70}?)\s+(?:declined|refused)\s+(?:to\s+(?:comment|say|speculate|elaborate)|comment)\b[^"“”;]{0,100}?,?\s+but\s+(?:also\s+)?(said|added|told [^,."“”]{1,40}?|confirmed|acknowledged|noted)[:,]?\s+(?:that\s+)?(?=\S)/i;

/** The attribution of a sentence shaped as DECLINED_BUT_SAID, if its subject names a speaker (a leader, a state, officials, "he"). */
function declinedButSaid(s: Sentence, ms: Mention[], isPronoun: (np: string) => boolean): Attribution | null {
  const d = DECLINED_BUT_SAID.exec(s.text);
  if (!d) return null;
  const [, lead, np, verb] = d as unknown as [string, string, string, string];
  const npStart = s.start + lead.length;
  const npEnd = npStart + np.length;
  const who = subjectSpeaker(ms, npStart, np, isPronoun);
  if (!who) return null;
  return {
    start: s.start, end: s.start + d[0].length, verb, npStart, npEnd, ...who, collective: false, relayers: [],
    contentStart: s.start + d[0].length, contentEnd: s.end,
  };
}

/**
 * A quote opening the sentence, its speaker and verb, then where or when it was said at any length: ""No, that is not
 * true," he said before a televised news conference when asked about reports that …, John Poindexter.", ""This should
 * result in new lending," he said in prepared testimony for the Subcommittee on … of the U.S. House of Representatives."
 * (TRAILING allows 70 characters and no comma after the verb; after a closed quote nothing else can be what was said).
 */
const QUOTE_THEN_SPEAKER = /^(["“][^"“”]{10,}[,?!]["”]\s+)([^,"“”]{1,60}?)\s+(said|says|added|told [^,."“”]{1,40}?|asked|commented)\s+(?:in|on|at|after|before|during|when|while|as|to|from|yesterday|today|tonight|last|earlier|later|here|there)\b[^"“”]{1,250}$/;

/** The attribution of a sentence shaped as QUOTE_THEN_SPEAKER, if its subject names a speaker (a leader, a state, officials, "he"). */
function quoteThenSpeaker(s: Sentence, ms: Mention[], isPronoun: (np: string) => boolean): Attribution | null {
  const q = QUOTE_THEN_SPEAKER.exec(s.text);
  if (!q) return null;
  const [, quote, np, verb] = q as unknown as [string, string, string, string];
  const npStart = s.start + quote.length;
  const npEnd = npStart + np.length;
  const who = subjectSpeaker(ms, npStart, np, isPronoun);
  if (!who) return null;
  return {
    start: npStart, end: s.end, verb, npStart, npEnd: npEnd + 1 + verb.length, ...who, collective: false, relayers: [],
    contentStart: s.start, contentEnd: npStart,
  };
}

/** Whether a sentence is an attribution and nothing else ("Foulkes said.", "the official told reporters."). */
export function attributionOnly(t: string): boolean {
  return ATTRIBUTION_ONLY.test(t);
}

/**
 * True when the sentence is attributed to someone the extraction does not know ("…," said Juan
 * Pugliese; "analysts said"): after it, "he said" no longer refers to an earlier speaker.
 */
export function otherSpeaker(t: string): boolean {
  return otherSpeakerSubject(t) !== null;
}

/** The subject of the sentence's attribution to someone the extraction does not know (otherSpeaker), as written; else null. */
export function otherSpeakerSubject(t: string): string | null {
  const np = TRAILING.exec(t)?.[1] ?? INVERTED.exec(t)?.[2] ?? (/^["“]/.test(t) ? undefined : (LEADING_START.exec(t) ?? LEADING.exec(t))?.[2]);
  // "But added: …" names no one new; nor does "He did say, however, that …" (a pronoun before an auxiliary or adverb).
  if (np === undefined || PRONOUN.test(np.trim()) || /^\s*(?:they|it|but|and|he|she)\s*$/i.test(np) || /^\s*(?:(?:but|and)\s+)?(?:he|she|they)\s/i.test(np)) return null;
  return /^(?:[A-Z]|(?:an?|the|one|some|other|several|many|most)\s)/.test(np.trim()) && !/\b(?:has|have|had|was|were|is|are|will|would)\b/i.test(np) ? np.trim() : null;
}

/**
 * A subject listing actors whose first ones the comma set off as a lead-in: "The United States, NATO and the United
 * Nations all called on Greece and Turkey …", "Britain, Japan and Canada urged …" (the subject "NATO and the United
 * Nations" after the lead-in "The United States, "). Where the list starts (a sentence offset), when the lead-in is only
 * names of actors, each set off by a comma, and the subject goes on with "and"; else null.
 */
function listHeadAt(s: Sentence, ms: Mention[], leadIn: string, np: string): number | null {
  const head = /^(?:but\s+)?/i.exec(leadIn)![0].length;
  const pieces = leadIn.slice(head).split(/,\s+/);
  if (pieces.length < 2 || pieces.at(-1) !== '' || !/^(?:(?:the\s+)?[A-Z][\w.'’-]*\s+)*?and\s+(?:the\s+)?[A-Z]/.test(np)) return null;
  let at = s.start + head;
  for (const piece of pieces.slice(0, -1)) {
    const inside = actorsIn(ms, at, at + piece.length).filter((m) => m.kind !== 'place');
    // each piece a name (with its article) that names an actor: "The United States", "NATO", not "In Tokyo" nor "On Monday"
    if (inside.length !== 1 || !/^(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}$/.test(piece)) return null;
    at += piece.length + (s.text.slice(at - s.start + piece.length).match(/^,\s+/)?.[0].length ?? 0);
  }
  return s.start + head;
}

/** Whether offset `at` of sentence `t` lies inside a quotation (an odd number of straight quotes, or an open curly one, before it). */
export function insideQuote(t: string, at: number): boolean {
  const before = t.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}
