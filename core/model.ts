/**
 * The graph model, declared once (../shared/design/graph-model.md is the contract).
 *
 * Every label, relationship type and property the project stores is listed here. Schema
 * creation (Neo4j constraints, kuzu tables), loaders, exports and the UI legend all read this
 * declaration; nothing else spells out the model. To add a property, add it here.
 */

/** The value types a stored property may have. Lists are lists of strings. */
export type PropType = 'string' | 'string[]' | 'int' | 'float' | 'bool';

export interface NodeSpec {
  /** The key property (unique per label). */
  readonly key: string;
  /** Every other property, with its type. */
  readonly props: Readonly<Record<string, PropType>>;
  /** Property used as the display name (falls back to the key). */
  readonly display: string;
}

export interface RelSpec {
  /** Allowed [from label, to label] pairs. */
  readonly ends: ReadonlyArray<readonly [NodeLabel, NodeLabel]>;
  /** Properties besides `id` and `sources`, which every relationship has. */
  readonly props: Readonly<Record<string, PropType>>;
  /**
   * Properties that tell apart several relationships of this type between the same two nodes
   * (REPORTED_IN: one per source sentence). They take part in the relationship's id.
   */
  readonly identity: readonly string[];
}

/**
 * Events (Call, Statement) carry the articles that report them. Entities (Leader, Country,
 * Organization, Topic, Place) do not: the MENTIONS from each Article and the relationships they
 * take part in carry that provenance, and a hub like the United States would otherwise hold the
 * id of every article in one list.
 */
const PROVENANCE = { sources: 'string[]' } as const;

export const NODES = {
  Article: {
    key: 'id',
    display: 'title',
    props: { title: 'string', publishedAt: 'string', source: 'string', url: 'string', wordCount: 'int', dateline: 'string' },
  },
  Leader: {
    key: 'id',
    display: 'name',
    props: { name: 'string', aliases: 'string[]', title: 'string', role: 'string' },
  },
  Country: {
    key: 'iso2',
    display: 'name',
    props: { name: 'string', aliases: 'string[]' },
  },
  Organization: {
    key: 'id',
    display: 'name',
    props: { name: 'string', aliases: 'string[]', kind: 'string' },
  },
  Call: {
    key: 'id',
    display: 'title',
    props: {
      kind: 'string',
      status: 'string',
      date: 'string',
      datePrecision: 'string',
      startTime: 'string',
      endTime: 'string',
      durationMinutes: 'int',
      title: 'string',
      confidence: 'float',
      ...PROVENANCE,
    },
  },
  Statement: {
    key: 'id',
    display: 'text',
    props: {
      text: 'string',
      quote: 'string',
      kind: 'string',
      date: 'string',
      datePrecision: 'string',
      confidence: 'float',
      ...PROVENANCE,
    },
  },
  Topic: { key: 'id', display: 'name', props: { name: 'string' } },
  Place: { key: 'id', display: 'name', props: { name: 'string' } },
  Day: { key: 'date', display: 'date', props: { year: 'int', month: 'int', weekday: 'string' } },
} as const satisfies Record<string, NodeSpec>;

export type NodeLabel = keyof typeof NODES;
export const NODE_LABELS = Object.keys(NODES) as NodeLabel[];

const ACTORS = ['Leader', 'Country', 'Organization'] as const;
const pairs = (from: readonly NodeLabel[], to: readonly NodeLabel[]): [NodeLabel, NodeLabel][] =>
  from.flatMap((f) => to.map((t) => [f, t] as [NodeLabel, NodeLabel]));

