/**
 * Scores one story's extraction (a GraphPatch) against its hand-annotated gold, kind by kind.
 *
 * Matching rules (each gold fact is matched to at most one predicted fact and vice versa):
 * - Leader: a predicted Leader node matches when its key is the gold id or one of the gold
 *   aliases (e.g. `ronald-reagan` or `reagan`).
 * - Country: a predicted Country node matches the gold country with the same ISO2 key
 *   (Soviet Union = SU, West Germany = DE).
 * - Call: same kind class (remote: phone call, video call, virtual summit; in person: summit,
 *   meeting, talks, visit); participants overlap on at least min(2, #gold participants) gold
 *   participants (or the gold call's `minOverlap`), where a gold participant counts as present
 *   when the Call has it (any listed alternative), or a gold leader's country is itself a
 *   participant, or a gold country has one of its leaders taking part (through REPRESENTS or
 *   the gold leader table); leader keys are canonicalised through the gold aliases; and dates agree: a gold day matches a predicted
 *   day within ±1 day, a gold month matches a predicted date in that month, a gold null date
 *   matches any date. Gold and predicted calls are paired by a maximum matching (`maxMatching`),
 *   a candidate of the same exact kind, then with most participants in common, preferred.
 * - Statement: same speaker (any listed alternative; via MADE, leader keys canonicalised) and a
 *   predicted kind among the gold kinds. Paired by a maximum matching, the candidate whose source
 *   sentence shares the most words with the gold excerpt preferred.
 * - Date: the set of day-precision dates of the extraction (Day nodes, and Call/Statement dates
 *   with day precision) against the gold days, both without the publication day and the
 *   dateline's day, which every story yields trivially.
 * Status and exact kind of matched calls are reported apart (they do not decide a match), and so
 * is how many gold statements a predicted statement matches on speaker alone (kind ignored), with
 * the kind confusion of those pairs (gold kinds → predicted kind).
 */
import { nodeKey, type GraphPatch, type PatchNode } from '../../core/patch.ts';
import type { Article } from '../../ingest/read/index.ts';
import { alternatives, type Gold, type GoldCall } from './gold.ts';

export const KINDS = ['leaders', 'countries', 'calls', 'statements', 'dates'] as const;
export type Kind = (typeof KINDS)[number];

/** True and false positives and false negatives, with readable lines for the misses. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  missed: string[];
  extra: string[];
}

export interface StoryScore {
  id: string;
  kinds: Record<Kind, Score>;
  /** Among matched calls: how many have the gold status, and the gold kind exactly. */
  callStatus: { same: number; of: number };
  callKind: { same: number; of: number };
  /**
   * Statements matched on speaker alone (kind ignored), to tell kind errors from speaker errors:
   * `speaker` gold statements find a predicted statement of the same speaker, `of` is the gold count.
   */
  statementSpeaker: { speaker: number; of: number };
  /**
   * Kind confusion among the statements matched on speaker alone: `"<gold kinds> → <predicted kind>"`
   * (gold alternatives joined by `|`, e.g. `"warning|threat → concern"`) with its count; pairs where
   * the predicted kind is among the gold kinds count under `"agree"`.
   */
  statementKinds: Record<string, number>;
}

const REMOTE = new Set(['phone call', 'video call', 'virtual summit']);
/** `remote` or `in person`. */
export function kindClass(kind: string): string {
  return REMOTE.has(kind) ? 'remote' : 'in person';
}

