/**
 * Cross-article call resolution: one event that reports date a day or so apart becomes one Call.
 *
 * A Call's id is derived from its day, kind class and participants (ingest/extract/calls.ts
 * `callId`), so two reports of one event merge when they agree on those. They often do not agree
 * on the day: a visit lasts days and each report dates it by the day it tells (on the Reuters
 * corpus Dilson Funaro's visit to Britain was three Calls, March 2, 4 and 5; George Shultz's to
 * China two), and a story stamped the next day in GMT says "met today".
 *
 * Before a patch is stored, each of its Calls dated to the day is looked up among the Calls already
 * stored or seen in this run: one with the same participants and kind class (visit; meeting, talks
 * and summit; remote call), dated to the day, no more than `WINDOW_DAYS` apart, is the same event.
 * The incoming Call then takes that Call's id, so its reports, participants and statements attach
 * to it, and `core/merge.ts` combines the properties (the stronger status, the first date). Its own
 * `ON` relationship to another day is dropped: an event has one day in the graph, and the article
 * still MENTIONS the day it gave.
 *
 * Conservative on purpose:
 * - the participants must be the same set, and at least two: "a meeting of the EC" alone names
 *   councils that sit on consecutive days in other formations (industry ministers on June 1,
 *   budget ministers on June 2, 1987);
 * - a Call is compared with the first-stored Call's day only, so a week of daily talks is not
 *   chained into one;
 * - month- and year-precision Calls are left as they are.
 * The first report stored keeps its id and day, so the day an event shows can depend on the order
 * articles are ingested in; whichever it is, the event is one node. Over the whole corpus 47
 * incoming Calls join an earlier one: 43 are the same event told again; the other 4 join two
 * extraction errors, or keep an earlier report's wrong day (Nakasone's visit to Washington under
 * April 26, where three later reports say April 29).
 */
import { callKindClass, type CallKind } from '../core/model.ts';
import type { GraphPatch, NodeRef, PatchRel } from '../core/patch.ts';
import { nodeKey } from '../core/patch.ts';
import type { GraphStore } from '../store/port.ts';

/** Days two reports of one event may lie apart, by kind class. */
export const WINDOW_DAYS: Record<string, number> = { visit: 3, meeting: 1, call: 1 };

const kindClass = (kind: string): string => callKindClass(kind as CallKind);

interface Known {
  id: string;
  day: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS;

/** The index of day-precision Calls by kind class and participant set. */
export class CallResolver {
  private readonly index = new Map<string, Known[]>();

  /** Reads every day-precision Call already stored, with its participants. Two read queries. */
  static async load(store: GraphStore): Promise<CallResolver> {
    const r = new CallResolver();
    const calls = await store.query(
      "MATCH (c:Call) WHERE c.datePrecision = 'day' AND c.date IS NOT NULL RETURN c.id AS id, c.kind AS kind, c.date AS date",
      {},
      { readOnly: true },
    );
    if (calls.rows.length === 0) return r;
    const parts = await store.query('MATCH ()-[p:PARTICIPATED_IN]->(c:Call) WHERE c.datePrecision = \'day\' RETURN c.id AS call, p.id AS id', {}, { readOnly: true });
    const byCall = new Map<string, string[]>();
    for (const row of parts.rows) {
      // The relationship id is "PARTICIPATED_IN:<Label:key>-><Call:id>" (core/patch.ts relId).
      const id = String(row['id']);
      const from = id.slice('PARTICIPATED_IN:'.length, id.lastIndexOf('->Call:'));
      const call = String(row['call']);
      (byCall.get(call) ?? byCall.set(call, []).get(call)!).push(from);
    }
    for (const row of calls.rows) {
      const id = String(row['id']);
      r.add(id, String(row['kind']), String(row['date']), byCall.get(id) ?? []);
    }
    return r;
  }

  private static keyOf(kind: string, participants: string[]): string {
    return `${kindClass(kind)}|${[...participants].sort().join('+')}`;
  }

  private add(id: string, kind: string, date: string, participants: string[]): void {
    if (participants.length < 2) return;
    const key = CallResolver.keyOf(kind, participants);
    const list = this.index.get(key) ?? this.index.set(key, []).get(key)!;
    if (!list.some((k) => k.id === id)) list.push({ id, day: dayNumber(date) });
  }

  /**
   * Returns the patch with each of its day-precision Calls that repeats a known event renamed to
   * that event's id (the patch given is not changed), and remembers its Calls for later patches.
   */
  resolve(patch: GraphPatch): GraphPatch {
    const participants = new Map<string, string[]>();
    for (const rel of patch.rels) {
      if (rel.type === 'PARTICIPATED_IN') (participants.get(rel.to.key) ?? participants.set(rel.to.key, []).get(rel.to.key)!).push(nodeKey(rel.from));
    }
    const renamed = new Map<string, string>();
    for (const n of patch.nodes) {
      if (n.label !== 'Call' || n.props['datePrecision'] !== 'day' || typeof n.props['date'] !== 'string') continue;
      const kind = String(n.props['kind'] ?? '');
      const ps = participants.get(n.key) ?? [];
      if (ps.length < 2) continue;
      const day = dayNumber(n.props['date']);
      const window = WINDOW_DAYS[kindClass(kind)] ?? 0;
      const same = (this.index.get(CallResolver.keyOf(kind, ps)) ?? [])
        .filter((k) => k.id !== n.key && Math.abs(k.day - day) <= window)
        .sort((a, b) => Math.abs(a.day - day) - Math.abs(b.day - day) || a.day - b.day)[0];
      if (same && !patch.nodes.some((m) => m.label === 'Call' && m.key === same.id)) renamed.set(n.key, same.id);
      else this.add(n.key, kind, n.props['date'], ps);
    }
    if (renamed.size === 0) return patch;
    const ref = (r: NodeRef): NodeRef => (r.label === 'Call' && renamed.has(r.key) ? { label: 'Call', key: renamed.get(r.key)! } : r);
    // The renamed Call's own day goes: the event keeps the day it was first stored with.
    const rels: PatchRel[] = patch.rels
      .filter((r) => !(r.type === 'ON' && r.from.label === 'Call' && renamed.has(r.from.key)))
      .map((r) => ({ ...r, from: ref(r.from), to: ref(r.to) }));
    const used = new Set(rels.flatMap((r) => [nodeKey(r.from), nodeKey(r.to)]));
    const nodes = patch.nodes
      .map((n) => (n.label === 'Call' && renamed.has(n.key) ? { ...n, key: renamed.get(n.key)! } : n))
      // a Day node that only the dropped ON named
      .filter((n) => n.label !== 'Day' || used.has(nodeKey(n)));
    return { nodes, rels };
  }
}
