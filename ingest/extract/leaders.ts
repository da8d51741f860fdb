/**
 * Leaders: people named with an office ("French Prime Minister Jacques Chirac", "U.S. national
 * security adviser Jake Sullivan", "Kremlin leader Mikhail Gorbachev"), known leaders of the data
 * file by name or surname, and later mentions of the same people. Resolves what each represents.
 */
import { slugify } from '../../core/ids.ts';
import { PARTY_TAG } from './attribution.ts';
import { activeNear, COUNTRY_NAMES, heldOn, type LeaderData, LEADERS, ORGS, orgCountry, PLACES, positionOn, PHRASES } from './gazetteer.ts';
import type { Mention } from './mentions.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { withinOneEdit } from './spelling.ts';
import { escapeRegExp, isCapitalized, type Token } from './tokens.ts';

/**
 * One whose state is untold travels with a state's leader and stands for that state: "Funaro, who is accompanied by
 * Central Bank governor Francisco Gros, met …", "Volcker, accompanied by Deputy Secretary of State John Whitehead",
 * "Funaro and Gros are today meeting …" (a pair opening the sentence is its subject, one side; not "talks between Baker
 * and Gros").
 */
const ACCOMPANIED = /^,?\s+(?:who\s+(?:is|was)\s+)?accompanied\s+by\s+[^,.;()]{0,60}$/i;
const PAIR_AND = /^\s+and\s+(?:[\w-]+\s+){0,5}$/;
const SENTENCE_OPEN = /(?:^|[.!?]["”]?\s+|\n\s*)$/;
function sideBySide(text: string, mentions: Mention[], leaders: Map<string, LeaderInfo>): void {
  const ordered = mentions.filter((m) => m.kind === 'leader').sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const a = ordered[i]!;
    const b = ordered[i + 1]!;
    const la = leaders.get(a.id);
    const lb = leaders.get(b.id);
    if (!la || !lb || la === lb) continue;
    const between = text.slice(a.end, b.start);
    const joined = ACCOMPANIED.test(between) || (PAIR_AND.test(between) && SENTENCE_OPEN.test(text.slice(Math.max(0, a.start - 40), a.start).replace(/(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u, '')));
    if (!joined) continue;
    if (lb.represents === null && la.represents?.label === 'Country') lb.represents = la.represents;
    else if (la.represents === null && lb.represents?.label === 'Country' && !ACCOMPANIED.test(between)) la.represents = lb.represents;
  }
}

/**
 * A surname after an office is the person of this article with that surname and a like office: "Agriculture Minister
 * Mutsuki Kato … But Agriculture Minister Kato has ruled out …", "Senator David Boren … Senator Boren" (not a leader of
 * his own, "kato"). The like office is the same role (minister, legislator, head of state…): "Senator Dole" is Robert
 * Dole, Senate Republican leader, not Transportation Secretary Elizabeth Dole; "Senator Baker" is no Chief of Staff
 * Howard Baker. Only one such person may hold the surname; leaders of the data file keep their own id.
 */
function titledSurnames(leaders: Map<string, LeaderInfo>, mentions: Mention[]): void {
  // Each one-word leader with an office is merged into the one full-named leader `fits` names, if there is just one.
  const mergeLone = (fits: (lone: LeaderInfo, full: LeaderInfo) => boolean): void => {
    for (const lone of [...leaders.values()]) {
      if (lone.name.includes(' ') || LEADERS.has(lone.id) || lone.role === null) continue;
      const full = [...leaders.values()].filter((l) => l !== lone && l.name.includes(' ') && fits(lone, l));
      if (full.length !== 1) continue;
      for (const m of mentions) if (m.kind === 'leader' && m.id === lone.id) m.id = full[0]!.id;
      leaders.delete(lone.id);
    }
  };
  mergeLone((lone, l) => l.role === lone.role && l.name.split(' ').at(-1) === lone.name);
  // "Oil Minister Sheikh Ali al-Khalifa al-Sabah … Sheikh Ali denied …", "Sheikh Suroor also said": an office (an
  // honorific) then a given name alone is the one person of the story whose full name starts with it, whatever the
  // office (session 14: 8 corpus hits, all right, one of them "Chancellor of the Exchequer Nigel" with the surname dropped)
  mergeLone((lone, l) => l.name.split(' ')[0] === lone.name);
}

/** A leader as found in one article. */
export interface LeaderInfo {
  id: string;
  name: string;
  aliases: string[];
  title: string | null;
  role: string | null;
  /** What the leader acts for: a Country (ISO code) or an Organization (id). */
  represents: { label: 'Country' | 'Organization'; key: string } | null;
  since: string | null;
  until: string | null;
}

const TITLE_SRC = [
  'first deputy prime minister', 'deputy prime minister', 'prime minister', 'vice president', 'vice-president',
  'president', 'premier', 'chancellor of the exchequer', 'chancellor', 'foreign secretary', 'secretary of state',
  'secretary[- ]general', 'general secretary', 'party leader', 'national security advis[eo]r', 'security advis[eo]r',
  // ("Japanese vice-minister of finance for international affairs Toyoo Gyohten": a ministry and a field in lower case)
  'foreign policy (?:advis[eo]r|aide)', 'minister of state(?: (?:in|for) the [a-z]+)?', '(?:vice|deputy)[- ]minister of [a-z]+ for [a-z]+(?: [a-z]+){0,2}', 'minister of [A-Z][a-z]+(?: and [A-Z][a-z]+)?', '(?:vice|deputy) minister for [a-z]+(?: (?:and|of) [a-z]+){0,3}(?: affairs)?', '(?!(?:by|of|the|a|an|and|to|for|with|in|on|at|as|from|his|her|its|their|our)\\s)[a-z]+ minister', 'minister',
  // (cabinet portfolios a secretary holds: "Transportation Secretary Elizabeth Dole", "Housing Secretary Samuel Pierce",
  // "Economic Planning Secretary Solita Monsod", "Agrarian Reform Secretary Heherson Alvarez", Hong Kong's "Financial
  // Secretary Piers Jacobs"; a ministry's "Permanent Secretary" is its top civil servant)
  '(?:treasury|defen[cs]e|commerce|agriculture|energy|interior|home|labor|labour|finance|trade and industry|trade|industry|health|education|transportation|transport|housing|environment|employment|social services|navy|army|financial|(?:economic )?planning|agrarian reform|permanent) secretary', 'trade representative',
  // ("OPEC Deputy Secretary General, also …": not a deputy secretary named General)
  '(?:under|deputy|assistant)[- ]?secretary[- ]general', '(?:under|deputy|assistant)[- ]?secretary(?: of (?:state|defen[cs]e|commerce|the treasury|agriculture|energy))?(?: for [a-z]+(?: [a-z]+){0,3})?',
  'secretary for [a-z]+(?: (?:and|of) [a-z]+){0,3}', 'minister for [a-z]+(?: (?:and|of) [a-z]+){0,3}(?: affairs)?', 'undersecretary(?: of state)?', 'secretary(?=\\s+(?:of|for)\\s)', 'press secretary', '(?:chief )?cabinet secretary', 'chief of staff', 'spokes(?:man|woman|person)', 'ambassador', 'envoy', 'delegate', "charg[eé] d['’]affaires", '(?:chief )?(?:arms )?negotiator',
  // Military ranks of officers who speak for their state ("Commodore Mohammed Hoseyn Malekzadegan", "Navy Admiral William Crowe").
  // … and of the army, named before the name ("Indonesia's Armed Forces Commander General Benny Murdani", "Soviet Marshal
  // Sergei Akhromeyev"); capitalised only, see MILITARY_RANK ("General Motors Corp" is a company).
  '(?:rear|vice)[- ]admiral', 'admiral', 'commodore', '(?:(?:lieutenant|major|brigadier)[- ])?general', '(?:lieutenant[- ])?colonel', '(?:field |air )?marshal',
  'leader', 'counterpart', 'king', 'queen', 'emperor', 'crown prince', 'emir', 'sheikh', 'ayatollah', 'pope',
  // (a prince before an Arabic name, a Gulf state's minister or governor: "Prince Sultan ibn Abdulaziz", Saudi Arabia's
  // defence minister; not "Prince Charles", "Prince Edward Island")
  'prince(?=[^\\S\\n]+[A-Z][a-z]+(?:[^\\S\\n]+[A-Z][a-z]+)?[^\\S\\n]+(?:bin|ibn|al-|el-))',
  'chairman', 'governor', 'senator', 'sen\\.', 'rep\\.', 'congress(?:wo)?man', 'advis[eo]r', 'aide', 'head of state', 'state president', 'supreme leader',
  // (a finance ministry's director of the state's borrowing: "Director of Public Credit Mauricio Cabrera", "director of
  // public finance Jorge Marcano", "Public Credit Director Mauricio Cabrera"; a state's office, see STATE_OFFICE)
  'director(?:[- ]general)? of public (?:credit|finance|debt)', 'public (?:credit|finances?|debt) director', 'managing director', 'director[- ]general', 'director', 'commissioner', 'speaker', '(?:economic|commercial|military|agricultural|press|cultural|trade) attach[eé]', 'head',
];
/**
 * A ministry or a division of a government body after an apposition's title: "Osamu Watanabe, Director of the Ministry
 * of International Trade and Industry's …", "Yukio Honda, director of MITI's Industrial Electronics Division" (an
 * acronym's division; not a company's, which Reuters writes in mixed case or marks "<Sony Corp>").
 */
// (and a unit of a ministry, "head of the Gulf desk at the Soviet Foreign Ministry"; a committee of a parliament, "head of a
// parliamentary Foreign Affairs Committee", not of a business group, "the Japan Committee for Economic Development")
// (… and a state's Treasury, "Daniel Lebegue, Director General of the Treasury" — session 15, appos; not "head of the
// Treasury Unit of Chase Manhattan Bank", a bank's)
const GOV_BODY_AFTER = /^\s+(?:of|for|at|in)\s+(?:the\s+|a\s+)?(?:(?:(?:[A-Z][\w-]*|[a-z]+)\s+){1,3}(?:at|of|in)\s+the\s+(?=(?:(?:[A-Z][\w-]*|and|of)\s+){0,6}?Ministry\b))?(?:(?:(?:[A-Z][\w-]*|and|of)\s+){0,6}?Ministry\b|(?:Department|Bureau|Agency)\s+of\s+[A-Z]|[A-Z]{2,6}['’]s\s+(?:[A-Z][\w-]*\s+){1,4}(?:Division|Department|Bureau|Agency|Office)\b|(?:parliamentary|[Ss]enate|[Hh]ouse|[Cc]ongressional)\s+(?:[A-Z][\w-]*\s+){0,4}Committee\b|Treasury\b(?!\s+[A-Z]))/;
/**
 * A state's ministry or bank after "the <title> of", then a name set off by a comma: "The vice minister of Ministry of
 * International Trade and Industry, Makoto Kuroda,", "the director-general of the Israeli Foreign Ministry, Abraham
 * Tamir.", "the president of the bank of Mexico, Miguel Mancera Aguayo" (not "the president of the Mexican stock
 * exchange, …", "the chairman of the Federal Association of German Banks, …"). Group 1 is the body.
 */
const OF_STATE_BODY = /^[^\S\n]+of[^\S\n]+((?:the[^\S\n]+)?[^,.;\n]{0,60}?\b(?:Ministry\b[^,.;\n]{0,50}?|[Bb]ank[^\S\n]+of[^\S\n]+[A-Z][\w-]*)),[^\S\n]+/;
/** Words of a body's name, never of a person's ("Red Cross", "General Accounting Office", "Assay Offices", "Bank of Boston"). */
const ORG_WORD = /\b(?:Institute|Association|Associates|Bank|Company|Corp|Exchange|Staff|Cross|Force|Council|Board|Federation|Union|Plc|Ltd|Inc|Office|Administration|Industries|Division|Group)s?\b/;
/**
 * "the secretary general of the Organisation for Economic Cooperation and Development Jean-Claude Paye said": the head of
 * an international body or a state, named right after the body's name with no comma (not "chairman of the Bank of Boston
 * John Smith": a body the gazetteer does not know is a company's). The name's first token and the body.
 */
function bodyThenName(text: string, tokens: Token[], byStart: Map<number, number>, covered: Map<number, Mention>, title: string, titleEnd: number): { ti: number; state: Mention } | null {
  if (!/^(?:secretary[- ]general|director[- ]general|managing director|president|chairman|head|governor|commissioner)$/.test(title)) return null;
  const of = /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?/.exec(text.slice(titleEnd, titleEnd + 12));
  const oi = of ? byStart.get(titleEnd + of[0].length) : undefined;
  const body = oi === undefined ? undefined : covered.get(oi);
  // (a state by name, not a demonym: "president of the Brazilian Coffee Institute" names a body of its own)
  if (!body || body.start !== titleEnd + of![0].length || !((body.kind === 'country' && body.form !== 'demonym') || (body.kind === 'org' && ORGS.get(body.id)?.kind === 'international'))) return null;
  // (… or set off by commas, the body's acronym in brackets between: "The Director-General of the Food and Agricultural
  // Organisation (FAO), Edouard Saouma, signed …", "the secretary-general of UNCTAD, Kenneth Dadzie,")
  const gap = /^(?:[^\S\n]+\(\p{Lu}[\p{L}.-]*\))?(,?)[^\S\n]+/u.exec(text.slice(body.end, body.end + 20));
  const ni = gap ? byStart.get(body.end + gap[0].length) : undefined;
  const name = ni === undefined ? null : nameAt(tokens, ni, covered);
  if (!name || !name.text.includes(' ') || ORG_WORD.test(name.text)) return null;
  if (!(gap![1] ? /^\s*[,.;]/ : /^\s*(?:[,.;]|(?:said|says|told|added|warned|urged|stressed)\b)/).test(text.slice(name.end, name.end + 10))) return null;
  return { ti: ni!, state: body };
}
/** A ministry named right before a title, its acronym in brackets and a rank between: "Finance Ministry deputy", "Ministry of International Trade and Industry (MITI)". */
const MINISTRY_BEFORE = /\bMinistry\b[^.,;:"“”()]{0,60}?(?:\s*\([A-Z]{2,6}\))?\s+(?:(?:deputy|vice|assistant)\s+)?$/i;
/** Words of a body of government before "spokesman" ("Foreign Ministry spokesman", "Presidential spokesman", "a Bank spokesman"). */
const GOV_WORD = /\b(?:Ministry|Department|Presidential|Government|Authority|Agency|Commission|Office|Embassy|Cabinet|Palace|Treasury|Army|Navy|Council|Secretariat|Foreign|Defen[cs]e|Military|Police|Party|Bank|Fed|Reserve|Institute|Board|Guard|Customs|Court|Parliament|Congress|Senate|House|Administration|Bureau|Service)\b/;
/** Capitalised words that open a sentence rather than name a company ("But spokesman …", "The spokesman"). */
const NAME_OPENER = /^(?:But|And|The|A|An|Its|His|Her|Their|Our|Deputy|Chief|Senior|Former|Acting|Official|Another|One|In|On|At|Later|Earlier|However|Meanwhile)$/;
/**
 * Whether the text before "spokesman" ends in a name that is no body of government: "Gulf Canada", "Noranda", "Royal
 * Dutch" (a company's spokesman), not "Foreign Ministry", "Presidential", "But". Mentions of states, bodies and leaders
 * ("White House", "Chirac's") are the caller's to rule out.
 */
export function companyBefore(before: string): boolean {
  // (within the clause: "… Clayton Yeutter. The spokesman, Gary Holmes," names no company)
  const run = /((?:\p{Lu}[\p{L}&.'’-]*\s+){1,4})$/u.exec(before.split(/[.!?;:,"“”()]\s/).pop()!);
  if (!run) return false;
  const words = run[1]!.trim().split(/\s+/);
  while (words.length > 0 && NAME_OPENER.test(words[0]!)) words.shift();
  // (an acronym may name a body of government: "An NRC spokesman", "A MITI spokesman")
  return words.length > 0 && !GOV_WORD.test(words.join(' ')) && !/['’]s$/.test(words.at(-1)!) && !words.some((w) => /^[\p{Lu}\d&.-]+$/u.test(w));
}
/**
 * A military rank as a title: only capitalised and before a full name, not after another capitalised word ("Attorney
 * General Edwin Meese", "Comptroller General …" hold other offices; "Overseas Union General Manager" is a company's),
 * nor a retired officer's ("Retired General Carlos Narvaez", a company's security chief).
 */
const MILITARY_RANK = /^(?:(?:lieutenant|major|brigadier)[- ])?general$|^(?:lieutenant[- ])?colonel$|^(?:field |air )?marshal$/i;
/** Ranks before a name that are no part of it: "U.S. Ambassador to the United Nations Lieutenant General Vernon Walters" is vernon-walters. */
const RANK_IN_NAME = /^(?:General|Lieutenant|Major|Brigadier|Colonel|Marshal|Admiral|Rear-Admiral|Vice-Admiral|Commodore)$/;
function militaryOfficer(text: string, titleStart: number, rawTitle: string, name: { text: string } | null, prefixOk: boolean): boolean {
  if (!/^\p{Lu}/u.test(rawTitle) || name === null || !name.text.includes(' ') || ORG_WORD.test(name.text)) return false;
  const before = text.slice(Math.max(0, titleStart - 40), titleStart);
  if (/\b(?:retired|former|late|ex-)\s*$/i.test(before)) return false;
  // a state or its forces must stand before a bare "General": a company's name often starts with it ("General Felt
  // Industries", "General Motors Roger Smith"), and an office after a capitalised word is another ("Attorney General");
  // other ranks name an officer alone ("Colonel Oliver North", "Lieutenant General Vernon Walters")
  return prefixOk || !/^general$/i.test(rawTitle) || /(?<![\p{L}'’.-])(?:Commander|Chief|Army|Navy|Forces|Force|[Ss]taff|Guard)\s+$/u.test(before);
}
/** One, then two lower-case words before a title (qualifiedBodyOffice); none before "official" ("an official of the IDB"). */
const QUALIFIER_WORDS = [/^/, /^[a-z]+[^\S\n]+/, /^(?:[a-z]+[^\S\n]+){2}/];
/**
 * "official", no title of TITLE_SRC (a company has officials too), as the office of an apposition only when a body of
 * states or a state's ministry follows (qualifiedBodyOffice). Group 1 is the title, as TITLE_AT's.
 */
const OFFICIAL_AT = /^(official)(?=[^\S\n]+(?:of|for|at|in)[^\S\n])/i;
/**
 * "Adebayo Adedeji, the executive secretary of the U.N. Economic Commission for Africa,", "David Wood, official spokesman
 * of the General Agreement on Tariffs and Trade (GATT),": one or two lower-case words qualifying an office (none of the
 * ranks findLeaders knows) before a title held in an international body of organizations.json (kind "international")
 * named right after "of"/"for": the qualifier and the title, else null. The body must end the apposition (a comma, a full
 * stop or its acronym in brackets follows, as in the "for the West German embassy" check of findLeaders): not "chief
 * executive of the World Bank's International Finance Corp", "current president of the EC Council of Ministers".
 * The title may be "official", qualified or not ("Miguel Urrutia, a senior official of the Inter-American Development
 * Bank,", "Yves Berthelot, an official for the United Nations Conference on Trade and Development,"), and its body also a
 * ministry of a state named in it ("an official of the Japanese Finance Ministry,"; GOV_BODY_AFTER): not "an official
 * with Amtorg", "a senior official of the National Merchant Marine Union", "an official in the Department of Consumer and
 * Corporate Affairs" (whose state?).
 */
function qualifiedBodyOffice(text: string, titleFrom: number, byStart: Map<number, number>, covered: Map<number, Mention>): { qualifier: RegExpExecArray; title: RegExpExecArray } | null {
  // (the shorter qualifier first: "executive| vice president", not "executive vice| president")
  let qualifier: RegExpExecArray | null = null;
  let title: RegExpExecArray | null = null;
  const head = text.slice(titleFrom, titleFrom + 40);
  for (const words of QUALIFIER_WORDS) {
    if (title) break;
    qualifier = words.exec(head);
    if (!qualifier) return null;
    const rest = text.slice(titleFrom + qualifier[0].length);
    // (no qualifier: TITLE_AT failed at titleFrom already)
    title = (qualifier[0] ? TITLE_AT.exec(rest) : null) ?? OFFICIAL_AT.exec(rest);
  }
  if (!qualifier || !title) return null;
  const afterTitle = titleFrom + qualifier[0].length + title[0].length;
  const official = /^official$/i.test(title[1]!);
  if (official && stateMinistryAfter(text, afterTitle, byStart, covered)) return { qualifier, title };
  const of = (official ? /^\s+(?:of|for|at|in)\s+(?:the\s+)?/ : /^\s+(?:of|for)\s+(?:the\s+)?/).exec(text.slice(afterTitle, afterTitle + 12));
  const body = of ? covered.get(byStart.get(afterTitle + of[0].length) ?? -1) : undefined;
  if (!body || body.kind !== 'org' || body.tokStart !== byStart.get(afterTitle + of![0].length) || ORGS.get(body.id)?.kind !== 'international') return null;
  return /^\s*(?:\([A-Z][\w.&-]*\)\s*)?[,.;]/.test(text.slice(body.end, body.end + 24)) ? { qualifier, title } : null;
}
/**
 * Whether a state's ministry follows a title, the state named in it and the ministry ending the apposition: " of the
 * Japanese Finance Ministry," (GOV_BODY_AFTER; findLeaders takes the state from it), not " in the Department of Consumer
 * and Corporate Affairs," (no state) nor " of the Soviet Foreign Ministry's trade arm".
 */
function stateMinistryAfter(text: string, afterTitle: number, byStart: Map<number, number>, covered: Map<number, Mention>): boolean {
  const body = GOV_BODY_AFTER.exec(text.slice(afterTitle, afterTitle + 90));
  if (!body || !/Ministry$/.test(body[0]) || !/^\s*[,.;]/.test(text.slice(afterTitle + body[0].length, afterTitle + body[0].length + 4))) return false;
  for (const w of body[0].matchAll(/\S+/g)) {
    if (covered.get(byStart.get(afterTitle + w.index) ?? -1)?.kind === 'country') return true;
  }
  return false;
}
/** A full name of a person (no acronym, no company suffix) and " of " before a state: see findLeaders. Group 2 is " of (the) ". */
const NAME_OF_STATE = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\.)?(?: (?:de |van |von )?\p{Lu}\p{Ll}[\p{L}'’-]*){1,2})( of (?:the )?)(?=\p{Lu})/gu;
/** … then a verb of speech or an apposition about the speaking (not "of Canada's", "of Japan, traders said"). */
const NAME_OF_STATE_AFTER = /^(?:\s+(?:said|says|told|added|warned|urged|stressed|insisted|argued)\b|,\s+(?:speaking|chairman|head|leader)\b)/;
/** Titles that companies share ("director", "head", a bare "secretary of Century …"): an office of a state only after a country or an organisation ("IMF Managing Director …"). */
const NEEDS_PREFIX = /^(?:managing director|director[- ]general|director|commissioner|head|speaker|(?:[a-z]+ )?attach[eé]|secretary)$/i;
// Group 2, a plural "s", names several holders of the office (pluralNames): "EC Commissioners Willy de Clercq and Frans Andriessen".
const TITLE_RE = new RegExp(`\\b(?:acting |former )?(${TITLE_SRC.join('|')})(s)?(?=\\s|,)`, 'gi');
/** A title at the start of a text (no global flag: exec keeps no state between calls). */
const TITLE_AT = new RegExp(`^(${TITLE_SRC.join('|')})\\b`, 'i');
// A military rank before the name is no part of it: "General Guven Ergenc, Secretary General of …" is guven-ergenc,
// "Commander Bob Prucha, a Pentagon spokesman," bob-prucha.
// (an Arabic particle joined by a hyphen is part of the name: "Ahmed al-Tayer, the UAE's Minister …")
/** A full name of two to four words, as an apposition follows it ("Jacques Chirac", "Ahmed al-Tayer", "Willy de Clercq"; "Sir Roy Denman" is roy-denman, see nameAt). */
const APPOSED_NAME = String.raw`(?!Sir )\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|(?:al|el)-\p{Lu}[\p{L}'’-]+|de|von|van|al)){1,3}`;
// ("an" only before "official", qualifiedBodyOffice's: "an aide to …" is AIDE_TO's, "an ICCO spokesman said" no apposition)
const APPOSITION = new RegExp(String.raw`(?!(?:General|Commander|Colonel|Captain|Lieutenant|Brigadier|Marshal)\s)(${APPOSED_NAME}), (?:the |a |an (?=official\b)|his |her )?`, 'gu');
/** That name right before an apposition's comma, at the end of a text ("Ivan Novak, " before "the Czechoslovak prime minister"). */
const NAME_BEFORE_APPOSITION = new RegExp(String.raw`(${APPOSED_NAME}),\s+$`, 'u');
/** An apposition's adviser to someone: "agricultural adviser to", "a top aide to", "assistant to the". Group 1 is the office. */
const AIDE_TO = /^(?:(?:a|an|the)\s+)?((?:(?:top|senior|chief|close|special|economic|political|agricultural|foreign policy|military|press)\s+)?(?:advis[eo]r|aide|assistant))\s+to\s+(?:the\s+)?/;
const DESCRIPTION = /\bthe\s+/gi;
const DESC_TITLE = /^(president|prime minister|premier|chancellor|leader|foreign minister|foreign secretary|secretary of state|king|queen)\b(?!\s+of\b)/i;
/** The one person holding an office of a country on a day ("chancellor", DE, 1987-03-01 → helmut-kohl). */
function holderOf(country: string, title: string, date: string): string | null {
  if (title === 'leader') {
    const top = holderOf(country, 'general secretary', date) ?? holderOf(country, 'supreme leader', date) ?? holderOf(country, 'paramount leader', date);
    if (top) return top;
  }
  const found = new Set<string>();
  for (const l of LEADERS.values()) {
    for (const p of l.positions) {
      if (p.of !== country || !heldOn(p, date)) continue;
      const t = p.title.toLowerCase();
      const ok = title === 'leader' ? p.role === 'head_of_state' : title === 'premier' || title === 'prime minister' ? p.role === 'head_of_government' : t === title;
      if (ok) found.add(l.id);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
/** The one leader found in this article with an office (and of a country), or null when none or several. */
function onlyHolder(leaders: Map<string, LeaderInfo>, title: string, country: string | null): string | null {
  const t = title.toLowerCase();
  const hits = [...leaders.values()].filter((l) => l.title?.toLowerCase() === t && (country === null || l.represents?.key === country));
  return hits.length === 1 ? hits[0]!.id : null;
}
const NOT_MINISTER = /^(?:the|a|an|his|her|its|their|our|foreign|finance)$/i;

/**
 * The state or organisation named right before `pos` in the same paragraph ("Ecuador's", "West German state-run",
 * "International Trade and Industry (MITI)"), or undefined. Not a country inside a company's name ("Alcan Australia
 * deputy chairman", "Merrill Lynch Canada"), nor one ending the paragraph before ("… with the U.S.\n\nVice Finance
 * Minister Ronald Ho" of Taiwan).
 */
function stateBefore(text: string, pos: number, byEnd: Map<number, Mention>): Mention | undefined {
  let before = text.slice(0, pos).replace(/(?:['’]s)?[^\S\n]+$/, '');
  before = before.replace(/[^\S\n]+(?:state-run|top|chief|senior|foreign|central bank)$/i, '').replace(/[^\S\n]*\((?:\p{Lu}[\p{L}.-]*)\)$/u, '');
  const m = byEnd.get(before.length);
  if (!m || (m.kind !== 'country' && m.kind !== 'org')) return undefined;
  // a capitalised word right before the country, inside a sentence: a company's ("Alcan Australia"), not a rank
  // ("Deputy Iranian Finance Minister") nor a sentence's first word ("Today U.S. Energy Secretary")
  const word = /(?<![\p{L}'’-])(\p{Lu}[\p{L}&-]*) $/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
  const opensSentence = word !== null && /(?:^|[.!?:"“”]\s*|\n)$/.test(text.slice(0, m.start - word[0].length));
  if (m.kind === 'country' && word && !opensSentence && !STOP_NAME.has(word[1]!) && !RANK_WORD.test(word[1]!) && !byEnd.has(m.start - 1)) return undefined;
  return m;
}
/** Words that end an office's words before its title: articles, pronouns, verbs of news ("Japan told trade minister …"); "and" joins portfolios but never starts them. */
const NOT_OFFICE_WORD = /^(?:the|a|an|or|of|to|for|with|by|in|on|at|as|from|his|her|its|their|our|new|former|then|top|senior|chief|said|told|met|says|tells|meets|asked|urged|when|after|before|while)$/i;
const RANK_WORD = /^(?:deputy|vice|assistant|acting|former|first|junior|senior|chief|top)$/i;
/**
 * Ranks and a state's bank before any title: part of the office whether or not a state is named ("central bank president
 * Francisco Gros"); a rank joined by a hyphen too ("Vice-Premier Tian Jiyun" is no premier).
 */
const RANK_BEFORE = /(?<![\p{L}'’.-])((?:deputy|vice|assistant|central bank|(?:federal )?reserve bank|national bank|people['’]s bank)[ -]|under-)+$/iu;
/**
 * A state's central bank by the names states give it: "Central bank governor Jose Fernandez", "Reserve Bank governor
 * Gerhard de Kock" (South Africa, New Zealand, Australia, India), "National Bank President Stefan Koren" (Austria),
 * "Polish National Bank head", "New York Federal Reserve Bank President". All but "central bank" capitalised, as a
 * bank's own name ("a national bank", "the state's reserve bank" name none); not after a company's capitalised word
 * ("First National Bank president …", "Chemical Bank"): see stateBank.
 */
const STATE_BANK = /\b(?:[Cc]entral [Bb]ank|CENTRAL BANK|(?:Federal )?Reserve Bank|National Bank|People['’]s Bank)\b/;
/**
 * Where an office starts that has words between its state and its title word: "Ecuador's deputy energy minister",
 * "Venezuelan energy and mines minister", "British corporate affairs minister", "Brazilian Central Bank governor" (the
 * title regex finds only "energy minister", "mines minister", "affairs minister", "governor"). A minister's, a
 * secretary's or a commissioner's portfolio is open ("corporate affairs", "EC Farm Commissioner"): up to three words,
 * cased like the title, taken only when a state
 * or an organisation stands before them; other titles take only a rank or "central bank" (not "Japanese company
 * chairman"). Returns the office's start and its state, or null when the office has no such words.
 */
function officeWords(text: string, titleStart: number, title: string, byEnd: Map<number, Mention>): { start: number; state: Mention | undefined } | null {
  const rank = RANK_BEFORE.exec(text.slice(Math.max(0, titleStart - 40), titleStart));
  const rankStart = rank ? titleStart - rank[0].length : null;
  // (… and a capitalised Director's: "White House Budget Director James Miller"; "Japanese company director" is a company's)
  if ((/(?:minister|secretary|commissioner)$/i.test(title) || title === 'Director') && !/^prime minister$/i.test(title) && !stateBefore(text, rankStart ?? titleStart, byEnd)) {
    const upper = /^\p{Lu}/u.test(title);
    let pos = titleStart;
    /** Where the capitalised words before the title start, as far as they run (see PORTFOLIO_HEAD). */
    let run = titleStart;
    for (let k = 0; k < 3; k++) {
      const w = /(?<![\p{L}'’.-])([A-Za-z]+) $/u.exec(text.slice(Math.max(0, pos - 30), pos));
      // ("and" joins portfolios in either case: "Ecuadorean Energy and Mines Minister Javier Espinosa")
      if (!w || NOT_OFFICE_WORD.test(w[1]!) || (w[1] !== 'and' && /^[A-Z]/.test(w[1]!) !== upper)) break;
      // a word that is itself a name ("Japan and Soviet Foreign Minister …") is no portfolio
      if (byEnd.has(pos - w[0].length + w[1]!.length)) break;
      pos -= w[0].length;
      const state = w[1] === 'and' ? undefined : stateBefore(text, pos, byEnd);
      if (state) return { start: pos, state };
      // (past "and" only a portfolio word: "Trade and Industry Minister", not "Finance Minister George Saitoti and Energy Minister")
      if (w[1] !== 'and' && !/^and\s/.test(text.slice(pos + w[0].length)) || FIELD_END.test(w[1]!)) run = pos;
      else if (w[1] !== 'and') break;
    }
    const portfolio = upper && run < titleStart ? portfolioStart(text, run, titleStart, title) : null;
    if (portfolio !== null) return { start: portfolio, state: undefined };
  }
  return rankStart === null ? null : { start: rankStart, state: stateBefore(text, rankStart, byEnd) };
}

/**
 * The body an office's holder heads when the story named it in full before and now names it by its head noun or its
 * acronym: "the Asian Development Bank … bank president Masao Fujioka", "the World Bank … Bank president Barber Conable",
 * "from the Asian Development Bank (ADB), president Masao Fujioka said". The one body of the story's earlier mentions
 * whose name ends in that noun, of a state or of states (not a company's: "Chemical Bank president", a name before the
 * noun, is no head noun alone). Corpus: 7 hits, all the development banks' presidents.
 */
function bodyNamedBefore(text: string, titleStart: number, gaz: Mention[]): Mention | undefined {
  const before = text.slice(Math.max(0, titleStart - 40), titleStart);
  const acronym = /\((\p{Lu}{2,6})\),[^\S\n]+$/u.exec(before);
  if (acronym) return gaz.find((m) => m.kind === 'org' && m.end === titleStart - acronym[0].length + 1 + acronym[1]!.length);
  const noun = /(?<![\p{L}'’.-])(bank|fund)[^\S\n]+$/iu.exec(before);
  if (!noun || !noNameBefore(text, titleStart - noun[0].length)) return undefined;
  const head = new RegExp(`\\b${noun[1]}$`, 'i');
  const bodies = new Set(gaz.filter((m) => m.kind === 'org' && m.end <= titleStart - noun[0].length && head.test(ORGS.get(m.id)?.name ?? '') && ORGS.get(m.id)?.kind !== 'media').map((m) => m.id));
  return bodies.size === 1 ? gaz.find((m) => m.kind === 'org' && bodies.has(m.id)) : undefined;
}

/**
 * Title words that head a portfolio of several words ("Corporate Affairs Minister", "Primary Industry Minister", "Trade
 * and Industry Minister", "Foreign Trade Minister"): the title regex takes only the last word before "Minister".
 */
const PORTFOLIO_HEAD = /^(?:Affairs|Industry|Industries|Relations|Resources|Development|Planning|Works|Reform|Trade|Energy|Services|Security)\s/;
/**
 * Where a capitalised portfolio before such a title starts when no state stands before it ("Corporate Affairs Minister
 * Michael Howard said", "Primary Industry Minister John Kerin"): the capitalised words from `run`, opening their
 * clause (no capitalised name right before them: not "Christian Democrat Trade Minister"'s party, nor "Texas
 * Agriculture Commissioner"'s place). Null when the title heads no portfolio.
 */
function portfolioStart(text: string, run: number, titleStart: number, title: string): number | null {
  if (!PORTFOLIO_HEAD.test(title) || !noNameBefore(text, run)) return null;
  // (not an article's first words before the title: the caller's "and" may have run across a clause)
  return /^(?:and\s)/i.test(text.slice(run, titleStart)) ? null : run;
}

/**
 * The state a leader's spokesman speaks for, his leader's: "Prime Minister Jacques Chirac's spokesman, Denis Baudouin,"
 * and "Chirac's spokesman Denis Baudouin" → France. Null for other titles, or when no leader's name ends in "'s" right
 * before the title.
 */
function bossState(text: string, titleStart: number, title: string, byEnd: Map<number, Mention>, leaders: Map<string, LeaderInfo>): LeaderInfo['represents'] {
  if (!/^spokes(?:man|woman)$/.test(title) || !/['’]s\s+$/.test(text.slice(titleStart - 3, titleStart))) return null;
  const boss = byEnd.get(text.slice(0, titleStart).replace(/['’]s\s+$/, '').length);
  return boss?.kind === 'leader' ? leaders.get(boss.id)?.represents ?? null : null;
}

/**
 * Whether the office words from `start` to the title name a state's central bank (STATE_BANK): "central bank" in any
 * case; another bank's name only capitalised and, with no state before it, not after a capitalised word inside the
 * sentence, which names a company's bank ("First National Bank president", "Security Pacific National Bank chairman";
 * "Polish National Bank head" has its state, "Reserve Bank governor" opens its clause).
 */
function stateBank(text: string, start: number, titleStart: number, stateNamed: boolean): boolean {
  const words = text.slice(start, titleStart);
  if (/central bank/i.test(words)) return true;
  if (!STATE_BANK.test(words)) return false;
  // (the Federal Reserve's banks are named after their cities: "New York Federal Reserve Bank President Gerald Corrigan")
  if (stateNamed || /Federal Reserve Bank/.test(words)) return true;
  return noNameBefore(text, start);
}

/**
 * Whether no capitalised word of a name stands right before `start`: a comma, a rank or a stop word may ("In
 * Pretoria, Reserve Bank Governor …", "Deputy Reserve Bank Governor …", "But Industry Commissioner …"); a company's or
 * a place's name may not, even opening the sentence ("First National Bank president", "Texas Agriculture Commissioner").
 */
function noNameBefore(text: string, start: number): boolean {
  const before = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}&'’-]*)[^\S\n]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return before === null || STOP_NAME.has(before[1]!) || /^(?:Deputy|Vice|Assistant|Acting|Former|Newly-[a-z]+)$/.test(before[1]!);
}

/**
 * A European Commissioner's portfolio before "Commissioner" with no state or body named ("Industry Commissioner
 * Karl-Heinz Narjes", "Agriculture Commissioner Frans Andriessen", "External Affairs Commissioner"): the Community's
 * commissioner when the story names the Community or its Commission (not "Securities Commissioner Ray Astin" of Hong
 * Kong, "Texas Railroad Commissioner": other portfolios, or a place before).
 */
const EC_PORTFOLIO = /(?<![\p{L}'’.-])((?:(?:External|Economic|Social|Regional|Foreign)\s+)?(?:Farm|Agriculture|Agricultural|Industry|Industrial|Trade|Relations|Affairs|Development|Competition|Energy|Transport|Fisheries|Environment|Budget|Finance|Research|Science|Credit|Investment|Telecommunications)(?:\s+Relations)?\s+)$/u;

/** The bounds of the sentence (sentences.ts, merged while a quote runs on) round the span start..end. */
function sentenceBounds(sentences: Sentence[], text: string, start: number, end: number): [number, number] {
  const first = sentences.findLast((x) => x.start <= start);
  const last = sentences.find((x) => x.end >= end);
  return [first?.start ?? 0, last?.end ?? text.length];
}
function sentenceAround(sentences: Sentence[], text: string, start: number, end: number): string {
  const [from, to] = sentenceBounds(sentences, text, start, end);
  return text.slice(from, to);
}
/** The state a place of the gazetteer lies in ("Quito" → EC), if the data gives one. */
function placeState(id: string): string | undefined {
  return (PLACES.get(id) as { country?: string } | undefined)?.country;
}
/** The states a sentence names, round the span start..end (a place counts for its state). */
function sentenceStates(sentences: Sentence[], text: string, start: number, end: number, gaz: Mention[]): string[] {
  const [from, to] = sentenceBounds(sentences, text, start, end);
  return [...new Set(gaz.filter((m) => m.start >= from && m.end <= to).map((m) => (m.kind === 'country' ? m.id : m.kind === 'place' ? placeState(m.id) : undefined)).filter((c): c is string => c !== undefined))];
}
/** Words of one who came to the dateline's place ("since his visit here", "arrived here", "on a trip"). */
const VISITOR = /\b(?:visit\w*|arriv\w*|trip|tour\w*|here for)\b/i;
const STATE_OFFICE = /\b(?:minister|premier|chancellor|secretary|under-?secretary|trade representative|director(?:[- ]general)? of public|public (?:credit|finances?|debt) director)\b/i;
const NO_STATE_OFFICE = /\b(?:secretary[- ]general|general secretary|ambassador|envoy)\b/i;
/**
 * Whether a leader found from the text holds a state's office (STATE_OFFICE) but no state was found for him: what
 * datelineOffices and frontedPlaceOffices place. Not an envoy's nor an international body's office (NO_STATE_OFFICE).
 */
function unplacedStateOffice(l: LeaderInfo): l is LeaderInfo & { title: string } {
  return l.represents === null && !LEADERS.has(l.id) && l.title !== null && STATE_OFFICE.test(l.title) && !NO_STATE_OFFICE.test(l.title);
}

/** Whether a story is about its dateline's state: the first state it names is that one, or it names none. */
function aboutDatelineState(gaz: Mention[], datelineState: string | null): boolean {
  return (gaz.find((m) => m.kind === 'country')?.id ?? datelineState) === datelineState;
}

/**
 * An office of a state's government that names no state ("Labour Minister Pazzionotto", "Finance Minister Azpurua",
 * "Transportation Secretary Elizabeth Dole") stands for the state of the story's dateline, as Reuters names a minister
 * at home without his state; not when the story is about another state (the first it names), nor when his sentence names any (the
 * counterpart of a state's officer is another's: "Deputy U.S. Trade Representative Michael Smith would meet with MITI
 * vice minister Makoto Kuroda") or tells of a visit ("Paul Channon, secretary for trade and industry, said … since his
 * visit here last year"). Not an envoy, who mostly serves in
 * another state's capital, nor an office of a body or a company (president, chairman, director, spokesman) or of an
 * international body or a party (secretary-general, general secretary).
 */
function datelineOffices(sentences: Sentence[], text: string, gaz: Mention[], mentions: Mention[], leaders: Map<string, LeaderInfo>, datelineState: string): void {
  // (only in a story about the dateline's state, the first it names: a visitor in the dateline's capital is named so too,
  // "Foreign Secretary Joe Clark urged the United States …" in a WASHINGTON story about Canada; "The Danish government
  // said it planned tax changes to discourage shopping trips to West Germany. Tax Minister Isi Foighel told …" is home
  // news. Corpus: 31 offices gain the dateline's state, 30 right; wrong is a host met on a trip abroad in a story from
  // home: "Baldrige leaves on a 10-day trip to … the Philippines … He will also meet … Trade and Industry Secretary Jose
  // Concepcion" in a WASHINGTON story. A province's premier keeps none: subnationalOffice.)
  if (!aboutDatelineState(gaz, datelineState)) return;
  for (const l of leaders.values()) {
    const first = mentions.find((m) => m.id === l.id);
    if (!unplacedStateOffice(l) && !(first && governmentSpokesperson(text, l, first))) continue;
    if (first && subnationalOffice(text, first, l.title!)) continue;
    if (first && atHome(sentences, text, first, gaz, datelineState)) l.represents = { label: 'Country', key: datelineState };
  }
}

/**
 * A spokesperson no state or body was found for, his office words naming a state's government right before his name
 * ("government spokesman Friedhelm Ost", "Presidential spokesman Teodoro Benigno", "Foreign Ministry spokesman Per
 * Paust", "Cabinet spokesman Abdul-Aziz al-Otaibi", "Economics Ministry spokesman"): datelineOffices gives him the
 * dateline's state as it does a minister, with the same guards (a story about that state, no other state in his
 * sentence: "Turkish Foreign Ministry spokesman Yalim Eralp" in an ATHENS story keeps none).
 */
const GOVERNMENT_SPOKES = /(?<![\p{L}'’-])(?:[Gg]overnment|[Pp]residential|[Cc]abinet|[Mm]inistry)(?:[^\S\n]+chief)?[^\S\n]+spokes(?:man|woman|person)[^\S\n]+$/u;
function governmentSpokesperson(text: string, l: LeaderInfo, first: Mention): boolean {
  return l.represents === null && !LEADERS.has(l.id) && l.title !== null && SPOKES_TITLE.test(l.title) && GOVERNMENT_SPOKES.test(text.slice(Math.max(0, first.start - 60), first.start));
}

/**
 * The state named before a spokesperson's government words: "Turkish Foreign Ministry spokesman Yalim Eralp", "senior
 * Polish government spokesman Jerzy Urban", "Israel's Foreign Ministry spokesman" (a ministry with up to two
 * capitalised words, the government, the cabinet or the presidency, GOVERNMENT_BEFORE_SPOKES), read as stateBefore
 * reads a state right before a title. Undefined for other titles and words ("Alcan Australia spokesman").
 */
const GOVERNMENT_BEFORE_SPOKES = /(?<![\p{L}'’-])(?:(?:\p{Lu}\p{Ll}+[^\S\n]+){0,2}Ministry|[Gg]overnment|[Pp]residential|[Cc]abinet)(?:[^\S\n]+chief)?[^\S\n]+$/u;
function spokespersonState(text: string, titleStart: number, title: string, byEnd: Map<number, Mention>): Mention | undefined {
  if (!SPOKES_TITLE.test(title)) return undefined;
  const words = GOVERNMENT_BEFORE_SPOKES.exec(text.slice(Math.max(0, titleStart - 50), titleStart));
  if (!words) return undefined;
  // (the words may take the demonym in, "Turkish Foreign Ministry": the state is looked for before each word in turn)
  let from = titleStart - words[0].length;
  for (;;) {
    const state = stateBefore(text, from, byEnd);
    if (state) return state.kind === 'country' ? state : undefined;
    const next = /^\S+\s+/.exec(text.slice(from, titleStart));
    if (!next || from + next[0].length >= titleStart) return undefined;
    from += next[0].length;
    if (!/^(?:\p{Lu}\p{Ll}+[^\S\n]+){0,2}Ministry\b/u.test(text.slice(from, titleStart))) return undefined;
  }
}

/**
 * Whether the office right before a leader's name is a province's or a town's: a capitalised name that is no portfolio
 * stands before its capitalised title ("Alberta Premier Don Getty", "Ontario Premier David Peterson"; not "Agriculture
 * Undersecretary Daniel Amstutz", "USDA undersecretary", "Civil Aviation minister Richard Prebble").
 */
function subnationalOffice(text: string, at: Mention, title: string): boolean {
  const titleStart = at.start - title.length - 1;
  if (titleStart < 0 || text.slice(titleStart, at.start).toLowerCase() !== `${title.toLowerCase()} `) return false;
  const word = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}-]*)[^\S\n]+$/u.exec(text.slice(Math.max(0, titleStart - 30), titleStart));
  // (a body's acronym is a state's body, "USDA undersecretary"; a capitalised portfolio before a lower-case title, "Civil
  // Aviation minister")
  return word !== null && /^(?:\p{Lu}\S*[^\S\n]+)+$/u.test(text.slice(titleStart, at.start)) && !/^\p{Lu}+$/u.test(word[1]!) && !noNameBefore(text, titleStart) && !FIELD_END.test(word[1]!) && !RANK_WORD.test(word[1]!);
}

/**
 * Whether an official named at `at`, in a story about his home `home` (the dateline's state), is told at home: his
 * sentence names no other state or its place (namesOtherThanHome) and tells of no visit (VISITOR). The guards under
 * which datelineOffices places a minister or a spokesperson, and homeBank a central bank's officer, at home.
 */
function atHome(sentences: Sentence[], text: string, at: { start: number; end: number }, gaz: Mention[], home: string): boolean {
  return !namesOtherThanHome(sentences, text, at, gaz, home) && !VISITOR.test(sentenceAround(sentences, text, at.start, at.end));
}

/**
 * Whether the sentence round a mention names a state other than the dateline's own, by any name, or a place of another
 * ("Labour Minister Brigadier Ike Nwachukwu, announcing the decision in Lagos today, said" and "Ecuador is seeking …,
 * Finance Minister Domingo Cordovez said" name only his home; session 13 let the home's name and demonym count as home,
 * not only its capital: corpus 94 leaders placed, 92 right).
 */
function namesOtherThanHome(sentences: Sentence[], text: string, at: { start: number; end: number }, gaz: Mention[], home: string): boolean {
  const [from, to] = sentenceBounds(sentences, text, at.start, at.end);
  return gaz.some((m) => m.start >= from && m.end <= to && (m.kind === 'country' ? m.id !== home : m.kind === 'place' && placeState(m.id) !== undefined && placeState(m.id) !== home));
}

/**
 * An office of a state's government that names no state, in a sentence opened by a capital ("In Quito, Foreign
 * Minister Rafael Garcia Velasco said", "In London, Transport Secretary John Moore said"): the news from that capital (or a place
 * of a state), the office that state's (as datelineOffices reads the dateline, for a story that reports from several
 * capitals). Not an envoy's nor an international body's (STATE_OFFICE, NO_STATE_OFFICE as there). Corpus: 9 sentences
 * of this shape with a titled name; the one left without a state (Quito) gains it.
 */
function frontedPlaceOffices(sentences: Sentence[], text: string, gaz: Mention[], mentions: Mention[], leaders: Map<string, LeaderInfo>): void {
  for (const l of leaders.values()) {
    if (!unplacedStateOffice(l)) continue;
    const first = mentions.find((m) => m.id === l.id);
    if (!first) continue;
    const [from] = sentenceBounds(sentences, text, first.start, first.end);
    const lead = /^In[^\S\n]+/.exec(text.slice(from, from + 3));
    // (a capital, or a place of a state: "In Quito,")
    const place = lead ? gaz.find((m) => m.start === from + lead[0].length && ((m.kind === 'country' && m.form === 'capital') || m.kind === 'place')) : undefined;
    const state = place?.kind === 'place' ? placeState(place.id) : place?.id;
    if (place && state && /^,/.test(text.slice(place.end, place.end + 1))) l.represents = { label: 'Country', key: state };
  }
}

/** Words of a company's business in a sentence: "the company", "Corp", "shareholders", a ticker "<AN>" (not "analysts": "IBC president Jorio Dauster is meeting government ministers, producers, exporters and market analysts"). */
const COMPANY_CUE = /\b(?:company|company['’]s|Corp|Corporation|Inc|Ltd|Plc|Co|shareholders?|stockholders|subsidiary)\b|<[A-Z][A-Z.]*>/;
/**
 * The officers whose office a company has too (president, chairman, director: COMPANY_OFFICE), for whom no state or
 * body was found, and whose first sentence tells of a company: "Dean Foods Co expects earnings … , Chairman Kenneth
 * Douglas told analysts", "Data General Corp president Edson de Castro said". Corpus: 224 such officers, 25 of 25 read
 * were companies'. Not without such words: "President Kenneth Kaunda told Reuters" or "Federal Banking Supervisory
 * Office President Wolfgang Kuntze said" act for a state the text leaves unnamed.
 */
function companyOfficers(sentences: Sentence[], text: string, mentions: Mention[], leaders: Map<string, LeaderInfo>, gaz: Mention[]): Set<string> {
  const out = new Set<string>();
  // (the story's first sentence names the company a business story is about: see below)
  const lead = sentenceAround(sentences, text, 0, 0);
  for (const l of leaders.values()) {
    if (privateBodyOfficer(text, mentions, l, gaz) || privateSpokesperson(sentences, text, mentions, l, gaz, lead)) {
      out.add(l.id);
      continue;
    }
    if (l.represents !== null || LEADERS.has(l.id) || l.title === null || !COMPANY_OFFICE.test(l.title)) continue;
    const first = mentions.find((m) => m.id === l.id);
    if (!first) continue;
    const [from] = sentenceBounds(sentences, text, first.start, first.end);
    // (or the sentence before, where the company often stands: "Peugeot SA <PEUP.PA> … made a group net profit …. …,
    // president Jacques Calvet said", or the story's first)
    const before = from > 0 ? sentenceAround(sentences, text, from - 1, from - 1) : '';
    if (COMPANY_CUE.test(sentenceAround(sentences, text, first.start, first.end)) || COMPANY_CUE.test(before) || COMPANY_CUE.test(lead) || companyNamedBefore(text, first.start, l.title)) out.add(l.id);
  }
  return out;
}

/** A spokesperson's title, as a leader found from the text has it. */
const SPOKES_TITLE = /^spokes(?:man|woman|person)$/i;
/** A spokesperson's title right after his office's words, at the end of a text ("… company spokesman "). */
const SPOKES_BEFORE = /(?<![\p{L}'’-])spokes(?:man|woman|person)[^\S\n]+$/iu;
/** A spokesperson's title in an apposition after his name, and the body he speaks for (", a spokesman for Paradyne,"). Group 1 is the body. */
const SPOKES_FOR = /^,[^\S\n]+(?:(?:a|an|the)[^\S\n]+)?(?:[a-z-]+[^\S\n]+){0,2}spokes(?:man|woman|person)[^\S\n]+(?:for|of)[^\S\n]+((?:the[^\S\n]+)?[^,;.()"“”\n]{2,80}?)(?=[,;.()"“”\n]|[^\S\n]+(?:said|says|told|who|which)\b)/u;
/** Words of a body of government before a spokesperson's title, in any case ("ministry spokesman", "Commerce chief spokesman", "Fort Lauderdale police spokesman", "Labour foreign affairs spokesman"). */
const STATE_SPOKES_WORD = new RegExp(String.raw`${GOV_WORD.source}|\b(?:Commerce|Agriculture|Energy|Justice|Interior|Labou?r|Trade|police|affairs)\b`, 'i');
/** A company's, a union's or a firm's noun in lower case right before "spokesman", not a state's bank ("company spokesman", "union spokesman", "bank spokesman"; not "central bank spokesman"). */
const PRIVATE_NOUN_BEFORE = /(?<![\p{L}'’-])(?<!(?:[Cc]entral|[Nn]ational|[Rr]eserve|[Ss]tate|[Gg]overnment|[Pp]eople['’]s)[^\S\n]+)(?:[Cc]ompany|union|firm|bank|[Mm]anagement[^\S\n]+board(?:[^\S\n]+joint)?)[^\S\n]+$/u;
/**
 * A spokesperson found from the text whom no state or body was found for, who speaks for a company, a union, an exchange
 * or a trade body: his office's words say so in lower case ("company spokesman Bob Foulkes", "union spokesman Allen
 * Zack", "bank spokesman James Day", "management board spokesman Maximilian Hackl"); or an apposition names the body
 * ("Miriam Frazer, a spokeswoman for Paradyne," after "Paradyne Corp"; "Jeffrey Warren, spokesman for the Pharmaceutical
 * Manufacturers Association"); or, with no office words of a state before him, his sentence, the one before it or the
 * story's first tells of a company, as companyOfficers reads it ("… Dome's lenders, spokesman David Annesley told
 * Reuters", "AMC spokesman Lloyd Northard" after "AMC <AMO>"). Not one whose words before the title name a state, a
 * body of government, a leader or an acronym no company has in the story ("Foreign Ministry spokesman Per Paust",
 * "Presidential spokesman Teodoro Benigno", "Chirac spokesman Denis Baudouin", "FCC spokeswoman Mary Beth Hess"), nor one
 * speaking for a body of government ("Thomas Pyke, a spokesman for the National Oceanic and Atmospheric Administration").
 */
function privateSpokesperson(sentences: Sentence[], text: string, mentions: Mention[], l: LeaderInfo, gaz: Mention[], lead: string): boolean {
  if (LEADERS.has(l.id) || l.represents !== null || l.title === null || !SPOKES_TITLE.test(l.title)) return false;
  const first = mentions.find((m) => m.id === l.id);
  if (!first) return false;
  const before = text.slice(Math.max(0, first.start - 120), first.start);
  const title = SPOKES_BEFORE.exec(before);
  const apposed = title ? null : SPOKES_FOR.exec(text.slice(first.end, first.end + 160));
  if (!title && !apposed) return false;
  const named = (start: number, end: number): boolean => [...gaz, ...mentions].some((m) => m.id !== l.id && m.start < end && m.end > start);
  if (apposed) {
    const body = apposed[1]!;
    const bodyStart = first.end + apposed[0].length - body.length;
    if (GOVERNMENT_BODY.test(body) || GOV_WORD.test(body) || named(bodyStart, bodyStart + body.length)) return false;
    const word = /^(?:the[^\S\n]+)?(\p{Lu}[\p{L}'’&-]*)/u.exec(body)?.[1];
    if (PRIVATE_BODY_END.test(body) || COMPANY_CUE.test(body) || (word !== undefined && namedAsCompany(text, word))) return true;
  } else {
    const office = before.slice(0, title!.index);
    if (PRIVATE_NOUN_BEFORE.test(office)) return true;
    // (a body of government in the office's words, in any case: "ministry spokesman", "Commerce chief spokesman")
    if (STATE_SPOKES_WORD.test(/(?:[^\s,.;:"“”()]+[^\S\n]+){0,4}$/u.exec(office)![0])) return false;
    // (the office's words: capitalised words and acronyms right before the title, in its clause)
    const run = /(?:(?<![\p{L}'’.&-])\p{Lu}[\p{L}'’&.-]*[^\S\n]+)*$/u.exec(office)![0];
    const runStart = first.start - before.length + office.length - run.length;
    if (GOV_WORD.test(run) || named(runStart, runStart + run.length)) return false;
    const words = run.trim().split(/[^\S\n]+/).filter((w) => w !== '' && !NAME_OPENER.test(w));
    // (an acronym is a company's only as the story names it so: "AMC <AMO>"; "An NRC spokesman", "A MITI spokesman" are a state's)
    if (words.some((w) => /^[\p{Lu}\d&.-]+$/u.test(w) && !namedAsCompany(text, w))) return false;
  }
  const [from] = sentenceBounds(sentences, text, first.start, first.end);
  const prev = from > 0 ? sentenceAround(sentences, text, from - 1, from - 1) : '';
  return COMPANY_CUE.test(sentenceAround(sentences, text, first.start, first.end)) || COMPANY_CUE.test(prev) || COMPANY_CUE.test(lead);
}

/** An office a company, an exchange, a trade association or a union has, as the title of a leader found from the text. */
const PRIVATE_OFFICE = /^(?:(?:vice|deputy|executive)[- ])?(?:president|chairman|chairwoman|director|head|managing director|secretary[- ]general|general secretary)$/i;
/**
 * An apposition after a name giving his office "of" a body, to the body's end: ", President of the American Federation
 * of Government Employees,", ", secretary general of IPMA,", ", general secretary of the Congress of South African Trade
 * Unions (COSATU),". Group 1 is the body's name (its acronym in brackets after it left out).
 */
const OFFICE_OF_BODY = /^,[^\S\n]+(?:(?:the|a|an|its)[^\S\n]+)?(?:(?:first|executive|senior|deputy|vice)[- ])?(?:president|chairman|chairwoman|director|head|managing[^\S\n]+director|secretary[- ]general|general[^\S\n]+secretary)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?((?:\p{Lu}[\p{L}'’&.-]*|of|and|the|for|in)(?:[^\S\n]+(?:\p{Lu}[\p{L}'’&.-]*|of|and|the|for|in)){0,8}?)(?:[^\S\n]*\(\p{Lu}[\p{L}.&-]*\))?(?=[^\S\n]*(?:[,;.)]|\n|[^\S\n](?:said|says|told|who|which)\b))/iu;
/**
 * Whether an apposition right after the leader's first mention makes him the officer of a body no state has: an
 * association, a federation, a union, an exchange, a chamber of commerce or a company by its suffix (PRIVATE_BODY_END:
 * "Kenneth Blaylock, President of the American Federation of Government Employees, said", "Christian Roeher,
 * Secretary-General of the European Chamber of Commerce,"), or an acronym the story spells out as one ("Christopher
 * Sibson, secretary general of IPMA," after "the International Primary Market Association (IPMA)"). Not a body the
 * gazetteer knows at the name's head noun ("Secretary-General of the Arab League"), nor one of government ("President of
 * the National Bank of Hungary", "chairman of the House Ways and Means Committee").
 */
function privateBodyApposed(text: string, first: Mention, gaz: Mention[]): boolean {
  const m = OFFICE_OF_BODY.exec(text.slice(first.end, first.end + 200));
  if (!m) return false;
  const body = m[1]!.replace(/(?:[^\S\n]+(?:of|and|the|for|in))+$/i, '');
  const bodyStart = first.end + m.index + m[0].indexOf(m[1]!);
  // (the body's capitalised words must start with a capital: the case-blind office words let "of" and "the" through)
  if (!/^\p{Lu}/u.test(body)) return false;
  const known = (start: number, end: number): boolean => gaz.some((g) => (g.kind === 'country' || (g.kind === 'org' && ORGS.get(g.id)?.kind !== 'media')) && g.start < end && g.end > start);
  // (the head noun first: "Federation of Government Employees" is no body of government)
  const head = PRIVATE_BODY_END.exec(body);
  if (head) return !known(bodyStart + head.index, bodyStart + head.index + head[0].split(/[^\S\n]/)[0]!.length);
  if (GOVERNMENT_BODY.test(body) || !/^\p{Lu}[\p{L}&-]+$/u.test(body) || known(bodyStart, bodyStart + body.length)) return false;
  const spelt = acronymBody(text, body)?.replace(/['’]s$/, '');
  return spelt !== undefined && spelt !== null && PRIVATE_BODY_END.test(spelt);
}
/**
 * The end of the name of a body no state has: an association, a federation, an exchange, a union, a chamber of commerce, a
 * board of trade, a company by its suffix ("American Soybean Association", "Confederation of British Industry", "Letter
 * Carriers Union of Canada", "Tokyo Stock Exchange", "Chicago Board of Trade", "Bache Securities"), with what it is "of" or
 * "in" after it. Its head noun may be lower case right before the office ("union president", "exchange chairman").
 */
const PRIVATE_BODY_END = /(?:\b(?:Association|Federation|Confederation|Exchange|Unions?|Bourse|Chamber[^\S\n]+of[^\S\n]+(?:Commerce|Industry)|Board[^\S\n]+of[^\S\n]+Trade|Corp|Corporation|Inc|Co|Ltd|Plc|AG|SA|NV|Group|Securities|Futures)(?:[^\S\n]+(?:of|in)(?:[^\S\n]+the)?(?:[^\S\n]+\p{Lu}[\p{L}'’&.-]*){1,4}){0,2}|\b(?:association|federation|exchange|unions?|bourse))$/u;
/** The words of a body's name before an office: capitalised words, connectives, an acronym in brackets, a head noun in lower case ("stock exchange", "union"). */
const BODY_NAME_RUN = /(?:(?<![\p{L}'’.&-])(?:\p{Lu}[\p{L}'’&.-]*|\(\p{Lu}[\p{L}.&-]*\)|of|and|the|for|de|in|stock|exchange|union|association|federation|bourse)[^\S\n]+)+$/u;
/**
 * A leader found from an office of a company, an exchange, a trade association or a union named right before it, who
 * acts for no state (companyOfficers leaves him out, whatever state the body's name holds): the body's name ends in its
 * head noun ("American Soybean Association President Dave Haggard", "Letter Carriers Union of Canada President Robert
 * McGarry", "Confederation of British Industry (CBI) President David Nickson", "Johannesburg Stock Exchange president Tony
 * Norton", "union president"), or it is an acronym the story spells out so ("CME Chairman Jack Sandner" after "the
 * Chicago Mercantile Exchange (CME)", "NYSE vice president" after "New York Stock Exchange": acronymBody), or a vice
 * president's rank only a company has stands before the office ("AEA senior vice president Ralph Thomson", "executive
 * vice president Grant Dove"), or an apposition after the name gives his office of such a body (privateBodyApposed). Not a body the gazetteer knows as a state's or an international one ("West African
 * Monetary Union", "EFTA", "ADB president Masao Fujioka"), nor a state's name ("Soviet Union"), nor a "Commission",
 * "Institute", "Council" or "Bank", which states have as well ("Securities and Exchange Commission Chairman David
 * Ruder", "Brazilian Coffee Institute president Jorio Dauster", "World Bank Vice-President David Knox").
 */
function privateBodyOfficer(text: string, mentions: Mention[], l: LeaderInfo, gaz: Mention[]): boolean {
  if (LEADERS.has(l.id) || l.title === null || !PRIVATE_OFFICE.test(l.title) || l.represents?.label === 'Organization') return false;
  const first = mentions.find((m) => m.id === l.id);
  if (!first) return false;
  if (privateBodyApposed(text, first, gaz)) return true;
  const from = Math.max(0, first.start - 160);
  const before = text.slice(from, first.start);
  const title = l.title.split(/[\s-]+/).map(escapeRegExp).join('[\\s-]+');
  const at = new RegExp(`(?<![\\p{L}-])${title}[^\\S\\n]+$`, 'iu').exec(before);
  if (!at) return false;
  let lead = before.slice(0, at.index);
  // (a vice president's rank no state's office has: of the corpus's 184 "executive", "senior", "associate", "group" or
  // "regional" vice presidents, one is an international body's, "executive vice president of the Nordic Investment
  // Bank", which the gazetteer knows; the others are of companies, exchanges and trade bodies)
  const rank = /(?<![\p{L}'’-])(?:executive|senior|associate|group|regional)[^\S\n]+$/iu.exec(lead);
  if (rank) lead = lead.slice(0, rank.index);
  // (a state or a body the gazetteer knows at the end of the body's name: "Soviet Union", "ADB", "West African Monetary Union")
  const known = (start: number, end: number): boolean => gaz.some((m) => (m.kind === 'country' || (m.kind === 'org' && ORGS.get(m.id)?.kind !== 'media')) && m.start < end && m.end > start);
  // the body's name, back from the office (", CBT," after its name: "Chicago Board of Trade, CBT, President")
  const apposed = /,[^\S\n]*(\p{Lu}[\p{Lu}&-]+),[^\S\n]*$/u.exec(lead);
  if (apposed) lead = lead.slice(0, apposed.index) + ' ';
  const named = BODY_NAME_RUN.exec(lead)?.[0].replace(/^(?:(?:of|and|the|for|de|in)[^\S\n]+)+/, '') ?? '';
  const name = named.trimEnd();
  const nameStart = from + lead.length - named.length;
  const bare = name.replace(/[^\S\n]*\(\p{Lu}[\p{L}.&-]*\)$/u, '');
  const last = bare.split(/[^\S\n]+/).at(-1)!;
  const lastKnown = name !== '' && known(nameStart + bare.length - last.length, nameStart + bare.length);
  if (rank) return !lastKnown;
  if (name === '') return false;
  const head = PRIVATE_BODY_END.exec(bare);
  if (head) return !known(nameStart + head.index, nameStart + head.index + head[0].split(/[^\S\n]/)[0]!.length);
  // an acronym or a short name alone: the body the story spells it out as ("CME", "Soffex")
  const acronym = apposed?.[1] ?? (/^\p{Lu}[\p{L}&-]+$/u.test(last) ? last : null);
  if (acronym === null || (!apposed && lastKnown)) return false;
  const body = acronymBody(text, acronym)?.replace(/['’]s$/, '');
  return body !== undefined && PRIVATE_BODY_END.test(body);
}

/**
 * The name an acronym stands for in the story: the words right before it in brackets or between commas ("the Chicago
 * Mercantile Exchange (CME)", "the Chicago Board of Trade, CBT,"), else capitalised words whose initials spell it ("New
 * York Stock Exchange" for NYSE; "of", "and", "the" between them).
 */
function acronymBody(text: string, acronym: string): string | null {
  const a = escapeRegExp(acronym);
  const spelt = new RegExp(`((?:\\p{Lu}[\\p{L}'’&.-]*|of|and|the|for|de|in|on)(?:[^\\S\\n]+(?:\\p{Lu}[\\p{L}'’&.-]*|of|and|the|for|de|in|on)){0,8})(?:['’]s)?[^\\S\\n]*(?:\\([^\\S\\n]*${a}[^\\S\\n]*\\)|,[^\\S\\n]*${a}[^\\S\\n]*,)`, 'u').exec(text);
  if (spelt) return spelt[1]!;
  // (initials only of an acronym in capitals: "Soffex" must be spelt out)
  if (!/^\p{Lu}{3,6}$/u.test(acronym)) return null;
  const initials = [...acronym].map((c) => `${c}\\p{Ll}+`).join('[^\\S\\n]+(?:(?:of|and|the|for|de)[^\\S\\n]+)*');
  // (its possessive too: "The International Primary Market Association's new rules" for IPMA)
  return new RegExp(`(?<![\\p{L}'’.-])${initials}(?=['’]s\\b|(?![\\p{L}'’-]))`, 'u').exec(text)?.[0] ?? null;
}

/** The capitalised word right before an office that is right before a name: "Renault| President Raymond Levy". */
const WORD_BEFORE = /(?<![\p{L}'’.&-])(\p{Lu}[\p{L}'’&-]*)[^\S\n]+$/u;
/**
 * Whether the office right before a name follows a word the story names as a company elsewhere, with a company's suffix
 * or its ticker: "Renault President Raymond Levy said" after "Regie Nationale des Usines Renault <RENA.PA> said", "Chrysler
 * Chairman Lee Iacocca" after "Chrysler Corp <C>" (session 13, leaders2; companyOfficers). Not a state's body of that
 * name ("Bundesbank President Karl Otto Poehl": no suffix nor ticker after it).
 */
function companyNamedBefore(text: string, nameStart: number, title: string): boolean {
  const titleStart = nameStart - title.length - 1;
  if (titleStart < 1 || text.slice(titleStart, nameStart).toLowerCase() !== `${title.toLowerCase()} `) return false;
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, titleStart - 40), titleStart))?.[1];
  if (!word || RANK_WORD.test(word) || FIELD_END.test(word)) return false;
  return namedAsCompany(text, word);
}

/**
 * Whether the story names `name` as a company: followed, after at most three more capitalised words, by a company's
 * suffix or its ticker ("Chrysler Corp <C>", "Regie Nationale des Usines Renault <RENA.PA>"), or opening the brackets
 * Reuters puts around a company's name or ticker ("<Oki Electric Industry Co Ltd>", "<GM>": so "GM president James
 * McDonald" is a company's officer, session 16).
 */
function namedAsCompany(text: string, name: string): boolean {
  // (each occurrence of the name tried in place: a regular expression over the whole story per name cost 5 % of all
  // extraction time, session 16)
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    if (/[\p{L}'’.-]/u.test(before)) continue;
    const after = text.slice(at + name.length, at + name.length + 160);
    if (COMPANY_AFTER_NAME.test(after) || (before === '<' && !/^\w/.test(after))) return true;
  }
  return false;
}
/** After a name, at most three more capitalised words, then a company's suffix or its ticker (namedAsCompany). */
const COMPANY_AFTER_NAME = /^(?:[^\S\n]+\p{Lu}[\p{L}'’&.-]*){0,3}(?:[^\S\n]+(?:Corp|Corporation|Inc|Co|Ltd|Plc|AG|SA|NV)\b|[^\S\n]*<[A-Z][A-Z.]*>)/u;

/**
 * What the officer of a central bank named without its state stands for: the state body the bank's name holds ("New
 * York Federal Reserve Bank President" → the Federal Reserve), else the one state the sentence names ("after Brazil
 * refused …, Central Bank governor Francisco Gros said" → BR; "In Pretoria, Reserve Bank Governor Gerhard De Kock
 * termed the agreement a good deal for South Africa" → ZA), else null (two states, or none: a bank's officer is not
 * among the offices datelineOffices gives the dateline's state). Corpus: right on 46 of 48 officers; wrong where the one state is the subject of
 * what he says ("Chang Chi-cheng said Washington's pressure …" in a TAIPEI story) or a newspaper's ("The China Times").
 */
function bankState(sentences: Sentence[], text: string, start: number, titleStart: number, gaz: Mention[]): LeaderInfo['represents'] {
  const body = gaz.find((m) => m.kind === 'org' && m.start >= start && m.end <= titleStart && ORGS.get(m.id)?.country);
  if (body) return { label: 'Organization', key: body.id };
  const states = sentenceStates(sentences, text, start, titleStart, gaz);
  return states.length === 1 ? { label: 'Country', key: states[0]! } : null;
}

/**
 * The state of a central bank's officer whose sentence names no state, at home: the dateline's, in a story about that
 * state, as datelineOffices places a minister ("Central Bank President Javier Nogales told Reuters …" from LA PAZ → BO,
 * "National Bank President Stefan Koren" from VIENNA → AT), with its guards: no other state or its place in his
 * sentence ("… left New York after Ongpin and Central Bank Governor Jose Fernandez started talks" keeps none), no visit
 * told there. Null when no dateline's state.
 */
function homeBank(sentences: Sentence[], text: string, start: number, titleStart: number, gaz: Mention[], datelineState: string | null): LeaderInfo['represents'] {
  if (datelineState === null || !aboutDatelineState(gaz, datelineState)) return null;
  return atHome(sentences, text, { start, end: titleStart }, gaz, datelineState) ? { label: 'Country', key: datelineState } : null;
}

const STOP_NAME = new Set([
  'The', 'A', 'An', 'Mr', 'Mrs', 'Ms', 'Dr', 'He', 'She', 'It', 'They', 'This', 'That', 'In', 'On', 'At', 'And', 'But',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'President', 'Minister', 'Prime', 'Secretary', 'Chancellor', 'Foreign',
  'House', 'Senate', 'Congress', 'Party', 'Council', 'Commission', 'Ministry', 'Government', 'State', 'Department',
  'Jr', 'Lt', 'Rep', 'Co', 'Inc', 'Corp', 'Ltd', 'World', 'Investors', 'Lines', 'Mine', 'Gen', 'Col', 'Sen', 'Soopers',
  'Admiral', 'Commodore',
]);
/** Words after a "name" that show a company, not a person ("King World Productions", "American President Lines"). */
const COMPANY_AFTER = /^\s*(?:Inc|Co|Corp|Corporation|Ltd|Plc|Group|Entertainment|Productions|Lines|Mines?|Resources|Industries|Holdings|Stores)\b/;
/** Offices a company has as well as a state or its bodies ("Pierre Peladeau, president of Quebecor Inc", "Thomas O'Malley, Chairman of Phibro Energy,"). */
const COMPANY_OFFICE = /^(?:vice[- ]president|president|chairman|managing director|director|head)$/i;
/**
 * A body of a state's government named in a phrase ("the council of economic advisers", "the Federal Energy Regulatory
 * Commission", "the People's Bank of China", "the Soviet delegation", "the lower house finance committee", "the House
 * committee"); lower case too, as Reuters writes some bodies (but a "council" only "of" something: not "VW's works
 * council", "the Belgrade trade unions council").
 * Not "Department", "Board", "Office" in lower case, which companies have too ("the company's research department").
 */
const GOVERNMENT_BODY = /\b(?:[Mm]inistry|Department|Council|council of|[Cc]ommission|Agency|Authority|Bureau|Administration|[Pp]arliament(?:ary)?|[Cc]ongress(?:ional)?|[Ss]enate|[Aa]ssembly|[Cc]abinet|[Gg]overnment|Treasury|Customs|Secretariat|[Ee]mbassy|[Dd]elegation|[Mm]ission|[Cc]entral [Bb]ank|(?:Federal )?Reserve|People['’]s Bank|(?:House|Senate|[Ll]ower [Hh]ouse|[Uu]pper [Hh]ouse)\s+(?:[\w-]+\s+){0,4}?(?:[Ss]ub)?(?:[Cc]ommittee|[Pp]anel))\b/;
/**
 * Whether the body after a company's office in an apposition ("<Name>, chairman| of X,") is a state's or one of states:
 * a ministry or a parliament's committee (GOV_BODY_AFTER), an organisation the gazetteer knows (not a news agency), a
 * state by name with nothing after it or one of its bodies ("president of Mexico", "vice-president of the West German
 * central bank"), or any phrase naming a body of government (GOVERNMENT_BODY: "Beryl Sprinkel, chairman of the council
 * of economic advisers", "Chen Muhua, president of the People's Bank of China"), unless a company's word is in it ("Japan
 * Credit Rating Agency Ltd", "Federal Home Loan Bank of Dallas": a bank no state's). Anything else is a company's or a
 * business group's ("chairman of Austria's Creditanstalt-Bankverein", "president of Quebecor Inc", "chairman and chief
 * executive officer of Union Camp").
 */
function stateBody(text: string, afterTitle: number, byStart: Map<number, number>, covered: Map<number, Mention>): boolean {
  if (GOV_BODY_AFTER.test(text.slice(afterTitle, afterTitle + 90))) return true;
  const of = /^[^\S\n]+(?:of|at|for|in)[^\S\n]+(?:the[^\S\n]+)?/.exec(text.slice(afterTitle, afterTitle + 12));
  if (!of) return false;
  const from = afterTitle + of[0].length;
  // the body's name: up to a comma, a full stop, a bracket or a verb ("… of the Bundesbank, said", "… of Mexico said")
  const first = covered.get(byStart.get(from) ?? -1);
  // (read on from a state's name, whose own full stops end nothing: "the U.S. beet sugar association")
  const phraseFrom = first?.kind === 'country' && first.start === from ? first.end : from;
  const phrase = text.slice(from, phraseFrom) + /^(?:[^,;:()"“”\n.]|\.(?!\s))*?(?=[,;:()"“”\n]|\.(?:\s|$)|\s+(?:said|says|told|who|which|is|was|has|had|will|would)\b|$)/.exec(text.slice(phraseFrom, phraseFrom + 90))![0];
  if (first?.kind === 'org' && first.start === from) return ORGS.get(first.id)?.kind !== 'media';
  const words = phrase.split(/\s+/);
  // (a "National Bank" is a state's only as the phrase's first words or after its state: not "Exchange National Bank of Chicago")
  const bank = STATE_BANK.exec(phrase);
  const ownBank = bank !== null && (!/^National/.test(bank[0]) || bank.index === 0 || first?.kind === 'country');
  if (words.some((w, k) => k > 0 && COMPANY_AFTER.test(w)) || (/\bBank\b/.test(phrase) && !ownBank)) return false;
  if (first?.kind === 'country' && first.start === from) {
    const rest = phrase.slice(first.end - from).replace(/^['’]s\b/, '');
    if (rest.trim() === '') return first.form !== 'demonym';
  }
  return ownBank || GOVERNMENT_BODY.test(phrase);
}
const PARTICLES = new Set(['de', 'von', 'van', 'der', 'den', 'al', 'bin', 'ibn', 'la', 'le', 'du', 'da', 'di', 'dos', 'del', 'arap']);

/** Whether two first names are the same name spelt another way ("Mikhael" / "Mikhail"): same initial, at most two edits. */
function sameFirstName(a: string, b: string): boolean {
  if (a[0] !== b[0]) return false;
  if (withinOneEdit(a, b)) return true;
  for (let k = 1; k < a.length; k++) if (withinOneEdit(a.slice(0, k) + a.slice(k + 1), b) || withinOneEdit(a.slice(0, k) + b[k] + a.slice(k + 1), b)) return true;
  return false;
}

/**
 * A word right before "President" that makes him the head of a body rather than of a state: a capitalised word that is
 * no state's name ("Stock Exchange President Ramdas Dalal", "BNL president Nerio Nesi", "Brazilian Coffee Institute
 * president Jorio Dauster", "CME President William Brodsky") or a body's noun ("council president Darwin E. Stolte",
 * "union president Bob White"), or its acronym in brackets ("Brazilian Coffee Institute (IBC) president"). Not a state
 * ("French President", "U.S. President"), nor a word that opens the sentence or ranks the office ("But President
 * Reagan", "former President Carter").
 */
const BODY_BEFORE_PRESIDENT = /(?:(?<![\p{L}'’.&-])(?!(?:But|And|Then|When|While|If|As|So|Yet|Former|Late|Vice|Deputy|Acting|Interim|Outgoing|Incoming|New|Mr|The|A|An|Its|His|Her|Their|Our|Said|Says|Told|Asked|Since|After|Before|Under|With|By|For|From|To|Of|On|At|In|That|This|Both|Today|Yesterday|Meanwhile|However|Also|Earlier|Later)[^\S\n])\p{Lu}[\p{L}'’&-]*|\(\p{Lu}[\p{L}.&-]*\)|\b(?:council|exchange|union|association|institute|bank|company|federation|chamber|party|league|club|group|board|commission|committee|corporation|firm|agency|bourse|fund|foundation|society|university|institution|industry|industries)['’]?s?)[^\S\n]+$/u;
function bodyHeadBefore(text: string, titleStart: number, covered: Map<number, Mention>): boolean {
  const before = BODY_BEFORE_PRESIDENT.exec(text.slice(Math.max(0, titleStart - 40), titleStart));
  if (!before) return false;
  // (a state's name or demonym right before: "Venezuelan President Jaime Lusinchi", "Mexico's President")
  const wordEnd = titleStart - (before[0].length - before[0].trimEnd().length);
  return ![...covered.values()].some((m) => (m.kind === 'country' || m.kind === 'place') && (m.end === wordEnd || m.end === wordEnd - 2));
}

/** Offices of a legislature ("Senator", "Rep.", "Congressman", "Senate Majority Leader", "House Speaker"). */
const LEGISLATOR_TITLE = /\b(?:senator|sen\.|rep\.|^representative$|congress(?:wo)?man|member of congress)|^(?:senate|house)\b/i;
/** Roles from an office title (the data file's roles win for known leaders). */
export function roleOf(title: string, ofOrg: boolean): string {
  const t = title.toLowerCase();
  if (/spokes|press secretary/.test(t)) return 'spokesperson';
  if (/advis|aide/.test(t)) return 'adviser';
  if (LEGISLATOR_TITLE.test(t)) return 'legislator';
  if (/ambassador|envoy|delegate|negotiator/.test(t)) return 'envoy';
  if (ofOrg) return 'official';
  // (a ministry's State Secretary is its senior civil servant: "Finance Ministry State Secretary Hans Tietmeyer")
  if (/deputy|vice|assistant|junior|under-?secretary|permanent secretary|state secretary/.test(t)) return 'official';
  if (/prime minister|premier|^chancellor$/.test(t)) return 'head_of_government';
  if (/^(president|king|queen|emperor|emir|leader|head of state|state president|supreme leader|general secretary|party leader|crown prince)$/.test(t)) return 'head_of_state';
  if (/minister|secretary|trade representative/.test(t)) return 'minister';
  return 'official';
}

function titleCase(s: string): string {
  return s.replace(/(?<![\w'’])([a-z])([a-z]*)/g, (_m, a: string, b: string) => (['of', 'the', 'and', 'for', 'to'].includes(a + b) ? a + b : a.toUpperCase() + b));
}

/**
 * A name's part elided with an apostrophe at token j, which the tokenizer splits in three ("N", "'", "Diaye"): "Babacar
 * N'Diaye", "Alfonse D'Amato", "Thomas O’Malley", "Valery Giscard d'Estaing" (a capital letter, or d' and l' inside a
 * name), written with no space. The part as one token, or null.
 */
function elidedAt(tokens: Token[], j: number, inside: boolean): Token | null {
  const [t, apo, rest] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!t || !apo || !rest || !/^['’]$/.test(apo.text) || apo.start !== t.end || rest.start !== apo.end || !/^\p{Lu}\p{Ll}/u.test(rest.text)) return null;
  if (!/^[DLNO]$/.test(t.text) && !(inside && /^[dl]$/.test(t.text))) return null;
  return { text: `${t.text}${apo.text}${rest.text}`, start: t.start, end: rest.end };
}

/** The part at token j joined with an apostrophe and lower-case letters after it ("Rifa" "'" "i"), or null. */
function innerApostrophe(tokens: Token[], j: number): Token | null {
  const [t, apo, rest] = [tokens[j]!, tokens[j + 1], tokens[j + 2]];
  if (!apo || !rest || !/^['’]$/.test(apo.text) || apo.start !== t.end || rest.start !== apo.end || !/^\p{Ll}+$/u.test(rest.text) || /^(?:s|t|ll|re|ve|d|m)$/.test(rest.text)) return null;
  return { text: `${t.text}${apo.text}${rest.text}`, start: t.start, end: rest.end };
}

/**
 * Whether the month's abbreviation at token j is a given name: "Jan" before a capitalised surname ("SPD farm policy
 * spokesman Jan Oostergetelo", "Jan Carlzon"), not before a day ("Jan Four") or another stop word.
 */
function givenName(tokens: Token[], j: number): boolean {
  const [t, next] = [tokens[j]!, tokens[j + 1]];
  return t.text === 'Jan' && next !== undefined && next.start === t.end + 1 && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !STOP_NAME.has(next.text) && !NUMBER_WORD.test(next.text);
}
const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|First|Second|Third)/;

/** The capitalised name at token i (1–4 tokens, initials and particles inside), or null. */
function nameAt(tokens: Token[], i: number, covered: Map<number, Mention>): { end: number; text: string; tokEnd: number } | null {
  const parts: Token[] = [];
  /** The token after each part (an initial, an elided part take more than one token). */
  const ends: number[] = [];
  let j = i;
  while (j < tokens.length && parts.length < 5) {
    const t = tokens[j]!;
    if (parts.length > 0 && t.start > parts[parts.length - 1]!.end + 1) break;
    // (… and "St." inside a name: "Fernand St. Germain", not "Fernand St")
    if ((/^\p{Lu}$/u.test(t.text) || (parts.length > 0 && /^Ste?$/.test(t.text) && tokens[j + 2] && isCapitalized(tokens[j + 2]!.text))) && tokens[j + 1]?.text === '.') {
      parts.push({ text: `${t.text}.`, start: t.start, end: tokens[j + 1]!.end });
      j += 2;
      ends.push(j);
      continue;
    }
    const elided = covered.get(j + 2)?.kind === 'country' ? null : elidedAt(tokens, j, parts.length > 0);
    if (elided) {
      parts.push(elided);
      j += 3;
      ends.push(j);
      continue;
    }
    // "Suliman Majed al-Shaheen", "Saad al-Abdulla al-Sabah": an Arabic particle joined by a hyphen is one token.
    if (parts.length > 0 && /^(?:al|el|bin|ibn|abu|abdel)-\p{Lu}/u.test(t.text)) {
      const glottal = innerApostrophe(tokens, j);
      parts.push(glottal ?? t);
      j += glottal ? 3 : 1;
      ends.push(j);
      continue;
    }
    if (parts.length > 0 && PARTICLES.has(t.text) && tokens[j + 1] && isCapitalized(tokens[j + 1]!.text)) {
      parts.push(t);
      j++;
      ends.push(j);
      continue;
    }
    // (two particles in a row: "Jorge de la Vega", "Kika de la Garza", "Hans van den Broek")
    if (parts.length > 0 && PARTICLES.has(t.text) && PARTICLES.has(tokens[j + 1]?.text ?? '') && tokens[j + 2] && isCapitalized(tokens[j + 2]!.text) && tokens[j + 2]!.start === tokens[j + 1]!.end + 1) {
      parts.push(t, tokens[j + 1]!);
      j += 2;
      ends.push(j - 1, j);
      continue;
    }
    if (!isCapitalized(t.text) || !/^\p{L}/u.test(t.text) || (STOP_NAME.has(t.text) && !(parts.length === 0 && givenName(tokens, j)))) break;
    // "oil minister Sheikh Ali al-Khalifa al-Sabah": the honorific is no part of the name (ali-al-khalifa-al-sabah).
    // (… and so are military ranks: "Lieutenant General Vernon Walters" is vernon-walters, and a knighthood: "ICCO vice
    // chairman Sir Denis Henry" is denis-henry, as the gold has him)
    if (parts.length === 0 && (/^(?:Sheikh?|Sir)$/.test(t.text) || (RANK_IN_NAME.test(t.text) && !covered.has(j))) && tokens[j + 1] && isCapitalized(tokens[j + 1]!.text)) {
      j++;
      continue;
    }
    const m = covered.get(j);
    if (m && m.kind !== 'leader') break;
    if (m && m.kind === 'leader' && parts.length === 0) return null;
    // a known full name starts here: the capitalised words before it are an office's ("Chancellor of the Exchequer Nigel
    // Lawson" is no "Exchequer Nigel Lawson")
    if (m && m.kind === 'leader' && m.tokStart === j && m.tokEnd - m.tokStart >= 2) break;
    // "Zaid al-Rifa'i", "Nyang'anyi": an apostrophe before lower-case letters inside a part (an Arabic or Swahili
    // glottal stop, not an English "'s" or "'t"), which the tokenizer splits in three
    const glottal = innerApostrophe(tokens, j);
    parts.push(glottal ?? t);
    j += glottal ? 3 : 1;
    ends.push(j);
  }
  while (parts.length > 0 && (PARTICLES.has(parts[parts.length - 1]!.text) || /\.$/.test(parts[parts.length - 1]!.text))) {
    parts.pop();
    ends.pop();
  }
  if (parts.length === 0 || (parts.length === 1 && parts[0]!.text.length < 2)) return null;
  return { end: parts[parts.length - 1]!.end, text: parts.map((p) => p.text).join(' '), tokEnd: ends[ends.length - 1]! };
}

/**
 * The token index of an envoy's name after his post: "to China Octavio Valerio", "to Kuwait, Ernest Zverev,"
 * (a state, capital or place, then a full name, set off by commas when a comma comes before it), or null.
 */
function postedName(text: string, tokens: Token[], byStart: Map<number, number>, covered: Map<number, Mention>, titleEnd: number): number | null {
  const to = /^\s+(?:to|in|at)\s+(?:the\s+)?/i.exec(text.slice(titleEnd, titleEnd + 12));
  const pi = to ? byStart.get(titleEnd + to[0].length) : undefined;
  const post = pi === undefined ? undefined : covered.get(pi);
  if (!post || (post.kind !== 'country' && post.kind !== 'place')) return null;
  const gap = /^(,?)\s+/.exec(text.slice(post.end, post.end + 3));
  const ni = gap ? byStart.get(post.end + gap[0].length) : undefined;
  const name = ni === undefined ? null : nameAt(tokens, ni, covered);
  if (!name || !name.text.includes(' ')) return null;
  if (gap![1] && !/^\s*[,.;]/.test(text.slice(name.end, name.end + 2))) return null;
  return ni!;
}

/**
 * The last earlier mention of an office that named nobody, and what it acts for: "Britain's corporate affairs minister
 * left for Tokyo …" (Britain), "A spokesman for Yeutter said …" (Yeutter's state), so that "the minister, Michael
 * Howard," and "The spokesman, Gary Holmes," later are those people, of those states. Null when that mention names its
 * holder ("minister Michael Howard") or no state, or when the office is not mentioned before.
 */
function unnamedOffice(text: string, pos: number, title: string, byEnd: Map<number, Mention>, byStart: Map<number, number>, covered: Map<number, Mention>, leaders: Map<string, LeaderInfo>): { represents: NonNullable<LeaderInfo['represents']>; start: number; end: number } | null {
  const lowerText = text.toLowerCase();
  let at = lowerText.lastIndexOf(title, pos - title.length - 5);
  // whole words only ("minister", not "ministers" nor "administer")
  while (at >= 0 && ((at > 0 && /\p{L}/u.test(text[at - 1]!)) || /\p{L}/u.test(text[at + title.length] ?? ''))) at = at > 0 ? lowerText.lastIndexOf(title, at - 1) : -1;
  if (at < 0) return null;
  const end = at + title.length;
  if (/^,?[^\S\n]+\p{Lu}/u.test(text.slice(end, end + 3))) return null;
  const office = officeWords(text, at, text.slice(at, end), byEnd);
  const state = office ? office.state : stateBefore(text, at, byEnd);
  const forM = /^[^\S\n]+(?:for|of)[^\S\n]+(?:the[^\S\n]+)?/i.exec(text.slice(end, end + 14));
  const fi = forM ? byStart.get(end + forM[0].length) : undefined;
  const of = state ?? (fi === undefined ? undefined : covered.get(fi));
  const represents = !of ? null : of.kind === 'country' ? { label: 'Country' as const, key: of.id } : of.kind === 'org' ? { label: 'Organization' as const, key: of.id } : of.kind === 'leader' ? leaders.get(of.id)?.represents ?? null : null;
  return represents ? { represents, start: office?.start ?? at, end } : null;
}

/**
 * The people after a plural title: two or more names joined by commas and a last "and" ("EC Commissioners Willy de
 * Clercq and Frans Andriessen", "Vice-Premiers Li Peng and Tian Jiyun"), each token index with the state it holds the
 * office of when the title names states in the same order ("the finance ministers of Japan and West Germany, Kiichi
 * Miyazawa and Gerhard Stoltenberg"). Null when fewer than two names follow ("EC farm ministers Britain and France"
 * is no list of names: a state is no name), when the last is not joined by "and", or when states and names differ in
 * number.
 */
function pluralNames(text: string, tokens: Token[], byStart: Map<number, number>, covered: Map<number, Mention>, from: number): { ti: number; state: Mention | undefined }[] | null {
  /** The mention or name at a text position and where it ends, or null. */
  const itemAt = (pos: number, kinds: readonly string[]): { ti: number; end: number; m: Mention | undefined } | null => {
    const ti = byStart.get(pos);
    if (ti === undefined) return null;
    const m = covered.get(ti);
    if (m) return kinds.includes(m.kind) && m.tokStart === ti ? { ti, end: m.end, m } : null;
    if (!kinds.includes('leader')) return null;
    const name = nameAt(tokens, ti, covered);
    return name && name.text.includes(' ') ? { ti, end: name.end, m: undefined } : null;
  };
  /** Items joined by ", " and a last " and " from `pos`, and where the list ends. */
  const list = (pos: number, kinds: readonly string[]): { items: NonNullable<ReturnType<typeof itemAt>>[]; end: number } | null => {
    const items = [];
    let joinedByAnd = false;
    for (let at = pos; ; ) {
      const item = itemAt(at, kinds);
      if (!item) return null;
      items.push(item);
      const join = /^(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)(?:the[^\S\n]+)?/.exec(text.slice(item.end, item.end + 10));
      const next = join ? itemAt(item.end + join[0].length, kinds) : null;
      if (!join || !next) {
        return items.length >= 2 && joinedByAnd ? { items, end: item.end } : null;
      }
      joinedByAnd = /\band\b/.test(join[0]);
      at = item.end + join[0].length;
    }
  };
  const of = /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?/.exec(text.slice(from, from + 12));
  let at = from + 1;
  let states: Mention[] | null = null;
  if (of) {
    const st = list(from + of[0].length, ['country', 'org']);
    const comma = st ? /^,[^\S\n]+/.exec(text.slice(st.end, st.end + 3)) : null;
    if (!st || !comma) return null;
    states = st.items.map((x) => x.m!);
    at = st.end + comma[0].length;
  }
  const names = list(at, ['leader']);
  if (!names || (states && states.length !== names.items.length)) return null;
  return names.items.map((x, k) => ({ ti: x.ti, state: states?.[k] }));
}

/**
 * The field of an office spelt out after its title, then the holder's full name: "Minister for Trade Negotiations Michael
 * Duffy", "Secretary of Trade and Industry Jose Concepcion", "Under-Secretary of State for Economic Affairs Allen Wallis",
 * "Governor of the Bank of England Robin Leigh-Pemberton", "Ambassador to GATT Michael Samuels", "Minister of State for
 * Foreign Affairs, Boutros Boutros Ghali,". The field is title-case words joined by of/for/to/the/and and must end in a
 * portfolio word or a state or organisation; where it ends is where the name (two or three words, then a small word or
 * a stop) starts. Only after a capitalised office of a government (not "Chairman of …", "Director of Economic Studies"),
 * and only when a field follows ("of", "for", "to", or a title that already holds one). Returns the name's token index,
 * the field's words and the last state or organisation in it, or null.
 */
function fieldThenName(text: string, tokens: Token[], byStart: Map<number, number>, covered: Map<number, Mention>, rawTitle: string, titleEnd: number): { ti: number; field: string; state: Mention | undefined } | null {
  if (!OFFICE_WITH_FIELD.test(rawTitle)) return null;
  const first = byStart.get(titleEnd + 1);
  if (first === undefined) return null;
  let i: number = first;
  // (a field the title began goes on only with field words: "Minister for Trade| Negotiations", "Minister of
  // International| Trade and Industry"; not "Secretary of State| George Shultz and Undersecretary of State …")
  if (!/^(?:of|for|to)$/.test(tokens[i]!.text) && !(/\s(?:of|for)\s/i.test(rawTitle) && FIELD_END.test(tokens[i]!.text))) return null;
  const from = i;
  let state: Mention | undefined;
  for (let n = 0; n < 12 && i < tokens.length; n++) {
    const t = tokens[i]!;
    if (i > from && t.start !== tokens[i - 1]!.end + 1) return null;
    const m = covered.get(i);
    let end: number = i + 1;
    let split = false;
    if (m && (m.kind === 'country' || m.kind === 'org') && m.tokStart === i) {
      state = m;
      end = m.tokEnd;
      // (a demonym goes on: "of the Bolivian Miners Federation")
      split = m.form !== 'demonym';
    } else if (/^(?:of|for|to|the|and)$/.test(t.text)) {
      // a connector joins two field words
    } else if (isCapitalized(t.text) && /^\p{L}/u.test(t.text) && (!m || m.kind === 'place') && !TITLE_AT.test(t.text)) {
      split = FIELD_END.test(t.text);
    } else return null;
    if (split) {
      const comma = tokens[end]?.text === ',' ? 1 : 0;
      const nameTok = end + comma;
      const name = nameTok < tokens.length && tokens[nameTok]!.start <= tokens[end - 1]!.end + 2 ? nameAt(tokens, nameTok, covered) : null;
      const field = text.slice(tokens[from]!.start, tokens[end - 1]!.end).replace(/\s+/g, ' ');
      // a known leader's name right after the field: "Minister of International Trade and Industry, Hajime Tamura,"
      const known = covered.get(nameTok);
      if (known && known.kind === 'leader' && known.tokStart === nameTok && (!comma || /^\s*[,.;]/.test(text.slice(known.end, known.end + 3)))) return { ti: nameTok, field, state };
      const words = name ? name.text.split(' ').length : 0;
      const after = name ? text.slice(name.end, name.end + 3) : '';
      // (set off by a comma, the name is closed by one too: "…, Boutros Boutros Ghali, said")
      if (name && words >= 2 && words <= 4 && !FIELD_END.test(tokens[nameTok]!.text) && !name.text.split(' ').some((w) => FIELD_BODY.test(w)) && (comma ? /^\s*[,.;]/.test(after) : /^(?:\s*[,.;:)]|\s+[a-z])/.test(after))) {
        return { ti: nameTok, field, state };
      }
    }
    i = end;
  }
  return null;
}
/** Offices of a government that may spell out their field ("Minister of State for …", "Governor of the Bank of …"). */
// (not a president's: "Vice President of Finance Joel Graff" is a company's)
const OFFICE_WITH_FIELD = /^(?:(?:Under|Deputy|Assistant|Vice)[- ]?)?(?:Minister|Secretary|(?<=Under-?)secretary|Governor|Ambassador|Chancellor|Commissioner|Envoy)(?: (?:of|for) .*)?$/;
/** Words that end an office's field: portfolios ("Trade Negotiations", "Economic Affairs", "Exchequer"), "State". */
const FIELD_END = /^(?:Affairs|State|Trade|Industry|Commerce|Negotiations|Exchequer|Finance|Economy|Economics|Planning|Development|Relations|Security|Policy|Cooperation|Co-operation|Justice|Defen[cs]e|Agriculture|Energy|Mines|Oil|Petroleum|Interior|Labou?r|Health|Education|Transport|Communications|Information|Treasury|Budget|Resources|Works|Housing|Tourism|Fisheries|Forestry|Environment|Culture|Telecommunications|Industries)$/;
/** Words that go on a body's name rather than start a person's ("… of the Federal Reserve Board …"). */
const FIELD_BODY = /^(?:Board|Bank|Committee|Council|Commission|Fund|Ministry|Department|Office|Union|Federation|Association|Authority|Agency|Institute|Party|Government|Assembly|Corp|Co|Inc|Division|Bureau|Organisation|Organization|Administration)$/;

/**
 * A legislative chamber and its parties right before a leader's or speaker's title ("Senate Republican leader", "House
 * Speaker"; "Senate majority leader Robert Byrd" in lower case too, session 15: 8 corpus hits found, all right).
 */
const CHAMBER_BEFORE = /(?<![\p{L}'’.-])(?:Senate|House)(?:[^\S\n]+(?:[Mm]ajority|[Mm]inority|Democratic|Republican))*[^\S\n]+$/u;

/**
 * Legislators told by their office, not by a party tag (congressMembers): a chamber's leader or speaker ("Senate Majority
 * Leader Robert Byrd", "House Speaker Jim Wright") takes the chamber into the title and is a legislator, not a head of
 * state; he, or a senator, representative or congressman, stands for the U.S. Congress in news from the United States
 * when the text names no state for him.
 */
function legislatureOffices(text: string, mentions: Mention[], leaders: Map<string, LeaderInfo>, datelineState: string | null): void {
  for (const l of leaders.values()) {
    if (LEADERS.has(l.id) || l.title === null) continue;
    const first = mentions.find((m) => m.id === l.id);
    if (!first) continue;
    const chamber = /^(?:leader|speaker|whip)$/i.test(l.title) ? CHAMBER_BEFORE.exec(text.slice(Math.max(0, first.start - 60), first.start).replace(/[^\S\n]*(?:leader|speaker|whip)[^\S\n]+$/i, ' ')) : null;
    if (chamber) l.title = titleCase(`${chamber[0].trim().replace(/\s+/g, ' ')} ${l.title}`);
    if (!chamber && !LEGISLATOR_TITLE.test(l.title)) continue;
    l.role = 'legislator';
    // (not another state's dateline: a U.S. senator is often quoted in Tokyo's news)
    if (l.represents === null && datelineState === 'US') l.represents = { label: 'Organization', key: US_CONGRESS };
  }
}

/**
 * A member of the U.S. Congress's party and state, written after the name as Reuters does: "Lloyd Bentsen, D-Texas,",
 * "Dan Glickman, D-Kans., chairman of …", "Sen. Robert Dole (R-Kan.)". Group 1 is the name (a full name, or the last words
 * of one after a title). Corpus: 56 such tags after a name.
 */
const NAME_PARTY = new RegExp(String.raw`(?<![\p{L}'’.-])(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\.)?(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2})(?:,[^\S\n]+|[^\S\n]*\()${PARTY_TAG}(?=[,.;)])`, 'gu');
/** The legislature of the states whose members Reuters tags with party and state (organizations.json). */
const US_CONGRESS = 'us-congress';

/**
 * Members of the U.S. Congress told by their party tag (NAME_PARTY): a leader found from a title before the name
 * ("Sen. Lloyd Bentsen, D-Texas,") or a name alone ("Dan Glickman, D-Kans., chairman of the House agriculture
 * subcommittee, said") represents Congress, whose members speak for no state's government but act in its politics
 * (graph-model: REPRESENTS → Organization, PART_OF → US). A leader of the data (a cabinet member once a senator) keeps
 * the data's office.
 */
function congressMembers(text: string, tokens: Token[], byStart: Map<number, number>, covered: Map<number, Mention>, leaders: Map<string, LeaderInfo>, mentions: Mention[]): void {
  NAME_PARTY.lastIndex = 0;
  let pm: RegExpExecArray | null;
  while ((pm = NAME_PARTY.exec(text)) !== null) {
    const end = pm.index + pm[1]!.length;
    const known = mentions.find((m) => m.end === end && m.kind === 'leader');
    if (known) {
      const info = leaders.get(known.id);
      if (!info || LEADERS.has(info.id) || (info.represents !== null && info.represents.key !== 'US')) continue;
      info.represents = { label: 'Organization', key: US_CONGRESS };
      info.title ??= 'Member of Congress';
      info.role = 'legislator';
      continue;
    }
    const ti = byStart.get(pm.index);
    if (ti === undefined || covered.has(ti)) continue;
    const name = nameAt(tokens, ti, covered);
    if (!name || name.text !== pm[1] || ORG_WORD.test(name.text)) continue;
    const id = slugify(name.text);
    if (leaders.has(id) || LEADERS.has(id)) continue;
    addFoundLeader(leaders, mentions, covered, { id, name: name.text, aliases: [], title: 'Member of Congress', role: 'legislator', represents: { label: 'Organization', key: US_CONGRESS }, since: null, until: null }, pm.index, ti, name);
  }
}

/**
 * A leader the data knows, named with an office of an international body the data does not give him ("Organisation
 * of African Unity Chairman Denis Sassou-Nguesso said", the president of Congo speaking as the OAU's chairman; "OPEC
 * President Rilwanu Lukman", Nigeria's oil minister): the article's office is the one he acts in (graph-model:
 * REPRESENTS carries the title of the office held), so the text's title and body replace the data's. Not a body of a
 * state ("Kremlin leader Gorbachev", "White House chief of staff Howard Baker" hold their data's office), nor a state
 * named before the title, which is more often another clause's ("a tour of Europe and Japan that he and finance
 * minister Dilson Funaro have just completed") than an office of that state. Corpus: 9 leaders in 9 stories, all right.
 */
function otherOffice(info: LeaderInfo, data: LeaderData, prefix: Mention, officeTitle: string): void {
  const org = prefix.kind === 'org' ? ORGS.get(prefix.id) : undefined;
  if (org?.kind !== 'international') return;
  if (org.country || data.positions.some((p) => p.of === org.id)) return;
  const title = titleCase(officeTitle);
  info.title = title;
  info.role = roleOf(title, true);
  info.represents = { label: 'Organization', key: org.id };
  info.since = null;
  info.until = null;
}

/** What bodyOffices and bodyAppositions read and add to. */
interface BodyContext {
  text: string;
  tokens: Token[];
  byStart: Map<number, number>;
  byEnd: Map<number, Mention>;
  covered: Map<number, Mention>;
  gaz: Mention[];
  leaders: Map<string, LeaderInfo>;
  mentions: Mention[];
  sentences: Sentence[];
  date: string;
  datelineState: string | null;
}
/**
 * Records a leader found from the text and his mention, from `start` (a title's or the name's start) to the end of the
 * name read at token `ti`, whose tokens it covers.
 */
function addFoundLeader(leaders: Map<string, LeaderInfo>, mentions: Mention[], covered: Map<number, Mention>, info: LeaderInfo, start: number, ti: number, name: { end: number; text: string; tokEnd: number }): void {
  leaders.set(info.id, info);
  const men: Mention = { kind: 'leader', id: info.id, start, end: name.end, tokStart: ti, tokEnd: name.tokEnd, text: name.text };
  mentions.push(men);
  for (let k = ti; k < name.tokEnd; k++) covered.set(k, men);
}
/**
 * Adds the official `name` (at token `ti`) of the body of government named at bodyStart..bodyEnd (`org` when it is one
 * body of the gazetteer, "Bundesbank"), with `office` as title. He acts for that body, else for the state named before or
 * in its words ("Soviet Planning", "White House Budget", a government's body standing for its state), else for the
 * dateline's state, as datelineOffices places a minister; not when the sentence names another state: "Cabinet chief
 * Bernard Prauge will lead the French delegation"). `agencyState`, when given, is the state whose agency the body is.
 */
function addBodyOfficial(ctx: BodyContext, name: { end: number; text: string; tokEnd: number }, ti: number, bodyStart: number, bodyEnd: number, org: ReturnType<typeof ORGS.get>, office: string, agencyState?: string): void {
  const { text, byEnd, covered, gaz, leaders, mentions, sentences, date, datelineState } = ctx;
  const id = slugify(name.text);
  if (leaders.has(id) || LEADERS.has(id)) return;
  const title = titleCase(office.replace(/\s+/g, ' '));
  const inner = gaz.find((m) => (m.kind === 'country' || (m.kind === 'org' && ORGS.get(m.id)?.kind === 'government')) && m.start >= bodyStart && m.end <= bodyEnd);
  const innerState = inner?.kind === 'org' ? orgCountry(ORGS.get(inner.id)!, date) : inner?.id;
  const state = org ? undefined : stateBefore(text, bodyStart, byEnd);
  let represents: LeaderInfo['represents'] = null;
  if (org) represents = { label: 'Organization', key: org.id };
  else if (agencyState) represents = { label: 'Country', key: agencyState };
  else if (state?.kind === 'country') represents = { label: 'Country', key: state.id };
  else if (state?.kind === 'org') represents = { label: 'Organization', key: state.id };
  else if (innerState) represents = { label: 'Country', key: innerState };
  const start = name.end - name.text.length;
  const [from, to] = sentenceBounds(sentences, text, start, name.end);
  const otherState = gaz.some((m) => m.kind === 'country' && m.id !== datelineState && m.start >= from && m.end <= to);
  if (!represents && datelineState !== null && aboutDatelineState(gaz, datelineState) && !otherState) represents = { label: 'Country', key: datelineState };
  addFoundLeader(leaders, mentions, covered, { id, name: name.text, aliases: [], title, role: roleOf(title, org !== undefined), represents, since: null, until: null }, start, ti, name);
}

/**
 * The head or a board member of a body of government, named by the body right before the office word (a shape news
 * uses for officials below a minister, where no title of TITLE_SRC stands): "Bundesbank board member Claus Koehler",
 * "Bundesbank council member Lothar Mueller" (a body the gazetteer knows, of a state or of states, not a news agency),
 * "Federal Aviation Administration chief Donald Engen", "Office of Management and Budget chief James Miller", "Soviet
 * Planning chief Nikolai Talyzin" (capitalised words ending in a noun of government, BODY_NOUN). Not a company's
 * ("Heineken board member Hans Coebergh", "Finnair chief Gunnar Korhonen": no body of government) nor a party's
 * ("Communist Party chief Hu Yaobang"). Group 1 is the office word.
 */
const BODY_OFFICE = /(?<![\p{L}'’.-])(chief|(?:board|council|directorate) member)[^\S\n]+(?=\p{Lu})/gu;
/** Nouns that end the name of a body of government before "chief" ("Defence Agency", "Budget", "Planning"). */
const BODY_NOUN = /(?<![\p{L}'’.-])(?:(?:\p{Lu}[\p{L}-]*|of|and|for)[^\S\n]+){0,5}?(?:Agency|Administration|Office|Commission|Bureau|Ministry|Department|Authority|Cabinet|Planning|Budget|Customs|Treasury)[^\S\n]+$/u;
function bodyOffices(ctx: BodyContext): void {
  const { text, byEnd, gaz } = ctx;
  for (const { m: om, ti, name } of namesAfter(ctx, BODY_OFFICE)) {
    const before = text.slice(Math.max(0, om.index - 80), om.index);
    const known = byEnd.get(om.index - 1);
    const org = known?.kind === 'org' ? ORGS.get(known.id) : undefined;
    const words = org ? null : BODY_NOUN.exec(before);
    if (!(org && org.kind !== 'media') && !(words && !/\bNews\b/.test(words[0]))) continue;
    // (a board member sits on a body the gazetteer knows; "Management board member Hans Baur" is a company's)
    if (!org && om[1] !== 'chief') continue;
    // (the run of capitalised words stops after a leader named before it: "Treasury Secretary James Baker and Office of
    // Management and Budget chief James Miller")
    let bodyStart = org ? known!.start : om.index - words![0].length;
    const prior = gaz.filter((m) => m.kind === 'leader' && m.end > bodyStart && m.end < om!.index).at(-1);
    if (prior) bodyStart = prior.end;
    bodyStart += /^[^\S\n]*(?:(?:and|of|for)[^\S\n]+)*/.exec(text.slice(bodyStart, om.index))![0].length;
    if (!/^\p{Lu}/u.test(text.slice(bodyStart, om.index))) continue;
    addBodyOfficial(ctx, name, ti, bodyStart, om.index, org, `${text.slice(bodyStart, om.index).trim()} ${om[1]!}`);
  }
}

/**
 * An officer of a body the gazetteer knows (of a state or of states, not a news agency nor a party), named by the body
 * and a lower-case office right before the name, where no title of TITLE_SRC reads (a word stands between the body and
 * the office, or the office is none of them): "IFC chief executive William Ryrie", "ICCO executive director Kobena
 * Erbynn", "IEA executive director Helga Steeg", "ISO officer in charge Constantin Politoff", "White House budget chief
 * James Miller", "White House counsel Peter Wallison", "ADB chief economist Kedar Nath Kohli". Group 1 is the office.
 * The body's acronym may follow it in brackets ("International Natural Rubber Organisation (INRO) buffer stock manager").
 */
const ORG_OFFICE = /^(?:['’]s)?(?:[^\S\n]+\([A-Z]{2,6}\))?[^\S\n]+((?:(?!(?:and|or|to|in|of|for|with|by|on|at|from|that|as|is|was|has|had|will|would|said|says|the|a|an|new|former)[^\S\n])[a-z][a-z-]*[^\S\n]+){0,3}?(?:chief|director|executive|manager|counsel|economist|officer in charge|representative|treasurer|member|spokes(?:man|woman|person)))[^\S\n]+(?=\p{Lu})/u;
function orgOffices(ctx: BodyContext): void {
  const { text, tokens, byStart, covered, gaz } = ctx;
  for (const known of gaz) {
    const org = known.kind === 'org' ? ORGS.get(known.id) : undefined;
    if (!org || (org.kind !== 'government' && org.kind !== 'international')) continue;
    const om = ORG_OFFICE.exec(text.slice(known.end, known.end + 80));
    if (!om) continue;
    const ti = byStart.get(known.end + om[0].length);
    if (ti === undefined || covered.has(ti)) continue;
    const name = nameAt(tokens, ti, covered);
    if (!name || !name.text.includes(' ') || ORG_WORD.test(name.text) || COMPANY_AFTER.test(text.slice(name.end))) continue;
    // ("Pakistan's acting U.N. representative Aneesuddin Ahmed": a state's envoy to the body, taken by its state)
    const lead = /(?:['’]s)?(?:[^\S\n]+[a-z]+){0,2}[^\S\n]+$/.exec(text.slice(Math.max(0, known.start - 30), known.start));
    const state = lead ? ctx.byEnd.get(known.start - lead[0].length) : undefined;
    addBodyOfficial(ctx, name, ti, known.start, known.end, state?.kind === 'country' ? undefined : org, `${text.slice(known.start, known.end)} ${om[1]!}`, state?.kind === 'country' ? state.id : undefined);
  }
}

/**
 * An official named with his body of government in apposition, where no title of TITLE_SRC opens it: "Istvan Nagy, a
 * senior Finance Ministry official responsible for …", "Hans Tietmeyer, the current Finance Ministry State Secretary",
 * "Taizo Watanabe, a Foreign Ministry spokesman,", "Hubertus Schoen, the Cartel Office's spokesman". The body is one of
 * the gazetteer ("a Pentagon spokesman") or capitalised words ending in a noun of government (BODY_WORD_END); not a
 * company's ("John Lord, a Mobil Corp spokesman", "an Air Canada spokesman") nor a news agency's. Groups: name, body,
 * office.
 */
const BODY_APPOSITION = new RegExp(String.raw`(${APPOSED_NAME}), (?:(?:a|an|the) )?(?:(?:senior|top|current|deputy|chief|acting) )?((?:\p{Lu}[\p{L}.&-]*(?:['’]s)? (?:(?:of|and|for) )?){1,5})(official|spokes(?:man|woman|person)|State Secretary|Permanent Secretary)\b`, 'gu');
/** Words of a treaty's or a body's name before such an apposition ("International Tin Agreement, an EC spokesman"). */
const NOT_PERSON = /\b(?:Agreement|Accord|Pact|Treaty|International|Community|Organi[sz]ation|Fund)\b/;
/**
 * A noun of government ending a body's name ("Finance Ministry", "Cartel Office", "Economic Planning Agency"); not
 * "Department", which U.S. states' bodies share ("Michelle McLawhorn, Florida Department spokeswoman"; the federal ones
 * are the gazetteer's, "State Department", "Defense Department"), nor "Administration" ("Reagan administration").
 */
const BODY_WORD_END = /(?<![\p{L}'’.-])(?:Agency|Office|Commission|Bureau|Ministry|Authority|Cabinet|Customs|Treasury)$/u;
/**
 * The persons an apposition pattern names (`re`, its first group the name: "Hans Tietmeyer, the current …"): each match
 * whose name, read from its first token, is that group, not already covered, and no body's or thing's name.
 */
function* appositionNames(ctx: BodyContext, re: RegExp): Generator<{ m: RegExpExecArray; ti: number; name: NonNullable<ReturnType<typeof nameAt>> }> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    const ti = ctx.byStart.get(m.index);
    if (ti === undefined || ctx.covered.has(ti)) continue;
    const name = nameAt(ctx.tokens, ti, ctx.covered);
    if (name && name.text === m[1] && !ORG_WORD.test(name.text) && !NOT_PERSON.test(name.text)) yield { m, ti, name };
  }
}
/**
 * The persons an office pattern names right after each match (`re`, global: "… chairman Arsenio Yulo", "led by senior
 * economist Katrine Saito"): a full name of two words or more, read from the token the match ends before, not already
 * covered, no body's name and not a company's ("… Corp"), with the match.
 */
function* namesAfter(ctx: BodyContext, re: RegExp): Generator<{ m: RegExpExecArray; ti: number; name: NonNullable<ReturnType<typeof nameAt>> }> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    const ti = ctx.byStart.get(m.index + m[0].length);
    if (ti === undefined || ctx.covered.has(ti)) continue;
    const name = nameAt(ctx.tokens, ti, ctx.covered);
    if (name && name.text.includes(' ') && !ORG_WORD.test(name.text) && !COMPANY_AFTER.test(ctx.text.slice(name.end))) yield { m, ti, name };
  }
}
function bodyAppositions(ctx: BodyContext): void {
  const { byEnd } = ctx;
  for (const { m: pm, ti, name } of appositionNames(ctx, BODY_APPOSITION)) {
    const bodyStart = pm.index + pm[0].length - pm[3]!.length - pm[2]!.length;
    const bodyText = pm[2]!.trim().replace(/['’]s$/, '');
    const bodyEnd = bodyStart + bodyText.length;
    const known = byEnd.get(bodyEnd);
    const org = known?.kind === 'org' && known.start === bodyStart ? ORGS.get(known.id) : undefined;
    const bodyOk = org ? org.kind === 'government' || org.kind === 'international' : BODY_WORD_END.test(bodyText) && !/\b(?:News|Corp|Inc|Co|Ltd)\b/.test(bodyText);
    // (not a party's, "Roy Hattersley, the Labour Party's Treasury spokesman", nor a province's or a U.S. state's,
    // "Michelle McLawhorn, a Florida Insurance Department spokeswoman")
    if (!bodyOk || /\bParty\b/.test(bodyText) || ctx.gaz.some((m) => m.kind === 'place' && m.start >= bodyStart && m.end <= bodyEnd)) continue;
    addBodyOfficial(ctx, name, ti, bodyStart, bodyEnd, org, `${bodyText} ${pm[3]!}`);
  }
}

/**
 * "Thomas Kay, administrator of USDA's Foreign Agricultural Service,", "Juergen Becker, director of the Bundesbank's
 * division of banking law …,", "Liu Hongru, deputy governor of the People's Bank of China,", "Donald Houston,
 * administrator of the U.S. Agriculture Department's Food Safety and Inspection Service,": an official named with an
 * office (no title of TITLE_SRC need open it, and a company's offices — director, economist — are taken only here; an
 * "official" or a spokesman is qualifiedBodyOffice's and bodyAppositions') in a body of government set off by commas: a body of a state or of states the gazetteer knows (AGENCY_BODY_ORG), a
 * state's agency told by its acronym (STATE_AGENCY), a state's central bank, or a state's capitalised department.
 * Groups: name, office.
 */
const AGENCY_APPOSITION = new RegExp(String.raw`(${APPOSED_NAME}), (?:(?:a|an|the) )?(?:(?:then|former) )?((?:[a-z-]+ ){0,3}?(?:administrator|director(?:[- ]general)?|governor|head|chief|commissioner|chairman|president|economist|advis[eo]r|representative|negotiator|secretary|minister|(?<=chief )executive|manager|treasurer|member)) (?:of|at|for|in|with) (?:the )?`, 'gu');
/** Agencies of the U.S. government told by their acronym in Reuters' news (the gazetteer knows none of them). */
const STATE_AGENCY = /^(?:USDA|SEC|GAO|FDA|EPA|CIA|FBI|ASCS|FAS|CCC|OMB|USTR|IRS|ITC|CFTC|FSIS|NRC|FCC|FTC)\b/;
/** A state's bank of issue, the state named after it ("People's Bank of China", "Central Bank of Barbados"). */
const STATE_BANK_OF = /^(?:People['’]s|Central|National|Reserve|State) Bank of /;
/**
 * A state's department after its name: "U.S. Agriculture Department", "Japan's Economic Planning Agency", "Canada's energy
 * department" (a noun of government ends it; not "the Japanese steel industry's liaison office", a company's or a
 * trade body's).
 */
const STATE_DEPARTMENT = /^(?:['’]s )?(?:(?:\p{Lu}[\p{L}-]*|(?!(?:company|firm|group|unit|subsidiary|industry|industries|bank|association|union|party)\b)[a-z]+) ){0,5}?(?:[Dd]epartment|[Mm]inistry|Agency|Service|Office|Administration|Bureau|Commission|Joint Chiefs of Staff|General Staff|Authority|(?:National|Central|Reserve|People['’]s) Bank)\b/u;
/** The rest of an apposition after its body: the body's unit ("'s Moroccan division"), then a comma, a full stop or a verb of saying. */
const AGENCY_END = /^(?:['’]s[^,.;()"“”\n]{1,90}?)?(?:\s*\([A-Z][\w.&-]*\))?(?:[,.;]|\s+(?:said|says|told)\b)/;
function agencyAppositions(ctx: BodyContext): void {
  const { text } = ctx;
  for (const { m: am, ti, name } of appositionNames(ctx, AGENCY_APPOSITION)) {
    if (!name.text.includes(' ')) continue;
    const bodyStart = am.index + am[0].length;
    let body = agencyAt(ctx, bodyStart);
    // (a body of the body the gazetteer knows too: "the World Bank's International Finance Corp" is the IFC)
    const own = body?.org ? /^['’]s[^\S\n]+/.exec(text.slice(body.end, body.end + 4)) : null;
    const inner = own ? agencyAt(ctx, body!.end + own[0].length) : null;
    if (inner?.org) body = inner;
    if (!body || !AGENCY_END.test(text.slice(body.end, body.end + 100))) continue;
    addBodyOfficial(ctx, name, ti, bodyStart, body.end, body.org, `${am[2]!} of ${text.slice(bodyStart, body.end)}`, body.state);
  }
}
/** The body of government at `at` (see agencyAppositions): where its name ends, its organisation or its state; else null. */
function agencyAt(ctx: BodyContext, at: number): { end: number; org?: ReturnType<typeof ORGS.get>; state?: string } | null {
  const { text, byStart, covered } = ctx;
  const head = text.slice(at, at + 120);
  const acronym = STATE_AGENCY.exec(head);
  if (acronym) return { end: at + acronym[0].length, state: 'US' };
  const first = covered.get(byStart.get(at) ?? -1);
  const bank = STATE_BANK_OF.exec(head);
  const bankState = bank ? covered.get(byStart.get(at + bank[0].length) ?? -1) : undefined;
  if (bank && bankState?.kind === 'country' && bankState.start === at + bank[0].length) return { end: bankState.end, state: bankState.id };
  // ("Yurij V. Ponomarev, international managing director of the State Bank,", "Peter Kluser, head of the National Bank's
  // legal department,": the story's state's bank, named alone; its state is addBodyOfficial's)
  const lone = /^(?:State|Central|National|Reserve) Bank\b(?![^\S\n]+of\b)/.exec(head);
  if (lone && /\bthe[^\S\n]+$/.test(text.slice(Math.max(0, at - 4), at))) return { end: at + lone[0].length };
  const own = governmentBodyAt(text, at);
  if (own) return own;
  if (!first || first.start !== at) return null;
  const org = first.kind === 'org' ? ORGS.get(first.id) : undefined;
  if (org && (org.kind === 'government' || org.kind === 'international')) return { end: first.end, org };
  if (first.kind !== 'country') return null;
  const from = first.end + (/^['’]/.test(text.slice(first.end)) ? 0 : 1);
  const dept = STATE_DEPARTMENT.exec(text.slice(from, from + 90));
  return dept ? { end: from + dept[0].length, state: first.id } : null;
}

/**
 * Session 15 (appos): a body of "the government" named without its state, "Aweke Aynalem, head of the government's
 * Agriculture Development Department,", "Wang Chao-ming, vice chairman of the government's Council for Economic Planning
 * and Development,", "Yu Chien-ming, head of the government statistics department,": a department as STATE_DEPARTMENT
 * reads it, or a council or authority with its field. Its state is addBodyOfficial's (the dateline's, in a story about
 * it). Where the body ends, or null.
 */
const GOVERNMENT_OWN = /^government(?:['’]s)?[^\S\n]+/;
const GOVERNMENT_COUNCIL = /^(?:\p{Lu}[\p{L}-]*[^\S\n]+){0,4}(?:Council|Authority|Board)(?:[^\S\n]+(?:for|of|on)[^\S\n]+(?:\p{Lu}[\p{L}-]*(?:[^\S\n]+and)?[^\S\n]*){1,5})?/u;
function governmentBodyAt(text: string, at: number): { end: number } | null {
  const gov = GOVERNMENT_OWN.exec(text.slice(at, at + 20));
  if (!gov) return null;
  const from = at + gov[0].length;
  const body = STATE_DEPARTMENT.exec(text.slice(from, from + 90)) ?? GOVERNMENT_COUNCIL.exec(text.slice(from, from + 90));
  return body ? { end: from + body[0].trimEnd().length } : null;
}

/** A word in either case at its start ("[Cc]hairman"), for regexes that must not be case-blind (a case-blind \p{Lu} matches any letter). */
function eitherCase(words: string[]): string {
  return words.map((w) => `[${w[0]!.toUpperCase()}${w[0]!}]${w.slice(1)}`).join('|');
}
/**
 * An office right before a full name, in either case, with up to three words of rank before it ("chairman", "Director",
 * "Deputy Administrator", "Senior Associate Director", "General Sales Manager", "board member"): see agencyOffices. Group
 * 1 is the office.
 */
const AGENCY_OFFICE = new RegExp(String.raw`(?<![\p{L}'’.-])((?:(?:${eitherCase(['deputy', 'associate', 'senior', 'assistant', 'acting', 'executive', 'general', 'sales', 'chief', 'board', 'vice', 'principal', 'special', 'state', 'permanent', 'managing'])})[^\S\n]+){0,3}(?:${eitherCase(['chairman', 'chairwoman', 'director-general', 'director general', 'director', 'administrator', 'commissioner', 'governor', 'undersecretary', 'under secretary', 'secretary', 'chief', 'head', 'president', 'spokesman', 'spokeswoman', 'official', 'member', 'manager', 'counsel', 'economist', 'accountant'])}))[^\S\n]+(?=\p{Lu})`, 'gu');
/**
 * A body of government the gazetteer does not know, named in capitalised words that end in a noun of government, its field
 * after "of" and its acronym in brackets, right before an office (AGENCY_OFFICE): "Sugar Regulatory Administration (SRA)",
 * "Philippine Coconut Authority", "Federal Bureau of Investigation", "Office of Management and Budget", "Board of Foreign
 * Trade", "U.S. Department of Agriculture". Group 1 is the words before the noun, 2 the noun.
 */
const AGENCY_NAME = /(?<![\p{L}'’.&-])((?:\p{Lu}[\p{L}&.-]*[^\S\n]+(?:(?:of|and|for|on)[^\S\n]+(?=\p{Lu}))?){0,6})(Agency|Administration|Authority|Bureau|Commission|Board|Office|Ministry|Department|Directorate|Secretariat)((?:[^\S\n]+(?:of|and|for|on)(?:[^\S\n]+\p{Lu}[\p{L}&.-]*)+)*)(?:[^\S\n]+\(\p{Lu}[\p{L}&.]{1,6}\))?[^\S\n]+$/u;
/** A chamber's committee of the U.S. Congress right before an office: "Senate Finance Committee", "House Ways and Means Committee". */
const COMMITTEE_NAME = /(?<![\p{L}'’.&-])((?:House|Senate)[^\S\n]+(?:(?:\p{Lu}[\p{L}&-]*|and|on)[^\S\n]+){0,5}(?:Sub)?[Cc]ommittee)[^\S\n]+$/u;
/** A U.S. state's name opening a body's name ("California Department of Agriculture"): a body of no state's government. */
const US_STATE = /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b/;
/** A state's agency by its acronym right before an office: "FBI Director", "CFTC Commissioner", "USDA's …" (STATE_AGENCY). */
const AGENCY_ACRONYM = /(?<![\p{L}'’.&-])(\p{Lu}[\p{L}]{1,5})(?:['’]s)?[^\S\n]+$/u;
/** Words of a company's or a trade body's name, never of a government's body ("Management Board", "Research Department" of a firm). */
// (a regulator's name may hold a market's words: "Securities and Exchange Commission", "Commodity Futures Trading
// Commission", "Federal Home Loan Bank Board")
const NOT_AGENCY = /\b(?:Corp|Corporation|Inc|Co|Ltd|Plc|Group|Company|Companies|Industry|Industries|Bank(?! Board)|Association|Union|Management Board|Supervisory|Executive|Research|News|Party|Stock|Exchange(?! Commission)|Futures(?! Trading Commission)|Trust)\b/;
/**
 * An official named by a body of government the gazetteer does not know and his office, right before his full name, where
 * no title of TITLE_SRC reads (a lower-case chairman needs a state before it; a director, a manager or a member is a
 * company's office as well): "Sugar Regulatory Administration (SRA) chairman Arsenio Yulo", "Philippine Coconut Authority
 * (PCA) chairman Jose Romero", "Federal Bureau of Investigation Director William Webster", "Office of Management and Budget
 * Director James Miller", "Securities and Exchange Commission chairman John Shad", "French Cereals Intervention Office
 * (ONIC) Director Bernard Vieux"; a U.S. agency by its acronym ("FBI Director William Webster", "CFTC Commissioner Fowler
 * West", "GAO Senior Associate Director Brian Crowley", "USDA General Sales Manager Melvin Sims"); a committee of Congress
 * ("Senate Finance Committee chairman Lloyd Bentsen", a legislator: legislatureOffices). The body must name more than its
 * noun ("Board member Herbert Mittendorf", "Commission Director …" are left), no company's words (NOT_AGENCY), and no
 * capitalised name right before it ("Salomon Brothers Research Department"). The official stands for the state the body's
 * words name, else the dateline's (addBodyOfficial); an acronym's agency is the United States', unless the story is about
 * another state where it is dated ("EPA chief Tetsuo Kondo" in a TOKYO story is Japan's Environment Agency's).
 */
function agencyOffices(ctx: BodyContext): void {
  const { text, gaz, datelineState } = ctx;
  for (const { m: om, ti, name } of namesAfter(ctx, AGENCY_OFFICE)) {
    const office = om[1]!.replace(/\s+/g, ' ');
    const agency = agencyBefore(text, gaz, om.index);
    if (agency === null) continue;
    if (agency.kind === 'committee') {
      // (a committee's chairman or member is a legislator; its staff is not: "House Small Business Committee chief economist")
      if (/^(?:(?:vice|ranking)[^\S\n]+)?(?:chairman|chairwoman|member)$/i.test(office)) addCommitteeMember(ctx, name, ti, `${agency.name} ${office}`);
      continue;
    }
    if (agency.kind === 'acronym') {
      const home = datelineState === null || datelineState === 'US' ? 'US' : undefined;
      addBodyOfficial(ctx, name, ti, agency.start, agency.start + agency.name.length, undefined, `${agency.name} ${office}`, home);
      continue;
    }
    addBodyOfficial(ctx, name, ti, agency.start, agency.start + agency.name.length, undefined, `${agency.name} ${office}`);
  }
}
/**
 * A chairman, named by a full name the story has not given yet, right after a body of government agencyBefore reads
 * ("Securities and Exchange Commission Chairman John Shad", "FTC Chairman Daniel Oliver", "House Budget Committee
 * Chairman William Gray"): the title loop leaves him to agencyOffices, which gives him his body's state, the United
 * States for a U.S. agency's acronym, or the Congress for a committee. Found by the title alone he had no state or body
 * (28 corpus leaders: SEC, CFTC, FTC chairmen, the Philippine Coconut Authority's, India's Space Commission's, 8 committees' chairmen).
 */
const PARTY_TAG_AFTER = new RegExp(String.raw`^(?:,[^\S\n]+|[^\S\n]*\()${PARTY_TAG}`);
function agencyChairman(text: string, gaz: Mention[], leaders: Map<string, LeaderInfo>, titleStart: number, title: string, name: { text: string; end: number } | null): boolean {
  if (!/^(?:vice[- ])?chair(?:man|woman)$/.test(title) || name === null || !name.text.includes(' ')) return false;
  // (a party tag after the name is congressMembers', which would read the title as part of the name: "Chairman Patrick Leahy (D-Vt.)")
  if (PARTY_TAG_AFTER.test(text.slice(name.end, name.end + 20))) return false;
  const id = slugify(name.text);
  return !leaders.has(id) && !LEADERS.has(id) && agencyBefore(text, gaz, titleStart) !== null;
}
/**
 * The body of government named right before an office that starts at `at`, as agencyOffices reads it: a chamber's
 * committee of Congress ("Senate Armed Services Committee"), a U.S. agency's acronym ("CFTC", STATE_AGENCY), or a body the
 * gazetteer does not know, named in capitalised words ending in a noun of government ("Securities and Exchange
 * Commission", "Philippine Coconut Authority (PCA)"; AGENCY_NAME), with no company's words (NOT_AGENCY), no capitalised
 * name right before it, no place or known body inside. `start` is where the body's name starts, `name` its words.
 */
function agencyBefore(text: string, gaz: Mention[], at: number): { kind: 'committee' | 'acronym' | 'body'; start: number; name: string } | null {
  const before = text.slice(Math.max(0, at - 120), at);
  const committee = COMMITTEE_NAME.exec(before);
  if (committee) return { kind: 'committee', start: at - committee[0].length, name: committee[1]!.replace(/\s+/g, ' ') };
  const acronym = AGENCY_ACRONYM.exec(before);
  if (acronym && STATE_AGENCY.exec(acronym[1]!)?.[0] === acronym[1]) return { kind: 'acronym', start: at - acronym[0].length, name: acronym[1]! };
  const body = AGENCY_NAME.exec(before);
  if (!body) return null;
  let bodyStart = at - body[0].length;
  // (not after a leader named before it: "Treasury Secretary James Baker and Federal Reserve Board chairman …"; nor
  // the words opening a sentence: "Newly-installed Philippine Coconut Authority Chairman")
  const prior = gaz.filter((m) => m.kind === 'leader' && m.end > bodyStart && m.end < at).at(-1);
  if (prior) bodyStart = prior.end;
  const lead = /^(?:[^\S\n]*(?:(?:and|of|for|on)[^\S\n]+|(?:But|And|The|In|On|At|Later|Earlier|However|Meanwhile|Former|Acting|Newly-[a-z]+)[^\S\n]+))*/.exec(text.slice(bodyStart, at))!;
  bodyStart += lead[0].length;
  const bodyText = text.slice(bodyStart, at).trim().replace(/[^\S\n]*\(\p{Lu}[\p{L}&.]{1,6}\)$/u, '');
  if (!/^\p{Lu}/u.test(bodyText) || !/\s/.test(bodyText) || NOT_AGENCY.test(bodyText) || !noNameBefore(text, bodyStart)) return null;
  // (a known body is orgOffices' or bodyOffices'; a province's or a U.S. state's is no state's: "California Department of Agriculture")
  if (US_STATE.test(bodyText) || gaz.some((m) => (m.kind === 'place' || m.kind === 'org') && m.start >= bodyStart && m.end <= bodyStart + bodyText.length)) return null;
  return { kind: 'body', start: bodyStart, name: bodyText };
}
/**
 * "A World Bank team led by senior economist Katrine Saito arrived in Uganda": the head of a body's delegation, team or
 * mission, named by a lower-case office (up to four words ending in an office's noun) and his full name after "led by"
 * or "headed by", stands for the body named right before the word (one of the gazetteer's, of states or of a state; a
 * few lower-case words between: "IMF fact-finding mission"). Not a company's group ("an investor group led by …"), nor
 * a state's delegation: "a South African delegation led by chief debt negotiator Chris Stals … was completing meetings in
 * London with foreign creditor banks" made him a leader rightly, and calls then a wrong "Stals – Britain meeting" (2 of
 * the 4 corpus hits).
 */
const LED_BY = /(?<![\p{L}'’.-])(?:delegation|team|mission)[^\S\n]+(?:which[^\S\n]+(?:is|was)[^\S\n]+)?(?:led|headed)[^\S\n]+by[^\S\n]+((?:(?!(?:the|a|an|his|her|its|their|former)[^\S\n])[a-z-]+[^\S\n]+){0,3}(?:economist|negotiator|official|director|adviser|advisor|administrator|secretary|governor|chief|head|representative|commissioner))[^\S\n]+(?=\p{Lu})/gu;
function ledDelegations(ctx: BodyContext): void {
  const { text, byEnd } = ctx;
  for (const { m: lm, ti, name } of namesAfter(ctx, LED_BY)) {
    // (the state or body right before the word, lower-case words between: "World Bank team", "IMF fact-finding mission")
    const between = /(?:['’]s)?(?:[^\S\n]+[a-z][a-z-]*){0,2}[^\S\n]+$/.exec(text.slice(Math.max(0, lm.index - 40), lm.index));
    const owner = between ? byEnd.get(lm.index - between[0].length) : undefined;
    const org = owner?.kind === 'org' ? ORGS.get(owner.id) : undefined;
    if (!org || (org.kind !== 'government' && org.kind !== 'international')) continue;
    addBodyOfficial(ctx, name, ti, owner!.start, owner!.end, org, lm[1]!);
  }
}

/**
 * A member of Congress named by his committee and office ("Senate Finance Committee chairman Lloyd Bentsen"): a legislator,
 * whose body legislatureOffices gives in news from the United States; in news from a place that names no state ("BOCA
 * RATON, Fla.", "LOS ANGELES") a committee of the House or Senate is the Congress's too.
 */
function addCommitteeMember(ctx: BodyContext, name: { end: number; text: string; tokEnd: number }, ti: number, office: string): void {
  const id = slugify(name.text);
  if (ctx.leaders.has(id) || LEADERS.has(id)) return;
  const represents = ctx.datelineState === null ? { label: 'Organization' as const, key: US_CONGRESS } : null;
  addFoundLeader(ctx.leaders, ctx.mentions, ctx.covered, { id, name: name.text, aliases: [], title: titleCase(office), role: 'legislator', represents, since: null, until: null }, name.end - name.text.length, ti, name);
}

/**
 * Session 15 (appos): an official named first, then his office in a body the story named in full before and now names
 * by its head noun: "Alain Vidal Naquet, head of external relations for the council," after "a senior World Food Council
 * official"; "Markus Lusser, a member of the Bank's three man directorate," after "The Swiss National Bank is prepared
 * …"; "Rolando Arrivillaga, the bank's resident representative in the Philippines," after "the World Bank". The noun
 * is lower case or capitalised, after "of/for/at the" or as "the <noun>'s". Groups: name, office, noun (BACKREF_OF);
 * name, office, noun, office after the noun (BACKREF_OWN).
 */
const BACKREF_OFFICE = String.raw`(?:[a-z-]+ ){0,3}?(?:head|chief|director(?:[- ]general)?|member|(?:vice[- ])?president|(?:vice[- ])?chairman|governor|representative|secretary|official|manager|commissioner|administrator|spokes(?:man|woman|person)|economist|advis[eo]r|counsel|treasurer|executive|negotiator|delegate)`;
const BACKREF_NOUN = String.raw`[Bb]ank|[Cc]ouncil|[Ff]und|[Cc]ommission|[Oo]rgani[sz]ation|[Aa]gency|[Cc]ommunity|[Aa]uthority|[Ss]ecretariat|[Mm]inistry|[Tt]reasury|[Cc]ommittee|[Dd]epartment|[Bb]ureau`;
const BACKREF_OF = new RegExp(String.raw`(${APPOSED_NAME}), (?:(?:a|an|the) )?(?:(?:then|former|acting) )?(${BACKREF_OFFICE}(?: (?:of|for) [a-z-]+(?: [a-z-]+){0,2})?) (?:of|for|at|in|with) the (${BACKREF_NOUN})\b(?!['’-])`, 'gu');
const BACKREF_OWN = new RegExp(String.raw`(${APPOSED_NAME}), (?:(?:(?:a|an|the) )?(?:(?:then|former|acting) )?(${BACKREF_OFFICE}) (?:of|on) )?the (${BACKREF_NOUN})['’]s ((?:[a-z-]+ ){0,3}?(?:head|chief|director(?:[- ]general)?|member|(?:vice[- ])?president|(?:vice[- ])?chairman|governor|representative|secretary|official|manager|spokes(?:man|woman|person)|economist|advis[eo]r|counsel|treasurer|executive|negotiator|delegate|directorate|board|council|committee|commission))\b`, 'gu');
/** Words of a company's, a trade body's or a market's name, which no state owns ("Chemical Bank" is no head noun alone, see below). */
const NOT_STATE_BODY = /\b(?:Corp|Corporation|Inc|Co|Ltd|Plc|AG|SA|NV|Securities|Trust|Exchange|Association|Federation|Union|Chamber|Institute|Industries|Group|Brothers|Partners|News|Press|Party|Bankers|Growers|Producers|Exporters|Importers|Manufacturers|Farmers)\b/;
/**
 * The body a head noun refers back to (see BACKREF_OF): the one full name the story gives before `before` ending in that
 * noun (capitalised words before it, or "of …" after it: "the Swiss National Bank", "Ministry of Finance"), a shorter
 * name ending another one being the same body ("the National Bank" after "the Swiss National Bank"). Null when the story
 * names two such bodies or none, or when the body is no state's nor states': a company's, a trade body's ("Chemical
 * Bank", "the Coffee Growers' Federation"), a bank that no state or "central" marks as a state's, a fund.
 */
function bodyReferredTo(ctx: BodyContext, noun: string, before: number): { start: number; end: number; org: ReturnType<typeof ORGS.get> } | null {
  const { text, gaz } = ctx;
  const cap = noun[0]!.toUpperCase() + noun.slice(1).toLowerCase();
  const nameRe = new RegExp(String.raw`(?<![\p{L}'’.&-])((?:\p{Lu}[\p{L}'’.&-]*[^\S\n]+(?:(?:of|for|and|on)[^\S\n]+)?){0,5})${cap}\b((?:[^\S\n]+(?:of|for|on)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:and[^\S\n]+)?\p{Lu}[\p{L}'’-]*){0,4})?)`, 'gu');
  const found: { start: number; end: number; name: string }[] = [];
  let m: RegExpExecArray | null;
  while ((m = nameRe.exec(text.slice(0, before))) !== null) {
    let start = m.index;
    // (an opening word of the sentence is no part of the name: "The Swiss National Bank", "But Council officials")
    for (let w = /^(\p{Lu}[\p{L}'’.&-]*)[^\S\n]+/u.exec(text.slice(start, m.index + m[0].length)); w && NAME_OPENER.test(w[1]!); w = /^(\p{Lu}[\p{L}'’.&-]*)[^\S\n]+/u.exec(text.slice(start, m.index + m[0].length))) start += w[0].length;
    const name = text.slice(start, m.index + m[0].length);
    if (name === cap) continue;
    found.push({ start, end: m.index + m[0].length, name });
  }
  const names = [...new Set(found.map((f) => f.name))].filter((n, _k, all) => !all.some((o) => o !== n && o.endsWith(` ${n}`)));
  if (names.length !== 1) return null;
  const body = found.filter((f) => f.name === names[0]).at(-1)!;
  const known = gaz.find((g) => g.kind === 'org' && g.start >= body.start && g.end === body.end);
  const org = known ? ORGS.get(known.id) : undefined;
  if (org) return org.kind === 'government' || org.kind === 'international' ? { ...body, org } : null;
  if (NOT_STATE_BODY.test(body.name) || COMPANY_AFTER.test(text.slice(body.end)) || cap === 'Fund') return null;
  if (cap === 'Bank') {
    // (a state's bank: "Swiss National Bank", "Central Bank of Brazil"; not "Chemical Bank", "First National Bank")
    const stateIn = gaz.some((g) => g.kind === 'country' && g.start >= body.start && g.end <= body.end);
    if (!(/\bCentral Bank\b/.test(body.name) || (stateIn && STATE_BANK.test(body.name)))) return null;
  }
  return { ...body, org: undefined };
}
/** Words of a body of states, for which the dateline's state is no stand-in ("World Food Council", "U.N. Development Programme"). */
const OF_STATES = /\b(?:World|International|United Nations|U\.N\.|Inter-\p{Lu}[\p{L}-]*|European|Asian|African|Arab|Latin American|Gulf)\b/u;
function backrefAppositions(ctx: BodyContext): void {
  const { text } = ctx;
  for (const re of [BACKREF_OF, BACKREF_OWN]) {
    for (const { m, ti, name } of appositionNames(ctx, re)) {
      if (!name.text.includes(' ')) continue;
      const own = re === BACKREF_OWN;
      // (the possessive names an office of the body or a seat on its board: "a member of the Bank's … directorate")
      if (own && !m[2] && /^(?:[a-z-]+ )*(?:directorate|board|council|committee|commission)$/.test(m[4]!)) continue;
      // (… and the apposition ends there, or with a place or a unit: "… in the Philippines,", "'s legal department")
      const end = m.index + m[0].length;
      if (!own && !/^(?:['’]s[^,.;()"“”\n]{1,60}?)?(?:[,.;]|\s+(?:in|at)\s+\p{Lu}[^,.;\n]{0,30}[,.;]|\s+(?:said|says|told)\b)/u.test(text.slice(end, end + 100))) continue;
      const body = bodyReferredTo(ctx, m[3]!, m.index);
      if (!body) continue;
      const bodyName = text.slice(body.start, body.end).replace(/\s+/g, ' ');
      // ("Member of Swiss National Bank Three Man Directorate", "Resident Representative of World Bank")
      const title = own && m[2] ? `${m[2]} of ${bodyName} ${m[4]}` : `${own ? m[4]! : m[2]!} of ${bodyName}`;
      addBodyOfficial(OF_STATES.test(bodyName) ? { ...ctx, datelineState: null } : ctx, name, ti, body.start, body.end, body.org, title);
    }
  }
}

/**
 * Session 15 (appos): the head of a state's delegation whose state the phrase leaves to the story: "Jorge Cardenas,
 * manager of the national federation and head of his nation's delegation in London," (a Colombian story), "The
 * delegation's leader, Vincent Siew, told reporters" after "a 15-member Taiwan delegation". The delegation's state is
 * the one a "<state> delegation" named before it in the story has, else, for "his nation's" or "his country's", the
 * dateline's state in a story about it (aboutDatelineState). Not when the phrase names the state or body itself ("head
 * of the Malaysian delegation", "head of the EC delegation": the apposition rules above take those). Groups: name (or
 * none), office, name (DELEGATION_NAMED).
 */
const DELEGATION_HEAD = new RegExp(String.raw`(${APPOSED_NAME}), (?:[^,;.()"“”\n]{0,60}? and )?(?:(?:a|the) )?((?:acting |deputy )?(?:head|leader|chief|chairman)) of (?:the|his|its|(?:his|its|the) (?:nation|country)['’]s) delegation\b`, 'gu');
const DELEGATION_NAMED = /(?<![\p{L}'’.-])[Tt]he delegation['’]s ((?:acting |deputy )?(?:head|leader|chief|chairman)),[^\S\n]+(?=\p{Lu})|(?<![\p{L}'’.-])[Tt]he ((?:acting |deputy )?(?:head|leader|chief|chairman)) of the delegation,[^\S\n]+(?=\p{Lu})/gu;
/** A state's delegation named in the story ("a 15-member Taiwan delegation", "the Colombian delegation"): group 1 is the state's words. */
const STATE_DELEGATION = /(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]*[^\S\n]+){1,2})(?:trade[^\S\n]+|government[^\S\n]+|official[^\S\n]+)?delegation\b/gu;
function delegationState(ctx: BodyContext, before: number, homeWords: boolean): string | null {
  const { text, gaz, datelineState } = ctx;
  let state: string | null = null;
  STATE_DELEGATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STATE_DELEGATION.exec(text)) !== null && m.index < before) {
    const c = gaz.find((g) => g.kind === 'country' && g.start >= m!.index && g.end <= m!.index + m![1]!.length);
    if (c) state = c.id;
  }
  if (state === null && homeWords && datelineState !== null && aboutDatelineState(gaz, datelineState)) state = datelineState;
  return state;
}
function delegationHeads(ctx: BodyContext): void {
  const { text, tokens, byStart, covered } = ctx;
  for (const { m, ti, name } of appositionNames(ctx, DELEGATION_HEAD)) {
    if (!name.text.includes(' ')) continue;
    const state = delegationState(ctx, m.index, /(?:nation|country)['’]s delegation$/.test(m[0]));
    if (state !== null) addBodyOfficial(ctx, name, ti, m.index, m.index, undefined, `${m[2]!} of delegation`, state);
  }
  DELEGATION_NAMED.lastIndex = 0;
  let dm: RegExpExecArray | null;
  while ((dm = DELEGATION_NAMED.exec(text)) !== null) {
    const ti = byStart.get(dm.index + dm[0].length);
    if (ti === undefined || covered.has(ti)) continue;
    const name = nameAt(tokens, ti, covered);
    if (!name || !name.text.includes(' ') || ORG_WORD.test(name.text) || !/^,/.test(text.slice(name.end, name.end + 1))) continue;
    const state = delegationState(ctx, dm.index, false);
    if (state !== null) addBodyOfficial(ctx, name, ti, dm.index, dm.index, undefined, `${dm[1] ?? dm[2]!} of delegation`, state);
  }
}

/** Result of leader resolution: leaders by id and every leader mention (gazetteer and found). */
export interface LeaderResult {
  leaders: Map<string, LeaderInfo>;
  mentions: Mention[];
  /**
   * Leaders found from an office that turn out to be a company's (see companyOfficers). They stay among `leaders` while
   * calls and statements are found, so that their words go to no one else ("Data General Corp president Edson de Castro
   * said" is not Fidel Castro's), and index.ts leaves them, their statements and their calls out of the graph.
   */
  companyOfficers: Set<string>;
}

/**
 * Finds leaders in the article: titles followed by names, known names, surnames of people
 * already named, and resolves title, role and what they represent on the publication day. `datelineState` is the
 * state whose capital heads the story (index.ts datelineCountry), for offices that name none (see STATE_OFFICE).
 */
export function findLeaders(text: string, tokens: Token[], gaz: Mention[], date: string, datelineState: string | null = null, sentences: Sentence[] = splitSentences(text)): LeaderResult {
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => byStart.set(t.start, i));
  const covered = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of gaz) {
    for (let k = m.tokStart; k < m.tokEnd; k++) covered.set(k, m);
    byEnd.set(m.end, m);
  }
  const leaders = new Map<string, LeaderInfo>();
  const mentions: Mention[] = gaz.filter((m) => m.kind === 'leader');
  const ensureKnown = (id: string): LeaderInfo => {
    let info = leaders.get(id);
    if (!info) {
      const data = LEADERS.get(id)!;
      const pos = positionOn(data, date);
      const org = pos ? ORGS.get(pos.of) : undefined;
      info = {
        id,
        name: data.name,
        aliases: [...data.aliases],
        title: pos?.title ?? null,
        role: pos?.role ?? null,
        represents: pos ? (org ? { label: 'Organization', key: org.id } : { label: 'Country', key: pos.of }) : null,
        since: pos?.since ?? null,
        until: pos?.until ?? null,
      };
      leaders.set(id, info);
    }
    return info;
  };
  for (const m of mentions) ensureKnown(m.id);
  /** Officers of a central bank named without its state ("Reserve Bank governor Gerhard de Kock"): see bankState. */
  const bankOfficers: { info: LeaderInfo; start: number; titleStart: number }[] = [];

  TITLE_RE.lastIndex = 0;
  let tm: RegExpExecArray | null;
  while ((tm = TITLE_RE.exec(text)) !== null) {
    // "… for international security policy Richard Perle": the (case-blind) "for" phrase ends before a capital
    // ("… for Economic Affairs Allen Wallis": a title-case field of the office stays in the title)
    const cap0 = / for (?:[a-z]+ )*?([A-Z].*)$/.exec(tm[1]!);
    const field = cap0 ? /^(?:[A-Z][a-z]+ (?:and )?){0,3}(?:Affairs|Policy|Relations|Trade|Development|Security|Industry|Commerce|Planning)\b/.exec(cap0[1]!) : null;
    const cap = cap0 && field ? (cap0[1]!.length > field[0].length ? [cap0[0], cap0[1]!.slice(field[0].length + 1)] : null) : cap0;
    const rawTitle = cap ? tm[1]!.slice(0, tm[1]!.length - cap[1]!.length - 1) : tm[1]!;
    const plural = tm[2] !== undefined;
    if (plural && cap) continue;
    const titleEnd = tm.index + tm[0].length - (plural ? 1 : 0) - (cap ? cap[1]!.length + 1 : 0);
    const titleStart = titleEnd - rawTitle.length;
    const lower = rawTitle.toLowerCase();
    // "Australian Minister for Trade Negotiations …", "that Minister of State Ali Bozer": the word before a minister
    // whose portfolio follows is no portfolio; try again from "Minister" (a longer office may start there).
    if (/^[a-z]+ minister$/.test(lower) && /^Minister$/.test(rawTitle.slice(-8)) && /^[^\S\n]+(?:of|for)[^\S\n]+\p{Lu}/u.test(text.slice(titleEnd, titleEnd + 20))) {
      TITLE_RE.lastIndex = titleEnd - 8;
      continue;
    }
    if (/^[a-z]+ minister$/.test(lower) && NOT_MINISTER.test(lower.split(' ')[0]!) && !/^(foreign|finance) minister$/.test(lower)) continue;
    // "Danish minister Laurits Tornaes": a demonym is no portfolio but the minister's state; try again from "minister",
    // which stateBefore reads the demonym before
    const demonym = /^[a-z]+ minister$/.test(lower) ? byEnd.get(titleStart + rawTitle.indexOf(' ')) : undefined;
    if (demonym?.kind === 'country' && demonym.start === titleStart) {
      TITLE_RE.lastIndex = titleEnd - 8;
      continue;
    }
    if (rawTitle === rawTitle.toUpperCase()) continue;
    // (the prince's particle in lower case, as TITLE_RE's case-blind look-ahead cannot tell: not "Prince Abdul Aziz Ibn Salman Ibn Abdul Aziz")
    if (/^prince$/i.test(rawTitle) && !/^[^\S\n]+\p{Lu}\p{Ll}+[^\S\n]+(?:(?:bin|ibn)[^\S\n]|(?:al|el)-\p{Lu})/u.test(text.slice(titleEnd, titleEnd + 40))) continue;
    const wordEnd = titleEnd + (plural ? 1 : 0);
    let ti = byStart.get(wordEnd + (text[wordEnd] === ',' ? 0 : 1));
    if (ti === undefined) continue;
    const group = plural ? pluralNames(text, tokens, byStart, covered, wordEnd) : null;
    if (plural && !group) continue;
    /** What the office named earlier without a name acts for ("the minister, Michael Howard," after "Britain's … minister"). */
    let earlier: ReturnType<typeof unnamedOffice> = null;
    /** What a leader whose spokesman this is acts for ("Jacques Chirac's spokesman(,) Denis Baudouin" → France). */
    const earlierState = plural ? null : bossState(text, titleStart, lower, byEnd, leaders);
    // "Portuguese Ambassador to China Octavio Valerio", "its ambassador to Kuwait, Ernest Zverev,", "Turkey's
    // ambassador in Athens, Nazmi Akiman,": the post between an envoy's title and his full name.
    const posted = !plural && /^(?:ambassador|envoy|charg[eé] d['’]affaires)$/i.test(lower) ? postedName(text, tokens, byStart, covered, titleEnd) : null;
    const body = !plural && posted === null && /\bthe\s+$/i.test(text.slice(Math.max(0, titleStart - 4), titleStart)) ? OF_STATE_BODY.exec(text.slice(titleEnd, titleEnd + 130)) : null;
    /** The state of that body ("Israeli", "Mexico" of "bank of Mexico"), if it names one. */
    let bodyState: Mention | undefined;
    const spelt = !plural && posted === null && !body ? fieldThenName(text, tokens, byStart, covered, rawTitle, titleEnd) : null;
    const headOf = !plural && posted === null && !body && !spelt ? bodyThenName(text, tokens, byStart, covered, lower, titleEnd) : null;
    if (posted !== null) ti = posted;
    else if (headOf) {
      ti = headOf.ti;
      bodyState = headOf.state;
    } else if (spelt) {
      ti = spelt.ti;
      bodyState = spelt.state;
    } else if (body) {
      const bi = byStart.get(titleEnd + body[0].length);
      const nm = bi === undefined ? null : nameAt(tokens, bi, covered);
      if (bi === undefined || !nm || !nm.text.includes(' ') || !/^\s*[,.;]/.test(text.slice(nm.end, nm.end + 2))) continue;
      const bodyEnd = titleEnd + body[0].length;
      bodyState = [...covered.values()].find((m) => (m.kind === 'country' || m.kind === 'org') && m.start > titleEnd && m.end < bodyEnd);
      // a bank of a place that is no state ("Bank of Boston") is a company's
      if (!/\bMinistry\b/.test(body[1]!) && bodyState?.kind !== 'country') continue;
      ti = bi;
    } else if (!plural && tokens[ti]?.text === ',') {
      // "his Peruvian counterpart, Wilfredo Huayta,": the name in apposition after a state's counterpart
      // (the state may own the office and words of it stand between: "Ecuador's finance minister, Domingo Cordovez,",
      // "the EC's external relations commissioner, Willy De Clercq,")
      const words = officeWords(text, titleStart, rawTitle, byEnd);
      const pre = words ? words.state : stateBefore(text, titleStart, byEnd);
      const ni = byStart.get(tokens[ti]!.end + 1);
      const nm = ni === undefined ? null : nameAt(tokens, ni, covered);
      // … and "the Soviet foreign minister, Eduard Shevardnadze,": a state's office, then the full name set off by commas
      const office = /^(?:[a-z]+ )?(?:minister|president|prime minister|premier|chancellor|foreign secretary|secretary of state|ambassador|envoy|delegate|spokes(?:man|woman)|counterpart|commissioner|trade representative)$/i.test(lower);
      const stateOffice = pre !== undefined && (pre.kind === 'country' || pre.kind === 'org') && office;
      // (a capitalised office of a state may go on with a verb: "EC External Trade Commissioner, Willy De Clercq has said")
      const closed = nm !== null && (/^\s*[,.;]/.test(text.slice(nm.end, nm.end + 2)) || (stateOffice && /^\p{Lu}/u.test(rawTitle) && /^\s+(?:has|had|is|was|said|says|told|will|would)\b/u.test(text.slice(nm.end, nm.end + 8))));
      // … and "the minister, Michael Howard,": the holder of an office named before without a name
      if (!stateOffice && office && lower !== 'counterpart' && /\bthe\s+$/i.test(text.slice(Math.max(0, titleStart - 4), titleStart))) {
        earlier = unnamedOffice(text, titleStart, lower, byEnd, byStart, covered, leaders);
      }
      // (the holder may be a leader the data knows, whose full name is a mention already: "the minister, Michael Howard,")
      const known = ni === undefined ? undefined : covered.get(ni);
      const knownNamed = nm === null && known?.kind === 'leader' && known.tokStart === ni && known.tokEnd - ni >= 2 && /^\s*[,.;]/.test(text.slice(known.end, known.end + 2));
      if ((!stateOffice && !earlier && !earlierState) || ni === undefined || !(knownNamed || (nm && nm.text.includes(' ') && closed))) continue;
      ti = ni;
    }
    // each holder of a plural title in turn, the state paired with each if the title names them
    for (const holder of group ?? [{ ti, state: undefined }]) {
      ti = holder.ti;
      const name = nameAt(tokens, ti, covered);
      let leaderId: string | null = null;
      if (name !== null && COMPANY_AFTER.test(text.slice(name.end))) continue;
      // a portfolio is no name: "Minister of Economic Planning, said", "Minister of International Trade and …"
      if (name !== null && FIELD_END.test(tokens[ti]!.text)) continue;
      if (name !== null) {
        // "Soviet leader Mikhael Gorbachev": a known leader's surname after a first name spelt another way is that leader.
        const last = covered.get(name.tokEnd - 1);
        const firstKnown = last && last.kind === 'leader' ? LEADERS.get(last.id)?.name.split(' ')[0] : undefined;
        if (last && last.kind === 'leader' && last.tokStart === name.tokEnd - 1 && name.tokEnd - ti === 2 && firstKnown && sameFirstName(tokens[ti]!.text, firstKnown)) {
          last.start = tokens[ti]!.start;
          last.tokStart = ti;
          last.text = text.slice(last.start, last.end);
          covered.set(ti, last);
          ensureKnown(last.id);
          continue;
        }
        // "(Prime Minister Yasuhiro) Nakasone": an editor's bracket between the first name and a known surname
        const afterBracket = tokens[name.tokEnd]?.text === ')' ? covered.get(name.tokEnd + 1) : undefined;
        if (afterBracket && afterBracket.kind === 'leader' && afterBracket.tokStart === name.tokEnd + 1 && LEADERS.get(afterBracket.id)?.name.startsWith(`${name.text} `)) {
          ensureKnown(afterBracket.id);
          continue;
        }
        // "Prime Minister Yasuhiro Nakasone": a first name before a known surname is that leader.
        const next = covered.get(name.tokEnd);
        if (next && next.kind === 'leader' && tokens[name.tokEnd]!.start === name.end + 1) {
          next.start = tokens[ti]!.start;
          next.tokStart = ti;
          next.text = text.slice(next.start, next.end);
          for (let k = ti; k < name.tokEnd; k++) covered.set(k, next);
          ensureKnown(next.id);
          continue;
        }
      }
      if (name === null) {
        const m = covered.get(ti);
        if (m && m.kind === 'leader') leaderId = m.id;
        else continue;
      }
      // What stands right before the office: a country, a demonym, an organisation.
      const office = officeWords(text, titleStart, rawTitle, byEnd);
      const prefix = holder.state ?? (office ? office.state : stateBefore(text, titleStart, byEnd) ?? bodyState ?? bodyNamedBefore(text, titleStart, gaz) ?? spokespersonState(text, titleStart, lower, byEnd));
      // "Industry Commissioner Karl-Heinz Narjes" in a story about the European Community: its commissioner (EC_PORTFOLIO)
      const portfolio = prefix === undefined && office === null && rawTitle === 'Commissioner' ? EC_PORTFOLIO.exec(text.slice(Math.max(0, titleStart - 50), titleStart)) : null;
      const community = portfolio && noNameBefore(text, titleStart - portfolio[1]!.length) ? gaz.find((m) => m.kind === 'org' && (m.id === 'ec' || m.id === 'european-commission')) : undefined;
      // a rank before the state is the office's too: "Deputy U.S. Trade Representative Michael Smith", "Deputy Iranian Finance Minister"
      const rankFirst = prefix ? /(?<![\p{L}'’-])(deputy|vice|assistant|junior)[^\S\n]+$/iu.exec(text.slice(Math.max(0, prefix.start - 12), prefix.start)) : null;
      const officeTitle = `${rankFirst ? `${rankFirst[1]} ` : ''}${office ? text.slice(office.start, titleEnd).replace(/\s+/g, ' ') : community ? `${portfolio![1]!.replace(/\s+/g, ' ')}${rawTitle}` : rawTitle}${body ? ` of ${body[1]!.replace(/\s+/g, ' ')}` : ''}${spelt ? ` ${spelt.field}` : ''}`;
      const prefixOk = prefix !== undefined;
      // "Securities and Exchange Commission Chairman John Shad", "Acting CFTC Chairman Kalo Hineman", "Senate Armed
      // Services Committee Chairman Sam Nunn": the capitalised chairman of a body of government the gazetteer does not
      // know is agencyOffices' to read, which gives him the body's state or the Congress (agencyChairman)
      if (agencyChairman(text, gaz, leaders, titleStart, lower, name) && !prefixOk && posted === null && group === null) continue;
      // a plural title in lower case names a state's office only after the state ("executive vice presidents Mitchell
      // Antar and Isaac Kairey" are a company's)
      if (plural && !prefixOk && rawTitle[0] === rawTitle[0]!.toLowerCase()) continue;
      const isCounterpart = lower === 'counterpart';
      // (a central bank's governor is a state's officer, the state named or not: "Central bank governor Chang Chi-cheng")
      const centralBank = office !== null && stateBank(text, office.start, titleStart, prefixOk);
      // ("Senate Republican leader Robert Dole": a chamber's leader is an office)
      if (!prefixOk && posted === null && !centralBank && /^(leader|aide|advis[eo]r|counterpart|envoy|delegate|ambassador|negotiator|governor|chairman)$/.test(lower) && rawTitle[0] === rawTitle[0]!.toLowerCase()
        && !(lower === 'leader' && CHAMBER_BEFORE.test(text.slice(Math.max(0, titleStart - 40), titleStart)))) continue;
      // "House Speaker Kenzaburo Hara" names an office; "company director John Smith" does not
      // "Deputy Director General Hiroshi Hirabayashi" (capitalised: companies have managing directors) and "Ministry of
      // International Trade and Industry (MITI) director general Noboru Hatakeyama" (a ministry right before) are a state's.
      const ministry = /^director[- ]general$/.test(lower) ? MINISTRY_BEFORE.exec(text.slice(Math.max(0, titleStart - 90), titleStart)) : null;
      const stateDirector = /^director[- ]general$/.test(lower) && (/^Director[- ]General$/.test(rawTitle) || ministry !== null);
      // the state that ministry names, if any ("Japanese Finance Ministry deputy director general Fumiya Iwasaki")
      const ministryFrom = ministry ? Math.max(0, titleStart - 90) + ministry.index : -1;
      const ministryState = ministry && !prefixOk ? [...covered.values()].find((m) => m.kind === 'country' && m.end <= ministryFrom && /^(?:\s+[A-Za-z]+){0,2}\s+$/.test(text.slice(m.end, ministryFrom))) : undefined;
      // "Gulf Canada spokesman Ash Bhasin", "Noranda spokesman …": a spokesman after a name that is no state, body of
      // government or leader speaks for a company.
      if (!prefixOk && /^spokes(?:man|woman|person)$/.test(lower) && companyBefore(text.slice(Math.max(0, titleStart - 40), titleStart)) && ![...covered.values()].some((m) => m.end === titleStart - 1 || m.end === titleStart - 3)) continue;
      if (MILITARY_RANK.test(lower) && !militaryOfficer(text, titleStart, rawTitle, name, prefixOk)) continue;
      // (… and so is its director: "Central Bank director Daniel Marx" of Argentina)
      if (!prefixOk && !stateDirector && !centralBank && !community && NEEDS_PREFIX.test(lower) && !(lower === 'speaker' && /\bHouse\s+$/.test(text.slice(Math.max(0, titleStart - 8), titleStart)))) continue;
      if (leaderId === null && name !== null) {
        const key = name.text;
        // (a surname alone is the data's leader only near his term: "Fed Vice Chairman Johnson" in 1987 is no Boris Johnson)
        const known = PHRASES.get(key)?.find((e) => e.type === 'leader' && (e.full || activeNear(LEADERS.get(e.id)!, date, 1)));
        if (known && known.type === 'leader') leaderId = known.id;
        else leaderId = slugify(name.text);
      }
      if (leaderId === null || leaderId === '') continue;
      const data = LEADERS.get(leaderId);
      let info = leaders.get(leaderId);
      if (!info) {
        if (data) info = ensureKnown(leaderId);
        else {
          info = { id: leaderId, name: name!.text, aliases: [], title: null, role: null, represents: null, since: null, until: null };
          leaders.set(leaderId, info);
        }
      }
      if (data && prefixOk && !isCounterpart) otherOffice(info, data, prefix, officeTitle);
      if (name !== null && !covered.has(ti)) {
        mentions.push({ kind: 'leader', id: leaderId, start: tokens[ti]!.start, end: name.end, tokStart: ti, tokEnd: name.tokEnd, text: name.text });
        for (let k = ti; k < name.tokEnd; k++) covered.set(k, mentions[mentions.length - 1]!);
      }
      if (!data && !isCounterpart && info.title === null) {
        const ofOrg = prefix?.kind === 'org' && !ORGS.get(prefix.id)?.country;
        info.title = titleCase((earlier ? text.slice(earlier.start, earlier.end).replace(/\s+/g, ' ') : officeTitle).replace(/^sen\.$/i, 'Senator').replace(/^rep\.$/i, 'Representative'));
        info.role = roleOf(info.title, ofOrg === true);
        if (info.role === 'head_of_state' && /^president$/i.test(info.title) && bodyHeadBefore(text, titleStart, covered)) info.role = 'official';
      }
      if (!data && !prefixOk && earlier && info.represents === null) info.represents = earlier.represents;
      if (!data && !prefixOk && earlierState && info.represents === null) info.represents = earlierState;
      if (!data && ministryState && info.represents === null) info.represents = { label: 'Country', key: ministryState.id };
      if (!data && community && info.represents === null) info.represents = { label: 'Organization', key: community.id };
      // (the state of a central bank's officer that names none is looked for last, after those of the people beside him)
      if (!data && !prefixOk && centralBank && office) bankOfficers.push({ info, start: office.start, titleStart });
      // … and the earlier office is a mention of that person ("Britain's corporate affairs minister left for Tokyo")
      const first = earlier ? byStart.get(earlier.start) : undefined;
      const last = earlier ? byStart.get(earlier.end - text.slice(earlier.start, earlier.end).split(/\s+/).pop()!.length) : undefined;
      // (a leader the data knows only when the earlier office is of his state: "Japan's trade minister … the minister, Hajime Tamura,")
      const sameState = !data || (info.represents?.label === earlier?.represents.label && info.represents?.key === earlier?.represents.key);
      if (earlier && sameState && first !== undefined && last !== undefined && !covered.has(first) && !covered.has(last)) {
        const m: Mention = { kind: 'leader', id: leaderId, start: earlier.start, end: earlier.end, tokStart: first, tokEnd: last + 1, text: text.slice(earlier.start, earlier.end) };
        mentions.push(m);
        for (let k = first; k <= last; k++) covered.set(k, m);
      }
      if (!data && prefixOk && info.represents === null) {
        if (prefix.kind === 'country') info.represents = { label: 'Country', key: prefix.id };
        else {
          const org = ORGS.get(prefix.id)!;
          const c = orgCountry(org, date);
          const governing = info.role === 'head_of_state' || info.role === 'head_of_government' || info.role === 'minister';
          info.represents = c && governing ? { label: 'Country', key: c } : { label: 'Organization', key: org.id };
        }
      }
    }
  }
  // Descriptions: "the German chancellor" is whoever held that office on the day.
  DESCRIPTION.lastIndex = 0;
  let dm: RegExpExecArray | null;
  while ((dm = DESCRIPTION.exec(text)) !== null) {
    const ci = byStart.get(dm.index + dm[0].length);
    const cm = ci === undefined ? undefined : covered.get(ci);
    if (!cm || cm.kind !== 'country' || cm.tokStart !== ci) continue;
    const tail = text.slice(cm.end + 1);
    const tm3 = DESC_TITLE.exec(tail);
    if (!tm3 || !/^\s/.test(text.slice(cm.end, cm.end + 1))) continue;
    const after = tail.slice(tm3[0].length);
    if (/^\s+\p{Lu}/u.test(after)) continue;
    // (in apposition after a person's name it describes that person: "Ivan Novak, the Czechoslovak prime minister," is not
    // the holder the data knows; see Appositions below)
    const named = NAME_BEFORE_APPOSITION.exec(text.slice(Math.max(0, dm.index - 60), dm.index));
    if (named && !STOP_NAME.has(named[1]!.split(' ')[0]!) && !gaz.some((g) => g.kind !== 'leader' && g.end === dm!.index - named[0].length + named[1]!.length)) continue;
    // the holder of the office that day, or else the one leader of this article with that office and country
    const holder = holderOf(cm.id, tm3[1]!.toLowerCase(), date) ?? onlyHolder(leaders, tm3[1]!, cm.id);
    if (!holder) continue;
    ensureKnown(holder);
    const start = cm.end + 1;
    const m: Mention = { kind: 'leader', id: holder, start: dm.index, end: start + tm3[0].length, tokStart: ci!, tokEnd: ci! + 1, text: text.slice(dm.index, start + tm3[0].length) };
    mentions.push(m);
  }
  // Appositions: "Jacques Chirac, the French prime minister," for people not in the data.
  APPOSITION.lastIndex = 0;
  let am: RegExpExecArray | null;
  while ((am = APPOSITION.exec(text)) !== null) {
    const nameText = am[1]!;
    const ti = byStart.get(am.index);
    if (ti === undefined || covered.has(ti)) continue;
    const name = nameAt(tokens, ti, covered);
    // (not a company's name: "developed jointly by Motorola Inc <MOT> of the U.S. and Oki Electric, the spokesman said"
    // after "<Oki Electric Industry Co Ltd>")
    if (!name || name.text !== nameText || !name.text.includes(' ') || namedAsCompany(text, name.text)) continue;
    const after = am.index + am[0].length;
    const m = byStart.get(after) !== undefined ? covered.get(byStart.get(after)!) : undefined;
    // (the state may own the office: "Monique Landry, Canada's Minister for External Relations")
    const titleFrom = m && (m.kind === 'country' || m.kind === 'org') ? m.end + (/^['’]s\s/.test(text.slice(m.end, m.end + 3)) ? 3 : 1) : after;
    let tm2 = TITLE_AT.exec(text.slice(titleFrom));
    // "Zdzislaw Kuroski, deputy director of Comecon,": a rank before an office that must name its body (NEEDS_PREFIX,
    // checked below), not before a "vice president" of any company.
    let rank = tm2 ? null : /^(?:deputy|vice|assistant|acting)\s+/i.exec(text.slice(titleFrom));
    // "Willy de Clercq, External Relations Commissioner of the European Communities,": a portfolio of capitalised words before
    // the title, taken only when a state or body follows ("of the European Communities"), as the rank above.
    for (let k = 1; !tm2 && !rank && !m && k <= 3; k++) {
      const field = new RegExp(`^(?:[A-Z][a-z]+\\s+){${k}}`).exec(text.slice(titleFrom));
      if (!field) break;
      const titled = FIELD_END.test(field[0].trim().split(/\s+/).at(-1)!) ? TITLE_AT.exec(text.slice(titleFrom + field[0].length)) : null;
      const bodyAt = titled ? titleFrom + field[0].length + titled[0].length : -1;
      const of = titled ? /^\s+(?:of|for)\s+(?:the\s+)?/.exec(text.slice(bodyAt, bodyAt + 12)) : null;
      const body = of ? covered.get(byStart.get(bodyAt + of[0].length) ?? -1) : undefined;
      if (titled && body && (body.kind === 'org' || body.kind === 'country')) {
        rank = field;
        tm2 = titled;
      }
    }
    const qualified = !tm2 && !rank && !m ? qualifiedBodyOffice(text, titleFrom, byStart, covered) : null;
    if (qualified) {
      rank = qualified.qualifier;
      tm2 = qualified.title;
    } else if (rank) {
      const ranked = TITLE_AT.exec(text.slice(titleFrom + rank[0].length));
      // (… and any office after a state: "Makoto Kuroda, Japan's deputy minister of International Trade and Industry";
      // … and a ranked portfolio minister, a state's office with no state named: "Toyoo Gyohten, Vice Finance Minister for
      // International Affairs," — session 15, appos)
      if (ranked && (NEEDS_PREFIX.test(ranked[1]!) || (m && (m.kind === 'country' || m.kind === 'org')) || /^\p{Lu}\p{Ll}+ Minister$/u.test(ranked[1]!))) tm2 = ranked;
    }
    // "Franz-Josef Feiter, agricultural adviser to West German Chancellor Helmut Kohl,", "Henk Heidweiler, a top aide to
    // Surinam military leader Desi Bouterse,": an adviser or aide to a leader of a state stands for that state (not one to
    // a member of a parliament whose state the story leaves untold, "David Graves, aide to Sen. Thad Cochran")
    const aide = !tm2 && !rank && !m ? AIDE_TO.exec(text.slice(after, after + 60)) : null;
    if (aide) {
      const from = after + aide[0].length;
      const boss = mentions.find((x) => x.kind === 'leader' && x.start >= from && x.start <= from + 50 && !/[,.;()"“”]/.test(text.slice(from, x.start)));
      const represents = boss ? leaders.get(boss.id)?.represents : null;
      const id = slugify(name.text);
      if (represents?.label === 'Country' && !leaders.has(id) && !LEADERS.has(id)) {
        addFoundLeader(leaders, mentions, covered, { id, name: name.text, aliases: [], title: titleCase(aide[1]!.replace(/\s+/g, ' ')), role: 'adviser', represents, since: null, until: null }, am.index, ti, name);
      }
      continue;
    }
    // (a military rank is no office in an apposition: "J.S. Simon, General Manager of the Supply Department")
    if (tm2 && MILITARY_RANK.test(tm2[1]!)) continue;
    const rankLen = tm2 && rank ? rank[0].length : 0;
    // (… nor a delegate of no state: "Don Gingerich, a delegate from Iowa," to a producers' convention)
    if (!tm2 || /^(?:leader|counterpart|aide|advis[eo]r|delegate)$/i.test(tm2[1]!) && !m) continue;
    // "Paul Resch, economic attache for the West German embassy": the state named after the title
    const afterTitle = titleFrom + rankLen + tm2[0].length;
    // "… under the Meat Price Stabilisation Scheme, Finance Minister Roger Douglas said": a title with a leader's name
    // right after it is that leader's, not an apposition of the words before the comma
    const next = /^[^\S\n]+/.exec(text.slice(afterTitle, afterTitle + 4));
    if (next && covered.get(byStart.get(afterTitle + next[0].length) ?? -1)?.kind === 'leader') continue;
    const forM = m ? undefined : (() => {
      const fm = /^\s+(?:for|of|at|in)\s+(?:the\s+)?/i.exec(text.slice(afterTitle, afterTitle + 12));
      const k = fm ? byStart.get(afterTitle + fm[0].length) : undefined;
      const x = k !== undefined ? covered.get(k) : undefined;
      // … a state's mission itself ("for the West German embassy"), not a company or a group named after a place ("of Japan Bond Research Institute")
      // (… its acronym in brackets may follow: "Director General of the Organization for Economic Cooperation and Development (OECD),")
      return x && (x.kind === 'country' || x.kind === 'org') && /^\s*(?:\([A-Z][\w.&-]*\)\s*)?(?:[,.;]|(?:embassy|government|ministry|mission|delegation|consulate)\b)/i.test(text.slice(x.end, x.end + 24)) ? x : undefined;
    })();
    if (NEEDS_PREFIX.test(tm2[1]!) && !m && !forM && !GOV_BODY_AFTER.test(text.slice(afterTitle, afterTitle + 90))) continue;
    // "Thomas O'Malley, Chairman of Phibro Energy,": an office a company has too stands for a state only by its body
    if (COMPANY_OFFICE.test(tm2[1]!) && !m && !forM && !stateBody(text, afterTitle, byStart, covered)) continue;
    const id = slugify(name.text);
    if (leaders.has(id) || LEADERS.has(id)) continue;
    // a state's office spelt out after the title goes with it, up to its last portfolio word ("Japan's deputy minister
    // of International| Trade and Industry", "the UAE's Minister of State| for Finance and Industry"; not after "chairman
    // of the Japan Committee …": no state owns that)
    const fieldRun = m ? /^(?:[^\S\n]+(?:(?:and|of|for)[^\S\n]+)*[A-Z][\w-]*)*/.exec(text.slice(afterTitle, afterTitle + 80))![0] : '';
    const fieldWords = fieldRun.split(/(?<=\S)(?=\s)/);
    while (fieldWords.length > 0 && !FIELD_END.test(fieldWords.at(-1)!.trim())) fieldWords.pop();
    const title = titleCase(`${rankLen > 0 ? text.slice(titleFrom, titleFrom + rankLen) : ''}${tm2[1]!}${fieldWords.join('').replace(/\s+/g, ' ')}`);
    // ("Antonio Ortiz Mena, president of the Inter-American Development Bank,": an international body's president, no head of state)
    const ofOrg = [m, forM].some((x) => x?.kind === 'org' && !ORGS.get(x.id)?.country);
    const info: LeaderInfo = { id, name: name.text, aliases: [], title, role: roleOf(title, ofOrg === true), represents: null, since: null, until: null };
    // ("head of the Gulf desk at the Soviet Foreign Ministry": the state named in the ministry's name)
    const body = m || forM ? null : GOV_BODY_AFTER.exec(text.slice(afterTitle, afterTitle + 90));
    const bodyState = body ? gaz.find((x) => x.kind === 'country' && x.start >= afterTitle && x.end <= afterTitle + body[0].length) : undefined;
    const of = m ?? forM ?? bodyState;
    if (of?.kind === 'country') info.represents = { label: 'Country', key: of.id };
    else if (of?.kind === 'org') info.represents = { label: 'Organization', key: of.id };
    addFoundLeader(leaders, mentions, covered, info, am.index, ti, name);
  }
  // "Francisco Fernandez Ordonez of Spain said", "Pat Carney of Canada said", "Gerard Guillonneau of France, speaking for
  // consumers,": a delegate named by the state he speaks for, as the ministers and delegates round a table are listed.
  NAME_OF_STATE.lastIndex = 0;
  let sm: RegExpExecArray | null;
  while ((sm = NAME_OF_STATE.exec(text)) !== null) {
    const ti = byStart.get(sm.index);
    if (ti === undefined || covered.has(ti)) continue;
    const name = nameAt(tokens, ti, covered);
    if (!name || name.text !== sm[1] || !name.text.includes(' ') || ORG_WORD.test(name.text) || COMPANY_AFTER.test(name.text.split(' ').at(-1)!)) continue;
    // (a state by name, not "West German" nor "Canada's"; a name in the story's first sentence is a company's: "Lanson
    // Champagne of France said it named …", the lead of a company's news)
    const si = byStart.get(name.end + sm[2]!.length);
    const state = si === undefined ? undefined : covered.get(si);
    if (!state || state.kind !== 'country' || state.form === 'demonym' || state.tokStart !== si || !NAME_OF_STATE_AFTER.test(text.slice(state.end, state.end + 14))) continue;
    if (!/[.!?]["”]?\s/.test(text.slice(0, sm.index))) continue;
    const id = slugify(name.text);
    if (leaders.has(id) || LEADERS.has(id)) continue;
    addFoundLeader(leaders, mentions, covered, { id, name: name.text, aliases: [], title: null, role: null, represents: { label: 'Country', key: state.id }, since: null, until: null }, sm.index, ti, name);
  }
  congressMembers(text, tokens, byStart, covered, leaders, mentions);
  const bodyCtx: BodyContext = { text, tokens, byStart, byEnd, covered, gaz, leaders, mentions, sentences, date, datelineState };
  bodyOffices(bodyCtx);
  orgOffices(bodyCtx);
  bodyAppositions(bodyCtx);
  agencyAppositions(bodyCtx);
  agencyOffices(bodyCtx);
  ledDelegations(bodyCtx);
  backrefAppositions(bodyCtx);
  delegationHeads(bodyCtx);
  // Later mentions by surname of leaders found through titles.
  // (known leaders too: "Baker" alone is ambiguous in the data — James or Howard — but not in a story that named James Baker)
  const surnames = new Map<string, string>();
  const shared = new Set<string>();
  for (const l of leaders.values()) {
    const parts = l.name.split(' ');
    const last = parts[parts.length - 1]!;
    if (parts.length > 1 && surnames.has(last) && surnames.get(last) !== l.id) shared.add(last);
    if (parts.length > 1) surnames.set(last, l.id);
    // "Chung In-yong", "Rha Woong-bae": a hyphenated given name last, the family name first
    if (parts.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[1]!)) surnames.set(parts[0]!, l.id);
  }
  // "Finance Minister Wang Bingqian … Wang said", "Deputy Prime Minister Rha Woong Bae … Rha said", "Prime Minister Prem
  // Tinsulanonda … Prem said": a story that calls someone by the first word of the name alone (a Chinese or Korean
  // family name, a Thai or Malay given name) and never by the last word refers to that person by the first. The
  // first word alone then is no part of a longer name ("Wang Laboratories", "Satellite Auction said", checked below).
  const firstWords = new Set<string>();
  for (const l of leaders.values()) {
    const parts = l.name.split(' ');
    const first = parts[0]!;
    if (parts.length < 2 || parts.length > 3 || !/^\p{Lu}\p{Ll}+$/u.test(first) || surnames.get(first) === l.id) continue;
    const last = parts[parts.length - 1]!;
    if (tokens.some((t, i) => t.text === last && tokens[i - 1]?.text !== parts[parts.length - 2])) continue;
    if (surnames.has(first)) shared.add(first);
    surnames.set(first, l.id);
    firstWords.add(first);
  }
  for (const k of shared) surnames.delete(k);
  if (surnames.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      // ("N'Diaye said": a surname elided with an apostrophe spans three tokens, and so does one with an apostrophe
      // inside: "Nyang'anyi told Reuters", "Kan'an said")
      const elided = /['’]/.test(tokens[i + 1]?.text ?? '') ? elidedAt(tokens, i, false) ?? innerApostrophe(tokens, i) : null;
      if (elided && !covered.has(i) && surnames.has(elided.text)) {
        const m: Mention = { kind: 'leader', id: surnames.get(elided.text)!, start: elided.start, end: elided.end, tokStart: i, tokEnd: i + 3, text: elided.text };
        mentions.push(m);
        for (let k = i; k < i + 3; k++) covered.set(k, m);
        continue;
      }
      const id = surnames.get(tokens[i]!.text);
      if (id === undefined || covered.has(i)) continue;
      if (firstWords.has(tokens[i]!.text) && [tokens[i - 1], tokens[i + 1]].some((n) => n && (n.end + 1 === tokens[i]!.start || n.start === tokens[i]!.end + 1) && isCapitalized(n.text))) continue;
      // "Wang Chao-ming, vice chairman of …" after "Wang Chien-shien": the family name before another hyphenated given
      // name is another person's.
      const next = tokens[i + 1];
      if (next && next.start === tokens[i]!.end + 1 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(next.text) && !leaders.get(id)?.name.split(' ').includes(next.text)) continue;
      const m: Mention = { kind: 'leader', id, start: tokens[i]!.start, end: tokens[i]!.end, tokStart: i, tokEnd: i + 1, text: tokens[i]!.text };
      mentions.push(m);
      covered.set(i, m);
    }
  }
  // "the Crown Prince", "the Foreign Minister": the one leader of this article with that office.
  const TITLE_REF = /\bthe\s+(crown prince|prime minister|premier|chancellor|foreign minister|finance minister|secretary of state|king|queen|emir|vice president|president)\b/gi;
  let rm: RegExpExecArray | null;
  while ((rm = TITLE_REF.exec(text)) !== null) {
    // not "the President of …", not a title before a name
    if (/^\s+(?:of\b|\p{Lu})/u.test(text.slice(rm.index + rm[0].length))) continue;
    const ti = byStart.get(rm.index);
    const te = byStart.get(rm.index + rm[0].length - rm[1]!.split(' ').slice(-1)[0]!.length);
    if (ti === undefined || te === undefined || covered.has(ti) || covered.has(te)) continue;
    const id = onlyHolder(leaders, rm[1]!, null);
    if (!id) continue;
    const m: Mention = { kind: 'leader', id, start: rm.index, end: rm.index + rm[0].length, tokStart: ti, tokEnd: te + 1, text: rm[0] };
    mentions.push(m);
    for (let k = ti; k <= te; k++) covered.set(k, m);
  }
  // A surname misspelt by one letter ("Schultz" for Shultz) is the leader of this article with that surname.
  const found = [...leaders.values()].map((l) => ({ id: l.id, surname: l.name.split(' ').slice(-1)[0]! })).filter((x) => x.surname.length >= 5);
  if (found.length > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (covered.has(i) || t.text.length < 5 || !isCapitalized(t.text) || STOP_NAME.has(t.text) || PHRASES.has(t.text)) continue;
      if (i + 1 < tokens.length && isCapitalized(tokens[i + 1]!.text) && tokens[i + 1]!.start === t.end + 1) continue;
      if (i > 0 && isCapitalized(tokens[i - 1]!.text) && tokens[i - 1]!.end + 1 === t.start && !/^(?:President|Minister|Secretary|Chancellor|Premier)$/.test(tokens[i - 1]!.text)) continue;
      const hits = found.filter((f) => f.surname !== t.text && f.surname[0] === t.text[0] && withinOneEdit(f.surname, t.text));
      if (hits.length !== 1) continue;
      const m: Mention = { kind: 'leader', id: hits[0]!.id, start: t.start, end: t.end, tokStart: i, tokEnd: i + 1, text: t.text };
      mentions.push(m);
      covered.set(i, m);
    }
  }
  for (const l of leaders.values()) if (l.represents?.label === 'Country' && !COUNTRY_NAMES.has(l.represents.key)) l.represents = null;
  sideBySide(text, mentions, leaders);
  for (const b of bankOfficers) if (b.info.represents === null) b.info.represents = bankState(sentences, text, b.start, b.titleStart, gaz) ?? homeBank(sentences, text, b.start, b.titleStart, gaz, datelineState);
  frontedPlaceOffices(sentences, text, gaz, mentions, leaders);
  if (datelineState !== null) datelineOffices(sentences, text, gaz, mentions, leaders, datelineState);
  legislatureOffices(text, mentions, leaders, datelineState);
  titledSurnames(leaders, mentions);
  // A known surname inside a longer name found from a title ("Aziz" in "Crown Prince Abdullah bin Abdul Aziz") is no mention of its own.
  const inside = (m: Mention): boolean => mentions.some((o) => o !== m && o.id !== m.id && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
  const kept = mentions.filter((m) => !inside(m));
  const alive = new Set(kept.map((m) => m.id));
  for (const id of [...leaders.keys()]) if (!alive.has(id)) leaders.delete(id);
  mentions.length = 0;
  mentions.push(...kept);
  mentions.sort((a, b) => a.start - b.start);
  return { leaders, mentions, companyOfficers: companyOfficers(sentences, text, mentions, leaders, gaz) };
}
