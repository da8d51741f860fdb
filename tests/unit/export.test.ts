/** Unit tests of the export writers' pieces: literals, statement splitting, escaping, registry, edge cases. */
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { writeCsvFiles } from '../../export/csv.ts';
import {
  CypherExportError, cypherLiteral, cypherString, splitCypherStatements, writeCypher,
} from '../../export/cypher.ts';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, ExportFormatError, exportDownload, exportFormat } from '../../export/formats.ts';
import { writeGexf } from '../../export/gexf.ts';
import { writeGraphml, xmlEscape } from '../../export/graphml.ts';
import { toGraphology, writeJson } from '../../export/json.ts';
import { writeJsonl } from '../../export/jsonl.ts';
import { patchToSubgraph } from '../../export/subgraph.ts';
import { displayLabel, nodeAttrName } from '../../export/values.ts';
import type { Subgraph } from '../../store/port.ts';

/** A tiny subgraph with awkward strings, a dangling relationship and a property called kind. */
function awkward(): Subgraph {
  return patchToSubgraph({
    nodes: [
      { label: 'Leader', key: 'o-brien', props: { name: 'Pat O\'Brien', aliases: ['O\'Brien', 'P. "Pat" O\'B'], sources: ['art_1'] } },
      { label: 'Organization', key: 'a-b', props: { name: 'A & B <Ltd>; \\ "x"', kind: 'other', sources: ['art_1'] } },
      { label: 'Statement', key: 's1', props: { text: 'line one;\nline two // not a comment', kind: 'warning', confidence: 1, sources: ['art_1'] } },
    ],
    rels: [
      { type: 'REPRESENTS', from: { label: 'Leader', key: 'o-brien' }, to: { label: 'Organization', key: 'a-b' }, props: { sources: ['art_1'], title: 'Chair, "acting"' } },
      { type: 'MADE', from: { label: 'Leader', key: 'o-brien' }, to: { label: 'Statement', key: 's1' }, props: { sources: ['art_1'] } },
      { type: 'MADE', from: { label: 'Leader', key: 'missing' }, to: { label: 'Statement', key: 's1' }, props: { sources: ['art_1'] } },
    ],
  });
}

describe('patchToSubgraph', () => {
  it('adds the key property and the relationship id, and keeps the first of duplicates', () => {
    const sg = patchToSubgraph({
      nodes: [
        { label: 'Country', key: 'RU', props: { name: 'Russia' } },
        { label: 'Country', key: 'RU', props: { name: 'Other' } },
      ],
      rels: [],
    });
    expect(sg).toEqual({ nodes: [{ kind: 'Country', key: 'Country:RU', properties: { iso2: 'RU', name: 'Russia' } }], rels: [] });
    expect(awkward().rels[0]!.properties['id']).toBe('REPRESENTS:Leader:o-brien->Organization:a-b');
  });
});

describe('graph attributes', () => {
  it('renames a property called kind and cuts long labels at a word', () => {
    expect(nodeAttrName('Call', 'kind')).toBe('callKind');
    expect(nodeAttrName('Organization', 'kind')).toBe('organizationKind');
    expect(nodeAttrName('Call', 'title')).toBe('title');
    const long = { kind: 'Statement' as const, key: 'Statement:x', properties: { text: `${'word '.repeat(30)}end` } };
    expect(displayLabel(long)).toBe(`${'word '.repeat(15).trimEnd()}…`);
    expect(displayLabel({ kind: 'Day', key: 'Day:2021-12-07', properties: { date: '2021-12-07' } })).toBe('2021-12-07');
    expect(displayLabel({ kind: 'Topic', key: 'Topic:x', properties: {} })).toBe('x');
  });

  it('json: leaves out relationships with an end outside the subgraph', () => {
    const g = MultiDirectedGraph.from(JSON.parse(writeJson(awkward())));
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    expect(g.getNodeAttributes('Statement:s1')).toEqual({
      kind: 'Statement', label: 'line one;\nline two // not a comment', id: 's1',
      text: 'line one;\nline two // not a comment', statementKind: 'warning', confidence: 1, sources: ['art_1'],
    });
    expect(toGraphology(awkward(), { joinLists: true }).getNodeAttribute('Leader:o-brien', 'aliases')).toBe('O\'Brien;P. "Pat" O\'B');
  });
});

