/** Hand-annotated gold facts for the evaluation: their shape, loading and validation, and reading their stories from the corpus. */
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { recordToArticle, type Article } from '../../ingest/read/index.ts';

/** One key or several acceptable alternatives (`Leader:x` or `["Organization:white-house", "Country:US"]`). */
export type OneOf = string | string[];

export interface GoldLeader { id: string; name: string; country: string; aliases?: string[]; excerpt: string }
export interface GoldCountry { iso2: string; excerpt: string }
export interface GoldCall {
  /** Node keys (`Leader:slug`, `Country:ISO2`, `Organization:slug`); each may list alternatives. */
  participants: OneOf[];
  kind: string;
  status: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or null when the text gives no usable date. */
  date: string | null;
  precision: 'day' | 'month' | null;
  /** How many participants must match (default: min(2, participants.length)). */
  minOverlap?: number;
  excerpt: string;
}
export interface GoldStatement { speaker: OneOf; kind: OneOf; excerpt: string }
export interface GoldDate { date: string; excerpt: string }
export interface Gold {
  id: string;
  leaders: GoldLeader[];
  countries: GoldCountry[];
  calls: GoldCall[];
  statements: GoldStatement[];
  dates: GoldDate[];
}

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const GOLD_DIR = join(REPO_ROOT, 'tests/eval/gold');
/** Held-out stories: annotated blind, never used to tune the extractor. */
export const HELDOUT_DIR = join(REPO_ROOT, 'tests/eval/heldout');
/** The evaluation sets by name, with their directory and the title printed above their table. */
export const EVAL_SETS = {
  gold: { dir: GOLD_DIR, title: 'tuning set (tests/eval/gold)' },
  heldout: { dir: HELDOUT_DIR, title: 'held-out set (tests/eval/heldout)' },
} as const;
export type EvalSetName = keyof typeof EVAL_SETS;
/** The corpus stays outside the repository (research licence). */
export const CORPUS = resolve(REPO_ROOT, '../shared/corpus/reuters21578.jsonl');

export const CALL_KINDS = ['phone call', 'video call', 'virtual summit', 'summit', 'meeting', 'talks', 'visit'];
export const CALL_STATUSES = ['held', 'planned', 'cancelled', 'postponed', 'unknown'];
export const STATEMENT_KINDS = ['concern', 'warning', 'threat', 'accusation', 'demand', 'proposal', 'support', 'agreement', 'denial', 'characterization', 'greeting', 'announcement', 'other'];

/** Turns `OneOf` into a list. */
export function alternatives(v: OneOf): string[] {
  return Array.isArray(v) ? v : [v];
}

/** Loads every gold file, sorted by file name. */
export function loadGold(dir = GOLD_DIR): Gold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold);
}

const KEY = /^(Leader|Country|Organization):[A-Za-z0-9-]+$/;

/** Every way a gold document breaks the schema, as `story: field: problem` lines (empty when valid). */
export function validateGold(g: Gold, fileName: string): string[] {
  const errs: string[] = [];
  const where = (f: string) => `${fileName}: ${f}`;
  const excerpt = (f: string, s: unknown) => {
    if (typeof s !== 'string' || s.length === 0 || s.length > 200) errs.push(where(`${f}.excerpt must be a string of 1..200 chars`));
  };
  // Files are named story-<number>.json for the corpus id reuters21578-<number>.
  if (`story-${String(g.id).replace(/^reuters21578-/, '')}.json` !== fileName) errs.push(where(`id "${g.id}" must match the file name (story-<number>.json)`));
  for (const k of ['leaders', 'countries', 'calls', 'statements', 'dates'] as const) {
    if (!Array.isArray(g[k])) errs.push(where(`${k} must be an array`));
  }
  if (errs.length) return errs;
  g.leaders.forEach((l, i) => {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(l.id)) errs.push(where(`leaders[${i}].id "${l.id}" must be a slug`));
    if (!/^[A-Z]{2}$/.test(l.country)) errs.push(where(`leaders[${i}].country must be ISO2`));
    if (typeof l.name !== 'string' || l.name === '') errs.push(where(`leaders[${i}].name missing`));
    excerpt(`leaders[${i}]`, l.excerpt);
  });
  g.countries.forEach((c, i) => {
    if (!/^[A-Z]{2}$/.test(c.iso2)) errs.push(where(`countries[${i}].iso2 must be ISO2`));
    excerpt(`countries[${i}]`, c.excerpt);
  });
  g.calls.forEach((c, i) => {
    if (c.participants.length === 0) errs.push(where(`calls[${i}].participants is empty`));
    for (const p of c.participants.flatMap(alternatives)) if (!KEY.test(p)) errs.push(where(`calls[${i}] participant "${p}" is not a node key`));
    if (!CALL_KINDS.includes(c.kind)) errs.push(where(`calls[${i}].kind "${c.kind}" unknown`));
    if (!CALL_STATUSES.includes(c.status)) errs.push(where(`calls[${i}].status "${c.status}" unknown`));
    const okDate = (c.date === null && c.precision === null) || (c.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(c.date ?? '')) || (c.precision === 'month' && /^\d{4}-\d{2}$/.test(c.date ?? ''));
    if (!okDate) errs.push(where(`calls[${i}] date "${c.date}" does not fit precision "${c.precision}"`));
    excerpt(`calls[${i}]`, c.excerpt);
  });
  g.statements.forEach((s, i) => {
    for (const p of alternatives(s.speaker)) if (!KEY.test(p)) errs.push(where(`statements[${i}] speaker "${p}" is not a node key`));
    for (const k of alternatives(s.kind)) if (!STATEMENT_KINDS.includes(k)) errs.push(where(`statements[${i}].kind "${k}" unknown`));
    excerpt(`statements[${i}]`, s.excerpt);
  });
  g.dates.forEach((d, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) errs.push(where(`dates[${i}].date must be YYYY-MM-DD`));
    excerpt(`dates[${i}]`, d.excerpt);
  });
  return errs;
}

/** Every excerpt of a gold document, with its field name. */
export function excerpts(g: Gold): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const k of ['leaders', 'countries', 'calls', 'statements', 'dates'] as const) {
    (g[k] as Array<{ excerpt: string }>).forEach((x, i) => out.push([`${k}[${i}]`, x.excerpt]));
  }
  return out;
}

/**
 * Reads the stories with the given corpus ids as Articles (through the project's reader), streaming
 * the corpus and stopping once all are found. Missing ids are simply absent from the map.
 */
export async function readStories(ids: Iterable<string>, corpus = CORPUS): Promise<Map<string, Article>> {
  const want = new Set(ids);
  const found = new Map<string, Article>();
  if (!existsSync(corpus)) return found;
  const stream = createReadStream(corpus);
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of rl) {
      const m = /^\{"id": ?"([^"]+)"/.exec(line);
      if (!m || !want.has(m[1]!)) continue;
      found.set(m[1]!, recordToArticle(JSON.parse(line), 'reuters21578.jsonl', {}, 20 * 1024 * 1024));
      if (found.size === want.size) break;
    }
  } finally {
    rl.close();
    stream.destroy();
  }
  return found;
}
