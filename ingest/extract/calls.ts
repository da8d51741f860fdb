/**
 * Calls: phone and video calls, virtual summits, summits, meetings, talks and visits, with
 * participants, kind, status from tense and modality, date, times, duration and place. Later
 * mentions ("the talks", "Tuesday's call", "the Putin talks") resolve to the call they name.
 */
import { shortHash, slugify } from '../../core/ids.ts';
import { callKindClass as kindClass, type CallKind, type CallStatus } from '../../core/model.ts';
import { insideQuote } from './attribution.ts';
import { actorKey, actorOf, type ActorRef, type ArticleContext, type Attribution } from './context.ts';
import { addDays, datesAgree, findDates, findDuration, findTimes, NUMBER_WORDS, type FoundDate, type Tense } from './dates.ts';
import { ORGS, PHRASES, PLACES, type PlaceData } from './gazetteer.ts';
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';
import { phraseKey } from './tokens.ts';
import { ED_ADJECTIVES } from './tense-words.ts';

/** A call as found in one article. */
export interface CallRecord {
  id: string;
  kind: CallKind;
  status: CallStatus;
  date: string | null;
  precision: 'day' | 'month' | 'year' | null;
  participants: ActorRef[];
  places: { id: string; name: string }[];
  startTime?: string;
  endTime?: string;
  minutes?: number;
  /** Sentence indexes that report it. */
  reports: Set<number>;
  confidence: number;
}

/** Calls of the article and, per sentence, the calls it speaks of (new or referred to). */
export interface CallResult {
  calls: CallRecord[];
  bySentence: Map<number, CallRecord[]>;
  main: CallRecord | null;
}

/** Words that may come between "negotiations" and "with/between" ("Negotiations have been under way between A and B"). */
const BEFORE_PARTIES = String.raw`(?:(?:have|has|had|been|are|were|is|now|also|still|under|way|going|on|continuing)\s+){0,4}`;

/** When a trip starts, between its verb and where it goes ("leaves later today for", "travelling this week to", "flying on Sunday to"). */
const TRIP_WHEN = String.raw`(?:(?:early |late |later )?(?:today|tomorrow|tonight|on [A-Z][a-z]+day|this [a-z]+|next [a-z]+|at the weekend)(?: (?:morning|afternoon|evening|night))?\s+)?`;

/** What lies between the place left and "for" (" today for"), and a departure with no place left ("leaves tomorrow for"). */
const WHEN_FOR = new RegExp(String.raw`^\s+${TRIP_WHEN}for$`, 'i');
const LEAVE_WHEN_FOR = new RegExp(String.raw`^\S+\s+${TRIP_WHEN}for$`, 'i');

/**
 * The state or place left in a trigger "left <place> [when] for" at [start, end) ("left West Germany for", "left Paris today
 * for"), if the words between the verb and "for" are just that place.
 */
function leftPlaceIn(ms: Mention[], text: string, start: number, end: number): Mention | undefined {
  return ms.find((x) => ((x.kind === 'country' && x.form !== 'demonym') || x.kind === 'place') && x.start > start && x.end < end
    && /^\S+\s+(?:the\s+)?$/.test(text.slice(start, x.start)) && WHEN_FOR.test(text.slice(x.end, end)));
}

/** Words naming a kind of sitting before "session" ("the ICO council session", "an emergency session"): see sittingBody. */
const SITTING_WORDS = String.raw`council|board|committee|plenary|ministerial|special|regular|annual|extraordinary|emergency|closing|opening|final|full|informal`;
const SITTING_BEFORE = new RegExp(String.raw`\b(?:${SITTING_WORDS})\s+$`, 'i');
/** "bilateral" and up to two words before a call noun ("bilateral trade negotiations"): see bilateralPair. */
const BILATERAL_WORDS = String.raw`\bbilateral\s+(?:[\w-]+\s+){0,2}`;
const BILATERAL_BEFORE = new RegExp(`${BILATERAL_WORDS}$`, 'i');
/**
 * A tour told with the states it takes in ("opening a Latin American tour which includes Bolivia and Guatemala", "a Gulf tour
 * which will also take him to Saudi Arabia, the United Arab Emirates and Kuwait"): one visit per state named, as "tour of".
 */
const TOUR_INCLUDES = String.raw`tour,? (?:which|that) (?:will )?(?:also )?(?:includes?|included|takes? (?:him|her|them) to|took (?:him|her|them) to)(?= [A-Z])`;
/**
 * Verbs of going or coming somewhere before "to <place>" ("would go to Moscow", "von Moltke came to Japan", "Khelaf, who came to
 * Geneva for a meeting"): a trip only for a leader or "he"/"she" right before, as triggerAt checks (not "came to power",
 * "aid will go to Brazil", "tourists came to Canada").
 */
const GO_WORDS = String.raw`go|goes|going|went|come|comes|coming|came`;
const GOING = new RegExp(String.raw`^(?:${GO_WORDS})\s`, 'i');
const TRIGGER = new RegExp(
  [
    String.raw`\b(?<held>held|hold|holds|holding|had|have|has)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}?(?<hn>virtual summit|video ?call|video ?conference|videoconference|(?:tele)?phone (?:call|conversation)s?|summit|talks|meeting|conversation|discussions?|contacts)\b`,
    String.raw`\b(?<call>called|phoned|telephoned|calls|call)\s+(?=the leaders|(?:his|her) (?:[\w.-]+ )?counterpart|[A-Z])`,
    String.raw`\b(?<speak>spoke|spoken|speak|speaks|speaking|talked|talk|talking)\s+(?:(?:recently\s+)?(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone\b(?:\s+(?:with|to)\b)?|(?:with|to)\b)`,
    String.raw`\b(?<meet>met|meet|meets|summon(?:ed|s)|(?:an\s+)?audience with|(?:was|were|been|being) received by)\b(?:\s+with)?`,
    String.raw`\b(?<confer>confer(?:red|s|ring)?|consult(?:ed|s|ing)?|negotiat(?:ed|es|ing|e)|exchang(?:ed|es|ing|e) (?:views|opinions|ideas))\s+with\b(?=\s+(?:the\s+)?[A-Z])`,
    String.raw`\b(?<discuss>discuss(?:ed|es|ing)?)\b`,
    String.raw`\b(?<host>host(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|see|sees|saw|seeing|welcom(?:e|es|ed|ing)|greet(?:s|ed|ing)?|(?:dinner|luncheon|lunch|breakfast|banquet) (?:for|with)|(?:reception|dinner|luncheon|lunch|breakfast|banquet) (?:held|given|hosted|offered) (?:(?:for|in honou?r of) (?:him|her|them) |in (?:his|her|their) honou?r )?by)\s+(?=[A-Z])`,
    String.raw`\b(?<visit>visit(?:ed|s|ing)?|visted|trip ${TRIP_WHEN}to|(?:mission|journey) to(?= [A-Z])|(?:stopover|stop-over) (?:in(?= [A-Z])|here\b)|(?:his|her|their|['’]s) (?:[\w-]+ )?mission in(?= [A-Z])|(?:during|on|throughout) (?:his|her|their|a|the) (?:[\w-]+ ){0,2}stay in(?= [A-Z])|on (?:his|her|their) way (?:home )?to(?= [A-Z])|return(?:ed|s|ing)? (?:home |to [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)? )?from(?= [A-Z])|tour (?:of|to)(?= [A-Z])|toured(?= [A-Z])|${TOUR_INCLUDES}|(?:tour|stay) here\b|(?:first|second|third|fourth|fifth|sixth|final|last|next) leg of (?:a|an|his|her|their|the) (?:[\w-]+ ){0,2}?(?:tour|trip|journey)|travel(?:s|led|ed|ling|ing)? ${TRIP_WHEN}to|(?:${GO_WORDS}) ${TRIP_WHEN}to(?= [A-Z])|(?:tak(?:en|es|e|ing)|took) (?:him|her|them|(?:[A-Z][\w.'’-]*\s+){1,3})to(?= [A-Z])|(?:flew|fly|flies|flying) ${TRIP_WHEN}to\b|as (?:the )?guests? of|sen(?:d|ds|t|ding) (?:(?:a|an|its|two|three|[\w-]+-man)\s+)?(?:[\w-]+\s+){0,2}?(?:officials?|delegations?|envoys?|missions?|teams?|negotiators)\s+to(?= [A-Z])|(?:leaves?|left|leaving|sets? (?:out|off)|depart(?:s|ed|ing|ure)?|head(?:s|ed|ing)?) ${TRIP_WHEN}for(?= (?:the )?[A-Z])|(?:leaves?|left|leaving) (?:the )?(?:[A-Z][\w.'’-]*\s+){1,3}${TRIP_WHEN}for(?= (?:the )?[A-Z])|arriv(?:ed|es|ing|e) (?:here|in(?= [A-Z]))|arriv(?:ed|es)(?= (?:on [A-Z][a-z]+day|today|yesterday|last night|this morning)\b)|arriv(?:es|e|ed|ing)(?= for (?:[\w-]+ ){0,2}(?:talks|meetings?|discussions|negotiations|consultations) with\b)|(?:scheduled |expected |planned )?arrival(?= (?:here )?of [A-Z])|(?:will|would|is to|are to|was to|were to) be (?:in(?= [A-Z])|here\b)|(?:is|was) (?:now |currently |still |already |also )?(?:in(?= [A-Z])|here\b)|(?:is|are|was|were) (?:due|expected) (?:here|in(?= [A-Z])(?! (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)))\b`,
    String.raw`\b(?<courtesy>(?:courtesy|farewell|protocol) (?:call|visit)s? on)\b`,
    String.raw`\b(?<noun>summit (?:meeting|talks|conference)|virtual summit|video ?call|video ?conference|videoconference|(?:tele)?phone (?:call|conversation)|summit|talks|meetings?|discussions?|negotiations(?=\s+${BEFORE_PARTIES}(?:with|between)\s)|(?<=${BILATERAL_WORDS})negotiations|consultations|sessions?|(?<!\b(?:news|press)\s+)conferences?|conversation|call|coordinations?(?= between)|(?<=\b(?:the|his|her|this|that|its)\s+(?:[\w-]+\s+)?)trip(?!\s+to\b))\b`,
  ].join('|'),
  'giu',
);

