/**
 * Neo4j value handling that runs without a server: parameters get driver Integers for whole
 * numbers, and driver errors map to StoreError codes with positions.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { neo4jError, toNeo4jParams } from '../../store/neo4j.ts';

describe('toNeo4jParams', () => {
  it('turns whole numbers into driver Integers, deeply, and leaves the rest', () => {
    const out = toNeo4jParams({ limit: 20, ratio: 0.5, name: 'x', keys: [1, 'a'], nested: { n: 3 } }) as Record<string, unknown>;
    expect(neo4j.isInt(out['limit'])).toBe(true);
    expect(String(out['limit'])).toBe('20');
    expect(out['ratio']).toBe(0.5);
    expect(out['name']).toBe('x');
    expect(neo4j.isInt((out['keys'] as unknown[])[0])).toBe(true);
    expect((out['keys'] as unknown[])[1]).toBe('a');
    expect(String((out['nested'] as Record<string, unknown>)['n'])).toBe('3');
  });
});

describe('neo4jError', () => {
  it.each([
    ['Neo.ClientError.Statement.SyntaxError', 'Invalid input \')\': expected an expression (line 1, column 9 (offset: 8))', 'E_SYNTAX'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'The transaction has been terminated.', 'E_TIMEOUT'],
    ['Neo.ClientError.Statement.AccessMode', 'Writing in read access mode not allowed.', 'E_WRITE_REFUSED'],
    ['ServiceUnavailable', 'Could not perform discovery.', 'E_CONNECT'],
    ['Neo.ClientError.Statement.ParameterMissing', 'Expected parameter(s): id', 'E_QUERY'],
  ])('%s → %s', (code, message, expected) => {
    const e = neo4jError(Object.assign(new Error(message), { code }));
    expect(e.code).toBe(expected);
    expect(e.message).toContain(message);
  });

  it('keeps the position of a syntax error', () => {
    const e = neo4jError(Object.assign(new Error('Invalid input (line 2, column 5 (offset: 30))'), { code: 'Neo.ClientError.Statement.SyntaxError' }));
    expect(e.details.position).toEqual({ line: 2, column: 5, offset: 30 });
  });
});
