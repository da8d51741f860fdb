// Extraction on the two sample articles: the facts a careful reader records, as exact values.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePatches } from '../../core/merge.ts';
import { validatePatch } from '../../core/validate.ts';
import type { GraphPatch, PatchNode, PatchRel } from '../../core/patch.ts';
import { extractArticle } from '../../ingest/extract/index.ts';
import { readInputs } from '../../ingest/read/index.ts';
import type { Article } from '../../ingest/read/types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function samples(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readInputs([path.join(root, 'data/samples')])) {
    if (!item.ok) throw new Error(`${item.where}: ${item.message}`);
    out.push(item.article);
  }
  return out;
}

const arts = await samples();
const [a0, a1] = [arts[0]!, arts[1]!];
const p0 = extractArticle(a0);
const p1 = extractArticle(a1);
const merged = mergePatches(p0, p1);

const nodes = (p: GraphPatch, label: string): PatchNode[] => p.nodes.filter((n) => n.label === label);
const keys = (p: GraphPatch, label: string): string[] => nodes(p, label).map((n) => n.key).sort();
const node = (p: GraphPatch, label: string, key: string): PatchNode => {
  const n = p.nodes.find((x) => x.label === label && x.key === key);
  if (!n) throw new Error(`no ${label}:${key}`);
  return n;
};
const rels = (p: GraphPatch, type: string, from?: string, to?: string): PatchRel[] =>
  p.rels.filter((r) => r.type === type && (from === undefined || r.from.key === from) && (to === undefined || r.to.key === to));
const ends = (p: GraphPatch, type: string, toKey: string): string[] => rels(p, type, undefined, toKey).map((r) => `${r.from.label}:${r.from.key}`).sort();
const targets = (p: GraphPatch, type: string, fromKey: string): string[] => rels(p, type, fromKey).map((r) => `${r.to.label}:${r.to.key}`).sort();

const SUMMIT = '2021-12-07-call-joe-biden-vladimir-putin';
const EUROPE = '2021-12-07-call-de-fr-gb-it-joe-biden';
const MONDAY = '2021-12-06-meeting-de-fr-gb-it-joe-biden';
const ZELENSKIY = '2021-12-09-call-joe-biden-volodymyr-zelenskiy';
const GENEVA = '2021-06-meeting-joe-biden-vladimir-putin';

describe('sample articles: people', () => {
  it('finds the four people with offices and countries, and never Moscow, Kremlin or Mr. President', () => {
    expect(keys(merged, 'Leader')).toEqual(['jake-sullivan', 'joe-biden', 'vladimir-putin', 'volodymyr-zelenskiy']);
    expect(keys(p1, 'Leader')).toEqual(['joe-biden', 'vladimir-putin']);
    const table = nodes(merged, 'Leader').map((n) => [n.key, n.props['name'], n.props['title'], n.props['role'], targets(merged, 'REPRESENTS', n.key).join()]);
    expect(table.sort()).toEqual([
      ['jake-sullivan', 'Jake Sullivan', 'National Security Adviser', 'adviser', 'Country:US'],
      ['joe-biden', 'Joe Biden', 'President', 'head_of_state', 'Country:US'],
      ['vladimir-putin', 'Vladimir Putin', 'President', 'head_of_state', 'Country:RU'],
      ['volodymyr-zelenskiy', 'Volodymyr Zelenskiy', 'President', 'head_of_state', 'Country:UA'],
    ]);
    expect(node(merged, 'Leader', 'volodymyr-zelenskiy').props['aliases']).toContain('Zelensky');
  });
});

