/**
 * Every export format round-trips: the sample graph is exported, parsed back with a real parser
 * (graphology import, graphology-gexf, graphology-graphml, csv-parse, JSON per line, and the
 * cypher script run on a fresh embedded kuzu store) and compared with the source subgraph.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNodeKey, type PropValue, type Props } from '../../core/patch.ts';
import { NODE_LABELS, REL_TYPES } from '../../core/model.ts';
import { exportDownload, exportFormat } from '../../export/formats.ts';
import { splitCypherStatements, type CypherDialect } from '../../export/cypher.ts';
import { patchToSubgraph } from '../../export/subgraph.ts';
import { openStore } from '../../store/index.ts';
import type { GraphStore, JsonNode, JsonRel, Subgraph } from '../../store/port.ts';
import { SAMPLE_IDS, sampleArticles, samplePatch } from '../fixtures/sample-graph.ts';
import { onNeo4j } from './neo4j.ts';

const sg: Subgraph = patchToSubgraph(samplePatch());
const A0 = 'art_acf2d15ea3c0c3a7'; // data/samples/000_…
const A1 = 'art_36de752a916231d4'; // data/samples/001_…
const SUMMIT = `Call:${SAMPLE_IDS.summit}`;
const ZELENSKIY = 'Leader:volodymyr-zelenskiy';
const CONCERN_IN_A0 = `REPORTED_IN:Statement:${SAMPLE_IDS.concern}->Article:${A0}#562`;

function textOf(format: string): string {
  const out = exportFormat(format).write(sg);
  if (out.type !== 'text') throw new Error(`${format} is not a text format`);
  return out.text;
}

/** Present (non-null, non-empty-list) properties, the way every format writes them. */
function present(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)));
}

/** The name a node property gets in graph formats (json, gexf, graphml): `kind` → `callKind` etc. */
function attrName(label: string, prop: string): string {
  return prop === 'kind' ? `${label[0]!.toLowerCase()}${label.slice(1)}Kind` : prop;
}

/** Expected graph attributes of a node; `join` joins lists with `;` (formats without lists). */
function expectedNodeAttrs(n: JsonNode, join: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: n.kind };
  for (const [k, v] of Object.entries(present(n.properties))) out[attrName(n.kind, k)] = join && Array.isArray(v) ? v.join(';') : v;
  return out;
}
function expectedRelAttrs(r: JsonRel, join: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: r.kind };
  for (const [k, v] of Object.entries(present(r.properties))) out[k] = join && Array.isArray(v) ? v.join(';') : v;
  return out;
}

/** Compares a parsed graphology graph with the source subgraph, node by node and edge by edge. */
function expectGraphMatches(g: MultiDirectedGraph, join: boolean): void {
  expect(g.order).toBe(40);
  expect(g.size).toBe(120);
  for (const n of sg.nodes) {
    const { label, ...attrs } = g.getNodeAttributes(n.key);
    expect(typeof label).toBe('string');
    expect(attrs).toEqual(expectedNodeAttrs(n, join));
  }
  for (const r of sg.rels) {
    const key = String(r.properties['id']);
    expect(g.source(key)).toBe(r.source);
    expect(g.target(key)).toBe(r.target);
    expect(g.getEdgeAttributes(key)).toEqual(expectedRelAttrs(r, join));
  }
}

