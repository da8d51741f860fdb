/** The view state of the explorer (window, filters, selection, query) and its pure updates. */
import { CALL_STATUSES, NODE_LABELS, STATEMENT_KINDS, type NodeLabel } from '../../../core/model.ts';

export type Lane = 'leader' | 'country';
export type Tab = 'graph' | 'console';

export interface ViewState {
  /** Time window, ISO days inclusive; null = open. */
  from: string | null;
  to: string | null;
  /** Labels not drawn. */
  hiddenLabels: NodeLabel[];
  /** ISO2 codes; empty = every country. */
  countries: string[];
  /** Statement kinds kept; empty = all. */
  statementKinds: string[];
  /** Call statuses kept; empty = all. */
  callStatuses: string[];
  /** Selected node key (`Call:…`) or null. */
  selected: string | null;
  /** Cypher text of the console, or null. */
  query: string | null;
  /** Named query picked in the console, or null. */
  named: string | null;
  lane: Lane;
  tab: Tab;
}

/** Labels hidden at first: the calendar and the articles, reachable from the details panel. */
export const DEFAULT_HIDDEN: NodeLabel[] = ['Article', 'Day'];

export function initialState(): ViewState {
  return {
    from: null,
    to: null,
    hiddenLabels: [...DEFAULT_HIDDEN],
    countries: [],
    statementKinds: [],
    callStatuses: [],
    selected: null,
    query: null,
    named: null,
    lane: 'leader',
    tab: 'graph',
  };
}

/** Every change the views can ask for. */
export type Action =
  | { type: 'window'; from: string | null; to: string | null }
  | { type: 'toggleLabel'; label: NodeLabel }
  | { type: 'setList'; field: 'countries' | 'statementKinds' | 'callStatuses'; values: string[] }
  | { type: 'toggleValue'; field: 'countries' | 'statementKinds' | 'callStatuses'; value: string }
  | { type: 'select'; key: string | null }
  | { type: 'query'; query: string | null; named?: string | null }
  | { type: 'lane'; lane: Lane }
  | { type: 'tab'; tab: Tab }
  | { type: 'reset' }
  | { type: 'replace'; state: ViewState };

const sorted = <T extends string>(xs: T[]): T[] => [...new Set(xs)].sort();

/** Applies an action; returns the same object when nothing changes. */
export function reduce(state: ViewState, action: Action): ViewState {
  switch (action.type) {
    case 'window': {
      let { from, to } = action;
      if (from && to && from > to) [from, to] = [to, from];
      if (from === state.from && to === state.to) return state;
      return { ...state, from, to };
    }
    case 'toggleLabel': {
      const hidden = state.hiddenLabels.includes(action.label)
        ? state.hiddenLabels.filter((l) => l !== action.label)
        : [...state.hiddenLabels, action.label];
      return { ...state, hiddenLabels: NODE_LABELS.filter((l) => hidden.includes(l)) };
    }
    case 'setList':
      return { ...state, [action.field]: sorted(action.values) };
    case 'toggleValue': {
      const cur = state[action.field];
      const next = cur.includes(action.value) ? cur.filter((v) => v !== action.value) : [...cur, action.value];
      return { ...state, [action.field]: sorted(next) };
    }
    case 'select':
      return action.key === state.selected ? state : { ...state, selected: action.key };
    case 'query':
      return { ...state, query: action.query, named: action.named === undefined ? state.named : action.named };
    case 'lane':
      return action.lane === state.lane ? state : { ...state, lane: action.lane };
    case 'tab':
      return action.tab === state.tab ? state : { ...state, tab: action.tab };
    case 'reset':
      return { ...initialState(), lane: state.lane, tab: state.tab };
    case 'replace':
      return action.state;
  }
}

/** A tiny observable store around `reduce`. */
export interface Store {
  get(): ViewState;
  dispatch(action: Action): void;
  subscribe(fn: (state: ViewState, prev: ViewState) => void): () => void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const subs = new Set<(s: ViewState, p: ViewState) => void>();
  return {
    get: () => state,
    dispatch(action) {
      const prev = state;
      state = reduce(state, action);
      if (state !== prev) for (const fn of subs) fn(state, prev);
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  };
}

/** The known values of each list filter, for validation and forms. */
export const FILTER_VALUES = {
  statementKinds: STATEMENT_KINDS as readonly string[],
  callStatuses: CALL_STATUSES as readonly string[],
};