describe('sample articles: countries and organisations', () => {
  it('finds the eight countries', () => {
    expect(keys(merged, 'Country')).toEqual(['DE', 'FR', 'GB', 'IR', 'IT', 'RU', 'UA', 'US']);
    expect(node(merged, 'Country', 'GB').props['name']).toBe('Britain');
  });
  it('finds the Kremlin, the White House, NATO and TASS, with the institutions part of their countries', () => {
    expect(keys(merged, 'Organization')).toEqual(['kremlin', 'nato', 'tass', 'white-house']);
    expect(keys(p0, 'Organization')).toEqual(['kremlin', 'nato', 'white-house']);
    expect(targets(merged, 'PART_OF', 'kremlin')).toEqual(['Country:RU']);
    expect(targets(merged, 'PART_OF', 'white-house')).toEqual(['Country:US']);
    expect(node(merged, 'Organization', 'tass').props['kind']).toBe('media');
    expect(node(merged, 'Organization', 'nato').props['kind']).toBe('international');
  });
  it('counts mentions per article', () => {
    const count = (p: GraphPatch, key: string): unknown => rels(p, 'MENTIONS', undefined, key)[0]?.props['count'];
    expect(count(p0, 'vladimir-putin')).toBe(6);
    expect(count(p0, 'kremlin')).toBe(6);
    expect(count(p1, 'tass')).toBe(1);
  });
});

describe('sample articles: calls', () => {
  it('has exactly the five calls', () => {
    expect(keys(merged, 'Call')).toEqual([GENEVA, MONDAY, EUROPE, SUMMIT, ZELENSKIY].sort());
  });
  it('the virtual summit of 2021-12-07 is one call reported by both articles, with its time and duration', () => {
    const c = node(merged, 'Call', SUMMIT);
    expect(c.props).toMatchObject({
      kind: 'virtual summit', status: 'held', date: '2021-12-07', datePrecision: 'day',
      startTime: '2021-12-07T18:08:00+03:00', endTime: '2021-12-07T20:10:00+03:00', title: 'Biden – Putin virtual summit',
      // the duration from the times (18:08–20:10) beats the first report's "two-hour"
      durationMinutes: 122,
    });
    expect(c.props['sources']).toEqual([a0.id, a1.id].sort());
    expect(node(p1, 'Call', SUMMIT).props['durationMinutes']).toBe(122);
    expect(node(p0, 'Call', SUMMIT).props['durationMinutes']).toBe(120);
    expect(ends(merged, 'PARTICIPATED_IN', SUMMIT)).toEqual(['Leader:joe-biden', 'Leader:vladimir-putin']);
    expect(targets(merged, 'ON', SUMMIT)).toEqual(['Day:2021-12-07']);
    const reported = rels(merged, 'REPORTED_IN', SUMMIT);
    expect(new Set(reported.map((r) => r.to.key))).toEqual(new Set([a0.id, a1.id]));
    const tass = reported.find((r) => String(r.props['sentence']).startsWith('The meeting lasted just over two hours'))!;
    expect(a1.text.slice(Number(tass.props['start']), Number(tass.props['end']))).toBe(tass.props['sentence']);
    expect(targets(merged, 'DISCUSSED', SUMMIT)).toEqual(expect.arrayContaining(['Topic:nato-expansion', 'Topic:minsk-agreements', 'Topic:diplomatic-missions']));
  });
  it("Biden's call with the leaders of Britain, France, Germany and Italy: countries take part, held beats planned", () => {
    const c = node(merged, 'Call', EUROPE);
    expect(c.props).toMatchObject({ kind: 'phone call', status: 'held', date: '2021-12-07', datePrecision: 'day' });
    expect(node(p1, 'Call', EUROPE).props['status']).toBe('planned');
    expect(ends(merged, 'PARTICIPATED_IN', EUROPE)).toEqual(['Country:DE', 'Country:FR', 'Country:GB', 'Country:IT', 'Leader:joe-biden']);
    expect(c.props['sources']).toEqual([a0.id, a1.id].sort());
  });
  it('the Monday coordination of 2021-12-06', () => {
    expect(node(merged, 'Call', MONDAY).props).toMatchObject({ kind: 'talks', status: 'held', date: '2021-12-06', datePrecision: 'day' });
    expect(ends(merged, 'PARTICIPATED_IN', MONDAY)).toEqual(['Country:DE', 'Country:FR', 'Country:GB', 'Country:IT', 'Leader:joe-biden']);
    expect(targets(merged, 'ON', MONDAY)).toEqual(['Day:2021-12-06']);
  });
  it('the planned Biden–Zelenskiy call of Thursday 2021-12-09', () => {
    expect(node(p0, 'Call', ZELENSKIY).props).toMatchObject({ kind: 'phone call', status: 'planned', date: '2021-12-09', datePrecision: 'day' });
    expect(ends(p0, 'PARTICIPATED_IN', ZELENSKIY)).toEqual(['Leader:joe-biden', 'Leader:volodymyr-zelenskiy']);
    expect(node(p0, 'Day', '2021-12-09').props).toEqual({ year: 2021, month: 12, weekday: 'Thursday' });
  });
  it('the June 2021 Geneva summit, month precision, no Day', () => {
    expect(node(merged, 'Call', GENEVA).props).toMatchObject({ kind: 'summit', status: 'held', date: '2021-06', datePrecision: 'month' });
    expect(targets(merged, 'HELD_IN', GENEVA)).toEqual(['Place:geneva']);
    expect(targets(merged, 'ON', GENEVA)).toEqual([]);
    expect(ends(merged, 'PARTICIPATED_IN', GENEVA)).toEqual(['Leader:joe-biden', 'Leader:vladimir-putin']);
  });
});

