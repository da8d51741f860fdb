/**
 * Dates, times and durations in a sentence, resolved against the publication day: weekdays and
 * months snap by tense (told in the past → not after publication; future → not before), explicit
 * dates come from chrono-node, named time zones become UTC offsets, durations are read here.
 */
import * as chrono from 'chrono-node';
import { DAY_MS } from '../../core/days.ts';
import { ED_ADJECTIVES } from './tense-words.ts';

/** A date found in text: a day, a month or a year, with its span. */
export interface FoundDate {
  date: string;
  precision: 'day' | 'month' | 'year';
  start: number;
  end: number;
  /** The days a coarser date stands for when the text names them: a weekend's Saturday and Sunday. */
  days?: [string, string];
  /**
   * A named span of days ("last weekend") kept at the coarsest precision its days share: a year when they straddle two
   * months, which still dates the event as its words do, unlike a bare "this year" (callDay).
   */
  span?: true;
}

/** Whether a found date names the day (or month, or year) `date`: the same value, or one of the days it stands for. */
export function datesAgree(d: FoundDate, date: string | null): boolean {
  return date !== null && (d.date === date || (d.days?.includes(date) ?? false));
}
export type Tense = 'past' | 'future' | 'unknown';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Capitalized as news writes them ("Monday"), for patterns that name a day or a month without the i flag. */
const capitalized = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
/** The weekday names as a regex alternation ("Sunday|Monday|…"), for patterns elsewhere that name a day. */
export const WEEKDAY_NAME = WEEKDAYS.map(capitalized).join('|');
/** The month names as a regex alternation ("January|February|…"), for patterns elsewhere that name a month. */
export const MONTH_NAME = MONTHS.map(capitalized).join('|');
/** How far ahead a bare month and day told in the past still means this year's. */
const SOON_DAYS = 45;
/** How many months ahead a month named alone and told in the past still means this year's. */
const SOON_MONTHS = 3;

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The day `n` days after ISO day `date` (before it when `n` is negative): addDays('1987-04-29', -2) → '1987-04-27'. */
export function addDays(date: string, n: number): string {
  return iso(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS);
}
function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The weekday named, on the publication's week: past → not after `pub`, future → not before. */
export function resolveWeekday(weekday: number, pub: string, tense: Tense, strict = false): string {
  const t = Date.parse(`${pub}T00:00:00Z`);
  const pw = new Date(t).getUTCDay();
  if (tense === 'future') return iso(t + ((weekday - pw + 7) % 7 || (strict ? 7 : 0)) * DAY_MS);
  return iso(t - ((pw - weekday + 7) % 7 || (strict ? 7 : 0)) * DAY_MS);
}

/**
 * The Saturday of the weekend a phrase names, told on `pub`: "last weekend" and "the past weekend" are the latest one
 * wholly before the story's day; "next weekend" and "the coming weekend" the first one after it; "over the weekend" and
 * "at the weekend" go by the tense (a story of Monday, 1987-04-06: "met over the weekend" → Saturday 04-04, "will meet at
 * the weekend" → 04-11); "this weekend" is the coming one unless told in the past early in the week. Each is the weekend
 * the story is told in when it falls on one.
 */
export function resolveWeekend(pub: string, tense: Tense, mod: string): string {
  const t = Date.parse(`${pub}T00:00:00Z`);
  const pw = new Date(t).getUTCDay();
  const current = pw === 6 ? pub : pw === 0 ? iso(t - DAY_MS) : null;
  const before = addDays(resolveWeekday(6, pub, 'past'), current ? -7 : 0);
  const after = resolveWeekday(6, pub, 'future', true);
  if (/^(?:the\s+)?past$|^last$/i.test(mod)) return before;
  if (/^(?:the\s+)?coming$|^next$/i.test(mod)) return after;
  // ("Eyskens was speaking before hosting a meeting this weekend", told on Thursday: the coming one, though told in the past)
  if (/^this$/i.test(mod)) return current ?? (tense === 'past' && (pw === 1 || pw === 2) ? before : after);
  return current ?? (tense === 'future' ? after : before);
}

/**
 * The month named alone: past → the latest such month not after `pub` (except up to three months ahead); future → not
 * before (except up to three months back). Its own word decides first, whatever the clause's tense: "next April" is the
 * first April after the publication month, "last April" the latest before it (told in April, April of the year before:
 * "down from 40,012 last February" told in February 1987 is February 1986; "the Tokyo summit last May" told in April 1987
 * is May 1986), "this October" the publication year's ("the fiscal year starting this October", told in March).
 */
export function resolveMonth(month: number, pub: string, tense: Tense, mod: 'last' | 'next' | 'this' | null = null): string {
  const y = Number(pub.slice(0, 4));
  const m = Number(pub.slice(5, 7));
  // "next April" is never behind ("in the period from next April", told in June, is the coming year's)
  if (mod === 'next') return `${month > m ? y : y + 1}-${pad(month)}`;
  if (mod === 'last') return `${month < m ? y : y - 1}-${pad(month)}`;
  if (mod === 'this') return `${y}-${pad(month)}`;
  // (and one up to three months back is this year's even when told with a future: "will gather for the first time since
  // their February talks", "the February meeting produced scant promise" in a sentence about what will be)
  if (tense === 'future') return `${month >= m || m - month <= SOON_MONTHS ? y : y + 1}-${pad(month)}`;
  // A month up to three months ahead is the coming one even when told in the past ("said the
  // April summit would …"); a past one further back would be "last April" or carry its year.
  if (month > m && month - m <= SOON_MONTHS) return `${y}-${pad(month)}`;
  return `${month <= m ? y : y - 1}-${pad(month)}`;
}