describe('export round-trips on the sample graph', () => {
  it('the source subgraph has the sample graph counts', () => {
    expect(sg.nodes.length).toBe(40);
    expect(sg.rels.length).toBe(120);
    expect(sg.nodes.find((n) => n.key === SUMMIT)?.properties['durationMinutes']).toBe(122);
  });

  it('json: graphology import gives back every node, edge and property', () => {
    const g = MultiDirectedGraph.from(JSON.parse(textOf('json')));
    expectGraphMatches(g, false);
    expect(g.getNodeAttribute(SUMMIT, 'label')).toBe('Biden – Putin virtual summit');
    expect(g.getNodeAttribute(SUMMIT, 'callKind')).toBe('virtual summit');
    expect(g.getNodeAttribute(SUMMIT, 'startTime')).toBe('2021-12-07T18:08:00+03:00');
    expect(g.getNodeAttribute(ZELENSKIY, 'aliases')).toEqual(['Zelensky', 'Zelenskyy']);
    expect(g.getNodeAttribute('Organization:tass', 'organizationKind')).toBe('media');
    expect(g.getNodeAttribute(`Statement:${SAMPLE_IDS.greeting}`, 'label')).toBe(
      '"Greetings, Mr. President," Putin said in a brief video clip released by the…',
    );
    expect(g.getNodeAttribute(`Statement:${SAMPLE_IDS.concern}`, 'label')).toBe(
      'Biden "voiced the deep concerns" of the U.S. and its European allies toward…',
    );
    expect(g.getEdgeAttribute(CONCERN_IN_A0, 'start')).toBe(562);
    expect(g.getEdgeAttribute(`MENTIONS:Article:${A0}->Country:RU`, 'count')).toBe(7);
    expect(g.getEdgeAttribute(`MENTIONS:Article:${A1}->Country:RU`, 'count')).toBe(9);
    expect(g.getEdgeAttribute(`MENTIONS:Article:${A1}->Organization:tass`, 'sources')).toEqual([A1]);
  });

  it('gexf: graphology-gexf parses back every node, edge and property (lists joined)', () => {
    const g = parseGexf(MultiDirectedGraph, textOf('gexf')) as MultiDirectedGraph;
    expectGraphMatches(g, true);
    expect(g.getNodeAttribute(ZELENSKIY, 'aliases')).toBe('Zelensky;Zelenskyy');
    expect(g.getNodeAttribute(SUMMIT, 'durationMinutes')).toBe(122);
    expect(g.getNodeAttribute(SUMMIT, 'confidence')).toBe(0.95);
    expect(g.getEdgeAttribute(CONCERN_IN_A0, 'kind')).toBe('REPORTED_IN');
  });

  it('graphml: graphology-graphml parses back every node, edge and property (lists joined)', () => {
    const text = textOf('graphml');
    expect(text).toContain('<key id="n6" for="node" attr.name="wordCount" attr.type="long"/>');
    const g = parseGraphml(MultiDirectedGraph, text) as MultiDirectedGraph;
    expectGraphMatches(g, true);
    expect(g.getNodeAttribute('Day:2021-12-09', 'weekday')).toBe('Thursday');
    expect(g.getNodeAttribute('Day:2021-12-09', 'month')).toBe(12);
    expect(g.getEdgeAttribute(CONCERN_IN_A0, 'sentence')).toBe(
      'Biden "voiced the deep concerns" of the U.S. and its European allies toward "Russia’s escalation of forces surrounding Ukraine" and vowed "strong economic and other measures" in response to a Russian offensive, the White House said in its readout of the call.',
    );
  });

  it('jsonl: every line parses as an APOC record and gives back the subgraph', () => {
    const lines = textOf('jsonl').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBe(160);
    const nodes = lines.filter((l) => l.type === 'node');
    const rels = lines.filter((l) => l.type === 'relationship');
    expect(nodes.length).toBe(40);
    expect(rels.length).toBe(120);
    const keyById = new Map<string, string>();
    nodes.forEach((l, i) => {
      const n = sg.nodes[i]!;
      expect(l).toEqual({ type: 'node', id: String(i), labels: [n.kind], properties: present(n.properties) });
      keyById.set(l.id, n.key);
    });
    rels.forEach((l, i) => {
      const r = sg.rels[i]!;
      expect(l.label).toBe(r.kind);
      expect(keyById.get(l.start.id)).toBe(r.source);
      expect(keyById.get(l.end.id)).toBe(r.target);
      expect(l.start.labels).toEqual([r.source.split(':')[0]]);
      expect(l.properties).toEqual(present(r.properties));
    });
    expect(nodes.find((l) => l.properties.id === 'jake-sullivan')?.properties).toEqual({
      id: 'jake-sullivan', name: 'Jake Sullivan', title: 'National Security Adviser', role: 'adviser',
    });
  });

  it('csv: csv-parse reads neo4j-admin headers and every node and relationship back', () => {
    const out = exportFormat('csv').write(sg);
    if (out.type !== 'files') throw new Error('csv is a folder format');
    const files = out.files;
    const tables = new Map<string, string[][]>();
    for (const [name, content] of files) if (name.endsWith('.csv')) tables.set(name, parseCsv(content) as string[][]);
    expect(tables.get('nodes_Leader.csv')![0]).toEqual(['id:ID(Leader)', 'name', 'aliases:string[]', 'title', 'role', ':LABEL']);
    expect(tables.get('nodes_Country.csv')![0]).toEqual(['iso2:ID(Country)', 'name', 'aliases:string[]', ':LABEL']);
    expect(tables.get('rels_PARTICIPATED_IN_Leader_Call.csv')![0]).toEqual([':START_ID(Leader)', ':END_ID(Call)', ':TYPE', 'id', 'sources:string[]', 'role']);
    expect(tables.get('rels_MENTIONS_Article_Country.csv')![0]).toEqual([':START_ID(Article)', ':END_ID(Country)', ':TYPE', 'id', 'sources:string[]', 'count:int']);
    expect(tables.get('nodes_Call.csv')![0]).toContain('confidence:double');
    expect([...files.keys()].filter((f) => f.startsWith('nodes_')).length).toBe(9);
    // 14 types; PARTICIPATED_IN, MADE, ON, REPORTED_IN join 2 label pairs, ABOUT 4, MENTIONS 5.
    expect([...files.keys()].filter((f) => f.startsWith('rels_')).length).toBe(25);
    expect(files.get('neo4j-admin-import.sh')).toContain('--nodes="$DIR/nodes_Leader.csv"');

    // Read the folder back the way neo4j-admin would: typed columns, `;` arrays, empty = absent.
    const typed = (header: string, cell: string): PropValue => {
      const t = header.slice(header.indexOf(':') + 1);
      if (t === 'string[]') return cell.split(';');
      if (t === 'int') return Number.parseInt(cell, 10);
      if (t === 'double') return Number(cell);
      return cell;
    };
    const nodes = new Map<string, Props>();
    const rels = new Map<string, JsonRel>();
    for (const [name, rows] of tables) {
      const [header, ...body] = rows as [string[], ...string[][]];
      for (const row of body) {
        const props: Props = {};
        let label = '';
        let start = '';
        let end = '';
        let type = '';
        header.forEach((h, i) => {
          const cell = row[i] ?? '';
          const m = /^(\w*):(ID|START_ID|END_ID)\((\w+)\)$/.exec(h);
          if (m) {
            if (m[2] === 'ID') props[m[1]!] = cell;
            else if (m[2] === 'START_ID') start = `${m[3]}:${cell}`;
            else end = `${m[3]}:${cell}`;
            if (m[2] === 'ID') label = m[3]!;
          } else if (h === ':LABEL') {
            expect(cell).toBe(label);
          } else if (h === ':TYPE') {
            type = cell;
          } else if (cell !== '') {
            props[h.split(':')[0]!] = typed(h, cell);
          }
        });
        if (name.startsWith('nodes_')) nodes.set(`${label}:${props[Object.keys(props)[0]!]}`, props);
        else rels.set(String(props['id']), { kind: type as JsonRel['kind'], source: start, target: end, properties: props });
      }
    }
    expect(nodes.size).toBe(40);
    expect(rels.size).toBe(120);
    for (const n of sg.nodes) expect(nodes.get(n.key)).toEqual(present(n.properties));
    for (const r of sg.rels) {
      const back = rels.get(String(r.properties['id']))!;
      expect(back).toEqual({ kind: r.kind, source: r.source, target: r.target, properties: present(r.properties) });
    }
    expect(nodes.get(ZELENSKIY)?.['aliases']).toEqual(['Zelensky', 'Zelenskyy']);
    const concern = rels.get(CONCERN_IN_A0)!.properties;
    expect([concern['start'], concern['end']]).toEqual([562, 821]);
    expect(sampleArticles()[0].text.slice(562, 821)).toBe(concern['sentence']);
  });

  it('csv over HTTP: the zip holds exactly the csv files under one folder', () => {
    const dl = exportDownload(sg, 'csv', 'sample');
    expect(dl.fileName).toBe('sample.zip');
    expect(dl.mimeType).toBe('application/zip');
    const out = exportFormat('csv').write(sg);
    if (out.type !== 'files' || typeof dl.body === 'string') throw new Error('expected files and zip bytes');
    const unzipped = unzipSync(dl.body);
    expect(Object.keys(unzipped).sort()).toEqual([...out.files.keys()].map((f) => `sample/${f}`).sort());
    expect(strFromU8(unzipped['sample/nodes_Day.csv']!)).toBe(out.files.get('nodes_Day.csv'));
    expect(exportDownload(sg, 'csv', 'sample').body).toEqual(dl.body);
  });
});

