/**
 * JSON schemas of every route's input (validated by fastify, published on the OpenAPI page).
 */
const day = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'ISO day YYYY-MM-DD' } as const;
const nodeKeyParam = {
  type: 'object',
  required: ['key'],
  properties: { key: { type: 'string', minLength: 3, description: 'global node key Label:key, e.g. Leader:vladimir-putin' } },
  additionalProperties: false,
} as const;
const cursor = {
  type: 'string', minLength: 1, maxLength: 1000,
  description: 'the `next` value of the previous page (opaque); leave out for the first page',
} as const;
const paramsObject = { type: 'object', additionalProperties: true, description: 'query parameters by name' } as const;

export const graphQuery = {
  type: 'object',
  properties: {
    from: day,
    to: day,
    labels: { type: 'string', description: 'comma list of node labels to keep, e.g. Call,Leader,Country' },
    countries: { type: 'string', description: 'comma list of iso2 codes: only events involving these countries' },
    statementKinds: { type: 'string', description: 'comma list of statement kinds' },
    callStatuses: { type: 'string', description: 'comma list of call statuses' },
    limit: { type: 'integer', minimum: 1, maximum: 10000, default: 300, description: 'events (or entities without a window) per page' },
    cursor,
  },
  additionalProperties: false,
} as const;

export const nodeParams = nodeKeyParam;

export const nodeQuery = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 5000, default: 500, description: 'at most this many neighbours and provenance entries' },
  },
  additionalProperties: false,
} as const;

export const neighboursQuery = {
  type: 'object',
  properties: {
    depth: { type: 'integer', minimum: 1, maximum: 3, default: 1 },
    limit: { type: 'integer', minimum: 1, maximum: 5000, default: 200, description: 'at most this many nodes besides the centre, nearest first' },
  },
  additionalProperties: false,
} as const;

export const timelineQuery = {
  type: 'object',
  properties: {
    from: day,
    to: day,
    lane: { type: 'string', enum: ['leader', 'country'], default: 'leader' },
    limit: { type: 'integer', minimum: 1, maximum: 10000, default: 500, description: 'entries per page (by date then key)' },
    cursor,
  },
  additionalProperties: false,
} as const;

export const searchQuery = {
  type: 'object',
  required: ['q'],
  properties: {
    q: { type: 'string', minLength: 1, maxLength: 200 },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 20 },
  },
  additionalProperties: false,
} as const;

export const queryNameParams = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', pattern: '^[a-z0-9_]+$' } },
  additionalProperties: false,
} as const;

export const namedQueryBody = {
  type: 'object',
  properties: {
    params: paramsObject,
    limit: { type: 'integer', minimum: 1, maximum: 10000, default: 300, description: 'rows per page (in the query\'s own order); the graph is that of the rows shown' },
    cursor,
    graph: { type: 'boolean', default: true, description: 'false: answer the rows only (graph: null), for scripts that do not draw it' },
  },
  additionalProperties: false,
} as const;

export const cypherBody = {
  type: 'object',
  required: ['query'],
  properties: {
    query: { type: 'string', minLength: 1, maxLength: 100000 },
    params: paramsObject,
  },
  additionalProperties: false,
} as const;

export const exportBody = {
  type: 'object',
  required: ['format'],
  properties: {
    format: { type: 'string', enum: ['json', 'jsonl', 'graphml', 'gexf', 'csv', 'cypher'] },
    keys: { type: 'array', items: { type: 'string' }, maxItems: 50000 },
    query: { type: 'string', description: 'a named query: every node in its result' },
    params: paramsObject,
    cypher: { type: 'string', description: 'read-only Cypher: every node in its result' },
    around: { type: 'string', description: 'a centre node key' },
    depth: { type: 'integer', minimum: 0, maximum: 4 },
    from: day,
    to: day,
    dialect: { type: 'string', enum: ['neo4j', 'kuzu'], description: 'for format cypher: the schema prelude (default neo4j)' },
  },
  additionalProperties: false,
} as const;

export const ingestBody = {
  type: 'object',
  required: ['articles'],
  properties: {
    articles: {
      type: 'array',
      minItems: 1,
      maxItems: 10000,
      items: {
        type: 'object',
        required: ['text', 'date'],
        properties: {
          text: { type: 'string', minLength: 1 },
          date: { type: 'string', minLength: 4 },
          title: { type: 'string' },
          url: { type: 'string' },
          source: { type: 'string' },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;
