/**
 * The gazetteer: country names and codes (i18n-iso-countries) plus the project's own data files
 * under ingest/gazetteer/ (aliases, organisations, leaders with terms, places, topics), loaded once
 * at module load and indexed by token phrase.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dayNumber } from '../../core/days.ts';
import { slugify } from '../../core/ids.ts';
import { phraseKey } from './tokens.ts';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as {
  registerLocale(data: unknown): void;
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
};
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));

function loadJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../gazetteer/${name}`, import.meta.url), 'utf8')) as T;
}

/** A term of office: of a country (ISO code) or an organisation (id). */
export interface Position {
  of: string;
  title: string;
  role: string;
  since: string | null;
  until: string | null;
}
export interface LeaderData {
  id: string;
  name: string;
  aliases: string[];
  positions: Position[];
}
export interface OrgData {
  id: string;
  name: string;
  aliases: string[];
  /**
   * Common words that name the organisation only right after "the" and before no other name:
   * "the Community" in EC news ("Japan's trade surplus with the Community"), not "the Caribbean Community".
   */
  afterThe?: string[];
  /**
   * Acronyms other bodies share, which name this one only in a story that names it otherwise too: "ITC" is the
   * International Tin Council in a story that says "International Tin Council" or "Tin Council", the U.S.
   * International Trade Commission in one that names that, and nothing in a story naming neither ("InterFirst Corp
   * <IFC>"; "the Coffee, Sugar and Cocoa Exchange (CSCE)" is no CSCE). Listed apart from `aliases`.
   */
  ifNamed?: string[];
  kind: string;
  country?: string;
  before?: { until: string; country: string };
  /** The member states of an international body (ISO2, any that ever were), where calls read who attends its gatherings. */
  members?: string[];
}
export interface PlaceData {
  id: string;
  name: string;
  aliases: string[];
}
export interface TopicData {
  id: string;
  name: string;
  patterns: string[];
}
interface CountryFile {
  names: Record<string, string>;
  historical: Record<string, string[]>;
  aliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  capitals: Record<string, string[]>;
  before: { code: string; until: string; then: string | null; aliases: string[] }[];
}

/** What a gazetteer phrase names. */
export type Entry =
  | { type: 'country'; code: string; form: 'name' | 'demonym' | 'capital'; alias: string }
  | { type: 'org'; id: string; afterThe?: true; ifNamed?: true }
  | { type: 'place'; id: string }
  | { type: 'leader'; id: string; full: boolean };

const countryFile = loadJson<CountryFile>('countries.json');
export const ORGS = new Map(loadJson<OrgData[]>('organizations.json').map((o) => [o.id, o]));
export const LEADERS = new Map(loadJson<LeaderData[]>('leaders.json').map((l) => [l.id, l]));
export const PLACES = new Map(loadJson<PlaceData[]>('places.json').map((p) => [p.id, p]));
export const TOPICS: { data: TopicData; re: RegExp }[] = loadJson<TopicData[]>('topics.json').map((t) => ({
  data: t,
  re: new RegExp(`\\b(?:${t.patterns.join('|')})\\b`, 'gi'),
}));

/** Display names and aliases of countries by ISO code (historical codes included). */
export const COUNTRY_NAMES = new Map<string, string>();
export const COUNTRY_ALIASES = new Map<string, Set<string>>();

/** Phrase key → entries; the first tokens of all phrases; the longest phrase in tokens. */
export const PHRASES = new Map<string, Entry[]>();
export const FIRST_TOKENS = new Set<string>();
export let MAX_PHRASE = 1;

function add(name: string, entry: Entry): void {
  const key = phraseKey(name);
  if (key === '') return;
  const list = PHRASES.get(key) ?? [];
  if (!list.some((e) => JSON.stringify(e) === JSON.stringify(entry))) list.push(entry);
  PHRASES.set(key, list);
  const parts = key.split(' ');
  FIRST_TOKENS.add(parts[0]!);
  if (parts.length > MAX_PHRASE) MAX_PHRASE = parts.length;
}

function addCountryAlias(code: string, alias: string): void {
  const set = COUNTRY_ALIASES.get(code) ?? new Set<string>();
  set.add(alias);
  COUNTRY_ALIASES.set(code, set);
}