/** Runs a script statement by statement (cypher-shell -f does the same on Neo4j). */
async function runScript(store: GraphStore, script: string): Promise<number> {
  const statements = splitCypherStatements(script);
  for (const s of statements) await store.query(s);
  return statements.length;
}

/** The store's graph around `keys`, nulls dropped, sorted by key/id. */
async function dump(store: GraphStore, keys: string[] = sg.nodes.map((n) => n.key)): Promise<{ nodes: JsonNode[]; rels: JsonRel[] }> {
  const got = await store.subgraph(keys.map(parseNodeKey));
  return {
    nodes: got.nodes.map((n) => ({ ...n, properties: present(n.properties) })).sort((a, b) => a.key.localeCompare(b.key)),
    rels: got.rels
      .map((r) => ({ ...r, properties: present(r.properties) }))
      .sort((a, b) => String(a.properties['id']).localeCompare(String(b.properties['id']))),
  };
}

function scriptFor(graph: Subgraph, dialect: CypherDialect): string {
  const out = exportFormat('cypher').write(graph, { dialect });
  if (out.type !== 'text') throw new Error('cypher is a text format');
  return out.text;
}

/** The cypher round-trip on one backend; `fresh` opens an empty store of that backend. */
function cypherRoundTrip(name: string, dialect: CypherDialect, fresh: () => Promise<GraphStore>): void {
  describe(`cypher export round-trips through ${name}`, () => {
    const opened: GraphStore[] = [];
    const open = async (): Promise<GraphStore> => {
      const s = await fresh();
      opened.push(s);
      return s;
    };
    afterAll(async () => {
      for (const s of opened) await s.close();
    });

    it(`the ${dialect} script recreates every node, relationship and property, and is idempotent`, async () => {
      const script = scriptFor(sg, dialect);
      expect(script).toContain(dialect === 'kuzu' ? 'CREATE NODE TABLE IF NOT EXISTS `Leader`' : 'CREATE CONSTRAINT leader_key IF NOT EXISTS');
      const store = await open();
      const ran = await runScript(store, script);
      const prelude = dialect === 'kuzu' ? NODE_LABELS.length + REL_TYPES.length : NODE_LABELS.length + REL_TYPES.length + 2;
      expect(ran).toBe(prelude + 40 + 120);
      const stats = await store.stats();
      expect(stats.nodes).toEqual({ Article: 2, Leader: 4, Country: 8, Organization: 4, Call: 5, Statement: 5, Topic: 7, Place: 2, Day: 3 });
      expect(stats.rels).toEqual({
        REPRESENTS: 4, PART_OF: 2, PARTICIPATED_IN: 16, MADE: 5, REPORTED_BY: 4, ABOUT: 5, DURING: 5, DISCUSSED: 7,
        HELD_IN: 1, ON: 9, PUBLISHED_ON: 2, REPORTED_IN: 17, MENTIONS: 41, NEXT: 2,
      });
      const first = await dump(store);
      expect(first.nodes.length).toBe(40);
      expect(first.rels.length).toBe(120);
      const byKey = new Map(sg.nodes.map((n) => [n.key, n]));
      for (const n of first.nodes) expect(n.properties).toEqual(present(byKey.get(n.key)!.properties));
      const byId = new Map(sg.rels.map((r) => [String(r.properties['id']), r]));
      for (const r of first.rels) {
        const src = byId.get(String(r.properties['id']))!;
        expect({ kind: r.kind, source: r.source, target: r.target, properties: r.properties })
          .toEqual({ kind: src.kind, source: src.source, target: src.target, properties: present(src.properties) });
      }
      const summit = first.nodes.find((n) => n.key === SUMMIT)!;
      expect(summit.properties['confidence']).toBe(0.95);
      expect(summit.properties['endTime']).toBe('2021-12-07T20:10:00+03:00');

      await runScript(store, script);
      expect(await store.stats()).toEqual(stats);
      expect(await dump(store)).toEqual(first);
    });

    it('quotes, backslashes, semicolons, comment markers and line breaks survive the script', async () => {
      const awkward = patchToSubgraph({
        nodes: [
          { label: 'Organization', key: 'a;b', props: { name: 'A & B \\ "x" O\'Neil', kind: 'other', aliases: ['it\'s; ok', '// no'] } },
          { label: 'Statement', key: 's1', props: { text: 'line one;\nline two /* not */ // not', confidence: 1, sources: ['art_1'] } },
        ],
        rels: [{ type: 'MADE', from: { label: 'Organization', key: 'a;b' }, to: { label: 'Statement', key: 's1' }, props: { sources: ['art_1'] } }],
      });
      const store = await open();
      const script = scriptFor(awkward, dialect);
      await runScript(store, script);
      await runScript(store, script);
      expect(await dump(store, ['Organization:a;b', 'Statement:s1'])).toEqual({
        nodes: [...awkward.nodes].sort((a, b) => a.key.localeCompare(b.key)),
        rels: awkward.rels,
      });
    });

    it('the script loads the same graph as GraphStore.upsert of the patch', async () => {
      const viaUpsert = await open();
      await viaUpsert.upsert(samplePatch());
      const expected = await dump(viaUpsert);
      const viaScript = dialect === 'kuzu' ? await open() : viaUpsert;
      if (viaScript === viaUpsert) await viaScript.query('MATCH (n) DETACH DELETE n');
      await runScript(viaScript, scriptFor(sg, dialect));
      expect(await dump(viaScript)).toEqual(expected);
    });
  });
}

const tmpDirs: string[] = [];
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});
cypherRoundTrip('a fresh embedded kuzu store', 'kuzu', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-export-'));
  tmpDirs.push(dir);
  return openStore({ path: path.join(dir, 'db.kuzu') });
});

onNeo4j('export-roundtrip', 'cypher export round-trip on Neo4j', (name, open) => cypherRoundTrip(name, 'neo4j', open));
