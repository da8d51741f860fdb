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
 * - a Call known to the month ("their April meeting") and one known to a day of that month are
 *   one event when that day is the only one known for those participants that month; whichever
 *   came first keeps its id, and the event gets the day. Year-precision Calls are left alone.
 * The first report stored keeps its id and day, so the day an event shows can depend on the order
 * articles are ingested in; whichever it is, the event is one node. Over the whole corpus, in
 * file order, 97 incoming Calls join an earlier one: 47 by a nearby day, of which 43 are the same
 * event told again and 4 join two extraction errors or keep an earlier report's wrong day; 50 by
 * the month, all of those read the same event ("a state visit he will make to Britain later this
 * month" and "King Fahd … begins a four-day state visit on Tuesday").
 */
import { dayNumber } from '../core/days.ts';
import { callKindClass, type CallKind } from '../core/model.ts';
import type { GraphPatch, NodeRef, PatchRel } from '../core/patch.ts';
import { nodeKey } from '../core/patch.ts';
import type { GraphStore } from '../store/port.ts';

/** Days two reports of one event may lie apart, by kind class. */
export const WINDOW_DAYS: Record<ReturnType<typeof callKindClass>, number> = { visit: 3, meeting: 1, call: 1 };

/** The kind class of a stored or extracted Call's `kind` property. */
const kindClass = (kind: string): ReturnType<typeof callKindClass> => callKindClass(kind as CallKind);

interface Known {
  id: string;
  /** The day number of a day-precision Call, or null for one known to the month. */
  day: number | null;
  /** YYYY-MM */
  month: string;
}

/** The index of Calls known to the day or the month, by kind class and participant set. */
export class CallResolver {
  private readonly index = new Map<string, Known[]>();

  /** Reads every Call already stored with a day or a month, with its participants. Two read queries. */
  static async load(store: GraphStore): Promise<CallResolver> {
    const r = new CallResolver();
    const calls = await store.query(
      "MATCH (c:Call) WHERE c.datePrecision IN ['day', 'month'] AND c.date IS NOT NULL RETURN c.id AS id, c.kind AS kind, c.date AS date, c.datePrecision AS precision",
      {},
      { readOnly: true },
    );
    if (calls.rows.length === 0) return r;
    const parts = await store.query("MATCH ()-[p:PARTICIPATED_IN]->(c:Call) WHERE c.datePrecision IN ['day', 'month'] RETURN c.id AS call, p.id AS id", {}, { readOnly: true });
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
      r.add(id, String(row['kind']), String(row['date']), row['precision'] === 'day', byCall.get(id) ?? []);
    }
    return r;
  }

  private static keyOf(kind: string, participants: string[]): string {
    return `${kindClass(kind)}|${[...participants].sort().join('+')}`;
  }

  private add(id: string, kind: string, date: string, isDay: boolean, participants: string[]): void {
    if (participants.length < 2) return;
    const key = CallResolver.keyOf(kind, participants);
    const list = this.index.get(key) ?? this.index.set(key, []).get(key)!;
    if (!list.some((k) => k.id === id)) list.push({ id, day: isDay ? dayNumber(date) : null, month: date.slice(0, 7) });
  }

  /**
   * The known event a Call repeats, if any, and whether the Call's own day goes with it. A day:
   * a known day within the window, else the one event known to that month alone (which gains the
   * day). A month: the one event known to a day of that month.
   */
  private match(kind: string, date: string, isDay: boolean, participants: string[]): { known: Known; keepDay: boolean } | null {
    const known = this.index.get(CallResolver.keyOf(kind, participants)) ?? [];
    const month = date.slice(0, 7);
    const daysOfMonth = known.filter((k) => k.day !== null && k.month === month);
    if (!isDay) return daysOfMonth.length === 1 ? { known: daysOfMonth[0]!, keepDay: false } : null;
    const day = dayNumber(date);
    const window = WINDOW_DAYS[kindClass(kind)];
    const near = known
      .filter((k) => k.day !== null && Math.abs(k.day - day) <= window)
      .sort((a, b) => Math.abs(a.day! - day) - Math.abs(b.day! - day) || a.day! - b.day!)[0];
    if (near) return { known: near, keepDay: false };
    // "their April meeting" stored first, "met on April 5" now: one event, unless another day of
    // that month is known for it too (which of them the month meant is then unknown).
    const byMonth = known.find((k) => k.day === null && k.month === month);
    return byMonth && daysOfMonth.length === 0 ? { known: byMonth, keepDay: true } : null;
  }

  /**
   * Returns the patch with each of its day- or month-precision Calls that repeats a known event renamed to
   * that event's id (the patch given is not changed), and remembers its Calls for later patches.
   */
  resolve(patch: GraphPatch): GraphPatch {
    const participants = new Map<string, string[]>();
    for (const rel of patch.rels) {
      if (rel.type === 'PARTICIPATED_IN') (participants.get(rel.to.key) ?? participants.set(rel.to.key, []).get(rel.to.key)!).push(nodeKey(rel.from));
    }
    const renamed = new Map<string, string>();
    const dayDropped = new Set<string>();
    for (const n of patch.nodes) {
      const precision = n.props['datePrecision'];
      const date = n.props['date'];
      if (n.label !== 'Call' || (precision !== 'day' && precision !== 'month') || typeof date !== 'string') continue;
      const kind = String(n.props['kind'] ?? '');
      const ps = participants.get(n.key) ?? [];
      if (ps.length < 2) continue;
      const m = this.match(kind, date, precision === 'day', ps);
      if (m && m.known.id !== n.key && !patch.nodes.some((x) => x.label === 'Call' && x.key === m.known.id)) {
        renamed.set(n.key, m.known.id);
        if (m.keepDay) {
          m.known.day = dayNumber(date);
        } else dayDropped.add(n.key);
      } else if (!m || m.known.id !== n.key) this.add(n.key, kind, date, precision === 'day', ps);
    }
    if (renamed.size === 0) return patch;
    const ref = (r: NodeRef): NodeRef => (r.label === 'Call' && renamed.has(r.key) ? { label: 'Call', key: renamed.get(r.key)! } : r);
    // The renamed Call's own day goes (the event keeps the day it was first stored with), unless it
    // gives a day to an event known only to the month.
    const rels: PatchRel[] = patch.rels
      .filter((r) => !(r.type === 'ON' && r.from.label === 'Call' && dayDropped.has(r.from.key)))
      .map((r) => ({ ...r, from: ref(r.from), to: ref(r.to) }));
    const used = new Set(rels.flatMap((r) => [nodeKey(r.from), nodeKey(r.to)]));
    const nodes = patch.nodes
      .map((n) => (n.label === 'Call' && renamed.has(n.key) ? { ...n, key: renamed.get(n.key)! } : n))
      // a Day node that only the dropped ON named
      .filter((n) => n.label !== 'Day' || used.has(nodeKey(n)));
    return { nodes, rels };
  }
}