const SKIP_ISO = /,|\(|^[A-Z]{2,3}$/;
for (const [code, names] of Object.entries(isoCountries.getNames('en', { select: 'all' }))) {
  COUNTRY_NAMES.set(code, countryFile.names[code] ?? names[0]!);
  for (const n of names) {
    if (SKIP_ISO.test(n) && n !== 'USA') continue;
    add(n, { type: 'country', code, form: 'name', alias: n });
    addCountryAlias(code, n);
  }
}
for (const [code, names] of Object.entries(countryFile.historical)) {
  COUNTRY_NAMES.set(code, countryFile.names[code] ?? names[0]!);
  for (const n of names) {
    add(n, { type: 'country', code, form: 'name', alias: n });
    addCountryAlias(code, n);
  }
}
for (const [code, names] of Object.entries(countryFile.aliases)) {
  for (const n of names) {
    add(n, { type: 'country', code, form: 'name', alias: n });
    addCountryAlias(code, n);
  }
}
for (const [code, names] of Object.entries(countryFile.demonyms)) {
  for (const n of names) add(n, { type: 'country', code, form: 'demonym', alias: n });
}
for (const [code, names] of Object.entries(countryFile.capitals)) {
  for (const n of names) add(n, { type: 'country', code, form: 'capital', alias: n });
}
/**
 * The forms an alias written in lower case takes in a text: as written, and with its first letter capitalised, as it is
 * at the start of a sentence or a heading ("Six major industrial countries agreed in Paris …" for the alias "six major
 * industrial countries"). Lookups are case-sensitive, so the capitalised form needs its own key.
 */
function casedForms(alias: string): string[] {
  return /^\p{Ll}/u.test(alias) ? [alias, alias[0]!.toUpperCase() + alias.slice(1)] : [alias];
}

for (const o of ORGS.values()) {
  for (const a of [o.name, ...o.aliases]) for (const f of casedForms(a.replace(/^the /, ''))) add(f, { type: 'org', id: o.id });
  for (const a of o.afterThe ?? []) add(a, { type: 'org', id: o.id, afterThe: true });
  for (const a of o.ifNamed ?? []) add(a, { type: 'org', id: o.id, ifNamed: true });
}
for (const p of PLACES.values()) for (const a of [p.name, ...p.aliases]) add(a, { type: 'place', id: p.id });
for (const l of LEADERS.values()) {
  add(l.name, { type: 'leader', id: l.id, full: true });
  for (const a of l.aliases) add(a, { type: 'leader', id: l.id, full: phraseKey(a).includes(' ') });
}

/**
 * The country an alias names on a given day: "Moscow" or "Russian" in 1987 is the Soviet Union;
 * "Kiev" before 1991-08-24 names no country. Returns null when it names none then.
 */
export function countryOn(code: string, alias: string, date: string): string | null {
  for (const b of countryFile.before) {
    if (b.code === code && date < b.until && b.aliases.includes(alias)) return b.then;
  }
  return code;
}

/** The country an organisation belongs to on a given day (Kremlin → SU before 1991-12-26). */
export function orgCountry(org: OrgData, date: string): string | null {
  if (org.before && date < org.before.until) return org.before.country;
  return org.country ?? null;
}

/**
 * The first day of the period a term's date names: "1979" → "1979-01-01", "1987-10" → "1987-10-01", a full day
 * itself. Terms are written only as precisely as known (reference lists often give just "(1979–1992)").
 */
export function periodStart(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date.slice(0, 10);
}

/**
 * The days [from, to) a term of office surely covers, as ISO days: the one place where every lookup below reads
 * `since` and `until`. A partial `since` starts at the start of its period; a partial `until` ends at the START of
 * its period too, so that a day inside an uncertain last year claims no holder rather than perhaps the wrong one: with
 * Kaunda until "1991" and Chiluba since "1991", "the Zambian president" in a story of 1991-03-01 is only Chiluba (who
 * in fact took office in November: the lookup cannot know), never both at once. An open end is unbounded.
 */
export function termDays(p: Pick<Position, 'since' | 'until'>): { from: string; to: string } {
  return { from: p.since ? periodStart(p.since) : '0000-01-01', to: p.until ? periodStart(p.until) : '9999-12-31' };
}

/** True when the term covers the day (a timestamp counts by its day). */
export function heldOn(p: Pick<Position, 'since' | 'until'>, date: string): boolean {
  const { from, to } = termDays(p);
  const day = date.slice(0, 10);
  return from <= day && day < to;
}

/** The position a leader held on a day, else the nearest one. */
export function positionOn(leader: LeaderData, date: string): Position | null {
  const active = leader.positions.find((p) => heldOn(p, date));
  if (active) return active;
  let best: Position | null = null;
  let gap = Infinity;
  const day = dayNumber(date);
  for (const p of leader.positions) {
    const { from, to } = termDays(p);
    const d = Math.min(Math.abs(dayNumber(from) - day), Math.abs(dayNumber(to) - day));
    if (d < gap) {
      gap = d;
      best = p;
    }
  }
  return best;
}

/** True when the leader had taken one of his offices on or before the day (he holds it, or held it before). */
export function tookOfficeBy(leader: LeaderData, date: string): boolean {
  const day = dayNumber(date);
  return leader.positions.some((p) => dayNumber(termDays(p).from) <= day);
}

/** True when the leader held any position within `years` of the day. */
export function activeNear(leader: LeaderData, date: string, years = 1): boolean {
  const day = dayNumber(date);
  const pad = years * 365.25;
  return leader.positions.some((p) => {
    const { from, to } = termDays(p);
    return dayNumber(from) - pad <= day && day < dayNumber(to) + pad;
  });
}

/** Leaders holding a title-like office of a country on a day ("the German chancellor"). */
export function officeHolders(country: string, titleRe: RegExp, date: string): LeaderData[] {
  const out: LeaderData[] = [];
  for (const l of LEADERS.values()) {
    if (l.positions.some((p) => p.of === country && titleRe.test(p.title) && heldOn(p, date))) out.push(l);
  }
  return out;
}

/** The slug used as a Place id for a capital named as a venue ("in Moscow"). */
export function placeIdOf(name: string): string {
  return slugify(name);
}
