/** Gazetteer mentions: the longest known phrase at each token (countries, organisations, places, leaders). */
import { activeNear, countryOn, FIRST_TOKENS, LEADERS, MAX_PHRASE, PHRASES, tookOfficeBy, type Entry } from './gazetteer.ts';
import { withinOneEdit } from './spelling.ts';
import { escapeRegExp, type Token } from './tokens.ts';

/** A span of the text that names an entity of the gazetteer. */
export interface Mention {
  kind: 'country' | 'org' | 'place' | 'leader';
  /** ISO code, organisation id, place id or leader id. */
  id: string;
  start: number;
  end: number;
  /** Token range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** For countries: the form used (name, demonym, capital). */
  form?: 'name' | 'demonym' | 'capital';
  text: string;
}

function pickLeader(entries: Entry[], date: string): string | null {
  const leaders = entries.filter((e): e is Extract<Entry, { type: 'leader' }> => e.type === 'leader');
  const active = leaders.filter((e) => activeNear(LEADERS.get(e.id)!, date, 1));
  if (active.length > 0) return active[0]!.id;
  // (by the full name only, and only one who had taken office by then: "Casino owner and real estate developer Donald
  // Trump" in 1987 is no president)
  const full = leaders.filter((e) => e.full && tookOfficeBy(LEADERS.get(e.id)!, date));
  return full.length > 0 ? full[0]!.id : null;
}

/** Capitalised words before a surname that are no given name: titles, ranks, function words opening a sentence. */
const NOT_GIVEN_NAME = /^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Senior|Top|Former|Late|Acting|Chief|Junior|Ambassador|Envoy|Congressman|Judge|Justice|Pope|Saint|St|Lieutenant|Colonel|Captain|Major|Admiral|Commander|President|Premier|Prime|Minister|Chancellor|Secretary|Senator|Sen|Rep|Governor|General|Gen|King|Queen|Prince|Sheikh|Emir|Leader|Chairman|Vice|Deputy|Foreign|Finance|Economy|Trade|Defence|Defense|Socialist|Communist|Conservative|But|And|Or|As|If|When|While|After|Before|Since|Then|The|A|An|That|This|Said|Says|Told|Asked|Both|Only|Even|Also|Under|With|By|For|From|To|Of|On|At|In|One|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Abdul|Abd|Bin|Ibn|Abu)$/;
/**
 * Whether the story names in full another person of the surname a data leader is mentioned by alone ("Argentine Economy
 * Undersecretary Jorge Gonzalez" in a story of 1987: "Gonzalez said" is he, not Spain's Felipe Gonzalez; "Data General
 * president Edson de Castro", not Fidel Castro): a given name, not a title nor a word that opens a sentence, right
 * before the surname (or before its particle), and that full name none of the leader's own.
 */
function namesakeNamed(text: string, surname: string, id: string): boolean {
  const data = LEADERS.get(id)!;
  const own = [data.name, ...data.aliases];
  const sur = escapeRegExp(surname);
  const re = new RegExp(`(?<![\\p{L}'’.-])(\\p{Lu}[\\p{Ll}'’-]+)((?:\\s+\\p{Lu}\\.)?(?:\\s+(?:de|da|del|dos|van|von|al|el))?\\s+)${sur}(?![\\p{L}'’-])`, 'gu');
  for (const m of text.matchAll(re)) {
    const given = m[1]!;
    if (NOT_GIVEN_NAME.test(given) || PHRASES.has(given)) continue;
    const full = `${given}${m[2]!.replace(/\s+/g, ' ')}${surname}`;
    // (the leader's own given name, or one spelt another way: "Mikhael Gorbachev", "Jamie Ongpin", "Tareq Aziz")
    if (own.some((n) => n === full || n.endsWith(` ${full}`) || withinOneEdit(n.split(' ')[0]!, given))) continue;
    return true;
  }
  return false;
}

/**
 * Words a company or a fund puts after the state it is named for: "British Petroleum", "American Express",
 * "Canadian Pacific", "Japan Fund", "Australia Ltd". Not "Finance" ("Japanese Finance Ministry") nor "Securities"
 * ("U.S. Securities and Exchange Commission").
 */
const COMPANY_AFTER = /^(?:Savings|Express|Petroleum|Airlines|Airways|Telecom|Motors|Steel|Pacific|Shell|Oil|Gas|Resources|Mining|Mines|Holdings|Group|Corp|Corporation|Inc|Ltd|Co|Plc|PLC|Industries|Chemicals?|Electric|Foods|Brands|Insurance|Capital|Investments?|Fund|Trust|Financial)$/;
/**
 * Capitalised words that may stand right before a state's name without making a company of it: function words that
 * open a sentence or a heading, titles, points of the compass ("North Yemen"), days and months, and the public bodies
 * named "<word> Canada" ("Statistics Canada", "Investment Canada", "Bank Indonesia").
 */
