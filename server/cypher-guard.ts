/**
 * Refuses writing Cypher up front, with a clear message, before it reaches the store. This is a
 * courtesy check: the guarantee is the store's read-only transaction (`query(..., {readOnly})`).
 */

/** Cypher that writes (or changes the database) was sent to a read-only endpoint. */
export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
  readonly code = 'E_WRITE_REFUSED';
  constructor(
    message: string,
    readonly keyword: string,
  ) {
    super(message);
  }
}

/** Clauses that write or change the schema, on Neo4j or kuzu. */
const WRITE_CLAUSES: [RegExp, string][] = [
  [/\bDETACH\s+DELETE\b/i, 'DETACH DELETE'],
  [/\bCREATE\b/i, 'CREATE'],
  [/\bMERGE\b/i, 'MERGE'],
  [/\bSET\b/i, 'SET'],
  [/\bDELETE\b/i, 'DELETE'],
  [/\bREMOVE\b/i, 'REMOVE'],
  [/\bLOAD\s+CSV\b/i, 'LOAD CSV'],
  [/\bLOAD\s+(?:EXTENSION\b|FROM\b)/i, 'LOAD'],
  [/\bCOPY\b/i, 'COPY'],
  [/\bDROP\b/i, 'DROP'],
  [/\bALTER\b/i, 'ALTER'],
  [/\bINSTALL\b/i, 'INSTALL'],
  [/\bUNINSTALL\b/i, 'UNINSTALL'],
  [/\b(?:IMPORT|EXPORT)\s+DATABASE\b/i, 'IMPORT/EXPORT DATABASE'],
  [/\bATTACH\b/i, 'ATTACH'],
  [/\bDETACH\b/i, 'DETACH'],
  [/\bUSE\b/i, 'USE'],
  [/\bCHECKPOINT\b/i, 'CHECKPOINT'],
  [/\b(?:BEGIN|COMMIT|ROLLBACK)\b/i, 'transaction control'],
  [/\bFOREACH\b/i, 'FOREACH'],
  [/\bGRANT\b|\bREVOKE\b|\bDENY\b/i, 'GRANT/REVOKE/DENY'],
  [/\b(?:START|STOP)\s+DATABASE\b/i, 'START/STOP DATABASE'],
  [/\bIN\s+TRANSACTIONS\b/i, 'IN TRANSACTIONS'],
];

/** Procedures that only read (Neo4j and kuzu). Any other CALL of a procedure is refused. */
const READ_PROCEDURES = new Set([
  // Neo4j
  'db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.schema.visualization', 'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties', 'db.index.fulltext.querynodes', 'db.index.fulltext.queryrelationships',
  'db.info', 'db.ping', 'dbms.components',
  // kuzu
  'show_tables', 'table_info', 'show_connection', 'db_version', 'show_functions', 'current_setting',
  'show_indexes', 'show_sequences', 'show_warnings', 'show_attached_databases', 'show_projected_graphs',
]);

const blank = (m: string): string => m.replace(/[^\n]/g, ' ');

/** Blanks string literals, backtick-quoted names and comments, keeping offsets stable. */
export function stripLiterals(cypher: string): string {
  return cypher
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/\/\/[^\n]*/g, blank)
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, blank);
}

/** Also blanks property accesses (`n.set`, `r.delete`), which cannot be clauses. */
export function stripInert(cypher: string): string {
  return stripLiterals(cypher).replace(/\.\s*[A-Za-z_]\w*/g, blank);
}

/**
 * Throws WriteRefusedError when the Cypher contains a writing clause, a writing or unknown
 * procedure call, or several statements.
 *
 * @example refuseWrites('MATCH (n) DETACH DELETE n') // throws: DETACH DELETE is refused
 */
export function refuseWrites(cypher: string): void {
  const code = stripInert(cypher);
  for (const [re, keyword] of WRITE_CLAUSES) {
    if (re.test(code)) {
      throw new WriteRefusedError(
        `cypher: ${keyword} is refused: this endpoint is read-only (no CREATE, MERGE, SET, DELETE, REMOVE, LOAD CSV, COPY, DROP, ALTER or writing procedures)`,
        keyword,
      );
    }
  }
  const literalFree = stripLiterals(cypher);
  const statements = literalFree.split(';').filter((s) => s.trim() !== '');
  if (statements.length > 1) {
    throw new WriteRefusedError('cypher: several statements are refused: send one query without ";" between statements', ';');
  }
  // `(c:Call RETURN …)` is the label Call, not a procedure call: a label follows a colon.
  for (const m of literalFree.matchAll(/(?<!:\s*)\bCALL\s+(?!\{)([A-Za-z_][\w.]*)\s*(=|\()?/gi)) {
    const name = m[1]!.toLowerCase();
    if (m[2] === '=') {
      throw new WriteRefusedError(`cypher: CALL ${m[1]} = … changes a setting and is refused on this read-only endpoint`, 'CALL');
    }
    if (!READ_PROCEDURES.has(name)) {
      throw new WriteRefusedError(
        `cypher: procedure ${m[1]} is refused: only read procedures are allowed here (${[...READ_PROCEDURES].sort().join(', ')})`,
        'CALL',
      );
    }
  }
}