describe('sample articles: statements', () => {
  const stmt = (p: GraphPatch, start: string): PatchNode => {
    const n = nodes(p, 'Statement').find((x) => String(x.props['text']).startsWith(start));
    if (!n) throw new Error(`no statement starting "${start}"`);
    return n;
  };
  const row = (p: GraphPatch, start: string): unknown[] => {
    const s = stmt(p, start);
    return [s.props['kind'], ends(p, 'MADE', s.key), targets(p, 'REPORTED_BY', s.key), targets(p, 'DURING', s.key)];
  };
  it('speaker, relayer, kind and call for each statement of the first article', () => {
    expect(row(p0, 'But although the Kremlin described')).toEqual(['characterization', ['Organization:kremlin'], [], []]);
    expect(row(p0, 'Biden "voiced the deep concerns"')).toEqual(['concern', ['Leader:joe-biden'], ['Organization:white-house'], [`Call:${SUMMIT}`]]);
    expect(row(p0, 'President Biden reiterated his support')).toEqual(['support', ['Leader:joe-biden'], ['Organization:white-house'], [`Call:${SUMMIT}`]]);
    expect(row(p0, 'In response, Putin accused NATO')).toEqual(['accusation', ['Leader:vladimir-putin'], [], [`Call:${SUMMIT}`]]);
    expect(row(p0, 'Putin described the current situation')).toEqual(['characterization', ['Leader:vladimir-putin'], ['Organization:kremlin'], [`Call:${SUMMIT}`]]);
    expect(row(p0, 'The Russian side proposed')).toEqual(['proposal', ['Organization:kremlin'], [], []]);
    expect(row(p0, 'Biden and Putin agreed')).toEqual(['agreement', ['Leader:joe-biden', 'Leader:vladimir-putin'], [], [`Call:${SUMMIT}`]]);
    expect(row(p0, 'He will also speak with')).toEqual(['announcement', ['Leader:jake-sullivan'], [], []]);
  });
  it('targets: what and whom statements are about', () => {
    const about = (p: GraphPatch, start: string): string[] => targets(p, 'ABOUT', stmt(p, start).key);
    expect(about(p0, 'In response, Putin accused NATO')).toEqual(['Country:UA', 'Organization:nato', 'Topic:military-buildup', 'Topic:nato-expansion']);
    expect(about(p0, 'Biden "voiced the deep concerns"')).toEqual(['Country:RU', 'Country:UA', 'Topic:military-buildup', 'Topic:sanctions']);
    expect(about(p0, 'He will also speak with')).toEqual([`Call:${ZELENSKIY}`, 'Country:UA', 'Leader:volodymyr-zelenskiy']);
    expect(about(p1, 'Greetings, Mr. President')).toEqual(['Leader:joe-biden']);
  });
  it('the second article: greetings, and a statement reported by both articles is one node', () => {
    expect(row(p1, 'Greetings, Mr. President')).toEqual(['greeting', ['Leader:vladimir-putin'], ['Organization:kremlin'], [`Call:${SUMMIT}`]]);
    expect(stmt(p1, 'Greetings, Mr. President').props['quote']).toBe('Greetings, Mr. President');
    expect(row(p1, 'it was "good to see"')).toEqual(['greeting', ['Leader:joe-biden'], [], [`Call:${SUMMIT}`]]);
    const concern = stmt(merged, 'Biden "voiced the deep concerns"');
    expect(concern.props['sources']).toEqual([a0.id, a1.id].sort());
    expect(nodes(p1, 'Statement').some((n) => String(n.props['text']).includes('lasted just over two hours'))).toBe(false);
  });
  it('what "the two leaders discussed" is no statement, and every statement has a speaker', () => {
    for (const p of [p0, p1]) {
      expect(nodes(p, 'Statement').filter((n) => /^(?:[^,]{0,40},\s+)?the two leaders (?:also )?discussed/i.test(String(n.props['text']))).map((n) => n.props['text'])).toEqual([]);
      for (const n of nodes(p, 'Statement')) expect(ends(p, 'MADE', n.key).length, String(n.props['text'])).toBeGreaterThan(0);
    }
  });
  it('no statement is made by a place or by "Moscow" as a leader', () => {
    for (const p of [p0, p1]) {
      const speakers = p.rels.filter((r) => r.type === 'MADE').map((r) => `${r.from.label}:${r.from.key}`);
      expect(speakers.filter((k) => !/^(?:Leader|Country|Organization):/.test(k))).toEqual([]);
      expect(speakers.filter((k) => /moscow|kremlin/.test(k) && k.startsWith('Leader:'))).toEqual([]);
    }
  });
});

