/**
 * The up-front write guard of POST /api/cypher (server/cypher-guard.ts), table-driven: what it
 * refuses, with which keyword, and what it lets through (strings, comments, property names).
 */
import { describe, expect, it } from 'vitest';
import { refuseWrites, stripInert, WriteRefusedError } from '../../server/cypher-guard.ts';

const refused: [string, string][] = [
  ['CREATE (n:Topic {id: "x"})', 'CREATE'],
  ['merge (n:Topic {id: "x"})', 'MERGE'],
  ['MATCH (n) SET n.x = 1', 'SET'],
  ['MATCH (n) DELETE n', 'DELETE'],
  ['MATCH (n)\nDETACH\n  DELETE n', 'DETACH DELETE'],
  ['MATCH (n) REMOVE n.x', 'REMOVE'],
  ["LOAD CSV WITH HEADERS FROM 'file:///x.csv' AS r RETURN r", 'LOAD CSV'],
  ["LOAD FROM 'x.csv' RETURN *", 'LOAD'],
  ['LOAD EXTENSION fts', 'LOAD'],
  ["COPY Topic FROM 'x.csv'", 'COPY'],
  ['DROP TABLE Topic', 'DROP'],
  ['ALTER TABLE Topic ADD x STRING', 'ALTER'],
  ['INSTALL fts', 'INSTALL'],
  ["EXPORT DATABASE '/tmp/x'", 'IMPORT/EXPORT DATABASE'],
  ["ATTACH 'x.kuzu' AS other", 'ATTACH'],
  ['BEGIN TRANSACTION', 'transaction control'],
  ['MATCH (n) FOREACH (x IN [1] | SET n.y = x)', 'SET'],
  ['MATCH (n) CALL { WITH n SET n.x = 1 } RETURN n', 'SET'],
  ['MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS', 'DETACH DELETE'],
  ['CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {})', 'CALL'],
  ['CALL db.index.fulltext.createNodeIndex("x", ["L"], ["p"])', 'CALL'],
  ['CALL create_fts_index("Leader", "idx", ["name"])', 'CALL'],
  ['CALL threads = 4', 'CALL'],
  ['RETURN 1; RETURN 2', ';'],
];

const allowed = [
  'MATCH (n:Leader) RETURN n',
  "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n",
  'MATCH (n) WHERE n.text CONTAINS "delete this" RETURN n',
  'MATCH (n) RETURN n.set, n.`delete`, n. merge',
  'MATCH (n) // we do not SET anything\nRETURN n',
  'MATCH (n) /* DETACH DELETE */ RETURN n',
  'CALL show_tables() RETURN *',
  'CALL table_info("Leader") RETURN *',
  'CALL db.labels()',
  'MATCH (n) CALL { WITH n RETURN count(*) AS c } RETURN c',
  'MATCH (n) RETURN n.createdAt AS settled;',
  // The label Call is not a procedure call (this one is a syntax error for the engine to report).
  'MATCH (c:Call RETURN c',
  'MATCH (c: Call) RETURN c',
];

describe('refuseWrites', () => {
  it.each(refused)('refuses %j (%s)', (query, keyword) => {
    let err: unknown;
    try {
      refuseWrites(query);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WriteRefusedError);
    expect([(err as WriteRefusedError).code, (err as WriteRefusedError).keyword]).toEqual(['E_WRITE_REFUSED', keyword]);
  });

  it.each(allowed)('lets %j through', (query) => {
    expect(() => refuseWrites(query)).not.toThrow();
  });

  it('names the refused clause and what the endpoint accepts', () => {
    expect(() => refuseWrites('MATCH (n) DETACH DELETE n')).toThrow(
      'cypher: DETACH DELETE is refused: this endpoint is read-only (no CREATE, MERGE, SET, DELETE, REMOVE, LOAD CSV, COPY, DROP, ALTER or writing procedures)',
    );
    expect(() => refuseWrites('CALL apoc.create.node(["X"], {})')).toThrow(/^cypher: procedure apoc\.create\.node is refused: only read procedures are allowed here \(current_setting, db\.index\.fulltext\.querynodes/);
  });

  it('stripInert keeps offsets and blanks strings, comments and property names', () => {
    const q = "MATCH (n) WHERE n.set = 'DELETE' // CREATE\nRETURN n";
    const s = stripInert(q);
    expect(s.length).toBe(q.length);
    expect(s).toBe('MATCH (n) WHERE n     =                   \nRETURN n');
  });
});