export const RELS = {
  REPRESENTS: {
    ends: pairs(['Leader'], ['Country', 'Organization']),
    props: { title: 'string', role: 'string', since: 'string', until: 'string' },
    identity: [],
  },
  PART_OF: { ends: pairs(['Organization'], ['Country']), props: {}, identity: [] },
  PARTICIPATED_IN: { ends: pairs(ACTORS, ['Call']), props: { role: 'string' }, identity: [] },
  MADE: { ends: pairs(ACTORS, ['Statement']), props: {}, identity: [] },
  REPORTED_BY: { ends: pairs(['Statement'], ['Organization', 'Leader']), props: {}, identity: [] },
  ABOUT: {
    ends: pairs(['Statement'], ['Country', 'Leader', 'Organization', 'Topic', 'Place', 'Call']),
    props: {},
    identity: [],
  },
  DURING: { ends: pairs(['Statement'], ['Call']), props: {}, identity: [] },
  DISCUSSED: { ends: pairs(['Call'], ['Topic']), props: {}, identity: [] },
  HELD_IN: { ends: pairs(['Call'], ['Place']), props: {}, identity: [] },
  ON: { ends: pairs(['Call', 'Statement'], ['Day']), props: {}, identity: [] },
  PUBLISHED_ON: { ends: pairs(['Article'], ['Day']), props: {}, identity: [] },
  REPORTED_IN: {
    ends: pairs(['Call', 'Statement'], ['Article']),
    props: { sentence: 'string', start: 'int', end: 'int' },
    identity: ['start'],
  },
  MENTIONS: {
    // Day: the day of a reported event that is neither a call nor a statement ("hearings begin on April 13")
    ends: pairs(['Article'], ['Leader', 'Country', 'Organization', 'Topic', 'Place', 'Day']),
    props: { count: 'int' },
    identity: [],
  },
  NEXT: { ends: pairs(['Day'], ['Day']), props: { days: 'int' }, identity: [] },
} as const satisfies Record<string, RelSpec>;

export type RelType = keyof typeof RELS;
export const REL_TYPES = Object.keys(RELS) as RelType[];

/** Properties every relationship has: its deterministic id and the supporting article ids. */
export const REL_COMMON_PROPS = { id: 'string', sources: 'string[]' } as const satisfies Record<string, PropType>;

export function isNodeLabel(s: string): s is NodeLabel {
  return Object.prototype.hasOwnProperty.call(NODES, s);
}
export function isRelType(s: string): s is RelType {
  return Object.prototype.hasOwnProperty.call(RELS, s);
}
export function keyProp(label: NodeLabel): string {
  return NODES[label].key;
}
/** All properties of a label, key first, with their types. */
export function nodeProps(label: NodeLabel): [string, PropType][] {
  const spec: NodeSpec = NODES[label];
  return [[spec.key, 'string'], ...Object.entries(spec.props)];
}
/** All properties of a relationship type, `id` and `sources` first, with their types. */
export function relProps(type: RelType): [string, PropType][] {
  const spec: RelSpec = RELS[type];
  return [...Object.entries(REL_COMMON_PROPS), ...Object.entries(spec.props)];
}
export function relAllows(type: RelType, from: NodeLabel, to: NodeLabel): boolean {
  return (RELS[type] as RelSpec).ends.some(([f, t]) => f === from && t === to);
}

/** Enumerations used by extraction, merging and the UI. */
export const CALL_KINDS = ['phone call', 'video call', 'virtual summit', 'summit', 'meeting', 'talks', 'visit'] as const;
export type CallKind = (typeof CALL_KINDS)[number];
/**
 * The class of a call kind that is part of a Call's identity: calls at a distance, visits, and
 * meetings in person (meeting, talks and summit are told of one event interchangeably).
 */
export function callKindClass(kind: CallKind): 'call' | 'visit' | 'meeting' {
  if (kind === 'phone call' || kind === 'video call' || kind === 'virtual summit') return 'call';
  if (kind === 'visit') return 'visit';
  return 'meeting';
}
export const CALL_STATUSES = ['held', 'planned', 'cancelled', 'postponed', 'unknown'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export const STATEMENT_KINDS = [
  'concern', 'warning', 'threat', 'accusation', 'demand', 'proposal', 'support', 'agreement',
  'denial', 'characterization', 'greeting', 'announcement', 'other',
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const LEADER_ROLES = ['head_of_state', 'head_of_government', 'minister', 'official', 'spokesperson', 'envoy', 'adviser', 'legislator'] as const;
export const ORG_KINDS = ['government', 'international', 'media', 'party', 'other'] as const;