/** Every trigger contains one of these (a fast pre-test before TRIGGER). */
const MAY_TRIGGER = /\bway (?:home )?to\b|summit|talk|meet|consultation|session|tour|exchang|return|\b(?:is|was) (?:[a-z]+ )?(?:in [A-Z]|here\b)|summon|confer|consult|negotiat|\bmet\b|conversation|discuss|conference|\bbe in\b|call|phon|spok|speak|host|receiv|reception|\bsee|\bsaw\b|welcom|greet|dinner|lunch|breakfast|banquet|visit|visted|trip|mission|journey|stopover|stop-over|stay|\bsen[dt]|set|travel|flew|fly|flie|guest|leav|left|arriv|\bdue\b|expected|audience|coordination|depart|\bleg of|\b(?:go(?:es|ing)?|went|com(?:es?|ing)|came) (?:[a-z]+ ){0,3}to\b|\bhead(?:s|ed|ing)? (?:[a-z]+ ){0,3}for\b|\bt(?:ak|oo)[a-z]* [\w.'’ -]{2,40}to\b/i;

function kindOf(word: string): CallKind {
  const w = word.toLowerCase();
  if (w.startsWith('virtual')) return 'virtual summit';
  if (w.startsWith('video')) return 'video call';
  if (/phone|^call|^spoke|^speak|^talked|^talk\b|^talking/.test(w)) return 'phone call';
  if (w.startsWith('summit')) return 'summit';
  if (/^(meet|met|meeting|session|conference)/.test(w)) return 'meeting';
  if (/^(?:visit|leav|left|arriv|trip|mission|journey|tour|return|sets? o)/.test(w)) return 'visit';
  return 'talks';
}

/**
 * The call noun a trigger word stands for where the rules ask what gathering it is: "summit meeting" and "summit talks" are a
 * summit ("a two-day summit meeting of heads of government"); other words are themselves.
 */
function gatheringNoun(word: string): string {
  return /^summit\s/i.test(word) ? 'summit' : word;
}

function compatible(refWord: string, kind: CallKind): boolean {
  const w = refWord.toLowerCase();
  if (w.startsWith('summit')) return kind === 'summit' || kind === 'virtual summit';
  if (w === 'call' || /phone|video/.test(w)) return kindClass(kind) === 'call';
  if (w === 'trip') return kind === 'visit';
  return true;
}

const FUTURE = /\b(?:begins|starts|opens|tour,? (?:which|that) includes?|leaves (?:for|on)|departs|sets (?:off|out)|heads for|goes to|travels to|flies to|arrives (?:in|on|here|for)|will|would|shall|(?:un)?likely to|plans? to|planned|planning|is to|are to|(?:was|were) to (?:leave|visit|meet|hold|travel|fly|go|attend|arrive|depart|begin|start|open|have talks|pay)|expected to|scheduled|due to|set to|to (?:hold|meet|speak|call|visit|talk)|(?<!\b(?:arriv(?:ed|es|ing)|gathered|assembled|came|met)\b[^;]{0,80})to (?:begin|start|open|resume)|next (?:week|month|year)|upcoming|later this|on the eve of|intends? to|agreed to(?!\s+(?:at|in|during|by|on)\b)|(?:hopes?|hoping|wants?|seeks?|prepar(?:es?|ed|ing)) (?:to|for)|(?:agenda|preparations?|groundwork) for|pav(?:e|es|ing) the way for|(?:willing|ready) to|(?:may|might|could) (?:\w+ )?(?:meet|visit|hold|travel|go|fly|talk|speak|call|have)|ahead of|in advance of|forthcoming|propos(?:ed|es|e|ing|al)|offer(?:ed|s|ing)?|invit(?:ed|es|ing|ation)|suggest(?:ed|s|ing)?)\b/i;
const CANCELLED = /\b(?:cancel(?:l?ed|s)?|called off|scrapped|calls? off)\b/i;
const POSTPONED = /\b(?:postponed?|delayed|put off|rescheduled)\b/i;
/**
 * An audience right after "spoke/speak to" ("talking to reporters", "spoke to a news conference", "to speak to the private
 * World Affairs Council"): telling the public is no call. Up to three words may come before the audience noun, none a preposition.
 */
const AUDIENCE = /^\s*(?:(?:the|a|an|local|foreign|some)\s+)*(?:(?!(?:at|in|on|during|after|before|about|over|by|with|and|for)\s)[\w'’.-]+\s+){0,3}?(?:reporters|journalists|newsmen|correspondents|Reuters|newspapers?|press|news|parliament|television|radio|students|businessmen|audience|gathering|crowd|conference|meeting|rally|delegates|lawmakers|congress|senate|council|association|club|forum|society|seminar|symposium|convention|institute|chamber|federation|committee|assembly|dinner|luncheon|lunch)\b/i;
/**
 * The press right after "with" ("In a conversation later with local journalists, Gaviria said", "discussions with
 * reporters"): telling the press is no call, as speaking to it is (AUDIENCE).
 */
const WITH_PRESS = /^\s+(?:(?:later|earlier|today|yesterday|\w+ly)\s+)?with\s+(?:(?:the|a|an|local|foreign|visiting|some|a group of|a small group of)\s+)*(?:reporters|journalists|newsmen|correspondents|Reuters|the press|newspaper)\b/i;
/**
 * Partners that are no state, leader or international body, named right after the call word: banks, creditors, companies
 * ("talks with commercial banks for loans to Argentina", "will meet with representatives from major grain exporting
 * companies", "talks between Brazil and its major foreign creditors", "negotiated with the Philippines' commercial
 * creditors"). Such talks are business, not diplomacy: the states named after them are the talks' subject (the
 * borrower, the market), not a party. No preposition in the gap ("talks with Japan on bank rules" are with Japan).
 */
const NONSTATE_PARTNER = /^\s+(?:(?:are|is|were|was|now|currently|under\s?way|held)\s+)*(?:with|between)?\s*(?:(?:the|its|their|his|her)\s+)?(?:(?:representatives|officials|executives|heads|leaders|chiefs|members)\s+(?:of|from)\s+(?:the\s+)?)?(?:(?!(?:on|about|over|for|to|in|at|and|of|from|by)\s)[\p{L}.'’-]+\s+(?:and\s+(?:its|their|the)\s+)?){0,4}?(?:banks?|bankers|creditors|lenders|companies|firms|carriers|airlines|exporters|importers|businessmen|industrialists|shareholders|investors|manufacturers)\b/iu;
/** The same partners named before the call noun ("commercial bank discussions with Argentina", "creditor bank talks"). */
const NONSTATE_BEFORE = /\b(?:commercial|creditor)\s+banks?\s+(?:[\w-]+\s+)?$/i;
/**
 * A company's own gathering told in the sentence of a meeting noun ("AST Research Inc said it nominated … for election to
 * its board at the May 19 meeting", "the shareholders will vote at the meeting"): no diplomacy, unless an international
 * body is named (its board is the body's: "the IMF's executive board").
 */
const COMPANY_MEETING = /\b(?:its|the company['’]s|their)\s+(?:[\w-]+\s+)?board\b|\bboard of directors\b|\b(?:share|stock)holders\b|\bannual (?:general )?meeting\b|\b(?:Inc|Corp|Co|Ltd|Plc)\b\.?\s+(?:said|says)\b/i;
/**
 * A state's name as the modifier of an economic noun ("ahead of an OPEC members meeting, and … the U.S. budget deficit",
 * "the U.S. Dollar ahead of the International Monetary Fund meeting", "major U.S. Economic data"): the market or the economy
 * it names is what the story is about, not a party (unless the noun heads officials: "U.S. trade officials", "oil minister").
 */
const ECONOMIC_MODIFIER = /^\s+(?:(?!(?:over|on|about|for|in|at|to|with|of|and|or|from|by|have|has|had|is|are|was|were|will|would)\s)[\w-]+\s+)?(?:dollars?|currency|economy|economic|data|budget|deficits?|surplus(?:es)?|crude|oil|prices?|interest|rates|markets?|bonds?|stocks?|shares|exports?|imports?|goods|banks?|companies|firms|industry|products|inflation|growth|demand|output|figures)\b(?!\s+(?:ministers?|ministry|officials?|delegations?|negotiators?|envoys?|secretary|representatives?|spokesman|authorities))/i;
/**
 * A departure in the past, then what it is for, right before a call noun ("left Brazil early today to attend a weekend
 * meeting of … coffee producers", "flew to Washington yesterday for talks with Baker"); not across "after" or a clause
 * break ("left Bonn after talks with Kohl" tells talks done).
 */
const DEPARTED_FOR = /\b(?:left|departed|flew|set (?:off|out)|headed|was heading|travell?ed)\b(?:(?!\b(?:after|following|and|but|at the end of)\b)[^.;,])*?\b(?:for|to attend|to take part in|to join)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** Past verbs of a call's clause; -ed words that are adjectives ("industrialized countries") are none. */
const PAST = new RegExp(String.raw`\b(?:held|took place|met|spoke|called|talked|had|was|were|lasted|ended|came|began|phoned|telephoned|visited|agreed|discussed|flew|drove|went|took|taken|gave|made|told|sent|left|arrived|paid|spent|saw|won|(?!${ED_ADJECTIVES}\b)[a-z]+ed)\b`);

/** "is expected in May", "are due on Thursday", "set for May", "a World Bank mission was due here soon" (told): scheduled, whatever other verbs say. */
const SCHEDULED = /\b(?:(?:is|are)\s+(?:now\s+)?(?:expected|due|scheduled|set|slated)\s+(?:in|on|for|at|to|later|next|this|early|late|here|there)\b|(?:was|were)\s+(?:due|expected)\s+(?:here|there)\b|(?:set|slated|scheduled)\s+for\b|(?:is|are)\s+to\s+be\s+(?:held|opened|resumed)\b)/i;

/** "will be headed by", "to be held", "will be held in Peking in 1989": a participle after a future auxiliary is no past verb. */
const FUTURE_PASSIVE = /\b(?:will|would|shall|to)\s+(?:not\s+)?be\s+(?:[a-z]+ed|held|made)\b/gi;

/**
 * A call verb in the present after "when/once/until/before/after/as soon as" and its subject, or one that meets "next/again/
 * later": ahead, whatever the reporting verb's tense ("this was expected when EC environment ministers meet next on May 21",
 * "would be prepared to accept … when the ICO council meets in September", "the ministers meet again later today").
 */
const AHEAD_CLAUSE = /\b(?:when|once|until|as soon as)\s+(?:(?!(?:he|she|it|they|we)\b)[\w.'’-]+\s+){1,6}(?:meets?|visits?|holds?|gathers?|convenes?)$|\b(?:meets?|gathers?|convenes?)\s+(?:(?:next|again|later)\b)/i;
/**
 * "was proposed by Ongpin during a trip to the United States in September": a trip during which its traveller did something,
 * told in the past passive with "by", is behind ("proposed" is no offer of a call here); not "was designed to cause
 * embarrassment during the visit, which starts on Friday".
 */
const DURING_PAST = /\b(?:was|were|had been|has been)\s+[a-z]+ed\s+by\s+[^,;]*?\bduring\s+(?:a|an|his|her|their|the|this)\s+(?:[\w-]+\s+){0,3}\S+$/i;

/**
 * "talks held by Group of Seven finance ministers ahead of the IMF meeting next week": a participle right after a call
 * noun, with no auxiliary, names the call and tells no time of its own (the clause's other words do).
 */
const REDUCED_HELD = /\b(talks|meetings?|discussions|consultations|negotiations|summit|session|conference)\s+held(?=\s+(?:by|in|at|here|there|between|with|under|on)\b)/gi;

/** Whether a clause tells something past by a finite verb (not "talks held by …", see REDUCED_HELD). */
function pastTold(seg: string): boolean {
  return PAST.test(seg.replace(REDUCED_HELD, '$1     '));
}

function tenseOf(lead: string, seg: string, prev: Tense | null): Tense {
  if (DURING_PAST.test(lead) && !/\b(?:will|would|shall)\b/i.test(lead)) return 'past';
  if (FUTURE.test(lead) || SCHEDULED.test(seg) || aheadClause(lead, seg)) return 'future';
  if (pastTold(seg.replace(FUTURE_PASSIVE, ' will '))) return 'past';
  if (prev && prev !== 'unknown') return prev;
  if (FUTURE.test(seg)) return 'future';
  return 'unknown';
}

/** A preposition that times something by the call after it: "… the tariffs ahead of next month's ", "… the decision until after the ". */
const TIMED_BY_CALL = /\b(?:ahead of|in advance of|in time for|before|after|until|following|during)\s+(?:[\w'’-]+\s+){0,4}$/i;

/** A decision or vote as the object of a cancel or postpone word after the call word ("put off any decisions"). */
const OTHER_OBJECT = /^\s+(?:(?:a|any|the|its|their|all)\s+)?(?:(?:final|further|formal)\s+)?(?:decisions?|action|votes?|rulings?|approval)\b/i;
/** A comma, then a subject's name (up to four words) right before a day: ", Nakasone today", ", the ministers yesterday". */
const SUBJECT_THEN_DAY = /,\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*|of)\s+){1,4}$/u;
/** A finite past verb right after that day ("today ordered", "yesterday announced"), not a participle's object ("yesterday's"). */
const VERB_AFTER_DAY = new RegExp(String.raw`^\s+(?:also\s+)?${PAST.source}`);

/**
 * Whether day `d`, told after the call word ending at `from`, stands between a main clause's subject and its past verb
 * ("Faced with the possibility that he might have to go to the U.S. Virtually empty-handed, Nakasone today ordered his
 * ruling party …"): it dates that verb, not a call told in the phrase before the comma.
 */
function mainClauseDay(text: string, from: number, d: { start: number; end: number }): boolean {
  return SUBJECT_THEN_DAY.test(text.slice(from, d.start)) && VERB_AFTER_DAY.test(text.slice(d.end, d.end + 30));
}

/**
 * Whether `re` matches within 40 characters of the trigger at [ts, te) of `seg`: "has cancelled a
 * trip", "the talks were called off", not "failed to call off the tariffs during two days of talks".
 */
export function nearTrigger(re: RegExp, seg: string, ts: number, te: number): boolean {
  const g = new RegExp(re.source, 'gi');
  for (const m of seg.matchAll(g)) {
    const a = m.index;
    const b = a + m[0].length;
    // ("to cancel the tariffs ahead of next month's meeting": the word before a call that times it leaves the call out of its object)
    if (b <= ts && TIMED_BY_CALL.test(seg.slice(b, ts))) continue;
    // ("The bank's policy-making board of governors, meeting here ahead of this week's IADB annual meetings, put off any
    // decisions": what is put off is a decision, not the call. Corpus: 2 of the 11 postponed or cancelled calls, both
    // wrong; "the scheduled 1330 start was delayed by an EC coordination meeting", the call as the agent, is left: its
    // clause then reads as planned, no better)
    if (a >= te && OTHER_OBJECT.test(seg.slice(b, b + 40))) continue;
    if ((b <= ts ? ts - b : a >= te ? a - te : 0) <= 40) return true;
    // "The talks …, due to start on Monday, were postponed": a passive after the call noun, in its clause
    if (a >= te && a - te <= 120 && /\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?$/i.test(seg.slice(Math.max(te, a - 20), a)) && !/[;.]/.test(seg.slice(te, a))) return true;
  }
  return false;
}

/** "are meeting", "is now visiting": under way on the story's day. */
const PROGRESSIVE = /\b(?:is|are)\s+(?:(?:now|currently|still|today)\s+)?(?:meeting|holding|visiting|talking|having)\b/i;
/** "Conable, who is here to meet …", "Funaro, who is in Rome": a stay under way (the lead ends with the trigger). */
const STAYING = /\b(?:is|are)\s+(?:(?:now|currently|still|already|also)\s+)?(?:here|in)$/i;
/** "Negotiations have been under way between …": going on (told after the call noun). */
const UNDER_WAY = /\b(?:is|are|has been|have been)\s+(?:(?:now|still|already)\s+)?under\s?way\b/i;

/** Whether the call verb ending `lead` is ahead by AHEAD_CLAUSE (the lead ends with the trigger; "meet next" reads on into `seg`). */
function aheadClause(lead: string, seg: string): boolean {
  return AHEAD_CLAUSE.test(lead.trimEnd()) || AHEAD_CLAUSE.test(seg.slice(Math.max(0, lead.trimEnd().length - 12), lead.trimEnd().length + 12));
}

function statusOf(lead: string, seg: string, date: string | null, pub: string, ts = 0, te = seg.length): CallStatus {
  if (nearTrigger(CANCELLED, seg, ts, te)) return 'cancelled';
  if (nearTrigger(POSTPONED, seg, ts, te)) return 'postponed';
  if (DURING_PAST.test(lead) && !/\b(?:will|would|shall)\b/i.test(lead)) return 'held';
  if (FUTURE.test(lead) || SCHEDULED.test(seg) || aheadClause(lead, seg)) return 'planned';
  if (date !== null && date.slice(0, 10) > pub) return 'planned';
  if (pastTold(seg) || (date !== null && date.slice(0, 10) < pub.slice(0, date.length))) return 'held';
  if (FUTURE.test(seg)) return 'planned';
  // (a month that holds the story's day is "now" too: "Nakasone is visiting France this week" dates the visit to the month)
  if ((PROGRESSIVE.test(lead) || STAYING.test(lead) || UNDER_WAY.test(seg)) && (date === null || date === pub.slice(0, date.length))) return 'held';
  return 'unknown';
}

const COLLECTIVE = /\b(?:the two (?:leaders|presidents|sides|men|ministers)|the two(?= (?:will|would|should|could|may|might|are|were|had|have|to|also|again|later|met|meet|held|hold)\b)|both leaders|the leaders(?! of))\b/i;
/** "their June summit": "their" names the parties only right before the call noun. */
const THEIR_BEFORE = /\btheir\s+(?:[\w-]+\s+){0,2}$/i;
/** "the Reagan administration": a leader's name used as a modifier is no participant. */
const ATTRIBUTIVE = /^\s+(?:administration|adminstration|government|cabinet|era|doctrine|presidency)\b/i;
/** "... and would have an audience with": a coordinated verb whose subject is the previous clause's. */
const ELIDED = /\band\s+(?:(?:will|would|shall|also|then|later|could|may|might|to|then|have|has|had|hold|make)\s+)*$/i;
/** "to attend the June summit": the verb before a call noun that makes its subject a participant. */
const ATTEND = /\b(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?|participat(?:e|es|ed|ing) in|t(?:ake|akes|ook|aking) part in)\s+(?:(?:the|a|an|this|next|their|its)\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/**
 * A call noun as the object of talk ("discuss the June summit", "talked about the meeting"); not where it is talked
 * of ("will be discussed at next week's meeting of the IMF", "discussed during the talks": the gathering itself).
 */
const DISCUSSED = /\b(?:discuss(?:es|ed|ing)?|talk(?:s|ed|ing)? about|speculation about|comment(?:ed)? on|support for|opposition to|proposals? for|plans? for|idea of|calls? for|called for|urged|favou?rs?)\s+(?:(?:the|a|an|this|next|their|its)\s+)?(?:(?!(?:at|during|in|on|before|after)\s)[\w'’-]+\s+){0,3}$/i;
/** A body's own meeting ("a cabinet meeting", "a press conference", "the shareholders's meeting", "a U.S.-USSR business meeting", "a businessmen's meeting"), no diplomatic event. */
const DOMESTIC = /\b(?:cabinet|board|press|news|party|committee|shareholders(?:['’]s?)?|stockholders(?:['’]s?)?|staff|plenary|annual|business|businessmen['’]s)\s+$/i;
/**
 * Of DOMESTIC's words, those an international body's gatherings have too, when an "of" phrase after the noun names the body
 * ("the semi-annual meetings of the IMF and the World Bank", "the annual meeting of the Asian Development Bank", "council
 * meetings of the International Monetary Fund"); a company's "annual meeting of shareholders" names none.
 */
const BODY_OWNED = /\b(?:(?:semi-?\s?)?annual|committee|council|board|plenary)\s+$/i;

/** "heads of government" between a body and its call noun ("an EC heads of government summit"): the body's leaders. */
const HEADS = /\bheads of (?:state|government)(?: and (?:state|government))?\s+/i;
/**
 * The words between an international body and its call noun: up to two ("the OPEC ministerial meeting", "the … (IADB) annual
 * meeting"), at least `minWords`, after its leaders when `leaders` ("an EC heads of government summit"); an acronym set off by
 * commas as brackets set it off, before one of its organs ("an International Cocoa Organization, ICCO, council meeting", "the
 * ICO, executive board meeting").
 */
function bodyGapPattern(minWords: 0 | 1, leaders: boolean): RegExp {
  return new RegExp(String.raw`^(?:\)|,(?=\s+(?:[\w-]+\s+)?(?:council|committee|board)\s+$))?\s*(?:['’]s\s+)?${leaders ? `(?:${HEADS.source})?` : ''}(?:[\w-]+\s+){${minWords},2}$`, 'i');
}
/** A body's gathering: up to two words, its leaders first ("the EC summit", "the OPEC ministerial meeting", "an EC heads of government summit"). */
const BODY_GAP = bodyGapPattern(0, true);
/**
 * Whether `gap`, the words between an international body and a call noun on either side of it, makes the gathering the
 * body's: BODY_GAP's two short words ("the EC summit", "an EC heads of government summit", "talks with the IMF"), or "of"/"with"
 * and its leaders after the noun ("the June summit of heads of major industrial democracies").
 */
function bodyNextToNoun(gap: string): boolean {
  return BODY_GAP.test(gap) && gap.replace(HEADS, ' ').length < 25 || /^\s*(?:of|with)\s+(?:the\s+)?(?:(?:heads|leaders)\s+of\s+(?:the\s+)?)?$/.test(gap);
}
/** A body's organ or yearly gathering: one or two words, no leaders ("the IMF interim committee meeting", "the IADB's annual meeting"). */
const BODY_ORGAN_GAP = bodyGapPattern(1, false);
/** What follows an international body that sends a mission, up to the visit verb: "IMF mission is", "-World Bank team will", " delegation, which". */
const BODY_MISSION = /^[\s-]*(?:(?:and\s+)?[\w-]+\s+){0,2}?(?:team|mission|delegation|commission)s?\b(?:\s+led by\b[^,;.]{0,60}?)?(?:,?\s*which\b)?\s*(?:(?:is|are|was|were|has|have|had|will|would|to|also|now|currently|due|expected|scheduled|been)\s+)*$/i;
/** A gathering of ministers or heads of government told before the call noun ("a two-day ministerial meeting", "the farm ministers' meeting") … */
const MINISTERIAL_BEFORE = /\b(?:ministerial|ministers['’]|heads of (?:state|government)['’]?)\s+(?:[\w-]+\s+)?$/i;
/** … or right after it ("a summit meeting of heads of government", "a meeting of trade ministers"; not "of the informal group of …"). */
const MINISTERIAL_AFTER = /^\s+of\s+(?:(?:its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:ministers|heads of (?:state|government))\b/;
/** A gathering not held: "rather than calling a meeting of finance ministers". */
const GATHERING_NOT_HELD = /\b(?:rather than|instead of|without)\s+(?:[\w-]+\s+){0,4}$/i;
/** A span of time a call noun is told as lasting, before it: "three weeks of ", "two days of informal ", "months of " (see AFTER_CALL). */
const SPAN_OF = String.raw`(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)[\s-]+)?(?:hours?|days?|weeks?|months?)\s+of\s+`;
/**
 * A call noun right after "after", "following", "at the end of" (with its modifiers: "after an informal European Community
 * finance ministers'", "at the end of three weeks of"; not "at the end of the month for talks").
 */
const AFTER_CALL = new RegExp(String.raw`\b(?:after|following|at the end of|at the close of)\s+(?:(?:a|an|the|this|that|their|his|her|its|last|yesterday['’]s|today['’]s)\s+)?(?:${SPAN_OF})?(?:(?!(?:for|to|with|on|in|at|and|by|from|of)\s)[\w.'’-]+\s+){0,5}$`, 'i');
/** The same words before a call noun where a telling took place: "told reporters after a ", "said at the end of three weeks of " (the speaker takes part). */
const TOLD_AFTER_CALL = new RegExp(String.raw`\b(?:after|before|following|during|at the end of)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:${SPAN_OF})?(?:[\w-]+\s+)?$`, 'i');
/**
 * The words before a call noun that tell it failed: "the failure of last week's International Coffee Organisation, ICO,", "the
 * collapse of the", "the breakdown of". (Corpus: 32 sentences of a call's failure, breakdown or collapse; all of calls held.)
 */
const FAILED_CALL = /\b(?:failure|collapse|breakdown)\s+of\s+(?:(?!(?:next|coming|upcoming|future|planned|proposed|any)\b)[\w'’().-]+,?\s+){0,6}$/i;

/** Words that make a call noun a habit rather than an event ("talks of this kind are regularly held"). */
const GENERIC = /\b(?:of (?:this|that|such a) (?:kind|type|sort)|regularly|routinely|customarily|traditionally|from time to time)\b/i;
/** What says that the call named before it will probably not take place ("… was unlikely", "… is unlikely to be held"). */
const UNLIKELY = /^[^,;]{0,60}?\b(?:is|was|are|were|seems?|seemed|looks?|looked|appears?|appeared)\s+(?:\w+\s+)?unlikely\b(?!\s+to\s+(?!(?:be\s+(?:held|convened|called|scheduled)|take\s+place|happen|occur|go\s+ahead|meet|resume|start|begin)\b))/i;
/**
 * A time behind right before a call noun, with up to two modifiers between ("recent ICO talks", "last month's talks"); not an
 * adverb of the telling followed by what is ahead ("Medina said earlier he would have contacts later today": a pronoun, modal or
 * auxiliary between them starts a clause of its own).
 */
const BEHIND_BEFORE = /\b(?:recent|previous|earlier|past|yesterday['’]s|last (?:week|month|year|weekend)['’]s)\s+(?:(?!(?:he|she|it|we|they|I|you|will|would|shall|should|may|might|can|could|to|is|are|was|were|has|have|had|that)\s)[\w-]+\s+){0,2}$/i;
/** A time behind told right after a call noun and its names ("talks last month in London", "that he … have just completed"). */
const BEHIND_AFTER = /^(?:\s+(?:of|in|at|with|between|on|among)\s+[^,;]{0,60}?)?(?:\s+(?:last (?:weekend|week|month)|yesterday|earlier this (?:week|month|year)|(?:two|three|four|five|several|a few) (?:days|weeks|months) ago)\b|\s+(?:that|which)\s+(?:[\w-]+\s+){0,6}?(?:have|has|had)\s+just\s+(?:completed|ended|concluded|finished)\b)/i;
/**
 * A time ahead told right after the call word dates the call itself ahead, whatever the rest of the sentence tells in the
 * past ("did not see any way the issue could be resolved before or during a Washington visit later this month by
 * Nakasone", "said the talks next week would …"; after a place and the partners named, "said the spy case cast a shadow
 * over his talks with Shevardnadze next week"): the mirror of BEHIND_AFTER.
 */
const AHEAD_AFTER = /^(?:\s+(?:here|there|in\s+\p{Lu}[\p{L}.'’-]*|with\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+(?:and\s+)?){0,5}\p{Lu}[\p{L}.'’-]*)){0,2}\s+(?:later this (?:week|month|year)|(?:early |late |later )?next (?:week|weekend|month|year))\b/u;

/**
 * "his scheduled talks", "her new meeting", "his Tokyo visit": "his"/"her" and up to two modifiers right before a call noun
 * make it the speaker's (or the last subject's) call, as "his talks" does; no function word, verb or modal between them
 * ("his government to call", "his plan would call"), and not after a leader named before it in the clause, whose it may be
 * ("Miyazawa's upbeat appraisal of his hour-long conversation with Baker").
 */
const POSSESSIVE_MODIFIED = /\b(?:his|her)\s+(?:(?!(?:to|and|or|of|for|with|in|on|at|by|from|that|which|who|would|will|could|should|may|might|must|can|did|does|do|is|are|was|were|has|have|had|be|been|not)\s)[\w'’-]+\s+){1,2}$/i;

/**
 * A stay told as going on right before its visit noun: "Velayati, here on a two-day official visit, informed …", "the prince,
 * who is here on an official visit", "met Alfonsin on the first day of the German leader's four-day visit" (after a comma or
 * "is/are", not "will be here on a visit", "should be in Lima on a visit").
 */
const STAY_UNDER_WAY = /(?:(?:,\s*|\b(?:is|are|was|were|now|currently|still|already)\s+)(?:here|there|in\s+\p{Lu}[\p{L}.'’-]*)\s+(?:on|for)\s+(?:a|an|his|her|their)|\bon\s+the\s+(?:first|second|third|fourth|final|last|opening|closing)\s+(?:full\s+)?day\s+of\s+(?:a|an|his|her|their|the|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}[\p{L}.'’-]*['’]s?))\s+(?:[\w'’-]+\s+){0,4}$/u;

/** "met separately with": each partner is a call of its own. */
const SEPARATELY = /\bseparate(?:ly)?\b/i;
/** "refused to attend", "will not join": no participant. */
const NOT_ATTEND = /\b(?:refus\w*|declin\w*|not|n['’]t|never|boycott\w*|skip\w*|stay away from)\s+(?:to\s+)?(?:attend|join|participate|take part)/i;
/** Whether a mention names an international body (organizations.json kind `international`: the UN, the EC, OPEC, the G-7 …), the kind of body whose gatherings are calls of their own. */
function isInternationalBody(m: Mention): boolean {
  return m.kind === 'org' && ORGS.get(m.id)?.kind === 'international';
}

/** What opens a group's list of its members: " -- the ", " - comprising the ", " - of the ", " (", ": ". */
const MEMBER_LIST_OPEN = /(?:\s+-{1,2}\s*|\s*\(\s*|:\s*)(?:(?:comprising|namely|of|including)\s+)?(?:the\s+)?$/;
/** The group's plural or its gathering right before that opener ("industrial nations", "G-5 countries", "G-7 participants", "meeting"). */
const MEMBER_LIST_HEAD = /\b(?:nations|countries|powers|democracies|states|members|participants|meetings?|summit|talks)$/i;
/** Between two states of a list: ", ", ", and ", " and " (with "the"). */
const STATE_LIST_GAP = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
/**
 * The states a sentence lists as an international body's members, right after its name or its gathering and set off by a
 * dash, a bracket or a colon, three or more of them ("the seven leading industrial powers -- the United States, Japan, West
 * Germany, France, Britain, Italy and Canada --", "Group of Five (G-5) - comprising the United States, Japan …", "Tomorrow's
 * Group of Seven meeting - of the U.S., Japan …", "G-7 participants (Canada, the United States …)"): the body's members take
 * parties with it, every one (as the gold has a G-7 meeting: the body and its seven), not one by one where no other
 * comma-set name stood before them ({CA, US, G-7}: a name after "Japan, " was taken for a place's state, as in "Rome, Italy").
 */
function memberListStates(ctx: ArticleContext, segMs: Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  const states = segMs.filter((x) => x.kind === 'country').sort((a, b) => a.start - b.start);
  for (let i = 0; i < states.length; i++) {
    const first = states[i]!;
    const lead = ctx.text.slice(Math.max(0, first.start - 60), first.start);
    const open = MEMBER_LIST_OPEN.exec(lead);
    if (!open || !/[-(:]/.test(open[0])) continue;
    const headEnd = first.start - open[0].length;
    // (the body's name may carry its acronym: "Group of Five (G-5)")
    const acronym = /\s*\(\p{Lu}[\p{Lu}\d-]*\)$/u.exec(ctx.text.slice(Math.max(0, headEnd - 20), headEnd))?.[0].length ?? 0;
    const bodyEnds = ctx.mentions.some((x) => isInternationalBody(x) && (x.end === headEnd || x.end === headEnd - acronym));
    if (!bodyEnds && !MEMBER_LIST_HEAD.test(ctx.text.slice(Math.max(0, headEnd - 20), headEnd))) continue;
    let j = i;
    while (j + 1 < states.length && STATE_LIST_GAP.test(ctx.text.slice(states[j]!.end, states[j + 1]!.start))) j++;
    if (j - i + 1 >= 3) for (let k = i; k <= j; k++) out.add(states[k]!);
    i = j;
  }
  return out;
}

/** The place a visitor was in or left ("before leaving Tokyo ... at the end of a visit"). */
const LEFT_PLACE = /\b(?:leaving|left|leaves|leave|in)\s+$/i;
const LEADERS_OF = /\b(?:leaders|heads of (?:state|government)|counterparts|(?:[a-z]+\s+)?(?:ministers|officials|delegates|delegations|representatives|envoys))\s+(?:of|from)\s+/gi;

/** What follows a state whose envoys travel for it: "Japanese officials", "Britain's corporate affairs minister", "China's trade delegation". */
const STATE_ENVOY = /^(?:['’]s)?\s+(?:(?:[a-z]+|and)\s+){0,3}?(?:officials?|delegations?|ministers?|envoys?|negotiators|team|mission)\b/;
/** A demonym stands for a party to talks only before words like "officials" ("U.S. and Soviet negotiators"). */
const DEMONYM_ACTOR = /^\s*(?:(?:and|-|,)\s*[\p{L}.]+\s*)*(?:[\p{L}-]+\s+){0,2}(?:officials?|negotiators?|delegations?|leaders|sides?|talks|summit|government|ministers|diplomats|envoys?|ambassador|ministry|authorities|team)\b/iu;
/**
 * A demonym standing for its people as the partner of talks ("talks with the Japanese had failed", "negotiations with the
 * Soviets on …"): right after "with/between the", and no noun after it ("with the Japanese car makers" are firms), nor "and"
 * ("between the French and Dutch speaking parts of Belgium" are no states).
 */
const PEOPLE_BEFORE = /\b(?:with|between)\s+the\s+$/i;
const PEOPLE_AFTER = /^(?:\s*(?:[,.;:)"]|$)|\s+(?:on|over|about|in|at|to|for|had|have|has|was|were|is|are|will|would|could|last|this|next|yesterday|today|since|after|before|during|but|which|who|that|ended|began|broke)\b)/i;

/** Whether a demonym mention stands for its state as a party: "Japanese officials", "U.S. and Soviet negotiators", "talks with the Japanese". */
function demonymActor(ctx: ArticleContext, x: Mention, window = 60): boolean {
  return DEMONYM_ACTOR.test(ctx.text.slice(x.end, x.end + window))
    || (PEOPLE_BEFORE.test(ctx.text.slice(Math.max(0, x.start - 20), x.start)) && PEOPLE_AFTER.test(ctx.text.slice(x.end, x.end + 12)));
}

/**
 * The object of "meet" that makes it no meeting: goals, demands, costs, after up to three words of any
 * kind, in any case (Reuters capitalises the word after "U.S.": "to meet U.S. Demands") ("to meet U.S. demands", "meet scheduled debt repayments", "meet its domestic consumption needs",
 * "meet those profitability goals", "meet with serious objections"); a preposition ends the object ("meet Reagan on
 * trade targets" is a meeting).
 */
const MEET_OBJECT = /^\s+(?:(?!(?:on|about|over|in|at|for|after|before|and|to|during|next|this|today|tomorrow|later)\s)(?:[\p{Lu}][\p{L}.'’]*(?:['’]s)?|[a-z][a-z.'’-]*)\s+){0,3}(?:demands?|opposition|objections?|criticism|approval|s[ck]epticism|hostility|protests?|response|reaction|success|failure|refusal|rejection|disapproval|enthusiasm|indifference|targets?|goals?|requirements?|needs?|costs?|criteria|obligations?|payments?|repayments?|deadlines?|expectations?|conditions?|standards?|shares?|quotas?|resistance|challenges?|commitments?|objectives?|terms|bills?|spending|expenses?|rules|regulations|the press)\b/iu;
/** What lies between "talks with" and the leader named as their partner: titles, "of", "the" ("with Soviet Foreign Minister Eduard Shevardnadze"). */
const PARTNER_BEFORE = /^\s*(?:(?:[\p{Lu}][\p{L}.'’-]*|of|the)\s+){0,4}$/u;
/** The verb words between a state and "send" when the state sends ("Tokyo was willing to send", "Japan is expected to send"). */
const SENDER_GAP = /^\s+(?:(?:is|was|are|were|will|would|has|have|had|also|not|expected|willing|ready|planning|plans?|prepared|likely|due|set|to|agreed|offered|decided|could|may|might)\s+){1,5}$/i;
/** What follows a leader who is the subject of a clause: a verb, perhaps after an appositive ("Bangemann will meet", "Thatcher, who …, left"). */
const SUBJECT_NEXT = /^\s*(?:,[^,]{0,80},\s*)?(?:will|would|is|was|has|had|have|said|says|told|also|later|left|leaves|arrived|arrives|went|flew|met|meets|\w+ed)\b/;
/** Words right before a day that put it ahead whatever the clause's tense ("due to start in Geneva on Monday"). */
const LOCAL_FUTURE = /\b(?:due to|scheduled (?:to|for)|expected to|set (?:to|for)|planned for|is to|are to|will|to (?:start|begin|open|resume|meet|arrive|leave))\b[^,;.]*$/i;
/** Words right before a call noun that ask for it ("asked for consultations", "requested a meeting", "seek new talks"). */
const REQUESTED = /\b(?:(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|appeal(?:s|ed|ing)?)\s+for|request(?:s|ed|ing)?|sought|seek(?:s|ing)?)\s+(?:an?\s+)?(?:(?:new|fresh|further|more|urgent|emergency|early|formal|bilateral|direct|immediate|high-level|special)[\s,]+)*$/i;
/** A negation right before a call verb ("had never met", "did not meet"). */
const NEGATED = /\b(?:never|not|n['’]t|no longer)\s+(?:(?:yet|been|had|have|has|to|even|(?!only\b)[a-z]+ly)\s+)*$/i;
/** A call verb judged unlikely ("Ongpin is unlikely to come to the U.S. to press his case"): no call, as a negated one. */
const UNLIKELY_BEFORE = /\bunlikely\s+to\s+$/i;
/** What lies between a call noun and a relative clause about it: names, titles, prepositions ("visit of West German President Weizsaecker"). */
const ATTACHED = /^(?:\s+(?:of|by|to|with|in|the|a|an|and|von|van|de|da|del|der|di|du|al|bin|ibn|president|prime|minister|premier|chancellor|foreign|leader|secretary|king|queen|[\p{Lu}\d][\p{L}\d.'’-]*))*\s*$/u;
/** Words between a call and a later day that make the day another event's ("… to head off tariffs set to go into effect on April 17"). */
const OTHER_EVENT = /\b(?:go|come|take|goes|comes|takes|went|came|took)\s+(?:into\s+)?effect\b|\b(?:tariffs?|sanctions?|duties|deadline|hearings?|elections?|vote|ban|law|bill|measures?|curbs?|quotas?)\b/i;
/**
 * What comes right after a date that names a document or an event of its own ("a July 1986 semiconductor pact", "their
 * February Paris accord", "last September's Plaza agreement"): the date is that thing's, not the call's.
 */
/** What follows a day that dates a call noun of its own ("the April 29-May 2 visit", "April 29 talks"). */
const LATER_CALL = /^(?:\s*-\s*(?:[A-Z][a-z]+\.?\s+)?\d{1,2})?\s+(?:(?!(?:on|in|at|for|to|with|of|by|from|and|or|after|before|that|which|when|was|were|is|are|will|would|has|had|have)\s)[\w.'’-]+\s+){0,2}?(?:visit|trip|tour|summit|talks|meeting)s?\b/;
const DATED_THING = /^(?:['’]s)?\s+(?:(?!(?:on|in|at|for|to|with|of|by|from|and|or|after|before|that|which|when|was|were|is|are|will|would|has|had|have)\s)[\w.'’-]+\s+){0,3}?(?:pacts?|accords?|agreements?|treaty|treaties|declaration|communiques?|package|budget|deal|plan|law|decree|elections?|resolution|ceasefire|truce|crash|rescheduling)\b/i;
/** A new clause between a day and a later trigger: "on Saturday and will have talks", "; he meets". */
const CLAUSE_BREAK = /\band\s+(?:(?:also|then|later)\s+)?(?:will|would|is|was|are|were|has|had|have|plans?|hopes?|expects?)\b|;/i;

interface Trig {
  start: number;
  end: number;
  type: 'verb' | 'noun';
  word: string;
}

/** Builds the call id from its identity: day or month, kind class, sorted participants. */
export function callId(date: string | null, pub: string, kind: CallKind, participants: ActorRef[]): string {
  const keys = participants.map(actorKey).sort();
  const when = date ?? `undated-${pub.slice(0, 7)}`;
  const readable = `${when}-${kindClass(kind)}-${keys.map((k) => slugify(k.slice(k.indexOf(':') + 1))).join('-')}`;
  return readable.length <= 90 ? readable : `${when}-${kindClass(kind)}-${shortHash(keys.join('|'))}`;
}

/** Orders participants by their node key, as a call's participants are kept (callId sorts the keys the same way). */
function byActorKey(a: ActorRef, b: ActorRef): number {
  return actorKey(a) < actorKey(b) ? -1 : 1;
}

/**
 * The aside of a leading attribution set off by commas ("Shultz, speaking in Moscow on Tuesday,
 * said"), as offsets within the attribution text: where it starts, and where the verb part starts.
 */
export function asideOf(attText: string, verb: string, leading: boolean): { from: number; verbFrom: number } | null {
  if (!leading) return null;
  const first = attText.indexOf(', ');
  const last = attText.lastIndexOf(',');
  if (first < 0 || last <= first + 2 || /["“”]/.test(attText)) return null;
  // the speaker before the aside is a short noun phrase, and the verb follows it
  if (!attText.slice(last).includes(verb) || attText.slice(0, first).split(/\s+/).length > 8 || /\b(?:asked|said|told|if|when|after)\b/i.test(attText.slice(0, first))) return null;
  return { from: first + 1, verbFrom: last };
}

/** One sentence as the call finder reads it: its attribution, and the mentions that may take part in calls. */
interface SentenceScope {
  ctx: ArticleContext;
  s: Sentence;
  att: Attribution | null;
  /** The aside of a leading attribution ("Shultz, speaking in Moscow on Tuesday, said"), offsets within it. */
  aside: { from: number; verbFrom: number } | null;
  /** Where a trailing attribution's verb ends (-1 when there is none). */
  verbEnd: number;
  /** The speaker and verb of the attribution, whose mentions take no part in calls. */
  quiet: { start: number; end: number } | null;
  /** The sentence's mentions outside `quiet`. */
  ms: Mention[];
  /** Whether [a, b) lies in a relative clause about the speaker inside the attribution. */
  inWho: (a: number, b: number) => boolean;
  /** Whether `at` lies in the subject's own act before "saying". */
  actBeforeSaying: (at: number) => boolean;
  /** The participle of the speakers' own gathering in their noun phrase ("EC ministers meeting here said"), if any. */
  ownMeeting: { start: number; end: number } | null;
}

/** Gatherers named by their office in a speaker's noun phrase, then their participle ("EC foreign ministers meeting here"). */
const SPEAKERS_MEETING = /\b(?:ministers|officials|delegates|delegations|leaders|representatives|negotiators|governors|heads of (?:state|government))\s+meeting\s+(?:here|in\s+\p{Lu}|at\s)/iu;

/**
 * Where the speakers' own gathering is told in their noun phrase ("EC foreign ministers meeting here issued a statement",
 * "OPEC ministers meeting in Vienna said"): the span of its participle, a call word that is their meeting, not the telling,
 * whose parties are the speakers. Null when the attribution tells none.
 */
function speakersMeeting(text: string, att: Attribution | null): { start: number; end: number } | null {
  if (!att) return null;
  const m = SPEAKERS_MEETING.exec(text.slice(att.npStart, att.npEnd));
  if (!m) return null;
  // (the office words hold no "meeting": the first is the participle)
  const start = att.npStart + m.index + m[0].search(/meeting/i);
  return { start, end: start + 'meeting'.length };
}

/**
 * What of sentence `s` may name calls and their parties: all but the speaker and verb of its attribution ("Tindemans said
 * after talks with King Hussein": Hussein is a partner, the telling is quiet).
 */
function sentenceScope(ctx: ArticleContext, s: Sentence): SentenceScope {
  const att = ctx.attributions[s.index] ?? null;
  // "Weizsaecker, in a speech on the first day of an official visit to Argentina, said": the aside
  // between the speaker and the verb tells of events the speaker takes part in; only ", said" is the attribution.
  const aside = att ? asideOf(ctx.text.slice(att.start, att.end), att.verb, att.start === s.start) : null;
  // a trailing attribution's tail ("…, Tindemans said after talks with King Hussein") names a call partner: only the speaker and verb are quiet
  const verbAt = att && att.start !== s.start ? ctx.text.indexOf(att.verb, att.npStart) : -1;
  const verbEnd = verbAt >= 0 && verbAt < att!.end ? verbAt + att!.verb.length : -1;
  // ("<subject> left for Tokyo saying …": only the subject is quiet, its act names places and partners)
  const quiet = aside ? { start: att!.start + aside.verbFrom, end: att!.end } : att ? { start: att.npStart, end: att.start === s.start || att.verb === 'saying' ? att.npEnd : verbEnd >= 0 ? verbEnd : att.end } : null;
  // "Nakasone told reporters that special envoy Shintaro Abe, who has just returned from Washington, told him …", "…, said
  // Abe, who is visiting Washington.": a relative clause about a speaker inside the attribution tells an event of its own
  // (its words and the one it is about count for calls)
  const who = att ? /,\s*who\b[^,]*(?:,|$)/i.exec(ctx.text.slice(att.start, att.end)) : null;
  const whoSpan = who ? { start: att!.start + who.index, end: att!.start + who.index + who[0].length } : null;
  const inWho = (a: number, b: number): boolean => whoSpan !== null && a >= whoSpan.start && b <= whoSpan.end;
  // (an international body whose gathering the speaker is placed at stays: "Delegates at the OPEC meeting said …", "He spoke at
  // the IMF meeting and said …" tell of the body's meeting)
  const bodyGathering = (m: Mention): boolean => isInternationalBody(m)
    && /\b(?:at|during|after|to|before|from)\s+(?:the|a|an|this|last|next)?\s*$/i.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))
    && /^(?:\s*\(\p{Lu}[\p{Lu}\d-]*\))?\)?(?:['’]s)?\s*(?:[\w-]+\s+){0,2}(?:meetings?|summit|talks|session|conference)\b/iu.test(ctx.text.slice(m.end, m.end + 40));
  // (its acronym in brackets with it: "a statement from a Food and Agriculture Organization (FAO) meeting here said")
  const sentMs = ctx.bySentence[s.index] ?? [];
  const bracketedBodyGathering = (m: Mention): boolean => /\(\s*$/.test(ctx.text.slice(Math.max(0, m.start - 3), m.start))
    && sentMs.some((y) => y.id === m.id && y.end < m.start && /^\s*\($/.test(ctx.text.slice(y.end, m.start)) && bodyGathering(y));
  // (the speakers who gather stay: "EC foreign ministers meeting here issued a statement" is the EC's meeting)
  const ownMeeting = speakersMeeting(ctx.text, att);
  const ms = (ctx.bySentence[s.index] ?? []).filter((m) => !quiet || m.end <= quiet.start || m.start >= quiet.end || inWho(m.start, m.end) || (whoSpan !== null && m.end <= whoSpan.start && whoSpan.start - m.end <= 1) || bodyGathering(m) || bracketedBodyGathering(m)
    || (ownMeeting !== null && m.end <= ownMeeting.start));
  // "<subject> <verb phrase> saying …": the verb phrase is the subject's act, not the telling
  const actBeforeSaying = (at: number): boolean => att !== null && att.verb === 'saying' && at >= att.npEnd && at < att.end;
  return { ctx, s, att, aside, verbEnd, quiet, ms, inWho, actBeforeSaying, ownMeeting };
}

/**
 * The call words of a sentence that tell a call, in order ("met", "talks", "will visit"): a word inside the attribution is the
 * telling, and many words are no call in context ("talking to reporters", "to meet U.S. demands", "no formal talks").
 */
function findTriggers(sc: SentenceScope): Trig[] {
  const { ctx, s } = sc;
  const trigs: Trig[] = [];
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  // most sentences hold no call word at all: one cheap test spares the big pattern
  while (MAY_TRIGGER.test(s.text) && (m = TRIGGER.exec(s.text)) !== null) {
    const t = triggerAt(sc, m);
    if (t) trigs.push(t);
  }
  // "there would be no formal talks over the weekend": no call.
  for (let k = trigs.length - 1; k >= 0; k--) {
    const t = trigs[k]!;
    // ("no extraordinary OPEC conference was planned": a body's acronym may follow)
    if (t.type === 'noun' && /\b[Nn]o\s+(?:[\w-]+\s+)?(?:[A-Z][A-Z\d-]+\s+)?$/.test(ctx.text.slice(Math.max(s.start, t.start - 30), t.start))) trigs.splice(k, 1);
    // ("there was no need for an emergency OPEC meeting", "has no plans for a summit")
    else if (t.type === 'noun' && /\bno\s+(?:need|plans?|intention|reason)\s+(?:for|of|to\s+(?:hold|call|convene|have))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$/i.test(ctx.text.slice(Math.max(s.start, t.start - 60), t.start))) trigs.splice(k, 1);
  }
  // "De Croo, here for talks with Administration officials, said": a stay told in apposition, with no verb
  const stay = stayHereInApposition(sc);
  if (stay && !trigs.some((t) => t.start < stay.end && stay.start < t.end)) trigs.splice(trigs.filter((t) => t.start < stay.start).length, 0, stay);
  // "he had never met Gorbachev", "did not meet": no call.
  for (let k = trigs.length - 1; k >= 0; k--) {
    const t = trigs[k]!;
    if (t.type !== 'verb') continue;
    const before = ctx.text.slice(Math.max(s.start, t.start - 25), t.start);
    if (NEGATED.test(before) || UNLIKELY_BEFORE.test(before)) trigs.splice(k, 1);
  }
  return trigs;
}

/** The words before a visit word that place a telling during the speaker's trip ("during a", "at the end of an official two-day"). */
const DURING_TRIP = /\b(?:during|at the (?:end|start|close|beginning) of|in the course of|on|after|before|following)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * Whether the visit word at `start` stands in the tail of a trailing attribution, after its reporting verb, as the trip the
 * telling took place on: '"…," Conable told a press conference at the end of a three-day visit to Jakarta', '"…," he told
 * reporters during a brief visit to Malaysia'. The telling is the speaker's, the visit too (as "said during a visit to …"
 * opening a sentence already is).
 */
function visitInTellingTail(sc: SentenceScope, start: number): boolean {
  const { ctx, att, verbEnd } = sc;
  return att !== null && verbEnd >= 0 && start >= verbEnd && /^visit/i.test(ctx.text.slice(start, start + 5)) && DURING_TRIP.test(ctx.text.slice(Math.max(verbEnd, start - 60), start));
}

/** A leader, a comma and "here for/to …" ("De Croo, here for talks with …", "Conable, here to meet …"): "here" is a stay, with no verb. */
const HERE_IN_APPOSITION = /^,\s+(here)\s+(?:for|to)\s/;

/**
 * The stay of a leader told in apposition after his name ("Belgian Foreign Trade Minister Robert De Croo, here for talks with
 * Administration officials and Congressmen, said …" in a WASHINGTON story): a visit to the dateline's state, as "who is here"
 * is (findVisit takes the leader before it as the visitor and "here" as the dateline's state). Null when the sentence tells none.
 */
function stayHereInApposition(sc: SentenceScope): Trig | null {
  const { ctx, s, ms } = sc;
  for (const x of ms) {
    if (x.kind !== 'leader') continue;
    const m = HERE_IN_APPOSITION.exec(ctx.text.slice(x.end, Math.min(s.end, x.end + 16)));
    if (m) {
      const start = x.end + m[0].indexOf('here');
      return { start, end: start + 'here'.length, type: 'verb', word: 'visit' };
    }
  }
  return null;
}

/**
 * Whether the arrival word at `at` ("arrived here", "arrived in …") opens a relative clause about a leader named right before
 * ("talks with … Fernando Santos Alvite, who arrived here last night"): his visit is a fact of its own, whatever call the
 * sentence tells besides.
 */
function arrivalOfHead(sc: SentenceScope, at: number): boolean {
  const { ctx, ms } = sc;
  const who = /,\s*who\s+(?:(?:had|has|just)\s+)*$/i.exec(ctx.text.slice(Math.max(0, at - 20), at));
  // (only an arrival that names where: "Akiman, who arrived last night from a meeting with Papandreou" came home)
  if (!who || !/^arriv\w*\s+(?:here|in)\b/i.test(ctx.text.slice(at, at + 20))) return false;
  const comma = at - who[0].length;
  return ms.some((x) => x.kind === 'leader' && x.end === comma);
}

/**
 * The international body whose sitting the word "session" at `start` names when no "of" follows it: the body named right before
 * the words before it ("the ICO's annual September council session", "an emergency ICO council session"), else, for a council,
 * board or committee session, the body named last in the sentence, else the story's first ("The quarterly session of the
 * International Tin Council continued … The full Council session resumes tomorrow", not the producers' association named
 * in between). A parliament's or an exchange's session ("the Lower
 * House plenary session", "the final session before the opening session") has no international body near, and is no call.
 */
function sittingBody(ctx: ArticleContext, s: Sentence, start: number): Mention | undefined {
  const words = ctx.text.slice(Math.max(s.start, start - 60), start);
  if (!/^session/i.test(ctx.text.slice(start, start + 7))) return undefined;
  if (!SITTING_BEFORE.test(words)) return bodySessionBefore(ctx, s, start);
  const body = (x: Mention): boolean => isInternationalBody(x) && x.end <= start;
  const named = [...(ctx.bySentence[s.index] ?? [])].reverse().find((x) => body(x) && /^(?:\)|,)?(?:['’]s)?\s*(?:[\w-]+\s+){0,3}$/.test(ctx.text.slice(x.end, start)));
  if (named || !/\b(?:council|board|committee)\s+$/i.test(words)) return named;
  return [...(ctx.bySentence[s.index] ?? [])].reverse().find(body) ?? ctx.mentions.find(body);
}

/**
 * Between an international body opening a sentence and a "session" or "conference" it sits in: its people and an aside, then a
 * verb of holding, opening or ending the sitting, or of deciding at it: " finance and farm minsters held an unprecedented joint
 * ", ", which regulates communications worldwide, decided at the end of a five-week ".
 */
const SUBJECT_SITS = /^(?:\s*\(\p{Lu}[\p{Lu}\d-]*\))?(?:\s*,[^,;"]{0,80},)?\s+(?:[a-z][\w-]*\s+){0,4}?(?:(?:will|would|is|was|are|were|has|have|had|also|to|again|today|yesterday)\s+){0,2}(?:held|holds?|holding|opened|opens?|began|begins?|ended|ends?|closed|closes?|concluded|concludes|resumed|resumes?|wound\s+up|(?:decided|agreed)\s+(?:(?:today|yesterday)\s+)?at)\s+(?:the\s+(?:end|close|start|opening|beginning)\s+of\s+)?(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}$/u;

/**
 * Whether an international body opening sentence `s` holds the "session" or "conference" at `start` ("EC finance and farm
 * ministers held an unprecedented joint session in Luxembourg today", "The International Telecommunications Union, which
 * regulates communications worldwide, decided at the end of a five-week conference"): the sitting is the body's though no
 * kind of sitting (sittingBody) or body (bodyConference) stands right before the word. A parliament's session or a news
 * conference has no international body as the sentence's subject. The parties are then found as for any gathering of a body
 * opening its sentence (bodiesMeetingAsSuch).
 */
function subjectBodySits(ctx: ArticleContext, s: Sentence, ms: Mention[], start: number): boolean {
  const x = ms.find((y) => isInternationalBody(y) && y.end <= start && /^\s*(?:the\s+)?(?:\S+\s+){0,2}$/i.test(ctx.text.slice(s.start, y.start)));
  return x !== undefined && SUBJECT_SITS.test(ctx.text.slice(x.end, start)) && !ms.some((y) => y !== x && y.kind !== 'place' && y.start >= x.end && y.end <= start && !(y.id === x.id && /^\s*\($/.test(ctx.text.slice(x.end, y.start))));
}

/**
 * The international body named right before "session" at `start` with no kind of sitting between: "towards the end of the ICO
 * session", "Aside from the G-5 session today", "at the ISO six monthly session in May" (up to two words between, as for a
 * body's meeting: BODY_GAP). A parliament's or an exchange's session names no body and stays no call.
 * (Corpus: 25 sentences of a gazetteer body right before "session", 22 a sitting of that body; the others a body's
 * sitting told again, "the OPEC session", which the story already has.)
 */
function bodySessionBefore(ctx: ArticleContext, s: Sentence, start: number): Mention | undefined {
  return bodyRightBefore(ctx, ctx.bySentence[s.index] ?? [], { start, end: start }, { gap: BODY_GAP });
}

/**
 * The international body that convenes, chairs or sponsors the gathering told by the noun at `noun`, named after it ("a meeting
 * held here under the auspices of UNCTAD", "the talks, convened by the International Cocoa Organization", "a Consultative Group
 * meeting of donors chaired by the World Bank") or before it ("a World Bank sponsored donors' conference", "an ICCO-sponsored
 * meeting"): the gathering is the body's, whoever else attends.
 */
function convenerOf(ctx: ArticleContext, ms: Mention[], noun: { start: number; end: number }): Mention | undefined {
  return ms.find((x) => isInternationalBody(x)
    && (x.start >= noun.end ? CONVENED_AFTER.test(ctx.text.slice(noun.end, x.start)) : x.end <= noun.start && CONVENED_BEFORE.test(ctx.text.slice(x.end, noun.start))));
}
/** Between a gathering noun and the body that convenes it: ", convened by the", " of donors chaired by the", " held here under the auspices of the". */
const CONVENED_AFTER = /^,?\s+(?:of\s+[\w'’-]+\s+)?(?:(?:held|which\s+was|was|were)\s+)?(?:(?:here|there|today|yesterday|in\s+\p{Lu}[\p{L}.'’-]*)\s+){0,2}(?:(?:convened|chaired|sponsored|hosted|organi[sz]ed)\s+by|under\s+the\s+(?:auspices|aegis)\s+of)\s+(?:the\s+)?$/iu;
/** Between a body and the gathering it convenes: " sponsored donors' ", "-sponsored ", ") organised ". */
const CONVENED_BEFORE = /^\)?(?:\s+|\s*-\s*)(?:sponsored|organi[sz]ed|convened|hosted|backed)\s+(?:[\w'’-]+\s+){0,2}$/i;

/**
 * Whether "conference" at `noun` is an international body's gathering: the body named right before it ("OPEC's December
 * conference", "the G-10 conference this morning", "a United Nations conference on natural rubber"), in an "of" phrase
 * after it ("a conference of the Organization of Petroleum Exporting Countries") or as its convener (convenerOf). A news
 * conference, an energy conference, a body's office ("Opec Conference President Rilwanu Lukman", "the OPEC conference presidency") and the word inside a
 * body's name ("the Islamic Conference Organisation") are none.
 * (Corpus: 22 sentences of a body's conference; a conference with no body near is left alone, as before.)
 */
function bodyConference(ctx: ArticleContext, ms: Mention[], noun: { start: number; end: number }): boolean {
  if (/^\s+(?:president|presidency|chairman|chairmanship|secretary|secretariat|call)\b/i.test(ctx.text.slice(noun.end, noun.end + 16))) return false;
  if (ms.some((x) => x.start < noun.end && x.end > noun.start)) return false;
  return bodyRightBefore(ctx, ms, noun, { gap: BODY_GAP }) !== undefined || orgOf(ctx, ms, noun.end) || convenerOf(ctx, ms, noun) !== undefined;
}

/** What follows the second state of a pair that is a clause's subject: its people, an aside, a verb ("… Soviet foreign trade ministers said", ", which have no diplomatic relations, discussed"). */
const PAIR_PEOPLE = String.raw`(?:[a-z][\w-]*\s+){0,3}(?:ministers|officials|leaders|delegations|delegates|negotiators|representatives|envoys|diplomats|governments)`;
const PAIR_SUBJECT_NEXT = new RegExp(String.raw`^(\s+${PAIR_PEOPLE})?(?:\s*,[^,;]{0,100},)?\s+(?:(?:have|has|had|also|will|would|both|jointly|then|later|today|yesterday)\s+)*(?:said|agreed|discussed|signed|decided|pledged|reached|held|exchanged|reviewed|announced|urged|met|[a-z]+ed)\b`);
/** A lead-in made of the gathering itself before the subject: "At a meeting in Paris last January", "At a meeting here," (the noun ends before it). */
const GATHERING_LEAD_IN = /^\s*(?:At|During)\s+a\s+[^,;]*,?\s*$/;

/**
 * Two states that are the subject of the clause a gathering is an adverbial of: "China and Israel, which have no diplomatic
 * relations, discussed Middle East peace prospects … at a meeting in New York city" (a meeting CN+IL), "At a meeting in Paris
 * last January French and Soviet foreign trade ministers said …" (FR+SU). "at a meeting" alone is no diplomatic event (see
 * triggerAt: "told reporters at a meeting of the committee"); with two states as its subject it is theirs. A demonym counts
 * only with its people after the pair ("French and Soviet … ministers"). None when an international body is named in the
 * sentence or the one before ("Saudi Arabia and Kuwait … at a meeting in Vienna" in an OPEC story is OPEC's meeting), nor
 * for a gathering "of" someone ("at a meeting of EC finance ministers").
 */
function statePairSubject(ctx: ArticleContext, s: Sentence, noun: { start: number; end: number }): Mention[] {
  if (!/\b(?:at|during)\s+a\s+(?:[\w.'’-]+\s+){0,2}$/i.test(ctx.text.slice(Math.max(s.start, noun.start - 40), noun.start))) return [];
  if (/^\s+of\b/i.test(ctx.text.slice(noun.end, noun.end + 5))) return [];
  const from = ctx.sentences[Math.max(0, s.index - 1)]!.start;
  if (ctx.mentions.some((x) => isInternationalBody(x) && x.start >= from && x.end <= s.end)) return [];
  const states = (ctx.bySentence[s.index] ?? []).filter((x) => x.kind === 'country');
  for (let i = 0; i + 1 < states.length; i++) {
    const [a, b] = [states[i]!, states[i + 1]!];
    if (a.id === b.id || !/^\s+and\s+(?:the\s+)?$/.test(ctx.text.slice(a.end, b.start))) continue;
    const leadIn = ctx.text.slice(s.start, a.start);
    // the pair opens the sentence ("China and Israel …", "The United States and Japan …") or follows the gathering's lead-in
    if (!/^\s*(?:the\s+)?$/i.test(leadIn) && !(noun.end <= a.start && GATHERING_LEAD_IN.test(leadIn))) continue;
    const next = PAIR_SUBJECT_NEXT.exec(ctx.text.slice(b.end, b.end + 160));
    if (!next || ((a.form === 'demonym' || b.form === 'demonym') && !next[1])) continue;
    // the gathering is in the pair's clause: after its verb, with no other clause between ("…; Britain said"), or before the pair
    if (noun.start > b.end && /[;]|\b(?:but|while|whereas)\b|,\s+and\b/i.test(ctx.text.slice(b.end + next[0].length, noun.start))) continue;
    return [a, b];
  }
  return [];
}

/**
 * A pair of states joined by a hyphen before a call noun, with up to two words between: "at a U.S.-Israeli trade meeting", "a
 * specially convened Franco-German meeting", "the ongoing U.S.-Canada free trade talks" (both states take part, though one is
 * named right after "at").
 */
function hyphenPairBefore(ctx: ArticleContext, s: Sentence, at: number): Mention[] {
  const states = (ctx.bySentence[s.index] ?? []).filter((x) => x.kind === 'country' && x.end <= at && at - x.end <= 60);
  for (let i = 0; i + 1 < states.length; i++) {
    const [a, b] = [states[i]!, states[i + 1]!];
    if (a.id !== b.id && ctx.text.slice(a.end, b.start) === '-' && /^\s+(?:[\w-]+\s+){0,2}$/.test(ctx.text.slice(b.end, at))) return [a, b];
  }
  return [];
}

/** The trigger a match of TRIGGER in the sentence makes, or null when the words are no call here. */
function triggerAt(sc: SentenceScope, m: RegExpExecArray): Trig | null {
  const { ctx, s, att, aside, ms, inWho, actBeforeSaying, ownMeeting } = sc;
  // a state's name right after "the " at `at` ("in the United States"; not "in the region")
  const stateAfterThe = (at: number): boolean => {
    const the = /^\s+the\s+/i.exec(ctx.text.slice(at, at + 6));
    return the !== null && ms.some((x) => x.kind === 'country' && x.form !== 'demonym' && x.start === at + the[0].length);
  };
  const g = m.groups!;
  const start = s.start + m.index;
  const end = start + m[0].length;
  // a call verb inside the attribution is the telling ("told reporters after meeting …" aside), except "told visiting X"
  // and the subject's own act before "saying" ("Britain's corporate affairs minister left for Tokyo saying he planned …")
  if (att && start >= att.start && end <= att.end && !g['noun'] && !(aside && start >= att.start + aside.from && end <= att.start + aside.verbFrom) && !inWho(start, end) && !/^visiting$/i.test(m[0]) && !actBeforeSaying(start) && !visitInTellingTail(sc, start)
    // (nor a visit in the lead-in before the speaker: "During a visit to Tokyo in April, Howard said …")
    && !(g['visit'] && att.start === s.start && end <= att.npStart)
    // (nor the speakers' own gathering told in their noun phrase: "EC foreign ministers meeting here issued a statement deploring …")
    && !(ownMeeting !== null && start === ownMeeting.start)) return null;
  if (g['held']) return { start, end, type: 'verb', word: g['hn']! };
  else if (g['call']) {
    const obj = ctx.text.slice(end, end + 40);
    const objLeader = ms.some((x) => x.kind === 'leader' && x.start >= end && x.start <= end + 30);
    if (!/^(?:the leaders|his |her )/.test(obj) && !objLeader) return null;
    // "a call by Nakasone to clear up …": an appeal by someone, not a call to him; so are "called for President Reagan
    // immediately to force Japan …" and "calls on Reagan to account for …" (the pattern is case-blind, so "for"/"on" pass
    // its capital test); "to call on President Sarney, Foreign Minister …" during a visit is a courtesy call, kept
    if (/^(?:by|for)\s/i.test(obj)) return null;
    if (/^on\s/i.test(obj) && /^[^.;]{0,80}?\bto\s+(?!the\b|his\b|her\b|their\b|its\b)\p{Ll}/u.test(ctx.text.slice(end, s.end))) return null;
    return { start, end, type: 'verb', word: 'call' };
  }
  else if (g['speak']) {
    // "talking to reporters", "spoke to a news conference": telling the public is no call
    // (a few words may name the audience first: "to speak to the private World Affairs Council", "speaking to the annual
    // conference of New England … leaders"; not across a preposition or a leader: "spoke with Reagan at a luncheon" is a call)
    const audience = AUDIENCE.exec(ctx.text.slice(end, end + 60));
    if (audience && !ms.some((x) => x.kind === 'leader' && x.start >= end && x.start < end + audience[0].length)) return null;
    // "talking to government officials", "was talking with Canadian representatives": talks; only "spoke with" and a
    // telephone named ("talked with U.S. Treasury James Baker over the telephone") keep the wire's sense of a call
    // "he talks with the U.S. Treasury Secretary from time to time": a habit, no event
    if (GENERIC.test(s.text.slice(m.index, m.index + m[0].length + 80))) return null;
    const byPhone = /phone/i.test(m[0]) || /\b(?:tele)?phone\b/i.test(ctx.text.slice(end, Math.min(s.end, end + 80)));
    return { start, end, type: 'verb', word: /^talk/i.test(m[0]) && !byPhone ? 'talks' : 'speak' };
  }
  // "conferred with", "negotiated with": talks
  else if (g['confer']) {
    // talks with someone named ("consult with each other", "with their G-7 colleagues" are not); the pattern is case-blind
    if (!/^\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(m.index + m[0].length))) return null;
    // "to force Greece to negotiate with Turkey" is a demand, not talks
    if (/\bto\s+$/i.test(s.text.slice(Math.max(0, m.index - 4), m.index)) && !/\b(?:plans?|planned|agreed|due|expected|going|wants?|hopes?|is|are|was|were|will)\s+to\s+$/i.test(s.text.slice(Math.max(0, m.index - 20), m.index))) return null;
    return { start, end, type: 'verb', word: 'talks' };
  }
  // "discussed the economy with President Houphouet-Boigny": talks with the one named after "with"
  else if (g['discuss']) {
    const w = /^[^.;]{0,80}?\bwith\s+(?:the\s+)?/i.exec(ctx.text.slice(end, s.end));
    const at = w ? end + w[0].length : -1;
    const withSomeone = ms.some((x) => (x.kind === 'leader' || (x.kind === 'country' && (x.form !== 'demonym' || demonymActor(ctx, x)))) && x.start >= at && x.start <= at + 40 && at >= 0);
    // "Alfonsin and Camdessus, who had not met before, mostly discussed …": two leaders as the subject
    const before2 = ms.filter((x) => x.kind === 'leader' && x.end <= start && x.start >= s.start);
    const pair = before2.length >= 2 && /^\s+and\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}$/u.test(ctx.text.slice(before2[before2.length - 2]!.end, before2[before2.length - 1]!.start))
      && /^(?:,[^,;]{0,60},)?\s+(?:(?:have|has|had|also|mostly|briefly|then|later|will|would|to)\s+)*$/i.test(ctx.text.slice(before2[before2.length - 1]!.end, start));
    if (!withSomeone && !pair) return null;
    // "discussed trade relations with Japan": the "with" belongs to the noun before it
    if (w && (/\b(?:relations|ties|trade|dispute|disputes|problems?|deficits?|surplus(?:es)?|agreements?|accords?|cooperation|negotiations|talks|meetings?|contacts|links|friction|differences|issues?|row)\s+with\s+(?:the\s+)?$/i.test(w[0]) || CALL_NOUN_WITH.test(w[0]))) return null;
    return { start, end, type: 'verb', word: 'talks' };
  }
  // "paid a courtesy call on President Reagan": an in-person meeting with the one called on
  else if (g['courtesy']) return { start, end, type: 'verb', word: 'meet' };
  else if (g['meet']) {
    // "to meet U.S. demands", "meeting creditor resistance": meeting a goal or a demand is no meeting.
    if (MEET_OBJECT.test(ctx.text.slice(end, end + 40))) return null;
    return { start, end, type: 'verb', word: 'meet' };
  }
  else if (g['host']) {
    // "Mulroney will host President Reagan": a meeting when a leader is the object.
    // (so is a reception or dinner given by a leader for the one it honours: "Weizsaecker, speaking at a reception held for
    // him by President Raul Alfonsin, said …")
    // ("received Gorbachev's letter" is no meeting)
    if (/^[A-Z]/.test(ctx.text.slice(end, end + 1)) && ms.some((x) => x.kind === 'leader' && x.start >= end && x.start <= end + 30 && !/^['’]s?\s/.test(ctx.text.slice(x.end, x.end + 3)))) return { start, end, type: 'verb', word: 'meet' };
  }
  else if (g['visit']) {
    // "leaves for", "arrived in", "is due in" name a place next (the pattern is case-blind); after "for" it may
    // take "the" ("left at the weekend for the United States"; "room left for the central bank" names none)
    if ((/(?:for|in|from)$/i.test(m[0]) || /^(?:mission|journey|tour|sen)(?!.*\bhere$)/i.test(m[0])) && !(/for$/i.test(m[0]) ? /^\s+(?:the\s+)?\p{Lu}/u : /^\s+\p{Lu}/u).test(s.text.slice(m.index + m[0].length))
      // ("is in the United Arab Emirates", "arrived in the Soviet Union", "her return from the Soviet Union": "the" before a state's name)
      && !(/(?:in|from)$/i.test(m[0]) && stateAfterThe(end))) return null;
    // "on his return to Tehran from Moscow": the place returned to is a name (the pattern is case-blind: "returned to growth from")
    if (/^return\w*\s+to\s/i.test(m[0]) && !/^return\w*\s+to\s+\p{Lu}/u.test(m[0])) return null;
    // "Baker had already left West Germany for Sweden on Monday": the words between the verb and "for" are the place left
    // (the pattern is case-blind: "left the door open for", "leaving its rate for" leave no place)
    if (/^(?:leaves?|left|leaving)\s+(?!for\b)/i.test(m[0]) && !LEAVE_WHEN_FOR.test(m[0]) && !leftPlaceIn(ms, ctx.text, start, end)) return null;
    // "Baldrige will be in Peking from April 21": only right after the one who travels
    // ("Funaro, who is in Rome today", "Funaro was in Britain on the first leg of a tour": one who is somewhere visits it)
    // ("An IMF team is due here next week", "A Japanese trade delegation is expected in Jakarta": a body's or a state's
    // team, mission or delegation is the one who stays)
    const envoysBefore = /\b(?:is|are|was|were)\s+(?:due|expected)\s+(?:in|here)$/i.test(m[0]) && /\b(?:team|mission|delegation)\s+$/i.test(s.text.slice(Math.max(0, m.index - 12), m.index))
      && ms.some((x) => (isInternationalBody(x) || x.kind === 'country') && x.end <= start && start - x.end <= 30);
    if (/\b(?:be|is|was)\s+(?:\w+\s+)?(?:in|here)$/i.test(m[0]) && ((!/\b(?:he|she)\s+$/i.test(s.text.slice(0, m.index)) && !envoysBefore && !ms.some((x) => x.kind === 'leader' && x.end <= start && /^(?:\s*|,\s+who\s+)$/.test(ctx.text.slice(x.end, start))))
      // … and when the sentence tells more of the stay ("as the guests of", "for talks"), those words make the call
      // (but one "here" is the dateline's state's guest, talks or no talks, unless a visit of his own is told next:
      // "Conable, who is here to meet government leaders", "Abe, who was here paving the way for the … visit of Nakasone")
      // ("… when (Prime Minister Yasuhiro) Nakasone was here," a quoted speaker's "here" is where he lives, not the dateline)
      || (/here$/i.test(m[0]) && insideQuote(s.text, m.index))
      || (/here$/i.test(m[0]) ? /\b(?:guests?|visit\w*)\b(?!\s+(?:of|by)\b)/i : /\b(?:guests?|talks|meet\w*|met|summit|visit\w*)\b/i).test(s.text.slice(m.index + m[0].length)))) return null;
    // "he would go to Japan on Friday": going somewhere is a visit only for a leader or "he"/"she" right before ("aid will go to Brazil" is none)
    // (the pattern is case-blind: "took exception to U.S. proposals", "takes action to honor" carry no one; "go to the polls" goes nowhere)
    if ((GOING.test(m[0]) || /^t(?:ak|ook)/i.test(m[0])) && (!/^\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(m.index + m[0].length))
      || (/^t(?:ak|ook)/i.test(m[0]) && !/^\S+\s+(?:him|her|them)\s/i.test(m[0]) && !ms.some((x) => x.kind === 'leader' && x.start >= start && x.end <= end)))) return null;
    // "went to Moscow and met Shevardnadze": the meeting is the event, as for an arrival below; but going or arriving
    // somewhere "for talks" is a trip like any other ("would go to Moscow next month for talks", "arrived here last
    // night for talks on further Venezuelan assistance"): the visit, and with a named leader the talks too (`partner` below)
    // ("the arrival of U.S. Commerce Secretary … for talks": initials' stops are no sentence end)
    const forCall = /^(?:[^.;]|\b[A-Z]\.){0,60}?\bfor\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:talks|meetings?|discussions|negotiations|consultations)\b/i.test(s.text.slice(m.index + m[0].length));
    // (but "arrived here on Saturday and will have talks with Suharto tomorrow": a call in a clause of its own after the trip
    // is a second event, and the trip stays)
    const ownClauseCall = tripThenCall(s.text.slice(0, m.index), s.text.slice(m.index + m[0].length));
    if ((GOING.test(m[0]) || /^t(?:ak|ook)/i.test(m[0])) && !forCall && !ownClauseCall && /\b(?:talks|meet|met|meeting|summit)/i.test(s.text)) return null;
    if (GOING.test(m[0]) && !/\b(?:he|she)\s+(?:[a-z]+\s+){0,3}$/i.test(s.text.slice(Math.max(0, m.index - 30), m.index)) && !ms.some((x) => x.kind === 'leader' && x.end <= start && start - x.end <= 30 && /^[\s,]*(?:[a-z]+\s+){0,3}$/.test(ctx.text.slice(x.end, start)))) return null;
    // "arrived in Moscow for talks": the talks are the event; an arrival alone is a visit ("arrived in Rabat on Monday").
    // (but "talks with Ecuador's deputy energy minister Fernando Santos Alvite, who arrived here last night": the arrival of
    // the one a relative clause is about is his visit, besides the talks; see arrivalOfHead)
    if (/^arriv/i.test(m[0]) && (/\bvisit/i.test(s.text) || (!forCall && !ownClauseCall && /\b(?:talks|meet|met|meeting|summit)/i.test(s.text))) && !arrivalOfHead(sc, start)) return null;
    return { start, end, type: 'verb', word: 'visit' };
  }
  // "told a meeting", "addressed the NGFA meeting", "at a meeting of the committee" are no diplomatic event; "at a meeting with
  // Reagan" is, and so is a meeting of an international body ("told an informal meeting of the General Agreement on Tariffs and Trade",
  // "told the Inter-American Development Bank (IADB) annual meeting").
  // ("EC ministers agreed … at a meeting in Luxembourg": a body opening the sentence meets at it)
  else if ((!/\b(?:(?:told|addressed|address)\s+(?:a|an|the)|at\s+a)\s+(?:[\w'’-]+\s+)?$/i.test(s.text.slice(Math.max(0, m.index - 30), m.index)) || orgOf(ctx, ms, end) || peopleOfBodyAfter(ctx, ms, end) !== undefined || bodyBefore(ctx, ms, start) || convenerOf(ctx, ms, { start, end }) !== undefined || statePairSubject(ctx, s, { start, end }).length === 2 || hyphenPairBefore(ctx, s, start).length === 2 || (/^\s+with\b/.test(s.text.slice(m.index + m[0].length)) || orgOpens(ctx, s, ms)) && /\bat\s+a\s+(?:[\w-]+\s+)?$/i.test(s.text.slice(Math.max(0, m.index - 30), m.index))) && !(DOMESTIC.test(s.text.slice(Math.max(0, m.index - 30), m.index)) && !bodyBefore(ctx, ms, start) && !(BODY_OWNED.test(s.text.slice(Math.max(0, m.index - 30), m.index)) && orgOf(ctx, ms, end)) && !sittingBody(ctx, s, start) && !headPossessiveBody(ctx, start))) {
    // ("OPEC's December conference" is a body's gathering; "a news conference", "an energy conference" are none)
    if (/^conferences?$/i.test(g['noun']!) && !bodyConference(ctx, ms, { start, end }) && !headPossessiveBody(ctx, start) && !subjectBodySits(ctx, s, ms, start)) return null;
    // (a sitting told as "session" with no "of" after it is one of an international body's, or none)
    if (/^sessions?$/i.test(g['noun']!) && !/^\s+of\s/i.test(s.text.slice(m.index + m[0].length)) && !sittingBody(ctx, s, start) && !headPossessiveBody(ctx, start) && !subjectBodySits(ctx, s, ms, start)) return null;
    // "negotiations with the Soviet Union" are talks; "negotiations with creditor banks" are not diplomacy
    // ("bilateral trade negotiations": between two states, whoever they are; see bilateralPair)
    if (/^negotiations$/i.test(g['noun']!) && !negotiatesWithState(ctx, ms, end) && !BILATERAL_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index))) return null;
    // "a call by Nakasone to clear up misunderstandings", "calls for talks": an appeal, no phone call
    if (/^call$/i.test(g['noun']!) && /^\s+(?:by\s+(?:[\w.'’-]+\s+){1,5}?)?(?:for\b|to\s+(?!the\b|his\b|her\b|their\b|its\b)\p{Ll})/u.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 80))) return null;
    // (not "the bank's annual meeting" in a story of the Asian Development Bank: headPossessiveBody)
    if (/^meetings?$/i.test(g['noun']!) && COMPANY_MEETING.test(s.text) && !ms.some(isInternationalBody) && !headPossessiveBody(ctx, start)) return null;
    // "the other summit nations", "the U.S. and other summit countries": the word names the states that meet, no event
    if (/^summit$/i.test(g['noun']!) && /^\s+(?:nations|countries|states|partners|members|participants)\b/i.test(s.text.slice(m.index + m[0].length))) return null;
    // "OPEC meeting this demand through current production": the participle of "meet" with a goal after it, no gathering
    // ("the meeting this week" has a determiner before it)
    if (/^meeting$/i.test(g['noun']!) && MEET_OBJECT.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 40).replace(/^\s+(?:this|that|these|those)\b/i, '')) && !/(?:\b(?:a|an|the|this|that|its|their|his|her|next|last|our|whose)|['’]s?)\s+(?:[\w-]+\s+){0,2}$/i.test(s.text.slice(Math.max(0, m.index - 40), m.index))) return null;
    if (WITH_PRESS.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60))) return null;
    // "a pre-summit speech", "post-summit talks": the word is part of another
    if (/(?:pre|post|non|anti|mini)-$/i.test(s.text.slice(Math.max(0, m.index - 5), m.index))) return null;
    // "a scheduled meeting of the Reagan administration's Economic Policy Council": a state body's own meeting, no diplomacy;
    // nor is a gathering of firms or their people ("a meeting of West German savings banks"; not "of central bankers")
    // (unless an international body is named there: "a meeting of the EC Council of Ministers")
    const bodyOf = /^\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,5}?(?:council|committee|board|cabinet|commission|party|parliament|congress|senate|assembly|politburo|shareholders|directors|caucus|(?<!central )(?:banks|bankers)|companies|firms|businessmen|industrialists|executives|manufacturers|traders|dealers|economists|analysts)\b/i.exec(s.text.slice(m.index + m[0].length));
    if (bodyOf && !ms.some((x) => isInternationalBody(x) && x.start >= end && x.end <= end + bodyOf[0].length)) return null;
    // "an early meeting of Group of Seven finance ministers was unlikely", "A meeting of EC farm ministers is unlikely to be
    // held next week": a call judged unlikely is none (not "the meeting … is unlikely to produce any new measures")
    if (UNLIKELY.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 90))) return null;
    // "new global talks under the General Agreement on Tariffs and Trade", "the new round of GATT talks" (also with the name
    // spelt out in brackets), "the Uruguay round of talks": the multilateral trade round as a whole, no gathering (not "GATT talks in Geneva", "the next round of talks")
    if (/^talks$/i.test(g['noun']!) && (/^\s+(?:on\s+[^,;]{0,40}?\s+)?under\s+(?:the\s+)?(?:auspices\s+of\s+(?:the\s+)?)?(?:GATT|General Agreement)\b/i.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60))
      || (/\b(?:new|Uruguay|global|multilateral)\s+(?:[\w-]+\s+)?round\s+of\s+(?:[\w-]+\s+|\([^()]{0,60}\)\s+){0,3}$/i.test(s.text.slice(Math.max(0, m.index - 60), m.index))
        && /\b(?:GATT|General Agreement|Uruguay|trade talks)\b/.test(s.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60))))
      && !/^\s+(?:[^,;]{0,60}?\s+)?(?:in|at)\s+\p{Lu}/u.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 80))
      && !/\b(?:in|at)\s+\p{Lu}[^,;]{0,30}$|day\b[^,;]{0,30}$/u.test(s.text.slice(Math.max(0, m.index - 40), m.index))) return null;
    // "talks of this kind are regularly held each year", "he talks with the U.S. Treasury Secretary from time to time": a habit, no event
    if (GENERIC.test(s.text.slice(m.index, m.index + m[0].length + 80))) return null;
    return { start, end, type: 'noun', word: g['noun']! };
  }
  return null;
}

/**
 * Words of time or place that may stand between a call noun and the "with" of its partner: "in talks here today with British
 * Chancellor Nigel Lawson", "high level talks this week with Norway", "talks on Friday with Volcker".
 */
const WHEN_WHERE_GAP = String.raw`(?:(?:here|there|today|yesterday|tomorrow|tonight|(?:last|this|next)\s+(?:week|weekend|month|night|morning|afternoon|evening)|(?:on|last|next)\s+[A-Z][a-z]+day|later|earlier|in\s+[A-Z][\w.'’-]*)\s+){0,3}`;
/** A call noun and its "with", a day or place between ("talks today with"): the partner belongs to the noun, not to "discussed" before it. */
const CALL_NOUN_WITH = new RegExp(String.raw`\b(?:[Tt]alks|meetings?|negotiations|discussions|consultations|contacts)\s+${WHEN_WHERE_GAP}with\s+(?:the\s+)?$`);
/** A partner named right after a call noun ("talks tomorrow with Coface", "consultations with the Commission"). */
const WITH_NEXT = new RegExp(String.raw`^\s+${WHEN_WHERE_GAP}with\b`);
/**
 * The U.S. Congress's leaders or members as the partner right after a call word ("meetings with leaders of the Senate and House
 * of Representatives", "met Senate and Democratic leaders", "talks with congressional leaders", "met this morning with members of
 * the House Agriculture Committee").
 */
const CONGRESS_PARTNER = new RegExp(String.raw`^\s+${WHEN_WHERE_GAP}(?:with\s+)?(?:(?:the|top|key|senior|several|some|U\.S\.)\s+)*(?:(?:congressional|Congressional|Senate|House)\s+(?:(?:and|or)\s+(?:Democratic|Republican|House|Senate|congressional)\s+|(?:[A-Z][a-z]+\s+){1,2})?(?:leaders|leadership|members|lawmakers)\b|(?:Senate|House)\s+(?:(?:[A-Z][a-z]+|and)\s+){1,5}(?:Sub)?[Cc]ommittee\b|(?:leaders|members)\s+of\s+(?:the\s+)?(?:U\.S\.\s+)?(?:Congress|Senate|House)\b)`);
/** What lies between a call noun and a partner named after it ("talks with the", "talks this week with"). */
const WITH_AFTER_NOUN = new RegExp(String.raw`^\s+${WHEN_WHERE_GAP}with\s+(?:the\s+)?$`);

/** The words between "and" and a call word that open a clause of the trip's subject ("and will have", "and later held", "and is due to"). */
const COORDINATED_CALL = /^[^.;]*?\band\s+(?:(?:will|would|shall|is|was|are|were|to|also|then|later|due|expected|scheduled|has|have|had|hold|holds|held|begin|began|start|started|immediately)\s+){0,4}(?:[a-z][\w-]*\s+)?$/;
/**
 * Whether a trip word with `before` and `after` it in its sentence is followed by a call in a coordinated clause of its own
 * ("arrived here on Saturday and will have talks with Suharto tomorrow", "arrived in Jakarta and later met Suharto"): the
 * trip and the call are two events. Not when a call word comes before the trip ("after talks … he arrived in"), nor when
 * the call is what the trip is for ("arrived for talks").
 */
function tripThenCall(before: string, after: string): boolean {
  if (/\b(?:talks|meet|met|meeting|summit)/i.test(before)) return false;
  const call = /\b(?:talks|meet|met|meets|meeting|summit)\b/i.exec(after);
  return call !== null && COORDINATED_CALL.test(after.slice(0, call.index));
}

/**
 * Whether call noun `t` is an international body's gathering a trip is for ("for the semi-annual meeting of the IMF", "for the
 * Venice summit", "for the ICO council meeting"), not talks with someone ("for talks with Reagan").
 */
function tripToGathering(t: TriggerScope): boolean {
  const { sc: { ctx }, tg, segMs } = t;
  if (tg.type !== 'noun' || !/^(?:summit|meetings?|session|conference)$/i.test(gatheringNoun(tg.word)) || /^\s+with\b/i.test(ctx.text.slice(tg.end, tg.end + 8))) return false;
  return bodiesOf(ctx, segMs, tg.end).length > 0
    || bodyRightBefore(ctx, segMs, tg, { gap: BODY_GAP, within: 30, nameEndsWithNoun: true }) !== undefined;
}

/** A committee of creditor banks: "the 14-bank advisory committee", "the bank advisory committee", "the steering committee", "the banks' working committee". */
const BANK_COMMITTEE = String.raw`(?:(?:(?:\d+|[a-z]+)-bank\s+|bank\s+|(?:creditor\s+)?banks['’]\s+)?(?:advisory|steering|coordinating|working)\s+committee|(?:\d+|[a-z]+)-bank\s+committee|(?:creditor\s+)?banks['’]\s+(?:[\w-]+\s+){0,2}committee)\b`;
/** The committee as the partner after the call word ("with the …", "between Marcano and Venezuela's 13-bank advisory committee") … */
const BANK_COMMITTEE_AFTER = new RegExp(String.raw`^[^.;]{0,60}?\b(?:with|between)\s+(?:[^.;,]{0,60}?\band\s+)?(?:(?:the|its|their|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,2}?${BANK_COMMITTEE}`, 'iu');
/** … or as the subject right before it ("The Philippines' bank advisory committee meets tomorrow"). */
const BANK_COMMITTEE_BEFORE = new RegExp(String.raw`${BANK_COMMITTEE}\s+(?:(?:will|would|is|was|are|were|to|also|again|due|expected|scheduled|likely|has|had|have)\s+){0,3}$`, 'i');

/** Whether call word `t` tells a call with a committee of creditor banks, business rather than diplomacy. */
function withBankCommittee(t: TriggerScope): boolean {
  const { sc: { ctx }, tg, segStart, segEnd } = t;
  return BANK_COMMITTEE_AFTER.test(ctx.text.slice(tg.end, segEnd)) || BANK_COMMITTEE_BEFORE.test(ctx.text.slice(Math.max(segStart, tg.start - 60), tg.start));
}

/** What findCalls knows of the article so far, sentence after sentence. */
interface CallsSoFar {
  calls: CallRecord[];
  bySentence: Map<number, CallRecord[]>;
  /** The story's first call: "the talks" that name nothing nearer refer to it. */
  main: CallRecord | null;
  /** The leader the last sentence was about: "He will meet …" goes on with him. */
  lastSubject: ActorRef | null;
  /** Calls whose parties were all named after the call word ("He met with X, Y"): whoever did the meeting may be untold. */
  objectsOnly: WeakSet<CallRecord>;
  /** Calls told as "recent" or "previous" (RECENT_BEFORE): done before the story's day, which the dateline does not date. */
  toldEarlier: WeakSet<CallRecord>;
  /** Calls told as just ended after a span of days (ENDED_SPAN_BEFORE), with the number of days: dated by their first day. */
  endedSpan: WeakMap<CallRecord, number>;
}

/** What the call words of one sentence pass on to the next ones ("… on June 12 and will meet Kohl": the subject and the day). */
interface SentenceCalls {
  /** The calls this sentence told so far. */
  inSentence: CallRecord[];
  /** The tense of the previous call word. */
  prevTense: Tense | null;
  /** The subject of the clause so far, which a coordinated verb shares ("Reagan will visit Rome and would meet the Pope"). */
  clauseSubject: ActorRef | null;
  /** The day found for the clause so far, which a coordinated verb without a day of its own shares. */
  clauseDate: FoundDate | undefined;
}

/** Records that sentence `i` reports `c`. */
function noteCall(so: CallsSoFar, i: number, c: CallRecord): void {
  const list = so.bySentence.get(i) ?? [];
  if (!list.includes(c)) list.push(c);
  so.bySentence.set(i, list);
  c.reports.add(i);
}

/** Notes a call made apart from a call word as reported in sentence `i`: the call of the same id told before, else `made`, kept. */
function keepCall(so: CallsSoFar, i: number, made: CallRecord): void {
  const call = so.calls.find((c) => c.id === made.id) ?? made;
  if (call === made) so.calls.push(made);
  noteCall(so, i, call);
}

/** One call word and the stretch of its sentence it owns (from the call word before it to the one after it). */
interface TriggerScope {
  sc: SentenceScope;
  so: CallsSoFar;
  ss: SentenceCalls;
  tg: Trig;
  /** The sentence's call words, `tg` the k-th. */
  trigs: Trig[];
  k: number;
  segStart: number;
  segEnd: number;
  seg: string;
  /** The mentions of the stretch that may take part. */
  segMs: Mention[];
  /** The stretch up to the call word's end, relative clauses blanked (", who leaves for Moscow on Tuesday,"). */
  lead: string;
  /** The call word's own clause in the stretch ("… chaired a meeting yesterday and Balladur is due to decide": up to "and"). */
  ownClause: string;
  /** "Before meeting with Bush, the Crown Prince paid …": a participle that shares the main clause's past. */
  participle: boolean;
  /** "proposed … that they meet": the reporting verb makes the call planned. */
  proposing: boolean;
  /** "would go to Wellington for talks": talks the visit word before is for. */
  forTrip: boolean;
  /** "told reporters after a meeting of …": a gathering something was told or done after, so held. */
  afterCall: boolean;
  tense: Tense;
  /** "… and will meet Mulroney": a coordinated verb whose subject is the previous clause's, from `elidedFrom` on. */
  elided: RegExpExecArray | null;
  elidedFrom: number;
  /** Days of the clause (not of relative clauses about others, nor of the telling). */
  dates: FoundDate[];
  /** Up to 30 characters before the call word, within the stretch. */
  before: string;
  /** "the talks", "Shultz's visit": a call noun that may refer to one told before. */
  definite: boolean;
  /** Whether a day before the call word dates something else ("in early April in time for his visit"). */
  apart: (d: FoundDate) => boolean;
  /** Days near the call word, the closest first. */
  near: FoundDate[];
}

/** What a visit word decided, for the calls findCalls builds from it. */
interface Visit {
  /** "will visit U.S. Treasury Secretary James Baker": visiting a person is meeting him. */
  visitsPerson: boolean;
  /** One visit per destination, as [visitor, host] ("a trip to the United States, France and Switzerland"). */
  tour: ActorRef[][] | null;
  /** Whether a visitor was named (then "he" before the word stands for no one else). */
  visitorFound: boolean;
  /** "the visiting Polish leader", "on the fourth leg of a tour": a visit under way. */
  visitingNow: boolean;
}

/**
 * What lies between a call word and a state named after it in the call's purpose clause, the state being what the call is
 * about, not a party: "met in emergency session today to discuss tension between members Greece and Turkey", "will meet in
 * Brussels tomorrow to discuss possible EC action against Japan", "a Thursday meeting to decide what sanctions if any should
 * be taken against Japan", "is expected to review the resolution … calling for newly industrialised countries, such as South
 * Korea". Not a state right after "with" or "between" ("met to discuss trade with Japan", "talks to review ties between the
 * U.S. and Canada": the partners), nor one before the purpose clause.
 */
const TOPIC_OF_PURPOSE = /\bto\s+(?:discuss|review|decide|consider|examine|debate|study)\b[^;:"“”]*?(?<!\b(?:with|between)\s+(?:the\s+)?)$/i;

/** Adds actor `a` (if any) to the parties of a call. */
function addParty(parts: Map<string, ActorRef>, a: ActorRef | null): void {
  if (a) parts.set(actorKey(a), a);
}


/** Auxiliaries between a subject and its travel verb ("Yeutter and Lyng will visit Tokyo", "are due to visit"). */
const TRAVEL_AUX_WORDS = String.raw`will|would|shall|are|were|have|had|to|also|both|due|expected|scheduled|set|now|later|then|jointly|together`;
const TRAVEL_AUXILIARIES = new RegExp(String.raw`^\s+(?:(?:${TRAVEL_AUX_WORDS})\s+)*$`, 'i');
/** Words that make a name before "and" an object, not a subject ("talks with Kohl and Genscher", "met Shultz and …"). */
const OBJECT_BEFORE = /\b(?:with|between|by|to|of|for|from|met|meet|meets|meeting|and|told|tell|asked|urged|invited|said|says)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.'’-]*\s+)*$/u;

/**
 * A second traveller coordinated with the visitor as the verb's subject ("U.S. Trade Representative Clayton Yeutter and
 * Agriculture Secretary Richard Lyng will visit Tokyo", "Funaro and Gros visited Washington"): both visit, as one visit
 * with the host (the gold annotates "Nakasone … and Kuranari will make a visit to the United States" so). The leader
 * before "and" counts only when nothing but titles stands between them and only auxiliaries between the visitor and the
 * verb, and when no "with", "met" or the like makes him an object.
 */
function coTraveller(t: TriggerScope, visitor: Mention): Mention | undefined {
  const { sc: { ctx, s }, tg, segMs } = t;
  if (visitor.end > tg.start || !TRAVEL_AUXILIARIES.test(ctx.text.slice(visitor.end, tg.start))) return undefined;
  const co = [...segMs].reverse().find((x) => x.kind === 'leader' && x.end <= visitor.start && x.id !== visitor.id);
  if (!co || !/^\s+and\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for)\s+)*$/u.test(ctx.text.slice(co.end, visitor.start))) return undefined;
  // (looking before the stretch, which starts after the call word before: "Reagan met Kohl and Genscher …")
  return OBJECT_BEFORE.test(ctx.text.slice(Math.max(s.start, co.start - 60), co.start)) ? undefined : co;
}

/** A companion set off by commas between the traveller and his verb: ", accompanied by central bank president " or ", with " before him … */
const COMPANION_OPEN = /^\s*,\s*(?:(?:accompanied|flanked|joined|escorted)\s+by|with)\s+(?:(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,5})?$/u;
/** … and after him: ", will visit", " at his side, is due to visit" (up to the travel verb). */
const COMPANION_CLOSE = new RegExp(String.raw`^(?:\s+at\s+(?:his|her)\s+side)?\s*,\s+(?:(?:${TRAVEL_AUX_WORDS}|is|was|has)\s+)*$`, 'i');

/**
 * The traveller whose companion `near` (the leader nearest before the travel verb) is, told in an aside: "Funaro,
 * accompanied by central bank president Francisco Gros, will visit Japan", "Funaro, with Gros at his side, will visit
 * Japan" → Funaro (Gros goes along: see coTraveller). "with" alone must end in "at his side".
 */
function companionHead(t: TriggerScope, near: Mention): Mention | undefined {
  const { sc: { ctx, ms }, tg } = t;
  const close = near.end <= tg.start ? COMPANION_CLOSE.exec(ctx.text.slice(near.end, tg.start)) : null;
  if (!close) return undefined;
  const head = [...ms].reverse().find((x) => x.kind === 'leader' && x.end <= near.start && x.id !== near.id);
  const open = head ? COMPANION_OPEN.exec(ctx.text.slice(head.end, near.start)) : null;
  if (!open || (/^\s*,\s*with\b/i.test(open[0]) && !/\bside\b/i.test(close[0]))) return undefined;
  return head;
}

/**
 * "Velayati, visiting the United Arab Emirates on the first leg of a Gulf tour, told reporters …", "Urban, visiting the
 * Swedish capital to deliver a lecture, said …": a participle set off after the visitor's name tells of a stay under way
 * (whatever tense the rest of the sentence has; the main verb often lies beyond the word's stretch).
 */
function visitingInApposition(t: TriggerScope, visitor: Mention | undefined): boolean {
  const { sc: { ctx }, tg } = t;
  return visitor !== undefined && /^visiting$/i.test(ctx.text.slice(tg.start, tg.end)) && /^\s*,\s*$/.test(ctx.text.slice(visitor.end, tg.start));
}

/**
 * A visit told by a travel word: who visits (the leader before the word, the one named after "visiting", a state's
 * delegation, a body's mission …) and who hosts (the state or leader named after it, the dateline's state for "here").
 * "Nakasone will visit Washington next week" → [Nakasone, US]; "Rafsanjani told a visiting Nicaraguan delegation" → [NI, IR].
 * Adds the visitor and host to `parts` (after clearing them); returns what the call built from them needs, the visit told
 * before that a reference ("during the visit") is, or null when no visit is told here.
 */
function findVisit(t: TriggerScope, parts: Map<string, ActorRef>): Visit | { refers: CallRecord } | null {
  const { sc, so, ss, tg, segStart, segEnd, segMs, before, near } = t;
  const { ctx, s, att, quiet, ms, actBeforeSaying } = sc;
  const addActor = (a: ActorRef | null): void => addParty(parts, a);
  let tour: ActorRef[][] | null = null;
  const nounVisit = tg.type === 'noun' || /(?:\b(?:a|an|the|his|her|their|its|this|that)|['’]s?)\s+(?:[\w-]+\s+){0,3}$/i.test(before);
  // A visit: the visitor (last leader before the trigger) and the host (first country or leader after it).
  const after = ctx.text.slice(tg.end, segEnd);
  // "the visit this week by X", "the four-day visit of X"
  const byAt = /^[^.;]{0,50}?\bby\s+|^\s+of\s+(?=[\p{Lu}])/u.exec(after);
  // "told visiting U.S. Secretary of State George Shultz": the one named right after "visiting" visits the dateline's country.
  const visitingWord = /^visiting$/i.test(ctx.text.slice(tg.start, tg.end)) && !/\b(?:is|are|was|were|be|been|am)\s+(?:\w+ly\s+)?$/i.test(before);
  // (the one after "visiting" may be the speaker, whom the attribution keeps out of `ms`: "…, visiting U.S. Agriculture
  // Secretary Richard Lyng told a press conference")
  const named = visitingWord
    ? [...segMs, ...(ctx.bySentence[s.index] ?? []).filter((x) => quiet !== null && x.start >= quiet.start && x.end <= quiet.end)].find((x) => x.kind === 'leader' && x.start >= tg.end && /^\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|and|leader|president|prime|minister|premier|chancellor|foreign|finance|trade|secretary|king|queen|crown|prince)\s+)*$/u.test(ctx.text.slice(tg.end, x.start)))
    : undefined;
  // "the visiting French official/leader": the latest leader of that state told before (a title instead of the name)
  const byDemonym = visitingWord && !named ? segMs.find((x) => x.kind === 'country' && x.form === 'demonym' && x.start >= tg.end && x.start <= tg.end + 2) : undefined;
  const visiting = named ?? (byDemonym ? [...ctx.mentions].reverse().find((x) => x.kind === 'leader' && x.end <= tg.start && ctx.leaders.get(x.id)?.represents?.key === byDemonym.id) : undefined);
  // "told a visiting Nicaraguan delegation", "a visiting Ghanaian delegation headed by …": with none of its leaders named
  // before, the state itself visits (not the one who tells them something)
  const visitingState = byDemonym && !visiting && DEMONYM_ACTOR.test(ctx.text.slice(byDemonym.end, byDemonym.end + 60)) ? byDemonym : undefined;
  // … the state of the one who meets or tells the visitor, named before, hosts ("between Iranian Oil Minister Aqazadeh
  // and a visiting Ghanaian delegation" in a LONDON story of an Iranian agency), else the dateline's state
  const visitedBy = visiting || visitingState ? [...segMs].reverse().find((x) => x.kind === 'leader' && x.end <= tg.start && ctx.leaders.get(x.id)?.represents?.key !== undefined
    && ctx.leaders.get(x.id)?.represents?.key !== (visitingState?.id ?? (visiting ? ctx.leaders.get(visiting.id)?.represents?.key : undefined))) : undefined;
  // ("De Croo, here for talks": a stay told in apposition is under way, as a visiting leader's is)
  let visitingNow = visiting !== undefined || /^here$/i.test(ctx.text.slice(tg.start, tg.end));
  // "his trip to Washington": whose trip is the sentence's (or the speaker's) subject, not the nearest name.
  // … and "when he pays a visit to Nairobi": the subject the pronoun stands for.
  const possessive = /\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$|\b(?:when|as|after|before|while|where|and|which)\s+(?:he|she)\s+(?:[\w-]+\s+){0,3}$/i.test(before);
  // "Norway, which he visited two weeks ago": the head of the relative clause is the place visited
  const objectRel = /,\s*which\s+(?:he|she)\s+(?:had\s+|has\s+)?$/i.exec(ctx.text.slice(Math.max(segStart, tg.start - 30), tg.start));
  const relPlace = objectRel ? segMs.find((x) => x.kind === 'country' && x.form !== 'demonym' && x.end <= tg.start - objectRel[0].length && x.end >= tg.start - objectRel[0].length - 2) : undefined;
  const subjectOf = (): Mention | undefined => att?.speakers.find((x) => x.kind === 'leader')
    ?? ms.find((x) => x.kind === 'leader' && SUBJECT_NEXT.test(ctx.text.slice(x.end, x.end + 90)));
  // "the Crown Prince, who is here on an official visit": the visitor is the clause's head, if named.
  const relHead = /,\s*who\b[^,]*$/.exec(ctx.text.slice(segStart, tg.start));
  // (the head may be the object of a call word before, which the stretch leaves out: "held talks with … Fernando Santos
  // Alvite, who arrived here on Monday")
  const headLeader = relHead ? ms.find((x) => x.kind === 'leader' && x.end <= segStart + relHead.index && x.end >= segStart + relHead.index - 2) : undefined;
  // "a tour that has taken Herrington to Iraq": the one named inside the trigger travels
  const carried = /^t(?:ak|ook)/i.test(ctx.text.slice(tg.start, tg.end)) ? segMs.find((x) => x.kind === 'leader' && x.start >= tg.start && x.end <= tg.end) : undefined;
  // "X met Y on the fourth leg of a tour": the tour is the subject's
  const leg = /^\w+ leg of/i.test(ctx.text.slice(tg.start, tg.end));
  // "Tokyo was willing to send a high-level official to Washington", "Japan is sending a three-man team to Washington":
  // the state that sends visits (its subject right before the verb; no one when none is named)
  const sending = /^sen/i.test(ctx.text.slice(tg.start, tg.end));
  const sender = sending ? [...segMs].reverse().find((x) => x.kind === 'country' && x.form !== 'demonym' && x.end <= tg.start && SENDER_GAP.test(ctx.text.slice(x.end, tg.start))) : undefined;
  const senderOfLeader = sending && !sender ? sentByLeader(t.sc, segMs, tg) : null;
  // "After travelling this week to France, Germany and Italy, Funaro hopes …": a participle opening the sentence travels
  // with the main clause's subject, the first leader set off after it by a comma
  // ("During a visit to Tokyo in April, U.K. Corporate Affairs Minister Michael Howard presented …", "On his trip to
  // Peking, Shultz said …": so does a visit named in a phrase opening the sentence; the subject may be the speaker, whom
  // the attribution keeps out of `ms`)
  // ("Asked if he planned to visit the U.S. …, Miyazawa said …": the pronoun of the question is the one who answers)
  const openingPhrase = (nounVisit && /^[\s"]*(?:during|on|in the course of|at the (?:start|end|close) of|after|before|following)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}$/i.test(ctx.text.slice(s.start, tg.start)))
    || /^[\s"]*asked\s+(?:if|whether)\s+(?:he|she)\s+(?:[\w-]+\s+){0,3}$/i.test(ctx.text.slice(s.start, tg.start));
  const opening = openingPhrase || (/^(?:[\s"]*(?:after|before|while|since|on|upon)\s+)?$/i.test(ctx.text.slice(s.start, tg.start)) && /^\w+ing\b/i.test(ctx.text.slice(tg.start, tg.end)))
    ? (ctx.bySentence[s.index] ?? []).find((x) => x.kind === 'leader' && x.start > tg.end && /,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(ctx.text.slice(tg.end, x.start)) && /^\s+[a-z]/.test(ctx.text.slice(x.end, x.end + 3)))
    : undefined;
  // ("<the minister> left for Tokyo saying …", '"…," he told reporters during a visit to Malaysia': the speaker, however named, travels)
  const sayer = actBeforeSaying(tg.start) || visitInTellingTail(sc, tg.start) ? att!.speakers.find((x) => x.kind === 'leader') : undefined;
  // "He held brief talks on Sunday with Brazilian President Jose Sarney during a stopover in Brasilia": the one talked
  // with during a stay is its host, not the visitor (who is the clause's subject, here the pronoun's); so for a
  // participle ("He told reporters on arriving here"), not a clause with its own subject ("while a delegation would visit")
  // ("a meeting with Nakasone soon after returning from a U.S. visit": Abe's visit)
  const duringStay = /\b(?:during|on|(?:return|arriv)(?:ing|ed)\s+from)\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}$/i.test(before)
    || (/\b(?:on|upon|after|before|while)\s+$/i.test(before) && /^\w+ing\b/i.test(ctx.text.slice(tg.start, tg.end)));
  const partnerBefore = (x: Mention): boolean => duringStay && /\b(?:with|met|meet|meeting)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+|of\s+)*$/u.test(ctx.text.slice(Math.max(segStart, x.start - 60), x.start));
  // ("Fernandez said an IMF mission would visit here": the body's mission, the verb's subject, visits; not the one before it)
  const mission = segMs.find((x) => isInternationalBody(x) && x.end <= tg.start && BODY_MISSION.test(ctx.text.slice(x.end, tg.start)));
  const beforeMission = (x: Mention): boolean => mission !== undefined && x.end <= mission.start;
  const nearest = sending || visitingState ? undefined : carried ?? (leg ? subjectOf() : undefined) ?? visiting ?? opening ?? sayer
    ?? (byAt ? segMs.find((x) => x.kind === 'leader' && x.start >= tg.end + byAt[0].length && x.start <= tg.end + byAt[0].length + 40) : undefined)
    ?? (relHead ? headLeader : undefined)
    ?? (possessive && !relHead ? subjectOf() : undefined)
    ?? (relHead ? undefined : [...segMs].reverse().find((x) => x.kind === 'leader' && x.end <= tg.start && !partnerBefore(x) && !beforeMission(x))
      ?? [...ms].reverse().find((x) => x.kind === 'leader' && x.end <= tg.start && !partnerBefore(x) && !beforeMission(x)))
    // "Younger said during a visit to Saudi Arabia": the speaker
    ?? (att && !relHead && !mission && tg.start >= att.end && tg.start - att.end <= 30 ? att.speakers.find((x) => x.kind === 'leader') : undefined);
  // ("Funaro, accompanied by Gros, will visit Japan": Funaro visits, Gros goes along)
  const head = nearest ? companionHead(t, nearest) : undefined;
  const visitor = head ?? nearest;
  const visitorFound = visitor !== undefined;
  // "on the fourth leg of a tour": under way
  if (leg || visitingInApposition(t, visitor)) visitingNow = true;
  // "Japanese officials would fly to Washington": a state's officials are its visitors
  // ("the first senior UAE official to visit Yugoslavia": a state's code or name before "official" too)
  // ("a visit to Aden by a high ranking delegation from the Soviet Union", "the visit by a Soviet delegation": the state
  // whose delegation, mission or officials come, told after "by")
  const byState = byAt && !visitor ? segMs.find((x) => x.kind === 'country' && x.start >= tg.end + byAt[0].length && x.start <= tg.end + byAt[0].length + 60
    && (x.form === 'demonym' ? /^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}$/i.test(ctx.text.slice(tg.end + byAt[0].length, x.start)) && DEMONYM_ACTOR.test(ctx.text.slice(x.end, x.end + 40))
      : /^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}(?:delegations?|missions?|teams?|officials|envoys?)\s+(?:from|of)\s+(?:the\s+)?$/i.test(ctx.text.slice(tg.end + byAt[0].length, x.start)))) : undefined;
  const visitorState = sender ?? byState ?? visitingState ?? (visitor || sending || /^\s*(?:He|She)\b/.test(ctx.text.slice(s.start, tg.start)) ? undefined : segMs.find((x) => x.kind === 'country' && x.end <= tg.start && (x.form === 'demonym' ? DEMONYM_ACTOR.test(ctx.text.slice(x.end, x.end + 60)) : STATE_ENVOY.test(ctx.text.slice(x.end, x.end + 50)))));
  // "a routine IMF mission is visiting Brasilia", "An IMF-World Bank team will visit Colombo": an international body's
  // mission, team or delegation visits for the body
  const visitorBody = visitor || visitorState ? undefined : mission;
  // "is here on an official visit", "a visit here", "arrived here": the dateline's country hosts.
  // ("a World Bank mission arrived on Monday": an arrival naming no place is one to the dateline's)
  const here = /^\s+here\b/.test(after) || (/^arriv\w*$/i.test(ctx.text.slice(tg.start, tg.end)) && /^\s+(?:on\s+[A-Z][a-z]+day|today|yesterday|last night|this morning)\b/.test(after)) || /\bhere\b/i.test(ctx.text.slice(tg.start, tg.end)) || /\bhere\s+(?:on|for)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}$/i.test(before);
  // A visitor does not visit his own country; names inside "by/of <visitor>" are the visitor's.
  const visitorCountry = visitor ? ctx.leaders.get(visitor.id)?.represents?.key : undefined;
  const byFrom = byAt ? tg.end + byAt[0].length - 4 : Infinity;
  const inBy = (x: Mention): boolean => (visitor !== undefined && x.start >= byFrom && x.end <= visitor.end) || (byState !== undefined && x.start >= byFrom && x.end <= byState.end);
  // "returning from a U.S. visit designed to pave the way for the prime minister's visit": a state named right before
  // the word is its destination, whoever is named next
  const stateBefore = /^\s+to\b/i.test(after) ? undefined : segMs.find((x) => x.kind === 'country' && x.form !== 'demonym' && x.end <= tg.start && x.end >= tg.start - 2 && x.id !== visitorCountry && /\b(?:a|an|the|his|her|their)\s+$/i.test(ctx.text.slice(Math.max(segStart, x.start - 8), x.start)));
  const host = relPlace ?? stateBefore ?? stateReferredTo(t, visitorCountry) ?? (visiting || visitingState || here ? undefined : segMs.find((x) => (x.kind === 'country' || x.kind === 'leader') && x.id !== visitor?.id && !(x.kind === 'country' && x.id === visitorCountry) && !inBy(x) && x.start >= tg.end && x.start <= tg.end + 40 && !/\bby\s+(?:[\w.]+\s+){0,5}$/.test(ctx.text.slice(tg.end, x.start))
    // "King Faisal visited in 1967 and King Khaled in 1981": a leader after "and" is a second visitor, not the host
    && !(x.kind === 'leader' && /\band\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u.test(ctx.text.slice(tg.end, x.start))))
    ?? segMs.find((x) => x.kind === 'country' && x.form !== 'demonym' && x.end <= tg.start && x.end >= tg.start - 2)
    // "before leaving Tokyo yesterday at the end of a four-day visit": the place the visitor was in or left.
    ?? (nounVisit ? segMs.find((x) => x.kind === 'country' && x.form !== 'demonym' && x.id !== (visitor ? ctx.leaders.get(visitor.id)?.represents?.key : undefined) && x.end <= tg.start && LEFT_PLACE.test(ctx.text.slice(Math.max(0, x.start - 12), x.start))) : undefined));
  // "meet Queen Elizabeth during the visit, his first to Britain": "the visit" to a host a visit told before has is that visit
  // (whoever is named before it)
  if (nounVisit && host && host.kind === 'country' && /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$/i.test(before) && !near.some((d) => d.precision === 'day')) {
    const prior = [...so.calls].reverse().find((c) => c.kind === 'visit' && c.participants.some((p) => p.label === 'Country' && p.key === host.id));
    if (prior) return { refers: prior };
  }
  // "during his 24-hour official visit", "Nakasone's visit": a visit already told of, when it names no other destination or day.
  if (nounVisit && !host && !/^\s+to\b/.test(after) && /(?:\b(?:his|her|their|the|this|that)|['’]s?)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) {
    const prior = [...so.calls].reverse().find((c) => c.kind === 'visit' && (visitor ? c.participants.some((p) => p.label === 'Leader' && p.key === visitor.id) : c === so.main));
    if (prior && !near.some((d) => d.precision === 'day' && d.date !== prior.date)) {
      ss.clauseSubject = visitor ? actorOf(visitor) : ss.clauseSubject;
      return { refers: prior };
    }
  }
  parts.clear();
  ss.clauseSubject = visitor ? actorOf(visitor) : ss.clauseSubject;
  if (visitor) addActor(actorOf(visitor));
  else if (visitorState) addActor(actorOf(visitorState));
  else if (visitorBody) addActor(actorOf(visitorBody));
  else if (senderOfLeader) addActor(senderOfLeader);
  // (… and "He held talks with Sarney during a stopover in Brasilia": the sentence's subject, before the segment)
  else if (!sending && (/\b(?:he|she|his|her)\b/i.test(ctx.text.slice(segStart, tg.start)) || (duringStay && /^\W*(?:He|She)\b/.test(s.text)))) {
    // "Nakasone said he would visit Washington": the pronoun is the speaker, else the last subject.
    const sp = att?.speakers.find((x) => x.kind === 'leader');
    if (sp) addActor(actorOf(sp));
    else if (so.lastSubject) addActor(so.lastSubject);
  }
  // "travel to West Berlin": a place that lies in one state stands for it as a destination.
  const placeCountry = (x: Mention): string | undefined => (PLACES.get(x.id) as (PlaceData & { country?: string }) | undefined)?.country;
  const placeHost = host ? undefined : segMs.find((x) => x.kind === 'place' && x.start >= tg.end && x.start <= tg.end + 40 && placeCountry(x) !== undefined && placeCountry(x) !== visitorCountry);
  // "He held brief talks with Brazilian President Sarney during a stopover in Brasilia": the nearest leader is the one
  // visited when the place named right after lies in his own state; a leader does not visit home (no visit, rather
  // than one to the dateline's state)
  if (visitor && visitorCountry && !here && !visiting && !/^(?:return|leav|left|depart|sets?)/i.test(ctx.text.slice(tg.start, tg.end))) {
    const dest = segMs.find((x) => (x.kind === 'place' || (x.kind === 'country' && x.form !== 'demonym')) && x.start >= tg.end && /^\s+(?:the\s+)?$/.test(ctx.text.slice(tg.end, x.start)));
    if (dest && (dest.kind === 'place' ? placeCountry(dest) : dest.id) === visitorCountry) return null;
  }
  // "will visit U.S. Treasury Secretary James Baker": visiting a person is meeting him
  const visitsPerson = !nounVisit && host?.kind === 'leader' && /^visit/i.test(ctx.text.slice(tg.start, tg.end)) && /^\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|and)\s+)*$/u.test(ctx.text.slice(tg.end, host.start));
  // "a week-long trip to the United States, France and Switzerland", "has taken him to London, Paris and Bonn": one visit per destination
  const visitorParts = [...parts.values()];
  if (host && host.kind === 'country' && host.start >= tg.end && visitorParts.length === 1) {
    const destinations: ActorRef[] = [{ label: 'Country', key: host.id }];
    let last = host;
    for (const x of segMs) {
      if (x.start <= last.start) continue;
      // (a region between the states is passed over: "the U.S., Europe and Japan")
      if (!/^\s*(?:,\s*(?:and\s+)?(?:the\s+)?|,?\s+and\s+(?:the\s+)?)(?:\p{Lu}[\p{L}-]*(?:,\s*(?:and\s+)?(?:the\s+)?|,?\s+and\s+(?:the\s+)?))?$/u.test(ctx.text.slice(last.end, x.start))) break;
      const code = x.kind === 'country' && x.form !== 'demonym' ? x.id : x.kind === 'place' ? placeCountry(x) : undefined;
      if (!code) break;
      if (code !== visitorCountry && !destinations.some((d) => d.key === code)) destinations.push({ label: 'Country', key: code });
      last = x;
    }
    // (a stay told before in the sentence is that visit: "Funaro, who is in Rome today, … after a trip to …, Italy and …")
    const told = (d: ActorRef): boolean => ss.inSentence.some((c) => c.kind === 'visit' && c.participants.some((p) => actorKey(p) === actorKey(d)) && c.participants.some((p) => actorKey(p) === actorKey(visitorParts[0]!)));
    if (destinations.length > 1) tour = destinations.filter((d) => !told(d)).map((d) => [visitorParts[0]!, d]);
  }
  // "Baker had already left West Germany for Sweden": the place left was visited too (when he has left it; "leaves Paris
  // for London tomorrow" tells of the stay there no more than "leaves for London")
  const left = /^left\s/i.test(ctx.text.slice(tg.start, tg.end)) ? leftPlaceIn(segMs, ctx.text, tg.start, tg.end) : undefined;
  const leftState = left ? (left.kind === 'place' ? placeCountry(left) : left.id) : undefined;
  if (host && leftState && leftState !== visitorCountry && leftState !== host.id && visitorParts.length === 1) {
    tour = [...(tour ?? [[visitorParts[0]!, actorOf(host)!]]), [visitorParts[0]!, { label: 'Country', key: leftState }]];
  }
  // "when he arrives for talks with Reagan", "the arrival of X for talks with Trade Minister Rha": the state of the leader
  // the talks are with hosts (the talks are a trigger of their own, beyond this one's segment)
  const talksWith = !host && /^arriv/i.test(ctx.text.slice(tg.start, tg.end)) ? ms.find((x) => x.kind === 'leader' && x.start >= tg.end && x.start <= tg.end + 120 && x.id !== visitor?.id
    && /^\s+(?:for\s+)?(?:(?:of|here|[\p{Lu}][\p{L}.'’-]*)\s+){0,7}?(?:for\s+)?(?:[\w-]+\s+){0,2}(?:talks|meetings?|discussions|negotiations|consultations)\s+with\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(ctx.text.slice(tg.end, x.start))) : undefined;
  const talksState = talksWith ? ctx.leaders.get(talksWith.id)?.represents?.key : undefined;
  if (host) addActor(actorOf(host));
  else if (talksState && talksState !== visitorCountry) addActor({ label: 'Country', key: talksState });
  else if (visitedBy) addActor({ label: 'Country', key: ctx.leaders.get(visitedBy.id)!.represents!.key });
  else if (visitingState && ctx.datelineCountry && ctx.datelineCountry !== visitingState.id) addActor({ label: 'Country', key: ctx.datelineCountry });
  else if (placeHost) addActor({ label: 'Country', key: (PLACES.get(placeHost.id) as PlaceData & { country: string }).country });
  // ("an IMF mission would visit here in July", "A Japanese trade delegation is due here on Monday")
  else if ((visitorBody || (visitorState && visitorState.id !== ctx.datelineCountry)) && here && ctx.datelineCountry) addActor({ label: 'Country', key: ctx.datelineCountry });
  // ("since his visit here last year": his visit "here" is a guest's, even one whose state the story does not tell)
  else if ((byAt && nounVisit || ((nounVisit || visiting || here) && visitorCountry !== undefined) || (possessive && here && /\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$/i.test(before) && /^visit/i.test(ctx.text.slice(tg.start, tg.end)))) && (visitor || byState) && ctx.datelineCountry && !/^\s*to\s+(?:the\s+)?\p{Lu}/u.test(after) && !/\b(?:of|to)$/i.test(ctx.text.slice(tg.start, tg.end)) && (visitorCountry ?? byState?.id) !== ctx.datelineCountry) {
    // "the visit this week by Japanese Prime Minister Nakasone" in a WASHINGTON story: a visit to the dateline's country
    // (so is "a tour to discuss debt": "to" before a verb names no destination).
    addActor({ label: 'Country', key: ctx.datelineCountry });
  }
  // "He told reporters at the airport on arriving here for talks" (PEKING): the one the pronoun stands for, when his
  // state is known and is not the dateline's, visits the dateline's state (a state's own people arrive home)
  else if (here && !visitor && ctx.datelineCountry && parts.size === 1) {
    const [pron] = [...parts.values()];
    const home = pron?.label === 'Leader' ? ctx.leaders.get(pron.key)?.represents?.key : undefined;
    if (home && home !== ctx.datelineCountry) addActor({ label: 'Country', key: ctx.datelineCountry });
  }
  // ("The delegation arrived here yesterday": the story's other state visits the dateline's)
  if (parts.size === 0) for (const a of arrivingEnvoysOfPair(t)) addActor(a);
  if (parts.size < 2) return null;
  const co = head ? nearest : visitor && !visiting && !opening && !sayer && !carried ? coTraveller(t, visitor) : undefined;
  if (co) {
    addActor(actorOf(co));
    tour = tour?.map((g) => [...g, actorOf(co)!]) ?? null;
  }
  return { visitsPerson, tour, visitorFound, visitingNow };
}


/** "there" or "that country" right after a visit verb, up to a time word ("when he visits there next month"). */
const VISIT_THERE = /^visit(?:s|ed|ing)?$/i;
const THERE_AFTER = /^\s+(?:there|that country)\b/i;

/**
 * The state a visit verb followed by "there" or "that country" refers to: the last state named before it in the sentence
 * that is not the visitor's own, by name or as "<demonym> government" ("Lyng will ask the Japanese Government to remove all
 * beef import restrictions when he visits there next month", "he will ask Japan to offer a share of its rice market … when
 * he visits that country next month": Japan).
 */
function stateReferredTo(t: TriggerScope, visitorCountry: string | undefined): Mention | undefined {
  const { sc: { ctx, s, ms }, tg } = t;
  if (!VISIT_THERE.test(ctx.text.slice(tg.start, tg.end)) || !THERE_AFTER.test(ctx.text.slice(tg.end, tg.end + 16))) return undefined;
  return [...ms].reverse().find((x) => x.kind === 'country' && x.start >= s.start && x.end <= tg.start && x.id !== visitorCountry
    && (x.form !== 'demonym' || /^\s+(?:government|authorities)\b/i.test(ctx.text.slice(x.end, x.end + 16))));
}

/** What a call word that is no travel word leaves to the call. */
const NO_VISIT: Visit = { visitsPerson: false, tour: null, visitorFound: false, visitingNow: false };

/**
 * The stretch of sentence `sc.s` that call word `k` owns (from the call word before it to the one after it), its own clause,
 * tense and days: "Reagan will fly to Washington on Monday and meet Kohl" gives "will fly" the stretch "Reagan will fly to
 * Washington on Monday and", tense future, near days [Monday]. Sets `ss.prevTense` for the next call word.
 */
function triggerScope(sc: SentenceScope, so: CallsSoFar, ss: SentenceCalls, trigs: Trig[], k: number): TriggerScope {
  const { ctx, s, att, aside, ms } = sc;
  const tg = trigs[k]!;
  const segStart = k === 0 ? (att && att.start === s.start && tg.start >= att.end ? att.end : s.start) : trigs[k - 1]!.end;
  const segEnd = k + 1 < trigs.length ? trigs[k + 1]!.start : att && att.end === s.end && tg.start < att.start ? att.start : s.end;
  const seg = ctx.text.slice(segStart, segEnd);
  // The object right after the previous call verb is its partner ("Before meeting with Bush, the Crown Prince paid a call on Reagan").
  // ("will meet Reagan at the Venice summit": Reagan is the meeting's, not the summit's)
  const prevObject = (x: Mention): boolean => k > 0 && /^\s*(?:with\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(ctx.text.slice(segStart, x.start)) && /^\s*(?:,|(?:at|during)\s+(?:the|a|an|this|next)\b)/.test(ctx.text.slice(x.end, x.end + 12));
  // ("the Uruguay round of talks", "the next meeting of Uruguay round agriculture negotiators": a round named after the
  // place it opened in, GATT's, not that state's)
  const segMs = ms.filter((x) => x.start >= segStart && x.end <= segEnd && !(x.kind === 'leader' && ATTRIBUTIVE.test(ctx.text.slice(x.end, x.end + 16))) && !prevObject(x)
    && !(x.kind === 'country' && /^\s+round\b/i.test(ctx.text.slice(x.end, x.end + 8))));
  // A relative clause that does not hold the trigger (", who leaves for Moscow on Tuesday,") has its own tense and days.
  // Clauses are found in the whole sentence (a trigger may split one), up to the next comma or the sentence's end;
  // one that follows the call noun and its names (", which runs from April 26 to 29") tells of the call itself.
  const allClauses = [...s.text.matchAll(/,\s*(?:who|which)\b[^,]*(?:,|$)/gi)]
    .map((r) => ({ start: s.start + r.index, end: s.start + r.index + r[0].length }))
    .filter((r) => r.end > segStart && r.start < segEnd && !(tg.start >= r.start && tg.end <= r.end));
  const isAttached = (r: { start: number; end: number }): boolean => r.start >= tg.end && r.start - tg.end <= 60 && ATTACHED.test(ctx.text.slice(tg.end, r.start));
  const relClauses = allClauses.filter((r) => !isAttached(r));
  const attached = allClauses.filter(isAttached);
  const blank = (from: number, str: string): string => relClauses.reduce((t, r) => (r.end <= from || r.start >= from + t.length ? t : t.slice(0, Math.max(0, r.start - from)) + ' '.repeat(Math.min(t.length, r.end - from) - Math.max(0, r.start - from)) + t.slice(Math.min(t.length, r.end - from))), str);
  const lead = blank(segStart, ctx.text.slice(segStart, tg.end));
  const clauseSeg = blank(segStart, seg);
  // Tense and status come from the trigger's own clause: "… chaired a meeting yesterday and Balladur is due to decide" is held.
  const nextClause = /,?\s+(?:and|but|while)\s+(?=[A-Z][a-z]+\s+(?:is|are|was|were|will|has|have|had|said)\b)|;/.exec(clauseSeg.slice(tg.end - segStart));
  const ownClause = nextClause ? clauseSeg.slice(0, tg.end - segStart + nextClause.index) : clauseSeg;
  // "Before meeting with Bush, the Crown Prince paid …": a participle before the main clause shares its (past) tense.
  const participle = (/\b(?:before|after)\s+$/i.test(ctx.text.slice(Math.max(s.start, tg.start - 8), tg.start)) && /ing\b/i.test(ctx.text.slice(tg.start, tg.end)) && PAST.test(ctx.text.slice(tg.end, s.end)))
    // ("After visiting the U.S., England, …, Funaro is now on his way to Tokyo": what was done before a main clause not ahead)
    || (/\bafter\s+$/i.test(ctx.text.slice(Math.max(s.start, tg.start - 8), tg.start)) && /ing\b/i.test(ctx.text.slice(tg.start, tg.end)) && !FUTURE.test(ctx.text.slice(tg.end, segEnd)))
    // ("He told reporters at the airport on arriving here for talks that …": an arrival told with a past verb before it)
    || (/\b(?:on|upon)\s+$/i.test(ctx.text.slice(Math.max(s.start, tg.start - 6), tg.start)) && /^arriving\b/i.test(ctx.text.slice(tg.start, tg.end)) && PAST.test(ctx.text.slice(s.start, tg.start)) && !FUTURE.test(ctx.text.slice(s.start, tg.start)));
  // a reporting verb that proposes ("proposed … that they meet") makes the reported call planned
  // (so does one that proposes the call itself: "South Korea proposed a meeting of prime ministers")
  const proposing = att !== null && tg.start >= att.end && /^(?:propos|suggest|offer|invit|urg)/i.test(att.verb) && (/\b(?:that|to)\b/i.test(ctx.text.slice(att.start, tg.start)) || /^\s*(?:an?\s+)?(?:[\w-]+\s+){0,2}$/.test(ctx.text.slice(att.end, tg.start)));
  // "would go to Wellington for talks with New Zealand, which had …": talks a trip is for share the trip's tense
  // (the "for" may end the trip word: "will leave for the Venice summit")
  const joins = tg.type === 'noun' ? /\b(?:for|to hold)\s+(?:[\w-]+\s+){0,2}$/i.test(ctx.text.slice(Math.max(k > 0 ? trigs[k - 1]!.start : segStart, tg.start - 30), tg.start)) : kindOf(tg.word) === 'talks' && /\band\s+(?:(?:will|would|to|also)\s+)*$/i.test(ctx.text.slice(Math.max(segStart, tg.start - 30), tg.start));
  const forTrip = k > 0 && joins && kindOf(trigs[k - 1]!.word) === 'visit';
  // "told reporters after an informal … ministers' meeting here that … the upcoming election", "In a statement following a
  // meeting of the ministers, they said …": a gathering something was told or done after has been held, whatever else the clause tells
  // (not "Soon after the Venice summit, there will be a move …": a clause ahead tells of what follows a call to come)
  const afterCall = (tg.type === 'noun' && AFTER_CALL.test(ctx.text.slice(Math.max(segStart, tg.start - 60), tg.start)) && !FUTURE.test(lead)
    && !/\b(?:will|shall)\b|['’]ll\b/i.test(ownClause.slice(tg.end - segStart)))
    // (so is a visit the telling took place on, whatever the quote before it looks ahead to: '"We want …," he told reporters
    // during a visit to Malaysia')
    || visitInTellingTail(sc, tg.start);
  const told: Tense = participle || afterCall ? 'past' : proposing ? 'future' : forTrip && tg.type === 'noun' && ss.prevTense !== null && ss.prevTense !== 'unknown' ? ss.prevTense : tenseOf(lead, ownClause, ss.prevTense);
  // "EC foreign ministers meet in Brussels on Monday": a call verb in the present tells what is scheduled
  // ("expected OPEC to raise prices when it meets on December 9": "meets" in a clause of time looks ahead, whatever the telling's tense)
  const whenMeets = tg.type === 'verb' && /^meets?\b/i.test(ctx.text.slice(tg.start, tg.end)) && WHEN_PRONOUN_MEETS_RE.test(ctx.text.slice(Math.max(segStart, tg.start - 40), tg.start));
  const tense: Tense = whenMeets ? 'future' : told === 'unknown' && tg.type === 'verb' && /^(?:meets?|visits?|holds?|hold)\b/i.test(ctx.text.slice(tg.start, tg.end)) && !/\b(?:is|are)\s+$|(?:\b(?:a|an|the|his|her|their|its|this|that|next|last)|['’]s?)\s+(?:[\w-]+\s+){0,3}$/i.test(ctx.text.slice(Math.max(segStart, tg.start - 40), tg.start)) ? 'future' : told;
  ss.prevTense = tense;
  // "… and will meet Mulroney on Monday": a coordinated verb whose subject is the previous clause's; its dates and parties follow the "and".
  const elided = tg.type === 'verb' && k > 0 && ss.clauseSubject !== null ? ELIDED.exec(ctx.text.slice(segStart, tg.start)) : null;
  const elidedFrom = elided ? segStart + elided.index : segStart;
  // A clause about the call has its own tense (", which starts on Friday" in a past-tense report).
  const inAttached = (d: FoundDate): boolean => attached.some((r) => d.start >= r.start && d.end <= r.end);
  // So does a day right after "due to start", "scheduled", "will" ("…, due to start in Geneva on Monday, were postponed").
  const localFuture = (d: FoundDate): FoundDate => {
    if (tense === 'future' || d.precision === 'year' || !LOCAL_FUTURE.test(ctx.text.slice(Math.max(segStart, d.start - 40), d.start))) return d;
    const again = findDates(ctx.text.slice(d.start, d.end), ctx.pub, 'future')[0];
    return again && again.precision === d.precision ? { ...d, date: again.date } : d;
  };
  const dates = findDates(clauseSeg, ctx.pub, tense)
    .map((d) => ({ ...d, start: d.start + segStart, end: d.end + segStart }))
    .filter((d) => !inAttached(d))
    .map(localFuture)
    .concat(attached.flatMap((r) => {
      const text = ctx.text.slice(r.start, Math.min(r.end, segEnd));
      const t: Tense = FUTURE.test(text) ? 'future' : PAST.test(text) ? 'past' : tense;
      return findDates(text, ctx.pub, t).map((d) => ({ ...d, start: d.start + r.start, end: d.end + r.start }));
    }))
    .filter((d) => !DATED_THING.test(ctx.text.slice(d.end, d.end + 60)))
    // "Abe, who was here paving the way for the April 29-May 2 visit of Nakasone": a day right before a later call noun
    // dates that call, not the stay told before it
    .filter((d) => !(kindOf(tg.word) === 'visit' && d.start >= tg.end && LATER_CALL.test(ctx.text.slice(d.end, d.end + 50))))
    // "told reporters yesterday he would visit ...": the day right after the reporting verb dates the telling.
    .filter((d) => d.start >= elidedFrom)
    // "Faced with the possibility that he might have to go to the U.S. …, Nakasone today ordered …": a day between the
    // main clause's subject and its verb, after a comma, dates that verb (mainClauseDay)
    .filter((d) => !(d.start >= tg.end && mainClauseDay(ctx.text, tg.end, d)))
    // "the first official to visit Japan since Reagan announced last week …": a day after "since" dates something else
    .filter((d) => !(d.start >= tg.end && /\bsince\b/i.test(ctx.text.slice(tg.end, d.start))))
    // a call told in an aside ("Chirac, on the first day of a visit to the U.S., said the February 22 accords …") takes no day from what is said
    .filter((d) => !(aside && att && tg.start >= att.start + aside.from && tg.end <= att.start + aside.verbFrom && d.start >= att.start + aside.verbFrom))
    // (but "said that on Thursday and Friday Smith would meet Kuroda": a day opening what is said, before what is ahead, dates the call)
    .filter((d) => !(att && d.start >= att.end && /^[\s,]*(?:on\s+)?$/.test(ctx.text.slice(att.end, d.start)) && !(/\bthat\s*$/i.test(ctx.text.slice(att.start, att.end)) && /^[^,;]{0,80}?\b(?:will|would|shall)\b/i.test(ctx.text.slice(d.end, segEnd)))));
  const before = ctx.text.slice(Math.max(segStart, tg.start - 30), tg.start);
  const definite = /\b(?:the|its|this|that|their|these|his|her)\s+(?:(?!(?:for|of|to|with|in|on|at|by|from|between|and|or|about|over)\s)[\w-]+\s+){0,2}$|['’]s\s+(?:[\w-]+\s+)?$/i.test(before);
  // Dates near the trigger, the closest first (days inside a relative clause were blanked above).
  const dist = (d: FoundDate): number => (d.end <= tg.start ? tg.start - d.end : d.start >= tg.end ? d.start - tg.end : 0);
  // A day before the trigger that "before", "in time for" … separates from it dates something else ("in early April in time for his visit").
  // So does a clause boundary ("arrived on Saturday and will have talks with Suharto tomorrow").
  const apart = (d: FoundDate): boolean => d.end <= tg.start && (/\b(?:in time for|before|after|ahead of|until|since|following|on the eve of)\b/i.test(ctx.text.slice(d.end, tg.start)) || CLAUSE_BREAK.test(ctx.text.slice(d.end, tg.start)));
  const near = dates.filter((d) => d.end >= tg.start - 30 && d.start <= tg.end + 40 && !apart(d)).sort((a, b) => dist(a) - dist(b));
  return { sc, so, ss, tg, trigs, k, segStart, segEnd, seg, segMs, lead, ownClause, participle, proposing, forTrip, afterCall, tense, elided, elidedFrom, dates, before, definite, apart, near };
}

/**
 * A preposition that sets a call noun against a call told before it in the sentence, as another event: "The farm ministers
 * could also meet in parallel with the meeting of EC heads of government …", "will meet Kohl ahead of the summit".
 */
const RELATED_CALL_BEFORE = /\b(?:in parallel with|parallel to|alongside|at the same time as|ahead of|in advance of|before|after|following|on the sidelines of|on the fringes of)\s+(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}$/i;

/**
 * The call told before that a definite call noun refers to ("the talks", "Shultz's visit", "After the June 8-10 summit"), or
 * null when it tells a call of its own ("the talks … between Shultz and Kuranari" after other talks). A day named with it
 * dates the call referred to when that had none or only its month.
 */
function referredCall(t: TriggerScope): CallRecord | null {
  const { sc: { ctx }, so, ss, tg, segEnd, segMs, before, near } = t;
  const { calls } = so;
  const leaderBefore = segMs.filter((x) => x.kind === 'leader' && x.end <= tg.start && x.end >= tg.start - 20);
  // ("at this weekend meeting" told on Monday names the days of the meeting told before, dated that Sunday)
  const distinctDate = near.find((d) => !calls.some((c) => datesAgree(d, c.date)));
  // "After the June 8-10 summit" when a June summit is known: the day refines it.
  const refines = distinctDate?.precision === 'day' && calls.some((c) => c.precision === 'month' && compatible(tg.word, c.kind) && distinctDate.date.startsWith(c.date ?? '#'));
  // (a day no call has makes it another call, unless it refines a month or "the/its/this" stands right before the noun:
  // "the talks on Monday" are still the talks told before; "last week's talks" on a new day are not)
  // ("at this weekend meeting", "the weekend's talks": the date is the determiner, and the call the one told before)
  const dateAsDeterminer = distinctDate?.days !== undefined && /^(?:this|the)\s+\S+\s*$/i.test(ctx.text.slice(distinctDate.start, tg.start));
  if (distinctDate && !refines && !dateAsDeterminer && !/^(?:the|its|this)$/i.test(before.trim().split(/\s+/).slice(-1)[0] ?? '')) return null;
  const found = resolveRef(calls, so.main, tg.word, leaderBefore, ss.inSentence);
  // "the talks … between Shultz and Kuranari", "the Armacost discussions with Murata": a leader named
  // as a partner right after the noun whom the call referred to does not have makes it a call of its own.
  // ("The IMF committee meeting, scheduled for April 9" after "the Baker-Chung meeting": a body named before the noun that the
  // call lacks makes it another gathering)
  // (so does one named after it: "travel to Washington for the annual meeting of the IMF" is no reference to the trip)
  const body = bodyRightBefore(ctx, segMs, tg, { gap: BODY_GAP }) ?? bodiesOf(ctx, segMs, tg.end)[0];
  const otherBody = body !== undefined && found !== null && !found.participants.some((p) => p.label === 'Organization' && p.key === body.id);
  const ref = found && !otherBody && !newPartnerAfter(ctx, segMs, tg.end, segEnd, found) && !otherPlaceBefore(t, found) && compatible(tg.word, found.kind) ? found : null;
  if (!ref || (ss.inSentence.includes(ref) && RELATED_CALL_BEFORE.test(before))) return null;
  const day = distinctDate ?? near[0];
  if (day && day.precision === 'day' && !(ref.status === 'planned' && day.date < ctx.pub) && (ref.precision === null || (ref.precision === 'month' && day.date.startsWith(ref.date ?? '#')))) {
    ref.date = day.date;
    ref.precision = 'day';
    ref.confidence = 0.9;
    // "the talks, starting on April 14": a day still to come makes the call planned
    if (day.date > ctx.pub && (ref.status === 'held' || ref.status === 'unknown')) ref.status = 'planned';
    ref.id = callId(ref.date, ctx.pub, ref.kind, ref.participants);
  }
  return ref;
}

/**
 * Whether a place named right before a definite call noun is one that no report of `found` names: "the Managua meeting"
 * after "the recent International Coffee Organisation meeting", "the Peking meeting" after "the summit in Venice" are
 * other gatherings, not references (while "the Venice summit" or "the Moscow talks" after talks told in Moscow still refer).
 */
function otherPlaceBefore(t: TriggerScope, found: CallRecord): boolean {
  const { sc: { ctx }, tg, segMs } = t;
  const place = segMs.find((x) => (x.kind === 'place' || (x.kind === 'country' && x.form === 'capital')) && x.end <= tg.start && /^(?:['’]s)?\s+$/.test(ctx.text.slice(x.end, tg.start)));
  return place !== undefined && ![...found.reports].some((i) => ctx.sentences[i]?.text.includes(place.text));
}

/** The latest call with the country of a capital sentence `s` names ("Talks are due to begin in Moscow"), else the latest call. */
function latestCallNamed(ctx: ArticleContext, s: Sentence, calls: CallRecord[]): CallRecord {
  const named = new Set((ctx.bySentence[s.index] ?? []).filter((x) => x.kind === 'country').map((x) => x.id));
  return [...calls].reverse().find((c) => c.participants.some((p) => named.has(countryOfActor(p, ctx) ?? ''))) ?? calls[calls.length - 1]!;
}

/**
 * Whether call noun `tg` opens sentence `s` (two words at most before it), no "with/between" follows, and the sentence
 * names nothing but places and capitals: "Talks are due to begin in Moscow on Wednesday." names no party of its own.
 */
function opensNamingNoParty(ctx: ArticleContext, s: Sentence, tg: Trig): boolean {
  return tg.type === 'noun' && /^\s*(?:\S+\s+){0,2}$/.test(ctx.text.slice(s.start, tg.start)) && !/^\s+(?:with|between|among)\b/i.test(ctx.text.slice(tg.end, tg.end + 10))
    && (ctx.bySentence[s.index] ?? []).every((x) => x.kind === 'place' || (x.kind === 'country' && x.form === 'capital'));
}

/**
 * The two states a "bilateral" call noun is between when its own words name fewer than two parties: the two states its
 * sentence names, in any form ("concerned about a resolution on bilateral trade negotiations adopted by the Canadian House
 * of Commons" told by a U.S. senator: the U.S. and Canada), else the two of the story's first sentence when the sentence, its
 * speaker or a party named stands for one of them ("the accord was reached after extensive bilateral negotiations", Yeutter said, in a story opening on
 * the U.S. and Japan; not Stoltenberg's "other informal and bilateral talks" before a G-7 meeting). None unless exactly
 * two, none when a party named stands for a third state or a body, and none when the noun names its partner ("bilateral
 * talks tomorrow with Coface": whoever that is, not a state guessed from the story).
 */
function bilateralPair(t: TriggerScope, parts: ActorRef[]): string[] {
  const { sc: { ctx, s, att }, tg, before } = t;
  if (tg.type !== 'noun' || !BILATERAL_BEFORE.test(before) || WITH_NEXT.test(ctx.text.slice(tg.end, tg.end + 60))) return [];
  // (a capital is where the talks are: "the G-7 Washington talks")
  const sentenceStates = [...new Set((ctx.bySentence[s.index] ?? []).filter((x) => x.kind === 'country' && x.form !== 'capital').map((x) => x.id))];
  const sides = new Set(parts.map((p) => countryOfActor(p, ctx)));
  const speakerStates = (att?.speakers ?? []).map((x) => (x.kind === 'leader' ? ctx.leaders.get(x.id)?.represents?.key : x.kind === 'country' ? x.id : undefined));
  const lead = leadPair(ctx);
  const pair = sentenceStates.length === 2 ? sentenceStates : [...sentenceStates, ...speakerStates, ...sides].some((c) => c && lead.includes(c)) ? lead : [];
  if (pair.length !== 2 || sides.size >= 2 || [...sides].some((c) => c === null || !pair.includes(c))) return [];
  return pair;
}

/**
 * The two states a story is about: the two its title names ("U.S., JAPAN TO HOLD CHIP TALKS"), else the two its first
 * sentence names in any form ("U.S. and Japanese negotiators …") when the title names no other; none unless exactly two.
 */
function storyPair(ctx: ArticleContext): string[] {
  // (not a story of banks, firms or unions: "U.S. URGES BANKS TO WEIGH PHILIPPINE DEBT PLAN" tells of the banks' talks)
  if (BUSINESS_SIDES.test(ctx.sentences[0]?.text ?? '')) return [];
  const title = ctx.titleStates;
  if (title.length >= 2) return title.length === 2 ? title : [];
  const lead = sentenceStates(ctx, 0);
  return lead.length === 2 && title.every((c) => lead.includes(c)) ? lead : [];
}

/** The states sentence `i` names, each once, in any form but a capital (a capital there is mostly where something happens). */
function sentenceStates(ctx: ArticleContext, i: number): string[] {
  return [...new Set((ctx.bySentence[i] ?? []).filter((x) => x.kind === 'country' && x.form !== 'capital').map((x) => x.id))];
}

/** "the two countries", "both sides", "officials of the two governments": the story's two states as one subject or partner. */
const TWO_SIDES = /\b(?:the\s+two|both(?:\s+the)?)\s+(?:sides|countries|governments|nations|delegations)\b/i;
/**
 * "the two countries" before a call word in its clause ("officials from the two countries held their customary, semi-annual
 * grain talks"): no telling, colon, semicolon or quote between ("indicating the two countries were close to agreement …,
 * told journalists: "The talks are still in progress"").
 */
const TWO_SIDES_BEFORE = new RegExp(String.raw`${TWO_SIDES.source}(?![^:;"]*\b(?:said|says|told|tells)\b)[^:;"]{0,80}$`, 'i');
/** What may lie between a call word and "the two countries" as its partner: "talks were going on between", "talks between officials of". */
const TO_TWO_SIDES = new RegExp(String.raw`^[^,;]{0,40}?\b(?:between|with|of)\s+(?:(?:the\s+)?(?:[a-z]+\s+)?(?:officials|representatives|negotiators|delegations|ministers|leaders)\s+(?:of|from)\s+)?${TWO_SIDES.source.slice(2)}`, 'i');
/** "his counterpart", "their Japanese counterparts", "her French counterpart Jacques Chirac" after the call word. */
const COUNTERPART = /^[^;]{0,60}?\b(?:his|her|their)\s+(?:[\w.-]+\s+){0,2}?counterparts?\b/i;
/** An unnamed group of envoys right before an arrival here: "The delegation arrived here", "A mission is due here". */
const ENVOYS_ARRIVE = /\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:delegation|mission|team|negotiators|envoys?)\s+(?:(?:has|have|had|is|are|was|were|also|now|just|will|would|be)\s+)*$/i;
/** Talk of business partners, whose "two sides" are a firm, a union or banks, not two states (not "the Soviet Union"). */
const BUSINESS_SIDES = /\b(?:banks|bankers|bank\s+(?:advisory|steering)\s+committee|creditors|(?:trade|labou?r|the)\s+unions?|unions|management|compan(?:y|ies)|firms?|workers|employers|shareholders)\b/i;

/**
 * The parties a call's sentence leaves to the story when it names fewer than two and the story clearly has one pair of
 * states (storyPair): "the two countries/sides" as subject or partner ("The two sides will meet again in May", "Officials of
 * the two countries met in Geneva": the two states its own sentence names, else the story's pair); "his counterpart" after
 * the call word when the one named stands for one state of the pair ("he will hold talks with his counterpart": the other);
 * an unnamed delegation arriving "here" in a story filed in one state of the pair ("The delegation arrived here yesterday"
 * under TOKYO in a story of Japan and the U.S.: the other visits). None in talk of banks, unions or firms.
 */
function storyPairParties(t: TriggerScope, parts: ActorRef[]): ActorRef[] {
  const { sc: { ctx, s }, tg, segEnd } = t;
  const states = new Set(parts.map((p) => countryOfActor(p, ctx)));
  if (parts.length >= 2 && states.size >= 2 || BUSINESS_SIDES.test(s.text)) return [];
  const pair = storyPair(ctx);
  const own = sentenceStates(ctx, s.index);
  const country = (key: string): ActorRef => ({ label: 'Country', key });
  // (as the call's subject, before it in its sentence, or as its partner right after it; not "In meetings with … ministers Howard
  // said he expressed concern about the trade imbalance between the two countries")
  if (TWO_SIDES_BEFORE.test(ctx.text.slice(s.start, tg.start)) || TO_TWO_SIDES.test(ctx.text.slice(tg.end, segEnd))) {
    const sides = own.length === 2 ? own : own.every((c) => pair.includes(c)) ? pair : [];
    return sides.length === 2 && [...states].every((c) => c !== null && sides.includes(c)) ? sides.map(country) : [];
  }
  if (pair.length !== 2 || own.some((c) => !pair.includes(c))) return [];
  if (parts.length === 1 && COUNTERPART.test(ctx.text.slice(tg.end, segEnd))) {
    const one = [...states][0];
    return one && pair.includes(one) ? pair.filter((c) => c !== one).map(country) : [];
  }
  return [];
}

/**
 * The two states of an unnamed delegation arriving "here" in a story filed in one state of the story's pair: "The delegation
 * arrived here yesterday" under TOKYO in a story of Japan and the U.S. is the U.S. visiting Japan. None when the sentence
 * names a state outside the pair.
 */
function arrivingEnvoysOfPair(t: TriggerScope): ActorRef[] {
  const { sc: { ctx, s }, tg, segStart } = t;
  const pair = storyPair(ctx);
  const dateline = ctx.datelineCountry;
  if (!dateline || !pair.includes(dateline) || !/\bhere\b/i.test(ctx.text.slice(tg.start, tg.end)) || BUSINESS_SIDES.test(s.text)) return [];
  if (sentenceStates(ctx, s.index).some((c) => !pair.includes(c)) || !ENVOYS_ARRIVE.test(ctx.text.slice(segStart, tg.start))) return [];
  return pair.map((key) => ({ label: 'Country', key }));
}

/** The two states of the story's first sentence by name (leadPair), else the story's pair by its title or demonyms (storyPair). */
function leadOrStoryPair(ctx: ArticleContext): string[] {
  const lead = leadPair(ctx);
  return lead.length === 2 ? lead : storyPair(ctx);
}

/** The two states the story's first sentence names ("Egypt and the Soviet Union are expected to sign …"); none unless two. */
function leadPair(ctx: ArticleContext): string[] {
  const lead = [...new Set((ctx.bySentence[0] ?? []).filter((x) => x.kind === 'country' && x.form !== 'demonym').map((x) => x.id))];
  return lead.length === 2 ? lead : [];
}

/** A relative clause right after a call noun telling when the call starts: ", which began yesterday", " which opens on June 25". */
const STARTS_CLAUSE = /^\s*,?\s*(?:which|that)\s+(?:(?:will|is\s+(?:due|scheduled|set)\s+to|are\s+(?:due|scheduled|set)\s+to)\s+)?(?:began|begins?|started|starts?|opened|opens?)\s+(?:on\s+)?$/i;

/**
 * The day a relative clause right after call noun `t` says the call starts on: "This week's meeting, which began yesterday,
 * is due to end Friday" → yesterday (not the nearer "This week's", nor the end); "the talks, which began on March 9". A call is
 * dated by its first day (tests/eval/README.md). Only the start: an end day ("which ended yesterday") is left to the rules
 * of the closest day, the annotation being split between the first and the last day there.
 */
function relativeStartDay(t: TriggerScope): FoundDate | undefined {
  const { sc: { ctx }, tg, dates } = t;
  if (tg.type !== 'noun') return undefined;
  return dates.find((d) => d.precision === 'day' && d.start > tg.end && d.start - tg.end <= 40 && STARTS_CLAUSE.test(ctx.text.slice(tg.end, d.start)));
}

/**
 * The day of the call of `t` (or month or year), closest first: "will meet Kohl on Monday" → Monday; "… on June 12 and will
 * meet Kohl" → June 12 (the clause's); "will meet Reagan at the Venice summit on June 8" → the summit's; "after the talks"
 * → the talks' day. Talks a trip is for (`trip`, with `partner`) share its day, and date it when it has none. Sets
 * `ss.clauseDate` for a coordinated verb after it.
 */
function callDay(t: TriggerScope, trip: CallRecord | undefined, partner: Mention | undefined): { date: string | null; precision: CallRecord['precision'] } {
  const { sc: { ctx, s, att }, so, ss, tg, trigs, k, segStart, segEnd, tense, elided, dates, apart, near } = t;
  // A coordinated verb without a day of its own shares the previous clause's ("on June 12 … and will meet Kohl").
  // (a day told "on the eve of", "ahead of", "before" the call is not its day; one "after" it may be: "left yesterday after talks")
  const ahead = (d: FoundDate): boolean => d.end <= tg.start && /\b(?:on the eve of|ahead of|in time for|before|until|since)\b/i.test(ctx.text.slice(d.end, tg.start));
  // (nor a day far after the trigger that dates another event: "met U.S. negotiators … to head off tariffs set to go into
  // effect on April 17"; nor one of a clause about what is ahead before "after": "will fly to Tokyo on Sunday, after having
  // completed a trip to …", though "left Bonn yesterday after talks" dates the talks)
  const otherEvent = (d: FoundDate): boolean => (d.start >= tg.end && OTHER_EVENT.test(ctx.text.slice(tg.end, d.start)))
    || (apart(d) && /\b(?:will|would|shall)\s+(?:[\w-]+\s+){0,6}$/i.test(ctx.text.slice(Math.max(s.start, d.start - 60), d.start)));
  // (a day or month before a bare year: "last year" only dates a call the clause gives nothing finer; a weekend that
  // straddles two months is kept at its year, but dates the call as its words do: "met over the weekend", told on Monday
  // March 2, is neither the April meeting the sentence also names nor the dateline's day)
  const finer = (d: FoundDate): boolean => d.precision !== 'year' || d.span === true;
  // (and "this year", "next year" date a call not told in the past only when told with it, not with a clause of its own: see
  // detachedYear; a call told in the past keeps the year, which is its year or close to it, rather than the dateline's day)
  const withCall = (d: FoundDate): boolean => finer(d) || tense === 'past' || d.date < ctx.pub.slice(0, 4) || !detachedYear(ctx.text, tg, d);
  let found: FoundDate | undefined = relativeStartDay(t) ?? near.find(finer) ?? dates.find((d) => finer(d) && !ahead(d) && !otherEvent(d)) ?? near.find(withCall) ?? dates.find((d) => withCall(d) && !ahead(d) && !otherEvent(d)) ?? (elided ? ss.clauseDate : undefined);
  // "the Thursday and Friday talks", "on Monday and Tuesday": the first day of the pair starts the call
  const pairFirst = found ? dates.find((d) => d !== found && d.precision === 'day' && d.end <= found!.start && /^\s*(?:and|to|through|-|–)\s*$/i.test(ctx.text.slice(d.end, found!.start))) : undefined;
  if (pairFirst) found = pairFirst;
  const nextTrig = trigs[k + 1];
  // (commas only between names: "will meet the leaders of Britain, France … at the economic summit")
  if (!found && nextTrig?.type === 'noun' && !/;|,(?!\s+(?:and\s+)?\p{Lu})/u.test(ctx.text.slice(tg.end, nextTrig.start)) && /\b(?:at|during|on the sidelines of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(ctx.text.slice(segEnd - 40, segEnd))) {
    // "will meet Reagan at the Venice summit on June 8": the day of the gathering it happens at.
    const tailEnd = trigs[k + 2]?.start ?? (att && att.end === s.end ? att.start : s.end);
    // (or in a clause about the gathering: "at the economic summit, which will take place in Venice June 8-10")
    const tail = ctx.text.slice(nextTrig.end, tailEnd);
    const about = /^\s*,\s*which\b[^,;]*/i.exec(tail);
    found = findDates(tail, ctx.pub, about && FUTURE.test(about[0]) ? 'future' : tense).find((d) => d.start <= 30 || (about !== null && d.end <= about[0].length));
  }
  // "the 1986 Tokyo summit": a year right before the call noun dates it to the year
  const yearBefore = !found && tg.type === 'noun' ? /\b((?:19|20)\d\d)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.exec(ctx.text.slice(Math.max(segStart, tg.start - 30), tg.start)) : null;
  if (yearBefore) found = { date: yearBefore[1]!, precision: 'year', start: tg.start, end: tg.start };
  ss.clauseDate = found ?? ss.clauseDate;
  let date: string | null = found?.date ?? (trip && partner ? trip.date : null);
  let precision: CallRecord['precision'] = found?.precision ?? (trip && partner ? trip.precision : null);
  // ("goes to Moscow for talks with Shevardnadze on April 13": and their day, however far, dates the trip that has none)
  if (trip && found?.precision === 'day' && trip.date === null) {
    trip.date = found.date;
    trip.precision = 'day';
    trip.id = callId(trip.date, ctx.pub, trip.kind, trip.participants);
  }
  if (!found) {
    const after = /\b(?:after|following|ahead of|before|at the end of|on the sidelines of)\s+(?:the|their|this week['’]s)\s+(?:[\w-]+\s+)?(summit|talks|meeting|call)\b/i.exec(ctx.text.slice(tg.end, s.end));
    const anchor: CallRecord | null = after ? resolveRef(so.calls, so.main, after[1]!, [], []) : null;
    if (anchor && anchor.precision === 'day' && anchor.date !== null) {
      date = anchor.date;
      precision = 'day';
    }
  }
  return { date, precision };
}

/** Words after a call word that start a clause of their own before a bare year ("talks with Japan that would lead to …"). */
const OWN_CLAUSE_AFTER = /\b(?:that|which|who|whose)\b|\bto\s+(?!be\s+(?:held|convened)\b|take\s+place\b)\p{Ll}+|\b(?:has|have|had|is|are|was|were|will|would|may|might|could|should)\s+(?!been\s+held\b|be\s+held\b)\p{Ll}+/u;
/** Words between a bare year and a later call word that start a clause of their own (a comma, "to let", "has taken"). */
const OWN_CLAUSE_BEFORE = /[,;:"“”]|\bto\s+\p{Ll}|\b(?:has|have|had|is|are|was|were|will|would|may|might|could|should)\s+\p{Ll}+/u;

/**
 * Whether bare year `d` ("this year", "last year", "next year") found in the clause of call word `tg` dates something else: a
 * clause of its own between them ("is negotiating with Pakistan to buy 5,000 tonnes of cotton this year", "talks with Japan
 * that would lead to membership of the Tokyo Stock Exchange … next year", "the collapse of the ICO talks and Brazil has sold
 * … in the first four months of this year"), or, before the call word, such a clause or a comma ("whose cross-border trade
 * totaled … last year, have been holding talks", "to eliminate a … deficit by next year, has taken a tough stand in the
 * talks"). Of the corpus's 37 calls dated to a bare year, 10 took it from such a clause; 4 of them, told with the current
 * or the next year and not in the past, lose it (callDay): the others would fall back on the dateline's day.
 */
function detachedYear(text: string, tg: Trig, d: FoundDate): boolean {
  if (d.precision !== 'year' || /^\d{4}$/.test(text.slice(d.start, d.end).trim())) return false;
  if (d.start >= tg.end) return OWN_CLAUSE_AFTER.test(text.slice(tg.end, d.start)) || /\b(?:months?|weeks?|quarter|half)\s+of\s+$/i.test(text.slice(Math.max(tg.end, d.start - 20), d.start));
  return d.end <= tg.start && OWN_CLAUSE_BEFORE.test(text.slice(d.end, tg.start));
}

/**
 * Finds the call(s) the call word of `t` tells and records them in `t.so` (or notes the call told before that it refers to):
 * who takes part, the kind, day, status and place. "Shultz met separately with Shevardnadze and Wu" records two meetings.
 */
function addCallsOfTrigger(t: TriggerScope): void {
  const { sc, so, ss, trigs, k } = t;
  const { ctx, s, att, verbEnd, ms } = sc;
  const { calls, objectsOnly } = so;
  const { inSentence } = ss;
  const note = (i: number, c: CallRecord): void => noteCall(so, i, c);
  const { tg, segStart, segEnd, seg, lead, ownClause, participle, proposing, forTrip, afterCall, tense, elided, elidedFrom, before, definite, near } = t;
  let { segMs } = t;
  // "… in Bangladesh, Bhutan, India, Nepal and Pakistan, a statement from a Food and Agriculture Organization (FAO) meeting here
  // said", "…, delegates at the OPEC meeting said": a gathering inside the speaker's phrase of a trailing attribution, before its
  // verb, has its parties there; the states of the words told before it are what was said, not who met (not "…, Nendick told
  // the annual meeting of the Asian Development Bank": after the verb)
  if (att && att.start !== s.start && verbEnd >= 0 && tg.start >= att.npStart && tg.end <= verbEnd - att.verb.length) segMs = segMs.filter((x) => x.start >= att.npStart);
  const afterHeld = (st: CallStatus): CallStatus => ((afterCall || (participle && st === 'unknown')) && (st === 'planned' || st === 'unknown') && !(date !== null && date.slice(0, 10) > ctx.pub) ? 'held' : st);
  const ref = tg.type === 'noun' && definite ? referredCall(t) : null;
  if (ref) {
    joinReferredGathering(t, ref);
    noteEndedSpan(t, ref);
    note(s.index, ref);
    applyFacts(ref, ctx.pub, trigs.length === 1 ? s.text : seg);
    return;
  }
  // "the trip is set for April 6": a trip named without its destination only refers to a visit told before
  if (tg.type === 'noun' && /^trip$/i.test(tg.word)) return;
  // A new call: who takes part.
  const parts = new Map<string, ActorRef>();
  const addActor = (a: ActorRef | null): void => addParty(parts, a);
  // "… as the guests of Cossiga and would have an audience with the Pope": the subject of the previous clause, not its object.
  if (elided) {
    segMs = segMs.filter((x) => x.start >= elidedFrom);
    addActor(ss.clauseSubject);
  }
  // "would ... discuss the June Venice summit": a call talked about is a topic; its parties must be named after it.
  const discussed = tg.type === 'noun' && DISCUSSED.test(ctx.text.slice(Math.max(segStart, tg.start - 50), tg.start));
  if (discussed) segMs = segMs.filter((x) => x.start >= tg.end);
  // "talks with commercial banks for loans to Argentina": business, whose states after the call word are what it is about
  // (a leader or an international body named there still takes part: "talks with creditor banks and the IMF")
  // ("a meeting with the 14-bank advisory committee", "negotiations with the steering committee for its creditor banks", "The
  // Philippines' bank advisory committee meets tomorrow": the creditor banks' committee is business too, and with no body
  // named there is no call at all)
  if (withBankCommittee(t)) {
    const bodies = segMs.filter(isInternationalBody);
    if (bodies.length === 0) return;
    // ("Brazil would meet again with the bank committee and the IMF": the body and who meets it)
    segMs = segMs.filter((x) => bodies.includes(x) || x.end <= tg.start);
  }
  if (NONSTATE_PARTNER.test(ctx.text.slice(tg.end, segEnd)) || (tg.type === 'noun' && NONSTATE_BEFORE.test(before))) segMs = segMs.filter((x) => x.start < tg.end && !NONSTATE_BEFORE.test(before) || x.kind === 'leader' || isInternationalBody(x));
  // "welcomed the outcome of a meeting between Baker, Poehl and Stoltenberg": the parties are those named after "between"
  if (tg.type === 'noun' && /^\s+between\s/i.test(ctx.text.slice(tg.end, tg.end + 10)) && segMs.filter((x) => x.start >= tg.end && (x.kind === 'leader' || x.kind === 'country')).length >= 2) segMs = segMs.filter((x) => x.start >= tg.end);
  const nextIsNoun = trigs[k + 1]?.type === 'noun';
  // A leader right before the next call noun ("Shultz' Moscow talks") belongs to that call.
  const ownedByNext = (x: Mention): boolean => nextIsNoun && (x.end >= segEnd - 2 || /^['’]s?\s+(?:[\w-]+\s+){0,2}$/.test(ctx.text.slice(x.end, segEnd)));
  // "officials meet tomorrow to settle … tariffs President Reagan has ordered": a leader after the trigger who is the
  // subject of a clause of his own (a finite verb right after him, no "with"/"and" before him) takes no part
  // (not after a comma: "During a meeting of EC ministers, Howe was asked …" tells of the one who attended)
  const ownClauseSubject = (x: Mention): boolean => x.start >= tg.end && !/[,;]/.test(ctx.text.slice(tg.end, x.start)) && /^\s+(?:has|had|have|is|was|were|will|would)\s+(?!been\s+invited)\w+/i.test(ctx.text.slice(x.end, x.end + 30))
    && !/\b(?:with|and|between|by|to|of|for|meet|met|meets|see|saw|visit|visited|host|hosted|received|receives|called|phoned|telephoned)\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*|of|and)\s+){0,6}$/u.test(ctx.text.slice(Math.max(tg.end, x.start - 80), x.start));
  // "Alfonsin met … with Camdessus, and Argentine economy minister Juan Sourrouille said the two men discussed …": a leader who
  // opens a new clause after ", and"/", but" as the one who tells it does not take part
  const newTeller = (x: Mention): boolean => {
    const opens = x.start >= tg.end ? /,\s+(?:and|but|while)\s+(?:[\p{L}.'’-]+\s+){0,6}$/u.exec(ctx.text.slice(tg.end, x.start)) : null;
    return opens !== null && !/\b(?:with|between|by|to|of|for)\b/i.test(opens[0]) && /^\s+(?:(?:also|later|then)\s+)?(?:said|says|told|added|stated|noted|announced)\b/i.test(ctx.text.slice(x.end, x.end + 24));
  };
  for (const x of segMs) if (x.kind === 'leader' && !ownedByNext(x) && !ownClauseSubject(x) && !newTeller(x) && !quotedApart(s, x, tg)) addActor(actorOf(x));
  // "talks with Reagan Administration officials": the leader's name as a modifier stands for his state
  for (const x of ms) {
    if (x.kind !== 'leader' || x.start < tg.end || x.end > segEnd || !ATTRIBUTIVE.test(ctx.text.slice(x.end, x.end + 16)) || !/\b(?:with|between)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(segStart, x.start - 14), x.start))) continue;
    const state = ctx.leaders.get(x.id)?.represents;
    if (state?.label === 'Country') addActor({ label: 'Country', key: state.key });
  }
  LEADERS_OF.lastIndex = 0;
  let lo: RegExpExecArray | null;
  while ((lo = LEADERS_OF.exec(seg)) !== null) {
    const listStart = segStart + lo.index + lo[0].length;
    const tail = ctx.text.slice(listStart, segEnd);
    // (a name may hold "of": "Finance Ministers of the Group of Five and Canada")
    const listLen = /^(?:(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+(?:(?:of\s+)?[\p{Lu}][\p{L}.'’-]*|\(\p{Lu}+\)))*(?:,\s*(?:and\s+)?|\s+and\s+|(?=\s|$)))+/u.exec(tail)?.[0].length ?? 0;
    for (const x of segMs) {
      if ((x.kind === 'country' || isInternationalBody(x)) && x.start >= listStart && x.end <= listStart + listLen + 2) addActor(actorOf(x));
    }
  }
  const speakerLeader = att?.speakers.find((x) => x.kind === 'leader');
  // "… a visit to the Ivory Coast during which he discussed …": "he" right before the verb is the clause's subject
  if (tg.type === 'verb' && kindOf(tg.word) !== 'visit' && /\b(?:which|when|where|after|before|while|as|and)\s+(?:he|she)\s+(?:(?:will|would|also|then|later|had|has|have|to)\s+)*$/i.test(before) && !segMs.some((x) => x.kind === 'leader' && x.end <= tg.start)) {
    const subj = speakerLeader ?? ms.find((x) => x.kind === 'leader' && x.end <= tg.start && SUBJECT_NEXT.test(ctx.text.slice(x.end, x.end + 90)));
    if (subj) addActor(actorOf(subj));
    else if (so.lastSubject) addActor(so.lastSubject);
  }
  if (/^\s*(?:He|She)\b/.test(ctx.text.slice(segStart, tg.start)) || (att?.pronoun && /\b(?:he|she)\b/.test(seg))) {
    if (so.lastSubject) addActor(so.lastSubject);
  } else if (/^\s*(?:he|she)\b/.test(ctx.text.slice(segStart, tg.start)) && speakerLeader) {
    // "Kohl said he discussed the issue with Mitterrand when they met": the pronoun is the speaker.
    addActor(actorOf(speakerLeader));
  }
  else if (/\b(?:she|he)\s+and\b|\b(?:with|and)\s+(?:her|him)\b|\b(?:her|his)\s+(?:talks|meeting|visit|call)\b/i.test(seg) || (tg.type === 'noun' && POSSESSIVE_MODIFIED.test(before) && !segMs.some((x) => x.kind === 'leader' && x.end <= tg.start))) {
    const sp = att?.speakers.find((x) => x.kind === 'leader');
    if (sp) addActor(actorOf(sp));
    else if (so.lastSubject) addActor(so.lastSubject);
  }
  // "Lho proposed in a letter to his counterpart Li that they meet soon": "they" are the speaker and whom he addressed
  if (att && /\bthey\s+(?:(?:should|would|will|could|might|may|to|can)\s+)?$/i.test(ctx.text.slice(Math.max(segStart, tg.start - 20), tg.start)) && tg.start >= att.end) {
    const sp = att.speakers.find((x) => x.kind === 'leader');
    if (sp && [...parts.values()].filter((p) => p.label === 'Leader' && p.key !== sp.id).length === 1) addActor(actorOf(sp));
  }
  // "they" opening the stretch ("The sources said they would meet again") are the parties of the latest call
  // ("The ministers will meet again on April 27", "the negotiators meet next on Monday": a gathering of the story's people
  // told again is the latest call's parties, a call of its own with its own day; so is "they" after "when": "Ministers hope to
  // approve a closure program when they meet again in Brussels on June 1")
  const again = (/^\s*the\s+(?:[a-z]+\s+)?(?:ministers|officials|negotiators|delegates|delegations|envoys)\s+(?:[a-z]+\s+){0,3}$/i.test(ctx.text.slice(segStart, tg.start))
    || /\b(?:when|once|until|before|after)\s+they\s+$/i.test(ctx.text.slice(Math.max(segStart, tg.start - 20), tg.start))) && /^\s+(?:again|next)\b/i.test(ctx.text.slice(tg.end, tg.end + 8));
  if ((/^\s*(?:The sources said |Officials said )?they\b/i.test(ctx.text.slice(segStart, tg.start)) || (again && parts.size === 0)) && calls.length > 0) {
    for (const p of latestCallNamed(ctx, s, calls).participants) addActor(p);
  } else if (parts.size === 0 && calls.length === 0 && s.index > 0 && opensNamingNoParty(ctx, s, tg)) {
    for (const c of leadOrStoryPair(ctx)) addActor({ label: 'Country', key: c });
  }
  if (parts.size === 0) for (const a of groupBeforeThey(sc, tg)) addActor(a);
  if ((COLLECTIVE.test(seg) || (tg.type === 'noun' && THEIR_BEFORE.test(before))) && [...parts.values()].filter((p) => p.label === 'Leader').length < 2) {
    const referent = inSentence[inSentence.length - 1] ?? so.main;
    // "the results of talks between the two leaders": with no party named and no day of its own, the latest call of that kind told of before
    const same = parts.size === 0 && tg.type === 'noun' && near.length === 0 && inSentence.length === 0
      ? [...calls].reverse().find((c) => kindClass(c.kind) === kindClass(kindOf(tg.word)) && c.participants.filter((p) => p.label === 'Leader').length >= 2)
      : undefined;
    if (same) {
      noteEndedSpan(t, same);
      note(s.index, same);
      return;
    }
    if (referent) for (const p of referent.participants) addActor(p);
  }
  // "leaves for Washington on April 29 for talks with Reagan": the talks are part of the trip (one event; the trip
  // keeps its identity, visitor and destination, so that other reports of it merge).
  // (the latest trip of the sentence: "After visiting the U.S., …, Funaro is now on his way to Tokyo, where he is to arrive on
  // Sunday for talks" are the Tokyo trip's talks)
  const trip = forTrip ? [...inSentence].reverse().find((c) => c.kind === 'visit' && c.reports.has(s.index)) : undefined;
  // "will visit Washington next month for talks with President Reagan": a trip for talks with a leader named right after
  // "with" is two facts, the visit and the talks between the visitor and that leader (on the trip's day if they have none)
  // ("… visit to the United States from April 29 and hold talks in Washington with President Reagan": the verb too, and
  // the place of the talks may come first)
  const withAfter = trip && (tg.type === 'noun' || kindOf(tg.word) === 'talks') ? /^\s+(?:in\s+\p{Lu}[\p{L}.'’-]*\s+)?with\s/u.exec(ctx.text.slice(tg.end, tg.end + 40)) : null;
  const partner = withAfter ? segMs.find((x) => x.kind === 'leader' && x.start >= tg.end + withAfter[0].length && PARTNER_BEFORE.test(ctx.text.slice(tg.end + withAfter[0].length, x.start))) : undefined;
  if (trip) {
    // "would fly to Washington for emergency talks on April 9": the talks' day dates the trip that has none
    const d = near[0];
    if (trip.date === null && d && d.precision === 'day') {
      trip.date = d.date;
      trip.precision = 'day';
      trip.id = callId(trip.date, ctx.pub, trip.kind, trip.participants);
    }
    // ("before travelling to Washington for the semi-annual meeting of the IMF", "will leave for the Venice summit": a
    // body's gathering the trip is for is a call of its own, and the traveller attends it)
    if (!partner && !tripToGathering(t)) return;
    for (const p of trip.participants) if (p.label === 'Leader' && p.key !== partner?.id) addActor(p);
  }
  // International bodies meeting as such: "EC summit", "Group of Seven talks", "leaders of the EC".
  // ("the semi-annual meetings of the IMF and the World Bank": both)
  const ofBodies = tg.type === 'noun' ? [...bodiesOf(ctx, segMs, tg.end), ...bodiesJoinedBefore(ctx, segMs, tg.start)] : [];
  // ("the ICO's annual September council session", "when the council session ends" in a story of the ICCO: the body sits)
  const sitting = tg.type === 'noun' ? sittingBody(ctx, s, tg.start) : undefined;
  if (sitting) addActor(actorOf(sitting));
  for (const x of bodiesMeetingAsSuch(t, segMs, ofBodies)) addActor(actorOf(x));
  for (const x of bodyOfItsPeople(t, segMs)) addActor(actorOf(x));
  addActor(bodyOfPlacedGathering(ctx, segMs, tg));
  // "(Reagan will visit Rome ...) to attend the Venice summit": the one who attends takes part.
  const attendLead = ctx.text.slice(Math.max(segStart, tg.start - 60), tg.start);
  // "Italy refused to attend the Paris G-7 meeting", "Goria, who declined to attend the February meeting of the Group of Seven":
  // whoever is named before the refusal did not take part; the gathering itself (named after it) took place
  const notAttend = tg.type === 'noun' ? NOT_ATTEND.exec(attendLead) : null;
  if (notAttend) {
    const from = Math.max(segStart, tg.start - 60) + notAttend.index;
    const refusers = segMs.filter((x) => x.start < from && x.kind !== 'place');
    // (nor their states, named again later in the sentence: "… convinced Goria, who declined to attend …, that Italy would")
    const states = new Set(refusers.map((x) => (x.kind === 'leader' ? ctx.leaders.get(x.id)?.represents?.key : x.id)));
    for (const x of refusers) {
      const a = actorOf(x);
      if (a) parts.delete(actorKey(a));
    }
    if (ss.clauseSubject) parts.delete(actorKey(ss.clauseSubject));
    for (const p of [...parts.values()]) if (p.label === 'Country' && states.has(p.key)) parts.delete(actorKey(p));
    segMs = segMs.filter((x) => !refusers.includes(x) && !(x.kind === 'country' && states.has(x.id)));
    if (parts.size === 0) return;
  }
  if (tg.type === 'noun' && !notAttend && ATTEND.test(attendLead)) {
    const attendee = [...segMs].reverse().find((x) => x.kind === 'leader' && x.end <= tg.start);
    if (attendee) addActor(actorOf(attendee));
    else if (ss.clauseSubject) addActor(ss.clauseSubject);
  }
  const visit = kindOf(tg.word) === 'visit' ? findVisit({ ...t, segMs }, parts) : NO_VISIT;
  if (visit === null) return;
  if ('refers' in visit) {
    noteEndedSpan(t, visit.refers);
    note(s.index, visit.refers);
    return;
  }
  const { visitsPerson, tour, visitorFound, visitingNow } = visit;
  if (kindOf(tg.word) !== 'visit' && !elided) {
    const subj = segMs.find((x) => x.kind === 'leader' && x.end <= tg.start);
    if (subj) ss.clauseSubject = actorOf(subj);
  }
  // A verb with no subject in its stretch ("…, Reagan will travel to Berlin and will meet Kohl"): the last leader before it.
  if (tg.type === 'verb' && !elided && !segMs.some((x) => x.kind === 'leader' && x.end <= tg.start) && kindOf(tg.word) !== 'visit') {
    const prior = [...ms].reverse().find((x) => x.kind === 'leader' && x.end <= segStart);
    if (prior) addActor(actorOf(prior));
  }
  // "he talked with …": the one who speaks, or the last subject.
  if (/\b(?:he|she)\s+(?:had\s+|has\s+|also\s+|[a-z]+ly\s+)?$/i.test(ctx.text.slice(Math.max(segStart, tg.start - 20), tg.start)) && !(kindOf(tg.word) === 'visit' && visitorFound)) {
    const sp = att?.speakers.find((x) => x.kind === 'leader');
    if (sp) addActor(actorOf(sp));
    else if (so.lastSubject) addActor(so.lastSubject);
  }
  const leaderCount = [...parts.values()].filter((p) => p.label === 'Leader').length;
  if (parts.size < 2 && leaderCount < 2) {
    const represented = new Set([...parts.values()].map((p) => (p.label === 'Leader' ? ctx.leaders.get(p.key)?.represents?.key : p.key)));
    const members = hasBody(parts.values()) ? memberListStates(ctx, segMs) : new Set<Mention>();
    for (const x of members) {
      addActor(actorOf(x));
      represented.add(x.id);
    }
    for (const x of segMs) {
      if (members.has(x)) continue;
      const pre = ctx.text.slice(Math.max(0, x.start - 40), x.start);
      if (/\b(?:in|at|from|near)\s+(?:the\s+)?$/.test(pre) && !(kindOf(tg.word) === 'visit' && /\bvisit\w*\s+(?:to\s+)?(?:the\s+)?$/.test(pre)) || /\p{Lu}[\p{L}]+,\s+$/u.test(pre)) continue;
      // "the future of Macao", "the handover of Macao", "the problems of Afghanistan and Kampuchea": what the talks are about, not a party
      if (/\b(?:future|handover|status|sovereignty|return|fate|questions?|issues?|problems?|reunification|independence|occupation|situation|crisis|conflict|war)\s+(?:of|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+(?:and|or)\s+(?:the\s+)?)?$/iu.test(pre)) continue;
      if (x.form === 'demonym' && !demonymActor(ctx, x)) continue;
      if (x.start >= tg.end && TOPIC_OF_PURPOSE.test(ctx.text.slice(tg.end, x.start))) continue;
      if (x.kind === 'country' && ECONOMIC_MODIFIER.test(ctx.text.slice(x.end, x.end + 40))) continue;
      // "… set up after the Uruguay meeting": a state right before the next call noun belongs to that call
      if (ownedByNext(x) && x.form !== 'demonym' && /\bthe\s+$/i.test(pre)) continue;
      // a capital stands for its government as a partner ("talks with Washington", "consultations with Tokyo") or as a
      // subject with its verb before the call ("Moscow has agreed to discuss … in its talks"); elsewhere it is where the call takes place
      const capitalActor = x.form === 'capital' && kindOf(tg.word) !== 'visit' && (/\b(?:with|between)\s+$/.test(pre) || (x.end <= tg.start && /^\s+(?:has|have|had|is|was|will|would|wants?|wanted|agreed|says|said)\b/.test(ctx.text.slice(x.end, x.end + 12))));
      if (x.kind === 'country' && !represented.has(x.id) && (x.form !== 'capital' || capitalActor || (kindOf(tg.word) === 'visit' && x.start > tg.start))) {
        addActor(actorOf(x));
        represented.add(x.id);
      }
    }
  }
  // "both he and trade representative Clayton Yeutter were disappointed at the outcome of talks with Japan": parties who
  // all stand for one state talk with the state named after "with" (else the call would be that state's own, dropped
  // below), or with the dateline's state for talks "here" ("Lyng and Yeutter took a hardline stance … in talks here" in Tokyo)
  const ownState = soleState([...parts.values()], ctx);
  const withState = ownState ? segMs.find((x) => x.kind === 'country' && x.form !== 'demonym' && x.id !== ownState && x.start >= tg.end && /\b(?:with|between)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(tg.end, x.start - 14), x.start))) : undefined;
  if (withState) addActor(actorOf(withState));
  else if (ownState && ctx.datelineCountry && ctx.datelineCountry !== ownState && /^\s+here\b/i.test(ctx.text.slice(tg.end, tg.end + 6))) addActor({ label: 'Country', key: ctx.datelineCountry });
  // "In a telephone call to Kohl, Reagan said …": a call in the lead-in of the attribution is the speaker's
  if (att && att.start === s.start && tg.start >= att.start && tg.end <= att.npStart && /^\s*(?:(?:speaking|talking|writing)\s+)?(?:in|during|after|at|following)\b/i.test(s.text)) {
    const sp = att.speakers.find((x) => x.kind === 'leader');
    if (sp) addActor(actorOf(sp));
  }
  // "Tindemans said after talks with King Hussein", "He told reporters after meeting with President Suharto that …": the speaker took part.
  if (att && TOLD_AFTER_CALL.test(ctx.text.slice(Math.max(s.start, tg.start - 45), tg.start))
    && (tg.start >= att.end && tg.start - att.end <= 30 || tg.start >= verbEnd && verbEnd >= 0 && tg.end <= att.end)) {
    const sp = att.speakers.find((x) => x.kind === 'leader');
    if (sp) addActor(actorOf(sp));
    else if (att.pronoun && so.lastSubject) addActor(so.lastSubject);
  }
  // "Mulroney said progress was made in trade talks with the United States": one state named after "with" talks with the speaker's.
  // ("Japan said it would hold talks with France on April 17": the same after "hold talks" with the speaker as the pronoun subject)
  if ((tg.type === 'noun' || heldBySpeaker(t)) && parts.size === 1 && att) {
    const only = [...parts.values()][0]!;
    const withIt = only.label === 'Country' && segMs.some((x) => x.kind === 'country' && x.id === only.key && x.start > tg.end && WITH_AFTER_NOUN.test(ctx.text.slice(tg.end, x.start)));
    const sp = att.speakers.map((x) => (x.kind === 'leader' ? ctx.leaders.get(x.id)?.represents?.key : x.kind === 'country' ? x.id : x.kind === 'org' ? ORGS.get(x.id)?.country : undefined)).find((c) => c !== undefined && c !== null);
    if (withIt && sp && sp !== only.key) addActor({ label: 'Country', key: sp });
  }
  // "De Croo was also in Washington for trade talks": talks held where one is are with that country (so are those of an
  // arrival that is no visit: "arrived in Algiers on Monday and later held talks"; an arrival "for talks" is the visit)
  if (parts.size === 1 && [...parts.values()][0]!.label !== 'Organization') {
    const arrived = /\b(?:arriv(?:ed|es|ing|e)|(?:is|was|are|were|will be|would be)\s+(?:also\s+|now\s+|currently\s+|still\s+|already\s+)?)\s*in\s+$/i;
    const there = (ctx.bySentence[s.index] ?? []).find((x) => (x.kind === 'place' || x.kind === 'country') && x.end <= tg.start && arrived.test(ctx.text.slice(Math.max(s.start, x.start - 24), x.start)) && /^\s+(?:\S+\s+){0,4}?for\s+(?:\S+\s+){0,2}$/i.test(ctx.text.slice(x.end, tg.start)) || (x.kind === 'place' || x.kind === 'country') && /\barriv(?:ed|es|ing)\s+in\s+$/i.test(ctx.text.slice(Math.max(s.start, x.start - 16), x.start)));
    // ("arrived here last night for talks on oil aid" in a CARACAS story: with the dateline's country)
    const arrivedHere = /\barriv(?:ed|es|ing|e)\s+here\s+(?:\S+\s+){0,4}?for\s+(?:\S+\s+){0,2}$/i.test(ctx.text.slice(s.start, tg.start));
    const c = there ? (there.kind === 'country' ? there.id : (PLACES.get(there.id) as (PlaceData & { country?: string }) | undefined)?.country) : arrivedHere ? ctx.datelineCountry : undefined;
    const own = countryOfActor([...parts.values()][0]!, ctx);
    if (c && c !== own) addActor({ label: 'Country', key: c });
  }
  // "his talks in Washington last week": a leader's talks in another state's capital are with that state
  if (parts.size === 1 && [...parts.values()][0]!.label === 'Leader' && tg.type === 'noun' && /^(?:talks|meetings?|discussions|negotiations)$/i.test(tg.word)) {
    const capital = segMs.find((x) => x.kind === 'country' && x.form === 'capital' && /^\s+in\s+$/i.test(ctx.text.slice(tg.end, x.start)));
    if (capital && capital.id !== countryOfActor([...parts.values()][0]!, ctx)) addActor({ label: 'Country', key: capital.id });
  }
  // "in meetings with leaders of the Senate and House of Representatives", "Abe met Senate and Democratic leaders": a
  // foreign leader or state meeting the U.S. Congress's leaders or members meets the Congress (not its own people)
  if (parts.size === 1 && /^(?:talks|meetings?|discussions|meet|consultations|negotiations)$/i.test(tg.word)
    && CONGRESS_PARTNER.test(ctx.text.slice(tg.end, segEnd))) {
    // (an international body's official too: "De Zeeuw, chairman of the GATT's negotiating group on agriculture, met … with members
    // of the House Agriculture Committee")
    const only = [...parts.values()][0]!;
    const own = countryOfActor(only, ctx);
    const rep = only.label === 'Leader' ? ctx.leaders.get(only.key)?.represents : only;
    const international = rep?.label === 'Organization' && ORGS.get(rep.key)?.kind === 'international';
    if ((own && own !== 'US') || (!own && international)) addActor({ label: 'Organization', key: 'us-congress' });
  }
  // "Talks are due to begin in Moscow on Wednesday.": a call opening a sentence that names no party continues the story's
  // latest call, or before any call is between the two states of the story's first sentence
  if (parts.size === 0 && opensNamingNoParty(ctx, s, tg)) {
    if (calls.length > 0) for (const p of latestCallNamed(ctx, s, calls).participants) addActor(p);
    else if (s.index > 0) for (const c of leadOrStoryPair(ctx)) addActor({ label: 'Country', key: c });
  }
  // "the next formal talks would be Monday", "A second round of talks is set for tomorrow": the next round between the parties of the latest such call
  if (parts.size === 0 && tg.type === 'noun' && /\b(?:next|(?:second|third|fourth|fifth|another|further|fresh|new|final)\s+round\s+of)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) {
    const last = [...calls].reverse().find((c) => kindClass(c.kind) === kindClass(kindOf(tg.word)) && c.kind !== 'summit');
    if (last) for (const p of last.participants) addActor(p);
  }
  // "A communique issued at the end of a two-day ministerial meeting" (after "Foreign Ministers of ASEAN said"), "a two-day
  // summit meeting of heads of government" (in a sentence on EC ministers): one gathering of ministers or heads of
  // government that names no party is the international body's named last, in its sentence or the one before
  // (and so is one that names only a leader who attends it: see attendeeOnly)
  const ministersAfter = MINISTERIAL_AFTER.exec(ctx.text.slice(tg.end, segEnd));
  if ((parts.size === 0 || attendeeOnly(parts)) && tg.type === 'noun' && /^(?:summit|meeting|session|conference)$/i.test(gatheringNoun(tg.word)) && !discussed && !GATHERING_NOT_HELD.test(before)
    // (not "the fifth ministerial meeting of the informal group of Latin American … exporters": the group named after it is its own)
    && (ministersAfter || (MINISTERIAL_BEFORE.test(before) && !/^\s+of\b/i.test(ctx.text.slice(tg.end, segEnd))))
    // (nor "a meeting of UMOA finance ministers": a body the gazetteer does not know, named in the phrase, is the one)
    && !unknownName(ctx, segMs, ministersAfter ? tg.end : Math.max(segStart, tg.start - 30), ministersAfter ? tg.end + ministersAfter[0].length : tg.start)) {
    const from = ctx.sentences[Math.max(0, s.index - 1)]!.start;
    const body = [...ctx.mentions].reverse().find((x) => isInternationalBody(x) && x.start >= from && x.end <= tg.start);
    if (body) addActor(actorOf(body));
  }
  // "The ministers met in Luxembourg yesterday" in a story of the EC: the story's body (storyBodyOfMembers)
  if (parts.size === 0) addActor(storyBodyOfMembers(t));
  for (const c of bilateralPair(t, [...parts.values()])) addActor({ label: 'Country', key: c });
  // "China and Israel … discussed … at a meeting in New York", "at a U.S.-Israeli trade meeting": the pair takes part
  if (tg.type === 'noun') for (const x of [...statePairSubject(ctx, s, tg), ...hyphenPairBefore(ctx, s, tg.start)]) addActor(actorOf(x));
  for (const a of mendingPair(t, [...parts.values()])) addActor(a);
  // "the bank's 20th annual meeting" in a story of the Asian Development Bank
  if (!hasBody(parts.values())) addActor(bodyOfHeadPossessive(t));
  if (hasBody(parts.values())) {
    // "Howe said at a meeting of EC foreign ministers": the speaker placed at a body's gathering takes part
    addActor(speakerAtGathering(t));
    // "Poland's talks in Washington with the World Bank and the IMF": the state whose talks they are
    addActor(stateOwningCall(t, parts));
    // "he (Indonesia's Subroto) said this would be decided at the next OPEC meeting in June": a member's leader who tells of it
    addActor(memberSpeaker(t, parts));
  }
  // "The two sides will meet again in May", "he will hold talks with his counterpart", "The delegation arrived here
  // yesterday": parties the sentence leaves to the story's two states (storyPairParties)
  for (const a of storyPairParties(t, [...parts.values()])) addActor(a);
  const bodyMeets = hasBody(parts.values()) && /summit|talks|meet|session|consultation|conference/i.test(tg.word) && !discussed;
  // a leader and his own country are one party ("Reagan … following a meeting with his top economic advisers")
  const ownLed = new Set([...parts.values()].filter((p) => p.label === 'Leader').map((p) => countryOfActor(p, ctx)));
  const distinct = [...parts.values()].filter((p) => !(p.label === 'Country' && ownLed.has(p.key))).length;
  if ((parts.size < 2 || distinct < 2) && !bodyMeets) return;
  const kind = visitsPerson ? 'meeting' : kindOf(tg.word);
  const { date, precision } = callDay(t, trip, partner);
  // "Shultz met separately with Shevardnadze and Wu": one call per partner of the subject.
  const all = [...parts.values()];
  const subjectKey = ss.clauseSubject ? actorKey(ss.clauseSubject) : null;
  const groups = tour ?? (SEPARATELY.test(ctx.text.slice(segStart, Math.min(segEnd, tg.end + 20))) && subjectKey !== null && parts.has(subjectKey) && all.length >= 3
    ? all.filter((p) => actorKey(p) !== subjectKey).map((p) => [ss.clauseSubject!, p])
    : [all]);
  // "Talking before his departure for Paris, he said": a trip told as ahead of what the clause reports is still to come
  // "asked for consultations with Tokyo", "will seek new talks with Washington": a call asked for is still to come
  const requested = tg.type === 'noun' && REQUESTED.test(before);
  const tripAhead = kind === 'visit' && /^(?:depart|visit|trip|(?:scheduled |expected |planned )?arrival)/i.test(ctx.text.slice(tg.start, tg.end)) && /\b(?:before|ahead of|on the eve of|prior to|in time for)\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w-]+\s+){0,2}$/i.test(before);
  // "left Brazil early today to attend a weekend meeting", "flew to Moscow yesterday for talks with Gorbachev": a departure
  // told in the past leads to talks or a meeting still ahead (unless the call has a day of its own before the story's)
  const departedFor: boolean = tg.type === 'noun' && DEPARTED_FOR.test(ctx.text.slice(s.start, tg.start)) && !(date !== null && date.slice(0, 10) < ctx.pub.slice(0, date.length));
  for (const group of groups) {
    const participants = [...group].sort(byActorKey);
    const id = callId(date, ctx.pub, kind, participants);
    let call = calls.find((c) => c.id === id);
    if (!call) {
      call = {
        id, kind, status: (tense === 'future' || proposing || tripAhead || requested || departedFor) && !nearTrigger(CANCELLED, seg, tg.start - segStart, tg.end - segStart) && !nearTrigger(POSTPONED, seg, tg.start - segStart, tg.end - segStart) ? 'planned' : afterHeld(statusOf(lead, ownClause, date, ctx.pub, tg.start - segStart, tg.end - segStart)), date, precision, participants, places: [], reports: new Set(),
        confidence: date !== null && precision === 'day' ? 0.9 : 0.7,
      };
      // "the visiting Polish leader": a visit under way
      if (visitingNow && call.status === 'unknown') call.status = 'held';
      // a call dated in a month before the story's is behind, whatever the sentence looks ahead to ("will gather for the
      // first time since their February talks in Paris", "the February meeting produced scant promise", told in April)
      if (call.status === 'planned' && date !== null && date.length >= 7 && date.slice(0, 7) < ctx.pub.slice(0, 7)) call.status = 'held';
      // ("This week's meeting, which began yesterday, is due to end Friday": a call that began before the story's day is under way)
      if (call.status === 'planned' && date !== null && precision === 'day' && date < ctx.pub.slice(0, 10) && relativeStartDay(t) !== undefined) call.status = 'held';
      // "who is in Rome today", "was in Britain": a stay under way or done, whatever is told of next
      if (/^(?:is|was)\s+(?:\w+\s+)?in$/i.test(ctx.text.slice(tg.start, tg.end)) && !/\b(?:due|expected)\b/i.test(ctx.text.slice(tg.start, tg.end)) && (call.status === 'planned' || call.status === 'unknown')) call.status = 'held';
      // "here on a two-day official visit", "on the first day of the German leader's four-day visit": under way
      if (call.status === 'unknown' && kind === 'visit' && STAY_UNDER_WAY.test(ctx.text.slice(Math.max(segStart, tg.start - 80), tg.start))) call.status = 'held';
      // "his recent trip to the U.S.", "his last visit": done
      if (call.status === 'unknown' && /\b(?:recent|last|previous|earlier|past)\s+(?:[\w-]+\s+)?$/i.test(before)) call.status = 'held';
      // a time behind told of the call itself is behind, whatever the sentence looks ahead to: "recent ICO talks", "last
      // month's talks", "the meeting of deputy oil ministers of the Gulf Cooperation Council last weekend", "a 10-day tour
      // of Europe and Japan that he and Funaro have just completed" (not "the last session before the Venice summit")
      if ((call.status === 'planned' || call.status === 'unknown')
        && (BEHIND_BEFORE.test(before) || BEHIND_AFTER.test(ctx.text.slice(tg.end, Math.min(segEnd, tg.end + 100))))) call.status = 'held';
      // "a Washington visit later this month": ahead
      if ((call.status === 'held' || call.status === 'unknown') && AHEAD_AFTER.test(ctx.text.slice(tg.end, Math.min(segEnd, tg.end + 90))) && !(date !== null && date.slice(0, 10) < ctx.pub.slice(0, date.length))) call.status = 'planned';
      // "OPEC's decision on output at its next meeting would be the critical factor, an official … told": ahead, whatever the telling
      if ((call.status === 'held' || call.status === 'unknown') && NEXT_BEFORE.test(before) && !(date !== null && date.slice(0, 10) < ctx.pub.slice(0, date.length))) call.status = 'planned';
      // "the failure of the International Coffee Organisation (ICO) meeting to agree a quota system", "the breakdown of the
      // talks": a call that failed took place, whatever the clause looks ahead to
      if ((call.status === 'planned' || call.status === 'unknown') && FAILED_CALL.test(ctx.text.slice(Math.max(segStart, tg.start - 80), tg.start)) && !(date !== null && date.slice(0, 10) > ctx.pub)) call.status = 'held';
      // "is expected to hold a press conference after returning from Washington": one returns from a visit that took place
      if (/^return/i.test(ctx.text.slice(tg.start, tg.end)) && (call.status === 'planned' || call.status === 'unknown')) call.status = 'held';
      calls.push(call);
      const namedAt = (p: ActorRef): number[] => segMs.filter((x) => {
        const a = actorOf(x);
        return a !== null && actorKey(a) === actorKey(p);
      }).map((x) => x.start);
      if (participants.every((p) => namedAt(p).length > 0 && namedAt(p).every((at) => at >= tg.end))) objectsOnly.add(call);
      if (date === null && RECENT_BEFORE.test(ctx.text.slice(Math.max(segStart, tg.start - 60), tg.start))) so.toldEarlier.add(call);
      if (date === null && tg.type === 'noun' && COUNTED_CALL_NOUN.test(tg.word) && COUNTED_CALLS_BEFORE.test(ctx.text.slice(Math.max(segStart, tg.start - 60), tg.start))) so.toldEarlier.add(call);
    }
    for (const x of segMs) {
      if (x.kind === 'place' || (x.kind === 'country' && x.form === 'capital')) {
        const pre = ctx.text.slice(Math.max(segStart, x.start - 4), x.start);
        if (/\b(?:in|at)\s+$/.test(pre) && x.start > tg.start) call.places.push({ id: slugify(x.text), name: x.text });
      }
    }
    noteEndedSpan(t, call);
    applyFacts(call, ctx.pub, trigs.length === 1 ? s.text : seg);
    if (so.main === null) so.main = call;
    inSentence.push(call);
    note(s.index, call);
    const stay = guestVisitOfCallHere(t, call);
    if (stay) {
      calls.push(stay);
      note(s.index, stay);
    }
  }
}

/** Verbs whose object may be the gathering the speaker addresses: "told the meeting", "addressed the conference". */
const ADDRESSING = /^(?:told|tells|tell|telling|addressed|addresses|addressing)$/i;

/** Words of time or place between a speaker's verb and where he speaks: "said today at", "told delegates here at". */
const SPEAKER_AT = String.raw`(?:(?:today|yesterday|tonight|here|there|later|earlier|on\s+[A-Z][a-z]+day)\s+){0,2}`;
/**
 * A gathering's name up to its call noun: "the start of the Taupo", "the informal General Agreement on Tariffs and Trade
 * (GATT)", up to eight words, none that opens another clause or event ("after the meeting", "before the meeting", "at his
 * return from the London talks"), is an audience of its own ("told reporters the meeting would …") or looks ahead ("He said
 * at OPEC's next meeting, members will face …" tells what is said of the meeting, not where it is said).
 */
const GATHERING_NAME = String.raw`(?:the\s+(?:start|opening|end|close|beginning|outset|first\s+day|second\s+day)\s+of\s+)?(?:(?:the|a|an|this|its|their|[A-Z][\w.-]*['’]s)\s+)?(?:(?!(?:after|before|following|ahead|eve|that|which|who|when|where|said|says|told|if|but|while|than|reporters|journalists|newsmen|news|press|Reuters|him|her|them|it|next|coming|upcoming|forthcoming|from|return|returning|arrival)\b)[\w'’().-]+\s+){0,8}$`;
/**
 * What lies between the speaker's verb and the gathering he is placed at: "said at the start of the Taupo meeting", "said
 * today at a meeting of EC foreign ministers", "said in a speech to the annual meeting"; after a verb of ADDRESSING
 * (TOLD_GATHERING) its object too: "told the EC foreign ministers meeting", "told delegates at the informal GATT meeting".
 */
const SAID_AT_GATHERING = new RegExp(String.raw`^\s+${SPEAKER_AT}(?:(?:in|during)\s+(?:a|an|his|her|its|the)\s+(?:speech|address|statement|remarks)\s+)?(?:at|to)\s+${GATHERING_NAME}`, 'i');
const TOLD_GATHERING = new RegExp(String.raw`^\s+(?:(?:the\s+)?(?:delegates|ministers|participants|members|representatives|officials|reporters|journalists|newsmen)\s+(?:${SPEAKER_AT})(?:at|to)\s+)?${GATHERING_NAME}`, 'i');

/**
 * The speaker a sentence places at the gathering its call noun tells, who takes part in it when it is an international body's
 * ("Howe said at a meeting of EC foreign ministers", "Concepcion said at the start of the Taupo meeting" after the informal
 * GATT meeting was told, "Carney told delegates at the informal meeting"): a leader who speaks, else the state that does,
 * else the one "he" stands for. Null when the call word is no noun after the attribution's verb or the gap between them
 * places the speaker elsewhere (a body speaking of its own meeting is already a party).
 */
function speakerAtGathering(t: TriggerScope): ActorRef | null {
  const { ctx, s, att } = t.sc;
  const { tg, so } = t;
  if (!att || tg.type !== 'noun' || !/^(?:meeting|session|conference|summit|talks)$/i.test(gatheringNoun(tg.word))) return null;
  const verbAt = ctx.text.indexOf(att.verb, att.npStart);
  if (verbAt < 0 || verbAt + att.verb.length > tg.start || tg.end > s.end) return null;
  const gap = ctx.text.slice(verbAt + att.verb.length, tg.start);
  if (/["“”;]/.test(gap) || !(SAID_AT_GATHERING.test(gap) || (ADDRESSING.test(att.verb) && TOLD_GATHERING.test(gap)))) return null;
  const sp = att.speakers.find((x) => x.kind === 'leader') ?? att.speakers.find((x) => x.kind === 'country');
  if (sp) return actorOf(sp);
  return att.pronoun ? so.lastSubject : null;
}

/**
 * The speaker of a sentence telling of a gathering of an international body, its only party, when he is a leader of one of
 * its member states (organizations.json `members`), who takes part in it: "Asked if OPEC would increase production …, he
 * (Indonesia's oil minister Subroto) said this would be decided at the next OPEC meeting in June"; "Japanese officials
 * travelling with Finance Minister Kiichi Miyazawa told Reuters the G-7 will meet today". Not a leader of another state
 * (the U.S. Treasury Secretary on OPEC's meeting), not a state speaking (its unnamed officials), not a visit.
 */
function memberSpeaker(t: TriggerScope, parts: Map<string, ActorRef>): ActorRef | null {
  const { ctx, att, s } = t.sc;
  const { tg } = t;
  const all = [...parts.values()];
  if (!att || all.length !== 1 || all[0]!.label !== 'Organization' || !/^(?:meeting|summit|talks)$/.test(kindOf(tg.word))) return null;
  const members = ORGS.get(all[0]!.key)?.members;
  if (!members) return null;
  const sp = att.speakers.find((x) => x.kind === 'leader');
  const who = sp ? actorOf(sp) : att.pronoun && t.so.lastSubject?.label === 'Leader' ? t.so.lastSubject : null;
  const home = who ? countryOfActor(who, ctx) : null;
  if (!who || !home || !members.includes(home)) return null;
  // only a minister or a head of state or government (not a legislator, spokesman or official), and one of the rank the
  // gathering names: not a president at "meetings of Group of Seven finance ministers", nor a minister at "an EC heads of
  // government summit"; nor a committee's or board's meeting, which only some members sit on
  const role = ctx.leaders.get(who.key)?.role;
  if (role !== 'minister' && role !== 'head_of_state' && role !== 'head_of_government') return null;
  const around = ctx.text.slice(Math.max(s.start, tg.start - 50), Math.min(s.end, tg.end + 50));
  if (/\b(?:committee|board)\b/i.test(around)) return null;
  // (nor a gathering of a lower rank: "European Community trade experts will meet in Brussels tomorrow …, British Prime
  // Minister Margaret Thatcher said", "NATO ambassadors met")
  if (LOWER_RANK_GATHERING.test(around)) return null;
  if (/\bheads?\s+of\s+(?:state|government)|\bleaders\b/i.test(around) ? role === 'minister' : /\bministers\b/i.test(around) && role !== 'minister') return null;
  // ("EC farm ministers will meet" told by a foreign minister: the portfolio the gathering names is his, if it names one)
  const field = /\b(farm|agricultur\w*|finance|foreign|trade|oil|energy|petroleum|economic|economy)\s+ministers\b/i.exec(around)?.[1];
  const title = ctx.leaders.get(who.key)?.title ?? '';
  if (field && !PORTFOLIO.some((words) => words.test(field) && words.test(title))) return null;
  // (not "Goria, who declined to attend the February meeting of the Group of Seven")
  if (NOT_ATTEND.test(ctx.text.slice(Math.max(s.start, tg.start - 60), tg.start))) return null;
  return who;
}

/** The people of a gathering below a minister's rank, whom no minister or head of government joins: "trade experts", "ambassadors". */
const LOWER_RANK_GATHERING = /\b(?:experts|ambassadors|deputies|(?:senior\s+|government\s+)?officials|civil\s+servants)\b/i;

/** Portfolios a gathering of ministers names, each with the titles that hold it ("finance ministers": the Chancellor of the Exchequer, the Treasury Secretary). */
const PORTFOLIO = [/farm|agricultur/i, /financ|exchequer|treasury/i, /foreign|external|secretary of state$/i, /trade|commerce/i, /oil|energy|petroleum|mines/i, /econom|financ|exchequer|treasury/i];

/**
 * The state whose call an international body's call noun is, named right before it with "'s" and up to two words: "Poland's
 * talks in Washington with the World Bank and the IMF" (the state is found apart from the two bodies, which already make two
 * parties), "Brazil's IMF negotiations". Not when one of its leaders already takes part.
 */
function stateOwningCall(t: TriggerScope, parts: Map<string, ActorRef>): ActorRef | null {
  const { ctx } = t.sc;
  const { tg, segMs } = t;
  if (tg.type !== 'noun') return null;
  const x = segMs.find((m) => m.kind === 'country' && m.form !== 'demonym' && m.end <= tg.start && /^['’]s?\s+(?:[\w-]+\s+){0,2}$/.test(ctx.text.slice(m.end, tg.start)));
  if (!x || [...parts.values()].some((p) => p.label === 'Leader' && countryOfActor(p, ctx) === x.id)) return null;
  return actorOf(x);
}

/** A body named by the head noun of its name with "the …'s" before a gathering: "the bank's 20th annual meeting", "the group's Venice summit". */
const HEAD_POSSESSIVE = /\b[Tt]he\s+(bank|fund|community|group|organi[sz]ation|council|conference|club|alliance|association)['’]s\s+(?:(?!(?:board|directors|shareholders|stockholders|news|press|staff)\b)[\w-]+\s+){0,3}$/i;

/**
 * The international body a gathering "the bank's annual meeting" is of, its call noun starting at `start`: the body named last
 * before it whose name holds that head noun ("The Asian Development Bank (ADB) will not change its decision … Taiwan had been
 * invited to the bank's 20th annual meeting"; "the Group of 77 … the group's regional ministerial conference"). None when no
 * such body was named before (a company's "group", a state's central bank), nor for a board, shareholders' or news meeting.
 */
function headPossessiveBody(ctx: ArticleContext, start: number): Mention | undefined {
  const head = HEAD_POSSESSIVE.exec(ctx.text.slice(Math.max(0, start - 60), start));
  if (!head) return undefined;
  const word = new RegExp(String.raw`\b${head[1]!.replace(/s$/, '')}`, 'i');
  return [...ctx.mentions].reverse().find((x) => isInternationalBody(x) && x.end <= start - head[0].length && word.test(ORGS.get(x.id)!.name));
}

/** The body of a gathering noun told "the bank's annual meeting" (headPossessiveBody), as a party. */
function bodyOfHeadPossessive(t: TriggerScope): ActorRef | null {
  const { tg } = t;
  if (tg.type !== 'noun' || !/^(?:meeting|session|conference|summit)$/i.test(gatheringNoun(tg.word))) return null;
  const body = headPossessiveBody(t.sc.ctx, tg.start);
  return body ? actorOf(body) : null;
}

/** Whether a call has an international body among its parties. */
function hasBody(participants: Iterable<ActorRef>): boolean {
  return [...participants].some((p) => p.label === 'Organization' && ORGS.get(p.key)?.kind === 'international');
}

/**
 * Adds the speaker placed at a body's gathering that a definite noun refers back to ("The informal GATT meeting gave
 * ministers … Concepcion said at the start of the Taupo meeting"): he joins it, his state giving way to him.
 */
function joinReferredGathering(t: TriggerScope, ref: CallRecord): void {
  const sp = hasBody(ref.participants) ? speakerAtGathering(t) : null;
  if (!sp || ref.participants.some((p) => actorKey(p) === actorKey(sp))) return;
  const ctx = t.sc.ctx;
  const led = sp.label === 'Leader' ? countryOfActor(sp, ctx) : null;
  ref.participants = [...ref.participants.filter((p) => !(p.label === 'Country' && p.key === led)), sp].sort(byActorKey);
  ref.id = callId(ref.date, ctx.pub, ref.kind, ref.participants);
}

/**
 * The members of a body as the subject of a gathering, with nothing before them in their clause but "when", "once" …: "the
 * ministers met in Luxembourg yesterday", "Farm ministers began a two-day meeting", "when finance ministers hold an informal
 * meeting", "the council was meeting at 1530 GMT", "member states will meet on March 19" (not "cabinet ministers", "the city
 * council", "executive committee": a state's own bodies; nor "Xuto told delegates this session": the members as an audience).
 */
const MEMBERS_SUBJECT = /(?:^\s*|\b(?:when|once|after|before|until|while|where)\s+)(?:(?:the|some|all|a)\s+)?(?:(?!(?:cabinet|government|party|opposition|state|city|town|municipal|national|security|executive|supreme|privy|federal|regional|provincial|junior|senior|two|both|the|to|of|by|and|with|for|from|who|which|that|he|she|they|it|told|tells?|said|says|asks?|urges?|warns?|[a-z]+ed)\b)[a-z][a-z-]*\s+){0,2}?(?:ministers|delegates|delegations|council|member\s+(?:states|countries|nations))(?:['’]|\s+(?:(?:will|would|shall|are|were|is|was|also|again|then|later|to|due|expected|scheduled|set|have|has|had|began|begin|begins|opened|open|opens|hold|holds|held|start|started|starts|ended|end|ends)\s+){0,3}(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?)\s*$/i;

/** A pronoun subject of a call verb in a clause of time, and its auxiliaries: "when it meets ", "once they next ", "when they meet again"'s "when they ". */
const WHEN_PRONOUN_MEETS = String.raw`\b(?:when|once|after|before|until)\s+(?:it|they)\s+(?:(?:next|again|first|finally|will|would|are|is|to)\s+)*$`;

const WHEN_PRONOUN_MEETS_RE = new RegExp(WHEN_PRONOUN_MEETS, 'i');

/** The members as the sentence's subject, then "they" in a clause of time: "Ministers hope to approve a closure program when they ". */
const MEMBERS_THEN_THEY = new RegExp(String.raw`^\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:ministers|delegates|delegations)\s+[^,;]*?` + WHEN_PRONOUN_MEETS, 'i');

/** The members' word right before a gathering noun, as a compound: "council meeting", "delegates session". */
const MEMBERS_COMPOUND = /\b(?:ministers|delegates|delegations|council|member\s+(?:states|countries|nations))\s+$/i;

/** The international body a story is about: the only one it names twice or more (null when none or several are). */
const storyBodies = new WeakMap<ArticleContext, string | null>();
function storyBody(ctx: ArticleContext): string | null {
  let found = storyBodies.get(ctx);
  if (found !== undefined) return found;
  const counts = new Map<string, number>();
  for (const x of ctx.mentions) if (isInternationalBody(x)) counts.set(x.id, (counts.get(x.id) ?? 0) + 1);
  const twice = [...counts].filter(([, n]) => n >= 2);
  found = twice.length === 1 ? twice[0]![0] : null;
  storyBodies.set(ctx, found);
  return found;
}

/**
 * A gathering whose subject is a body's members with no party named in its clause, in a story about one international body,
 * is that body's ("EC farm ministers agree …" then "The ministers met in Luxembourg yesterday": the EC; "… when finance
 * ministers hold an informal meeting in Belgium" in a story on the EC's EMS). The story's context carries the party the
 * sentence leaves out; a meeting told before merges with it by its day (callId).
 */
function storyBodyOfMembers(t: TriggerScope): ActorRef | null {
  const { ctx } = t.sc;
  const { tg, segStart } = t;
  if (kindOf(tg.word) === 'visit' || kindOf(tg.word) === 'phone call') return null;
  const body = storyBody(ctx);
  const lead = ctx.text.slice(segStart, tg.start);
  if (body === null || !(MEMBERS_SUBJECT.test(lead) || MEMBERS_THEN_THEY.test(lead))) return null;
  // ("The semi-annual council meeting is scheduled to run until March 27", "A full council meeting was set for 1900 hours": a
  // compound names a sitting of the story's meeting under way, not the members gathering anew)
  if (tg.type === 'noun' && MEMBERS_COMPOUND.test(lead)) return null;
  return { label: 'Organization', key: body };
}

/** A call noun's aim to mend relations with a state named last: "a meeting of prime ministers to improve relations with". */
const TO_MEND_RELATIONS = /^\s+(?:of\s+(?:(?:their|the)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:ministers|premiers|leaders|officials|envoys|delegates|representatives)\s+)?(?:(?:in order|aimed at|designed|meant|intended)\s+)?to\s+(?:(?:help|further)\s+)?(?:improve|improving|normali[sz]e|restore|mend|repair|develop|strengthen|expand|promote|discuss|review|boost)\s+(?:(?:their|bilateral|diplomatic|economic|trade|political)\s+){0,2}(?:relations|ties)\s+with\s+(?:the\s+)?$/i;

/**
 * The two sides of a call proposed to mend relations, named apart: "South Korea proposed a meeting of prime ministers to
 * improve relations with North Korea" (a meeting KR+KP, planned). The state named after "relations with" is one side (the
 * country loop above already took it); the speaker's state (or the state opening the sentence) is the other. Nothing when
 * the call already has two parties or the speaker is of the same state.
 */
function mendingPair(t: TriggerScope, parts: ActorRef[]): ActorRef[] {
  const { sc: { ctx, s, att }, tg, segMs, segEnd } = t;
  if (tg.type !== 'noun' || parts.length !== 1 || parts[0]!.label !== 'Country') return [];
  const other = parts[0]!.key;
  const named = segMs.some((x) => x.kind === 'country' && x.id === other && x.start >= tg.end && x.end <= segEnd && TO_MEND_RELATIONS.test(ctx.text.slice(tg.end, x.start)));
  if (!named) return [];
  const speaker = att?.speakers.map((x) => (x.kind === 'leader' ? ctx.leaders.get(x.id)?.represents?.key : x.kind === 'country' && x.form !== 'demonym' ? x.id : undefined)).find((c) => c !== undefined && c !== null);
  const opener = (ctx.bySentence[s.index] ?? []).find((x) => x.kind === 'country' && x.form !== 'demonym' && /^\s*(?:the\s+)?$/i.test(ctx.text.slice(s.start, x.start)));
  const own = speaker ?? opener?.id;
  return own && own !== other ? [{ label: 'Country', key: own }] : [];
}

/**
 * "Reagan, who will hold talks with Japanese Prime Minister Yasuhiro Nakasone here this week" (WASHINGTON): the foreign
 * leader met "here" is in the dateline's state, so he visits it, besides the talks (the gold keeps a trip for talks as two
 * facts). Returns that visit, with the talks' status and day, unless the story already told it.
 */
function guestVisitOfCallHere(t: TriggerScope, call: CallRecord): CallRecord | null {
  const { sc: { ctx }, so, tg, segMs, segEnd } = t;
  const host = ctx.datelineCountry;
  if (!host || call.kind === 'visit') return null;
  const guest = segMs.find((x) => x.kind === 'leader' && x.start > tg.end && x.end < segEnd
    && /^\s+with\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.'’-]*\s+|of\s+)*$/u.test(ctx.text.slice(tg.end, x.start)) && /^\s+here\b/.test(ctx.text.slice(x.end, x.end + 6)));
  const home = guest ? ctx.leaders.get(guest.id)?.represents?.key : undefined;
  if (!guest || !home || home === host || !call.participants.some((p) => p.label === 'Leader' && p.key === guest.id)) return null;
  const participants = [{ label: 'Country', key: host } as ActorRef, actorOf(guest)!].sort(byActorKey);
  if (so.calls.some((c) => c.kind === 'visit' && participants.every((p) => c.participants.some((q) => actorKey(q) === actorKey(p))))) return null;
  return { ...call, id: callId(call.date, ctx.pub, 'visit', participants), kind: 'visit', participants, places: [], reports: new Set() };
}

/**
 * The international bodies of `segMs` that take part in the call of trigger `t` as such, beside the bodies `ofBodies` its
 * noun names ("meetings of the IMF and the World Bank").
 */
function bodiesMeetingAsSuch(t: TriggerScope, segMs: Mention[], ofBodies: Mention[]): Mention[] {
  const { ctx, s } = t.sc;
  const { tg } = t;
  const found: Mention[] = [];
  // ("a meeting held here under the auspices of UNCTAD", "a World Bank sponsored donors' conference": the body that convenes it)
  const convener = tg.type === 'noun' ? convenerOf(ctx, segMs, tg) : undefined;
  if (convener) found.push(convener);
  const owner = tg.type === 'noun' ? bodyOwningGathering(ctx, segMs, tg) : undefined;
  if (owner && owner !== convener) found.push(owner);
  for (const x of segMs) {
    if (x.kind !== 'org' || ORGS.get(x.id)?.kind !== 'international' || x === convener) continue;
    const gap = x.end <= tg.start ? gapAfterBody(ctx, segMs, x, tg.start) : ctx.text.slice(tg.end, x.start);
    // ("an EC heads of government summit meeting", "the IMF interim committee meeting", "the June summit of heads of major
    // industrial democracies": the body's leaders after the noun)
    if (bodyNextToNoun(gap) || ofBodies.includes(x)) found.push(x);
    // "Negotiations have been under way between the European Community and the Gulf Cooperation Council": both bodies
    else if (tg.type === 'noun' && x.start >= tg.end && BODIES_AFTER.test(gap)) found.push(x);
    // "OPEC is scheduled to meet in Vienna": the body as the subject of a call verb
    // ("European Community agriculture ministers will meet tomorrow": its ministers, officials or leaders as the subject;
    // "The ICO executive board will meet from March 30", "The IMF Interim Committee is to meet": one of its organs)
    // ("new agreements by the G-5 and G-7 nations, which are meeting this week": the body a relative clause opens on)
    // ("the G-5 nations, who are to meet today"; "…, which are meeting this week" is read as the noun)
    else if (x.end <= tg.start && BODY_WHICH_MEETS.test(gapAfterBody(ctx, segMs, x, tg.start)) && /^meet/i.test(ctx.text.slice(tg.start, tg.end))
      && (tg.type === 'verb' || /\b(?:is|are|was|were)\s+$/i.test(ctx.text.slice(x.end, tg.start)))) found.push(x);
    else if (tg.type === 'verb' && x.end <= tg.start && /^\)?\s+(?:(?:[\w-]+\s+){0,2}(?:ministers|officials|leaders|representatives|delegates|envoys|negotiators|experts|members|council|board|committee)\s+)?(?:(?:is|are|was|were|will|would|has|have|had|also|again|not|expected|scheduled|due|set|to|likely|plans?|planned)\s+){1,4}$/i.test(gap) && /^(?:meet|hold)/i.test(ctx.text.slice(tg.start, tg.end))) found.push(x);
    // "He expected OPEC to raise prices to 20 dlrs when it meets on December 9": the body the pronoun of a clause of time
    // stands for, with no other party between
    // (only "it", and no other party in the clause before it: in "Nakasone and Reagan are likely to reaffirm the … Group of Seven
    // (G-7) agreements … when they meet", "they" are the leaders)
    else if (tg.type === 'verb' && x.end <= tg.start && /^meet/i.test(ctx.text.slice(tg.start, tg.end)) && WHEN_PRONOUN_MEETS_RE.test(ctx.text.slice(x.end, tg.start))
      && /\bit\s+(?:[a-z]+\s+)*$/i.test(ctx.text.slice(Math.max(x.end, tg.start - 30), tg.start)) && !/[;"]/.test(ctx.text.slice(x.end, tg.start))
      && !segMs.some((y) => y !== x && y.kind !== 'place' && y.end <= tg.start)) found.push(x);
    // "EC agriculture ministers gave their support … at a meeting in Luxembourg", "The U.N. Security Council was called to a
    // private meeting": a body opening the sentence, with no one else named before the call noun, meets as such
    else if (tg.type === 'noun' && /^(?:meeting|session|talks|summit|conference)s?$/i.test(gatheringNoun(tg.word)) && x.end <= tg.start && /^\s*(?:the\s+)?(?:\S+\s+){0,2}$/i.test(ctx.text.slice(s.start, x.start))
      && !/[;]|\b(?:said|told|says)\b/i.test(ctx.text.slice(x.end, tg.start)) && !segMs.some((y) => y !== x && y.kind !== 'place' && y.kind !== 'org' && y.end <= tg.start && y.start >= x.end)) found.push(x);
  }
  return found;
}

/** The people of a body who gather: "finance ministers", "central bankers", "Deputy Finance Ministers", "officials". */
const BODY_PEOPLE = String.raw`(?:[\w-]+\s+){0,2}?(?:[Mm]inisters|[Oo]fficials|[Gg]overnors|[Bb]ankers|[Dd]elegates|[Dd]elegations|[Rr]epresentatives|[Ee]xperts|[Ee]nvoys|[Nn]egotiators|[Ll]eaders|[Hh]eads)`;
/**
 * A gathering noun's "of" phrase naming the people of a body, up to the words before the body: " in Havana of officials of the
 * Soviet-led trade group ", " of finance ministers and central bankers of the ", " of leaders from ".
 */
const NOUN_OF_PEOPLE = new RegExp(String.raw`^\s+(?:in\s+\p{Lu}[\p{L}.'’-]*\s+)?of\s+(?:the\s+)?${BODY_PEOPLE}(?:\s+and\s+${BODY_PEOPLE})?\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$`, 'u');
/** The people of a body before it, opening a clause: "Officials of the ", "where finance ministers and central bank governors of the ". */
const PEOPLE_OF_OPENS = new RegExp(String.raw`(?:^|\b(?:where|when|as|after|and|while)\s+)(?:the\s+)?${BODY_PEOPLE}(?:\s+and\s+${BODY_PEOPLE})?\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$`, 'u');
/** Between such a body and "meet": its description and auxiliaries (" leading industrial nations will ", " of 11 debtor nations "). */
const PEOPLE_BODY_MEETS = /^(?:\s*\(\p{Lu}[\p{Lu}\d-]*\))?(?:\s+[\w-]+){0,4}?\s+(?:(?:will|would|shall|are|were|is|was|to|also|again|due|expected|scheduled|set|have|has|had)\s+){0,3}$/u;

/** The international body named after a gathering noun ending at `end` in an "of" phrase of its people (see bodyOfItsPeople). */
function peopleOfBodyAfter(ctx: ArticleContext, ms: Mention[], end: number): Mention | undefined {
  const x = ms.find((y) => isInternationalBody(y) && y.start >= end && y.start - end <= 120 && NOUN_OF_PEOPLE.test(ctx.text.slice(end, y.start)));
  // (the place the gathering is in may stand first: "a meeting in Moscow of …")
  const from = end + (/^\s+in\s+\p{Lu}[\p{L}.'’-]*/u.exec(ctx.text.slice(end, end + 40))?.[0].length ?? 0);
  return x && !ms.some((y) => y.kind !== 'place' && y.start >= from && y.end <= x.start) ? x : undefined;
}

/**
 * International bodies that gather as their people: named after the people in a call noun's "of" phrase ("a meeting in Havana of
 * officials of the Soviet-led trade group Comecon", "A meeting of finance ministers and central bankers of the Group of Five
 * ended", "the June summit of leaders from major industrial democracies"), or as the subject of "meet" ("Officials of the
 * Cartagena group of 11 debtor nations met here", "where finance ministers and central bank governors of the Group of Seven
 * leading industrial nations will meet tomorrow"). LEADERS_OF takes only a list of names right after "of"; the people's
 * own words ("central bankers"), a description before the body ("the Soviet-led trade group") or after it ("… of 11 debtor
 * nations") left these out. No other party may stand between the people and the body, nor between the body and "meet".
 */
function bodyOfItsPeople(t: TriggerScope, segMs: Mention[]): Mention[] {
  const { ctx } = t.sc;
  const { tg, segStart } = t;
  const { text } = ctx;
  const nobodyBetween = (a: number, b: number): boolean => !segMs.some((y) => y.kind !== 'place' && y.start >= a && y.end <= b);
  if (tg.type === 'noun') {
    const x = /^(?:meetings?|session|talks|summit|conference)$/i.test(gatheringNoun(tg.word)) ? peopleOfBodyAfter(ctx, segMs, tg.end) : undefined;
    return x ? [x] : [];
  }
  if (tg.type !== 'verb' || !/^(?:meet|met)/i.test(text.slice(tg.start, tg.end))) return [];
  const x = [...segMs].reverse().find((y) => isInternationalBody(y) && y.end <= tg.start);
  if (!x || !PEOPLE_BODY_MEETS.test(text.slice(x.end, tg.start)) || !nobodyBetween(x.end, tg.start)) return [];
  const lead = text.slice(Math.max(segStart, x.start - 100), x.start);
  const opens = PEOPLE_OF_OPENS.exec(lead);
  return opens && !/[,;:"]/.test(opens[0]) && nobodyBetween(x.start - lead.length + opens.index, x.start) ? [x] : [];
}

/** A pronoun subject and its auxiliaries before "hold talks": "it would ", "they plan to ", "we will also ". */
const PRONOUN_HOLDS = /^\s*(?:that\s+)?(?:it|they|we)\s+(?:(?:would|will|plans?|planned|hopes?|hoped|wants?|wanted|intends?|intended|is|are|was|were|expects?|expected|to|also|soon|again|be|shortly)\s+)*$/i;

/**
 * Whether trigger `t` is "hold/held talks" (or a meeting, discussions) whose subject is a pronoun standing for the speaker
 * right after the telling: "Japan said it would hold talks with France", "The Japanese Finance Ministry said it plans to hold
 * formal financial talks with France" (then the state after "with" talks with the speaker's, as for a call noun).
 */
function heldBySpeaker(t: TriggerScope): boolean {
  const { ctx, att } = t.sc;
  const { tg } = t;
  return tg.type === 'verb' && att !== null && tg.start >= att.end && /^(?:talks|meeting|discussions?)$/i.test(tg.word)
    && /^(?:hold|held|had)/i.test(ctx.text.slice(tg.start, tg.end)) && PRONOUN_HOLDS.test(ctx.text.slice(att.end, tg.start));
}

/** "its" and up to three words before a gathering noun: "at its next ", "at its December ", "its regular weekly " (not "its own constraints in meeting outside pressure"). */
const ITS_BEFORE = /\bits\s+(?:(?!(?:in|of|on|for|to|at|with|by|from|and|or)\s)[\w-]+\s+){0,3}$/i;
/** A lead-in "At its last meeting in December, " before the subject (the noun ends before it). */
const ITS_LEAD_IN_AFTER = /^[^,;]{0,40},\s*(?:the\s+)?$/;

/**
 * The international body whose own gathering the possessive "its" before the noun names: the last body named before it in the
 * sentence with no other party between ("whether OPEC would raise its production ceiling … at its next meeting in June",
 * "established by the Organization of Petroleum Exporting Countries (OPEC) at its December meeting"), or the subject right
 * after a lead-in the sentence opens with ("At its last meeting in December, OPEC agreed …"). A company's or a state body's
 * "its annual meeting" names no international body and stays none.
 */
function bodyOwningGathering(ctx: ArticleContext, segMs: Mention[], tg: Trig): Mention | undefined {
  const { text } = ctx;
  if (!/^(?:meeting|session|conference|summit)s?$/i.test(tg.word) || !ITS_BEFORE.test(text.slice(Math.max(0, tg.start - 40), tg.start))) return undefined;
  const parties = segMs.filter((x) => x.kind !== 'place');
  const before = parties.filter((x) => x.end <= tg.start);
  const last = before[before.length - 1];
  if (last && isInternationalBody(last) && !/[;"]/.test(text.slice(last.end, tg.start))) return last;
  const next = parties.find((x) => x.start >= tg.end);
  const leadIn = /^\s*At\s+its\b/i.test(text.slice(Math.max(0, tg.start - 40), tg.start).split(/[.;]\s/).pop() ?? '');
  return before.length === 0 && next && isInternationalBody(next) && leadIn && ITS_LEAD_IN_AFTER.test(text.slice(tg.end, next.start)) ? next : undefined;
}

/** "next" right before a call noun, with a determiner: "at its next ", "the next OPEC ", "their next regular " (see findCalls' status). */
const NEXT_BEFORE = /\b(?:its|their|the|his|her)\s+next\s+(?:[\w-]+\s+){0,2}$/i;
/** Between a body and the call verb of a relative clause about it: " nations, which are ", ", which meets", " nations, who are to " (see bodiesMeetingAsSuch). */
const BODY_WHICH_MEETS = /^\)?(?:\s+(?:nations|countries|states|members))?,\s+(?:which|who)\s+(?:(?:is|are|was|were|will|would|has|have|had|also|again|expected|scheduled|due|set|to|likely)\s+){0,4}$/i;

/** The words between a gathering noun and the place it is held in: "summit in", "summit meeting in", "summit of industrialised nations in". */
const PLACE_AFTER_GATHERING = /^\s+(?:meeting\s+|talks\s+)?(?:of\s+[^,;.()"]{0,50}?\s+)?in\s+$/i;

/**
 * The international body a gathering told with its place after the noun is known by, when the gazetteer knows the body's
 * gathering by that place before the noun: "this year's economic summit in Venice", "the June 8-10 economic summit meeting in
 * Venice" are the "Venice summit" of the Group of Seven. (Corpus: 18 hits of "summit … in Venice", 12 with no party before.)
 */
function bodyOfPlacedGathering(ctx: ArticleContext, segMs: Mention[], tg: Trig): ActorRef | null {
  const noun = gatheringNoun(tg.word);
  if (tg.type !== 'noun' || !/^(?:summit|meeting|conference)$/i.test(noun)) return null;
  const place = segMs.find((x) => (x.kind === 'place' || (x.kind === 'country' && x.form === 'capital')) && x.start >= tg.end && PLACE_AFTER_GATHERING.test(ctx.text.slice(tg.end, x.start)));
  if (!place) return null;
  for (const e of PHRASES.get(phraseKey(`${place.text} ${noun}`)) ?? []) if (e.type === 'org' && ORGS.get(e.id)?.kind === 'international') return { label: 'Organization', key: e.id };
  return null;
}

/**
 * Who sends a mission, team or delegation when no state is named as the sender: the international body named last before the
 * verb ("the IMF would send a mission"), else the state or body of the leader named there, or of the leader who tells it
 * ("World Bank President Barber Conable said his agency plans to send a mission to Brazil", "urge EC Commission president
 * Jacques Delors to send a team"). The mission visits for them.
 */
function sentByLeader(sc: SentenceScope, segMs: Mention[], tg: Trig): ActorRef | null {
  const { ctx, att } = sc;
  const x = [...segMs].reverse().find((m) => (m.kind === 'leader' || isInternationalBody(m)) && m.end <= tg.start)
    ?? att?.speakers.find((m) => m.kind === 'leader');
  if (x?.kind === 'org') return actorOf(x);
  // (a legislator's bill that would send trade teams sends none of his own: Congress sends no missions)
  if (x && ctx.leaders.get(x.id)?.role === 'legislator') return null;
  const of = x ? ctx.leaders.get(x.id)?.represents : undefined;
  return of ? { label: of.label, key: of.key } : null;
}

/** "they" as the subject of a call verb in a clause of time or condition: "when they meet next in April", "once they meet". */
const THEY_BEFORE = /\b(?:when|once|until|before|after|as|if)\s+they\s+(?:(?:will|would|next|again|finally|formally|can|could|may|might)\s+)*$/i;

/**
 * The group "they" stands for when a call verb's subject is "they" in a clause of time and no call told before gives its
 * parties: the international body named before it in the sentence, else the states named there if two or more ("the six
 * major industrial nations are expected to review last month's pact when they meet next in April": the Group of Six;
 * "EC ministers hope to approve a closure program when they meet again in Brussels on June 1": the EC).
 */
function groupBeforeThey(sc: SentenceScope, tg: Trig): ActorRef[] {
  const { ctx, s, ms } = sc;
  if (tg.type !== 'verb' || !/^(?:meet|visit)/i.test(tg.word)) return [];
  const they = THEY_BEFORE.exec(ctx.text.slice(Math.max(s.start, tg.start - 40), tg.start));
  if (!they) return [];
  const at = tg.start - they[0].length;
  const named = ms.filter((x) => x.end <= at);
  const body = [...named].reverse().find(isInternationalBody);
  if (body) return [actorOf(body)!];
  const states = [...new Set(named.filter((x) => x.kind === 'country' && x.form !== 'demonym').map((x) => x.id))];
  return states.length >= 2 ? states.map((key) => ({ label: 'Country', key })) : [];
}

/**
 * Whether leader `x` is named inside a quote while the call word is outside it: one quoted is talked about, not met
 * (""There's always the question of how to do it without Ronald Reagan," he told reporters after a meeting with House
 * Speaker James Wright": Wright is met, not Reagan).
 */
function quotedApart(s: Sentence, x: Mention, tg: Trig): boolean {
  return insideQuote(s.text, x.start - s.start) && !insideQuote(s.text, tg.start - s.start);
}

/**
 * Whether the only party found for a gathering of ministers is one leader, who attends it rather than meets anyone ("Lukman
 * said he expects next week's ministerial meeting in Vienna to be brief", "De Keersmaeker … was speaking after a three-day
 * meeting of ministers"): the gathering is still the international body's. Not a state alone ("Japan intended to carry out
 * policies announced at the Paris meeting of finance ministers": the body named last need not be the one that met).
 */
function attendeeOnly(parts: Map<string, ActorRef>): boolean {
  return parts.size === 1 && [...parts.values()][0]!.label === 'Leader';
}

/**
 * Drops a meeting among one state's own people ("Chirac chaired a ministerial meeting … and Balladur", businessmen telling
 * Sarney with Funaro, "Abe made the recommendation at a meeting with Nakasone"): no diplomacy, every party stands for the
 * same known state. (Not when all parties were named after the call word: "He met with Prime Minister Nakasone, Foreign
 * Minister Kuranari …" tells of a guest the extraction did not name.)
 */
function dropOwnStateCalls(so: CallsSoFar, ctx: ArticleContext): void {
  const { calls, bySentence } = so;
  for (let i = calls.length - 1; i >= 0; i--) {
    const c = calls[i]!;
    if (soleState(c.participants, ctx) === null || so.objectsOnly.has(c)) continue;
    calls.splice(i, 1);
    for (const [k, list] of bySentence) bySentence.set(k, list.filter((x) => x !== c));
    if (so.main === c) so.main = calls[0] ?? null;
  }
}

/**
 * "recent" or "previous" right before a call noun, a few names or words between ("the recent International Coffee Organisation
 * (ICO) meeting in London", "At the recent talks among the six major industrialised nations in Paris", "recent discussions
 * with the Paris Club"): a call done before the story's day, which the dateline's day does not date (dateByDateline). Not
 * "latest" or "earlier" ("earlier Group of Five talks which broke up around 2 p.m.", "the latest G-7 meeting" may be the
 * day's). Corpus: 14 calls told so were dated by the dateline.
 */
const RECENT_BEFORE = /\b(?:recent|previous)\s+(?:(?!(?:he|she|it|we|they|to|is|are|was|were|has|have|had|that|and|or|of|with|by|for)\s)[\w'’().-]+\s+){0,4}$/i;

/**
 * A count of calls right before a plural call noun, an adjective or two between: "After several meetings, Brazil and the U.S.
 * have made no major progress", "came after several unsuccessful bilateral negotiations", "Despite two meetings of the seven
 * leading industrial powers", "a number of discussions": calls on days the text does not give, none of which the dateline's
 * day dates (dateByDateline). Not a span ("two days of talks", "two rounds of talks" counted in days or rounds), "the two
 * countries" nor a body's name ("earlier Group of Five talks"). Corpus: 3 calls told so were dated by the dateline.
 */
const COUNTED_CALLS_BEFORE = /(?<!\bof\s)\b(?:several|many|numerous|repeated|various|a\s+(?:series|number|couple)\s+of|two|three|four|five)\s+(?:(?!(?:of|and|or|days?|weeks?|months?|hours?|years?|rounds?|countries|sides|nations|governments|leaders|ministers|officials|delegations|the|to|for|in|on|at|with)\s)[a-z][\w-]*\s+){0,2}$/i;
/** The plural call nouns a count goes with (COUNTED_CALLS_BEFORE). */
const COUNTED_CALL_NOUN = /^(?:meetings|talks|negotiations|discussions|consultations|sessions|summits|visits|trips)$/i;

/** A held call the text does not date happened on the day of the dateline (wire convention): "MOSCOW, April 13 - … met" → 04-13. */
function dateByDateline(calls: CallRecord[], ctx: ArticleContext): void {
  if (!ctx.datelineDay) return;
  for (const c of calls) {
    if (c.date === null && c.status === 'held') {
      c.date = ctx.datelineDay;
      c.precision = 'day';
      c.confidence = 0.6;
      c.id = callId(c.date, ctx.pub, c.kind, c.participants);
    }
  }
}

/**
 * A span of days right before a call noun, told as just over: "ended a three-day meeting", "wound up a three-day meeting
 * today", "at the end of a four-day visit", "winding up a two-day visit to", "told reporters after the two-day talks", "after
 * chairing a two-day meeting of farm ministers", "following two days of informal talks". The day such a clause gives (or the
 * dateline's) is the call's last; a call is dated by its first (tests/eval/README.md). Corpus (session 17): 13 calls change,
 * 11 dated by their last day and 2 told as planned with no day ("following a three-day … meeting"); a few more told so keep
 * their last day, their call merged with one an earlier sentence told.
 */
const ENDED_SPAN_BEFORE = /\b(?:after|following|at\s+the\s+(?:end|close)\s+of|wind(?:s|ing)?\s+up|wound\s+up|end(?:ed|ing|s)|conclud(?:ed|ing|es)|clos(?:ed|ing|es))\s+(?:(?:chairing|attending|hosting)\s+)?(?:(?:a|an|the|their|his|her|its)\s+)?(?:(?:official|state|working|private|formal|informal)\s+)?(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)(?:[\s-]+days?\s+of\s+|[\s-]+day\s+)(?:[\w'’-]+\s+){0,3}$/i;

/** The number of days of a call told as ended by ENDED_SPAN_BEFORE in `before` (the text right before its noun), or null. */
function endedSpanDays(before: string): number | null {
  const m = ENDED_SPAN_BEFORE.exec(before);
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return NUMBER_WORDS[w] ?? Number(w);
}

/**
 * Notes call `c` as ended after the span of days its noun `t` is told with (ENDED_SPAN_BEFORE), unless told with its first day
 * ("a three-day meeting, which began yesterday") or already dated by another day than the dateline's or one of this sentence's
 * ("began a four-day visit on Monday", then "at the end of the four-day visit"). A call told as ended took place ("following a
 * three-day Consultative Group meeting of donors").
 */
function noteEndedSpan(t: TriggerScope, c: CallRecord): void {
  const { sc: { ctx }, so, tg, segStart, dates } = t;
  if (tg.type !== 'noun' || relativeStartDay(t) !== undefined) return;
  const n = endedSpanDays(ctx.text.slice(Math.max(segStart, tg.start - 80), tg.start));
  if (n === null || (c.date !== null && c.date !== ctx.pub && !dates.some((d) => d.date === c.date))) return;
  so.endedSpan.set(c, n);
  if ((c.status === 'planned' || c.status === 'unknown') && !(c.date !== null && c.date.slice(0, 10) > ctx.pub)) c.status = 'held';
}

/** Dates a call told as ended after a span of days (ENDED_SPAN_BEFORE) by its first day: "ended a three-day meeting today", April 29 → April 27. */
function firstDayOfEndedSpan(so: CallsSoFar, ctx: ArticleContext): void {
  for (const c of so.calls) {
    const n = so.endedSpan.get(c);
    if (n === undefined || c.precision !== 'day' || c.date === null || c.date > ctx.pub) continue;
    c.date = addDays(c.date, 1 - n);
    c.id = callId(c.date, ctx.pub, c.kind, c.participants);
  }
}

/**
 * The words before a leader named as the one told or handed something face to face: "Deng Xiaoping told visiting U.S.
 * Secretary of State George Shultz …", "Tamura told visiting U.S. Trade Representative Clayton Yeutter that …", "Lawson said
 * he told Brazilian Finance Minister Dilson Funaro here in February …", "is widely expected to present a package of measures
 * to President Reagan". Titles and names may stand between the verb and the leader.
 */
const TOLD_FACE_TO_FACE = /\b(?:(?:told|assured|informed)\s+|(?:present(?:s|ed|ing)?|hand(?:s|ed|ing)?|deliver(?:s|ed|ing)?)\s+(?:[^.;,]{0,60}?\s+)?to\s+)(?:the\s+)?(?:visiting\s+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|of|and)\s+){0,6}$/u;
/** Words that put a telling at a distance, not face to face ("told Reagan in a letter", "by telephone", "a message to"). */
const AT_A_DISTANCE = /\b(?:letters?|messages?|cables?|telegrams?|telex(?:es)?|(?:tele)?phon\w*|written|memo(?:randum)?|note)\b/i;
/** The words between the teller and the telling verb: auxiliaries and adverbs, or an apposition ("Tamura told", "Nakasone is widely expected to present"). */
const TELLER_GAP = /^(?:\s*,[^,;]{0,80},)?\s+(?:[a-z]+\s+){0,4}$/;

/** The leader who tells, right before the verb at `at`, or the speaker "he" or "she" stands for ("Lawson said he told …"). */
function tellerBefore(sc: SentenceScope, so: CallsSoFar, all: Mention[], at: number): ActorRef | null {
  const { ctx, s, att } = sc;
  const he = /\b(?:he|she)\s+(?:[a-z]+\s+){0,3}$/i.exec(ctx.text.slice(s.start, at));
  if (he) {
    const speaker = att && att.end <= s.start + he.index ? att.speakers.find((x) => x.kind === 'leader') : undefined;
    return speaker ? actorOf(speaker) : so.lastSubject;
  }
  const x = all.filter((m) => m.kind === 'leader' && m.end <= at && m.start >= s.start).at(-1);
  return x && TELLER_GAP.test(ctx.text.slice(x.end, at)) ? actorOf(x) : null;
}

/**
 * A leader who tells or hands something to a leader of another state meets him ("Japanese officials said Tamura told
 * visiting U.S. Trade Representative Clayton Yeutter that …"): a meeting of the two, held (or planned when the verb looks
 * ahead), unless the sentence tells of a letter, message or telephone, or the story already told a call of theirs. Not "Andreotti
 * told President Francesco Cossiga he was unable to …" (one state) nor "told reporters".
 */
function faceToFaceTelling(sc: SentenceScope, so: CallsSoFar): void {
  const { ctx, s } = sc;
  if (AT_A_DISTANCE.test(s.text)) return;
  const all = ctx.bySentence[s.index] ?? [];
  for (const x of all) {
    if (x.kind !== 'leader' || /^['’]s?\s/.test(ctx.text.slice(x.end, x.end + 3))) continue;
    const verb = TOLD_FACE_TO_FACE.exec(ctx.text.slice(s.start, x.start));
    if (!verb) continue;
    const at = s.start + verb.index;
    const teller = tellerBefore(sc, so, all, at);
    const told = actorOf(x);
    if (!teller || !told || actorKey(teller) === actorKey(told)) continue;
    const [a, b] = [countryOfActor(teller, ctx), countryOfActor(told, ctx)];
    if (!a || !b || a === b) continue;
    // (a call of theirs told before is the one this telling took place at: "… resolved at a meeting with Argentine Agriculture
    // Secretary Ernesto Figuerras … Yeutter told Figuerras that …")
    const theirs = so.calls.find((c) => [teller, told].every((p) => c.participants.some((q) => actorKey(q) === actorKey(p))));
    if (theirs) {
      noteCall(so, s.index, theirs);
      continue;
    }
    const ahead = FUTURE.test(ctx.text.slice(s.start, x.start).slice(-80));
    const day = findDates(ctx.text.slice(x.end, s.end), ctx.pub, ahead ? 'future' : 'past').find((d) => d.start <= 40);
    const participants = [teller, told].sort(byActorKey);
    const date = day?.date ?? null;
    const id = callId(date, ctx.pub, 'meeting', participants);
    keepCall(so, s.index, {
      id, kind: 'meeting', status: ahead ? 'planned' : 'held', date, precision: day?.precision ?? null, participants, places: [], reports: new Set<number>(),
      confidence: 0.7,
    });
  }
}

/** A leader going along on another's trip: "Foreign Minister Tadashi Kuranari will accompany Nakasone" (not "accompanied by"). */
const ACCOMPANIES = /\baccompan(?:y|ies|ied|ying)\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*|of)\s+){0,5}$/u;

/**
 * One who accompanies a leader on his trip visits where he visits ("Nakasone will visit Washington from April 29 … Foreign
 * Minister Tadashi Kuranari will accompany Nakasone"): each visit of the leader told so far, with the same day and status,
 * for the companion named right before the verb.
 */
function companionVisits(sc: SentenceScope, so: CallsSoFar): void {
  const { ctx, s } = sc;
  const all = ctx.bySentence[s.index] ?? [];
  for (const x of all) {
    if (x.kind !== 'leader') continue;
    const verb = ACCOMPANIES.exec(ctx.text.slice(s.start, x.start));
    const companion = verb ? tellerBefore(sc, so, all, s.start + verb.index) : null;
    const led = actorOf(x);
    if (!companion || !led || actorKey(companion) === actorKey(led)) continue;
    for (const v of so.calls.filter((c) => c.kind === 'visit' && c.participants.some((p) => actorKey(p) === actorKey(led)))) {
      const participants = v.participants.map((p) => (actorKey(p) === actorKey(led) ? companion : p)).sort(byActorKey);
      const id = callId(v.date, ctx.pub, 'visit', participants);
      keepCall(so, s.index, { ...v, id, participants, places: [...v.places], reports: new Set<number>() });
    }
  }
}

/**
 * Finds the calls of an article, sentence by sentence and call word by call word; then merges one event told twice, drops a
 * state's meetings with itself, dates held calls the text does not date by the dateline, and calls told as ended after a span
 * of days by their first day.
 */
export function findCalls(ctx: ArticleContext): CallResult {
  const so: CallsSoFar = { calls: [], bySentence: new Map(), main: null, lastSubject: null, objectsOnly: new WeakSet(), toldEarlier: new WeakSet(), endedSpan: new WeakMap() };
  for (const s of ctx.sentences) {
    const sc = sentenceScope(ctx, s);
    const trigs = findTriggers(sc);
    const ss: SentenceCalls = { inSentence: [], prevTense: null, clauseSubject: null, clauseDate: undefined };
    for (let k = 0; k < trigs.length; k++) addCallsOfTrigger(triggerScope(sc, so, ss, trigs, k));
    faceToFaceTelling(sc, so);
    companionVisits(sc, so);
    // ("He will meet UAE President Sheikh Zaid …": a sentence opening with "he" or "she" goes on with the subject before;
    // the leader it names is an object)
    const subj = sentenceSubject(sc);
    if (subj !== undefined) so.lastSubject = subj && actorOf(subj);
  }
  so.main = mergeRefinements(so.calls, so.bySentence, so.main, ctx);
  dropOwnStateCalls(so, ctx);
  dateByDateline(so.calls.filter((c) => !so.toldEarlier.has(c)), ctx);
  firstDayOfEndedSpan(so, ctx);
  return { calls: so.calls, bySentence: so.bySentence, main: so.main };
}

/**
 * The leader a sentence is about, whom "he" or "she" in the sentences after stands for: its speaker, else its first leader;
 * none (undefined: the one before goes on) when it opens with "he" or "she"; null when a person the extraction does not know
 * tells it by name before its first leader is named ("House Ways and Means Committee chairman Dan Rostenkowski, an Illinois
 * Democrat, said his committee … since President Reagan opposes tax increases": the next "he told reporters after a meeting
 * with Wright" is Rostenkowski, not Reagan).
 */
function sentenceSubject(sc: SentenceScope): Mention | null | undefined {
  const { ctx, s, att, ms } = sc;
  const speaker = att?.speakers.find((x) => x.kind === 'leader');
  if (speaker) return speaker;
  if (/^\W*(?:He|She)\b/.test(s.text)) return undefined;
  const first = ms.find((x) => x.kind === 'leader');
  if (!first) return undefined;
  // (a teller the extraction knows, "Tanjug said in the interview Mikulic warned …", leaves the leader the subject)
  const told = att ? null : /\b(?:said|says|told)\b/.exec(ctx.text.slice(s.start, first.start));
  const teller = told ? ctx.text.slice(s.start, s.start + told.index) : '';
  return told && /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(teller) && !ms.some((x) => x.kind !== 'place' && x.end <= s.start + told.index) ? null : first;
}

const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;
const STATUS_RANK: Record<CallStatus, number> = { cancelled: 5, postponed: 4, held: 3, planned: 2, unknown: 1 };

/** The one state every participant stands for (two or more, no organisation), else null. */
function soleState(participants: ActorRef[], ctx: ArticleContext): string | null {
  if (participants.length < 2 || participants.some((p) => p.label === 'Organization')) return null;
  const states = new Set(participants.map((p) => countryOfActor(p, ctx)));
  const [only] = states;
  return states.size === 1 && only ? only : null;
}

/** The country a participant stands for: itself, or what a leader represents. */
function countryOfActor(a: ActorRef, ctx: ArticleContext): string | null {
  if (a.label === 'Country') return a.key;
  if (a.label === 'Leader') {
    const r = ctx.leaders.get(a.key)?.represents;
    // a leader of a national body (Bundesbank President Poehl) stands for its country
    return r ? (r.label === 'Country' ? r.key : ORGS.get(r.key)?.country ?? null) : null;
  }
  return null;
}

/** Each participant of `a` missing from `b` is a country one of b's leaders represents, or a leader of a country b names. */
function refinesSide(a: CallRecord, b: CallRecord, ctx: ArticleContext): boolean {
  const inB = new Set(b.participants.map(actorKey));
  const bLeaderCountries = new Set(b.participants.filter((p) => p.label === 'Leader').map((p) => countryOfActor(p, ctx)));
  const bCountries = new Set(b.participants.filter((p) => p.label === 'Country').map((p) => p.key));
  return a.participants.every((p) => {
    if (inB.has(actorKey(p))) return true;
    if (p.label === 'Country') return bLeaderCountries.has(p.key);
    const c = p.label === 'Leader' ? countryOfActor(p, ctx) : null;
    return c !== null && bCountries.has(c);
  });
}

function sameEventDates(a: CallRecord, b: CallRecord): boolean {
  if (a.date === null && b.date === null) return true;
  if (a.date === null || b.date === null) return a.status === b.status && a.status !== 'unknown';
  return a.date.startsWith(b.date) || b.date.startsWith(a.date);
}

/**
 * The states a visit goes to, when its visitors are the leaders of one state: its states that they do not stand for ("Nakasone"
 * and "the United States": the United States). Null when the leaders do not tell the direction ("Japan" and "the United
 * States"; "Reagan" and his host "Cossiga").
 */
function visitHosts(c: CallRecord, ctx: ArticleContext): Set<string> | null {
  const led = new Set(c.participants.filter((p) => p.label === 'Leader').map((p) => countryOfActor(p, ctx)));
  if (c.kind !== 'visit' || led.size !== 1) return null;
  return new Set(c.participants.filter((p) => p.label === 'Country' && !led.has(p.key)).map((p) => p.key));
}

/**
 * Whether two visits may be one trip by their direction: a visit keeps its direction, so Nakasone's visit to Washington and
 * Reagan's to Tokyo are two events though each side's state stands for the other's leader (refinesSide alone would merge
 * them). Visits whose direction no leader tells, and calls of other kinds, pass.
 */
function sameHost(a: CallRecord, b: CallRecord, ctx: ArticleContext): boolean {
  const ha = visitHosts(a, ctx);
  const hb = visitHosts(b, ctx);
  return ha === null || hb === null || [...ha].some((h) => hb.has(h));
}

/**
 * The same event told twice in one article with more or less precise parties ("talks with Soviet
 * leaders" and "a meeting with Soviet Foreign Minister Shevardnadze"; "will visit Rome" and "in Rome
 * as the guests of President Cossiga") is one call: the precise parties, date and status win.
 */
function mergeRefinements(calls: CallRecord[], bySentence: Map<number, CallRecord[]>, main: CallRecord | null, ctx: ArticleContext): CallRecord | null {
  for (let i = 0; i < calls.length; i++) {
    for (let j = i + 1; j < calls.length; j++) {
      const a = calls[i]!;
      const b = calls[j]!;
      if (kindClass(a.kind) !== kindClass(b.kind) || (a.kind === 'summit') !== (b.kind === 'summit') || !sameEventDates(a, b)) continue;
      // Two calls found in one sentence are two events ("talks on arms control and a possible summit").
      // (unless they share the day: "a constructive discussion … during their meeting on Monday" is one event)
      if ([...a.reports].some((r) => b.reports.has(r)) && !(a.precision === 'day' && b.precision === 'day' && a.date === b.date)) continue;
      if (a.participants.length < 2 || b.participants.length < 2 || !refinesSide(a, b, ctx) || !refinesSide(b, a, ctx) || !sameHost(a, b, ctx)) continue;
      const all = new Map<string, ActorRef>();
      for (const p of [...a.participants, ...b.participants]) all.set(actorKey(p), p);
      const led = new Set([...all.values()].filter((p) => p.label === 'Leader').map((p) => countryOfActor(p, ctx)));
      a.participants = [...all.values()].filter((p) => !(p.label === 'Country' && led.has(p.key))).sort(byActorKey);
      if ((b.precision ? PRECISION_RANK[b.precision] : 0) > (a.precision ? PRECISION_RANK[a.precision] : 0)) {
        a.date = b.date;
        a.precision = b.precision;
      }
      if (STATUS_RANK[b.status] > STATUS_RANK[a.status]) a.status = b.status;
      a.places.push(...b.places.filter((pl) => !a.places.some((x) => x.id === pl.id)));
      a.startTime ??= b.startTime;
      a.endTime ??= b.endTime;
      a.minutes ??= b.minutes;
      a.confidence = Math.max(a.confidence, b.confidence);
      for (const r of b.reports) a.reports.add(r);
      for (const [k, list] of bySentence) {
        const next = list.map((c) => (c === b ? a : c)).filter((c, n, arr) => arr.indexOf(c) === n);
        bySentence.set(k, next);
      }
      if (main === b) main = a;
      a.id = callId(a.date, ctx.pub, a.kind, a.participants);
      calls.splice(j, 1);
      j--;
    }
  }
  return main;
}

/** Whether "negotiations" at `end` go on with a state, a leader or an international body named right after "with"/"between". */
function negotiatesWithState(ctx: ArticleContext, ms: Mention[], end: number): boolean {
  // ("Negotiations have been under way between the Community and the GCC": a few words may come first)
  const w = new RegExp(String.raw`^\s+${BEFORE_PARTIES}(?:with|between)\s+(?:the\s+)?`, 'i').exec(ctx.text.slice(end, end + 60));
  if (!w) return false;
  const at = end + w[0].length;
  const actor = (x: Mention): boolean => x.kind === 'leader' || (x.kind === 'country' && (x.form !== 'demonym' || demonymActor(ctx, x, 40))) || isInternationalBody(x);
  const first = ms.find((x) => x.start === at && actor(x));
  if (!first) return false;
  // "between Brazil and its commercial bank creditors": both sides must be states, leaders or bodies
  if (/between/i.test(w[0])) {
    // ("… and the six-nation Gulf Cooperation Council": a word or two may come before the name)
    return ms.some((x) => x.start > first.end && x.start <= first.end + 40 && actor(x) && /^\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(ctx.text.slice(first.end, x.start)));
  }
  return true;
}

/**
 * What lies between a call noun and a body named as a party after it ("… have been under way between the EC and the six-nation "),
 * a time or place first ("Poland's talks in Washington with the World Bank and the").
 */
const BODIES_AFTER = new RegExp(String.raw`^\s+${BEFORE_PARTIES}${WHEN_WHERE_GAP}(?:with|between)\s+(?:the\s+)?(?:[^,;.]{0,60}?\s+and\s+(?:the\s+)?(?:[\w-]+\s+)?)?$`, 'i');

/** Whether an international body is named right after a call noun ("a long session of OPEC ministers", "a meeting of the IMF"). */
function orgOf(ctx: ArticleContext, ms: Mention[], end: number): boolean {
  return bodiesOf(ctx, ms, end).length > 0;
}

/**
 * The international bodies named in an "of" phrase right after a call noun ending at `end`: "of the IMF", "of the 44-nation
 * Inter-American Development Bank", both of "meetings of the IMF and the World Bank" (a body joined by "and" to the first).
 */
function bodiesOf(ctx: ArticleContext, ms: Mention[], end: number): Mention[] {
  // (a place may come first: "last week's spring meeting in Washington of the International Monetary Fund")
  const of = /^\s+(?:in\s+[A-Z][\w.'’-]*\s+)?of\s+(?:the\s+)?(?:\d+-(?:nation|member)\s+)?/i.exec(ctx.text.slice(end, end + 50));
  if (!of) return [];
  const found = ms.filter((x) => isInternationalBody(x) && x.start === end + of[0].length);
  for (let i = 0; i < found.length; i++) {
    const next = ms.find((x) => isInternationalBody(x) && x.start > found[i]!.end && /^\s+(?:\(\p{Lu}+\)\s+)?and\s+(?:the\s+)?$/u.test(ctx.text.slice(found[i]!.end, x.start)));
    if (next && !found.includes(next)) found.push(next);
  }
  return found;
}

/**
 * The international bodies of an "and" list standing right before a call noun at `at`: "the half-yearly International Monetary
 * Fund and World Bank meetings", "semi-annual IMF and World Bank talks" are meetings of both bodies, as bodiesOf gives both of
 * "meetings of the IMF and the World Bank" (the last body alone is found by BODY_GAP; the first lay beyond its two words).
 */
function bodiesJoinedBefore(ctx: ArticleContext, ms: Mention[], at: number): Mention[] {
  const last = [...ms].reverse().find((x) => isInternationalBody(x) && x.end <= at && BODY_GAP.test(ctx.text.slice(x.end, at)));
  const found: Mention[] = [];
  for (let cur = last; cur; ) {
    found.push(cur);
    const head = cur;
    // (or joined by a slash: "the Washington IMF/World Bank meeting")
    cur = [...ms].reverse().find((x) => isInternationalBody(x) && x.end <= head.start && /^\s*(?:\(\p{Lu}+\)\s*)?(?:(?:,|\s+and|\s*&)\s+|\s*\/\s*)(?:the\s+)?$/u.test(ctx.text.slice(x.end, head.start)));
  }
  return found.length > 1 ? found : [];
}

/**
 * Whether an international body is named right before the words before a call noun at `at` ("the IMF interim committee
 * meeting", "the next GATT council meeting", "the IADB's annual meeting", "the Inter-American Development Bank (IADB)
 * annual meeting", "the ICO, executive board meeting"): a committee, board or yearly gathering of the body, not a state's or a company's own.
 */
function bodyBefore(ctx: ArticleContext, ms: Mention[], at: number): boolean {
  return bodyRightBefore(ctx, ms, { start: at, end: at }, { gap: BODY_ORGAN_GAP }) !== undefined;
}

/** How an international body may stand before a call noun, for bodyRightBefore. */
interface BodyBefore {
  /** The words allowed between the body and the noun: BODY_GAP or BODY_ORGAN_GAP. */
  gap: RegExp;
  /** At most this many characters between the body's end and the noun ("left for the EC ministerial meeting"). */
  within?: number;
  /** Whether the body's own name may end with the noun ("the Venice summit", a name of the Group of Seven). */
  nameEndsWithNoun?: boolean;
}

/**
 * The first international body among `ms` named right before call noun `noun` ("the IMF interim committee meeting", "the EC
 * summit", "an EC heads of government summit"): the gathering is the body's. The callers differ in what they allow, told by `how`.
 */
function bodyRightBefore(ctx: ArticleContext, ms: Mention[], noun: { start: number; end: number }, how: BodyBefore): Mention | undefined {
  const lastEnd = how.nameEndsWithNoun ? noun.end : noun.start;
  const firstEnd = noun.start - (how.within ?? Infinity);
  return ms.find((x) => isInternationalBody(x) && x.end <= lastEnd && x.end >= firstEnd
    && how.gap.test(x.end <= noun.start ? gapAfterBody(ctx, ms, x, noun.start) : ''));
}

/**
 * The words between body mention `x` and `at`, the comma that closes an acronym set off by commas after the body's name read as
 * the bracket it stands for: "last week's International Coffee Organisation, ICO, talks" as "… (ICO) talks" (the wire sets
 * acronyms off so in commodity news: corpus 7 sentences, all a gathering of the body).
 */
function gapAfterBody(ctx: ArticleContext, ms: Mention[], x: Mention, at: number): string {
  const gap = ctx.text.slice(x.end, at);
  return gap.startsWith(',') && ms.some((y) => y.id === x.id && y.end < x.start && /^,\s*$/.test(ctx.text.slice(y.end, x.start))) ? `)${gap.slice(1)}` : gap;
}

/**
 * Whether a capitalized word between `from` and `to` is no gazetteer mention ("a meeting of UMOA finance ministers"): a body
 * the extraction does not know. A word opening a sentence or a quote is not counted.
 */
function unknownName(ctx: ArticleContext, ms: Mention[], from: number, to: number): boolean {
  for (const w of ctx.text.slice(from, to).matchAll(/\b\p{Lu}[\p{L}-]*/gu)) {
    const at = from + w.index;
    if (!ms.some((x) => x.start <= at && x.end >= at + w[0].length) && !/(?:^|[.!?"“]\s*)$/.test(ctx.text.slice(Math.max(0, at - 3), at))) return true;
  }
  return false;
}

/** Whether an international body opens the sentence ("European Community (EC) agriculture ministers …"). */
function orgOpens(ctx: ArticleContext, s: { start: number }, ms: Mention[]): boolean {
  return ms.some((x) => isInternationalBody(x) && /^\s*(?:the\s+)?(?:\S+\s+){0,2}$/i.test(ctx.text.slice(s.start, x.start)));
}

/** A leader named as a partner after a call noun ("… with X", "… between X and Y") who is not among `ref`'s participants. */
function newPartnerAfter(ctx: ArticleContext, segMs: Mention[], from: number, to: number, ref: CallRecord): boolean {
  const m = /^[^,;.]{0,80}?\b(?:with|between)\s+/i.exec(ctx.text.slice(from, to));
  if (!m) return false;
  const at = from + m.index + m[0].length;
  const has = new Set(ref.participants.map(actorKey));
  return segMs.some((x) => x.kind === 'leader' && x.start >= at && x.start <= at + 60 && !has.has(`Leader:${x.id}`));
}

function resolveRef(calls: CallRecord[], main: CallRecord | null, word: string, leaderBefore: Mention[], inSentence: CallRecord[]): CallRecord | null {
  if (leaderBefore.length > 0) {
    const id = leaderBefore[leaderBefore.length - 1]!.id;
    for (let i = calls.length - 1; i >= 0; i--) if (calls[i]!.participants.some((p) => p.label === 'Leader' && p.key === id)) return calls[i]!;
  }
  if (main && compatible(word, main.kind) && !inSentence.includes(main)) return main;
  for (let i = calls.length - 1; i >= 0; i--) if (compatible(word, calls[i]!.kind) && !inSentence.includes(calls[i]!)) return calls[i]!;
  return main;
}

function applyFacts(call: CallRecord, pub: string, sentence: string): void {
  if (call.date !== null && call.precision === 'day') {
    const t = findTimes(sentence, call.date, pub);
    if (t.startTime && !call.startTime) call.startTime = t.startTime;
    if (t.endTime && !call.endTime) call.endTime = t.endTime;
    if (t.minutes !== undefined) call.minutes = t.minutes;
  }
  if (call.minutes === undefined) {
    const d = findDuration(sentence);
    if (d !== null) call.minutes = d;
  }
}