describe('sample articles: provenance and model', () => {
  it('every extracted relationship, call and statement carries the article id as source; entities none', () => {
    for (const p of [p0, p1]) {
      const id = p === p0 ? a0.id : a1.id;
      for (const n of p.nodes) {
        const events = n.label === 'Call' || n.label === 'Statement';
        expect(n.props['sources'], `${n.label}:${n.key}`).toEqual(events ? [id] : undefined);
      }
      for (const r of p.rels) expect(r.props['sources'], r.type).toEqual([id]);
    }
  });
  it('every call and statement has a REPORTED_IN whose offsets give back its sentence', () => {
    for (const [p, a] of [[p0, a0], [p1, a1]] as const) {
      for (const n of p.nodes.filter((x) => x.label === 'Call' || x.label === 'Statement')) {
        const r = rels(p, 'REPORTED_IN', n.key);
        expect(r.length, n.key).toBeGreaterThan(0);
        for (const x of r) expect(a.text.slice(Number(x.props['start']), Number(x.props['end']))).toBe(x.props['sentence']);
      }
    }
  });
  it('the Article node and its Day', () => {
    expect(node(p0, 'Article', a0.id).props).toMatchObject({ publishedAt: '2021-12-07', wordCount: 404, dateline: null });
    expect(targets(p0, 'PUBLISHED_ON', a0.id)).toEqual(['Day:2021-12-07']);
    expect(node(p0, 'Day', '2021-12-07').props).toEqual({ year: 2021, month: 12, weekday: 'Tuesday' });
  });
  it('uses only what core/model.ts declares', () => {
    expect(validatePatch(p0)).toEqual([]);
    expect(validatePatch(p1)).toEqual([]);
    expect(validatePatch(merged)).toEqual([]);
  });
  it('is deterministic', () => {
    expect(extractArticle(a0)).toEqual(p0);
  });
});
