/**
 * Statements: who said what, from quotes and reported speech, with the one who relayed it, the
 * kind (concern, warning, accusation, …), what and whom it is about and the call it was made in.
 */
import { shortHash } from '../../core/ids.ts';
import type { StatementKind } from '../../core/model.ts';
import { attributionOnly, CHAMBER, DOCUMENT, findAttribution, GOV_OFFICE, insideQuote, IT_SAID, LETTER, otherSpeaker, otherSpeakerSubject, PRESS_REF, REPORT_REF } from './attribution.ts';
import type { CallRecord, CallResult } from './calls.ts';
import { actorKey, actorOf, type ActorRef, type ArticleContext, type Attribution } from './context.ts';
import { MONTH_NAME, statementDay, WEEKDAY_NAME } from './dates.ts';
import { ORGS, PLACES } from './gazetteer.ts';
import { companyBefore } from './leaders.ts';
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';
import { ED_ADJECTIVES } from './tense-words.ts';
import { escapeRegExp } from './tokens.ts';

/** A statement as found in one article. */
export interface StatementRecord {
  id: string;
  text: string;
  quote: string | null;
  kind: StatementKind;
  speakers: ActorRef[];
  relayers: ActorRef[];
  about: ActorRef[];
  aboutCalls: CallRecord[];
  during: CallRecord | null;
  /** A day named in the content ("said on Saturday", "yesterday"), else null. */
  day: string | null;
  sentence: number;
  confidence: number;
}

/**
 * "will"/"would" telling what is to come; not inside an indirect question ("how much progress will be made"), nor a
 * hedging "I would". Whether it announces or forecasts depends on whose act it tells (futureKind).
 */
const FUTURE = /(?<!\b(?:how|whether|what|when|if|who)\b[^,.;]{0,40})\b(?:will|(?<!\b(?:I|we)\s)would)\b/i;
const FUTURES = new RegExp(FUTURE.source, 'gi');
/** Words of assessment: a statement that judges rather than reports or announces. */
const ASSESS = String.raw`important|serious|difficult|easy|impossible|unlikely|necessary|essential|positive|negative|useful|(?:un)?successful|dangerous|(?:un)?reasonable|(?:un)?fair|confident|optimistic|pessimistic|encouraging|disappoint(?:ing|ed)|satisf(?:ied|actory)|pleased|inevitable|unavoidable|unusual|significant|vital|crucial|cannot afford|cannot bear|no doubt|little doubt|heartened|heartening|reassuring|disturbing|encouraged|surprised|gratified|relieved|sympathetic|preferable|enormous|unacceptable|acceptable|excellent|constructive|frank|cordial|friendly|hostile|healthy|unhealthy|unfortunate|fortunate|routine|(?:un)?intelligent|wise|unwise|mistaken?|wrong|realistic|unrealistic|(?:ir)?responsible|helpful|unhelpful|counterproductive|premature|appropriate|inappropriate|convenient|ripe|promising|worrying|alarming|regrettable|welcome|misguided|illusory|absurd|ridiculous|nonsense|(?:un)?justified|inaccurate|exaggerated|genuine|sound|stable|healthier|better|worse|risky`;
/**
 * "welcomed China's interest (the decision, a court ruling, this week's increase)" backs an act or a development;
 * "welcomed Gorbachev (him, the visiting minister)" greets. In news an object that is no person is by far the
 * usual case (all 25 of a random sample of corpus hits backed something).
 */
