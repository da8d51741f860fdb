/**
 * The named-query loader: header parsing, variants per engine, parameter validation and coercion.
 */
import { describe, expect, it } from 'vitest';
import { bindable, coerceParams, getQuery, listQueries, QueryError } from '../../queries/index.ts';
import { parseHeader, QueryHeaderError } from '../../queries/header.ts';

describe('parseHeader', () => {
  it('reads name, description and typed params with example, default and bounds', () => {
    const text = [
      '// name: demo',
      '// description: A demo query.',
      '// param: q string example="two words" -- the text',
      '// param: depth int[1..3] example=2 default=1 -- hops',
      '// free comment line',
      'MATCH (n) RETURN n',
    ].join('\n');
    expect(parseHeader(text, 'demo.cypher')).toEqual({
      header: {
        name: 'demo',
        description: 'A demo query.',
        params: [
          { name: 'q', type: 'string', example: 'two words', description: 'the text' },
          { name: 'depth', type: 'int', example: '2', default: '1', min: 1, max: 3, description: 'hops' },
        ],
      },
      body: 'MATCH (n) RETURN n',
    });
  });

  it('names the file and line of a bad param line', () => {
    const text = '// name: x\n// description: d\n// param: q strnig example=1 -- bad type\nRETURN 1';
    expect(() => parseHeader(text, 'x.cypher')).toThrow(QueryHeaderError);
    expect(() => parseHeader(text, 'x.cypher')).toThrow(/^x\.cypher:3: bad param line/);
  });

  it('requires a name, a description and a body', () => {
    expect(() => parseHeader('// description: d\nRETURN 1', 'a.cypher')).toThrow('a.cypher:1: missing "// name: <name>"');
    expect(() => parseHeader('// name: a\nRETURN 1', 'a.cypher')).toThrow('a.cypher:1: missing "// description');
    expect(() => parseHeader('// name: a\n// description: d\n', 'a.cypher')).toThrow('a.cypher: no Cypher after the header');
  });
});

describe('listQueries / getQuery', () => {
  it('lists the named queries by name with their variants', () => {
    expect(listQueries().map((q) => [q.name, q.variants.kuzu, q.variants.neo4j])).toEqual([
      ['calls_on_topic', 'own', 'own'],
      ['contacts_countries', 'shared', 'shared'],
      ['contacts_leaders', 'shared', 'shared'],
      ['country_statements', 'shared', 'shared'],
      ['leader_activity', 'own', 'own'],
      ['neighbourhood', 'own', 'own'],
      ['provenance', 'own', 'own'],
      ['search', 'own', 'own'],
      ['shortest_path', 'own', 'own'],
      ['timeline', 'own', 'own'],
    ]);
  });

  it('gives each engine its dialect', () => {
    expect(getQuery('shortest_path', 'kuzu').cypher).toContain('ALL SHORTEST');
    expect(getQuery('shortest_path', 'neo4j').cypher).toContain('allShortestPaths');
    expect(getQuery('timeline', 'kuzu').cypher).not.toContain('//');
    expect(getQuery('contacts_leaders', 'kuzu').cypher).toBe(getQuery('contacts_leaders', 'neo4j').cypher);
  });

  it('refuses an unknown name and lists the known ones', () => {
    expect(() => getQuery('nope', 'kuzu')).toThrow(QueryError);
    expect(() => getQuery('nope', 'kuzu')).toThrow(/query "nope" is not a named query \(known: calls_on_topic, /);
  });

  it('every query has a description and every param an example and a description', () => {
    for (const q of listQueries()) {
      expect(q.description.length, q.name).toBeGreaterThan(10);
      for (const p of q.params) expect([p.example !== '', p.description !== ''], `${q.name}.${p.name}`).toEqual([true, true]);
    }
  });
});

describe('coerceParams', () => {
  const nb = getQuery('neighbourhood', 'kuzu');
  it('coerces strings from a URL or CLI and fills defaults; nodeKey binds its halves', () => {
    expect(coerceParams(nb, { node: 'Country:RU', depth: '2' })).toEqual({ node: 'Country:RU', node_label: 'Country', node_key: 'RU', depth: 2 });
    expect(coerceParams(nb, { node: 'Day:2021-12-07' })).toEqual({ node: 'Day:2021-12-07', node_label: 'Day', node_key: '2021-12-07', depth: 1 });
  });

  it('refuses bad values naming the query, the parameter and what was expected', () => {
    const err = (fn: () => unknown): QueryError => {
      try {
        fn();
      } catch (e) {
        return e as QueryError;
      }
      throw new Error('expected a QueryError');
    };
    const e1 = err(() => coerceParams(nb, { node: 'Country:RU', depth: 7 }));
    expect([e1.code, e1.param, e1.message]).toEqual(['E_PARAM', 'depth', 'query neighbourhood: parameter depth: got 7, expected an integer from 1 to 3 (e.g. 2)']);
    const e2 = err(() => coerceParams(nb, { node: 'Person:x' }));
    expect(e2.param).toBe('node');
    expect(e2.message).toMatch(/expected a node key Label:key/);
    const e3 = err(() => coerceParams(getQuery('timeline', 'kuzu'), { from: '2021-13-45', to: '2021-12-31' }));
    expect(e3.message).toBe('query timeline: parameter from: got "2021-13-45", expected an ISO day YYYY-MM-DD (e.g. 2021-12-01)');
    const e4 = err(() => coerceParams(getQuery('timeline', 'kuzu'), { to: '2021-12-31' }));
    expect(e4.message).toBe('query timeline: parameter from (date) is required, e.g. 2021-12-01');
    const e5 = err(() => coerceParams(getQuery('timeline', 'kuzu'), { from: '2021-12-01', to: '2021-12-31', lane: 'x' }));
    expect(e5.message).toBe('query timeline: unknown parameter lane; its parameters are: from (date), to (date)');
  });

  it('bindable keeps only the parameters the Cypher names', () => {
    expect(bindable('MATCH (n) WHERE n.id = $node_key RETURN n LIMIT $depth', { node: 'x', node_key: 'k', node_label: 'L', depth: 1 }))
      .toEqual({ node_key: 'k', depth: 1 });
  });
});