/** A month and day without a year, snapped by tense (past → not after `pub`, except within the next 45 days; future → not before, except within the last 45). */
export function resolveMonthDay(month: number, day: number, pub: string, tense: Tense): string {
  const y = Number(pub.slice(0, 4));
  const same = `${y}-${pad(month)}-${pad(day)}`;
  // (a day up to 45 days back is this year's even in a sentence about what will be: "the half-point cut in the discount
  // rate on January 22 came after the U.S. had signalled it would …", told on March 9)
  const back = Date.parse(`${pub}T00:00:00Z`) - Date.parse(`${same}T00:00:00Z`);
  if (tense === 'future') return same >= pub || back <= SOON_DAYS * DAY_MS ? same : `${y + 1}-${pad(month)}-${pad(day)}`;
  if (same <= pub) return same;
  // A bare month and day a few weeks ahead is the coming one even in a past-tense report
  // ("said Nakasone will visit from April 29"); a day almost a year back would carry its year.
  return Date.parse(`${same}T00:00:00Z`) - Date.parse(`${pub}T00:00:00Z`) <= SOON_DAYS * DAY_MS ? same : `${y - 1}-${pad(month)}-${pad(day)}`;
}

/**
 * The month of "next week" or "last week" told on `pub`: that of the middle one of that week's working days (Monday to
 * Friday), so the month that holds most of them. Told on Friday 1987-04-24, "next week" (April 27 to May 1) is April,
 * not the May that a week on from the Friday falls in (Nakasone's visit "next week" began on April 29); told on Monday
 * 1987-03-02, "last week" (February 23 to 27) is February. "This week" is the month of `pub`, which it holds ("at this
 * week's EC summit", told on Monday June 29: the summit of June 29 and 30, though most of the week is July's). A month,
 * not the year the days may share: two reports of one event join by the month (ingest/resolve.ts), not by the year.
 */
export function weekMonth(pub: string, which: 'next' | 'last' | 'this'): string {
  if (which === 'this') return pub.slice(0, 7);
  const t = Date.parse(`${pub}T00:00:00Z`);
  const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS + (which === 'next' ? 7 : -7) * DAY_MS;
  return iso(monday + 2 * DAY_MS).slice(0, 7);
}