describe('xml formats', () => {
  it('xmlEscape escapes markup and drops characters XML 1.0 forbids', () => {
    expect(xmlEscape('a & <b> "c" \'d\'\u0001')).toBe('a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;');
  });

  it('graphml and gexf keep awkward strings exactly', () => {
    for (const g of [
      parseGraphml(MultiDirectedGraph, writeGraphml(awkward())) as MultiDirectedGraph,
      parseGexf(MultiDirectedGraph, writeGexf(awkward())) as MultiDirectedGraph,
    ]) {
      expect(g.order).toBe(3);
      expect(g.size).toBe(2);
      expect(g.getNodeAttribute('Organization:a-b', 'name')).toBe('A & B <Ltd>; \\ "x"');
      expect(g.getNodeAttribute('Organization:a-b', 'organizationKind')).toBe('other');
      expect(g.getNodeAttribute('Statement:s1', 'text')).toBe('line one;\nline two // not a comment');
      expect(g.getEdgeAttribute('REPRESENTS:Leader:o-brien->Organization:a-b', 'title')).toBe('Chair, "acting"');
    }
  });
});

describe('jsonl', () => {
  it('writes APOC node and relationship lines', () => {
    const lines = writeJsonl(awkward()).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBe(5);
    expect(lines[3]).toEqual({
      type: 'relationship', id: '0', label: 'REPRESENTS',
      properties: { id: 'REPRESENTS:Leader:o-brien->Organization:a-b', sources: ['art_1'], title: 'Chair, "acting"' },
      start: { id: '0', labels: ['Leader'] },
      end: { id: '1', labels: ['Organization'] },
    });
  });
});

describe('csv', () => {
  it('quotes awkward cells and joins arrays with ;', () => {
    const files = writeCsvFiles(awkward());
    expect([...files.keys()]).toEqual([
      'nodes_Leader.csv', 'nodes_Organization.csv', 'nodes_Statement.csv',
      'rels_REPRESENTS_Leader_Organization.csv', 'rels_MADE_Leader_Statement.csv', 'neo4j-admin-import.sh',
    ]);
    const leader = parseCsv(files.get('nodes_Leader.csv')!) as string[][];
    expect(leader).toEqual([
      ['id:ID(Leader)', 'name', 'aliases:string[]', 'title', 'role', 'sources:string[]', ':LABEL'],
      ['o-brien', 'Pat O\'Brien', 'O\'Brien;P. "Pat" O\'B', '', '', 'art_1', 'Leader'],
    ]);
    const statement = parseCsv(files.get('nodes_Statement.csv')!) as string[][];
    expect(statement[1]![1]).toBe('line one;\nline two // not a comment');
    expect(statement[0]![6]).toBe('confidence:double');
    expect(statement[1]![6]).toBe('1');
    expect(parseCsv(files.get('rels_MADE_Leader_Statement.csv')!)).toEqual([
      [':START_ID(Leader)', ':END_ID(Statement)', ':TYPE', 'id', 'sources:string[]'],
      ['o-brien', 's1', 'MADE', 'MADE:Leader:o-brien->Statement:s1', 'art_1'],
    ]);
  });
});

