import { describe, expect, it } from 'vitest';
import type { GraphPatch, NodeRef } from '../../core/patch.ts';
import { CallResolver } from '../../ingest/resolve.ts';

/** One article's patch: a Call with its participants and its day. */
function report(id: string, kind: string, date: string, precision: string, participants: NodeRef[]): GraphPatch {
  const call: NodeRef = { label: 'Call', key: id };
  return {
    nodes: [
      { ...call, props: { kind, date, datePrecision: precision, status: 'held' } },
      ...(precision === 'day' ? [{ label: 'Day' as const, key: date, props: {} }] : []),
      ...participants.map((p) => ({ ...p, props: {} })),
    ],
    rels: [
      ...participants.map((p) => ({ type: 'PARTICIPATED_IN' as const, from: p, to: call, props: {} })),
      ...(precision === 'day' ? [{ type: 'ON' as const, from: call, to: { label: 'Day' as const, key: date }, props: {} }] : []),
    ],
  };
}
const US: NodeRef = { label: 'Country', key: 'US' };
const JP: NodeRef = { label: 'Country', key: 'JP' };
const CN: NodeRef = { label: 'Country', key: 'CN' };
const calls = (p: GraphPatch) => p.nodes.filter((n) => n.label === 'Call').map((n) => n.key);
const ons = (p: GraphPatch) => p.rels.filter((r) => r.type === 'ON').map((r) => `${r.from.key}->${r.to.key}`);

describe('CallResolver: which reports are one event', () => {
  it.each([
    ['talks a day apart', ['meeting', '1987-04-08'], ['talks', '1987-04-09'], [US, JP], true],
    ['talks two days apart', ['meeting', '1987-04-08'], ['talks', '1987-04-10'], [US, JP], false],
    ['a visit three days apart', ['visit', '1987-03-02'], ['visit', '1987-03-05'], [US, JP], true],
    ['a visit four days apart', ['visit', '1987-03-02'], ['visit', '1987-03-06'], [US, JP], false],
    ['a visit and talks of one day (other kind classes)', ['visit', '1987-03-02'], ['talks', '1987-03-02'], [US, JP], false],
    ['a phone call a day apart', ['phone call', '1987-03-02'], ['phone call', '1987-03-03'], [US, JP], true],
  ] as const)('%s', (_name, [k1, d1], [k2, d2], parties, same) => {
    const r = new CallResolver();
    r.resolve(report(`${d1}-a`, k1, d1, 'day', [...parties]));
    const out = r.resolve(report(`${d2}-b`, k2, d2, 'day', [...parties]));
    expect(calls(out)).toEqual([same ? `${d1}-a` : `${d2}-b`]);
    // The merged report's own day goes with its ON; the Day node too, as nothing else names it.
    expect(ons(out)).toEqual(same ? [] : [`${d2}-b->${d2}`]);
    expect(out.nodes.filter((n) => n.label === 'Day').map((n) => n.key)).toEqual(same ? [] : [d2]);
  });

  it('joins a Call known to the month and one known to a day of it, either way round, when that day is the only one', () => {
    const day = (p: GraphPatch) => p.nodes.filter((n) => n.label === 'Call').map((n) => `${n.key} ${String(n.props['date'])}/${String(n.props['datePrecision'])}`);
    // The month first: the day's report takes the month's id and keeps its own day (ON and Day node).
    const a = new CallResolver();
    a.resolve(report('april', 'visit', '1987-04', 'month', [US, JP]));
    const dayReport = a.resolve(report('april-16', 'visit', '1987-04-16', 'day', [US, JP]));
    expect(day(dayReport)).toEqual(['april 1987-04-16/day']);
    expect(ons(dayReport)).toEqual(['april->1987-04-16']);
    // …and the event is now known to that day: a report a day later joins it too.
    expect(calls(a.resolve(report('april-17', 'visit', '1987-04-17', 'day', [US, JP])))).toEqual(['april']);
    // The day first: the month's report takes the day's id.
    const b = new CallResolver();
    b.resolve(report('april-16', 'visit', '1987-04-16', 'day', [US, JP]));
    expect(calls(b.resolve(report('april', 'visit', '1987-04', 'month', [US, JP])))).toEqual(['april-16']);
    // Two days of that month known: which one the month meant is unknown.
    const c = new CallResolver();
    c.resolve(report('april-13', 'meeting', '1987-04-13', 'day', [US, JP]));
    c.resolve(report('april-29', 'meeting', '1987-04-29', 'day', [US, JP]));
    expect(calls(c.resolve(report('april', 'meeting', '1987-04', 'month', [US, JP])))).toEqual(['april']);
    const d = new CallResolver();
    d.resolve(report('april', 'meeting', '1987-04', 'month', [US, JP]));
    d.resolve(report('april-13', 'meeting', '1987-04-13', 'day', [US, JP]));
    expect(calls(d.resolve(report('april-29', 'meeting', '1987-04-29', 'day', [US, JP])))).toEqual(['april-29']);
  });

  it('needs the same participants, at least two, and leaves calls of one article alone', () => {
    const r = new CallResolver();
    const EC: NodeRef = { label: 'Organization', key: 'ec' };
    r.resolve(report('ec1', 'meeting', '1987-06-01', 'day', [EC]));
    expect(calls(r.resolve(report('ec2', 'meeting', '1987-06-02', 'day', [EC])))).toEqual(['ec2']);
    r.resolve(report('c1', 'meeting', '1987-04-08', 'day', [US, JP]));
    expect(calls(r.resolve(report('c2', 'meeting', '1987-04-09', 'day', [US, JP, CN])))).toEqual(['c2']);
    expect(calls(r.resolve(report('c3', 'meeting', '1987-05', 'month', [US, JP])))).toEqual(['c3']);
    const both = report('c4', 'meeting', '1987-05-01', 'day', [US, CN]);
    const next = report('c5', 'meeting', '1987-05-02', 'day', [US, CN]);
    const one: GraphPatch = { nodes: [...both.nodes, ...next.nodes], rels: [...both.rels, ...next.rels] };
    expect(calls(r.resolve(one))).toEqual(['c4', 'c5']);
  });

  it('renames every relationship end and leaves the patch it was given unchanged', () => {
    const r = new CallResolver();
    r.resolve(report('first', 'meeting', '1987-04-08', 'day', [US, JP]));
    const given = report('second', 'meeting', '1987-04-09', 'day', [US, JP]);
    given.rels.push({ type: 'REPORTED_IN', from: { label: 'Call', key: 'second' }, to: { label: 'Article', key: 'art_1' }, props: { start: 0 } });
    const before = JSON.stringify(given);
    const out = r.resolve(given);
    expect(out.rels.map((x) => `${x.type}:${x.from.key}->${x.to.key}`)).toEqual(['PARTICIPATED_IN:US->first', 'PARTICIPATED_IN:JP->first', 'REPORTED_IN:first->art_1']);
    expect(JSON.stringify(given)).toBe(before);
  });
});