const DATE_HINT = /\b(?:month|week|weekend|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|yesterday|today|tomorrow|tonight|days? ago|weeks? ago|months? ago|day before)\b/i;
const WEEKDAY_RE = /\b(?:(last|next|this|on|late|early)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?\b/gi;
const REL_WEEK = /\b(next|last|this)\s+week(?:['’]s)?\b/gi;
/** "last weekend", "over the weekend", "this weekend's talks": a Saturday and Sunday, resolved by resolveWeekend. */
const WEEKEND_RE = /\b(last|this|next|(?:the\s+)?past|(?:the\s+)?coming|(?:over|at|during|on|after|before|for|by|through|throughout|since|until)\s+the|the(?=\s+weekend['’]s))\s+weekend(?:['’]s)?\b/gi;
/** "last year", "later this year", "next year's summit": the year only. */
const REL_YEAR = /\b(next|last|this|(?:later|earlier)\s+this)\s+year(?:['’]s)?\b/gi;
const REL_MONTH = /\b(next|last|this|(?:later|earlier|early|late)\s+in\s+the|(?:end|middle)\s+of\s+the)\s+month\b/gi;
const REL_RE = /\b(yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening)|last night)\b/gi;
/** "two days ago", "the day before yesterday": a day counted back from the story's day. */
const AGO_RE = /\b(?:(a|one|two|three|four|five|six|[1-6])\s+days?\s+ago|the\s+day\s+before\s+yesterday)\b/gi;
const SMALL: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "two weeks ago", "three months ago": no day, but the month it falls in. */
const AGO_LONG = /\b(a|one|two|three|four|five|six|[1-6])\s+(weeks?|months?)\s+ago\b/gi;
/** "July 31 last year", "March 31, next year": a year told after a month (and day) that has none of its own. */
const YEAR_AFTER = /^\s*,?\s*(?:of\s+)?(last|next|this)\s+year\b/i;
const YEAR_SHIFT: Record<string, number> = { last: -1, next: 1, this: 0 };
const MONTH_ALONE = new RegExp(String.raw`\b(?:(last|next|this|in|early|late|mid)(?:\s+|-))?(${MONTH_NAME})\b(?!\s+\d)`, 'gi');

/**
 * Words of what is ahead right before a date ("will meet on May 21", "when ministers meet next on May 21", "is to visit in
 * June", "due to start on Monday", "was now expected to arrive in London Monday", "when VAT comes in next January 1",
 * "the new contract, to start trading on June 1"); not an infinitive after a past verb ("which it failed to meet as of
 * January 15", "agreed to meet on Friday": the clause's tense decides).
 */
const OWN_AHEAD = /\b(?:will|shall|is to|are to|due to|due (?:on|in|by)|(?:expected|scheduled|set|planning|planned|prepared) (?:to|for)|plans? (?:to|an?)|planning an?|to be held|(?<![a-z]ed\s)to (?:start|begin|open|resume|meet|arrive|leave|visit)|next(?!\s+(?:day|morning|afternoon|evening|few|two|three|several|\d)\b))\b/gi;
/**
 * Past verbs and words of what is behind between such words and the date ("will review the accord signed in December", "since
 * June"); not the -ed words of what is ahead ("expected", "planned"), nor adjectives ("industrialized countries").
 */
const OWN_PAST = new RegExp(String.raw`\b(?:since|ago|last|said|told|met|held|made|took|gave|went|came|left|began|was|were|had|(?!(?:expected|scheduled|planned|proposed|prepared|needed|intended|hoped|${ED_ADJECTIVES})\b)[a-z]{2,}ed)\b`, 'gi');

/**
 * Whether a date's own words put it ahead, in its clause right before it, whatever the clause's other verbs say: a
 * reporting verb or a past auxiliary elsewhere ("this was expected when EC environment ministers meet next on May 21",
 * told in March: May 21 ahead, not May 1986) does not move a date its own verb puts ahead. A past verb after those words
 * keeps the clause's tense ("will review the accord signed in December"); "will be held in June": a participle after "be"
 * tells no past. Only ahead: a past word near a date is too often an adjective or another event's to move a date back
 * ("to work up some kind of proposal behind closed doors by September (the next scheduled council meeting)", "remained
 * sceptical … when the ICO council meets in September": both the coming September).
 */
function ownAhead(text: string, start: number): boolean {
  // (a comma inside a number is no clause break: "will load 25,000 tonnes … in June"; the window's first, cut word is dropped)
  const before = text.slice(Math.max(0, start - 60), start).replace(/^\S*/, start > 60 ? '' : '$&').split(/[;:"“”]|,(?!\d)|\bthat\b/).pop()!
    .replace(/\b(be|been|being)\s+[a-z]+ed\b/gi, '$1');
  let ahead = -1;
  let past = -1;
  for (const m of before.matchAll(OWN_AHEAD)) ahead = m.index + m[0].length;
  for (const m of before.matchAll(OWN_PAST)) past = m.index + m[0].length;
  return ahead >= 0 && ahead > past;
}

/** The tense a date at `start` is resolved with: ahead when its own words say so (ownAhead), else the clause's. */
function tenseAt(text: string, start: number, tense: Tense): Tense {
  return ownAhead(text, start) ? 'future' : tense;
}

/**
 * Dates in a sentence resolved against the publication day `pub` with the tense of the clause.
 * @example findDates('will speak on Thursday', '2021-12-07', 'future') // [{date:'2021-12-09', precision:'day', ...}]
 */
export function findDates(text: string, pub: string, tense: Tense): FoundDate[] {
  if (!DATE_HINT.test(text) && !/\b\d{4}\b/.test(text)) return [];
  const out: FoundDate[] = [];
  const taken = (s: number, e: number): boolean => out.some((d) => s < d.end && e > d.start);
  WEEKDAY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WEEKDAY_RE.exec(text)) !== null) {
    const mod = m[1]?.toLowerCase();
    const t: Tense = mod === 'last' ? 'past' : mod === 'next' ? 'future' : tenseAt(text, m.index, tense);
    const wd = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    out.push({ date: resolveWeekday(wd, pub, t, mod === 'last' || mod === 'next'), precision: 'day', start: m.index, end: m.index + m[0].length });
  }
  REL_RE.lastIndex = 0;
  while ((m = REL_RE.exec(text)) !== null) {
    const w = m[1]!.toLowerCase();
    const base = Date.parse(`${pub}T00:00:00Z`);
    const d = w === 'yesterday' || w === 'last night' ? base - DAY_MS : w === 'tomorrow' ? base + DAY_MS : base;
    out.push({ date: iso(d), precision: 'day', start: m.index, end: m.index + m[0].length });
  }
  AGO_RE.lastIndex = 0;
  while ((m = AGO_RE.exec(text)) !== null) {
    const n = m[1] === undefined ? 2 : SMALL[m[1].toLowerCase()] ?? Number(m[1]);
    // "the day before yesterday" holds "yesterday": the longer phrase wins
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= m.index && out[k]!.end <= m.index + m[0].length) out.splice(k, 1);
    out.push({ date: addDays(pub, -n), precision: 'day', start: m.index, end: m.index + m[0].length });
  }
  AGO_LONG.lastIndex = 0;
  while ((m = AGO_LONG.exec(text)) !== null) {
    const n = SMALL[m[1]!.toLowerCase()] ?? Number(m[1]);
    const p = new Date(`${pub}T00:00:00Z`);
    if (/^w/i.test(m[2]!)) p.setTime(p.getTime() - n * 7 * DAY_MS);
    else p.setUTCMonth(p.getUTCMonth() - n, 1);
    out.push({ date: iso(p.getTime()).slice(0, 7), precision: 'month', start: m.index, end: m.index + m[0].length });
  }
  // Explicit dates (month and day, with or without a year; month and year).
  if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}/i.test(text)) {
    const ref = new Date(`${pub}T12:00:00Z`);
    // "on May 31, 10 months after", "as of March 19, 50 banks": chrono reads a number after the comma as a
    // two-digit year (2010, 2050) or joins it to the next words; news writes years in full, so the comma is
    // turned into a semicolon (same length, offsets kept) before parsing
    const forChrono = text.replace(/(\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}),(?=\s+\d{1,2}\b)/gi, '$1;');
    for (const r of chrono.parse(forChrono, { instant: ref, timezone: 0 })) {
      const s = r.start;
      if (!s.isCertain('month') || taken(r.index, r.index + r.text.length)) continue;
      // chrono also reads "last week" as a day; only a named month or a year makes an explicit date
      if (!/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4}/i.test(r.text)) continue;
      const month = s.get('month')!;
      if (s.isCertain('day')) {
        const day = s.get('day')!;
        // "signed on July 31 last year", "from January 1 next year": the year told after the day, whatever the clause's tense
        const yearAfter = s.isCertain('year') ? null : YEAR_AFTER.exec(text.slice(r.index + r.text.length));
        const date = s.isCertain('year')
          ? `${s.get('year')}-${pad(month)}-${pad(day)}`
          : yearAfter
            ? `${Number(pub.slice(0, 4)) + YEAR_SHIFT[yearAfter[1]!.toLowerCase()]!}-${pad(month)}-${pad(day)}`
            : resolveMonthDay(month, day, pub, tenseAt(text, r.index, tense));
        out.push({ date, precision: 'day', start: r.index, end: r.index + r.text.length });
      } else if (s.isCertain('year')) {
        out.push({ date: `${s.get('year')}-${pad(month)}`, precision: 'month', start: r.index, end: r.index + r.text.length });
      }
    }
  }
  REL_WEEK.lastIndex = 0;
  while ((m = REL_WEEK.exec(text)) !== null) {
    const month = weekMonth(pub, m[1]!.toLowerCase() as 'next' | 'last' | 'this');
    out.push({ date: month, precision: 'month', start: m.index, end: m.index + m[0].length });
  }
  // A weekend is two days: kept at the precision both share (their month; the year when a month ends on the Saturday),
  // never one day invented ("met last weekend" told on Thursday 1987-04-09 → 1987-04, not the story's day).
  WEEKEND_RE.lastIndex = 0;
  while ((m = WEEKEND_RE.exec(text)) !== null) {
    const sat = resolveWeekend(pub, tenseAt(text, m.index, tense), m[1]!);
    const sun = addDays(sat, 1);
    const month = sat.slice(0, 7) === sun.slice(0, 7);
    out.push({ date: month ? sat.slice(0, 7) : sat.slice(0, 4), precision: month ? 'month' : 'year', start: m.index, end: m.index + m[0].length, days: [sat, sun], span: true });
  }
  REL_MONTH.lastIndex = 0;
  while ((m = REL_MONTH.exec(text)) !== null) {
    const y = Number(pub.slice(0, 4));
    const mo = Number(pub.slice(5, 7)) + (m[1]!.toLowerCase() === 'next' ? 1 : m[1]!.toLowerCase() === 'last' ? -1 : 0);
    const yy = mo > 12 ? y + 1 : mo < 1 ? y - 1 : y;
    const mm = mo > 12 ? 1 : mo < 1 ? 12 : mo;
    out.push({ date: `${yy}-${pad(mm)}`, precision: 'month', start: m.index, end: m.index + m[0].length });
  }
  REL_YEAR.lastIndex = 0;
  while ((m = REL_YEAR.exec(text)) !== null) {
    const y = Number(pub.slice(0, 4)) + (m[1]!.toLowerCase() === 'next' ? 1 : m[1]!.toLowerCase() === 'last' ? -1 : 0);
    out.push({ date: String(y), precision: 'year', start: m.index, end: m.index + m[0].length });
  }
  MONTH_ALONE.lastIndex = 0;
  while ((m = MONTH_ALONE.exec(text)) !== null) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const name = m[2]!;
    if (name[0] !== name[0]!.toUpperCase()) continue;
    if (name === 'May' && !m[1] && !/\b(?:in|last|next|early|late|since|until|by|for)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) {
      // "May" as a month needs a preposition before it; otherwise it is the verb.
      const prevWord = /(\w+)\s*$/.exec(text.slice(0, m.index))?.[1] ?? '';
      if (!/^(?:their|the|its|in|of)$/i.test(prevWord)) continue;
    }
    const mod = m[1]?.toLowerCase();
    const month = MONTHS.indexOf(name.toLowerCase()) + 1;
    // "April last year", "in June next year": the year told after the month
    const yearAfter = YEAR_AFTER.exec(text.slice(m.index + m[0].length));
    const y = Number(pub.slice(0, 4)) + (yearAfter ? YEAR_SHIFT[yearAfter[1]!.toLowerCase()]! : 0);
    out.push({ date: yearAfter ? `${y}-${pad(month)}` : resolveMonth(month, pub, tenseAt(text, m.index, tense), mod === 'last' || mod === 'next' || mod === 'this' ? mod : null), precision: 'month', start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** UTC offsets of time zones named in news ("Moscow time"). */
const ZONES: [RegExp, (pub: string) => string][] = [
  [/moscow time|\bMSK\b/i, (pub) => (pub >= '2014-10-26' ? '+03:00' : pub >= '2011-03-27' ? '+04:00' : '+03:00')],
  [/\b(?:GMT|UTC)\b|greenwich mean time/i, () => '+00:00'],
  [/\bEST\b|eastern standard time/i, () => '-05:00'],
  [/\bEDT\b|eastern daylight time/i, () => '-04:00'],
  [/\bCET\b|central european time|paris time|berlin time/i, () => '+01:00'],
  [/\bBST\b|british summer time/i, () => '+01:00'],
  [/\bJST\b|tokyo time/i, () => '+09:00'],
  [/kyiv time|kiev time/i, () => '+02:00'],
];

const TIME = '(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)';
const RANGE_RE = new RegExp(`(?:from|between)\\s+${TIME}\\s+(?:to|and|until|till)\\s+${TIME}`, 'i');
const AT_RE = new RegExp(`\\bat\\s+${TIME}`, 'i');

function hm(h: string, min: string | undefined, mer: string): string {
  let hour = Number(h) % 12;
  if (/^p/i.test(mer)) hour += 12;
  return `${pad(hour)}:${min ?? '00'}`;
}

/** Start and end times (ISO with offset) on `day` when the sentence names them with a zone. */
export function findTimes(text: string, day: string, pub: string): { startTime?: string; endTime?: string; minutes?: number } {
  const zone = ZONES.find(([re]) => re.test(text));
  if (!zone) return {};
  const off = zone[1](pub);
  const r = RANGE_RE.exec(text);
  if (r) {
    const a = hm(r[1]!, r[2], r[3]!);
    const b = hm(r[4]!, r[5], r[6]!);
    const ta = Date.parse(`${day}T${a}:00${off}`);
    let tb = Date.parse(`${day}T${b}:00${off}`);
    const endDay = tb < ta ? addDays(day, 1) : day;
    if (tb < ta) tb += DAY_MS;
    return { startTime: `${day}T${a}:00${off}`, endTime: `${endDay}T${b}:00${off}`, minutes: Math.round((tb - ta) / 60_000) };
  }
  const at = AT_RE.exec(text);
  if (at) return { startTime: `${day}T${hm(at[1]!, at[2], at[3]!)}:00${off}` };
  return {};
}

/** Number words as news writes them, for durations and spans of days. */
export const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, ninety: 90 };
const DUR_RE = /\b(?:(?:just|nearly|almost|about|around|some|roughly|more than|less than|over|under)\s+)*(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|ninety)(?:-|\s+)(hours?|minutes?|hrs?)(?:\s+and\s+(?:a\s+half|(\d+|fifteen|twenty|thirty|forty|forty-five)\s+minutes))?(?:-long)?\b/i;

/** A duration in minutes named in the text ("two-hour", "just over two hours", "90-minute"). */
export function findDuration(text: string): number | null {
  const m = DUR_RE.exec(text);
  if (!m) return null;
  const n = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()] ?? 0;
  if (n === 0) return null;
  let minutes = /^h/i.test(m[2]!) ? n * 60 : n;
  if (/a\s+half/i.test(m[0])) minutes += 30;
  if (m[3]) minutes += /^\d/.test(m[3]) ? Number(m[3]) : NUMBER_WORDS[m[3].toLowerCase()] ?? 0;
  return Math.round(minutes);
}

/**
 * The day a reported statement was made, from the dates of its sentence (found with past tense):
 * a day told in the attribution ("…, Kaunda said on Saturday", "On Sunday, the Kremlin said …",
 * "Funaro said yesterday that …") wins; a day inside the reported content dates what was reported,
 * not the telling, so it is used only when the sentence has no attribution. Never after `pub`.
 * @param content the span of the reported content within `text` (null when there is no attribution)
 */
export function statementDay(text: string, pub: string, content: { start: number; end: number } | null): string | null {
  // a day in a clause about what is ahead ("preparing to depart for Venice on Wednesday, said") dates no telling
  // (nor a weekday its own words put ahead: "told reporters ahead of his departure on Sunday", "Reagan, who leaves on Friday, said";
  // nor a day of what lies ahead of the telling: "ahead of an EC summit in Copenhagen on December 6", "before the start of the crop year on April 1";
  // nor the end of a reporting period or a deadline: "the statement period that ended on April 8", "the February 25 statement period")
  const ahead = (d: FoundDate): boolean => /(?:\b[Tt]o\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)\p{Ll}|\b(?:will|would|due|scheduled|expected|plans?|planning|preparing)\s)[^,;"“]{0,50}$/u.test(text.slice(Math.max(0, d.start - 50), d.start))
    || /\b(?:ahead of|in advance of|on the eve of|in time for|before the (?:start|end|opening) of)\s+[^,;"“]{0,60}$/i.test(text.slice(Math.max(0, d.start - 80), d.start))
    || PERIOD_END.test(text.slice(Math.max(0, d.start - 40), d.start)) || DEADLINE_AFTER.test(text.slice(d.end, d.end + 24))
    || weekdayAhead(text, d);
  const days = findDates(text, pub, 'past').filter((d) => d.precision === 'day' && d.date <= pub && !ahead(d));
  // content spanning the whole sentence ("Gorbachev proposed on Saturday that …" read as one stance) splits nothing off
  if (!content || (content.start <= 0 && content.end >= text.trimEnd().length - 1)) return days[0]?.date ?? null;
  const head = /^\s*(?:that\s+)?(?:(?:late|early|earlier|later)\s+)?/i.exec(text.slice(content.start))![0].length;
  // "told a news conference on Friday that …", "said in an interview published on Monday that …": before the "that", the telling.
  // (the attribution may end inside that phrase: "said in the | budget speech on Thursday that …")
  const toldBefore = /\b(?:in|at|during|to)\s+(?:the|a|an|his|her|its|their)\s*$/i.test(text.slice(Math.max(0, content.start - 14), content.start));
  const told = toldBefore || /^\s*(?:in|at|during|after|before|on|(?:to|a|an)\s+(?:reporters|journalists|newsmen|parliament|news|press|statement|interview|speech|letter|message|communique|broadcast|television|radio)|news|interviews?|statement|speech|letter|message|communique|broadcast|press|television|radio|reporters|journalists|newsmen|parliament|the (?:news|press|parliament|assembly|senate|house|congress|committee)|(?:his|her|their)\s+(?:hosts?|guests?|audience))\b/i.test(text.slice(content.start));
  const that = told ? /^[^,;"“]{0,70}?\bthat\b/i.exec(text.slice(content.start)) : null;
  // without a "that" ("said in a statement yesterday they are …"), a day right in that phrase
  const lead = that ? content.start + that[0].length - 4 : told ? content.start + 30 : content.start + head + 1;
  // "said that on Thursday and Friday Smith would meet Kuroda": a day opening what is said, before what is ahead, dates the reported event
  // (not "said yesterday he would …", nor "said in the statement on Sunday that it will not comment": only a day right after "that")
  const aheadInContent = (d: FoundDate): boolean => d.start >= content.start && /\bthat\s+(?:(?:on\s+)?\w+\s+(?:and|or|to)\s+)?$/i.test(text.slice(0, d.start)) && /^[^,;]{0,80}?\b(?:will|would|shall)\b/i.test(text.slice(d.end));
  const day = days.find((d) => d.end <= content.start || d.start >= content.end || (d.start <= lead && !/['’]s$/.test(text.slice(d.start, d.end)) && !aheadInContent(d)));
  return day?.date ?? null;
}

/** Words right before a day that make it the end of a reporting period or a plan ("the week ended February 22", "the period that ended on April 8"), no event. */
const PERIOD_END = /\b(?:week|weeks|month|months|year|years|period|quarter|season|half|plan|programme|program|budget)\s+(?:(?:that|which)\s+)?(?:ended|ending|ends|to|through)\s+(?:on\s+)?$/i;
/** "an April 1 deadline", "the deadline of March 31", "the February 25 statement period": a limit set or a period's end, no event. */
const DEADLINE_AFTER = /^\s*(?:deadline|target date|expiry|(?:[\w-]+\s+)?period)\b/i;
/** "payable May 14 to holders of record April 14", "Pay April 30", "Record March 16": dividend dates (some 1,400 in the corpus), no event. */
const PAYOUT_BEFORE = /\b(?:pay|payable|paid|record|prior)\s+(?:on\s+)?$/i;
const DEADLINE_BEFORE = /\b(?:deadline|expires?|expiry|maturing|matures?|due for repayment)\s+(?:of\s+|on\s+|by\s+)?$/i;
/** "on Thursday and Friday", "next Monday and Tuesday": a pair of weekdays, the first perhaps with "next"/"last". */
const WEEKDAY_PAIR = /\b(?:(next|last)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:and|or)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
/** "April 17 and 20", "on March 3 and 5": a second day of the same month. */
const SECOND_DAY = /^\s*(?:and|or|&)\s+(\d{1,2})\b(?!\s*(?:pct|per|mln|billion|dlrs|%|\.\d))/i;
/** Words that tell what is ahead ("would be in Rome from June 3", "will meet on Thursday and Friday"). */
const AHEAD = /\b(?:will|would|shall|is to|are to|due|scheduled|set (?:to|for)|expected|planned|plans? to|intends? to|likely to|next|tomorrow)\b/i;
const DAY_MS_YEAR = 366 * DAY_MS;
/** Every day `eventDays` reads holds one of these. */
const EVENT_DAY_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening)|last night|days? ago|day before)\b|day\b/i;
/** Names of days that are no day of the story's week ("Black Monday", "Good Friday"). */
const NAMED_DAY = /\b(?:black|good|easter|ash|palm|super|holy|maundy|shrove|bloody|whit)\s+$/i;
/** Words that put a lone weekday ahead ("will meet on Friday", "his plan to issue a proclamation on Friday", "leaves on Saturday", "sets out Wednesday", "to be followed from Tuesday", "ahead of his departure on Sunday"). */
const WEEKDAY_AHEAD = /\b(?:will|would|shall|is to|are to|due|scheduled|set (?:to|for)|expected|planned|plans? to|intends? to|likely to|to be|leaves|arrives|begins|starts|opens|departs|resumes|meets|flies|travels|returns|goes|heads|sets (?:out|off)|ahead of|on the eve of|in advance of)\b/gi;
/** Past verbs that put a lone weekday behind ("decided on Thursday", "Channon on Friday sought", "suspended on Wednesday"). */
const WEEKDAY_PAST = /\b(?:[a-z]+ed|said|told|sought|met|made|took|gave|went|came|left|began|held|was|were|had|rose|fell|won|lost|saw|sent|spoke|became|brought|bought|sold|paid|found|kept|led|struck|broke|ran|grew|drew|threw|wrote|chose|froze|flew|fought|wound|hit|cut|shut|quit)\b/gi;
/** A reporting verb right before a weekday: the day of the telling, told in the past ("said on Friday that talks would resume"). */
const TOLD_BEFORE = /\b(?:said|told|announced|reported|added|stated|declared|disclosed|confirmed|denied|warned|quoted)\s+(?:\w+\s+){0,2}$/i;
/** A verb right after a weekday ("the board Monday will discuss", "Channon on Friday sought"). */
const VERB_AFTER = /^\s+(?:\w+ly\s+)?(?:(will|would|shall|is to|are to|is due|are due|is expected|are expected|is scheduled|are scheduled)|(?:[a-z]+ed|said|told|sought|met|made|took|gave|went|came|left|began|held|was|were|had))\b/i;
/** A future verb after a weekday opening its clause ("On Thursday, the ministers will meet"), before any "that". */
const AHEAD_AFTER = /^[^;.]{0,40}?\b(?:will|shall|is to|are to|is due|are due|is expected|are expected|is scheduled|are scheduled)\b/i;

/** Where the last match of a global `re` in `text` ends (-1 for none). */
function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/**
 * The tense that snaps a weekday named alone in a sentence: "last"/"next" say it; a reporting verb right
 * before tells the past ("said on Friday"); so does a verb right after it ("Channon on Friday sought", "the
 * board Monday will discuss"); else the nearer of the words of what is ahead and the past verbs in the 80
 * characters of its clause before it ("NYNEX will file its comments with the court on Friday", "shares,
 * suspended on Wednesday, will be resumed"); a weekday opening its clause takes a future verb after it
 * ("On Thursday, the ministers will meet"); anything else is a report of the past.
 */
export function weekdayTense(text: string, start: number, end: number, mod: string | undefined): Tense {
  if (mod === 'last') return 'past';
  if (mod === 'next') return 'future';
  // (a comma inside a number is no clause break: "will load 25,000 tonnes … Monday")
  const before = text.slice(Math.max(0, start - 80), start).split(/[;:]|,(?!\d)/).pop()!;
  if (TOLD_BEFORE.test(before)) return 'past';
  const verb = VERB_AFTER.exec(text.slice(end));
  if (verb) return verb[1] ? 'future' : 'past';
  const ahead = lastEnd(WEEKDAY_AHEAD, before);
  // ("due to be published on Monday", "will be resumed on Monday": a participle after "be" tells no past;
  // "is expected to continue … through Wednesday": a word of what is ahead is no past verb)
  const past = lastEnd(WEEKDAY_PAST, before.replace(/\b(be\s+)[a-z]+ed\b/gi, '$1'));
  if (ahead >= 0 || past >= 0) return ahead >= past ? 'future' : 'past';
  // ("On Sunday, the Kremlin said it will …": the future is in what was said)
  const after = AHEAD_AFTER.exec(text.slice(end));
  return after && !/\b(?:that|said|says|told|tells|announced|reported|added)\b/i.test(after[0]) ? 'future' : 'past';
}

/** Whether a weekday found in `text` is told as ahead by its own words ("told reporters ahead of his departure on Sunday"). */
function weekdayAhead(text: string, d: FoundDate): boolean {
  const m = /^(?:(last|next|this|on|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(text.slice(d.start, d.end));
  return m !== null && weekdayTense(text, d.start, d.end, m[1]?.toLowerCase()) === 'future';
}

/**
 * Days a sentence names for the events it reports beyond calls and statements ("public hearings begin
 * on April 13", "the talks, which were announced yesterday", "set to take effect on July 1"), each with
 * the same resolution as elsewhere: dates with their month (a bare month and day months ahead is this
 * year's when the sentence tells what is ahead: "would be in Rome from June 3" told in March); "yesterday",
 * "today", "tomorrow"; both days of a weekday pair ("technical talks next Monday and Tuesday" →
 * both; a call keeps only the first as its day); and a weekday alone ("decided on Thursday", "a
 * proclamation on Friday"), snapped by the tense its own words give (`weekdayTense`), not a named day
 * ("Black Monday") nor a title ("the Sunday Times"). Not events: the end of a reporting period or plan
 * ("the week ended February 22", "a plan ending June 30 1992"), a deadline ("an April 1 deadline"), a dividend's
 * payment or record date ("payable May 14 to holders of record April 14"),
 * and any day more than a year after the story (terms and maturities).
 * The article MENTIONS each such day (ingest/extract/index.ts), told against the story's day (`ctx.pub`).
 * @example eventDays('Hearings begin on April 13 and 20.', '1987-04-01') // days 1987-04-13, 1987-04-20
 */
export function eventDays(text: string, pub: string): FoundDate[] {
  // most sentences name no day: one cheap test spares the date parser
  if (!EVENT_DAY_HINT.test(text)) return [];
  // weekdays blanked (offsets kept): "next Wednesday, March 11" gives its explicit date
  const noWeekdays = text.replace(WEEKDAY_RE, (w) => ' '.repeat(w.length));
  const out = findDates(noWeekdays, pub, 'unknown')
    .filter((d) => d.precision === 'day')
    .filter((d) => !PERIOD_END.test(text.slice(Math.max(0, d.start - 30), d.start)) && !DEADLINE_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)) && !DEADLINE_AFTER.test(text.slice(d.end, d.end + 20)) && !PAYOUT_BEFORE.test(text.slice(Math.max(0, d.start - 20), d.start)))
    .map((d) => {
      // a bare month and day more than a few weeks ahead is the coming one in a sentence that tells what is ahead
      // ("After the June 8-10 summit, Reagan will …" told in March), else last year's
      // (not one whose year is told after it: "signed on July 31 last year")
      if (/\d{4}/.test(text.slice(d.start, d.end)) || YEAR_AFTER.test(text.slice(d.end)) || d.date.slice(0, 4) >= pub.slice(0, 4) || !AHEAD.test(text)) return d;
      const again = findDates(text.slice(d.start, d.end), pub, 'future')[0];
      return again && again.precision === 'day' ? { ...d, date: again.date } : d;
    });
  for (const d of [...out]) {
    // "April 17 and 20": the second day takes the first's month and year
    const second = /[a-z]/i.test(text.slice(d.start, d.end)) ? SECOND_DAY.exec(text.slice(d.end)) : null;
    if (second && Number(second[1]) > Number(d.date.slice(8)) && Number(second[1]) <= 31) {
      const at = d.end + second.index + second[0].length - second[1]!.length;
      out.push({ date: `${d.date.slice(0, 8)}${pad(Number(second[1]))}`, precision: 'day', start: at, end: at + second[1]!.length });
    }
  }
  WEEKDAY_PAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WEEKDAY_PAIR.exec(text)) !== null) {
    const mod = m[1]?.toLowerCase();
    const tense: Tense = mod === 'last' ? 'past' : mod === 'next' || AHEAD.test(text) ? 'future' : 'past';
    const first = resolveWeekday(WEEKDAYS.indexOf(m[2]!.toLowerCase()), pub, tense, mod !== undefined);
    const gap = (WEEKDAYS.indexOf(m[3]!.toLowerCase()) - WEEKDAYS.indexOf(m[2]!.toLowerCase()) + 7) % 7;
    out.push({ date: first, precision: 'day', start: m.index, end: m.index + m[0].length - m[3]!.length - 1 });
    out.push({ date: addDays(first, gap), precision: 'day', start: m.index + m[0].length - m[3]!.length, end: m.index + m[0].length });
  }
  // a weekday alone ("decided on Thursday", "a proclamation on Friday"), unless a pair above or a date right after it holds it
  WEEKDAY_RE.lastIndex = 0;
  while ((m = WEEKDAY_RE.exec(text)) !== null) {
    const start = m.index + m[0].length - m[2]!.length - (/['’]s$/.test(m[0]) ? 2 : 0);
    if (out.some((d) => d.start < m!.index + m![0].length && d.end > start) || NAMED_DAY.test(text.slice(Math.max(0, start - 10), start))) continue;
    // "The Sunday Express", "yesterday's Sunday Times": a title, no day
    if (/(?:\bthe|['’]s)\s+$/i.test(text.slice(Math.max(0, start - 12), start)) && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
    if (/^,?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.test(text.slice(m.index + m[0].length))) continue;
    const mod = m[1]?.toLowerCase();
    const tense = weekdayTense(text, m.index, m.index + m[0].length, mod);
    out.push({ date: resolveWeekday(WEEKDAYS.indexOf(m[2]!.toLowerCase()), pub, tense, mod === 'last' || mod === 'next'), precision: 'day', start: m.index, end: m.index + m[0].length });
  }
  const limit = Date.parse(`${pub}T00:00:00Z`) + DAY_MS_YEAR;
  return out.filter((d) => Date.parse(`${d.date}T00:00:00Z`) <= limit).sort((a, b) => a.start - b.start);
}
