/**
 * GraphStore: the one port to a database. Two adapters sit behind it (kuzu, embedded; Neo4j via
 * neo4j-driver); nothing outside store/ imports a driver. Results leave an adapter as plain JSON.
 */
import type { Entities } from './entities.ts';
import type { NodeLabel, RelType } from '../core/model.ts';
import type { GraphPatch, NodeRef, Props } from '../core/patch.ts';

/** A node as it leaves a store: `key` is the global `Label:key` (`Leader:vladimir-putin`). */
export interface JsonNode {
  kind: NodeLabel;
  key: string;
  properties: Props;
}

/** A relationship as it leaves a store: `source` and `target` are global node keys. */
export interface JsonRel {
  kind: RelType;
  source: string;
  target: string;
  properties: Props;
}

/** A value in a query result: plain JSON, nodes and relationships as above. */
export type JsonValue =
  | null
  | string
  | number
  | boolean
  | JsonValue[]
  | JsonNode
  | JsonRel
  | { [k: string]: JsonValue };

export interface QueryResult {
  columns: string[];
  rows: Record<string, JsonValue>[];
  /** How many rows the query returned, when `firstRows` left the others out of `rows`. */
  total?: number;
}

export interface QueryOptions {
  /** Run where writes are impossible (Neo4j read transaction; kuzu read-only transaction). */
  readOnly?: boolean;
  /** Abort after this many milliseconds (StoreError code E_TIMEOUT). */
  timeoutMs?: number;
  /** Fail when the result has more rows than this (StoreError code E_TOO_MANY_ROWS). */
  maxRows?: number;
  /**
   * Hand over only the first this-many rows (a page and what precedes it): the others are not
   * converted, and `QueryResult.total` tells how many there were.
   */
  firstRows?: number;
}

export interface UpsertStats {
  nodesCreated: number;
  nodesUpdated: number;
  relsCreated: number;
  relsUpdated: number;
}

export interface StoreStats {
  nodes: Record<NodeLabel, number>;
  rels: Record<RelType, number>;
}

/** The subgraph induced by a set of nodes: the nodes and every relationship between them. */
export interface Subgraph {
  nodes: JsonNode[];
  rels: JsonRel[];
}

export type Dialect = 'kuzu' | 'neo4j';

export interface GraphStore {
  readonly dialect: Dialect;
  /** Creates tables/constraints for every label and type of core/model.ts. Idempotent. */
  ensureSchema(): Promise<void>;
  /**
   * Writes a patch in one transaction: new nodes and relationships are created, existing ones
   * are merged by core/merge.ts rules. Writing the same patch twice changes nothing the second time.
   */
  upsert(patch: GraphPatch): Promise<UpsertStats>;
  /** Which of these Article ids are already stored. */
  existingArticles(ids: string[]): Promise<Set<string>>;
  /** Runs Cypher in this store's dialect with parameters. */
  query(cypher: string, params?: Record<string, unknown>, opts?: QueryOptions): Promise<QueryResult>;
  /** Counts per label and relationship type (zero for empty ones). */
  stats(): Promise<StoreStats>;
  /** Nodes by reference (missing ones are left out). */
  getNodes(refs: NodeRef[]): Promise<JsonNode[]>;
  /** The subgraph induced by these nodes. */
  subgraph(refs: NodeRef[]): Promise<Subgraph>;
  /**
   * The entity tables held in memory (store/entities.ts), or null when there are too many. Only a
   * store that sees every write to its database has it (the embedded one); others leave it out.
   */
  entities?(): Promise<Entities | null>;
  close(): Promise<void>;
}

export type StoreErrorCode =
  | 'E_CONNECT'
  | 'E_LOCKED'
  | 'E_SYNTAX'
  | 'E_TIMEOUT'
  | 'E_TOO_MANY_ROWS'
  | 'E_WRITE_REFUSED'
  | 'E_QUERY'
  | 'E_INVALID_PATCH';

/** Errors from a store carry a code so callers and tests assert on the type, not the wording. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly details: { position?: { line: number; column: number; offset?: number } } = {},
  ) {
    super(message);
  }
}
