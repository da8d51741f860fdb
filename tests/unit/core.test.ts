/**
 * The pure core: ids, merge rules, patch validation, node keys, the Day chain.
 */
import { describe, expect, it } from 'vitest';
import { articleId, normalizeText, slugify } from '../../core/ids.ts';
import { mergePatches, mergeProps, propsEqual } from '../../core/merge.ts';
import { NodeKeyError, nodeKey, parseNodeKey, relId } from '../../core/patch.ts';
import { validatePatch } from '../../core/validate.ts';
import { dayChain, dayNode } from '../../ingest/days.ts';

describe('ids', () => {
  it.each([
    ['Vladimir Putin', 'vladimir-putin'],
    ['Volodymyr Zelenskiy', 'volodymyr-zelenskiy'],
    ['François Mitterrand', 'francois-mitterrand'],
    ["Côte d'Ivoire", 'cote-divoire'],
    ['  NATO expansion! ', 'nato-expansion'],
  ])('slugify(%j) = %j', (input, slug) => expect(slugify(input)).toBe(slug));

  it('gives the same article id to the same story saved differently', () => {
    const a = 'Putin and Biden met.\r\n\r\n\r\nThey talked.  \n';
    const b = '\uFEFFPutin and Biden met.\n\nThey talked.';
    expect(normalizeText(a)).toBe('Putin and Biden met.\n\nThey talked.');
    expect(articleId(a)).toBe(articleId(b));
    expect(articleId(a)).toMatch(/^art_[0-9a-f]{16}$/);
    expect(articleId(a)).not.toBe(articleId('Putin and Biden met.'));
  });
});

describe('merge rules', () => {
  it.each([
    ['sources are unioned and sorted', { sources: ['b'] }, { sources: ['a', 'b'] }, { sources: ['a', 'b'] }],
    ['held beats planned', { status: 'planned' }, { status: 'held' }, { status: 'held' }],
    ['planned does not undo held', { status: 'held' }, { status: 'planned' }, { status: 'held' }],
    ['cancelled beats planned', { status: 'planned' }, { status: 'cancelled' }, { status: 'cancelled' }],
    ['highest confidence kept', { confidence: 0.9 }, { confidence: 0.4 }, { confidence: 0.9 }],
    ['first value kept', { title: 'President' }, { title: 'Leader' }, { title: 'President' }],
    ['missing value filled', { title: null }, { title: 'President' }, { title: 'President' }],
    ['day precision beats month, date goes with it', { date: '2021-06', datePrecision: 'month' }, { date: '2021-06-16', datePrecision: 'day' }, { date: '2021-06-16', datePrecision: 'day' }],
    ['month precision does not replace a day', { date: '2021-06-16', datePrecision: 'day' }, { date: '2021-06', datePrecision: 'month' }, { date: '2021-06-16', datePrecision: 'day' }],
    ['a duration from explicit times beats one from words',
      { durationMinutes: 120, startTime: null, endTime: null },
      { durationMinutes: 122, startTime: '2021-12-07T18:08:00+03:00', endTime: '2021-12-07T20:10:00+03:00' },
      { durationMinutes: 122, startTime: '2021-12-07T18:08:00+03:00', endTime: '2021-12-07T20:10:00+03:00' }],
    ['… whichever report comes first',
      { durationMinutes: 122, startTime: '2021-12-07T18:08:00+03:00', endTime: '2021-12-07T20:10:00+03:00' },
      { durationMinutes: 120, startTime: null, endTime: null },
      { durationMinutes: 122, startTime: '2021-12-07T18:08:00+03:00', endTime: '2021-12-07T20:10:00+03:00' }],
    ['two durations from words: the first is kept', { durationMinutes: 120 }, { durationMinutes: 90 }, { durationMinutes: 120 }],
  ])('%s', (_name, a, b, expected) => expect(mergeProps(a, b)).toEqual(expected));

  it('treats a missing list and an empty one as equal', () => {
    expect(propsEqual({ aliases: null }, { aliases: [] })).toBe(true);
    expect(propsEqual({ aliases: ['a'] }, { aliases: [] })).toBe(false);
  });

  it('combines patches: one node per key, one relationship per id, REPORTED_IN kept per sentence', () => {
    const call = { label: 'Call' as const, key: 'c1' };
    const art = { label: 'Article' as const, key: 'art_1' };
    const merged = mergePatches(
      { nodes: [{ ...call, props: { status: 'planned', sources: ['art_1'] } }], rels: [{ type: 'REPORTED_IN', from: call, to: art, props: { start: 0, end: 5, sentence: 'A.', sources: ['art_1'] } }] },
      { nodes: [{ ...call, props: { status: 'held', sources: ['art_2'] } }], rels: [
        { type: 'REPORTED_IN', from: call, to: art, props: { start: 0, end: 5, sentence: 'A.', sources: ['art_1'] } },
        { type: 'REPORTED_IN', from: call, to: art, props: { start: 10, end: 15, sentence: 'B.', sources: ['art_1'] } },
      ] },
    );
    expect(merged.nodes).toEqual([{ label: 'Call', key: 'c1', props: { status: 'held', sources: ['art_1', 'art_2'] } }]);
    expect(merged.rels.map(relId)).toEqual(['REPORTED_IN:Call:c1->Article:art_1#0', 'REPORTED_IN:Call:c1->Article:art_1#10']);
  });
});

describe('node keys', () => {
  it('round-trips Label:key, keys may contain colons', () => {
    expect(nodeKey({ label: 'Country', key: 'RU' })).toBe('Country:RU');
    expect(parseNodeKey('Call:call:2021-12-07')).toEqual({ label: 'Call', key: 'call:2021-12-07' });
  });
  it.each(['Person:putin', 'Leader:', 'putin', ''])('refuses %j', (s) => expect(() => parseNodeKey(s)).toThrow(NodeKeyError));
});

describe('validatePatch', () => {
  it('names every problem', () => {
    const problems = validatePatch({
      nodes: [
        { label: 'Leader', key: 'x', props: { name: 3, age: 60 } },
        { label: 'Person' as never, key: 'y', props: {} },
        { label: 'Call', key: '', props: { durationMinutes: 1.5 } },
      ],
      rels: [{ type: 'MADE', from: { label: 'Call', key: 'c' }, to: { label: 'Statement', key: 's' }, props: { sources: 'art_1' } }],
    });
    expect(problems).toEqual([
      'node #0 Leader:x: property "name" should be string, got 3',
      'node #0 Leader:x: property "age" is not declared in core/model.ts',
      'node #1 Person:y: unknown label "Person"',
      'node #2 Call:: key must be a non-empty string',
      'node #2 Call:: property "durationMinutes" should be int, got 1.5',
      'relationship #0 MADE Call:c -> Statement:s: MADE does not go from Call to Statement (see core/model.ts)',
      'relationship #0 MADE Call:c -> Statement:s: property "sources" should be string[], got "art_1"',
    ]);
  });
});

describe('days', () => {
  it('builds Day nodes and the NEXT chain with gaps', () => {
    expect(dayNode('2021-12-07')).toEqual({ label: 'Day', key: '2021-12-07', props: { year: 2021, month: 12, weekday: 'Tuesday' } });
    expect(dayChain(['2021-12-06', '2021-12-07', '2021-12-09']).rels.map((r) => `${r.from.key}>${r.to.key}:${String(r.props['days'])}`)).toEqual([
      '2021-12-06>2021-12-07:1',
      '2021-12-07>2021-12-09:2',
    ]);
  });
});