const NAME_BEFORE_STATE = /^(?:In|To|For|From|With|By|And|But|Both|Neither|Either|Only|Even|Unlike|Like|Against|Of|On|At|Under|Before|After|Since|Until|While|Where|When|If|As|Than|Then|Also|The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Why|How|What|Who|Which|Many|Most|Some|All|Each|Every|No|Nor|Or|So|Yet|Now|Today|Yesterday|Tomorrow|Meanwhile|However|Moreover|Although|Though|Because|Whether|Including|Between|Among|Through|During|Within|Without|Into|Over|About|Across|Toward|Towards|Via|Prime|Minister|President|Premier|Chancellor|King|Queen|Emperor|Republic|Kingdom|Greater|Communist|Free|North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Deputy|Acting|Assistant|Chief|Former|Senior|Visiting|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Dr|Statistics|Investment|Export|Radio|Bank|Transport|Environment|Health|Revenue|Employment|Agriculture|Fisheries|Energy|Trade)$/;

/** Capitalised words that open a sentence before a state's name without naming a company: "Unless Japan", "Given Brazil's",
 * "Great Britain", "Latin America", "Mainland China", questions ("Should Japan …"). */
const SENTENCE_OPENER = /^(?:Unless|Given|Whereas|Once|Should|Could|Would|Will|Can|Must|Did|Does|Do|Is|Was|Has|Had|Let|Great|Latin|Mainland|Red|Nationalist|Imperial|Socialist)$/;

/**
 * True when a state's name or demonym is part of a company's name: "Shell Canada said", "American Savings said",
 * "Royal Dutch Shell", "British Petroleum". Such a name speaks for the company, not the state. A word is read as part
 * of the name when it is capitalised, stands right before the state's name inside a sentence and is none of
 * NAME_BEFORE_STATE, or stands right after it and is one of COMPANY_AFTER. "U.S." and "U.K." are left alone: Reuters
 * capitalises the word after them ("U.S. Oil companies", "the U.S. Has been pressing").
 */
