/**
 * Parses the header comment of a named query file: `// name:`, `// description:` and
 * `// param:` lines, and returns the Cypher body with the header removed.
 */

/** Parameter types a named query may declare. `nodeKey` is a global `Label:key`. */
export type ParamType = 'string' | 'date' | 'int' | 'float' | 'bool' | 'nodeKey';

export interface ParamSpec {
  name: string;
  type: ParamType;
  /** An example value, as text (shown in --list, the API and the OpenAPI page). */
  example: string;
  description: string;
  /** Used when the caller gives no value; the parameter is then optional. */
  default?: string;
  /** Bounds for int parameters. */
  min?: number;
  max?: number;
}

export interface QueryHeader {
  name: string;
  description: string;
  params: ParamSpec[];
}

/** A malformed header line; the message names the file and line. */
export class QueryHeaderError extends Error {
  override name = 'QueryHeaderError';
  readonly code = 'E_QUERY_HEADER';
}

const TYPES = new Set<ParamType>(['string', 'date', 'int', 'float', 'bool', 'nodeKey']);
// param: <name> <type>[<min>..<max>] example=<value> [default=<value>] -- <description>
const PARAM = /^(\w+)\s+(\w+)(?:\[(-?\d+)\.\.(-?\d+)\])?\s+example=("[^"]*"|\S+)(?:\s+default=("[^"]*"|\S*))?\s+--\s+(.+)$/;

function unquote(s: string): string {
  return s.startsWith('"') ? (JSON.parse(s) as string) : s;
}

/**
 * @example
 * parseHeader('// name: x\n// description: d\n// param: q string example=Putin -- text\nMATCH ...', 'x.cypher')
 */
export function parseHeader(text: string, file: string): { header: QueryHeader; body: string } {
  const lines = text.split('\n');
  let name = '';
  let description = '';
  const params: ParamSpec[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line.startsWith('//')) break;
    const m = /^\/\/\s*(\w+):\s*(.*)$/.exec(line);
    if (!m) continue; // free comment text
    const [, field, value] = m as unknown as [string, string, string];
    if (field === 'name') name = value.trim();
    else if (field === 'description') description = value.trim();
    else if (field === 'param') {
      const p = PARAM.exec(value.trim());
      if (!p || !TYPES.has(p[2] as ParamType)) {
        throw new QueryHeaderError(
          `${file}:${i + 1}: bad param line; expected "// param: <name> <${[...TYPES].join('|')}>[min..max] example=<value> [default=<value>] -- <description>"`,
        );
      }
      const spec: ParamSpec = { name: p[1]!, type: p[2] as ParamType, example: unquote(p[5]!), description: p[7]!.trim() };
      if (p[3] !== undefined) spec.min = Number(p[3]);
      if (p[4] !== undefined) spec.max = Number(p[4]);
      if (p[6] !== undefined) spec.default = unquote(p[6]);
      params.push(spec);
    }
  }
  if (!name) throw new QueryHeaderError(`${file}:1: missing "// name: <name>" header line`);
  if (!description) throw new QueryHeaderError(`${file}:1: missing "// description: <one line>" header line`);
  const body = lines.slice(i).join('\n').trim();
  if (!body) throw new QueryHeaderError(`${file}: no Cypher after the header`);
  return { header: { name, description, params }, body };
}
