// Unit tests of the console helpers (graph-ui/src/core/results.ts) and the API client's parameter parsing.
import { describe, expect, it } from 'vitest';
import { ApiError, parseParam } from '../../graph-ui/src/core/api.ts';
import { cellKeys, cypherVocabulary, errorPointer, formatCell } from '../../graph-ui/src/core/results.ts';

const biden = { kind: 'Leader', key: 'Leader:joe-biden', properties: { id: 'joe-biden', name: 'Joe Biden' } };
const rel = { kind: 'REPRESENTS', source: 'Leader:joe-biden', target: 'Country:US', properties: {} };

describe('console results', () => {
  it('formats cells', () => {
    expect(formatCell(biden)).toBe('Leader Joe Biden');
    expect(formatCell(rel)).toBe('[:REPRESENTS]');
    expect(formatCell([biden, 3, null])).toBe('[Leader Joe Biden, 3, ∅]');
    expect(formatCell({ a: 1 })).toBe('{"a":1}');
    expect(formatCell(true)).toBe('true');
  });
  it('finds node keys in cells', () => {
    expect(cellKeys([biden, [biden], rel, 'x'])).toEqual(['Leader:joe-biden', 'Leader:joe-biden']);
  });
  it('points at an error by line/column or offset', () => {
    const q = 'MATCH (n:Leader)\nRETRUN n';
    expect(errorPointer(q, { line: 2, column: 1 })).toEqual({ line: 2, column: 1, offset: 17, lineText: 'RETRUN n', caret: '^' });
    expect(errorPointer(q, { offset: 20 })).toEqual({ line: 2, column: 4, offset: 20, lineText: 'RETRUN n', caret: '   ^' });
    expect(errorPointer(q, undefined)).toBeNull();
  });
  it('offers the model in completion', () => {
    const v = cypherVocabulary();
    expect(v.filter((x) => x.type === 'class').map((x) => x.label)).toEqual(['Article', 'Leader', 'Country', 'Organization', 'Call', 'Statement', 'Topic', 'Place', 'Day']);
    expect(v.some((x) => x.type === 'type' && x.label === 'PARTICIPATED_IN')).toBe(true);
    expect(v.some((x) => x.type === 'property' && x.label === 'datePrecision')).toBe(true);
  });
  it('parses named query parameters by type', () => {
    expect(parseParam('int', ' 25 ')).toBe(25);
    expect(parseParam('string', 'Leader:joe-biden')).toBe('Leader:joe-biden');
    expect(parseParam('string[]', 'RU, US')).toEqual(['RU', 'US']);
    expect(() => parseParam('int', 'ten')).toThrow(ApiError);
    expect(() => parseParam('int', 'ten')).toThrow('parameter: "ten" is not an integer');
  });
});