describe('cypher', () => {
  it('writes literals that both engines read', () => {
    expect(cypherString('it\'s \\ "x"')).toBe('\'it\\\'s \\\\ "x"\'');
    expect(cypherLiteral(1, 'float')).toBe('1.0');
    expect(cypherLiteral(0.95, 'float')).toBe('0.95');
    expect(cypherLiteral(122, 'int')).toBe('122');
    expect(cypherLiteral(['a', 'b\'c'], 'string[]')).toBe('[\'a\', \'b\\\'c\']');
    expect(cypherLiteral(true, 'bool')).toBe('true');
    expect(() => cypherLiteral(Number.NaN, 'float')).toThrow(CypherExportError);
  });

  it('splits a script at semicolons outside strings, names and comments', () => {
    const script = [
      '// header; with a semicolon',
      'MERGE (n:`A;B` {id: \'x;y\'}) SET n.t = \'it\\\'s; // here\';',
      '/* block; comment */ MATCH (n) RETURN n',
      ';',
      'RETURN "a;b"',
    ].join('\n');
    expect(splitCypherStatements(script)).toEqual([
      'MERGE (n:`A;B` {id: \'x;y\'}) SET n.t = \'it\\\'s; // here\'',
      'MATCH (n) RETURN n',
      'RETURN "a;b"',
    ]);
  });

  it('writes one MERGE per node and relationship, leaving out dangling relationships', () => {
    const script = writeCypher(awkward(), { dialect: 'kuzu', schema: false });
    const statements = splitCypherStatements(script);
    expect(statements.length).toBe(5);
    expect(statements[0]).toBe(
      'MERGE (n:`Leader` {`id`: \'o-brien\'}) SET n.`name` = \'Pat O\\\'Brien\', n.`aliases` = [\'O\\\'Brien\', \'P. "Pat" O\\\'B\'], n.`sources` = [\'art_1\']',
    );
    expect(statements[2]).toContain('n.`confidence` = 1.0');
    expect(statements[3]).toBe(
      'MATCH (a:`Leader` {`id`: \'o-brien\'}), (b:`Organization` {`id`: \'a-b\'}) MERGE (a)-[r:`REPRESENTS` {`id`: \'REPRESENTS:Leader:o-brien->Organization:a-b\'}]->(b) SET r.`sources` = [\'art_1\'], r.`title` = \'Chair, "acting"\'',
    );
    expect(splitCypherStatements(writeCypher(awkward())).length).toBe(5 + 9 + 14 + 2);
  });

  it('refuses an unknown dialect and a relationship without id', () => {
    expect(() => writeCypher(awkward(), { dialect: 'sql' as never })).toThrow(/unknown dialect "sql": expected one of neo4j, kuzu/);
    const sg = awkward();
    delete sg.rels[0]!.properties['id'];
    expect(() => writeCypher(sg)).toThrow(CypherExportError);
  });
});

describe('format registry', () => {
  it('declares every format of the contract', () => {
    expect(EXPORT_FORMAT_NAMES).toEqual(['json', 'jsonl', 'graphml', 'gexf', 'csv', 'cypher']);
    expect(EXPORT_FORMATS.map((f) => f.extension)).toEqual(['json', 'jsonl', 'graphml', 'gexf', 'zip', 'cypher']);
    expect(EXPORT_FORMATS.filter((f) => f.folder).map((f) => f.name)).toEqual(['csv']);
  });

  it('names the known formats when asked for an unknown one', () => {
    expect(() => exportFormat('xml')).toThrow(ExportFormatError);
    expect(() => exportFormat('xml')).toThrow('export format "xml" is unknown: expected one of json, jsonl, graphml, gexf, csv, cypher');
    try {
      exportFormat('xml');
    } catch (e) {
      expect((e as ExportFormatError).code).toBe('E_EXPORT_FORMAT');
    }
  });

  it('gives a download with file name and MIME type', () => {
    const dl = exportDownload(awkward(), 'graphml', 'putin');
    expect(dl.fileName).toBe('putin.graphml');
    expect(dl.mimeType).toBe('application/graphml+xml');
    expect(typeof dl.body).toBe('string');
    expect(exportDownload(awkward(), 'cypher', 'x', { dialect: 'kuzu' }).body).toContain('CREATE NODE TABLE IF NOT EXISTS');
  });
});