function emptyScore(): Score {
  return { tp: 0, fp: 0, fn: 0, missed: [], extra: [] };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The day of a dateline such as "MOSCOW, March 2", in the publication year. */
export function datelineDay(dateline: string | null, publishedAt: string): string | null {
  const m = /,\s*([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2})\s*$/.exec(dateline ?? '');
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  if (month < 0) return null;
  return `${publishedAt.slice(0, 4)}-${String(month + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

function dayDiff(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? []);
}
function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return n / Math.max(1, Math.min(wa.size, wb.size));
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** Scores one story. `patch` is what extraction produced for `article`. */
/**
 * A maximum matching of gold facts to predicted facts (Kuhn's augmenting paths): `candidates[i]`
 * lists the predicted keys gold fact i may match, most preferred first. Gold facts are placed in
 * order, each on its first free candidate, and one already placed moves to another of its
 * candidates when that frees a place, so no gold fact is left unmatched for want of a predicted
 * fact that a greedy pairing gave to another gold fact which could have taken a different one
 * (a gold meeting taking the only predicted visit its gold visit twin could match). Returns the
 * predicted key of each gold fact, or null.
 */
export function maxMatching(candidates: string[][]): (string | null)[] {
  const owner = new Map<string, number>();
  const place = (i: number, seen: Set<string>): boolean => {
    for (const key of candidates[i]!) {
      if (seen.has(key)) continue;
      seen.add(key);
      const o = owner.get(key);
      if (o === undefined || place(o, seen)) {
        owner.set(key, i);
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < candidates.length; i++) place(i, new Set());
  const of: (string | null)[] = candidates.map(() => null);
  for (const [key, i] of owner) of[i] = key;
  return of;
}

export function scoreStory(gold: Gold, article: Article, patch: GraphPatch): StoryScore {
  const kinds = Object.fromEntries(KINDS.map((k) => [k, emptyScore()])) as Record<Kind, Score>;
  const byLabel = (label: string) => patch.nodes.filter((n) => n.label === label);

  // Leader keys: gold aliases → gold id; gold leader → country.
  const canon = new Map<string, string>();
  const countryOf = new Map<string, string>();
  for (const l of gold.leaders) {
    for (const k of [l.id, ...(l.aliases ?? [])]) canon.set(`Leader:${k}`, `Leader:${l.id}`);
    countryOf.set(`Leader:${l.id}`, `Country:${l.country}`);
  }
  for (const r of patch.rels) {
    if (r.type === 'REPRESENTS' && r.to.label === 'Country') {
      const from = canon.get(nodeKey(r.from)) ?? nodeKey(r.from);
      if (!countryOf.has(from)) countryOf.set(from, nodeKey(r.to));
    }
  }
  const canonKey = (k: string) => canon.get(k) ?? k;

  // Leaders and countries: one-to-one on keys.
  const matchKeys = (score: Score, goldItems: Array<{ keys: string[]; label: string }>, predKeys: string[]) => {
    const used = new Set<string>();
    for (const g of goldItems) {
      const hit = predKeys.find((p) => !used.has(p) && g.keys.includes(p));
      if (hit === undefined) {
        score.fn++;
        score.missed.push(g.label);
      } else {
        used.add(hit);
        score.tp++;
      }
    }
    for (const p of predKeys) {
      if (!used.has(p)) {
        score.fp++;
        score.extra.push(p);
      }
    }
  };
  matchKeys(kinds.leaders, gold.leaders.map((l) => ({ keys: [l.id, ...(l.aliases ?? [])], label: l.id })), byLabel('Leader').map((n) => n.key));
  matchKeys(kinds.countries, gold.countries.map((c) => ({ keys: [c.iso2], label: c.iso2 })), byLabel('Country').map((n) => n.key));

  // Calls.
  const participants = new Map<string, Set<string>>();
  const speakers = new Map<string, Set<string>>();
  const sentences = new Map<string, string>();
  for (const r of patch.rels) {
    const to = nodeKey(r.to);
    if (r.type === 'PARTICIPATED_IN') {
      const s = participants.get(to) ?? new Set<string>();
      const p = canonKey(nodeKey(r.from));
      s.add(p);
      participants.set(to, s);
    } else if (r.type === 'MADE') {
      const s = speakers.get(to) ?? new Set<string>();
      s.add(canonKey(nodeKey(r.from)));
      speakers.set(to, s);
    } else if (r.type === 'REPORTED_IN') {
      const from = nodeKey(r.from);
      sentences.set(from, `${sentences.get(from) ?? ''} ${str(r.props.sentence)}`);
    }
  }
  const present = (alts: string[], have: Set<string>): boolean =>
    alts.some((a) => {
      const k = canonKey(a);
      if (have.has(k)) return true;
      const c = countryOf.get(k);
      if (c && have.has(c)) return true;
      // A gold country is present when the call has one of its leaders.
      return a.startsWith('Country:') && [...have].some((h) => countryOf.get(h) === a);
    });
  const dateFits = (g: GoldCall, call: PatchNode): boolean => {
    if (g.date === null) return true;
    const d = str(call.props.date);
    if (g.precision === 'month') return d.startsWith(g.date);
    return /^\d{4}-\d{2}-\d{2}$/.test(d) && dayDiff(d, g.date) <= 1;
  };
  const calls = byLabel('Call');
  const callStatus = { same: 0, of: 0 };
  const callKind = { same: 0, of: 0 };
  // Candidates of each gold call, the same exact kind first, then most participants in common.
  const callCandidates = gold.calls.map((g) => {
    const need = g.minOverlap ?? Math.min(2, g.participants.length);
    const fits: { key: string; n: number; sameKind: boolean }[] = [];
    for (const c of calls) {
      const key = nodeKey(c);
      if (kindClass(str(c.props.kind)) !== kindClass(g.kind) || !dateFits(g, c)) continue;
      const have = participants.get(key) ?? new Set<string>();
      const n = g.participants.filter((p) => present(alternatives(p), have)).length;
      if (n >= need) fits.push({ key, n, sameKind: str(c.props.kind) === g.kind });
    }
    return fits.sort((a, b) => Number(b.sameKind) - Number(a.sameKind) || b.n - a.n).map((f) => f.key);
  });
  const callOf = maxMatching(callCandidates);
  const usedCalls = new Set(callOf.filter((k): k is string => k !== null));
  const callByKey = new Map(calls.map((c) => [nodeKey(c), c]));
  gold.calls.forEach((g, i) => {
    const key = callOf[i];
    if (key == null) {
      kinds.calls.fn++;
      kinds.calls.missed.push(`${g.kind} ${g.participants.map((p) => alternatives(p)[0]).join(' + ')} ${g.date ?? '(no date)'} ${g.status}`);
      return;
    }
    const node = callByKey.get(key)!;
    kinds.calls.tp++;
    callStatus.of++;
    callKind.of++;
    if (str(node.props.status) === g.status) callStatus.same++;
    if (str(node.props.kind) === g.kind) callKind.same++;
  });
  for (const c of calls) {
    const key = nodeKey(c);
    if (usedCalls.has(key)) continue;
    kinds.calls.fp++;
    kinds.calls.extra.push(`${str(c.props.kind)} ${[...(participants.get(key) ?? [])].join(' + ')} ${str(c.props.date) || '(no date)'} ${str(c.props.status)}`);
  }

  // Statements.
  const statements = byLabel('Statement');
  // Candidates of each gold statement, the source sentence sharing most words with the excerpt first.
  const stCandidates = gold.statements.map((g) => {
    const who = alternatives(g.speaker).map(canonKey);
    const kindsOk = alternatives(g.kind);
    const fits: { key: string; sim: number }[] = [];
    for (const s of statements) {
      const key = nodeKey(s);
      if (!kindsOk.includes(str(s.props.kind))) continue;
      if (![...(speakers.get(key) ?? [])].some((p) => who.includes(p))) continue;
      fits.push({ key, sim: overlap(g.excerpt, `${str(s.props.text)} ${sentences.get(key) ?? ''}`) });
    }
    return fits.sort((a, b) => b.sim - a.sim).map((f) => f.key);
  });
  const stOf = maxMatching(stCandidates);
  const usedSt = new Set(stOf.filter((k): k is string => k !== null));
  gold.statements.forEach((g, i) => {
    if (stOf[i] == null) {
      kinds.statements.fn++;
      kinds.statements.missed.push(`${canonKey(alternatives(g.speaker)[0]!)} ${alternatives(g.kind).join('|')}: ${g.excerpt}`);
    } else kinds.statements.tp++;
  });
  for (const s of statements) {
    const key = nodeKey(s);
    if (usedSt.has(key)) continue;
    kinds.statements.fp++;
    kinds.statements.extra.push(`${[...(speakers.get(key) ?? ['?'])].join('/')} ${str(s.props.kind)}: ${str(s.props.text).slice(0, 100)}`);
  }

  // Statements on speaker alone (a diagnostic: kind errors against speaker errors). The pairs
  // matched on speaker and kind above stand; the gold statements left are then matched on speaker
  // alone among the statements left, so that "agree" is the count matched above and the kind
  // confusion shows real disagreements rather than a pairing with the wrong statement.
  const statementSpeaker = { speaker: usedSt.size, of: gold.statements.length };
  const statementKinds: Record<string, number> = usedSt.size > 0 ? { agree: usedSt.size } : {};
  const spCandidates = gold.statements.map((g, i) => {
    if (stOf[i] != null) return [];
    const who = alternatives(g.speaker).map(canonKey);
    const fits: { key: string; sim: number }[] = [];
    for (const s of statements) {
      const key = nodeKey(s);
      if (usedSt.has(key) || ![...(speakers.get(key) ?? [])].some((p) => who.includes(p))) continue;
      fits.push({ key, sim: overlap(g.excerpt, `${str(s.props.text)} ${sentences.get(key) ?? ''}`) });
    }
    return fits.sort((x, y) => y.sim - x.sim).map((f) => f.key);
  });
  const statementByKey = new Map(statements.map((s) => [nodeKey(s), s]));
  maxMatching(spCandidates).forEach((key, i) => {
    if (key == null) return;
    const pair = `${alternatives(gold.statements[i]!.kind).join('|')} → ${str(statementByKey.get(key)!.props.kind) || '(none)'}`;
    statementSpeaker.speaker++;
    statementKinds[pair] = (statementKinds[pair] ?? 0) + 1;
  });

  // Dates.
  const trivial = new Set([article.publishedAt, datelineDay(article.dateline, article.publishedAt)].filter((d): d is string => d !== null));
  const predDays = new Set<string>();
  for (const n of patch.nodes) {
    if (n.label === 'Day') predDays.add(n.key);
    else if ((n.label === 'Call' || n.label === 'Statement') && n.props.datePrecision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(str(n.props.date))) predDays.add(str(n.props.date));
  }
  const goldDays = new Set(gold.dates.map((d) => d.date).filter((d) => !trivial.has(d)));
  for (const d of goldDays) {
    if (predDays.has(d)) kinds.dates.tp++;
    else {
      kinds.dates.fn++;
      kinds.dates.missed.push(d);
    }
  }
  for (const d of predDays) {
    if (trivial.has(d) || goldDays.has(d)) continue;
    kinds.dates.fp++;
    kinds.dates.extra.push(d);
  }
  return { id: gold.id, kinds, callStatus, callKind, statementSpeaker, statementKinds };
}

/** Sums story scores per kind. */
export function total(scores: StoryScore[]): Record<Kind, Score> {
  const out = Object.fromEntries(KINDS.map((k) => [k, emptyScore()])) as Record<Kind, Score>;
  for (const s of scores) {
    for (const k of KINDS) {
      out[k].tp += s.kinds[k].tp;
      out[k].fp += s.kinds[k].fp;
      out[k].fn += s.kinds[k].fn;
    }
  }
  return out;
}