function inCompanyName(text: string, tokens: Token[], m: Pick<Mention, 'tokStart' | 'tokEnd' | 'start' | 'end' | 'form' | 'text'>): boolean {
  if (m.form === 'capital' || m.text.includes('.')) return false;
  const next = tokens[m.tokEnd];
  // ("Norwegian Oil Minister Arne Oeien", "the Kuwaiti Oil Ministry": an office)
  const office = /^(?:Minister|Ministry|Secretary|Department|Commission|Council|Committee|Office|Board|Authority)$/.test(tokens[m.tokEnd + 1]?.text ?? '');
  if (next && text.slice(m.end, next.start) === ' ' && COMPANY_AFTER.test(next.text) && !office) return true;
  const prev = tokens[m.tokStart - 1];
  if (m.form !== 'name' || !prev || text.slice(prev.end, m.start) !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(prev.text) || NAME_BEFORE_STATE.test(prev.text)) return false;
  const before = text.slice(Math.max(0, prev.start - 8), prev.start);
  // Reuters capitalises the word after "U.S." ("the U.S. Wants Japan to …", "the U.S. Hopes Japan will …"): no name.
  if (/\b[A-Z]\.\s*[A-Z]\.\s*$/.test(before)) return false;
  // The first word of a sentence or a paragraph is a name too ("Shell Canada said", "Texaco Canada raised"), unless it is
  // an adverb or a participle opening the sentence ("Finally Japan …", "Listing Singapore …") or a word of SENTENCE_OPENER; not after an opening quote.
  if (/(?:^|[.!?:;]["”]?|\n\s{2,})\s*$/.test(before)) return !/(?:ly|ing)$/.test(prev.text) && !SENTENCE_OPENER.test(prev.text);
  return !/["“]\s*$/.test(before);
}

/**
 * The states a hyphenated compound names when every part names one by name or demonym: "the Iran-Iraq war",
 * "Italian-Soviet talks", "Saudi-French" → a mention per part. Not "London-based", "Petro-Canada", "Inter-American",
 * "Iran-contra" (a part that is no state), nor "Amsterdam-Rotterdam" (cities, not governments). On the corpus the
 * 45 compounds split so all pair two states (Iran-Iraq 19, Tanzania-Zambia 4, Greek-Turkish 2, Japan-Poland 1, …).
 */
function compoundParts(token: Token, index: number, date: string): Mention[] {
  if (!token.text.includes('-')) return [];
  const out: Mention[] = [];
  let start = token.start;
  for (const part of token.text.split('-')) {
    const entries = PHRASES.get(part);
    const e0 = entries?.[0];
    if (!e0 || e0.type !== 'country' || e0.form === 'capital') return [];
    const code = countryOn(e0.code, e0.alias, date);
    if (code === null) return [];
    out.push({ kind: 'country', id: code, form: e0.form, start, end: start + part.length, tokStart: index, tokEnd: index + 1, text: part });
    start += part.length + 1;
  }
  return out.length > 1 ? out : [];
}

/**
 * Finds gazetteer phrases in the tokens (longest match first, case-sensitive) and resolves them
 * on the publication day: historical names, surname-only leaders only when in office near that day
 * or named in full elsewhere in the article.
 */
export function findMentions(text: string, tokens: Token[], date: string): Mention[] {
  const out: Mention[] = [];
  const surnameOnly: Mention[] = [];
  const ifNamed: { entries: Entry[]; base: Omit<Mention, 'kind' | 'id'> }[] = [];
  const fullLeaders = new Set<string>();
  /** namesakeNamed per leader and surname: it reads the whole story, and a story names its leader by surname many times. */
  const namesakes = new Map<string, boolean>();
  const namesake = (surname: string, id: string): boolean => {
    const key = `${id} ${surname}`;
    let found = namesakes.get(key);
    if (found === undefined) namesakes.set(key, (found = namesakeNamed(text, surname, id)));
    return found;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST_TOKENS.has(tokens[i]!.text)) {
      out.push(...compoundParts(tokens[i]!, i, date));
      continue;
    }
    let found: { entries: Entry[]; len: number } | null = null;
    let key = '';
    for (let n = 1; n <= MAX_PHRASE && i + n <= tokens.length; n++) {
      key = n === 1 ? tokens[i]!.text : `${key} ${tokens[i + n - 1]!.text}`;
      const entries = PHRASES.get(key);
      if (entries) found = { entries, len: n };
    }
    if (!found) continue;
    const start = tokens[i]!.start;
    const end = tokens[i + found.len - 1]!.end;
    const base = { start, end, tokStart: i, tokEnd: i + found.len, text: text.slice(start, end) };
    const e0 = found.entries[0]!;
    if (e0.type === 'leader') {
      const id = pickLeader(found.entries, date);
      const full = found.entries.some((e) => e.type === 'leader' && e.full && e.id === id);
      if (id !== null) {
        const m: Mention = { kind: 'leader', id, ...base };
        if (full) {
          fullLeaders.add(id);
          out.push(m);
        } else if (activeNear(LEADERS.get(id)!, date, 1) && !namesake(base.text, id)) {
          out.push(m);
        } else surnameOnly.push(m);
      } else {
        for (const e of found.entries) if (e.type === 'leader') surnameOnly.push({ kind: 'leader', id: e.id, ...base });
      }
    } else if (e0.type === 'country') {
      // (inside a company's name, "Shell Canada", no mention of the state)
      if (!inCompanyName(text, tokens, { ...base, form: e0.form })) {
        const code = countryOn(e0.code, e0.alias, date);
        out.push(code !== null ? { kind: 'country', id: code, form: e0.form, ...base } : { kind: 'place', id: e0.alias.toLowerCase(), ...base });
      }
    } else if (e0.type === 'org') {
      // ("the Community": right after "the", and no name of its own follows, as in "the Community Bank")
      const prevTok = tokens[i - 1]?.text;
      const nextTok = tokens[i + found.len]?.text ?? '';
      // (a shared acronym, "ITC": decided once the story's other names of bodies are known)
      if (e0.ifNamed) ifNamed.push({ entries: found.entries, base });
      else if (!e0.afterThe || ((prevTok === 'the' || prevTok === 'The') && !/^\p{Lu}/u.test(nextTok))) out.push({ kind: 'org', id: e0.id, ...base });
    } else {
      out.push({ kind: 'place', id: e0.id, ...base });
    }
    i += found.len - 1;
  }
  for (const m of surnameOnly) if (fullLeaders.has(m.id)) out.push(m);
  // A shared acronym names the body of its entries that the story names otherwise ("Tin Council … the ITC").
  const namedOrgs = new Set(out.filter((m) => m.kind === 'org').map((m) => m.id));
  for (const { entries, base } of ifNamed) {
    const e = entries.find((x): x is Extract<Entry, { type: 'org' }> => x.type === 'org' && namedOrgs.has(x.id));
    if (e) out.push({ kind: 'org', id: e.id, ...base });
  }
  return out.sort((a, b) => a.start - b.start);
}