const WELCOME_SUPPORT = /\bwelcom(?:ed|es|ing)\s+(?:(?:warmly|publicly|strongly)\s+)?(?!(?:him|her|them|us|me|visiting|guests?|delegates|delegations?|visitors?)\b|the\s+(?:\w+\s+)?(?:visitors?|guests?|delegations?|visiting|president|prime minister|minister|king|queen|leaders?|envoy|ambassador|secretary|chancellor|premier)\b(?!['’]s))(?:(?:the|a|an|this|that|these|those|its|their|his|her|our|any|last|recent|such|[a-z]+)\b|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s|(?:[A-Z][\w.-]*\s+){1,3}(?!(?:at|to|on|in|as|and|with|warmly|back|here|upon|for|who|when|leaders?|president|prime|minister|premier|chancellor|secretary|envoy|ambassador|officials?|delegations?|visitors?|counterparts?|king|queen)\b)[a-z])/;
/** "hoped (that) …", "hopes for …"; not a relative clause ("which I hope") nor the noun ("in hopes", "little hope"). */
const HOPE = /(?<!\b(?:which|that|who)\s+(?:I|we|he|she|they)\s+)(?<!\b(?:in|little|no|any|some|slim|faint|out|the)\s+)\bhop(?:ed?|es)\b/i;
/**
 * "should": "Japan should open its market", "the government should take action", "we should", "any agreement should
 * mention missiles" ask something (a demand); "exports should rise", "the dollar's fall should be large enough", "the
 * market should not be gravely affected" expect an outcome of a thing (a characterization: kindOf asks whose act it is).
 * Corpus: 13 of 13 hits of the outcome verbs were expectations.
 * Not a condition told by inversion, "should" before its subject: "Should the EC ban Zimbabwean exports, the country will
 * be forced to …", "should Seoul revalue the won suddenly Korea would run a tremendous trade deficit": nothing is asked,
 * what follows decides (corpus: 6 such statements were demands, none asked anything; session 12). A question ("Why should
 * we pay for the mistakes of others?") stays as it was read. Case-sensitive, so that a name is told from a verb.
 */
const SHOULD = /\b[Ss]hould\b(?:(?<=\b(?:[Ww]hy|[Ww]hat|[Hh]ow|[Ww]here|[Ww]hen|[Ww]ho|[Ww]hich)\s+should)|(?!\s+(?:(?:the|a|an|this|these|those|its|their|his|her|our|it|they|he|she|we|you|there)\b|[A-Z])))/;
const OUTCOME = /^should\s+(?:not\s+)?(?:\w+ly\s+)?(?:be\b(?!\s+(?:\w+ly\s+)?(?!(?:affected|hit|hurt|damaged|completed|finished)\b)(?:[a-z]+(?:ed|en|wn|ne|pt|ld|lt)|made|set|put|cut|met|paid|kept|held)\b)|help|enable|allow|permit|rise|fall|decline|drop|increase|grow|reach|remain|improve|ease|continue|result in|lead to|bring|boost|endanger|affect|pose|cause|mean)\b/i;
/**
 * "told Kohl to act", "asked Tehran to free the hostages", "has asked the World Bank to give": an order. Not when the words
 * between are a clause of their own, told to an audience: "told a news conference Iran was ready to …", "told Reuters
 * Algerian debt amounted to about one third …", "told Reuters the company plans to make a statement", "was told creditors
 * do not wish to make …", "told bankers about Brazil's needs to ensure …" (corpus: 4 of 40 random hits were such clauses,
 * none an order). Case-sensitive, so that a past verb ("amounted") is not taken for a name ("the United States").
 */
const ORDER = String.raw`(?:told|asked)\s+(?!(?:reporters|journalists|newsmen|Reuters)\b|an?\s+(?:news|press)\s+conference\b)(?:(?!\b(?:is|are|was|were|would|will|has|have|had|be|do|does|did|can|could|may|might|must|should|shall|likely|expected|due|able|going|set|that|ready|prepared|willing|about|plans?|wants?|needs?|intends?)\b|\b[a-z]{2,}ed\s)[^,.;"“”]){1,60}?\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|reporters|journalists|about|around|some|nearly|almost|only|just)\b)[a-z]+\b`;
const ORDERED = new RegExp(String.raw`\b${ORDER}`);
/**
 * "likely to": a forecast ("demand is likely to increase", "the application was likely to spark a long process"), unless
 * it hedges an act of the speaker's side or one arranged ("the government is likely to consider a supplementary budget",
 * "the talks are likely to be held in April"): likelyKind.
 */
const LIKELY = /\blikely to\b/i;
/**
 * A state, body or person said to need something asks for it: "Yugoslavia needed new credits", "the very low income
 * countries needed a cancellation of debt", "his country needs 120 mln dlrs to repair the damage" (kindOf: of a thing,
 * "more than 1,800 km of roads needed repairing", it tells how things stand).
 */
const NEEDS = /\bneed(?:s|ed)\s+(?=(?:an?|more|new|fresh|further|additional|urgent|immediate|foreign|substantial|some|about|[\d$])\b)/;
/** Stance and speech verbs and what kind of statement they make; the earliest in the content wins. */
/**
 * A development blamed on a cause: "He blamed the 1986 deficit on excess demand", "The paper blamed the waste on inadequate
 * storage" explain it (characterization, blamedOnKind), unless the cause names a state, body or person ("Moscow blamed the
 * end of the freeze on U.S. refusal to join a total test ban", "blamed the failure of the negotiations on the employers").
 */
const BLAMED_ON = /\bblamed\s+(?!(?:him|her|them|us|me)\b)[^,.;:"“”]{1,80}?\s+on\s+/i;
/**
 * Opposition told in the future or as under way: "the United States would oppose parts of the plan", "the Administration
 * would resist calls for a tax increase", "Kohl would fiercely resist any such pressure", "Washington is opposing the
 * Japanese efforts" refuse (a denial), where the future alone would have made an announcement. Only the speaker's own
 * side refuses so (kindOf): "the Japanese were resisting allowing U.S. companies into the business", told by a U.S.
 * secretary, charges another; nor a condition or a reason ("if Congress would oppose", "because candidates are opposing
 * it"), nor "would not oppose".
 */
const OPPOSITION_FORETOLD = /(?<!\b(?:if|unless|whether|because|since)\b[^,.;]{0,60})\b(?:(?:will|would|shall)\s+(?:(?:\w+ly|also|still)\s+)?(?:oppose|resist)|(?:is|are|was|were)\s+(?:(?:\w+ly|also|still|now)\s+)?(?:opposing|resisting))\b/i;
/**
 * Backing told in the future: "it would back a 500 mln dlr bridge loan to Argentina", "Venezuela will back Ecuador's bid",
 * "I will back it up" support, told of the speaker's own side as OPPOSITION_FORETOLD (not "would back down", "will back
 * away from").
 */
const BACKING_FORETOLD = /(?<!\b(?:if|unless|whether|because|since)\b[^,.;]{0,60})\b(?:will|would|shall)\s+(?:(?:\w+ly|also|still)\s+)?back\b(?!\s+(?:down|off|away|out|into|from|in|to)\b)/i;
/**
 * Discontent told as a feeling negated: "Brazil is not happy with the existing structure of the advisory committee", "Japan
 * is also not totally happy with the administration's trade bill", "we are not happy with the Reagan Administration" worry
 * (concern), where the negation made a denial.
 */
const DISCONTENT = /\b(?:is|are|was|were|am|['’]re|['’]m)\s+(?:(?:also|still|\w+ly)\s+)?not\s+(?:(?:\w+ly|too|very|at all)\s+)?(?:happy|pleased|satisfied|content|comfortable)\b/i;
/**
 * Uncertainty told: "he is not sure when the bill would go before the Senate", "it is not clear how far Washington wants to
 * see the Taiwan dollar rise", "We are not clear at all on his tactics" judge how things stand (characterization), where
 * the negation made a denial (not "were not clear evidence of a recovery", which a negation of a thing judges anyway).
 */
const UNSURE = /\b(?:is|are|was|were|am|['’]re|['’]m|remains?|remained)\s+(?:(?:also|still|\w+ly)\s+)?not\s+(?:(?:\w+ly|yet|at all)\s+)?(?:sure|clear|certain)\b(?!\s+(?:evidence|signs?|indications?|proof|cut)\b)/i;
const KINDS: [RegExp, StatementKind][] = [
  // Feelings named: "expressed confidence (optimism, surprise) that …" judges, "expressed satisfaction at" backs,
  // "expressed disappointment" worries (16 of 16 corpus hits), and so does "expressed frustration with the huge trade
  // imbalance", "We have expressed our unhappiness with the insistence of multi-lateral agencies" (2 of 2, session 14).
  [/\bexpressed\s+(?:\w+\s+){0,2}(?:confidence|optimism|pessimism|surprise)\b/i, 'characterization'],
  [/\bexpressed\s+(?:\w+\s+){0,2}satisfaction\b/i, 'support'],
  [/\bexpressed\s+(?:\w+\s+){0,2}(?:disappointment|frustration|unhappiness|displeasure|dissatisfaction|dismay)\b/i, 'concern'],
  // Not the idiom "as far as inflation is concerned" (a topic named: 9 of 9 corpus hits worried about nothing).
  // "I regret that these actions are necessary", "I deeply regret his decision": a regret told (3 of 3 corpus hits).
  [/(?<!\b(?:if|unless)\b[^,.;]{0,40})\b(?:voiced|expressed|raised|share[sd]?)\s+(?:(?:the|his|her|its|their|our|deep|grave|serious|strong)\s+)*(?:concerns?|doubts?|misgivings|reservations)\b|\bconcerned\b(?<!\b(?:as|so)\s+far\s+as\s+[^.;]{1,80}?\s+(?:is|are|was|were|am)\s+concerned)|\bworried\b|\b(?:is|are|was|were|(?:has|have|had)\s+become|became)\s+(?:\w+ly\s+)?(?:perplexed|dismayed|alarmed|disturbed|troubled|(?:angered|angry|upset|irritated|annoyed|frustrated|unhappy|dissatisfied|furious|outraged)(?=\s+(?:over|at|with|about|by|that)\b))\b|\bregrett?(?:ed|s)\b|\b(?:I|we)\s+(?:\w+ly\s+)?regret\b|\bexpressed\s+(?:(?:his|her|its|their|deep|great)\s+)*regret\b|\b(?:deep|grave|serious)\s+concern\b|\b(?:told|informed|notified|aware)\s+(?:\w+\s+)?(?:of|about)\s+(?:[\w.]+\s+){0,2}concerns?\b|\bconcerns?(?<!\b(?:if|unless|because|since|once|now that)\b[^,;]{0,60}concerns?)\s+(?:that|over|about|at)\b/i, 'concern'],
  // A fear told: "expressed fears that the gun could not be fielded", "I fear the dead could be in hundreds", "officials
  // feared more strikes were on the way", "Many countries fear that …" (not "for fear that", a reason; "dismissed fears
  // of a famine" is decided by its earlier stance verb; not "Up to 300 people were feared dead", a toll estimated).
  [/\b(?:voiced|expressed|raised)\s+(?:(?:the|his|her|its|their|our|deep|grave|serious|strong)\s+)*fears?\b|\b(?:I|we|they|he|she)\s+(?:\w+ly\s+)?fear(?:s|ed)?\b|\bfeared\b(?<!\b(?:is|are|was|were|be|been)\s+feared)|(?<!\bfor\s)\bfears?\s+that\b/i, 'concern'],
  [DISCONTENT, 'concern'],
  // "Unfortunately, some in the Congress are trying to do exactly that", "Regrettably too much of it was in one
  // direction": a development regretted.
  [/\b(?:unfortunately|regrettably|sadly)\b/i, 'concern'],
  // "vowed to avenge the attack", "vowed retaliation": a threat, before the warning of a bare "vowed".
  [/\bvow(?:ed|s)?\s+(?:to\s+)?(?:\w+\s+)?(?:avenge|revenge|retaliat\w*|punish|hit back|strike back)\b/i, 'threat'],
  [/\bwarn(?:ed|s|ing)?\b|\bvowed\b|\bcautioned\b/i, 'warning'],
  // "If U.S. intervention occurs, the world will become insecure": a feared consequence of a condition.
  [/^\W*if\b[^;]{3,120}?\b(?:will|would|could)\b[^;]{0,120}?\b(?:insecure|danger|dangerous|war|retaliat\w*|sanctions?|suffer|collapse|damage|harm|crisis|fail|consequences|trouble|risks?|threat|sorry|lose|losing|never|unable|worse|hurt|cost|clos(?:e|ed|ing)|not be (?:left )?open|confront\w*)\b/i, 'warning'],
  // A feared outcome: "could trigger retaliation", "could result in a large trade deficit".
  [/\b(?:could|would|might|may|will)\s+(?:\w+\s+)?(?:trigger|provoke|spark|endanger|jeopardi[sz]e|undermine|damage|harm|hurt)\b|\b(?:could|would|might|may)\s+(?:\w+\s+)?have\s+(?:an?\s+)?(?:\w+\s+)?(?:negative|adverse|damaging|harmful|serious|grave|disastrous|devastating)\s+(?:effects?|impact|consequences)\b|\b(?:could|would|might|may)\s+(?:\w+\s+)?(?:result in|lead to|cause|create|draw|invite|prompt)\b[^.;]{0,60}?\b(?:deficits?|bankruptc(?:y|ies)|chaos|war|retaliation|crisis|default|conflict|collapse|loss(?:es)?|protectionism|violence|instability|tension|sanctions|unemployment|recession|renege)\b/i, 'warning'],
  // "would not let Iran use missiles", "will not tolerate": a line drawn, a warning.
  [/\b(?:will|would|shall)\s+not\s+(?:let|allow|tolerate|permit|stand by)\b/i, 'warning'],
  // "would be met by a strong response", "will meet a firm response", "will bring a forceful and violent response": a threat.
  [/\b(?:will|would|shall)\s+(?:be\s+met\s+(?:by|with)|meet(?:\s+with)?|bring)\s+["“]?(?:an?\s+)?(?:\w+\s+){0,3}(?:response|retaliation|reply|resistance|force)\b/i, 'threat'],
  // "involves the risk of a new surge of inflation": a danger pointed out.
  [/\b(?:involves?|carr(?:y|ies)|runs?|raises?|increases?)\s+(?:the|a|an)\s+(?:\w+\s+)?risks?\b/i, 'warning'],
  // "there was still a danger that the correction of the dollar's value could overshoot", "an overshooting now brings the
  // danger of a new inflationary push", "there was a risk that the Louvre agreement may falter", "prices were in danger of
  // falling", "pointed to the dangers that would arise from a further dollar fall": a danger pointed out (not "no danger",
  // "reduce the danger of loss").
  [/\b(?:is|was|are|were|remains?|remained|brings?|brought)\s+(?:(?:still|always|clearly|also|now|a|an|the|real|great|serious|grave|growing|some|considerable|potential)\s+)*(?:dangers?|risks?)\s+(?:that|of)\b|\bin danger of\b|\bpoint(?:ed|s)?\s+to\s+the\s+(?:\w+\s+)?dangers?\b/i, 'warning'],
  // "missiles which pose a greater threat to shipping": a danger pointed out.
  [/\bpos(?:e|es|ed|ing)\s+(?:an?\s+)?(?:\w+\s+)?(?:threat|danger|risk)\b/i, 'warning'],
  // "may take retaliatory measures if the United States imposes …", "was considering possible retaliatory measures if it
  // did not get its way", "reiterated Washington's firm intention to retaliate if the EC goes ahead": retaliation held
  // out on a condition is a threat (not "will take adequate measures if necessary").
  [/\b(?:will|would|may|might|could|shall|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:considering|ready|prepared|planning)|consider(?:ing)?|intention|intends?|intended|determined)\b[^.;]{0,60}?\b(?:retaliat\w*|counter-?measures|sanctions|(?:retaliatory|punitive|tough|firm|strong|serious|unspecified|emergency)\s+(?:measures|action|steps))\b[^.;]{0,80}?\bif\b(?!\s+(?:necessary|needed|required|appropriate|possible)\b)/i, 'threat'],
  // "Iran would respond decisively to any aggressive measure", "Whatever manoeuvre they take will be answered by Peru":
  // a response held out, a threat.
  [/\b(?:will|would|shall)\s+(?:\w+ly\s+)?(?:respond|react|reply)\s+(?:(?:decisively|firmly|strongly|forcefully|swiftly|militarily|immediately|resolutely)\b|(?:\w+ly\s+)?(?:to|against)\s+any\b|in kind\b)|\b(?:will|would|shall)\s+(?:\w+ly\s+)?be\s+answered\b/i, 'threat'],
  // "Any U.S. military aggression against Iran will be the beginning of a clash", "ready to tackle any aggressors": what
  // another side's hostile move would bring, a warning (not "any EC move to cut tariffs would make crops competitive").
  [/(?:^|[:"“]\s*)(?:that\s+)?any\s+(?![^.;]{0,120}?\b(?:be\s+met|meet|bring|be\s+answered)\b)(?:[\w.-]+\s+){0,3}(?:aggression|interference|attack|intervention|provocation|violation|(?:military|hostile|aggressive)\s+(?:moves?|actions?|measures?))s?\b[^.;]{0,80}?\b(?:will|would|could)\b|\b(?:ready|prepared|determined)\s+to\s+(?:\w+\s+){1,2}any\s+(?:\w+\s+)?(?:aggress\w*|attacks?|threats?|interference|intervention|provocations?|response|retaliation|escalation)\b/i, 'warning'],
  // "We will retaliate", "we shall decisively confront that move": a threat of the speaker's own. So is "would not hesitate
  // to take action to thwart the alleged offensive", "will not hesitate to take vigorous actions" (3 of 3 corpus hits, all
  // announced before; session 12).
  // So is retaliation held ready: "Britain was ready to retaliate against Japanese financial groups", "President Reagan was
  // ready to impose retaliatory trade action against Japan" (not "prepared to impose further austerity measures", a policy).
  [/\b(?:ready|prepared|determined)\s+to\s+(?:\w+ly\s+)?(?:retaliate|hit back|strike back|impose\s+(?:\w+\s+){0,2}(?:retaliatory|punitive|sanctions|tariffs)\b)|\b(?:will|would|shall)\s+(?:\w+\s+)?(?:retaliate|confront|hit back|strike back)\b|\b(?:(?:will|would|shall)\s+not|won['’]t|wouldn['’]t)\s+hesitate\s+to\b/i, 'threat'],
  // Not "to threaten shipping" (what is reported), "could threaten the trading system" (a danger) nor "excess liquidity
  // which threatened money supply targets" (what a thing does).
  [/(?<!\b(?:to|could|would|might|may|can)\s+(?:\w+\s+){0,3})(?<!\b(?:which|that)\s+(?:\w+ly\s+)?)\bthreaten(?:ed|s|ing)?\b|\b(?:repeated|renewed|issued|made|reiterated)\s+(?:the|a|its|his|her|their)\s+threats?\b/i, 'threat'],
  [BLAMED_ON, 'accusation'],
  [/\baccus(?:ed|es|ing)\b|\bcharg(?:ed|ing)(?<!\b(?:was|were|been|be|is|are)\s+(?:\w+\s+)?charg(?:ed|ing))\s+(?:that\b|(?<=charged\s+)(?:[A-Z][\w.]*\s+){1,3}with\b)|\bblamed?\b|\bcondemn(?:ed|s|ing)?\b|\bcritici[sz](?:ed|ing)\b|\bdenounc(?:ed|ing)\b|\bprotest(?:ed|s|ing)?\s+(?:\w+ly\s+)?(?:against|over|at|to)\b|(?<!\b(?:a|the|its|their|his|her)\s+)\bprotest(?:ed|s)\b(?!\s+(?:against|over|at|to)\b)|\bcomplain(?:ed|s|ing)?\b|(?<!\b(?:not|never|denied|deny|denies)\s+)\b(?:violat(?:ed|es|ing)|contraven(?:ed|es|ing)|breach(?:ed|es|ing))\b|\b(?:main|chief|real|principal|primary)\s+(?:cause|source)\s+of\s+(?:the\s+)?(?:tension|conflict|crisis|trouble|instability|problems?)\b|\bto blame for\b|\b(?:through|by) the fault of\b|\bat fault\b|\balleg(?:ed|ing|es)\s+that\b|\bdeplor(?:ed|es|ing)\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:responsible|to blame)\s+for\s+(?:the|this|that|its|their)\b|\b(?:has|have|had)\s+failed\s+to\s+(?:live up|fulfil|fulfill|honou?r|comply|abide|implement|carry out|keep (?:its|their|his|her) (?:word|promises?|commitments?)|meet (?:its|their) (?:commitments?|obligations?))\b/i, 'accusation'],
  // "called for another meeting", "called for talks": a call proposed, not an order (the noun "call for talks" too).
  [/\bcall(?:ed|s|ing)?\s+for\s+(?:(?:an?|the|new|further|more|another|early|urgent|direct|immediate|bilateral|international|fresh)\s+){0,3}(?:talks|meetings?|negotiations|summit|conference|dialogue|consultations)\b/i, 'proposal'],
  [ORDERED, 'demand'],
  // "insisted on a ceasefire", "insisted that the rules be kept" ask something; "insisted he has told all he knows",
  // "insists that the state is doing as much as it can" maintain a claim (corpus: 8 of 8 'insisted on' hits demands,
  // 5 of 6 'insisted that' with an indicative claims).
  // Not "the plan (the agreement, one condition) calls for …", what a text holds (12 of 12 corpus hits).
  [/\bdemand(?:ed|ing)\b(?!\s+(?:for|in|of)\b)|\bdemands(?<!\b(?:the|its|their|his|her|these|those|such|of|and)\s+(?:\w+\s+)?demands)\s+(?:that|the|a|an)\b|\bdemand\b(?<=\b(?:I|we|they|will|would|shall|must|may|might|can|could|to)\s+(?:\w+ly\s+)?demand)(?!\s+(?:for|in|of)\b)|(?:\bcall(?:ed|s|ing) (?:for|on)\b|\burg(?:e|ed|es|ing)\b)(?<!\b(?:not|never)\s+(?:\w+\s+)?(?:call(?:ed|s|ing) (?:for|on)|urg(?:e|ed|es|ing)))(?<!\b(?:conditions?|plans?|agreement|pact|accord|proposal|bill|law|program|programme|package|deal|treaty|rules?|provisions?|budget|measure|legislation|resolution|contract|offer|scheme|strategy|draft|document|report)\s+(?:\w+\s+)?(?:call(?:ed|s|ing) (?:for|on)|urg(?:e|ed|es|ing)))|\binsist(?:ed|s|ing)?\s+(?:on|upon)\b|\binsist(?:ed|s|ing)?\s+(?:that\s+)?[^.;"“”]{0,60}?\b(?:should|must|be)\b|\bdesire for\b|\bwould\s+(?:also\s+|\w+ly\s+)?do well to\b|\bappeal(?:ed|s|ing)?\s+(?:to|for)\b/i, 'demand'],
  // A need named: "emphasised the need for the Brazilian authorities to present a program", "radical changes were
  // needed", "some kind of debt relief is necessary", "it would be necessary for other countries to adjust their
  // currencies", "it's terribly important not to restrict a president's options": what the speaker asks to be done, not an
  // assessment (not "there is no need for", "no drastic changes were needed", "was not needed", "if tightening is
  // necessary, we will do it", "would do whatever was necessary", "another meeting would be necessary", a call planned;
  // "a new GATT round is needed" is asked for),
  // nor a need removed or talked over ("the certificates preclude the need for", "discussed the need to control
  // spending", a topic of talks). Corpus: of 19 statements outside gold/held-out that "is/would be necessary" (or
  // essential) turned into demands, 15 better, 2 as acceptable, 2 worse (a past measure justified: "the increase in
  // bond issues was necessary to finance 14 major projects").
  [/(?<!\b(?:no|little|any|without|preclud\w*|eliminat\w*|avoid\w*|reduc\w*|remov\w*|obviat\w*|lessen\w*|discuss\w*|debat\w*|examin\w*)\s+)\bthe\s+(?:\w+\s+)?need\s+(?:for|to)\b|(?<!\bno\s+(?:[\w-]+\s+){0,6})(?<!\b(?:if|unless|whatever|as)\b[^,.;]{0,40})(?<!\b(?:another|further|more|second|next)\s+(?:meetings?|talks|rounds?|sessions?|negotiations|consultations|discussions)\s+)\b(?:is|are|was|were|will be|would be)\s+(?:(?:\w+ly|also|still|now)\s+)?(?:needed|necessary|essential|indispensable|imperative)\b|\bit\s*(?:is|was|["'’]s)\s+(?:(?:\w+ly|very|most|so|also|still)\s+)*(?:important|essential|vital|imperative|crucial)\s+(?:(?:for|that)\b|(?:not\s+)?to\b)/i, 'demand'],
  // "wanted Japan to open its markets", "would press Tokyo to act": an order to a state or a person.
  [/\b(?:(?:will|would|shall)\s+(?:also\s+)?)?(?:wants?|wanted|would like|press(?:ed|es|ing)?|pressur(?:e|ed|es|ing))\s+(?:him|her|them|(?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)?)\s+to\s+[a-z]+\b/, 'demand'],
  // "said Ankara wanted talks": wanting talks with the other side offers them.
  [/\b(?:wants?|wanted)\s+(?:(?:new|more|direct|bilateral|early|urgent|immediate|further)\s+)?(?:talks|negotiations|dialogue|consultations|an? (?:meeting|summit))\b/, 'proposal'],
  // "Britain wants agreement by December", "I want a fair crack of the whip", "the World Bank wanted further
  // clarifications": what a speaker wants of others (not "wants to resolve", a plan; not "than the Republicans wanted";
  // not "we do not want a trade war", a refusal; not what a people wants, "the Soviets want", told by another).
  [/\b(?:wants?|wanted)(?<!\b(?:than|if|everybody|everyone|nobody|who|which)\s+(?:\w+\s+)?(?:wants?|wanted))(?<!(?:\bnot|\bnever|n't|n’t)\s+(?:wants?|wanted))(?<!\bthe\s+[A-Z][a-z]+s\s+(?:wants?|wanted))\s+(?!to\b)(?:an?|the|more|further|some|its|their|our|no|new|full|immediate|[a-z]+(?:s|ion|ment))\b(?!\s+to\b)/, 'demand'],
  // "offered" proposes; "the London Interbank Offered Rate" (LIBOR) and "the offered rate" name a rate (6 of 6 corpus hits
  // in statements were such rates, none an offer). "it invited offers of first category paper today for a money market
  // tender", "an invitation for offers from exporters": a market procedure opened, no proposal (4 of 4 corpus hits); so
  // is a bank's or a treasury's offer of paper or money ("the Central Bank offered 250 mln rupees worth of three-month
  // treasury bills at its weekly tender", "offered the discount houses borrowing facilities", "offered to buy all
  // maturities of Treasury bills"), unlike aid or goods offered to a state ("Pakistan has offered 50,000 tonnes of rice").
  [/\bpropos(?:ed|es)\b(?<!(?:\b(?:a|an|the|its|their|his|her|our|under|of|on|for|with|against|from|about|over|into)|['’]s)\s+propos(?:ed|es))|\bproposal for\b|\bsuggested\b(?!\s+(?:that\s+)?(?:[^\s,;:."“”]+\s+){1,8}?(?:might|may|would|will|was|were|is|are|had|has|did|does)\b)|\boffered\b(?<!\b(?:who|which|that)\s+(?:\w+\s+){0,2}offered)(?!\s+rates?\b)(?!\s+(?:to\s+(?:buy|sell)\s+)?(?:[^\s,;:."“”]+\s+){0,8}?(?:bills|bonds|notes|securities|funds|(?:borrowing|credit|lending)\s+facilities|paper|certificates|issues|maturities)\b)|\binvit(?:ed|ation)\b(?!\s+(?:(?:for|\w+)\s+){0,2}?(?:offers|bids|tenders)\b)/i, 'proposal'],
  // "supports", "we support", "have pledged political backing for President Hosni Mubarak's government"; not the noun ("gaining official support") nor an infinitive ("commitments to support").
  // "he stood by Chad rebel forces", "stood by the Paris agreement", "we will continue to stand by its side": backing kept.
  [/\b(?:reiterated|expressed|pledged|voiced|confirmed|reaffirmed)\s+(?:\w+\s+)?(?:support|backing)\b|^(?:(?:his|her|its|their|our|the|[A-Z][\w.-]*)\s+){0,2}(?:support|backing)\s+for\b|\bsupport(?:ed|s)\b|\b(?:we|I|they|will|would|fully|strongly|also|firmly)\s+support\b|\bbacked\b|\b(?:stood|stands?|standing)\s+by\s+(?:(?:the|its|their|his|her|our)\s+)?(?!(?:in|at|for|to|with)\b)[A-Za-z]|\bprais(?:ed|es)\b|\bhailed\b|\bcommended\b|\bapplauded\b|\b(?:remains?|is|are|was|were|stays?)\s+(?:\w+\s+)?committed to\b|\bendorsed\b|\bdefend(?:ed|s)\b|\bthank(?:ed|s)\b|\b(?:step|move)s?\s+in the right direction\b|\b(?:positive|important|welcome|significant|constructive|useful)\s+(?:first\s+)?(?:step|move|development|signal|contribution)\b/i, 'support'],
  // "reaffirmed their commitment to the Louvre accord", "reaffirmed an earlier Paris accord": a deal upheld; not "reaffirmed
  // his opposition to protectionism" (a refusal), "reaffirmed that the government aimed to cut the rate", "reaffirmed its
  // intention to open its markets" (what follows decides: 11 of 20 corpus hits upheld a deal, the others not).
  // Not a deal told of as done before ("the range agreed on in the Louvre", "measures had already been agreed in Paris");
  // "we agree that", "he and Baker agree on the need": a view shared. Nor "agreed" before a noun, a deal already made:
  // "Opec remains within its agreed output ceiling", "have begun to pay an agreed 15 pct surcharge" (7 of 7 corpus hits read
  // as agreements were such judgements or news of the deal; session 12).
  [/(?<!\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?)\bagreed\b(?<!(?:\b(?:the|an?|its|their|our|his|her|this|these|those)|['’]s)\s+agreed)(?!\s+(?:on|upon|to)\s+(?:in|at|during|by|last|earlier)\b)|(?<!\b(?:not|to|if|unless|would|could|will|may|might|can|cannot|must|should)\s+(?:\w+\s+)?)\bagrees?\s+(?:on|that|with)\b|\breached (?:an )?agreement\b|\breaffirm(?:ed|s|ing)\s+(?:[^\s,;:.]+\s+){0,5}?(?:accords?|agreements?|pacts?|treaty|commitments?|understanding|consensus|deal)\b|\bsigned\b|\bratif(?:y|ies|ied)\b(?!\s+(?:it|the)\s+(?:before|by)\b)/i, 'agreement'],
  // Opposition or backing foretold or under way is the stance itself, not the plan of a future (OPPOSITION_FORETOLD, BACKING_FORETOLD).
  [OPPOSITION_FORETOLD, 'denial'],
  [BACKING_FORETOLD, 'support'],
  // "Poehl played down the risk of inflation", "the senior official played down those expectations": a claim or a fear
  // made light of is denied (session 13; 4 corpus statements, 4 right).
  [/(?<!\b(?:if|unless)\b[^,.;]{0,60})\b(?:do|does|did|will|would)\s+not\s+(?:support|accept|agree)\b|\bopposes\b|\bopposed\s+(?:the|a|an|any|this|that|his|her|its|their)\b|\b(?:is|are|was|were|remains?)\s+(?:\w+\s+)?opposed to\b|\bden(?:ied|ies)\b|\b(?:we|I|they)\s+(?:\w+ly\s+)?deny\b|\b(?:his|her|its|their|our)\s+(?:opposition|objections?)\s+to\b|\b(?:reaffirm|reiterat|restat|express|voic)(?:ed|es|ing)\s+(?:\w+\s+){0,3}(?:opposition|objections?)\b|\brejected\b|\bdismissed\b|\bplay(?:ed|s|ing)\s+down\b|\bthere\s+(?:is|was)\s+no\s+way\b|\bdisagree(?:d|s)?\s+with\b|\bdisclaim(?:ed|s)\b|\brebuffed\b(?<!\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?rebuffed)|\bruled out\b|\bwould not resign\b|\bdiscouraged speculation\b|\b(?:is|are|was|were)\s+not\s+(?:prepared|willing|ready)\s+to\b|\brefus(?:ed|es|ing)\s+to\b/i, 'denial'],
  // "could not rule out the possibility of central bank intervention", "such an offer had not been ruled out": an
  // option kept open, no refusal (26 corpus hits, none a denial); before the "ruled out" of a denial.
  [/\b(?:not|never|n['’]t)\s+(?:\w+ly\s+)?(?:be(?:en)?\s+)?rul(?:e|ed|ing)\s+out\b|\bcannot\s+(?:be\s+)?rul(?:e|ed)\s+out\b/i, 'characterization'],
  // "his country could not accept the idea", "we cannot support such a bill": a refusal (7 of 8 corpus hits).
  [/\b(?:could\s+not|can\s?not|can['’]t|couldn['’]t)\s+accept\b|\b(?:I|we|he|she|it|they)\s+(?:could\s+not|can\s?not|can['’]t|couldn['’]t)\s+(?:support|agree to)\b/i, 'denial'],
  // "reports that it intended to threaten shipping were baseless": a report called untrue is denied, whatever it said.
  // "this was incorrect", "Chinese figures showing 13 years of deficits are inaccurate": a claim or figures called wrong
  // (3 of 22 corpus hits of the words; the rest judged things, "an inaccurate picture", "based on incorrect data").
  [/\b(?:baseless|groundless|unfounded|untrue|no truth|no basis|(?:is|was|were|are)\s+not\s+true)\b|\b(?:this|that|reports?|figures|claims?|allegations?|charges|stories|story|rumou?rs?|statements?|accounts?)\b[^;:,"“”]{0,80}?\b(?:is|was|were|are)\s+(?:\w+ly\s+)?(?:incorrect|inaccurate|false|erroneous|not correct)\b(?!\s+to\b)/i, 'denial'],
  // Not "hostile takeover attempts", "a hostile bid": a market's word for a bid unwanted by a firm's board, no charge (4 of 4
  // corpus hits in statements).
  [/\bhostile\b(?!\s+(?:takeovers?|bids?|tender|offers?|acquisitions?|raids?|suitors?)\b)|\bpoison\b|\bnot accidental\b|\bindignation\b|\bblame\b/i, 'accusation'],
  // "exports should rise", "the increase should boost prices", "should not affect the sale": a likely outcome told
  // (13 of 13 corpus hits of these verbs), not what someone must do ("Japan should open its market").
  // What a state, body or person should do is asked of it; what a thing should do is expected (SHOULD, kindOf).
  [SHOULD, 'demand'],
  // "we need", "I firmly desire a faithful adherence to the accords", "there has to be a clear indication": asked of others
  // (not "we wish to reach an agreement", an intention).
  [NEEDS, 'demand'],
  [/\bmust\b|\b(?:we|I)\s+(?:\w+ly\s+)?(?:need|require|have to|(?:desire|wish)(?!\s+to\b))\b|\bthere\s+(?:has|have|will have)\s+to\s+be\b/i, 'demand'],
  // "expects him (Japan, the U.S.) to": of a person or state, not "expects exports to pick up".
  [/(?<!\bnot\s)\b[Ee]xpects? (?:him|her|them|us|you|(?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)?(?: (?:government|administration|authorities|side|leadership))?) to\b/, 'demand'],
  // Not the noun: "in hopes Iran would", "held out little hope".
  // "hoped to take the company public", "hopes to complete the acquisition in May": a plan of the speaker's (like
  // "plans to"), not backing for something (12 of 12 corpus hits of "said … hoped/hopes to").
  [/\bhop(?:ed?|es|ing)(?<!\b(?:which|that|who)\s+(?:I|we|he|she|they)\s+hop(?:ed?|es|ing))(?<!\b(?:in|little|no|any|some|slim|faint|out|the)\s+hop(?:ed?|es|ing))\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]+/i, 'announcement'],
  // A hope: its kind is decided by what is hoped for (hopeKind).
  [HOPE, 'other'],
  // "I think they'll probably try …", "My impression is there will be some movement", "I doubt there will be support":
  // an opinion told as one (14 of 15 corpus quotes), before the "will" of what it expects. So is one negated: "I do not
  // think there will be a trade war at all", "I don't think anyone should panic" (not a denial, nor what "should" asks).
  [/\b(?:I|we)\s+(?:\w+ly\s+)?(?:(?:do|did)\s+not\s+|(?:don|didn)['’]t\s+)?(?:think|doubt|feel)\b|\b(?:my|our)\s+impression\b|\bin\s+(?:my|our)\s+(?:view|opinion)\b/i, 'characterization'],
  [LIKELY, 'characterization'],
  [UNSURE, 'characterization'],
  [/\boptimistic\b|\bpessimistic\b|\bconfident\b|\b(?:little|no|slim|faint)\s+hopes?\b|\bpersuaded\b|\bno question\b|\bunderstands\b|\bbelieve[sd]?\b|\bthought\b|\bseriously\b/i, 'characterization'],
  // Not "to reform what he described as its underdeveloped bank sector": the speaker's word for a thing, not what is said.
  // "Greenspan had suggested that the dollar might be too high", "an official suggested that a comment might be forthcoming":
  // a view hinted at, not a proposal ("suggested a 60-day extension", "suggested that a working party be set up"; corpus:
  // 11 of 25 'suggested' hits took such a clause; "suggested the two countries could conduct a joint investigation" proposes).
  [/\bsuggested\s+(?:that\s+)?(?:[^\s,;:."“”]+\s+){1,8}?(?:might|may|would|will|was|were|is|are|had|has|did|does)\b/i, 'characterization'],
  [/\bdescribed\b(?<!\bwhat\s+(?:he|she|it|they|we|the\s+\w+)\s+described)|\bcharacteri[sz]ed\b|\bpointed to\b|\bbranded\b|\bforecast\b|\bpredicted\b|\bestimated\b(?<!\b(?:an|the|total)\s+estimated)|(?<!\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?)\bexpect(?:s|ed)?\b(?!\s+to\s+(?:visit|meet|hold|sign|attend|leave|arrive|travel|announce)\b)/i, 'characterization'],
  [WELCOME_SUPPORT, 'support'],
  [/\bgreetings\b|\bgreeted\b|\bwelcomed\b|\bgood to see\b|\bcongratulated\b/i, 'greeting'],
  // "would not be an intelligent measure", "will be very difficult": an assessment, not an announcement.
  [new RegExp(String.raw`\b(?:would|will|could|might)\s+(?:not\s+|never\s+)?be\s+(?:(?:a|an|the|very|so|too|more|less|most|quite|rather|extremely|highly|particularly|just as)\s+)*(?:${ASSESS}|hard|tough|possible|a success|a failure|surprised|better|worse|good|bad)\b|\bcould agree\b`, 'i'), 'characterization'],
  // Not "the package announced by Tokyo" (what someone else announced).
  [new RegExp(`\\bwe are \\w+ing\\b|\\bannounced\\b(?!\\s+by\\b)|\\bplans? to\\b|\\bis to\\b|\\b(?:ready|prepared|willing|determined) to\\b|\\b(?:pledged|promised|undertook) to\\b|\\bpromised\\b`, 'i'), 'announcement'],
];
/**
 * What may stand between a subject and its verb: auxiliaries, adverbs and a day
 * ("Gorbachev on Monday warned", "Shultz particularly criticized", "officials have repeatedly said").
 */
const GAP = String.raw`(?:(?:also|again|has|have|had|then|today|yesterday|tonight|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night)|in the past|in recent (?:days|weeks|months)|[a-z]+ly)\s+)*`;
/** Verbs after which the subject is the one who states (not merely acts). */
const STANCE_VERB = new RegExp(String.raw`^\s*${GAP}(?:(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:now\s+|also\s+|still\s+)?(?:threatening|warning|urging|demanding|calling for|calling on|insisting|refusing)\b|voiced|expressed|raised|warned|vowed|threatened|accused|charged(?=\s+that\b)|blamed|condemned|criticized|criticised|protested|complained|questioned|objected|played down|promised|invited|demanded|called for|urged|insisted|proposed|suggested|offered|reiterated|reaffirmed|defended|thanked|opposed|appealed|pledged|agreed|denied|rejected|dismissed|described|characterized|pointed to|branded|greeted|welcomed|congratulated|praised|hailed|forecast|predicted|forecasts|predicts|asked\s+[^,.;"“”]{1,60}?\s+to|said|told|announced|stressed|noted|added|ruled out|declined|refused|discouraged|repeated|indicated|acknowledged|declared|admitted|called on|alleged(?=\s+that\b)|maintained(?=\s+(?:in the past\s+|all along\s+)?that\b)|made\s+(?:it\s+)?(?:clear|plain)\b)\b`, 'i');

/**
 * Speech acts named as nouns, and the kind each makes: "Gorbachev's proposal", "a North Korean call for talks".
 * Not "support" or "backing": "without Reagan's support" names no act of speech.
 */
const NOMINAL: [RegExp, StatementKind][] = [
  [/^(?:proposals?|offers?|invitations?|initiatives?|calls? for|peace plan|plan for)\b/i, 'proposal'],
  [/^(?:demands?|appeals?|pleas?|ultimatum)\b/i, 'demand'],
  [/^warnings?\b/i, 'warning'],
  [/^threats?\b/i, 'threat'],
  [/^(?:accusations?|criticism|condemnation|charges? that)\b/i, 'accusation'],
  [/^(?:denials?|rejection)\b/i, 'denial'],
  [/^announcement\b/i, 'announcement'],
];
const NOMINAL_BY = /\b(proposals?|offers?|invitations?|initiatives?|calls? for|demands?|appeals?|warnings?|threats?|accusations?|criticism|condemnation|denials?|announcement)\s+(?:\w+\s+)?(?:by|from)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}$/i;

/** A speech act named as a noun, owned by an actor. */
interface NominalAct { actor: ActorRef; kind: StatementKind; start: number; end: number }

function nominalKind(noun: string): StatementKind | null {
  for (const [re, kind] of NOMINAL) if (re.test(noun)) return kind;
  return null;
}

/**
 * Speech acts named as nouns in a sentence: "<actor>'s (weekend) proposal", "a <demonym> call for",
 * "an announcement by <actor>", "criticism from <actor>". Each is a statement of its owner.
 */
export function nominalActs(text: string, ms: Mention[], sStart: number, sEnd: number): NominalAct[] {
  const out: NominalAct[] = [];
  for (const m of ms) {
    if (m.kind === 'place' || (m.kind === 'country' && m.form === 'capital')) continue;
    const actor = actorOf(m);
    if (!actor) continue;
    const after = text.slice(m.end, Math.min(sEnd, m.end + 60));
    // Possessive: up to two modifiers ("weekend", "recent"); a demonym takes the noun directly.
    const poss = m.form === 'demonym' ? /^\s+/.exec(after) : /^['’]s?\s+/.exec(after);
    const determined = m.form !== 'demonym' || /\b(?:a|an|the|recent|new|latest|earlier)\s+$/i.test(text.slice(Math.max(sStart, m.start - 12), m.start));
    if (poss && determined) {
      let rest = after.slice(poss[0].length);
      let kind = nominalKind(rest);
      // Up to two lower-case modifiers after a possessive ("Gorbachev's weekend proposal").
      for (let i = 0; !kind && m.form !== 'demonym' && i < 2; i++) {
        const w = /^[a-z]+\s+/.exec(rest);
        if (!w) break;
        rest = rest.slice(w[0].length);
        kind = nominalKind(rest);
      }
      if (kind) {
        // The act runs to a comma, or to the verb its noun is the subject of ("the Soviet proposal was a step …").
        const comma = text.indexOf(',', m.end + poss[0].length);
        const from = m.end + poss[0].length;
        const verb = /\s(?:is|are|was|were|would|will|has|had|could|may|might|remains?|remained|seems?|seemed)\b/.exec(text.slice(from, sEnd));
        const ends = [comma < 0 || comma > sEnd ? sEnd : comma, verb ? from + verb.index : sEnd];
        out.push({ actor, kind, start: m.start, end: Math.min(...ends) });
        continue;
      }
    }
    if (m.form === 'demonym') continue;
    const by = NOMINAL_BY.exec(text.slice(Math.max(sStart, m.start - 80), m.start));
    if (by) {
      const kind = nominalKind(by[1]!);
      const start = m.start - (text.slice(Math.max(sStart, m.start - 80), m.start).length - by.index);
      const end = text.indexOf(',', m.end);
      if (kind) out.push({ actor, kind, start, end: end < 0 || end > sEnd ? sEnd : end });
    }
  }
  return out;
}

const COORDINATED = /\b(?:but|and)\s+(?:also\s+)?((?:denied|warned|urged|accused|rejected|threatened|demanded|proposed|called for|called on|criticized|criticised|condemned|dismissed|ruled out)\b)/i;
/**
 * People outside government speak for no state: industry sources, analysts, firms, the opposition ("Egypt's
 * opposition charged that the election was rigged", "opposition parties said"), a trade body's people ("..., the Japan
 * Ship Exporters Association said. ..., an association official said"); nor do "international monetary
 * sources" and "Latin American officials" (of a region, not of the United States).
 */
const NON_STATE_WORDS = /\b(?:industry|business|market|banking|company|corporate|oil|private|opposition|party|union|association)\s+(?:sources?|officials?|executives?|spokes(?:man|woman)|leaders?|representatives?|groups?)\b|\b(?:the|[A-Z][\w.]*['’]s)\s+opposition\b(?!\s+to\b)|\bopposition\s+(?:parties|members|politicians|deputies|MPs|parliamentarians)\b|\btrade sources\b|\binternational\s+(?:\w+\s+)?(?:sources|officials)\b|\b(?:Latin|South|Central|North)\s+American\s+(?:officials?|sources?|diplomats?|delegates?|leaders?|governments?|countries|nations|debtors|bankers?|ministers?)\b|\b(?:industrialists?|analysts?|economists?|traders?|dealers?|bankers?|brokers?|executives|professors?|researchers?|strategists?)\b|\b(?:operators?|owners?|\w*(?<!\b(?:policy|decision|peace|trouble)[- ]?|\blaw)makers?|manufacturers?|refiners?|carriers?|shippers?|distributors?|importers?|processors?|millers?|growers?|farmers?)\b(?!\s+(?:countries|nations|states|governments?|ministers?)\b)|\b(?:securities|brokerage|trading|investment)\s+(?:houses?|firms?)\b|\b(?:of|for|at|with)\s+an?\s+(?:[\w.-]+\s+){0,3}(?:firm|company|house|bank|corporation)\b/i;
/**
 * A company: "<Nomura International>" (Reuters marks companies so), "Sharp Corp", "officials of major Japanese banks",
 * and names that start with a state ("American Express", "British Airways", "Saudi Arabian Airlines", "the American
 * Petroleum Institute"), not its ministers and ministries ("Oil Minister Hisham Nazer", "the Ministry of Posts and
 * Telecommunications"); not "the British Broadcasting Corporation", which monitors the radio that speaks.
 */
const COMPANY = /<[^>]+>|\b(?:Inc|Corp|Co|Ltd|Plc)\b|\b(?:of|at|from)\s+(?:(?:major|several|some|leading|big|commercial|foreign|private|[A-Z]\w+)\s+){0,3}(?:banks|firms|companies|brokerages|trading houses|securities houses)\b|(?<!\b(?:Ministry|Minister|Department|Council|Commission|Agency|Bureau|Office)\s+(?:of|for)\s+(?:[\w&,]+\s+){0,4})\b(?:Express|Airways|Airlines|Air Lines|Motors|Petroleum|Oil|Steel|Telecom|Telecommunications|Telephone|Telegraph|Shipping|Railways?|Chemicals?|Industries|Electric|Holdings|Insurance|Mining|Airline|Tanker)\b(?!(?:\s+[A-Z]\w+)?\s+(?:Ministry|Ministers?|Department|Agency|Commission|Secretary|Board|Council)\b)/;
/**
 * "The British press expressed concern", "Finnish media said", "Newspapers in Manila reported": a state's free press,
 * opening the speaker's phrase, is not the state (its official press is: "the official press", "state-run newspapers").
 */
const FREE_PRESS = /^\s*(?:[Bb]ut\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:press|newspapers|media|[Nn]ewspapers)\b(?!\s+(?:agency|agencies|office|secretary|spokes\w+|officers?|attach\w+|releases?|conference|briefing|service|department|aides?|section|counsellor|minister)\b)/;
/**
 * Sources named by a market or trade they work in ("securities sources", "underwriting sources", "regional shipping
 * sources", "private export sources", "farm credit sources", "Wall Street sources") are people of that market, not officials
 * of the dateline's state (as "industry sources" and "trade sources" above).
 */
const MARKET_SOURCES = /\b(?:securities|underwriting|syndicate|financial|institutional|credit|currency|exchange|export|shipping|floor|street)\s+sources?\b/i;
/**
 * An exchange and its staff ("a London Stock Exchange official", "an LCE spokeswoman", "a CBT official", "the bourse
 * spokesman") and the staff of "the company", "the firm" or "the exchange" a story is about ("a spokesman for the
 * company said") speak for no state. Not "the bank" (often a central bank: "a spokesman for the bank" in a Bank of
 * Canada story), nor the Securities and Exchange Commission, a state's regulator. Read by nonStateNp, so that an
 * exchange's named head keeps his statements ("CME President William Brodsky said").
 */
const MARKET_STAFF = /\b(?:Stock|Futures|Financial Futures|Commodity|Commodities|Metal|Petroleum|Options|Mercantile|Cotton|Coffee|Grain|Sugar)\s+Exchange\b(?!\s+Commission)|\b(?:LIFFE|COMEX|Comex|CBT|CBOT|CME|NYMEX|LME|IPE|LCE|SIMEX|NYSE|AMEX)\b|\bthe\s+(?:exchange|bourse)['’]?s?\s+(?:officials?|spokes(?:man|woman|person)|executives?|sources?|chairman|president)\b|\ban?\s+(?:Exchange|exchange|bourse)\s+(?:officials?|spokes(?:man|woman|person)|executives?|sources?)\b|\b(?:spokes(?:man|woman|person)|officials?|executives?|sources?)\s+(?:for|of|at|from|with)\s+the\s+(?:company|firm|exchange|bourse|group|concern|brokerage)\b/;
/**
 * A state's trade named by its demonym or name ("German banks said", "Japanese exporters said", "U.S. companies said",
 * "Brazilian coffee producers", "Japan's industry") closing the speaker's phrase (the verb and its auxiliaries may follow: "had objected") speaks for no state (gold guidelines:
 * companies and traders are no speakers); not its central bank or state firms ("West German central banks", "Soviet
 * state companies").
 */
const STATE_TRADE = /(?:\b[A-Z][a-z][\w'’-]*|\bU\.[SK]\.)\s+(?:[A-Z][a-z][\w'’-]*\s+)?(?:(?!central\b|state\b|state-)[a-z-]+\s+){0,2}(?:banks|companies|firms|exporters|producers|industry)(?:\s+[a-z]+){0,3}\s*$/;
/**
 * People and bodies outside government named by what they are (session 17, from the whole corpus's statements): an
 * issue's lead manager ("…, lead manager Union Bank of Switzerland said", "an official at joint lead manager Copenhagen
 * Handelsbank A/S"), a labour union or guild ("Australian trade unions said", "an official from the IG-Metall union",
 * "The Canadian Auto Workers' Union said", "The Zimbabwe Congress of Trade Unions said", "The Writers Guild of America"),
 * journalists, businessmen, scientists, academics and fund managers ("A Chinese journalist said", "Japanese scientists
 * say", "Tokyo bond managers said"); not those spoken to or of ("De Clercq, talking to journalists during the meeting,
 * said", "responding to the kidnapping of American journalist Charles Glass"), "the Soviet Union" (capitalised), a
 * monetary or customs union, nor "government scientists".
 */
const PRIVATE_PARTY = /\b(?:[Jj]oint\s+|[Cc]o-)?[Ll]ead[- ]managers?\b|\btrade\s+unions?\b|\b[A-Z][\w-]*\s+union\b|\b(?:Workers['’]?|Trade)\s+(?:Unions?|Congress)\b|\b(?:Guild|Steelworkers|Auto Workers)\b|(?<!\b(?:to|told|telling|with|for|by|before|addressing|briefing|of)\s+(?:[\w.'’-]+\s+){0,2})(?:\b(?:journalists?|businessm[ae]n|businesspeople|academics?)\b|(?<!\bgovernment\s)\bscientists?\b)|\b(?:fund|bond|investment|money|portfolio|asset)\s+managers?\b/;
const NON_STATE = { test: (np: string): boolean => NON_STATE_WORDS.test(np) || MARKET_SOURCES.test(np) || COMPANY.test(np) || FREE_PRESS.test(np) || STATE_TRADE.test(np) || PRIVATE_PARTY.test(np) };
/** "the two leaders (also) discussed …": what a readout says was talked about is a topic of the call, not a statement. */
const NARRATED_TALK = /^(?:[^,"“”]{0,40},\s+)?(?:the two (?:leaders|presidents|sides|men)|both (?:leaders|sides|presidents)|the leaders|they)\s+(?:also\s+)?(?:discussed|talked about|exchanged views on)\b/i;
/** Content that tells how a call went ("The meeting lasted just over two hours", "The talks began at 10 a.m."). */
const NARRATED_CALL = /^(?:the|their|this)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|call|conversation|session|visit)\s+(?:lasted|began|started|ended|opened|closed|took place|was held|were held)\b/i;
/**
 * Plans and schedules told without "will": "intends to push ahead", "is expected to sign", "plans a visit", "the trade
 * deficit issue was under discussion with those countries", "proposals are still under consideration", "He is due back in
 * Brasilia next Wednesday"; not a trend expected ("production was expected to fall", a forecast), nor another outcome or
 * level ("the industrial sector is expected to expand 5.5 pct this year", "the Reagan administration is expected to face
 * tough resistance", "inflation is expected to be 4.0 pct at the end of this year"; but "work on the contract is expected
 * to be completed in 1988", "the reactor was expected to be back on line", a schedule).
 */
const PLAN = /\b(?:is|are|was|were)\s+(?:now\s+)?(?:preparing|drafting|considering|studying|working on)\b|\b(?:is|are|was|were)\s+(?:(?:still|now|also|already)\s+)?(?:under\s+(?:discussion|consideration|negotiation|study|review)|due\s+(?:back|home|here|there)\b)|\b(?:intends?|intended|plans?|planned|planning|is set|are set|is due|are due|was due|were due|is going|are going|was going|(?:is|are|was|were) expected(?!\s+to\s+(?:(?:rise|fall|grow|decline|drop|increase|decrease|reach|total|exceed|remain|stay|improve|worsen|slow|recover|climb|ease|edge|show|expand|contract|shrink|widen|narrow|surpass|top|touch|accrue|benefit|cost|lose|face|double|triple|average|come from)\b|be\s+(?!(?:\w+ly\s+)?(?:[a-z]+ed|made|held|set|met|paid|kept|put|cut|built|sold|sent|done|taken|given|shown|drawn|brought|sought|spent|won|chosen|back|in|at|on|here|there|ready|present)\b)))|(?:is|are|was|were) determined(?: not)?|(?<!\bnot\s)(?:wants?|wanted|would like)) to\b|\bplans\s+(?:an?|another|new|further|more|fresh)\b|\b(?:has|have|had|is|are|was|were)\s+yet\s+to\b|\bnext (?:week|month|year)\b|\b(?:scheduled|soon)\b|\b(?:leaves|departs|travels|flies|arrives|begins|starts|opens) (?:on|for|next|tomorrow|today|this)\b/i;
/** Not knowing, not doing: "knew nothing", "had no knowledge", "was not true". */
const DENIAL_FACT = /\b(?:knew nothing|no knowledge|not aware|(?:is|was) not true|untrue|baseless|groundless|unfounded|had nothing to do|no truth|no bases? (?:of|in) truth|no basis|(?:misleading )?propaganda|fabricat(?:ed|ion|ions))\b/i;
/**
 * A clause the speaker negates: "had not contributed", "was not doing anything", "had made no demands", "there have
 * been no illegal sales". Without another cue such a statement denies something; not "not only", nor a judgement
 * of what something is ("is not the answer", "was not the first", "was no way to solve"), nor inside a condition
 * ("if creditor banks did not agree").
 */
const NEGATED = /(?<!\b(?:if|unless)\b[^,.;]{0,60})(?:\b(?:do|does|did|is|are|was|were|has|have|had|will|would|could|can|should)\s+(?:(?:\w+ly|so far|yet|still|also|thus far)\s+)?not\b(?!\s+(?:only|simply|merely|just|necessarily|the|a|an|our|their|his|her|its|my|your)\b)|\b(?:do|does|did|is|are|was|were|has|have|had|wo|would|could|ca)n['’]t\b|\b(?:made|had|has|have|been|is|are|was|were)\s+no\b(?!\s+(?:doubt|question|longer|way)\b))/i;
/** Participles of acts not ending in -ed: "has begun proceedings", "the zone will be set", "was made" (not "had done", "has told"). */
const IRREGULAR = 'made|held|sent|paid|cut|kept|sold|bought|built|brought|met|sought|spent|chosen|drawn|written|begun|set|put|won|lost|left|led';

/**
 * A participle of an act done to something ("was summoned", "will be held"), not of a state ("is concerned", "was based").
 * The states are adjectives after "be", not ED_ADJECTIVES (tense-words.ts, adjectives before a noun): after "be" some of
 * those tell an act done ("the border was closed", "Shultz was informed", "imports were limited").
 */
const PARTICIPLE = String.raw`(?:(?!concerned\b|interested\b|opposed\b|committed\b|prepared\b|pleased\b|satisfied\b|convinced\b|aimed\b|based\b|related\b|involved\b|forced\b)[a-z]+ed|(?:re)?(?:${IRREGULAR})|told|given|taken|seen|done|shown)\b`;

/** Participles of expecting or believing: "was expected to fall", "is not expected to continue" tell no act done. */
const EPISTEMIC = 'expected|supposed|believed|estimated|reported|rumou?red|alleged|understood';

/** A passive after a negation: "had not been attacked", "was not set". */
const NEGATED_PASSIVE = new RegExp(String.raw`^\s*(?:(?:been|be)\s+)?(?:\w+ly\s+)?(?!(?:${EPISTEMIC})\b)${PARTICIPLE}`);

/**
 * What a negation may deny that is only a view: a verb of opinion negated ("he did not think the price of U.S. wheat was
 * far off the world price", "we don't see it beginning to go down yet", "I do not foresee any need for new measures") or
 * a lack of grounds told ("there was no reason to exclude any operator", "there is no immediate need to change it",
 * "there are no signs any new debt initiative is in the works"): an assessment of how things stand, not a denial
 * (corpus: 77 statements read as denials before; of 20 random ones read, 16 assessments, 3 open to either, 1 a denial).
 */
const NEGATED_VIEW = /^\s+(?:(?:\w+ly|yet)\s+)?(?:think|believe|expect|see|feel|consider|foresee|anticipate)\b/i;
/** After "no" (not after "not": "Iran did not need missiles" denies): the grounds lacking, or the problems ("There is no problem in financing it"). */
const NO_GROUNDS = /^\s+(?:(?:\w+ly|immediate|fundamental|real|other|further|apparent|compelling|good|great|much|any|clear)\s+)?(?:reason|signs?|evidence|indications?|need|prospects?|chance|danger|risk|likelihood|cause for|consensus|unanimity|problems?|difficult(?:y|ies)|obstacles?)\b/i;

/**
 * A clause negated of a state, body or person denies: "Iran had not mined the Gulf", "we have made no demands", "there
 * have been no illegal sales", and so does a passive ("the ships had not been attacked"). Of a thing it describes:
 * "The campaign does not involve either-or choices", "this level of debt has not developed to a dangerous point".
 */
function deniedAct(text: string, side: (subject: string) => Side, foreign: (subject: string) => boolean = () => false): boolean {
  const m = NEGATED.exec(text);
  if (!m) return false;
  const after = text.slice(m.index + m[0].length);
  // "did not think …", "there was no reason to …": a view, not a denial (NEGATED_VIEW, NO_GROUNDS).
  if ((/no$/i.test(m[0]) ? NO_GROUNDS : NEGATED_VIEW).test(after)) return false;
  // "the ships had so far not been attacked", "the date was not set": an act denied, whatever it was done to.
  // Not an active perfect ("Tokyo had not shown willingness"): its subject decides, below.
  if (NEGATED_PASSIVE.test(after) && !(/^(?:has|have|had)\b/i.test(m[0]) && !/^\s*been\b/i.test(after))) return true;
  // "there have been no sales": the match may start after an auxiliary, which is no part of the subject.
  const subject = subjectBefore(text, m.index)?.replace(/\s+(?:has|have|had|is|are|was|were)$/i, '') ?? null;
  return subject === null || (side(subject) !== 'thing' && !foreign(subject));
}

/** A perfect: "has written", "had asked", "have instructed", "had test-fired" (whose act it is, perfectAct decides). */
const PERFECT = new RegExp(String.raw`\b(?:[Hh]as|[Hh]ave|[Hh]ad)\s+(?:(?:\w+ly|also|already|just|now)\s+)?(?!been\b)(?:(?:[a-z]+-)?[a-z]+(?:ed|en|wn|ght)|(?:re)?(?:${IRREGULAR}))\b`);
/**
 * An act told as done in the passive: "was summoned", "had been summoned", "the offer was made", "30 agreements had been
 * signed" — reported speech that announces what happened, to whatever it was done. A present passive tells how things
 * stand ("the issues are designed to curb money supply", "sales are projected at 3.1 mln ounces", "the deposits are
 * located at", "expenditure is seasonally adjusted"), unless it tells an act arranged ("the next tender is set for April
 * 9", "no exports are planned"; ARRANGED_NOW).
 */
const ARRANGED_NOW = String.raw`(?:[Ii]s|[Aa]re)(?=\s+(?:(?:\w+ly|also|now)\s+)?(?:set|planned|scheduled|arranged|slated)\b)`;
const PASSIVE_DONE = new RegExp(String.raw`\b(?:[Ww]as|[Ww]ere|(?:has|have|had) been|${ARRANGED_NOW})\s+(?:(?:\w+ly|also|now)\s+)?(?!(?:${EPISTEMIC})\b)${PARTICIPLE}(?!\s+(?:that|as|with|about|of|in)\b)`);

/**
 * A perfect tells an act done by a state, body or person ("Iraq had foiled a thrust", "the Central Bank has approved the
 * conversion", "we have asked"): announced. Of a thing it tells how things stand, like a simple past (pastAct): "changes
 * in exchange rates have improved the prospects", "Mounting trade friction has raised fears", "the policy had caused a
 * price drop", "That argument has clearly weakened" (corpus: of 40 random perfects announced, 13 had a thing for subject,
 * 11 of them judgements or trends, 2 figures either way).
 */
/**
 * A passive tells an act done (PASSIVE_DONE), unless its agent is a thing: "the trade deficit was created primarily by
 * macroeconomic policy shortcomings", "credit conditions have been eased by the five discount rate cuts", "Growth was
 * generated mainly by the manufacturing sector" explain how things stand (corpus: of 30 random passives with "by"
 * announced, 17 had a thing after "by", all explanations or trends); "the announcement was made by Industry Minister Alain
 * Madelin", "soldiers were attacked by guerrillas", "was recommended by a White House task force" stay acts. The agent
 * is read as passiveCue reads it: any of its first six words naming an actor.
 */
function passiveDone(clause: string, side: (subject: string) => Side): boolean {
  const m = PASSIVE_DONE.exec(clause);
  if (!m) return false;
  const by = /^\s+(?:\w+ly\s+)?by\s+((?:[^\s,;:"“”()]+\s*){1,6})/i.exec(clause.slice(m.index + m[0].length));
  // "expenditures were cut by about 25 pct", "the rate was reduced by 0.05 points": "by" a measure, no agent.
  if (!by || /^(?:(?:about|some|nearly|almost|around|roughly|only|just|over|under|up to|more than|less than|as much as)\s+)?[\d$.]/i.test(by[1]!)) return true;
  // With its article ("the cabinet" is the speaker's own) and without ("a White House task force"); an article alone is
  // none; a full stop ending the sentence is no part of it ("by the cabinet.").
  const words = by[1]!.trim().split(/\s+/);
  const article = /^(?:the|a|an)$/i.test(words[0]!) ? 1 : 0;
  return words.some((_, i) => i >= article && [words.slice(0, i + 1), words.slice(article, i + 1)].some((np) => side(np.join(' ').replace(/\.$/, '')) !== 'thing'));
}

function perfectAct(clause: string, side: (subject: string) => Side): boolean {
  const m = PERFECT.exec(clause);
  if (!m) return false;
  const subject = subjectBefore(clause, m.index);
  return subject !== null && side(subject) !== 'thing';
}
/** Effects undergone, not acts: "the economy is being hurt by market forces" tells how things stand. */
const UNDERGONE = String.raw`(?:hurt|hit|affected|damaged|harmed|squeezed|eroded|undermined|weakened|strained|depressed|threatened)\b`;
/**
 * An act under way on the speaker's side: "his country was unilaterally suspending payments", "We're still investigating", "the ministry is
 * working out measures", "Taiwan is holding discussions" (announced), and any "were being held", "is being
 * considered"; not a trend ("exports are rising", "output is running at"), and not what another party is doing
 * ("Washington was moving to the brink" describes it). Group 1 is the subject of an active progressive.
 */
const PROGRESSIVE = new RegExp(String.raw`^\W*(?:[^,;"“”]*?\s)?(?:is|are|was|were)\s+(?:(?:\w+ly|now|still|also)\s+)?being\s+(?!${UNDERGONE})[a-z]+|^\W*(?:(?:that|but|and)\s+)?([^,;"“”]*?)(?:\s+(?:is|are|was|were)|['’]re)\s+(?:(?:\w+ly|now|still|also)\s+)?(?!(?:rising|falling|growing|declining|improving|deteriorating|worsening|weakening|strengthening|slowing|recovering|emerging|looking|becoming|getting|remaining|going\s+(?!to\b)|having|facing|finding|feeling|beginning|starting|functioning|running|operating|producing|exporting|importing|transporting|trading|firming|hoping|referring|coming|taking\s+place|abiding|complying|adhering|sticking)\b)[a-z]{3,}ing\b`, 'i');
/** A passive under way anywhere in what was said: "a third Marine, …, was being held on suspicion of lying". */
const PASSIVE_UNDER_WAY = new RegExp(String.raw`\b(?:is|are|was|were)\s+(?:(?:\w+ly|now|still|also)\s+)?being\s+(?!${UNDERGONE})(?:[a-z]+(?:ed|en)|held|made|sent|kept|built|sold|done|taken|given|paid)\b`, 'i');
/** Subjects of the speaker's own side: "we", "he", "the ministry", "his country", "the government". */
const OWN_SIDE = /^(?:I|we|he|she|it|they|(?:the|his|her|its|their|our)\s+(?:\w+\s+){0,3}(?:government|ministry|treasury|country|administration|agency|authority|authorities|commission|committee|council|department|secretariat|cabinet|side|bank|company|firm|group|delegation|office))$/i;
/** Where a main clause ends: a comma, a semicolon, or a word opening a subordinate or relative clause. */
const MAIN_CLAUSE_END = /[,;]|\b(?:once|when|if|unless|because|after|before|while|which|who|whom|whose|where|since|until|although|though|as soon as)\b/i;
/**
 * A lead-in before the main clause: "At present, the price is …", "In 1983, CoFACE suspended …", "However, …", a purpose
 * ("To help ensure that the cutbacks are implemented, MITI called in …").
 */
const LEAD_IN = /^\W*(?:(?:at|in|on|by|during|since|until|for)\s+[^,;"“”\s]+(?:\s+[^,;"“”\s]+){0,3}|to\s+[a-z]+\s[^,;"“”]{1,80}|(?:last|this|next)\s+(?:week|weekend|month|year)|earlier|later|also|however|meanwhile|moreover|now|so far|until now)\s*,\s*/i;
/**
 * An apposition, relative clause or participle set off by commas: ", the first fall in a decade,", ", which chairs the
 * committee,", ", to raise funds for energy projects,", ", adopted today by the government,".
 */
const INSET = /,\s+(?:(?:which|who|whose)\b|(?:the|a|an|its|his|her|their)\s|to\s+[a-z]+\s|[a-z]+ed\s+(?:by|on|in|at|last|this|today|yesterday|earlier)\s)[^,;"“”]{1,80},/gi;
/** A body's acronym set off by commas after its name: "The Commodity Credit Corporation, CCC, has accepted …". */
const ACRONYM_INSET = /,\s+[A-Z][A-Z&.]{1,9},(?=\s+[a-z])/g;
/**
 * An apposition set off by spaced dashes, whose commas end no clause: "several countries -- notably the U.S., Britain and
 * Italy -- had already made pledges", "the six - Britain, Canada, France, Japan, the U.S. And West Germany - had intervened".
 */
const DASH_INSET = /\s[-–]{1,2}\s[^;"“”]{1,100}?\s[-–]{1,2}\s/g;

/**
 * The main clause of what was said (up to MAIN_CLAUSE_END), past a lead-in and an inset (DASH_INSET, INSET): "the 1986 drop in the
 * inflation rate, the first fall in a decade, was due …" is "the 1986 drop in the inflation rate was due …", and "The
 * Commodity Credit Corporation, CCC, has accepted …" is "The Commodity Credit Corporation has accepted …".
 */
function mainClauseOf(text: string): string {
  return text.replace(LEAD_IN, '').replace(DASH_INSET, ' ').replace(INSET, '').replace(ACRONYM_INSET, '').split(MAIN_CLAUSE_END)[0]!;
}

/** Verbs of having, wanting, being, knowing or saying in -ed: past verbs that tell no act ("Yugoslavia needed new credits"). */
const STATIVE_ED = String.raw`(?:need|want|seem|appear|remain|lack|ow|includ|contain|depend|involv|us|prefer|hop|expect|believ|wish|fear|exist|represent|amount|deserv|merit|warrant|fac|recogni[sz]|realis|realiz|acknowledg|not|conced|admitt|assum|suppos|argu|claim|stress|insist|learn|doubt|shar|feel|emphasi[sz]|underlin|underscor|observ|remark|assert)ed`;
/**
 * A verb that reports what was said before its clause: "The G-7 reaffirmed that their currencies … reflect economic
 * fundamentals", "he added that without these external difficulties …" (the clause after it decides; not "repeated
 * government pledges to cut", "the Fed added reserves", acts).
 */
const SAID_THAT = String.raw`(?:reaffirm|reiterat|repeat|add|stat|maintain|confirm|explain|indicat)ed\s+(?:(?:again|once again|\w+ly)\s+)?that\b`;
/**
 * A verb in the simple past: "CoFACE suspended its cover", "Reagan met Baker", "prices rose"; not one of having, wanting
 * or being ("Yugoslavia needed new credits", "the list included 60 items", "the country deserved a higher quota": how
 * things stand), nor of knowing or saying ("he recognized the states were running out of funds"); nor a word that only
 * ends like one ("India's oilseed output", "speed", "proceed", "hundred"; "agreed", "freed", "guaranteed" are verbs), nor
 * an -ed adjective before its noun (ED_ADJECTIVES, read alike by dates.ts and calls.ts: "other industrialized nations
 * committed themselves", "faced very limited choices"; but "the Bank Board closed Summit Savings" is an act).
 */
const PAST = new RegExp(String.raw`(?<![\w-])(?:(?![a-z]*[^rt]eed\b|(?:hundred|kindred|hatred|sacred)\b)(?!${STATIVE_ED}\b|${SAID_THAT}|${ED_ADJECTIVES}\s+[a-z])[a-z]{3,}ed|began|sent|made|held|took|gave|met|paid|sold|bought|put|set|won|lost|left|led|brought|kept|spent|sought|wrote|chose|came|went|found|rose|fell|grew)\b`);

const AUX_OR_TO = /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|to)\b/i;

/**
 * An act told as done by a state, body or person ("CoFACE suspended its cover", "Citibank received cables"): announced.
 * Told of a thing it describes: "the dollar firmed", "the list included 60 items".
 */
function pastAct(clause: string, side: (subject: string) => Side): boolean {
  const m = PAST.exec(clause);
  // The first verb of the clause only: not "the problem was that they tended", "the decision to open … unlimited".
  if (!m || AUX_OR_TO.test(clause.slice(0, m.index))) return false;
  const subject = subjectBefore(clause, m.index);
  return subject !== null && side(subject) !== 'thing';
}

/** Words of assessment: a statement that judges rather than reports or announces. */
const EVALUATIVE = new RegExp(`\\b(?:${ASSESS})\\b`, 'i');
/**
 * A clause of reason or time, or a relative clause: "because these categories were not under quota", "the talks, which
 * would not touch on arms control," negate no claim of the speaker's.
 */
const REASON_CLAUSE = /\b(?:because|since|as long as|although|though|whereas|while|when|until|unless|which|who)\b[^,;]*/gi;
/**
 * A copula and a word of assessment in a main clause: "prospects appear slim", "the talks were very useful", "it was
 * "always a little bit risky"", and one judged so ("considered the meeting to be extremely successful"; not an aim,
 * "except to be useful").
 */
const ASSESSED = new RegExp(String.raw`\b(?:is|are|was|were|appears?|appeared|seems?|seemed|looks?|looked|remains?|remained|(?<!\b(?:except|order|as|want\w*|like|hop\w*|plan\w*|tr(?:y|ies|ied)|aim\w*|seek\w*|sought)\s+)to be)\s+["“]?(?:(?:\w+ly|not|so|too|very|quite|rather|always|a (?:little )?bit)\s+)*(?:${ASSESS}|slim|dim|bleak|remote|uncertain|unclear|good|bad)\b`, 'i');

/**
 * Whether words with no stance cue judge how things are ("the talks were constructive", "Prospects appear slim for a
 * summer meeting"): an assessment in the main clause, not a wish (HOPE) nor a denial of a fact (DENIAL_FACT).
 */
function judgement(kindText: string): boolean {
  return !HOPE.test(kindText) && ASSESSED.test(mainClauseOf(kindText)) && !DENIAL_FACT.test(kindText);
}
/** "there were signs of movement", "was widely regarded as a test case": how things stand, a characterization. */
const STATE_OF_THINGS = /^["“]?(?:[^,;"“”]{0,40}\s)?there\s+(?:is|are|was|were|has been|have been)\b|\b(?:regarded|seen|viewed|considered)\s+(?:by\s+[^,;"“”]{1,40}?\s+)?as\b/i;
/** Verbs of acts rather than of speech: "Reagan announced that Tower had agreed to serve". */
const ACT_VERB = new RegExp(String.raw`^\s*${GAP}(?:agreed|signed|reached|approved|decided|accepted)\b`, 'i');
/**
 * Verbs of saying: a subject before one of them states something even when no stance cue is found; so does one who
 * expresses or reiterates a hope or a position ("reiterated his hope that the talks would succeed", "expressed
 * interest in the project"), though a wish has no kind of its own (other).
 */
const SPEECH_VERB = new RegExp(String.raw`^\s*${GAP}(?:said|told|indicated|noted|stressed|added|declared|acknowledged|admitted|announced|repeated|replied|insisted|confirmed|disclosed|predicted|reaffirmed|reiterated|maintained(?=\s+(?:in the past\s+|all along\s+)?that\b)|made\s+(?:it\s+)?(?:clear|plain))\b|^\s*${GAP}(?:expressed|voiced|reiterated|renewed)\s+(?:(?:his|her|its|their|our|the|a|some|strong|deep|cautious)\s+)*(?:hopes?|wish|desire|interest|willingness|regret|sympathy|understanding|position|stance|view)\b`, 'i');

/**
 * Whose act the subject of a clause names: the speaker's own side, another state, body or person, a thing of the
 * speaker's side ("the Turkish research ship" told by a Turkish general), or another thing.
 */
type Side = 'own' | 'actor' | 'ours' | 'thing';

/**
 * A modal and an act of pressure a side may take: "would consider measures", "will take trade reprisals", "might halt debt
 * payments", "will impose"; not "would consider cutting interest rates" nor "may consider such a measure" (a policy weighed).
 */
const PRESSURE = /\b(?:will|would|may|might|could|shall)\s+(?:(?:\w+ly|also|then|have to)\s+)*(?:(?:consider|take)\s+(?:\w+\s+){0,2}(?:measures|actions?|steps|sanctions|reprisals|retaliat\w*|counter-?measures)|impose|halt|suspend|stop|block|ban|cut off|withdraw|expel|close|hinder|retaliate|respond|hit back)\b/gi;
/** The words after "if" up to its verb, at most six: "if the United States imposes", "if creditor banks did not agree". */
const IF_CLAUSE = /\bif\s+((?:[^\s,;:"“”]+\s+){1,6})/gi;

/**
 * Pressure held out on another side's act is a threat: "Japan would consider measures under GATT if the United States
 * imposes 100 pct tariffs", "they might halt debt payments if creditor banks did not agree". The act must be the
 * speaker's side's and the condition another actor's: "the government will take measures if inflation rises" is a plan.
 */
function pressureAt(content: string, side: (subject: string) => Side): number {
  const ifOther = [...content.matchAll(IF_CLAUSE)].some((m) => {
    const words = m[1]!.trim().split(/\s+/);
    return words.some((_, i) => side(words.slice(0, i + 1).join(' ')) === 'actor');
  });
  if (!ifOther) return Infinity;
  for (const m of content.matchAll(PRESSURE)) {
    const subject = subjectBefore(content, m.index);
    if (subject !== null && side(subject) === 'own') return m.index;
  }
  return Infinity;
}

/** KINDS searched for every match, so that a cue told in the passive (passiveCue) can give way to the next one. */
const KINDS_ALL: [RegExp, StatementKind, RegExp][] = KINDS.map(([re, kind]) => [new RegExp(re.source, `${re.flags}g`), kind, re]);

/** Stance verbs that name another's act when told in the passive ("was endorsed by the committee", "troops supported by planes"). */
const STANCE_PARTICIPLE = /^(?:endorsed|backed|supported|praised|hailed|welcomed|rejected|criticised|criticized|condemned|denounced|denied|dismissed|proposed|accused|blamed|urged|threatened|warned|invited|offered|suggested|thanked|defended|commended|applauded|demanded|rebuffed|greeted|congratulated|signed|ratified)\b/i;
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|also|now|already|not)\s+)*$/i;

/**
 * A stance verb told in the passive is another's act, reported: "the term sheet has already been endorsed by the
 * steering committee" (Venezuela's finance minister backs nothing), "such policies had been welcomed by the World
 * Bank", "Rice planting is threatened", "troops supported by planes" (corpus: 15 of 25 passive cues were the speaker's
 * stance in no way). Not when the one after "by" is the speaker's side: "was thanked by the Reagan administration", told
 * by a U.S. official, and "The plans were dismissed by Kiechle", the statement passiveBy gives Kiechle.
 */
function passiveCue(content: string, at: number, side: (subject: string) => Side): boolean {
  const rest = content.slice(at);
  const verb = STANCE_PARTICIPLE.exec(rest);
  if (!verb) return false;
  const after = rest.slice(verb[0].length);
  const by = /^\s+(?:\w+ly\s+)?by\s+((?:[^\s,;:"“”()]+\s*){1,6})/i.exec(after);
  if (!by && !BE_BEFORE.test(content.slice(0, at))) return false;
  const words = by ? by[1]!.trim().split(/\s+/) : [];
  // "welcomed by Washington." ends the sentence: the name is tried with and without its full stop ("by the U.S.").
  return !words.some((_, i) => [words.slice(0, i + 1).join(' '), words.slice(0, i + 1).join(' ').replace(/\.$/, '')].some((np) => side(np) === 'own'));
}

/** A future's auxiliaries up to its verb: "will be", "would also", "will not now". */
const FUTURE_GROUP = /^(?:will|would)\s+(?:(?:\w+ly|also|not|be|then|still|now|again)\s+)*$/i;

/**
 * A relative clause open before a cue: "Japan's tough position on imports, which stressed the need for strict controls",
 * "items on which Washington has asked Seoul to lower tariffs", "talks which must be concluded by October". It tells of
 * the thing it follows, not what the speaker says of it; but a danger pointed out in one is the speaker's warning still
 * ("missiles which pose a greater threat to shipping", "laws which would have very serious consequences").
 */
const RELATIVE_BEFORE = /\b(?:which|who|whom|whose)\b[^,;:"“”()]*$/i;

/** The kind of the earliest cue of KINDS, or of a future before it (futureKind); a cue at the same place outranks a future ("would hurt"). */
function kindOf(content: string, side: (subject: string) => Side = () => 'own'): StatementKind {
  let best: [number, StatementKind, RegExp | null] = [Infinity, 'other', null];
  for (const [all, kind, re] of KINDS_ALL) {
    for (const m of content.matchAll(all)) {
      if (m.index >= best[0]) break;
      if (passiveCue(content, m.index, side) || (kind !== 'warning' && RELATIVE_BEFORE.test(content.slice(0, m.index)))) continue;
      if ((re === OPPOSITION_FORETOLD || re === BACKING_FORETOLD) && side(subjectBefore(content, m.index) ?? '-') !== 'own') continue;
      best = [m.index, kind, re];
      break;
    }
  }
  const pressure = pressureAt(content, side);
  if (pressure < best[0]) best = [pressure, 'threat', null];
  for (const m of content.matchAll(FUTURES)) {
    if (m.index >= best[0]) break;
    // "we will be prepared to meet any escalation", "would also urge Tokyo to": the cue is the future's own verb, which
    // names the act; not a passive ("an agreement will be signed this week" is news of a schedule).
    if (FUTURE_GROUP.test(content.slice(m.index, best[0])) && !PASSIVE_FUTURE.test(content.slice(m.index))) break;
    const kind = futureKind(content, m.index, side);
    if (kind) return kind;
  }
  if (best[2] === SHOULD) {
    const subject = subjectBefore(content, best[0]);
    if (subject !== null && ['thing', 'ours'].includes(side(subject)) && OUTCOME.test(content.slice(best[0]))) return 'characterization';
  }
  if (best[2] === NEEDS) {
    const subject = subjectBefore(content, best[0]);
    if (subject === null || side(subject) === 'thing') return 'characterization';
  }
  if (best[2] === BLAMED_ON) return blamedOnKind(content, best[0], side);
  if (best[2] === LIKELY) return likelyKind(content, best[0], side);
  return best[2] === HOPE ? hopeKind(content, best[0], side) : best[1];
}

/** The cause after "blamed … on" (BLAMED_ON): any of its first six words naming a state, body or person accuses it. */
function blamedOnKind(content: string, at: number, side: (subject: string) => Side): StatementKind {
  const rest = content.slice(at).replace(BLAMED_ON, '');
  const words = rest.replace(/["“”]/g, '').split(/[,.;:]/)[0]!.trim().split(/\s+/).slice(0, 6);
  const actor = words.some((_, i) => words.slice(0, i + 1).some((_w, j) => side(words.slice(j, i + 1).join(' ').replace(/['’]s$/, '')) !== 'thing'));
  return actor ? 'accusation' : 'characterization';
}

/** A future telling of a call: "will discuss", "will meet", "will begin talks", "will sign". */
const CALL_ACT = /^will\s+(?:(?:\w+ly|also|again)\s+)*(?:discuss|meet|visit|attend|sign|(?:hold|begin|start|resume|open)\s+(?:\w+\s+)?(?:talks|negotiations|discussions|consultations))\b/i;

/**
 * A hedged future: like "will", an act of the speaker's own side or an arranged one (a passive, a call's schedule, a
 * measure set to apply) is announced, and anything else forecast, even an act of another side ("China is likely to
 * borrow up to 300 mln dlrs", told by the ADB's president); a call in prospect is announced whoever holds it. Corpus:
 * of 65 'likely to' statements, 47 forecasts, 18 hedged plans, schedules or calls.
 */
function likelyKind(content: string, at: number, side: (subject: string) => Side): StatementKind {
  // The subject stands before the copula: "the government is (very) likely to".
  const copula = /\s*\b(?:is|are|was|were|be|been|seems?|seemed|looks?|looked|appears?|appeared)\s+(?:(?:\w+ly|not|also|more|less|most|very|quite|only)\s+)*$/i.exec(content.slice(0, at));
  const subject = subjectBefore(content, copula ? copula.index : at);
  // "is likely to be held" read as "will be held" (the same length, for the offsets).
  const asFuture = `${content.slice(0, at)}will     ${content.slice(at + 'likely to'.length)}`;
  const rest = asFuture.slice(at);
  // "Nazer is likely to discuss oil prices", "the five are likely to begin talks tomorrow": a call in prospect.
  const arranged = PASSIVE_FUTURE.test(rest) || IN_FORCE.test(rest) || CALL_ACT.test(rest) || (subject !== null && EVENT.test(subject) && SCHEDULE.test(rest));
  return arranged || (subject !== null && side(subject) === 'own') ? 'announcement' : 'characterization';
}

/** What is hoped: "for <something>", or the clause after it up to its verb ("hoped (that) Bonn would"). */
const HOPED = /^hop(?:ed?|es)\s+(?:(for)\b|(?:that\s+)?([^,;:"“”]{1,80}?)\s+(?:will|would|could|can|might|may|won['’]t|wouldn['’]t|shall)\b)/i;

/**
 * A hope asks something of another side ("hoped Bonn would bring forward its tax cuts", "hopes Nakasone will make
 * proposals", "Asean hoped for greater Japanese investment"): a demand. Any other hope ("hoped the talks would
 * succeed", "hope that can be avoided", "hoped the United States could lift sanctions" told by Reagan) is a wish,
 * neither backing nor a forecast: no cue (annotators: other in 6 of 6, support in 2; corpus: support right in 1 of 20).
 */
function hopeKind(content: string, at: number, side: (subject: string) => Side): StatementKind {
  const m = HOPED.exec(content.slice(at));
  // The verb only: not the noun ("there is hope for a bumper harvest", "pinning hopes for a breakthrough").
  if (m?.[1]) return /^hoped\b/i.test(m[0]) || /\b(?:I|we|they)\s+(?:\w+ly\s+)?$/i.test(content.slice(0, at)) ? 'demand' : 'other';
  return m?.[2] && side(m[2].trim()) === 'actor' ? 'demand' : 'other';
}

/** A future in the passive: "talks will be held", "the debt would be paid in exports", "an announcement will be made". */
const PASSIVE_FUTURE = new RegExp(String.raw`^(?:will|would)\s+(?:(?:\w+ly|also|not|now|then|soon|still)\s+)*be\s+(?:(?:\w+ly|also)\s+)?${PARTICIPLE}`, 'i');
/** A call named as a subject ("the talks", "Nakasone's visit", "the next round"), and verbs telling its schedule. */
const EVENT = /\b(?:talks|meetings?|summit|visit|negotiations|sessions?|conference|trip|consultations|discussions|round)$/i;
const SCHEDULE = /^(?:will|would)\s+(?:(?:\w+ly|also|now|then|soon|still)\s+)*(?:begin|start|resume|continue|open|end|close|conclude|last|take place|go ahead|focus|be (?:on|in|at|from|next|this|today|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b/i;
/** A measure set to apply: "the new rules will take effect on June 15", "the ban would come into force". */
const IN_FORCE = /^(?:will|would)\s+(?:(?:\w+ly|also|now|then|soon|still)\s+)*(?:take effect|come into (?:force|effect)|be(?:come)? effective)\b/i;
/**
 * A right or option a measure gives, whoever holds it: "all workers made redundant will have the right to social
 * benefits", "U.S. exporters will have the opportunity to sell 300,000 tonnes of durum wheat under the Export Enhancement
 * Program", "banks will have the choice of lending up to one mln dlrs": a rule announced, not an outcome undergone (UNDERGO;
 * corpus: 4 of 4 such statements, all read as forecasts before; session 12).
 */
const CONFERRED = /^(?:will|would)\s+(?:(?:\w+ly|also|now|then|still)\s+)*have\s+(?:the\s+)?(?:right|option|power|authority|choice|opportunity|access)\b/i;
/** What another must do, foretold: "Japan will have to open its market", "Brazil would need to cut imports". */
const NECESSITY = /^(?:will|would)\s+(?:(?:\w+ly|also|still|then)\s+)*(?:have|need) to\b/i;

/**
 * A future announces what a state, body or person will do, decided or planned: the speaker's own side ("we will", "the
 * government will cut tariffs", "he would visit") and others told of ("Shultz would go to Moscow", "MITI officials would
 * hold technical talks", "Lawson would state his position"); and an act arranged, told in the passive ("talks will be
 * held"), as a call's schedule ("the talks would resume on Monday") or as a measure set to apply ("the rules will take
 * effect on June 15"), or as the side's own means set for a day. Told of a thing it forecasts: "the accord would create jobs", "prices will rise", "the talks
 * will fail" (a characterization); and so does what another side will have to do ("Japan will have to open its
 * market"). A forecast of harm ("would hurt", "could lead to a trade war") is
 * a warning, found by KINDS before the future. A future in a relative clause ("the talks, which would also study …")
 * is not what was said: null, and the next cue decides.
 */
function futureKind(content: string, at: number, side: (subject: string) => Side): StatementKind | null {
  const subject = subjectBefore(content, at);
  if (subject === null) return null;
  const rest = content.slice(at);
  if (PASSIVE_FUTURE.test(rest) || IN_FORCE.test(rest) || CONFERRED.test(rest) || (EVENT.test(subject) && SCHEDULE.test(rest))) return 'announcement';
  // "Singapore will have an inflation rate of one pct", "the country would see its surplus fall": what a state will
  // undergo is a forecast, not a plan, whoever is its subject.
  if (UNDERGO.test(rest)) return 'characterization';
  const who = side(subject);
  // "the Turkish research ship would sail into disputed waters tomorrow morning": the side's own means, set for a day;
  // "the new debt standstill will extend from July 1", "selling offers will be due at 1100 hrs EST, March 24": a measure
  // or procedure set for a day is arranged, not forecast.
  // The day is looked for in the future's own clause: not "would not help resolve the crisis started when Brazil
  // suspended payments on February 20".
  const set = (who === 'ours' || who === 'thing') && DAY_SET.test(rest.split(/[;"“”]|\b(?:when|which|who|if|unless|because|after|before|while|since|until|although|though|once)\b/)[0]!);
  return who === 'own' || set || (who === 'actor' && !NECESSITY.test(rest)) ? 'announcement' : 'characterization';
}

/**
 * Verbs of undergoing or of a level reached after a future: "will have an inflation rate", "would see a surplus", "will
 * grow 3 pct", "would suffer"; not "will have talks" (a call planned) nor "will have to" (NECESSITY). A capability
 * foretold is no plan either: "the government would be able to go beyond the 30 billion franc figure", "they will not be
 * able to pay" (corpus: 17 such statements were announced, all read: 11 outcomes judged, 3 open to either, 3 new rules announced,
 * "in future, banks will be able to offset this tax credit").
 */
const UNDERGO = /^(?:will|would)\s+(?:(?:\w+ly|also|not|still|then|now|again)\s+)*(?:have\b(?!\s+(?:to|talks|contacts|meetings?|discussions|consultations|a (?:meeting|talk|summit))\b)|see|face|experience|suffer|benefit|grow|rise|fall|decline|remain|reach|total|exceed|be\s+(?:\w+ly\s+)?(?:un)?able\s+to)\b/i;

/** A day an act is set for: "tomorrow morning", "next week", "on Monday", "later today", "from July 1" (not a year, which forecasts). */
const DAY_SET = new RegExp(String.raw`\b(?:today|tonight|tomorrow|(?:next|this|later)\s+(?:week|weekend|month|today|morning|afternoon|evening)|${WEEKDAY_NAME}|(?:${MONTH_NAME})\s+\d{1,2}(?!\d))\b`);

/**
 * What opens a clause before its subject: a conjunction or quote mark ("that Japan would", "…, and prices will", ""We
 * will"), a verb of saying or thinking, or an adjective taking a clause ("indicated they will", "I hope the cabinet
 * will", "it was likely the talks would").
 */
const CLAUSE_OPENER = /[;:"“”()]|\s[-–]+\s|\b(?:that|which|and|but|while|whereas|because|said|says|say|added|told|indicated|stated|stressed|noted|announced|declared|hoped?|hopes|think|thinks|thought|believed?|believes|expected|expects?|feels?|felt|doubt(?:s|ed)?|sure|confident|clear|(?:un)?likely|possible)\b/gi;

/**
 * The subject of the clause a future is in ("the accord" in "said the accord, signed last year, would create jobs"),
 * '' when the clause has none of its own ("will meet Kohl", "and would visit": the speaker's), null after a relative
 * pronoun ("a plan which would cut tariffs": a thing told of before). A lead-in is passed over ("In 1988, the accord"),
 * and an appositive set off by dashes ("his country - the biggest cocoa producer - would").
 */
function subjectBefore(content: string, at: number): string | null {
  const before = content.slice(0, at);
  let from = 0;
  let opener = '';
  for (const m of before.matchAll(CLAUSE_OPENER)) {
    // A dash closing an appositive keeps the subject before it ("his country - the world's biggest producer -"), and
    // so does a relative clause closed by a comma ("the committee, which has jurisdiction over trade, will oppose").
    if (/[-–]/.test(m[0]) && /\s[-–]+\s/.test(before.slice(from, m.index))) {
      from = m.index + m[0].length;
      continue;
    }
    if (/^which$/i.test(m[0]) && /,\s*$/.test(before.slice(0, m.index)) && before.includes(',', m.index)) continue;
    // "That would be foolish": a demonstrative opening the sentence is the subject, not a conjunction.
    if (m[0] === 'That' || (m.index === 0 && /^that$/i.test(m[0]))) continue;
    from = m.index + m[0].length;
    opener = m[0].toLowerCase();
  }
  const pieces = before.slice(from).split(',').map((p) => p.replace(/(?:\s+(?:\w+ly|also|still|now|then|soon|not|never|too|only|already|however))+\s*$/i, '').trim());
  const last = pieces.at(-1) ? pieces.length - 1 : 0;
  const subject = pieces[last]!;
  if (subject === '' && (opener === 'which' || opener === 'that')) return null;
  // "earlier he", "Foreign Relations Committee there": a pronoun ends the subject, whatever stands before it.
  const pronoun = /\b(?:I|we|he|she|it|they|you|there)$/i.exec(subject)?.[0];
  if (pronoun) return pronoun;
  // ""Prices will rise," he said", "That would be foolish": one word opening the sentence has its capital from there,
  // which tells no name (states and people the extraction knows are found by their mentions all the same).
  const initial = last === 0 && (from === 0 || /^["“”(]$/.test(opener)) && /^[A-Z][a-z]+$/.test(subject);
  return initial ? subject.toLowerCase() : subject;
}

/** Heads naming a state's or body's agents after its name: "Japan's Finance Ministry", "the U.S. delegation", "Soviet officials". */
const AGENCY_TAIL = /(?:['’]s)?\s+(?:[\w.-]+\s+){0,2}(?:government|ministry|administration|agency|authorities|commission|department|secretariat|cabinet|side|delegation|office|officials|negotiators|leaders|leadership|rulers)$/i;
/**
 * Heads naming people and bodies that act, before any "of"/"from" ("deputy finance ministers from six Gulf states",
 * "central bank governors", "the experts", "the House", "a spokesman", "three trading companies", "the union", "the six
 * nations", "creditors", "its forces", "the crew", "Iraqi jets").
 */
const AGENTS = /\b(?:officials?|ministers?|governors?|groups?|banks|companies|firms|unions?|partnership|delegat(?:es?|ions?)|negotiators?|envoys?|diplomats?|representatives?|ambassadors?|leaders?|experts?|members?|president|premier|chancellor|secretary|chairman|spokes(?:man|woman)|king|queen|team|authorit(?:y|ies)|committee|council|board|parliament|congress|house|senate|court|governments?|countries|nations|creditors|lenders|donors|forces|troops|army|navy|infantry|guerrillas|rebels|soldiers|police|crews?|pilots|jets|planes|warplanes|aircraft|warships|gunboats|helicopters)$/i;
/** A name: capitalized words, with "the" before and "of", "and", "for" within ("Murison", "Brent Beesley", "the Bank of Japan"). */
const PROPER_NAME = /^(?:the\s+)?[A-Z<][\w.&'’<>-]*(?:\s+(?:(?:of|and|for|de|&)\s+)?[A-Z<][\w.&'’<>-]*)*$/;
/** A group the speaker is one of: "the two sides", "both countries". */
const BOTH_SIDES = /^(?:the two|both)\s+(?:sides|parties|countries|nations|governments|leaders|men|ministers|delegations)$/i;

/**
 * One word opening what was said comes lower-cased from subjectBefore, as its capital may be the sentence's ("Prices will
 * rise"); one the story also writes with its capital after a lower-case word is a name: "Toyota had also applied",
 * "Gates had sent Reagan a letter" (not "Exports have risen", written "exports" inside sentences).
 */
function writtenAsName(text: string, word: string): boolean {
  return new RegExp(String.raw`[a-z,] ${word[0]!.toUpperCase()}${word.slice(1)}\b`).test(text);
}

/**
 * Whether a subject names another state, body or person the extraction knows, of another state than the speaker's: "Tokyo",
 * "Japanese government officials", "the French" told by a U.S. official (not "the Bank of Japan" told by its governor,
 * nor a body or name the gazetteer lacks, "the SEC", "Texas Air").
 */
function foreignOf(ctx: ArticleContext, speakers: ActorRef[], ms: Mention[]): (subject: string) => boolean {
  // Homes followed through a body to its state: "the Bank of Japan" told by its governor, "President Reagan" by his
  // spokesman are the speaker's own.
  const state = (a: ActorRef | undefined): string | undefined => (a?.label === 'Organization' && ORGS.get(a.key)?.country ? `Country:${ORGS.get(a.key)!.country!}` : a ? actorKey(a) : undefined);
  const dateline: ActorRef | undefined = ctx.datelineCountry ? { label: 'Country', key: ctx.datelineCountry } : undefined;
  const homes = (a: ActorRef): string[] => {
    const of = a.label === 'Leader' ? ctx.leaders.get(a.key)?.represents ?? dateline : a;
    return [actorKey(a), of ? actorKey(of) : '', state(of) ?? ''].filter((x) => x !== '');
  };
  // A leader of no known state ("Uruguay is not going to export", told by a Uruguayan the gazetteer lacks, under a Taipei
  // dateline) may well speak of his own: nothing is taken for foreign.
  if (speakers.some((a) => a.label === 'Leader' && !ctx.leaders.get(a.key)?.represents)) return () => false;
  const ours = new Set(speakers.flatMap(homes));
  const own: string[] = [];
  const others: string[] = [];
  for (const m of ms) {
    const a = m.kind === 'place' ? null : actorOf(m);
    if (a) (homes(a).some((h) => ours.has(h)) ? own : others).push(m.text);
  }
  return (subject) => {
    const h = subject.replace(AGENCY_TAIL, '').toLowerCase();
    const ends = (n: string): boolean => h === n.toLowerCase() || h.endsWith(` ${n.toLowerCase()}`);
    // "U.S. firms", "Soviet officials": a state's name before a head of agents ("the Bank of Japan said U.S. firms had not").
    const opens = (n: string): boolean => h.replace(/^the\s+/, '').startsWith(`${n.toLowerCase()} `) && AGENTS.test(subject);
    return (others.some(ends) && !own.some(ends)) || (others.some(opens) && !own.some(opens));
  };
}

/**
 * The side a subject names, for a statement by `speakers` in a sentence with mentions `ms`: the speaker's own (a
 * pronoun, "the government", "the two sides", the speaker, the speaker's state and the leaders and bodies of that state:
 * "Reagan said Shultz would go"), another actor (a state, body or person named, "central bank governors", "the
 * House"), a thing of the speaker's side ("West German aid", "the Turkish research ship"), else a thing ("prices",
 * "the accord"). "it" is the speaker's own only when a state or body
 * speaks ("the ministry said it would"); told by a person it is mostly a thing ("it would help").
 */
function sideOf(ctx: ArticleContext, speakers: ActorRef[], ms: Mention[]): (subject: string) => Side {
  // A leader of no known state ("Trade minister Rha Woong-Bae") is taken for one of the dateline's state.
  const dateline = ctx.datelineCountry ? { label: 'Country', key: ctx.datelineCountry } : undefined;
  const home = (a: ActorRef): string => {
    const of = a.label === 'Leader' ? ctx.leaders.get(a.key)?.represents ?? dateline : a.label === 'Organization' && ORGS.get(a.key)?.country ? { label: 'Country', key: ORGS.get(a.key)!.country! } : undefined;
    return of ? `${of.label}:${of.key}` : actorKey(a);
  };
  const homes = new Set(speakers.map(home));
  const own: string[] = [];
  const others: string[] = [];
  for (const m of ms) {
    const a = m.kind === 'place' ? null : actorOf(m);
    if (a) (homes.has(home(a)) || speakers.some((x) => actorKey(x) === actorKey(a)) ? own : others).push(m.text);
  }
  const personal = speakers.every((a) => a.label === 'Leader');
  return (subject) => {
    if (subject === '' || /^there$/i.test(subject)) return 'own';
    if (/^it$/i.test(subject)) return personal ? 'thing' : 'own';
    if (/^you$/i.test(subject)) return 'actor';
    // The noun phrase at the end: "the meeting the authority" (after "told the meeting") is "the authority".
    const np = /(?:^|\s)((?:the|his|her|its|their|our)\s+(?:(?!(?:the|his|her|its|their|our)\b)\S+\s+)*\S+)$/i.exec(subject)?.[1] ?? subject;
    if (OWN_SIDE.test(np) || BOTH_SIDES.test(np)) return 'own';
    const head = subject.replace(AGENCY_TAIL, '');
    const h = head.toLowerCase();
    const ends = (n: string): boolean => h === n.toLowerCase() || h.endsWith(` ${n.toLowerCase()}`);
    if (own.some(ends)) return 'own';
    if (others.some(ends) || AGENTS.test(subject.replace(/\s+(?:of|from|in|at|for|with|between)\s.*$/i, '')) || PROPER_NAME.test(subject)) return 'actor';
    const words = ` ${subject.toLowerCase()} `;
    if (own.some((n) => words.includes(` ${n.toLowerCase()} `) || words.includes(` ${n.toLowerCase()}'s `))) return 'ours';
    return /^[a-z]{3,}$/.test(subject) && writtenAsName(ctx.text, subject) ? 'actor' : 'thing';
  };
}

function quotesOf(s: string): string[] {
  const out: string[] = [];
  const re = /"([^"]+)(?:"|$)|“([^”]+)(?:”|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out.push((m[1] ?? m[2]!).trim().replace(/[,.]$/, ''));
  return out;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * What a statement's id is made of: its first quote when that has four words or more, else its text (a quote of a word
 * or three, "understanding", names no statement: two of them would merge).
 */
function idText(quotes: readonly string[], text: string): string {
  return quotes[0] !== undefined && quotes[0].split(/\s+/).length >= 4 ? quotes[0] : text;
}

/** The statement id: its speakers and the first words of what was said. */
export function statementId(speakers: ActorRef[], text: string): string {
  const who = speakers.map(actorKey).sort().join('+');
  return `stmt-${shortHash(`${who}|${normalise(text).split(' ').slice(0, 12).join(' ')}`)}`;
}

const ROLE = /^['’]s?\s+(?:(?:top|chief|senior|main|principal|deputy|foreign policy|national security|economic)\s+)?(chief of staff|spokes(?:man|woman|person)|press secretary|aides?|advis[eo]rs?|envoy|negotiator|deputy)\b/i;

const ROLE_FOR = /\b(chief of staff|spokes(?:man|woman|person)|press secretary|aides?|advis[eo]rs?|envoy|negotiator|deputy)\s+(?:for|to)\s+(?:(?:the|[A-Z][\w.]*)\s+){0,4}$/i;

/**
 * The speaker behind "<leader>'s <role>" in an attribution: the leader of the article holding that
 * office ("Chief of Staff Howard Baker"), else the country (or organisation) the leader represents.
 */
function roleOf(ctx: ArticleContext, speakers: Mention[], npEnd: number, npStart = -1): ActorRef | null {
  for (const m of speakers) {
    if (m.kind !== 'leader' || m.end >= npEnd) continue;
    // "<leader>'s spokesman" or "a spokesman for <leader>".
    const r = ROLE.exec(ctx.text.slice(m.end, npEnd)) ?? (npStart >= 0 && m.start > npStart ? ROLE_FOR.exec(ctx.text.slice(npStart, m.start)) : null);
    if (!r) continue;
    const word = r[1]!.toLowerCase().replace(/s$/, '').replace(/advisor/, 'adviser');
    for (const l of ctx.leaders.values()) {
      if (l.id === m.id) continue;
      const t = `${l.title ?? ''} ${l.role ?? ''}`.toLowerCase().replace(/advisor/g, 'adviser');
      if (t.includes(word)) return { label: 'Leader', key: l.id };
    }
    const rep = ctx.leaders.get(m.id)?.represents;
    return rep ? { label: rep.label, key: rep.key } : null;
  }
  return null;
}

/** The family name: the last word, or the first in East Asian order ("Lho Shin-yong", "Kim Il-sung", "Rha Woong-Bae"). */
function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  const last = words.at(-1)!;
  return words.length === 2 && /^[A-Z][a-z]+-[A-Za-z][a-z]+$/.test(last) ? words[0]! : last;
}

/**
 * The names a story may call a leader by alone: the family name, the first of two Spanish family names ("Javier
 * Espinosa Teran" → Espinosa), and the given name of an Arabic name with a particle ("Ali al-Khalifa al-Sabah" → Ali,
 * as "Sheikh Ali" is told again).
 */
function surnamesOf(name: string): string[] {
  const words = name.split(/\s+/);
  const out = [surnameOf(name)];
  if (words.length >= 3 && /^[A-Z][a-z]+$/.test(words.at(-2)!) && !/^(?:Al|El|Bin|Ibn)$/.test(words.at(-2)!)) out.push(words.at(-2)!);
  if (words.length >= 2 && /^[A-Z][a-z]+$/.test(words[0]!) && /^(?:al-|bin$|ibn$)/.test(words[1]!)) out.push(words[0]!);
  return out;
}

const SURNAME_TRAILING = /,["”]\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(said|says|added|told [^,."“”]{1,40}?)[.!]?["”]?$/;
const SURNAME_LEADING = /^(?:(?:But|And|However,?)\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{3,})\s+(?:also\s+)?(said|says|added|asked|reported)(?:\s+(?:that\s+)?(?=\S)|(?=\s*\.\s*$))/;

/** "A British minister", "A top Japanese official", "a senior Soviet official": one unnamed officer of a state. */
const UNNAMED_ONE = /^\s*(?:[Aa]|[Oo]ne)\s+(?:(?:senior|top|leading|high-ranking|visiting)\s+)?(?:[A-Z][\w.]*\s+){1,2}(?:government\s+)?(minister|official)\b/;
/** A lead-in set off by a comma, then titles before the subject's name: "In a major speech last month, Planning Minister ". */
const LEAD_IN_SUBJECT = /^[^,"“”]{0,100},\s+(?:[A-Z][\w.'’-]*\s+){0,4}$/;
/** "official(s)" as a noun, not the adjective before a body ("the official Tanjug news agency"; case kept: a capital after it names the body). */
const OFFICIALS_NOUN = String.raw`officials?(?!\s+(?:[A-Z][\w.-]*|news|press|radio|newspaper|daily|agency|television|media|statement|gazette)\b)`;
/**
 * "The officials", "the spokesman" told again, opening the speaker's phrase; not "the official Tanjug news agency" (the
 * adjective, which names a state's agency).
 */
const THE_OFFICIALS = new RegExp(String.raw`^\s*(?:[Bb]ut\s+)?[Tt]he\s+(?:${OFFICIALS_NOUN}|sources?|spokes(?:man|woman|person))\b`);
/** "the officials", "the diplomats" told again anywhere in the attribution, or "they" opening it. */
const THE_OFFICIALS_AGAIN = new RegExp(String.raw`\b[Tt]he (?:${OFFICIALS_NOUN}|sources?|spokes(?:man|woman|person)|diplomats?)\b|^\s*[Tt]hey\b`);
/** A state's agency, radio or paper in an attribution's noun phrase ("the official news agency Tanjug", "Tehran Radio"). */
const PRESS_NP = /\b(?:news agency|radio|television|newspaper|paper|daily|magazine|weekly|review)\b/i;
/** Its name: "news agency Tanjug", "Tanjug news agency", "Sudan News Agency (SUNA)". */
// (case kept: "the official news agency" names none)
const PRESS_NAME = /\b[Nn]ews [Aa]gency\s+([A-Z][a-z]+|[A-Z]{3,})\b|\b((?!The\b|Official\b)[A-Z][a-z]+|[A-Z]{3,})\s+[Nn]ews [Aa]gency\b|\b[Nn]ews [Aa]gency\s+\(([A-Z]{3,})\)/;
/** A state's own agency or paper ("Tass", "Xinhua", "Pravda": the gazetteer gives it a country, unlike Reuters or Kyodo). */
function stateMedium(a: ActorRef): boolean {
  const org = a.label === 'Organization' ? ORGS.get(a.key) : undefined;
  return org?.kind === 'media' && !!org.country;
}

/**
 * The speakers of an attribution that tells of a report ("a government report said", "the USDA report said", "said in its
 * monthly report"), for a later "the report said" (`lastReport`): [] when the report is of no state or body (a newspaper's);
 * null when the attribution tells of no report.
 */
function reportOf(ctx: ArticleContext, s: Sentence, att: Attribution, speakers: ActorRef[]): ActorRef[] | null {
  // (a leading attribution's lead-in counts: "In its annual report, the Bank of Japan said")
  const clause = ctx.text.slice(att.contentStart > att.npStart ? s.start : att.start, att.end);
  return /\breports?\b/i.test(clause) ? speakers : null;
}

/**
 * A bare surname as speaker ("…," Baker told reporters; "Kampelman said …") when it names exactly
 * one leader already found in the article and the gazetteer left it unresolved.
 */
function surnameAttribution(ctx: ArticleContext, s: Sentence, officialNames: Map<string, ActorRef>): Attribution | null {
  const tr = SURNAME_TRAILING.exec(s.text);
  const ld = tr ? null : SURNAME_LEADING.exec(s.text);
  const m = tr ?? ld;
  if (!m) return null;
  const name = m[1]!;
  const hits = [...ctx.leaders.values()].filter((l) => surnamesOf(l.name).includes(name));
  // "The spokesman, Gary Holmes, said … But Holmes added": a name given to an unnamed official speaks for the same.
  const official = hits.length === 0 ? officialNames.get(name) : undefined;
  if (hits.length !== 1 && !official) return null;
  const npStart = s.start + m.index + m[0].indexOf(name);
  const kind = official ? (official.label === 'Country' ? 'country' : 'org') : 'leader';
  const mention: Mention = { kind, id: official ? official.key : hits[0]!.id, start: npStart, end: npStart + name.length, tokStart: -1, tokEnd: -1, text: name };
  const base = { verb: m[2]!, npStart, npEnd: npStart + name.length + 1 + m[2]!.length, speakers: [mention], collective: false, pronoun: false, officials: false, relayers: [] };
  return tr
    ? { ...base, start: s.start + tr.index, end: s.end, contentStart: s.start, contentEnd: s.start + tr.index }
    : { ...base, start: s.start, end: s.start + m[0].length, contentStart: s.start + m[0].length, contentEnd: s.end };
}

/** "Soviet officials", "Japanese government sources": a demonym standing for its country's officials. */
const DEMONYM_OFFICIALS = /^\s+(?:(?:government|foreign ministry|senior|ministry)\s+)?(?:officials?|sources?|diplomats?|spokes(?:man|woman))\b|^['’]s\s+(?:foreign|defen[cs]e|trade|finance|interior|economy|information|external affairs)\s+ministry\b/i;
/** An appositive after a name: "Michael Howard, the British minister for trade,", "Reagan, who spoke to an audience of experts," */
const APPOSITIVE = /^\s*,\s+(?:[a-z]+ly\s+)?(?:the|a|an|his|her|its)\s+[^,"“”]{1,80},|^\s*,\s+who\s+[^,"“”]{1,100},/i;
/** "Lawson rebuffed Funaro's bid and said …": a verb phrase, then a verb of saying of the same subject. */
const AND_SAID = /^\s*[a-z][^,.;"“”]{1,80}?\s+(?:and|but)\s+(?:also\s+|then\s+|has\s+|have\s+|had\s+)*(?:said|told|added|warned|urged|insisted|stressed|denied)\b/;
/** The European Community's bodies, after which "Commission officials" are the European Commission's. */
const EC_BODIES = new Set(['ec', 'european-commission', 'european-community', 'eu']);
/**
 * Diplomats named by no state ("one diplomat", "Western diplomats", "diplomatic sources", "one of the diplomatic sources",
 * "other Western embassies"); so are sources named by the monetary field alone ("monetary sources", "European monetary
 * sources": at the IMF's and the G-7's meetings they are of several states, not the dateline's; "West German monetary
 * sources" name theirs).
 */
const BARE_DIPLOMATS = /^\s*(?:(?:an?|the|one|two|some|several|other|many|most|senior|western|foreign|arab|gulf|asian|european|of)\s+)*(?:diplomats?|diplomatic sources?|envoys?|embass(?:y|ies)|monetary sources?)\b/i;
/** "Reagan administration officials", "the Nakasone government's spokesman": officials of the leader's state. */
const ADMINISTRATION = /^\s*(?:['’]s\s+)?(?:administration|government|cabinet|aides|officials)\b/i;
/** "called Miyazawa to warn him", "telephoned Kohl to urge …": an act of speech through a call. */
const CALLED_TO = /^\s*(?:has\s+|had\s+)?(?:called|telephoned|phoned|wrote to|cabled)\s+[^,.;"“”]{1,50}?\s+to\s+(?:warn|urge|ask|press|demand|propose|protest|complain|assure|reassure|express)\b/i;

/**
 * The actor right before a stance verb inside a sentence's content ("Howard, the British minister
 * for trade, repeated the threat", "Soviet officials have indicated"), with the stance verb's offset.
 */
/** Words before a name that make it the object of a meeting told in a subject's phrase: "a meeting with (President) …", "who met …". */
// (not "officials travelling with President Richard Von Weizsaecker": his own party, whom he stands for here)
const OBJECT_BEFORE = /(?<!\b(?:travell?ing|accompanying|along)\s)\b(?:with|met|meeting|attending)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$/;
function subjectIn(ctx: ArticleContext, contentMs: Mention[], cEnd: number): { actors: ActorRef[]; at: number; viaAnd: boolean } | null {
  for (let i = 0; i < contentMs.length; i++) {
    const m = contentMs[i]!;
    if (m.kind === 'place') continue;
    let end = m.end;
    // "Soviet officials", "U.S. officials", "Commission sources": the officials of a state or body.
    const off = m.form !== 'capital' ? DEMONYM_OFFICIALS.exec(ctx.text.slice(m.end, Math.min(cEnd, m.end + 50))) : null;
    if (m.form === 'demonym') {
      if (!off) continue;
      end += off[0].length;
    } else if (off && m.kind !== 'leader') {
      end += off[0].length;
    } else {
      const app = APPOSITIVE.exec(ctx.text.slice(end, Math.min(cEnd, end + 100)));
      if (app) end += app[0].length;
      // A name set off as an appositive itself: "The speaker of the parliament, Akbar Rafsanjani, warned".
      else if (m.kind === 'leader' && /,\s+(?:[A-Z][\w.-]*\s+){0,3}$/.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) {
        const comma = /^\s*,/.exec(ctx.text.slice(end, cEnd));
        if (comma) end += comma[0].length;
      }
    }
    const after = ctx.text.slice(end, Math.min(cEnd, end + 80)).replace(/^\s*["“”]/, ' ');
    if (!STANCE_VERB.test(after) && !CALLED_TO.test(after) && !AND_SAID.test(after)) continue;
    // "Brazilian business leaders attending a weekend meeting with President Jose Sarney called on the government …":
    // the one met is the object inside the subject's phrase, not who speaks.
    if (OBJECT_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) continue;
    // "…, Bank of America forecast": a state named only within a commercial bank's name states nothing (placeNamedBank).
    if (placeNamedBank(ctx, m)) continue;
    const actors = [actorOf(m)!];
    // "Reagan and Nakasone agreed", "Spain and Portugal indicated", "Saudi Arabia, Kuwait, … the UAE and Oman are
    // threatening": a subject listing several of a kind (leaders, states) is each of them.
    for (let j = i - 1, next = m; j >= 0; j--) {
      const p = contentMs[j]!;
      // The last two are joined by "and" ("…, Qatar, the UAE and Oman"); a comma alone before the subject ends a lead-in
      // ("After meetings with Bush, Shultz and Baldrige, Clark told …").
      const sep = next === m ? /^\s*,?\s+and\s+(?:the\s+)?$/ : /^\s*,\s*(?:and\s+)?(?:the\s+)?$/;
      if (p.kind !== m.kind || p.form === 'demonym' || next.form === 'demonym' || !sep.test(ctx.text.slice(p.end, next.start))) break;
      actors.unshift(actorOf(p)!);
      next = p;
    }
    return { actors, at: end, viaAnd: !STANCE_VERB.test(after) && !CALLED_TO.test(after) };
  }
  return null;
}

/** "told/asked <someone> to <verb>" right after the attribution: the reporting verb gives an order. */
const TOLD_TO = new RegExp(`^${ORDER}`);
/** Words opening a subordinate clause: a stance verb after them is not the sentence's own. */
const SUBORDINATE = /\b(?:that|when|which|who|whom|whose|because|if|after|before|while|since|until|where|with|than|whether)\b/i;

/**
 * "In Brasilia, sources said …", "In Australia, concern is growing …, officials said": unnamed officials of a capital or
 * state named in a lead-in (before them, or opening what they said) are of its country.
 */
function leadInCountry(ctx: ArticleContext, s: Sentence, att: Attribution): string | null {
  const lead = /^\s*In\s+[A-Z][^,]{1,30},/.exec(s.text);
  if (!lead) return null;
  const before = att.npStart > s.start && /^\s*In\s+[A-Z][^,]{1,30},\s*$/.test(ctx.text.slice(s.start, att.npStart));
  const opening = att.contentStart === s.start && att.npStart > s.start + lead[0].length;
  if (!before && !opening) return null;
  for (const m of ctx.bySentence[s.index] ?? []) {
    if (m.start >= s.start + lead[0].length) break;
    // "In Brasilia, sources said", "In Australia, officials said" (a demonym there is no place: "In Japanese eyes, …").
    if (m.kind === 'country' && m.form !== 'demonym') return m.id;
    if (m.kind === 'place') {
      const c = (PLACES.get(m.id) as { country?: string } | undefined)?.country;
      if (c) return c;
    }
  }
  return null;
}

/** "the president", "the Soviet foreign minister": an office named instead of its holder. */
const OFFICE = /^\s*(?:but\s+)?the\s+(?:(?:[A-Z][a-z]+\s+)*?([A-Z][a-z]+)\s+)?(president|prime minister|premier|chancellor|foreign minister|foreign secretary|secretary of state|minister|secretary|ambassador|envoy|king|queen|speaker|leader)\b/i;

/**
 * The leader holding the office an attribution names ("the president said"): the one mentioned
 * last before the sentence whose title has that word (and, given a demonym, of that country).
 */
function officeHolder(ctx: ArticleContext, s: Sentence, np: string): ActorRef | null {
  const o = OFFICE.exec(np);
  if (!o) return null;
  const word = o[2]!.toLowerCase();
  const demonym = o[1] ? (ctx.bySentence[s.index] ?? []).find((m) => m.kind === 'country' && m.text === o[1]) : undefined;
  for (let i = s.index; i >= 0; i--) {
    const ms = (ctx.bySentence[i] ?? []).filter((m) => m.kind === 'leader' && (i < s.index || m.start < s.start + np.length));
    for (let j = ms.length - 1; j >= 0; j--) {
      const l = ctx.leaders.get(ms[j]!.id);
      if (!l || !holds(l, word)) continue;
      if (demonym && l.represents?.key !== demonym.id) continue;
      return { label: 'Leader', key: l.id };
    }
  }
  // An office held by exactly one leader of the article, though named later: "The Kenyan President told …".
  const all = [...ctx.leaders.values()].filter((l) => holds(l, word) && (!demonym || l.represents?.key === demonym.id));
  return all.length === 1 ? { label: 'Leader', key: all[0]!.id } : null;
}

/** A former official, a firm's man ("<Shell U.K. Oil>", "Corp", "a Soviet trading organization"), a party's or a union's: no state's voice. */
const NOT_GOV_PERSON = /\bformer\b|<|\b(?:Corp|Inc|Ltd|Co|Company|PLC|AG|NV|Group|Bhd|Party|Union|Association|Federation|Organi[sz]ation|Exchange)\b|\b(?:opposition|party|trading|trade) (?:organi[sz]ation|association|federation|union|spokes(?:man|woman))\b|\b(?:Labou?r|Workers['’]?)\b/;
/** A person's name: a given name, an initial maybe, a surname (group 1). */
const PERSON_NAME = /\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g;
/** Words of bodies and places, which make a capitalised pair no person's name ("Foreign Ministry", "Joint Chiefs"). */
const NOT_PERSON_WORD = /^(?:Ministry|Minister|Department|Bank|Office|Agency|Commission|Council|Committee|Government|House|Fund|Corporation|Union|Organi[sz]ation|Authority|Board|Service|Staff|Chiefs|Affairs|Trade|Finance|Foreign|Economic|Economics|National|Central|Federal|Reserve|State|States|United|General|Secretary|President|Chairman|Director|Executive|Governor|Deputy|Vice|Chief|Senior|Prime|Premier|Ambassador|Spokesman|Spokeswoman|Exchange|Market|Stock|Street|City|Island|Islands|Republic|Kingdom|Gulf|North|South|East|West|New|Saint|Japanese|American|British|French|German|Soviet|Chinese)$/;
/**
 * The surname of a person the extraction does not know, named in an attribution's subject ("IFC chief executive William
 * Ryrie said" → "Ryrie"; "Albert Melnikov, commercial counselor for the Soviet Union, told"): one name only, outside the
 * article's mentions.
 */
function unknownPersonOf(ctx: ArticleContext, att: Attribution): string | null {
  const np = ctx.text.slice(att.npStart, att.npEnd);
  const names = [...np.matchAll(PERSON_NAME)].filter((m) => {
    const at = att.npStart + m.index;
    const words = m[0].split(/\s+/).filter((w) => !/^[A-Z]\.$/.test(w));
    return !words.some((w) => NOT_PERSON_WORD.test(w)) && !ctx.mentions.some((x) => x.start < at + m[0].length && x.end > at);
  });
  return names.length === 1 ? names[0]![1]! : null;
}

/** An unnamed official named in an aside: "The spokesman, Gary Holmes," (group 1 the surname). */
const OFFICIAL_NAMED = /\b(?:spokes(?:man|woman|person)|official|source|diplomat)\s*,\s+[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?([A-Z][a-z]+)\s*,/;
/** Who said it, leading or trailing, however the sentence was attributed: "But money traders said …", "…, dealers said." */
const SAID_BY = /^\W*(?:(?:but|however,?)\s+)?([^,"“”]{1,50}?)\s+(?:said|say|says|told|added|noted|reported)\b|,["”]?\s+([^,"“”]{1,50}?)\s+(?:said|say|says|told|added|noted)\b[^,"“”]*$/i;
/** "Pakistani officials estimate …", "U.S. government sources expect …": a state's officials as the subject of a verb not of saying. */
const STATE_OFFICIALS_SUBJECT = /^\W*(?:But\s+)?(?:[A-Z][\w.'’-]*\s+){1,2}(?:government\s+|ministry\s+|senior\s+)?(?:officials|sources)\s+(?!(?:said|say|says|told|added|noted|reported|declined|were|are|was|is|have|has|had|would|will|could|did)\b)[a-z]+/;
/** "one said", "but one added", "One noted": one of the people told of before, named by nothing else (attribution.ts OFFICIALS). */
// (the verb right after "one": not "one Japanese official said", "one diplomat said", told by their own words)
const ONE_OF_THEM = /^\s*(?:but\s+)?one\s+(?:(?:also|later|again)\s+)?(?:said|says|added|noted|told|stressed|insisted|warned|explained|argued|observed|commented|asked|replied|predicted|conceded|acknowledged|admitted)\b/i;
/** A sentence about officials or diplomats of no named state: "Diplomats saw …", "Other western officials are …". */
const UNNAMED_OTHERS = /^\W*(?:(?:but|however,?)\s+)?(?:(?:other|some|many|most|several|western|foreign|arab|gulf|asian|european)\s+)*(?:officials|diplomats|diplomatic sources|sources|envoys)\b(?!\s+(?:said|say|says|told|added)\b)/i;
/** A sentence opening with a person's name set off by an apposition in lower case: "Alois Schwietert, chief economist at …". */
const UNKNOWN_PERSON_LEAD = /^\s*(?!(?:In|At|On|From|For|After|Before|During|Under|With|By|Since|Until|Meanwhile|However|But|And|Speaking|Asked|Earlier|Later)\b)[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?,\s+(?:(?:the|a|an)\s+)?[a-z]/;
/** A sentence that is a quote closed by a question or exclamation mark, whose attribution became a sentence of its own. */
const QUOTE_CLOSED_EARLY = /^\s*["“][^"“”]{10,}[?!]["”]\s*$/;
/** A sentence that is a quote and nothing else: ""However, if …, we shall confront that move."" */
const BARE_QUOTE = /^\s*["“][^"“”]{10,}["”]?\s*$|^\s*["“][^"“”]{10,}[.!?]["”]\s*$/;

/** "Under the pact, Japan pledged …", "Under the deal signed last year, Saudi Arabia has agreed …": terms of an agreement. */
const UNDER_AGREEMENT = /^\W*Under (?:(?:the|a|an|its|their|this|that)\s+|(?:\w+\s+)?\w+['’]s\s+)(?:[\w.-]+\s+){0,5}(?:pact|agreement|deal|accord|treaty|arrangement|accords)\b/i;
/** "(He) declined to say if …": the speaker said nothing. */
const DECLINED = /^\W*(?:(?:also|again|\w+ly)\s+)?declined\s+to\s+(?:say|comment|discuss|elaborate|specify|give|disclose|confirm|name|identify|predict|speculate)\b/i;

/** A definite spokesman: "the presidential spokesman", "the White House spokesman", "his chief spokesman". */
const SPOKESMAN_REF = /^\s*(?:but\s+)?(?:the|his|her)\s+(?:[\w.]+\s+){0,2}spokes(?:man|woman|person)\b/i;

/**
 * Whether a leader holds the office a word names: by title ("Foreign Minister" for "minister"), or by role for the
 * heads ("Kenyan leader Daniel arap Moi" is "the Kenyan President", a premier "the prime minister").
 */
function holds(l: { title: string | null; role: string | null }, word: string): boolean {
  if ((l.title ?? '').toLowerCase().includes(word)) return true;
  if (/^(?:president|king|queen|leader)$/.test(word)) return l.role === 'head_of_state';
  if (/^(?:prime minister|premier|chancellor)$/.test(word)) return l.role === 'head_of_government';
  return false;
}

/**
 * A trade body: "the German Automobile Industry Association", "Shipbuilders Association officials", "the Chamber of
 * Commerce", and an "American ... Institute" ("The American Meat Institute, AME, said", "the American Paper Institute"):
 * US industries name their lobbies so, while Washington's own bodies are Departments, Agencies or Bureaus. Institutes
 * of other states stay theirs ("the Brazilian Coffee Institute", "the National Statistics Institute").
 */
const ASSOCIATION = /\b(?:[A-Z][\w&'’-]*\s+){1,5}(?:Association|Chamber of Commerce|Coalition|Federation|Confederation)\b|\bAmerican\s+(?:(?:[A-Z][\w&'’-]*|and)\s+){1,5}Institute\b|\b(?:employers|industrialists|manufacturers|farmers|workers|exporters|importers)['’]?\s+(?:federation|confederation|association|organi[sz]ation)\b/;
/**
 * A company's officials told by its name alone ("a Nikko official said", "a Salomon official noted", "one Morgan
 * official", "the Law Debenture official"): an article, a capitalised name right after it and "official(s)" or
 * "executive(s)"; or the name closing the phrase (before its verb) after "of", "for" or "at" ("an official of Orion said", "a spokesman for
 * Lufthansa"; not "a spokesman for Fukushima police", "a spokesman for Madrid's Barajas airport"); the name no state, body or leader (companyBefore: no Ministry, Treasury, Bank …, no acronym, which may
 * be a state's: "a GAO official"). Not a name opening the sentence ("Western officials say", "Port officials said"), nor
 * one after lower-case words ("a Ministry of Agriculture official"), nor a people's or region's adjective ("a Ukrainian
 * official", "European officials"), nor a place the article tells of as one ("the Shanghai official" after "an official
 * of the Shanghai government", "in Shanghai"), nor a state company's (another matter: "a Pertamina official" after
 * "Indonesia's state oil company Pertamina"). Callers check that the phrase mentions no state, body or leader.
 */
const COMPANY_STAFF = /^\s*(?:[Bb]ut\s+)?(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:(?:senior|top|junior)\s+)?((?:[A-Z][\w&.'’-]*\s+){1,3})(?:officials?|executives?)\b|\b(?:officials?|executives?|spokes(?:man|woman|person))\s+(?:of|for|at|from|with)\s+((?:[A-Z][\w&.'’-]*(?:\s+|$)){1,4})(?:[a-z]+\s*)?$/;
function companyStaff(ctx: ArticleContext, np: string): boolean {
  const m = COMPANY_STAFF.exec(np);
  const run = m === null ? '' : m[1] ?? m[2]!;
  if (m === null || !companyBefore(run) || /(?:ian|ean|ese|ish|ern)\s*$/.test(run)) return false;
  const name = escapeRegExp(run.trim());
  return !new RegExp(`\\b(?:in|outside|near)\\s+${name}\\b|\\b${name}\\s+(?:government|province|provincial|city|municipal|county|state|authorities|region)\\b|\\bstate(?:-owned|-run)?\\s+(?:[\\w-]+\\s+){0,2}(?:company|firm|corporation|enterprise|concern)\\s+${name}\\b`).test(ctx.text);
}
/** The companies an article marks ("Fujitsu Ltd <ITSU.T>", "<Fairchild Semiconductor Corp>") as one pattern, built once. */
const COMPANIES = new WeakMap<ArticleContext, RegExp | null>();
const COMPANY_NAME = /<([A-Z][^<>]*?)(?:\s+(?:Corp|Inc|Co|Ltd|Plc|AG|SA|SpA|NV))?\.?>|\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+(?:Corp|Inc|Co|Ltd|Plc|AG|SpA|NV)\b/g;

/**
 * The speaker's phrase without the audience its verb tells ("Minister Tian Ding told a meeting of Pakistani
 * industrialists" → "Minister Tian Ding told"): those told are not who speaks, so bankers or an association in the
 * audience make no speaker non-state.
 */
function speakerOnly(np: string, verb: string): string {
  return verb.startsWith('told ') && np.endsWith(verb) ? np.slice(0, np.length - verb.length + 'told'.length) : np;
}

/**
 * Whether an attribution's noun phrase names someone outside government: NON_STATE, a trade body (ASSOCIATION), an
 * exchange's staff (MARKET_STAFF), or a company the article has marked ("a Fujitsu spokeswoman told Reuters" after "Japan's Fujitsu Ltd <ITSU.T>").
 */
function nonStateNp(ctx: ArticleContext, np: string): boolean {
  if (NON_STATE.test(np) || ASSOCIATION.test(np) || MARKET_STAFF.test(np)) return true;
  // A company's name is a capitalized word after the first ("a Fujitsu spokeswoman"); most phrases have none.
  if (!/\s[A-Z]/.test(np.trim())) return false;
  const re = companiesOf(ctx);
  return re !== null && re.test(np);
}
/** The companies the article marks, as one pattern (COMPANIES), or null. */
function companiesOf(ctx: ArticleContext): RegExp | null {
  let re = COMPANIES.get(ctx);
  if (re === undefined) {
    const names = [...new Set([...ctx.text.matchAll(COMPANY_NAME)].map((m) => (m[1] ?? m[2]!).trim()).filter((n) => n.length > 2))];
    re = names.length === 0 ? null : new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`);
    COMPANIES.set(ctx, re);
  }
  return re;
}

/**
 * "Nippon Columbia Co Ltd <NCOL.T> will make a bonus issue, a spokesman said", "A spokesman said the group had no
 * immediate issue plans" (session 16): a spokesman told by no body at all, in a sentence about a firm (one the article
 * marks, a name ending Corp, Ltd, Plc …, or "the company", "the group"), is the firm's, not the dateline's state; unless
 * the sentence also names a body of government ("Japan's Finance Ministry auctioned …, a spokesman said", "A spokesman
 * told Reuters the ministry's view is …"). Before, such a spokesman was the dateline's for want of another. Whole corpus:
 * 46 statements of 18 stories lose their state (with the "the spokesman said" and "he said" after them), all read: a
 * firm's words but 4 of a state firm's spokesman ("Peru's state minerals marketing arm, Minero Peru Comercial SA").
 */
const BARE_SPOKESMAN = /^\s*(?:[Bb]ut\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+spokes(?:man|woman|person)(?:\s+(?:has|had|also|again|later|earlier|today|yesterday|\w+ly|said|says|told|added|adds|noted|confirmed|stated))*\s*$/;
const FIRM_WORDS = /<[A-Z][^<>]*>|\b[A-Z][\w&-]*\s+(?:Corp|Inc|Co|Ltd|Plc|PLC|AG|SA|SpA|NV|Pte|Bhd|GmbH)\b|\b[Tt]he\s+(?:company|group|firm|concern|airline|brewer|carmaker)['’]?s?\b/;
const GOV_WORDS = /\b(?:[Mm]inist(?:ry|ries|er|ers)|[Gg]overnment|Treasury|[Cc]abinet|[Pp]arliament|Department|[Aa]gency|Authority|Commission|[Cc]entral\s+[Bb]ank|[Ss]tate[- ](?:owned|run|controlled)|[Ss]tate\s+(?:oil|company|firm|enterprise))\b/;
function firmSpokesman(ctx: ArticleContext, s: { text: string }, who: string): boolean {
  if (!BARE_SPOKESMAN.test(who) || GOV_WORDS.test(s.text)) return false;
  // (a firm told of inside a quote is the speaker's subject, not the speaker: ""We are still concerned about S and W
  // Berisford being long-term owners of British Sugar," a spokesman said" is the Trade Department's)
  const told = s.text.replace(/["“][^"“”]*["”]/g, ' ');
  const re = companiesOf(ctx);
  return FIRM_WORDS.test(told) || (re !== null && re.test(told));
}

/**
 * A firm named after a state (session 16): "American Medical International said", "Great American said", "BP Australia
 * said", "Canadian Roxy said", "Johnstown American Cos said", and a demonym alone as the subject, which is never how a
 * state is named ("American said" for American Airlines, "German said" for a man so named). The phrase is capitalised
 * words only, one state's name or demonym among them, and no word of a public body or office ("The Italian Treasury",
 * "The Japanese Embassy", "Statistics Canada", "Canada Post", "The Dutch Central Bank", "Australian Treasurer Paul
 * Keating" stay the state's); a state's own name told whole ("West Germany said", "And North Korea said") is the state.
 * mentions.ts (inCompanyName) leaves these to the state: a demonym opening the name, or a word after it that is no
 * usual company word. Whole corpus: 60 statements of 44 stories lose a state (with their "it said"), all read: firms'
 * words ("American", "Pepsi-Cola USA", "Cyprus Minerals Company", "Georgia Power", "Hong Kong Economic Journal") but
 * one of a state-owned one ("Turkish Sugar Factories").
 */
const STATE_FIRM_KEEP = /\b(?:Ministry|Ministries|Minister|Treasury|Treasurer|Government|Embassy|Consulate|Mission|Delegation|Cabinet|Parliament|Senate|Congress|Assembly|Diet|Court|Army|Navy|Force|Forces|Military|Police|Radio|Television|TV|News|Agency|Press|Daily|Central|National|Federal|Board|Council|Authority|Office|Commission|Committee|Department|Bureau|Institute|Statistics|Service|Administration|Secretary|President|Chancellor|Premier|Prime|King|Foreign|Finance|Post|Investment|Communist|Party|State|Republic|Socialist|Union|Customs|Reserve|Monetary|Chamber|Federation|Association|Bank|Tribunal|Mint|Attorney|Senators?|Officials?|Sources?|Spokes(?:man|woman))\b/;
/** Words around a state's name that make no firm of it: a lead-in ("In March Ecuador said"), a day or a month. */
const NOT_FIRM_WORDS = /^(?:In|On|At|By|For|From|Last|Earlier|Later|Meanwhile|However|Also|Then|Now|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Words that may stand before a state's own name in the name ("Great Britain", "North Korea", "Mainland China"). */
const STATE_NAME_WORDS = /^(?:Great|North|South|East|West|Northern|Southern|Eastern|Western|Central|Mainland|Red|Nationalist|Communist|Soviet|Latin|Upper|Lower|New|United|Republic|Kingdom|People['’]s|Democratic|Federal|Islamic|Arab|Of|of|the)$/;
const SAID_ONLY = /^(?:said|says|say|told|added|adds|announced|reported|stated|noted|disclosed|confirmed|estimated|has|have|had|also|again|today|yesterday|\w+ly)$/;
function stateNamedFirm(ctx: ArticleContext, att: Attribution, who: string): boolean {
  if (att.pronoun || att.speakers.length !== 1) return false;
  const m = att.speakers[0]!;
  // (not "U.S." nor "U.K.": Reuters capitalises the word after them, "the U.S. Mint said", "U.S. Attorney Rudolph Giuliani")
  if (m.kind !== 'country' || m.form === 'capital' || ctx.text.slice(m.start, m.end).includes('.')) return false;
  // (capitalised words, then the verb alone, maybe with an auxiliary or adverb: not "The Greek statement said")
  const np = /^\s*(?:(?:But|And)\s+)?(?:The\s+)?((?:[A-Z][\w&.'’-]*\s+){0,4}[A-Z][\w&.'’-]*)((?:\s+[a-z]+)*)\s*$/.exec(who);
  // (the verb told right after the name: the phrase of "Indian officials …, saying" is the demonym alone)
  if (!np || np[2]!.trim() === '' || !np[2]!.trim().split(/\s+/).every((w) => SAID_ONLY.test(w))) return false;
  const name = np[1]!;
  if (STATE_FIRM_KEEP.test(name)) return false;
  const state = ctx.text.slice(m.start, m.end);
  if (name === state) return m.form === 'demonym';
  const at = name.indexOf(state);
  if (at < 0) return false;
  const others = `${name.slice(0, at)} ${name.slice(at + state.length)}`.trim().split(/\s+/).filter(Boolean);
  return others.length > 0 && !others.some((w) => NOT_FIRM_WORDS.test(w)) && !(m.form === 'name' && others.every((w) => STATE_NAME_WORDS.test(w)));
}

/**
 * A firm told by its state's demonym and a lower-case noun of trade, as Reuters names a firm once it has been named:
 * "The Dutch company said", "the Swedish firm said", "the Swedish group said", "the Dutch electronics group announced",
 * "The Italian firm said" (corpus: 8 statements). Not a central bank ("The Dutch central bank said": no noun of trade)
 * nor a body of state ("the Soviet state company": `STATE_WORDS_IN_FIRM`); the demonym must be the speaker's mention, so
 * "the Cairns group" is none.
 */
const DEMONYM_FIRM = /^\s*(?:(?:[Bb]ut|[Aa]nd)\s+)?[Tt]he\s+(\p{Lu}[\p{L}'’-]*)\s+((?:[a-z-]+\s+){0,3}?)(?:company|firm|group|concern|conglomerate|maker|manufacturer|producer|retailer|insurer|airline|carrier)((?:\s+[a-z]+)*)\s*$/u;
const STATE_WORDS_IN_FIRM = /\b(?:state|government|national|central|public|official)\b/;
function demonymFirm(att: Attribution, who: string): boolean {
  if (att.pronoun || att.speakers.length !== 1) return false;
  const m = att.speakers[0]!;
  const np = DEMONYM_FIRM.exec(who);
  if (!np || m.kind !== 'country' || m.form !== 'demonym' || m.text !== np[1]) return false;
  // (the verb told right after the noun, maybe with an auxiliary or adverb: not "the Dutch company's chairman said")
  return !STATE_WORDS_IN_FIRM.test(np[2]!) && np[3]!.trim().split(/\s+/).filter(Boolean).every((w) => SAID_ONLY.test(w));
}

/**
 * A commercial bank named after a place, whose words are no state's though its name holds one: "Bank of Ireland said",
 * "Bank of America forecast", "the Bank of Tokyo's economic adviser Koei Narusawa said", "officials at Bank of Tokyo
 * said", "Bank of British Columbia said", "Royal Bank of Canada said", "Union Bank of Switzerland (London branch) said".
 * A "Bank of <place>" (the gazetteer's central banks, Bank of Japan and Bank of England, are no country mention) is a
 * firm when another capitalised word than a public bank's opens its name (`PUBLIC_BANK_WORD`: not "Central", "Reserve",
 * "National", "State", "Commonwealth", "Export-Import" …), when its place is a city or province (a capital: "Bank of
 * Tokyo"; a demonym: "Bank of British Columbia"), when a company's word follows it ("Bank of Tokyo International Ltd"),
 * or when it is one of the privately owned banks named after a whole state (`PRIVATE_BANK_OF`: America, Ireland). Any
 * other "Bank of <state>" is the state's central bank ("Bank of France", "Bank of Korea") or its state bank ("Bank of
 * China", "Bank of Brazil", agents of their governments in 1987), and stays the state's.
 */
const BANK_OF_PLACE = /(?:(\S+)\s+)?Bank\s+of\s+(?:the\s+)?$/;
const PUBLIC_BANK_WORD = /^(?:Central|Reserve|National|State|People['’]s|Federal|Commonwealth|Development|Export-Import|Agricultural|Land|Savings|Postal)$/;
const PRIVATE_BANK_OF = /^(?:America|Ireland)$/;
function placeNamedBank(ctx: ArticleContext, m: Mention): boolean {
  if (m.kind !== 'country') return false;
  const b = BANK_OF_PLACE.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start));
  if (!b) return false;
  const word = (b[1] ?? '').replace(/^[<(“"]+/, '');
  // (a word closing the sentence or a clause, an article or a preposition opens no name: "said Kimura of the Bank of Tokyo")
  if (/^\p{Lu}/u.test(word) && !/[.!?:;,"”)]$/.test(word) && !/^(?:The|A|An|At|Of|For|By|From|In|On|With|To|And|But)$/.test(word)) return !PUBLIC_BANK_WORD.test(word);
  return m.form === 'capital' || m.form === 'demonym' || /^\s+(?:International\s+)?(?:Ltd|Corp|Inc|Plc|Bhd|International)\b/.test(ctx.text.slice(m.end, m.end + 24)) || (m.form === 'name' && PRIVATE_BANK_OF.test(m.text));
}
/** Whether an attribution's speakers are states named only within a commercial bank's name (`placeNamedBank`). */
function placeNamedBankSpeaks(ctx: ArticleContext, att: Attribution): boolean {
  return !att.pronoun && att.speakers.length > 0 && att.speakers.every((m) => m.kind === 'country') && att.speakers.some((m) => placeNamedBank(ctx, m));
}

/**
 * A bank or fund told bare: "the Bank said", "bank officials said", "a bank official said", "a spokesman for the Bank", "the Bank
 * statement said", "the fund said" (an optional verb after it).
 */
function bareBody(noun: string): RegExp {
  return new RegExp(String.raw`^\s*(?:but\s+)?(?:(?:the|a|an|one|two|several|some|senior|other|another)\s+)*(?:${noun}\s+(?:officials?|sources?|spokes(?:man|woman|person)|statement)|(?:officials?|sources?|spokes(?:man|woman|person))\s+(?:for|of|at|from)\s+the\s+${noun}|${noun})(?:\s+(?:has|have|had|also|again|today|yesterday|\w+ly))*\s*$`, 'i');
}
/** "The Bank said", "the fund said" told alone (no officials): no one's when the story names no one international bank or fund. */
function theBody(noun: string): RegExp {
  return new RegExp(String.raw`^\s*(?:but\s+)?the\s+${noun}(?:\s+statement)?(?:\s+(?:has|have|had|also|again|today|yesterday|\w+ly))*\s*$`, 'i');
}
/**
 * Another bank named in the story, which "the bank" could be as well: "the Central Bank", "Bank of Korea", "Japan's
 * governmental Export-Import Bank", "Chase Manhattan Bank", "the Bundesbank" (read with the international bank's own name blanked).
 */
const OTHER_BANK = /\b(?:[Cc]entral [Bb]ank|Bundesbank|Federal Reserve|(?!(?:The|This|That|A|An|Its)\s)[A-Z][\w.'’&-]*\s+Bank)\b|\bBank\s+of\s+[A-Z]/;
/**
 * Another fund named in the story: "the OPEC Fund", "Arab Monetary Fund", "International Fund for Agricultural Development",
 * a mutual or pension fund (read with the international fund's own name blanked).
 */
const OTHER_FUND = /\b(?!(?:The|This|That|A|An|Its)\s)[A-Z][\w.'’&-]*\s+Fund\b|\bFund\s+for\b|\b(?:[Mm]utual|[Ii]nvestment|[Pp]ension|[Tt]rust|[Oo]pen-end|[Cc]losed-end|[Ss]pecial|[Rr]elief|[Dd]evelopment|[Ss]tabili[sz]ation)\s+[Ff]und\b/;
/**
 * The bank and fund nouns: what names the body told bare, the international bodies' name word, any other body of the kind,
 * and whether an aside after it is cut off.
 */
const BARE_BODIES = [
  { bare: bareBody('bank'), alone: theBody('bank'), name: /\bBank\b/, other: OTHER_BANK, aside: false },
  { bare: bareBody('fund'), alone: theBody('fund'), name: /\bFund\b/, other: OTHER_FUND, aside: true },
];

/**
 * Whose words a bank or fund told bare speaks (BARE_BODIES): the one international bank (or fund) the story names, when it
 * names no other bank (fund) ("The World Bank approved a loan … The IDA credit is for 50 years, the bank said": the World
 * Bank's, not the dateline's state; "The International Monetary Fund said it has loaned Uganda … The fund said …": the
 * IMF's); else no one for "the Bank" or "the fund" alone (a firm, a mutual fund, or a central bank not told apart), and
 * null (not this rule) for "bank officials", whom the dateline's state keeps ("Bank officials said the March falls were
 * due …" in Seoul).
 * (corpus: of 25 random bare-bank attributions in stories naming an international bank, 21 were that bank's; session 13:
 * the fund, 4 of 4 in the one story outside gold/held-out that names the IMF)
 */
function storyBank(ctx: ArticleContext, att: Attribution): ActorRef[] | null {
  let np = ctx.text.slice(att.npStart, att.npEnd);
  if (np.endsWith(att.verb)) np = np.slice(0, -att.verb.length);
  // (a fund's aside is no part of it: "The fund, at a special board meeting, said" is a mutual fund's, never a state's; "The
  // bank, in its latest quarterly review, said" keeps the dateline's state, a central bank's)
  const body = BARE_BODIES.find((b) => b.bare.test(b.aside ? np.split(',')[0]! : np));
  if (body?.aside) np = np.split(',')[0]!;
  if (!body) return null;
  // (only banks named up to the attribution count: "the bank" points back, and "The World Bank's policies prevent …, a bank
  // official said" is the World Bank's though "the Land Bank of the Philippines" is named at the story's end)
  const upTo = ctx.text.slice(0, att.end);
  const named = ctx.mentions.filter((m) => m.kind === 'org' && m.end <= att.end && ORGS.get(m.id)?.kind === 'international' && body.name.test(ORGS.get(m.id)!.name));
  const one = named.every((m) => m.id === named[0]!.id) ? named[0] : undefined;
  if (one && !body.other.test(named.reduce((text, m) => text.slice(0, m.start) + ' '.repeat(m.end - m.start) + text.slice(m.end), upTo))) return [{ label: 'Organization', key: one.id }];
  return body.alone.test(np) ? [] : null;
}

/**
 * A state's central bank told bare, as Reuters names it once it has been named: "the central bank said", "a central bank
 * spokesman said", "the Bank said" (capitalised: a commercial bank is "the bank"). See `stateCentralBank`.
 */
const CENTRAL_BANK_NP = /^\s*(?:but\s+)?(?:the|a|an|one)\s+(?:senior\s+)?central\s+bank(?:\s+(?:officials?|sources?|spokes(?:man|woman|person)|statement|governor))?(?:\s+(?:has|have|had|also|again|today|yesterday|\w+ly))*\s*$/i;
const THE_CAPITAL_BANK = /^\s*(?:[Bb]ut\s+)?[Tt]he\s+Bank(?:\s+statement)?(?:\s+(?:has|have|had|also|again|today|yesterday|\w+ly))*\s*$/;
/**
 * "Bank of <state>" names the state's central bank ("Bank of France", "the Bank of Italy", "Central Bank of Barbados",
 * "Reserve Bank of India"), not after another capitalised word ("Royal Bank of Canada", "State Bank of India",
 * "Export-Import Bank of Japan", "Industrial Bank of Japan" are other banks: `bankNameOpens`) nor before a company's word
 * ("Bank of Tokyo Ltd"); these "Bank of <state>" are commercial banks (corpus: Bank of America 34, Bank of China 19,
 * Bank of Ireland 6, Bank of Brazil 2).
 */
const BANK_OF_BEFORE = /\bBank\s+of\s+$/;
const COMMERCIAL_BANK_OF = /^(?:America|China|Ireland|Brazil)$/;
/** Whether "Bank" after `before` opens the bank's name: no capitalised word right before it but an article, "Central", "Reserve". */
function bankNameOpens(before: string): boolean {
  const word = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  // (a word closing the sentence or a clause before it is none: "… in Tokyo. Bank of Japan Governor Satoshi Sumita said")
  return !/^\p{Lu}/u.test(word) || /[.!?:;,"”)]$/.test(word) || /^(?:The|A|An|Central|Reserve)$/.test(word);
}
/** "<state>'s central bank", "the Dutch central bank", "Norway's Central Bank": the state's, told by its name or demonym. */
const CENTRAL_BANK_AFTER = /^(?:['’]s)?\s+(?:[Cc]entral\s+[Bb]ank)\b/;

/**
 * The one central bank of a state the story names, for a central bank told bare (CENTRAL_BANK_NP, THE_CAPITAL_BANK): the
 * gazetteer's own ("the Bundesbank", "Bank of England", "Bank of Japan") as itself, else its state ("Bank of France",
 * "Norway's Central Bank", "the Dutch central bank" → the Country); null when the story names none or several, and, for
 * "the Bank", when it names another bank too ("Bank of Montreal said … the Bank said" stays no one's).
 * Before, "the central bank said" was no attribution at all and "the Bank said" was given to no one (corpus, outside
 * gold/held-out: 35 "central bank" and 40 "the Bank said" sentences without a statement, now 7 and 12; mostly money-market and reserves
 * figures of the Bank of England, Bank of France, Taiwan's, Malaysia's, the UAE's central banks).
 */
function stateCentralBank(ctx: ArticleContext, att: Attribution): ActorRef | null {
  let np = ctx.text.slice(att.npStart, att.npEnd);
  if (np.endsWith(att.verb)) np = np.slice(0, -att.verb.length);
  const capitalBank = THE_CAPITAL_BANK.test(np);
  if (!capitalBank && !CENTRAL_BANK_NP.test(np)) return null;
  const found = new Map<string, { ref: ActorRef; start: number; end: number }[]>();
  const add = (ref: ActorRef, start: number, end: number): void => {
    const k = actorKey(ref);
    found.set(k, [...(found.get(k) ?? []), { ref, start, end }]);
  };
  for (const m of ctx.mentions) {
    if (m.kind === 'org') {
      const org = ORGS.get(m.id);
      if (org?.kind === 'government' && org.country && /\b(?:Bank|Bundesbank|Reserve)\b/.test(org.name) && (!m.text.startsWith('Bank') || bankNameOpens(ctx.text.slice(Math.max(0, m.start - 30), m.start)))) add({ label: 'Organization', key: m.id }, m.start, m.end);
    } else if (m.kind === 'country' && m.form !== 'capital') {
      const before = BANK_OF_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 30), m.start));
      if (before && bankNameOpens(ctx.text.slice(Math.max(0, m.start - before[0].length - 30), m.start - before[0].length)) && m.form === 'name' && !COMMERCIAL_BANK_OF.test(m.text) && !/^\s+(?:Ltd|Corp|Inc|Plc|Bhd|International)\b/.test(ctx.text.slice(m.end, m.end + 16))) add({ label: 'Country', key: m.id }, m.start - before[0].length, m.end);
      const after = CENTRAL_BANK_AFTER.exec(ctx.text.slice(m.end, m.end + 20));
      if (after) add({ label: 'Country', key: m.id }, m.start, m.end + after[0].length);
    }
  }
  if (found.size !== 1) return null;
  const [spans] = [...found.values()];
  if (capitalBank) {
    // (every other bank the story names would be "the Bank" as well)
    const rest = spans!.reduce((text, x) => text.slice(0, x.start) + ' '.repeat(x.end - x.start) + text.slice(x.end), ctx.text);
    if (OTHER_BANK.test(rest)) return null;
  }
  return spans![0]!.ref;
}

/**
 * A body of government named without its state: "a ministry statement", "government sources", "a cabinet statement"; not a
 * person of a firm so named ("Steve Slifer of Lehman Government Securities").
 */
const STATE_ORGAN = /^(?![^,]*\b(?:of|at|from|with)\s+(?:[A-Z][\w&.'’-]*\s+){0,3}(?:Government|Treasury)\s+Securities\b)[^]*\b(?:ministry|government|treasury|cabinet|parliament(?:ary)?|presidential|palace|high command|military|army)\b/i;

/**
 * The state whose unnamed ministry speaks ("the Finance Ministry said", "a Defence Ministry spokesman said", "the Ministry of
 * Agriculture said") when the dateline names no state (BRUSSELS, THE HAGUE, STOCKHOLM, HAMBURG, ANTANANARIVO …): the one
 * state the story's first sentence names ("Belgium is to issue a 150 billion franc loan …, a Finance Ministry spokesman
 * said", "The Dutch current account surplus fell …, the Finance Ministry said"); null when it names none or several.
 */
function leadStateOfMinistry(ctx: ArticleContext, np: string): string | null {
  if (ctx.datelineCountry || !/\bministry\b/i.test(np)) return null;
  const states = new Set((ctx.bySentence[0] ?? []).filter((m) => m.kind === 'country').map((m) => m.id));
  return states.size === 1 ? [...states][0]! : null;
}

/**
 * Whether the noun phrase names officials of an international body the gazetteer does not know, by the acronym the
 * article defined for it ("ICO officials said" after "the International Coffee Organization (ICO)"): they speak for no
 * state, not for the dateline's. Not a ministry's ("the Ministry of International Trade and Industry (MITI)").
 */
function internationalBody(ctx: ArticleContext, np: string): boolean {
  for (const [acronym] of np.matchAll(/\b[A-Z]{2,6}\b/g)) {
    const at = ctx.text.indexOf(`(${acronym})`);
    if (at < 0) continue;
    const name = ctx.text.slice(Math.max(0, at - 90), at).split(/[.;]/).pop()!;
    if (/\b(?:International|World|Organi[sz]ation|Council)\b/.test(name) && !/\b(?:Ministry|Department|Agency|Bureau|Office)\b/.test(name)) return true;
  }
  return false;
}

/** Bare-surname patterns per article, built once. */
const SURNAMES = new WeakMap<ArticleContext, { id: string; re: RegExp }[]>();

/**
 * The sentence's mentions plus bare surnames ("Baker called Miyazawa") of leaders already found in the
 * article that the gazetteer left unresolved, when the surname names exactly one of them.
 */
function withSurnames(ctx: ArticleContext, s: Sentence, ms: Mention[]): Mention[] {
  let res = SURNAMES.get(ctx);
  if (!res) {
    const bySurname = new Map<string, string | null>();
    for (const l of ctx.leaders.values()) {
      for (const last of surnamesOf(l.name)) {
        if (!/^[A-Z][a-z]+$/.test(last)) continue;
        bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== l.id ? null : l.id);
      }
    }
    res = [...bySurname].filter((e): e is [string, string] => e[1] !== null).map(([last, id]) => ({ id, re: new RegExp(`(?<![A-Z][a-z]*\\s)\\b${last}\\b(?!\\s+[A-Z])`, 'g') }));
    SURNAMES.set(ctx, res);
  }
  const extra: Mention[] = [];
  for (const { id, re } of res) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (ms.some((x) => x.start < end && x.end > start)) continue;
      extra.push({ kind: 'leader', id, start, end, tokStart: -1, tokEnd: -1, text: m[0] });
    }
  }
  return extra.length === 0 ? ms : [...ms, ...extra].sort((a, b) => a.start - b.start);
}

/** A clause "but|while|whereas <actor> <stance verb> …" after `from`, by an actor other than `speakers`. */
function contrastClause(ctx: ArticleContext, contentMs: Mention[], from: number, cEnd: number, speakers: ActorRef[]): { actors: ActorRef[]; at: number; start: number } | null {
  // "…, but Soviet officials have indicated …", "…, a day after Washington said …": another actor's clause.
  // "…, and China's Foreign Ministry said …": with "and", only a verb of saying makes the clause another actor's statement.
  const re = /[,;]?\s+(?:but|while|whereas|(?:(?:a|one|two|three) (?:day|days|week|weeks) |shortly |hours |days |soon )?after|since|because)\s+|,\s+(and)\s+/gi;
  re.lastIndex = 0;
  const tail = ctx.text.slice(from, cEnd);
  let m: RegExpExecArray | null;
  while ((m = re.exec(tail)) !== null) {
    // (not inside a quote: in ""We wanted the clause in, but Comecon said no," an EC negotiator said" the negotiator speaks)
    if (insideQuote(tail, m.index)) continue;
    const start = from + m.index + m[0].length;
    const first = contentMs.find((x) => x.start >= start && x.kind !== 'place');
    if (!first || first.start - start > 20) continue;
    const found = subjectIn(ctx, contentMs.filter((x) => x.start >= start), cEnd);
    if (!found || found.actors.some((a) => speakers.some((x) => actorKey(x) === actorKey(a)))) continue;
    if (m[1] && !SPEECH_VERB.test(ctx.text.slice(found.at, cEnd))) continue;
    return { actors: found.actors, at: found.at, start };
  }
  return null;
}

/** Words naming a person by a role ("the professor", "the Ashland chairman", "one analyst"), read at the end of a subject. */
const PERSON_HEAD = /\b(?:chairman|chairwoman|chief|president|director|minister|secretary|official|spokes(?:man|woman|person)|representative|envoy|ambassador|governor|senator|congressman|lawmaker|legislator|republican|democrat|professor|economist|analyst|banker|trader|dealer|broker|journalist|executive|manager|head|leader|premier|king|queen|prince|diplomat|delegate|negotiator|commissioner|general|officer|expert|specialist|source|man|woman|member|speaker|adviser|advisor|aide|chancellor|mayor|consultant|strategist|observer|owner|partner|worker|farmer|producer|exporter|importer|buyer|seller|investor|lawyer|attorney|judge|citizen|resident|student|scientist|engineer|someone|one|others?)s?$/i;

/**
 * Whether the subject `np` of an attribution to someone the extraction does not know (otherSpeakerSubject) still leaves
 * "he" to the last speaker: a definite subject that names no person ("The budget cut defense … and called for …", "The
 * accord called for stability", "In 1986, the company reported earnings"), who cannot be the "he" of the next sentence,
 * or the last speaker's own office ("The trade representative called for …" after Clayton Yeutter, Trade Representative).
 */
function sameSpeakerNp(ctx: ArticleContext, np: string, last: ActorRef | null): boolean {
  // (the head before a prepositional phrase: "The Boeing statement after the crash" is a statement)
  const def = /^(?:the|its|their)\s+((?:[\w'’.-]+\s+){0,4}?)([\w'’-]+)$/i.exec(np.replace(/\s+(?:of|after|before|in|at|for|on|with|from|to|by)\s.*$/i, ''));
  if (!def || /\b[A-Z][a-z]+\s+[A-Z][a-z]+$/.test(np.replace(/^the\s+/i, ''))) return false;
  const head = def[2]!;
  // (not a paper, report or agency: "The newspaper said …" may go on to quote a person of its own, "he said")
  if (/^(?:(?:news)?papers?|daily|reports?|statements?|surveys?|study|agency|radio|television|magazine|journal|bulletin|communique|letter|review|press)$/i.test(head)) return false;
  // ("The seamen respond …", "the producers": people too)
  if (!PERSON_HEAD.test(head) && !/(?:m[ae]n|people|ers|ists|ians|ees)$/i.test(head)) return true;
  const title = last?.label === 'Leader' ? ctx.leaders.get(last.key)?.title : undefined;
  return !!title && new RegExp(`\\b${head}\\b`, 'i').test(title);
}

/** Finds statements, given the calls already found. */
export function findStatements(ctx: ArticleContext, callRes: CallResult): StatementRecord[] {
  const out: StatementRecord[] = [];
  const nominal: StatementRecord[] = [];
  /** The records made from speech acts named as nouns ("Gorbachev's offer"). */
  const acted = new Set<StatementRecord>();
  const main = callRes.main;
  const mainLeaders = (main?.participants ?? []).filter((p) => p.label === 'Leader');
  let lastSpeaker: ActorRef | null = null;
  let lastOfficials: ActorRef | null = null;
  /** The last state or body that spoke ("The Greek statement said …"), for a following "it said". */
  let lastBody: ActorRef | null = null;
  /**
   * The speakers of the last joint statement, declaration or communique ("Garcia and de la Madrid issued a joint
   * declaration calling …"), whom "the declaration said" and "it said" continue (lastBody holds one body only).
   */
  let lastDocument: ActorRef[] | null = null;
  /**
   * "A British minister said …" opening the story, its state speaking, with the office word: the leader of that state and
   * office who makes the next statement, within the story's first four sentences ("Corporate Affairs Minister Michael
   * Howard said …"), is the one.
   */
  let unnamedLead: { record: StatementRecord; state: string; office: string } | null = null;
  /** The state whose news agency or radio spoke last ("The Iranian news agency IRNA said", "Tehran Radio said"), whom "the agency said" continues. */
  let lastPress: ActorRef | null = null;
  /**
   * The state or body whose report spoke last ("The Singapore government should …, a government report said", "the USDA
   * report said", "In its monthly report, the ministry said"), whom "the report said" continues; null after a report of no
   * state ("a report in the Daily Telegraph said"), so that "the report said" is then no one's.
   */
  let lastReport: ActorRef[] | null = null;
  /** The state of the last diplomat who spoke ("A U.S. diplomat said"), whom "the diplomat said" continues. */
  let lastDiplomat: ActorRef | null = null;
  /** Whether the last attribution was of someone outside government ("a company spokesman"), whom "the spokesman" continues. */
  let lastNonState = false;
  /**
   * Whether the last sources named ("trade sources said", "foreign banking sources said") speak for no state: "the sources
   * said" refers to them even after a minister spoke in between ("Trade sources said … Minister X said … the sources said").
   */
  let lastSourcesNonState = false;
  /** The sentence in which lastOfficials spoke. */
  let lastOfficialsAt = -1;
  // Whether the last officials were unnamed ones given the dateline's state for want of another (datelineFallback).
  let lastOfficialsFallback = false;
  /** The state that alone made the statement of the sentence before ("In Taipei, Taiwan said …"), for its unnamed ministry after it. */
  let lastState: { key: string; sentence: number } | null = null;
  /** Surnames given to unnamed officials ("The spokesman, Gary Holmes, said") and the state or body they speak for. */
  const officialNames = new Map<string, ActorRef>();
  /** The names in officialNames that are people's surnames ("Gary Holmes"), not a news agency's ("Tanjug"). */
  const personNames = new Set<string>();
  /** The statement made in the sentence before, which a quote following on its own goes on with. */
  let lastStated: { sentence: number; record: StatementRecord } | null = null;
  /** "The agency said", "the radio added" (not "quoted … as saying"): a state's agency, radio or paper told of before, if any. */
  const pressPronoun = (a: Attribution): boolean => a.pronoun && !/^quoted\b/.test(a.verb) && PRESS_REF.test(ctx.text.slice(a.npStart, a.npEnd));
  for (const s of ctx.sentences) {
    const firstLeader = (ctx.bySentence[s.index] ?? []).find((m) => m.kind === 'leader');
    let att = ctx.attributions[s.index] ?? surnameAttribution(ctx, s, officialNames);
    // "…, the agency said" with no state agency told of before: the sentence's other attribution, if any, speaks.
    if (att && !lastPress && pressPronoun(att)) att = findAttribution(s, ctx.bySentence[s.index] ?? [], false) ?? surnameAttribution(ctx, s, officialNames);
    // The attribution's subject as written ("Finance Ministry officials said"), read by most of the speaker rules below.
    const attNp = att ? ctx.text.slice(att.npStart, att.npEnd) : '';
    const ms = withSurnames(ctx, s, ctx.bySentence[s.index] ?? []);
    let cStart = att ? att.contentStart : s.start;
    let cEnd = att ? att.contentEnd : s.end;
    // ""… What were they talking about?" Foulkes said.": a question or exclamation closing a quote ends the sentence
    // before its attribution; what was said is the quote of the sentence before (unless it went on with a statement).
    const before = ctx.sentences[s.index - 1];
    if (att && before && /^\W*$/.test(ctx.text.slice(cStart, cEnd)) && QUOTE_CLOSED_EARLY.test(before.text) && lastStated?.sentence !== before.index) {
      cStart = before.start;
      cEnd = before.end;
    }
    let content = ctx.text.slice(cStart, cEnd).trim().replace(/^(?:that\s+)/i, '');
    let quotes = quotesOf(content);
    const acts = nominalActs(ctx.text, ctx.bySentence[s.index] ?? [], s.start, s.end);
    for (const act of acts) {
      const text = ctx.text.slice(act.start, act.end).trim();
      const about = dedupe((ctx.bySentence[s.index] ?? []).filter((m) => m.start >= act.start && m.end <= act.end && m.kind !== 'place' && !(m.kind === 'country' && m.form === 'capital')).map((m) => actorOf(m)!).filter((a) => actorKey(a) !== actorKey(act.actor)));
      const rec: StatementRecord = {
        id: statementId([act.actor], text), text, quote: null, kind: act.kind, speakers: [act.actor], relayers: [], about,
        aboutCalls: callRes.bySentence.get(s.index) ?? [], during: null, day: null, sentence: s.index, confidence: 0.7,
      };
      nominal.push(rec);
      acted.add(rec);
    }
    const contentMs = ms.filter((m) => m.start >= cStart && m.end <= cEnd);
    // The stating subject inside the content: an actor right before a stance verb.
    const found = subjectIn(ctx, contentMs, cEnd);
    let subject: ActorRef[] = found?.actors ?? [];
    // Where the subject's own words start: the kind is read from there on.
    let subjectAt = found ? found.at : -1;
    // "Reagan has approved plans … and he has called on allies": the pronoun takes the sentence's leader.
    if (subject.length === 0) {
      const pr = /[,;]?\s+(?:and|but)\s+(?:he|she)\s+(?=\S)/i.exec(content);
      const lead = pr ? contentMs.find((m) => m.kind === 'leader' && m.start < cStart + content.length) : undefined;
      if (pr && lead && STANCE_VERB.test(` ${content.slice(pr.index + pr[0].length)}`)) {
        subject = [actorOf(lead)!];
        subjectAt = ctx.text.indexOf(content, cStart) + pr.index + pr[0].length;
      }
    }
    const PRON_LEAD = /^(?:[^,"“”]{0,30},\s+|(?:but|and|however,?|yet)\s+)?(?:he|she)\s+/i;
    // Not after a leading attribution that names its speaker: in "Ongpin said he has asked Aquino to …" "he" is Ongpin.
    const ownPronoun = att !== null && !att.pronoun && att.speakers.length > 0 && att.contentStart > att.npStart;
    if (subject.length === 0 && lastSpeaker && !ownPronoun && PRON_LEAD.test(content) && STANCE_VERB.test(content.replace(PRON_LEAD, ' '))) {
      subject = [lastSpeaker];
      subjectAt = ctx.text.indexOf(content, cStart) + PRON_LEAD.exec(content)![0].length;
    }
    if (subject.length === 0) {
      const lead = /^(?:[^,"“”]{0,30},\s+)?(?:the two leaders|both leaders|both sides)\s+(?:also\s+)?(\w+)/i.exec(content);
      if (lead && STANCE_VERB.test(` ${lead[1]}`) && !/discussed/i.test(lead[1]!)) subject = mainLeaders;
    }
    // "The plans were dismissed by West German minister Ignaz Kiechle as …, diplomatic sources said": a stance told in
    // the passive is the act of the one named after "by" (when no one named tells of it).
    if (subject.length === 0 && (!att || att.speakers.length === 0)) {
      const pb = passiveBy(ctx.text, contentMs, cStart, cEnd);
      if (pb) {
        subject = [pb.actor];
        subjectAt = pb.at;
      }
    }
    const rank = (k: string): number => (k === 'leader' ? 0 : k === 'org' ? 1 : 2);
    const best = att && att.speakers.length > 0 ? Math.min(...att.speakers.map((m) => rank(m.kind))) : 0;
    let named = att ? att.speakers.filter((m) => rank(m.kind) === best) : [];
    // "The Iranian news agency IRNA said", "China's official Xinhua news agency reported": a news agency named with its
    // state relays for that state, which speaks (an agency alone, "IRNA said", speaks as itself when it judges: stateMedium).
    const stateMedia = att && named.length > 0 && named.every((m) => m.kind === 'org' && ORGS.get(m.id)?.kind === 'media') ? named : [];
    const mediaState = stateMedia.length > 0 ? att!.speakers.filter((m) => m.kind === 'country' && m.end <= stateMedia[0]!.start) : [];
    if (mediaState.length > 0) named = mediaState;
    if (att) {
      // "U.S. officials with Shultz said": the officials' country speaks, not the one they travel with.
      const off = /\b(?:officials|sources|diplomats)\b/i.exec(attNp);
      // Only states naming the officials themselves, not ones told of before a dash ("… Taiwan and South Korea - and Reagan officials").
      const ofCountry = off ? att.speakers.filter((m) => m.kind === 'country' && m.end <= att.npStart + off.index && !/\s[-–]\s/.test(ctx.text.slice(m.end, att.npStart + off.index))) : [];
      if (ofCountry.length > 0) named = ofCountry;
      // "Portuguese Ambassador to China Octavio Valerio": the state he is posted to does not speak.
      const posted = named.filter((m) => m.kind === 'country' && /\b(?:to|in|at|from|with|for)\s+(?:the\s+)?$/i.test(ctx.text.slice(att.npStart, m.start)));
      if (posted.length > 0 && posted.length < named.length) named = named.filter((m) => !posted.includes(m));
      // "Diplomats in Peking said": diplomats posted in a capital are mostly foreign ones and speak for no state.
      else if (posted.length > 0 && posted.length === named.length && BARE_DIPLOMATS.test(attNp)) named = [];
      // "The Soviet Union has protested, its ambassador to Kuwait told the agency", "Moscow would not tolerate this, its
      // ambassador in Kuwait said": "its" is the state or body the sentence told of before, not the envoy's post.
      else if (posted.length > 0 && posted.length === named.length && /^\s*(?:but\s+)?(?:its|their)\s/i.test(attNp)) {
        const owner = ms.filter((m) => m.start < att.npStart && m.start >= s.start && (m.kind === 'country' || m.kind === 'org') && !posted.some((p) => p.id === m.id)).at(-1);
        named = owner ? [owner] : [];
      }
    }
    // "industry sources", "analysts", "bankers": people outside government speak for no state.
    // (A company the article marked silences only unnamed people: "Wolfgang Sauer, president of Volkswagen do Brasil" is named.)
    // "Gulf Canada spokesman Ash Bhasin said", "A Fujitsu spokesman said": a spokesman after a name that is no state,
    // body or leader (none is mentioned in the phrase) speaks for a company (leaders.ts companyBefore).
    const spokes = att !== null && att.speakers.length === 0 ? /\bspokes(?:man|woman|person)\b/.exec(attNp) : null;
    const companySpokesman = att !== null && spokes !== null && companyBefore(ctx.text.slice(att.npStart, att.npStart + spokes.index));
    const who = att === null ? '' : speakerOnly(attNp, att.verb);
    const nonState = att !== null && (companySpokesman || stateNamedFirm(ctx, att, who) || demonymFirm(att, who) || placeNamedBankSpeaks(ctx, att) || (att.speakers.length === 0 && firmSpokesman(ctx, s, who)) || NON_STATE.test(who) || (att.speakers.length === 0 && companyStaff(ctx, who)) || (!att.speakers.some((m) => m.kind === 'leader') && nonStateNp(ctx, who)));
    if (nonState) named = [];
    // A definite "the spokesman" goes on with whoever spoke before, and so keeps the flag.
    if (att && !att.pronoun && !THE_OFFICIALS.test(attNp)) lastNonState = nonState;
    // (one actor named twice is one speaker: "the Organization for Economic Cooperation and Development (OECD) said" is the
    // OECD alone, whose "it said" goes on; before, its two mentions left lastBody unset)
    // Unnamed officials or sources given the dateline's state for want of any other ("monetary sources said", "officials
    // said"): a state or body stating at the opening of what they said speaks ("the IMF predicts …", "Japan has pledged …").
    let datelineFallback = false;
    let attSpeakers: ActorRef[] = att ? (att.collective && named.length === 0 ? mainLeaders : dedupe(named.map((m) => actorOf(m)!))) : [];
    // "President Reagan's chief of staff said": the holder of that office speaks, not the president.
    if (att) {
      const role = roleOf(ctx, att.speakers, att.npEnd, att.npStart);
      if (role) attSpeakers = [role];
    }
    // "Reagan administration officials said": the officials of the leader's state.
    const adm = att ? att.speakers.find((m) => m.kind === 'leader' && ADMINISTRATION.test(ctx.text.slice(m.end, att.npEnd))) : undefined;
    const admOf = adm ? ctx.leaders.get(adm.id)?.represents : undefined;
    if (admOf) attSpeakers = [{ label: admOf.label, key: admOf.key }];
    const itSaid = att !== null && att.pronoun && IT_SAID.test(attNp);
    // "The agency said", "the radio added": the state whose agency or radio spoke before, else no one (not the last leader).
    const pressSaid = att !== null && pressPronoun(att);
    const reportSaid = att !== null && att.pronoun && REPORT_REF.test(attNp);
    if (pressSaid) attSpeakers = lastPress ? [lastPress] : [];
    else if (reportSaid) attSpeakers = lastReport ?? [];
    else if (att && attSpeakers.length === 0 && att.pronoun && itSaid && lastDocument) attSpeakers = lastDocument;
    else if (att && attSpeakers.length === 0 && att.pronoun && (itSaid ? lastBody : lastSpeaker)) attSpeakers = [(itSaid ? lastBody : lastSpeaker)!];
    // "The presidential spokesman added", "the White House spokesman said": a definite spokesman is the one spokesman
    // the article names (unless unnamed officials spoke before, whom "the spokesman" may continue).
    if (att && !lastOfficials && SPOKESMAN_REF.test(attNp)) {
      const spokesmen = [...ctx.leaders.values()].filter((l) => l.role === 'spokesperson' || /spokes/i.test(l.title ?? ''));
      if (spokesmen.length === 1) attSpeakers = [{ label: 'Leader', key: spokesmen[0]!.id }];
    }
    // "The Kenyan President told a parade": the state's office holder named in the article, not the state.
    if (att && !att.pronoun && attSpeakers.length > 0 && attSpeakers.every((a) => a.label === 'Country') && OFFICE.exec(attNp)?.[1]) {
      const holder = officeHolder(ctx, s, attNp);
      if (holder) attSpeakers = [holder];
    }
    // "the president said", "the Kenyan President told": the leader of the article holding that office.
    const office = att && attSpeakers.length === 0 && !att.pronoun && OFFICE.test(attNp);
    if (att && office) {
      const holder = officeHolder(ctx, s, attNp);
      if (holder) attSpeakers = [holder];
    }
    // "A U.S. diplomat said … China had flooded the market, the diplomat said": the diplomat named before speaks on.
    if (att && attSpeakers.length === 0 && lastDiplomat && /^\s*(?:but\s+)?the\s+(?:same\s+)?diplomat\s*$/i.test(attNp.replace(/\s+(?:said|says|added|told\b.*)$/i, ''))) attSpeakers = [lastDiplomat];
    // "Community officials said": the European Community's (Reuters' usage in 1987), not the dateline's state.
    if (att && attSpeakers.length === 0 && att.officials && /^\s*(?:but\s+)?(?:the\s+)?(?:senior\s+|top\s+)?Community\s+(?:sources?|officials?|diplomats?|spokes(?:man|woman))\b/.test(attNp)) attSpeakers = [{ label: 'Organization', key: 'ec' }];
    // "Commission officials said" in a story about the European Community: the Commission's (as "Community officials"),
    // also lower-cased as Reuters often writes it ("the commission sources said", "Last Friday, commission sources said":
    // corpus, 4 of 4 in stories naming the Community).
    if (att && attSpeakers.length === 0 && att.officials && /^\s*(?:but\s+)?(?:the\s+)?(?:senior\s+|top\s+)?[Cc]ommission\s+(?:sources?|officials?|spokes(?:man|woman))\b/.test(attNp)
      && ctx.mentions.some((m) => m.kind === 'org' && EC_BODIES.has(m.id))) attSpeakers = [{ label: 'Organization', key: 'european-commission' }];
    // "The Commission said …", "The Commission has also proposed …" told bare: the European Commission in a story about
    // the Community, else no one (not the dateline's state: a trade or securities commission is of no known state here).
    const bareCommission = att !== null && attSpeakers.length === 0 && att.officials && /^\s*(?:[Bb]ut\s+)?[Tt]he\s+Commission(?:\s+(?:has|have|had|also|again|today|yesterday|\w+ly))*\s+\S+\s*$/.test(attNp);
    if (bareCommission && ctx.mentions.some((m) => m.kind === 'org' && EC_BODIES.has(m.id))) attSpeakers = [{ label: 'Organization', key: 'european-commission' }];
    // "The Senate last week unanimously called on Reagan to …", "The U.S. House of Representatives urged …": a chamber of
    // the U.S. Congress told bare speaks for the Congress, in a story from the United States or when named "U.S." (never
    // another state's senate: "the Philippine Senate", "the Senate" in MANILA).
    const chamber = att !== null && !att.pronoun && att.speakers.length === 0 && CHAMBER.test(attNp.endsWith(att.verb) ? attNp.slice(0, -att.verb.length) : attNp);
    if (chamber && attSpeakers.length === 0 && (/\bU\.S\./.test(attNp) || ctx.datelineCountry === 'US')) attSpeakers = [{ label: 'Organization', key: 'us-congress' }];
    // "The Japanese Embassy said in a statement … The embassy said": the embassy named before, of its state.
    if (att && attSpeakers.length === 0 && /^\s*(?:but\s+)?the\s+embassy\s*$/i.test(attNp.replace(/\s+(?:said|says|added|told\b.*)$/i, ''))) {
      const embassy = ctx.mentions.filter((m) => m.kind === 'country' && m.end <= att.npStart && /^\s+Embassy\b/.test(ctx.text.slice(m.end, m.end + 9))).at(-1);
      if (embassy) attSpeakers = [actorOf(embassy)!];
    }
    // "a diplomat said", "diplomatic sources said": diplomats posted in the dateline's capital are mostly foreign ones.
    const bareDiplomats = attSpeakers.length === 0 && att !== null && att.speakers.length === 0 && BARE_DIPLOMATS.test(attNp);
    // "Diplomatic sources said … His stance had softened, the sources said": the same diplomats, of no state.
    if (bareDiplomats) {
      lastDiplomat = null;
      lastNonState = true;
    }
    const sourcesNp = att ? /\bsources?\b/i.test(attNp) : false;
    const theSources = sourcesNp && /^\s*(?:but\s+)?the\s+sources?\b/i.test(ctx.text.slice(att!.npStart, att!.npEnd));
    const sourcesOfNone = theSources && lastSourcesNonState;
    const bank = att && attSpeakers.length === 0 && att.officials && !nonState ? storyBank(ctx, att) : null;
    if (bank) attSpeakers = bank;
    const centralBank = att && attSpeakers.length === 0 && att.officials && !nonState ? stateCentralBank(ctx, att) : null;
    if (centralBank) attSpeakers = [centralBank];
    if (att && attSpeakers.length === 0 && att.officials && !office && !nonState && !bareDiplomats && !sourcesOfNone && !bareCommission && !bank && !chamber) {
      const np = ctx.text.slice(att.start, att.end);
      // "They said", "But they admitted that …", "…, they said.": the officials who spoke last.
      const they = /^\s*(?:(?:but|and)\s+)?they\b/i.test(attNp);
      // ""…," one said.": one of the officials told of just before ("The officials said … "We have already seen some signs
      // of improvement," one said."), else no one (analysts, traders, diplomats of no state: "one" names no state).
      const one = ONE_OF_THEM.test(attNp);
      // "In Brasilia, sources said": the lead-in's state; under a dateline of no state, the lead's (leadStateOfMinistry)
      const leadIn = leadInCountry(ctx, s, att);
      const ministryState = leadStateOfMinistry(ctx, attNp);
      if (one) attSpeakers = lastOfficials && lastOfficialsAt >= s.index - 2 ? [lastOfficials] : [];
      else if (lastOfficials && (they || THE_OFFICIALS_AGAIN.test(np))) {
        attSpeakers = [lastOfficials];
        datelineFallback = lastOfficialsFallback;
      }
      // "In New Delhi, Indian officials told Reuters … "…," an official said.": one of the officials of the sentence before.
      else if (lastOfficials && lastOfficialsAt === s.index - 1 && /^\s*(?:but\s+)?(?:an?|one|another)\s+(?:senior\s+|top\s+)?(?:official|source)\s*$/i.test(attNp.replace(/\s+(?:said|says|added|told\b.*)$/i, ''))) attSpeakers = [lastOfficials];
      // "…, a company spokesman told Reuters. The spokesman said …": still the company's, of no state.
      else if (lastNonState && THE_OFFICIALS.test(attNp)) attSpeakers = [];
      else if (/^they$/i.test(attNp.trim().split(/\s+/)[0] ?? '')) attSpeakers = [];
      else if (leadIn) attSpeakers = [{ label: 'Country', key: leadIn }];
      // "In Taipei, Taiwan said it would not recognise the agreement. A Foreign Ministry statement said: …" (PEKING): the
      // ministry of the state that spoke in the sentence before, of the same paragraph, not the dateline's (session 13).
      else if (lastState && lastState.sentence === s.index - 1 && lastState.key !== ctx.datelineCountry && STATE_ORGAN.test(attNp) && !/\n[^\S\n]{2,}|\n\s*\n/.test(ctx.text.slice(ctx.sentences[s.index - 1]!.end, s.start))) attSpeakers = [{ label: 'Country', key: lastState.key }];
      else if (internationalBody(ctx, attNp)) attSpeakers = [];
      else if (ctx.datelineCountry) {
        attSpeakers = [{ label: 'Country', key: ctx.datelineCountry }];
        datelineFallback = true;
      } else if (ministryState) attSpeakers = [{ label: 'Country', key: ministryState }];
      else {
        // No country to speak for (a Brussels or Geneva dateline): the body the content is about.
        const body = contentMs.find((m) => m.kind === 'org' && ORGS.get(m.id)?.kind !== 'media');
        if (body && /\bofficials\b/i.test(np)) attSpeakers = [actorOf(body)!];
        // Else, for a body of government (STATE_ORGAN), the state the title opens with: "SWEDEN MAKES PROPOSAL FOR BANKING
        // CHANGE" (STOCKHOLM, a dateline of no state here) "The finance ministry has proposed …, a ministry statement said."
        // (not unnamed spokesmen and officials at large: in the corpus they were as often a firm's or a trade body's)
        else if (ctx.titleCountry && STATE_ORGAN.test(attNp)) attSpeakers = [{ label: 'Country', key: ctx.titleCountry }];
      }
    }
    if (att && !reportSaid) lastReport = reportOf(ctx, s, att, attSpeakers) ?? lastReport;
    // (sources told as outside government: "industry sources", "foreign banking sources"; not merely ones left without a state)
    if (sourcesNp && !theSources) lastSourcesNonState = nonState || bareDiplomats;
    // (after the officials' state is settled: "the official news agency Tanjug said" speaks for the dateline's state)
    if (att && !pressSaid && attSpeakers.length === 1 && attSpeakers[0]!.label === 'Country' && (mediaState.length > 0 || PRESS_NP.test(attNp))) {
      lastPress = attSpeakers[0]!;
      // "the official Tanjug news agency said … Tanjug said …": the agency's name, met again alone, is the same state's.
      const pressName = PRESS_NAME.exec(attNp);
      if (pressName) officialNames.set((pressName[1] ?? pressName[2] ?? pressName[3])!, lastPress);
    }
    // ("a U.S. delegate at the bank's annual meeting said … "…," the official said.": a state's delegates are its officials too)
    if (att && /\b(?:officials?|sources?|diplomats?|delegates?|delegations?|spokes(?:man|woman|person))\b/i.test(attNp) && attSpeakers.length === 1 && attSpeakers[0]!.label !== 'Leader') {
      lastOfficials = attSpeakers[0]!;
      lastOfficialsAt = s.index;
      lastOfficialsFallback = datelineFallback;
      // "A Treasury spokesman said … He said …", "A U.S. diplomat said … He said …": one unnamed person speaks on for
      // the same body or state; also after a longer name with its abbreviation ("a senior Petroleos de Venezuela (PDVSA)
      // official said"), not a former official's ("Henry Schuler, a former U.S. diplomat … now with CSIS").
      if (/\b(?:an?|the|one)\s+(?:[\w.()-]+\s+){0,5}(?:official|spokes(?:man|woman|person)|source|diplomat|envoy|delegate)\b/i.test(attNp) && !/\bformer\b/i.test(attNp)) lastSpeaker = attSpeakers[0]!;
      if (/\b(?:an?|one)\s+(?:[\w.-]+\s+){0,3}diplomat\b/i.test(attNp)) lastDiplomat = attSpeakers[0]!;
      const named = OFFICIAL_NAMED.exec(ctx.text.slice(att.npStart, att.npEnd + 1));
      if (named) {
        officialNames.set(named[1]!, attSpeakers[0]!);
        personNames.add(named[1]!);
      }
    }
    // "IFC chief executive William Ryrie said …", "William Crowe, chairman of the U.S. Joint Chiefs of Staff, predicted …": a
    // person the extraction does not know, speaking for a state or body, goes on as "he" and by surname ("Ryrie added …").
    // (a state's only through an office of government in the subject, not a firm's or a former official's)
    if (att && !att.pronoun && attSpeakers.length === 1 && attSpeakers[0]!.label !== 'Leader' && (attSpeakers[0]!.label === 'Organization' || GOV_OFFICE.test(attNp)) && !NOT_GOV_PERSON.test(attNp)) {
      const surname = unknownPersonOf(ctx, att);
      if (surname) {
        lastSpeaker = attSpeakers[0]!;
        officialNames.set(surname, attSpeakers[0]!);
        personNames.add(surname);
      }
    }
    // ""…," he said. "More words."": a sentence that is only a quote goes on with the statement of the sentence
    // before (one utterance, one statement); a stance it takes ("we shall confront that move") outranks a neutral kind.
    // Not when its own attribution follows as a sentence of its own (""…?" Foulkes said."): that one takes it.
    const next = ctx.sentences[s.index + 1];
    const ownAttribution = !!next && QUOTE_CLOSED_EARLY.test(s.text) && attributionOnly(next.text);
    if (!att && subject.length === 0 && lastStated && lastStated.sentence === s.index - 1 && BARE_QUOTE.test(s.text) && !ownAttribution) {
      const rec: StatementRecord = lastStated.record;
      const more = quotesOf(s.text);
      rec.quote = [rec.quote, ...more].filter(Boolean).join(' … ');
      rec.text = `${rec.text} ${s.text.trim()}`;
      const moreKind = kindOf(more.join(' '), sideOf(ctx, rec.speakers, ms));
      if (['other', 'announcement', 'characterization'].includes(rec.kind) && !['other', 'announcement', 'characterization'].includes(moreKind)) rec.kind = moreKind;
      lastStated = { sentence: s.index, record: rec };
      continue;
    }
    if (attSpeakers.length === 0 && subject.length === 0) {
      // "…, said Juan Pugliese, …" / "analysts said": someone else spoke; a later "he said" is not the earlier leader.
      const otherNp = att ? null : otherSpeakerSubject(s.text);
      // "Heller warned …" after "Robert Heller, a member of the Federal Reserve Board, said …": the surname of someone
      // the extraction does not know but gave a state or body goes on speaking for it (the "he" after it is his).
      const namedOfficial = otherNp && personNames.has(otherNp) ? officialNames.get(otherNp) : undefined;
      if (namedOfficial) lastSpeaker = namedOfficial;
      else if ((att && !att.pronoun) || otherNp) {
        // (a definite subject naming no person, or the last speaker's office, leaves "he" to the last speaker; "it" may
        // still be a company or union told of: "the banking firm said … it said")
        if (!otherNp || !sameSpeakerNp(ctx, otherNp, lastSpeaker)) lastSpeaker = null;
        lastBody = null;
        lastDocument = null;
      }
      // Diplomats or officials of no state told of ("some diplomats said", "Diplomats saw few targets", "Other western
      // officials are not so sure"): a following "they said" is theirs, not the officials' of before.
      // "But money traders said …" (no attribution is found for people of no state): "they said" after it is theirs too.
      const saidBy = SAID_BY.exec(s.text);
      if ((att ? nonStateNp(ctx, who) || bareDiplomats : otherSpeaker(s.text) || (!!saidBy && NON_STATE.test(saidBy[1] ?? saidBy[2]!))) || UNNAMED_OTHERS.test(s.text)) lastOfficials = null;
      // "Pakistani officials estimate the crop at … Last year's output totalled …, they said." (after Chinese sources
      // spoke): a state's officials opening a sentence with no verb of saying are the "they" of the sentences after it.
      const subjectOfficials = att ? null : STATE_OFFICIALS_SUBJECT.exec(s.text);
      if (subjectOfficials) {
        const state = ctx.mentions.find((m) => m.kind === 'country' && m.start >= s.start && m.end <= s.start + subjectOfficials[0].length);
        if (state) {
          lastOfficials = actorOf(state);
          lastOfficialsAt = s.index;
        }
      }
      // (or after a lead-in set off by a comma: "In a major speech on the economy late last month, Planning Minister Song
      // Ping made an indirect reference to this problem. "…," he said.")
      if (firstLeader && (firstLeader.start - s.start < 40 || LEAD_IN_SUBJECT.test(ctx.text.slice(s.start, firstLeader.start)))) lastSpeaker = actorOf(firstLeader);
      // "Alois Schwietert, chief economist at Swiss Bank Corp, also questioned …": someone the extraction does not know
      // is the subject now; a following ""…?" he asked." is not the earlier speaker's.
      else if (UNKNOWN_PERSON_LEAD.test(s.text)) {
        lastSpeaker = null;
        lastBody = null;
        lastDocument = null;
      }
      continue;
    }
    let speakers: ActorRef[];
    let relayers: ActorRef[] = att ? [...att.relayers, ...(mediaState.length > 0 ? stateMedia : [])].map((m) => actorOf(m)!) : [];
    // A subject inside a subordinate clause of the content ("… the formula he agreed upon with
    // Gorbachev, which was shelved when the Soviet leader insisted …") is not the one who spoke.
    const firstSubject = found ? contentMs.find((m) => m.kind !== 'place' && m.end <= found.at && found.actors.some((a) => actorKey(a) === actorKey(actorOf(m)!))) : undefined;
    // "He said Saddam Hussein was the main cause of tension and said Iran would …": the second "said" is the speaker's own.
    const andSaidOfSpeaker = !!found && found.viaAnd && att !== null && att.contentStart > att.npStart && (attSpeakers.length > 0 || att.pronoun);
    // "Valerio said there would be no talks, but chief negotiator Rui Medina said …": a subject after "but" in the
    // content of a leading attribution starts a clause of its own (the contrast clause below makes it a statement).
    const contrasted = !!firstSubject && att !== null && att.contentStart > att.npStart && attSpeakers.length > 0 && /[,;]\s+(?:but|while|whereas)\b[^,;"“”]{0,60}$/i.test(ctx.text.slice(cStart, firstSubject.start));
    if (found && att && (attSpeakers.length > 0 || att.pronoun) && firstSubject && (andSaidOfSpeaker || contrasted || SUBORDINATE.test(ctx.text.slice(cStart, firstSubject.start)))) {
      subject = [];
      subjectAt = -1;
    }
    const subjectIsLeader = subject.some((a) => a.label === 'Leader');
    // A leader stating inside the content outranks a trailing attribution ("Howard … repeated the threat,
    // officials said"), not a leading one ("Reagan announced that Tower had agreed").
    // But "The Kremlin said Putin described …" passes on Putin's words: only an act the subject did
    // ("had agreed", "signed") stays the attribution's statement.
    const leadingAtt = att !== null && att.contentStart >= att.npStart && attSpeakers.length > 0 && !!found && ACT_VERB.test(ctx.text.slice(found.at, cEnd));
    // (the subject opening what was said: "officials said Japan had agreed …", not "… trade friction between the U.S. and
    // Japan has raised fears", nor "the purchase completes the initiative … to Morocco announced in 1986")
    const subjectOpens = !!firstSubject && /^\W*(?:the\s+)?$/i.test(ctx.text.slice(cStart, firstSubject.start));
    if (subject.length > 0 && (((subjectIsLeader || (datelineFallback && subjectOpens)) && !leadingAtt) || attSpeakers.length === 0)) {
      speakers = subject;
      relayers = [...relayers, ...attSpeakers.filter((a) => a.label !== 'Leader' && !subject.some((x) => actorKey(x) === actorKey(a)))];
    } else if (attSpeakers.length > 0) {
      // The attribution's speaker speaks; a subject met further on starts no clause of theirs.
      speakers = attSpeakers;
      subjectAt = -1;
    } else continue;
    const leaderSpeaker = speakers.find((a) => a.label === 'Leader');
    if (leaderSpeaker) lastSpeaker = leaderSpeaker;
    // "Heller said …" (Robert Heller, of the Federal Reserve Board, told of before): the "he" after it is his again.
    else if (att && !att.pronoun && att.speakers.length === 1 && personNames.has(att.speakers[0]!.text) && speakers.length === 1 && actorKey(speakers[0]!) === actorKey(officialNames.get(att.speakers[0]!.text)!)) lastSpeaker = speakers[0]!;
    lastState = speakers.length === 1 && speakers[0]!.label === 'Country' ? { key: speakers[0]!.key, sentence: s.index } : null;
    if (speakers.length === 1 && speakers[0]!.label !== 'Leader') {
      lastBody = speakers[0]!;
      lastDocument = null;
    }
    if (speakers.length > 1 && att && DOCUMENT.test(ctx.text.slice(att.start, att.end))) lastDocument = speakers;
    // "In a letter to the West German community here, Ambassador Joerg Kastl said …": "it said", "the letter said" are his.
    else if (speakers.length === 1 && speakers[0]!.label === 'Leader' && att && LETTER.test(ctx.text.slice(s.start, att.end))) lastDocument = speakers;
    relayers = dedupe(relayers.filter((r) => !speakers.some((x) => actorKey(x) === actorKey(r)) && r.label !== 'Country'));
    // A speech act named as a noun and owned by someone else ("noted Reagan's invitation") does not set the kind.
    const others: { start: number; end: number; actor: ActorRef; kind: StatementKind }[] = acts.filter((a) => !speakers.some((x) => actorKey(x) === actorKey(a.actor)));
    // "X has said …, but Soviet officials have indicated …": the second clause is the other actor's statement.
    const contrast = contrastClause(ctx, contentMs, Math.max(cStart, subjectAt), cEnd, speakers);
    if (contrast) {
      others.push({ start: contrast.start, end: cEnd, actor: contrast.actors[0]!, kind: 'other' });
      const ctext = ctx.text.slice(contrast.at, cEnd).trim();
      nominal.push({
        id: statementId(contrast.actors, ctext), text: ctx.text.slice(contrast.start, cEnd).trim().replace(/^(?:but|while|whereas)\s+/i, ''), quote: null,
        kind: kindOf(ctext, sideOf(ctx, contrast.actors, contentMs)), speakers: contrast.actors, relayers: [], about: [],
        aboutCalls: [], during: null, day: null, sentence: s.index, confidence: 0.7,
      });
    }
    const fromSubject = speakers === subject && subjectAt > cStart ? subjectAt : cStart;
    // "Iran denied the reports and warned the U.S. that …": the second act is a statement of its own, told apart below;
    // this one ends before it.
    const andAct = contrast ? null : andStance(ctx.text, fromSubject, cEnd);
    const fullEnd = cEnd;
    if (andAct) {
      cEnd = andAct.at;
      content = ctx.text.slice(cStart, cEnd).trim().replace(/^(?:that\s+)/i, '');
      quotes = quotesOf(content);
    }
    const kindText = mask(ctx.text, fromSubject, cEnd, others).trim().replace(/^(?:that\s+)/i, '');
    // "said the trip would go ahead but denied …": a second stance verb of the same speaker outranks a weak cue.
    // A stance verb in the attribution ("officials warned that …") gives the kind before the content does.
    // "Arango ruled out a fresh initiative, saying producers had to show resolve", "Iran rejected the offer, saying …": the
    // act before "saying" is the stance taken, what follows its reason.
    const verbSpan = att?.verb === 'saying' ? ctx.text.slice(att.npEnd, att.contentStart) : att?.verb ?? '';
    const verbKind = att && (speakers !== subject || subject.length === 0) && !/^(?:told|asked|said|says|say|quoted|was|were)\b/.test(att.verb) ? kindOf(verbSpan) : 'other';
    // Whose side a subject in the content is on, for the kind rules below (speakers and content are settled by now).
    const side = sideOf(ctx, speakers, contentMs);
    let kind = verbKind !== 'other' ? verbKind : kindOf(kindText, side);
    // "vowed to avenge the attack": the vow's object makes it a threat, not the warning of a bare "vowed".
    if (kind === 'warning' && att && /^vow/i.test(att.verb) && [kindText, `${att.verb} ${kindText}`].some((t) => kindOf(t) === 'threat')) kind = 'threat';
    // "Finance Ministry officials blamed the slower import growth on a decline in oil imports": the cause decides (BLAMED_ON).
    if (kind === 'accusation' && att && /^blamed$/i.test(att.verb)) kind = kindOf(`${att.verb} ${kindText}`, side);
    // "welcomed the Soviet proposal": the act named as a noun is blanked out of kindText, but what was welcomed was an act.
    if (kind === 'greeting' && WELCOME_SUPPORT.test(ctx.text.slice(fromSubject, cEnd))) kind = 'support';
    const coord = COORDINATED.exec(kindText);
    if (coord && ['other', 'announcement', 'characterization'].includes(kind)) kind = kindOf(coord[1]!);
    const callsHere = callRes.bySentence.get(s.index) ?? [];
    // "The two leaders discussed …" narrates a call; "X said he discussed …" is still X's statement.
    const namedSpeaker = (att !== null && !att.collective && attSpeakers.length > 0) || speakers === subject;
    if (NARRATED_TALK.test(content)) continue;
    // "Foulkes said." with no quote before it to take: nothing was said.
    if (att && /^\W*$/.test(content)) continue;
    // "Under the pact, Japan pledged to stop dumping": commitments an agreement holds, told by the reporter, state nothing.
    // (a stance verb after that lead-in, whose clause is the whole sentence, is no attribution either: "Under the pact, Japan pledged")
    if ((!att || (att.contentStart === s.start && att.contentEnd === s.end)) && UNDER_AGREEMENT.test(s.text)) continue;
    // "He declined to say if the ceiling should be raised": nothing was said.
    if (DECLINED.test(ctx.text.slice(fromSubject, cEnd))) continue;
    if (!namedSpeaker && /\bdiscuss(?:ed)?\b/i.test(content) && (callsHere.length > 0 || /\b(?:two|both) leaders\b|\bthe leaders\b/i.test(content)) && !['agreement', 'proposal'].includes(kind)) continue;
    // A news agency of no state (Reuters, AP, AFP, Kyodo) only carries the words and never speaks: "Economists polled by
    // Reuters said", "A Fiat spokesman contacted by Reuters said" (session 16: the corpus had 19 statements made by such
    // agencies, every one of them someone else's words or the reporter's).
    const relayOnly = (a: ActorRef): boolean => a.label === 'Organization' && ORGS.get(a.key)?.kind === 'media' && !stateMedium(a);
    if (speakers.some(relayOnly)) {
      speakers = speakers.filter((a) => !relayOnly(a));
      if (speakers.length === 0) continue;
    }
    const onlyMedia = speakers.every((a) => a.label === 'Organization' && ORGS.get(a.key)?.kind === 'media');
    // A state's own agency or paper named alone ("Tass said the U.S. plan was dangerous", "…, Pravda said") speaks when it
    // judges, read as the characterization rule below reads a judgement; figures and events it tells without a cue are
    // news ("Xinhua said output rose 14.1 pct": taken whenever uncued, 38 of 42 such corpus statements told figures or events).
    const mediaJudges = onlyMedia && kind === 'other' && speakers.every(stateMedium) && judgement(kindText);
    if (onlyMedia && quotes.length === 0 && (kind === 'announcement' || (kind === 'other' && !mediaJudges))) continue;
    // "The meeting lasted just over two hours, …, the Russian state-run TASS news agency reported": an agency telling how a
    // call went reports news of the call (its facts are the Call's), not a statement of its state.
    if (mediaState.length > 0 && quotes.length === 0 && callsHere.length > 0 && NARRATED_CALL.test(content)) continue;
    if (kind === 'other' && quotes.length === 0 && !att && !(speakers === subject && (SPEECH_VERB.test(ctx.text.slice(subjectAt, cEnd)) || AND_SAID.test(ctx.text.slice(subjectAt, cEnd))))) continue;
    const calls = callRes.bySentence.get(s.index) ?? [];
    const speakerKeys = new Set(speakers.map(actorKey));
    const speakerCountries = new Set(speakers.map((a) => (a.label === 'Leader' ? ctx.leaders.get(a.key)?.represents?.key : a.label === 'Country' ? a.key : ORGS.get(a.key)?.country)).filter(Boolean) as string[]);
    // The names of the speaker's side in the content ("Taiwan", "the Finance Ministry"), for ownProgressive.
    const speakerNames = contentMs.filter((m) => { const a = actorOf(m); if (m.form === 'demonym') return false; return !!a && (speakerKeys.has(actorKey(a)) || (a.label === 'Country' && speakerCountries.has(a.key))); }).map((m) => m.text);
    const about: ActorRef[] = [];
    for (const m of contentMs) {
      const a = actorOf(m);
      if (!a || speakerKeys.has(actorKey(a)) || relayers.some((r) => actorKey(r) === actorKey(a))) continue;
      if (a.label === 'Country' && speakerCountries.has(a.key)) continue;
      if (m.kind === 'country' && m.form === 'capital') continue;
      about.push(a);
    }
    // "his Russian counterpart", "Mr. President": the other participants of the call.
    let during: CallRecord | null = null;
    const inCall = calls.find((c) => c.status === 'held' && c.participants.some((p) => speakerKeys.has(actorKey(p))));
    if (/\breadouts?\b|\bduring the (?:call|talks|meeting|summit)\b|\bvideo clip\b/i.test(s.text) && main) during = calls.find((c) => c === main) ?? main;
    else if (inCall && calls.length === 1) during = inCall;
    else if (main && main.status === 'held' && main.date === ctx.pub && speakers.some((sp) => main.participants.some((p) => actorKey(p) === actorKey(sp))) && calls.every((c) => c === main)) during = main;
    if (during && (kind === 'greeting' || /\bcounterpart\b/.test(content))) {
      for (const p of during.participants) if (!speakerKeys.has(actorKey(p)) && p.label === 'Leader') about.push(p);
    }
    // "Nakasone told Tamura to redouble his efforts": an order through the reporting verb itself.
    if (att && att.contentStart > att.npStart && ['other', 'announcement'].includes(kind) && TOLD_TO.test(ctx.text.slice(att.npEnd - att.verb.length, s.end))) kind = 'demand';
    kind = settleKind(kind, kindText, speakerNames, side, () => foreignOf(ctx, speakers, contentMs), calls.length > 0);
    const aboutCalls = calls.filter((c) => c !== during);
    const text = /^["“]/.test(content) && (content.match(/["“”]/g) ?? []).length % 2 === 1 ? content.slice(1) : content;
    out.push({
      id: statementId(speakers, idText(quotes, text)),
      text,
      quote: quotes.length > 0 ? quotes.join(' … ') : null,
      kind,
      speakers: dedupe(speakers),
      relayers,
      about: dedupe(about),
      aboutCalls,
      during,
      day: statementDay(ctx.text.slice(s.start, s.end), ctx.pub, att ? { start: Math.max(0, att.contentStart - s.start), end: att.contentEnd - s.start } : null),
      sentence: s.index,
      confidence: quotes.length > 0 ? 0.9 : 0.75,
    });
    lastStated = { sentence: s.index, record: out[out.length - 1]! };
    const made = out[out.length - 1]!;
    if (unnamedLead && s.index <= 3 && made.speakers.length === 1 && made.speakers[0]!.label === 'Leader') {
      const l = ctx.leaders.get(made.speakers[0]!.key);
      // (a leader the gazetteer does not place is of the dateline's state: "Corporate Affairs Minister Michael Howard")
      if (l && (l.represents?.key ?? ctx.datelineCountry) === unnamedLead.state && (unnamedLead.office === 'official' || l.role === unnamedLead.office || new RegExp(`\\b${unnamedLead.office}\\b`, 'i').test(l.title ?? ''))) {
        const rec = unnamedLead.record;
        rec.speakers = [made.speakers[0]!];
        // (the id its speaker would have given it: quotes are joined by " … ")
        rec.id = statementId(rec.speakers, idText(rec.quote?.split(' … ') ?? [], rec.text));
      }
    }
    unnamedLead = null;
    if (s.index === 0 && att && made.speakers.length === 1 && made.speakers[0]!.label === 'Country') {
      const one = UNNAMED_ONE.exec(attNp);
      if (one) unnamedLead = { record: made, state: made.speakers[0]!.key, office: one[1]!.toLowerCase() };
    }
    if (andAct) {
      const first = out[out.length - 1]!;
      const atext = ctx.text.slice(andAct.verbAt, fullEnd).trim();
      const aquotes = quotesOf(atext);
      out.push({
        ...first, id: statementId(first.speakers, atext), text: atext, quote: aquotes.length > 0 ? aquotes.join(' … ') : null, kind: kindOf(atext),
        confidence: aquotes.length > 0 ? 0.9 : 0.75,
      });
      lastStated = { sentence: s.index, record: out[out.length - 1]! };
    }
  }
  // A named act that repeats a statement of its owner in the same sentence adds nothing, and
  // "Gorbachev's offer" named again later in the article is the same offer.
  const named = new Set<string>();
  for (const n of nominal) {
    const key = `${n.speakers.map(actorKey).join('+')}|${n.kind}`;
    if (acted.has(n) && named.has(key)) continue;
    named.add(key);
    if (out.some((o) => o.sentence === n.sentence && o.kind === n.kind && o.speakers.some((x) => actorKey(x) === actorKey(n.speakers[0]!)))) continue;
    if (out.some((o) => o.id === n.id)) continue;
    out.push(n);
  }
  return out;
}

/**
 * The kind of a statement whose cues (kindOf) left it `other` or a neutral kind, settled as every statement's is: a
 * wish stays a wish; a judgement characterizes; an act of the speaker's side told in a sentence naming a call announces;
 * reports of not knowing and negated clauses deny, plans announce, assessments characterize, and anything else said tells
 * how things are. `speakerNames` are the names of the speaker's side in `kindText`; `foreign` makes deniedAct's test of
 * another side (read only when needed); `inCall`: the sentence names a call.
 */
function settleKind(kind: StatementKind, kindText: string, speakerNames: string[], side: (subject: string) => Side, foreign: () => (subject: string) => boolean, inCall: boolean): StatementKind {
  // "he hoped that the talks would soon solve the problem": a wish (hopeKind) is no plan, denial or assessment either.
  const wish = kind === 'other' && HOPE.test(kindText);
  // "Prospects appear slim for a summer meeting", "the talks were constructive": a judgement of the call, not news of it.
  if (kind === 'other' && judgement(kindText)) kind = 'characterization';
  // "Funaro held separate meetings with Balladur", "the agreement was reached in talks": news of a call, told as an act,
  // is announced before a word of assessment or a negation can make it a judgement ("he held "frank" discussions").
  // Not any statement whose sentence names a call: "the dispute has soured the atmosphere ahead of the meetings", "there
  // was a growing impatience after the talks", "These minor movements don't really affect us" said before a meeting tell
  // how things stand (corpus: of 25 random such statements, 10 were judgements or demands, all announced before).
  // (read once: the call rule and the default below ask the same question of the same words)
  const actTold = kind === 'other' && !wish && toldAsAct(kindText, speakerNames, side);
  if (actTold && inCall) kind = 'announcement';
  // No stance cue: reports of not knowing and negated clauses deny, plans are announced, assessments characterise.
  if (kind === 'other' && !wish) kind = DENIAL_FACT.test(kindText) || deniedAct(kindText.replace(DASH_INSET, ' ').replace(REASON_CLAUSE, ' '), side, foreign()) ? 'denial' : PLAN.test(kindText) ? 'announcement' : EVALUATIVE.test(kindText) || STATE_OF_THINGS.test(kindText) ? 'characterization' : 'other';
  // Neutral reported speech: an act told as done is announced, a state of things described characterizes. Read in
  // the main clause only: "the two could meet once trust was restored" announces nothing done.
  // Anything else said tells how things are: annotators never leave such a statement without a kind (no gold
  // statement is 'other' alone), and read "the list included 60 items", "It concerns a Barclays loan" as a
  // characterization (corpus: 14 of 78 sampled statements had no cue, all characterization or announcement).
  if (kind === 'other' && !wish) kind = actTold ? 'announcement' : 'characterization';
  return kind;
}

/**
 * A stance told in the passive, then its author: "were dismissed by West German minister Ignaz Kiechle", "was warmly
 * welcomed by Washington", "has been suggested by Argentina". Not "attacked by" (mostly a deed of arms) nor "supported
 * by" / "backed by" (mostly money or a market). Also a plan's author named in a participle set off by a comma: "the
 * idea, first proposed by French Agriculture Minister Francois Guillaume, …", "The law, proposed by Prime Minister Branko
 * Mikulic, goes into effect …" (session 13).
 */
const PASSIVE_BY = /(?:\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?(?:rejected|dismissed|criticised|criticized|condemned|welcomed|proposed|denied|praised|endorsed|announced|suggested|urged|demanded|called for)|,\s+(?:first\s+|originally\s+)?(?:proposed|suggested|put forward))\s+(?:(?:on\s+\w+|today|yesterday|last\s+\w+)\s+)?by\s+/g;

/** What may stand between "by" and its author: an article, capitalised words, a title. */
const BY_GAP = /^(?:(?:the|[A-Z][\w.'’&-]*|minister|secretary|chairman|president|premier|leader|spokes(?:man|woman))\s+)*$/;

/** The author of a stance told in the passive (PASSIVE_BY) in `start`..`end`: a leader, state or body (not a news medium) named right after "by". */
function passiveBy(text: string, ms: Mention[], start: number, end: number): { actor: ActorRef; at: number } | null {
  PASSIVE_BY.lastIndex = 0;
  const span = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = PASSIVE_BY.exec(span)) !== null) {
    const by = start + m.index + m[0].length;
    // "the talks, which were announced yesterday by Clayton Yeutter, were being held …": a relative clause set off
    // inside the main one tells a detail (not "a budget which was warmly welcomed by Washington.").
    if (/,\s*(?:which|who)\s+[^,;]*$/i.test(span.slice(0, m.index)) && /^[^,;]*,\s+(?:\w+\s+){0,2}(?:is|are|was|were|will|would|has|have|had|could|should|can|may)\b/i.test(text.slice(by, end))) continue;
    // "by the U.S.", "by West German minister Ignaz Kiechle": only names and titles before it ("by the big four clearing
    // banks today after the Bank of England" names no author; nor does "by the state of Washington").
    const near = ms.filter((x) => x.start >= by && x.start - by <= 45 && BY_GAP.test(text.slice(by, x.start)) && x.kind !== 'place' && (x.kind !== 'org' || ORGS.get(x.id)?.kind !== 'media'));
    const pick = near.find((x) => x.kind === 'leader') ?? near.find((x) => x.form !== 'demonym');
    if (pick) return { actor: actorOf(pick)!, at: start + m.index };
  }
  return null;
}

/**
 * A second stance verb of the same subject joined by "and": "Iran denied the reports and warned the U.S. that …", "Greece
 * said it would defend its rights and urged Turkey to …", "Iraq rejected its quota and demanded …" (not inside a quote).
 */
const AND_STANCE = /(?:,\s*|\s)and\s+(?:also\s+|later\s+|then\s+)?(?=(?:warned|urged|called on|called for|appealed|accused|denied|rejected|demanded|threatened|vowed|pledged|proposed(?=\s+(?:that|to|a|an|the)\b))\b)/g;

/** Where the content from `start` to `end` turns to a second act of its subject (AND_STANCE), and where that act's verb is. */
function andStance(text: string, start: number, end: number): { at: number; verbAt: number } | null {
  const span = text.slice(start, end);
  AND_STANCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AND_STANCE.exec(span)) !== null) {
    const before = span.slice(0, m.index);
    // Inside a quote the words are the speaker's own, one utterance; and a first act of a word or two is none.
    if ((before.match(/["“”]/g) ?? []).length % 2 === 1 || before.trim().split(/\s+/).length < 3) continue;
    return { at: start + m.index, verbAt: start + m.index + m[0].length };
  }
  return null;
}

/**
 * Neutral reported speech that tells an act, read in its main clause: done (passiveDone, perfectAct, pastAct: "had asked", "was
 * summoned", "CoFACE suspended its cover") or under way (ownProgressive, PASSIVE_UNDER_WAY); "the two could meet once
 * trust was restored" tells none.
 */
function toldAsAct(kindText: string, speakerNames: string[], side: (subject: string) => Side): boolean {
  const mainClause = mainClauseOf(kindText);
  if (PROGRESS_MADE.test(mainClause)) return false;
  return passiveDone(mainClause, side) || perfectAct(mainClause, side) || ownProgressive(mainClause, speakerNames) || (PASSIVE_UNDER_WAY.test(kindText) && !PROGRESS_MADE.test(kindText)) || pastAct(mainClause, side);
}

/**
 * Progress told as made judges how talks or a policy stand, it reports no act: "substantial progress has been made in talks
 * with Japan", "said that progress was being made", "gradual progress had been made to refocus the Japanese economy" (the
 * tuning gold reads all such statements as characterization, some also as announcement; corpus: 12 statements announced
 * before, all judgements of talks or policies; session 12).
 */
const PROGRESS_MADE = /\bprogress\s+(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:(?:\w+ly|now|still|also|already)\s+)*(?:being\s+)?(?:made|achieved)\b/i;

/** A progressive of an act under way on the speaker's side (PROGRESSIVE, OWN_SIDE), given the words naming that side. */
function ownProgressive(mainClause: string, speakerNames: string[]): boolean {
  const m = PROGRESSIVE.exec(mainClause);
  if (!m) return false;
  if (m[1] === undefined) return true;
  const subject = m[1].trim();
  // "before the meeting he was seeking economies": a lead-in before the pronoun is no part of the subject.
  return OWN_SIDE.test(subject) || speakerNames.includes(subject) || /(?:^|\s)(?:I|we|he|she)$/i.test(subject);
}

/** The text from `start` to `end` with the given spans blanked out. */
function mask(text: string, start: number, end: number, spans: { start: number; end: number }[]): string {
  let t = text.slice(start, end);
  for (const sp of spans) {
    const a = Math.max(0, sp.start - start);
    const b = Math.min(t.length, sp.end - start);
    if (b > a) t = t.slice(0, a) + ' '.repeat(b - a) + t.slice(b);
  }
  return t;
}

function dedupe(list: ActorRef[]): ActorRef[] {
  const seen = new Map<string, ActorRef>();
  for (const a of list) if (!seen.has(actorKey(a))) seen.set(actorKey(a), a);
  return [...seen.values()];
}

