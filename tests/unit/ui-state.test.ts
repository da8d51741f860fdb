// Unit tests of the explorer's view state: reducer, store and URL encoding (graph-ui/src/core, no DOM).
import { describe, expect, it } from 'vitest';
import { createStore, initialState, reduce } from '../../graph-ui/src/core/state.ts';
import { decodeState, encodeState } from '../../graph-ui/src/core/url.ts';

describe('reduce', () => {
  it('orders a reversed window and keeps the same object when nothing changes', () => {
    const s = reduce(initialState(), { type: 'window', from: '2021-12-09', to: '2021-12-01' });
    expect([s.from, s.to]).toEqual(['2021-12-01', '2021-12-09']);
    expect(reduce(s, { type: 'window', from: '2021-12-01', to: '2021-12-09' })).toBe(s);
  });
  it('toggles labels, kept in model order (core/model.ts)', () => {
    let s = initialState();
    expect(s.hiddenLabels).toEqual(['Article', 'Day']);
    s = reduce(s, { type: 'toggleLabel', label: 'Topic' });
    expect(s.hiddenLabels).toEqual(['Article', 'Topic', 'Day']);
    s = reduce(s, { type: 'toggleLabel', label: 'Day' });
    expect(s.hiddenLabels).toEqual(['Article', 'Topic']);
  });
  it('toggles list filter values, sorted and without duplicates', () => {
    let s = reduce(initialState(), { type: 'toggleValue', field: 'countries', value: 'US' });
    s = reduce(s, { type: 'toggleValue', field: 'countries', value: 'RU' });
    expect(s.countries).toEqual(['RU', 'US']);
    s = reduce(s, { type: 'toggleValue', field: 'countries', value: 'US' });
    expect(s.countries).toEqual(['RU']);
    expect(reduce(s, { type: 'setList', field: 'callStatuses', values: ['planned', 'held', 'planned'] }).callStatuses).toEqual(['held', 'planned']);
  });
  it('reset keeps the lane and tab but clears filters, window and selection', () => {
    let s = reduce(initialState(), { type: 'lane', lane: 'country' });
    s = reduce(s, { type: 'select', key: 'Leader:joe-biden' });
    s = reduce(s, { type: 'window', from: '2021-12-01', to: null });
    const r = reduce(s, { type: 'reset' });
    expect(r).toEqual({ ...initialState(), lane: 'country' });
  });
  it('notifies subscribers only on change', () => {
    const store = createStore(initialState());
    const seen: (string | null)[] = [];
    store.subscribe((st, prev) => seen.push(`${prev.selected}→${st.selected}`));
    store.dispatch({ type: 'select', key: 'Country:RU' });
    store.dispatch({ type: 'select', key: 'Country:RU' });
    store.dispatch({ type: 'select', key: null });
    expect(seen).toEqual(['null→Country:RU', 'Country:RU→null']);
  });
});

describe('URL state', () => {
  it('leaves defaults out', () => {
    expect(encodeState(initialState())).toBe('');
  });
  it('encodes window, filters, selection, lane, tab and query', () => {
    const s = {
      ...initialState(), from: '2021-12-01', to: '2021-12-07', countries: ['RU', 'US'], callStatuses: ['planned'],
      selected: 'Call:call-2021-12-07-joe-biden-vladimir-putin', lane: 'country' as const, tab: 'console' as const,
      query: 'MATCH (n) RETURN n', hiddenLabels: [],
    };
    expect(encodeState(s)).toBe('from=2021-12-01&to=2021-12-07&hide=-&countries=RU%2CUS&statuses=planned&sel=Call%3Acall-2021-12-07-joe-biden-vladimir-putin&lane=country&tab=console&q=MATCH+%28n%29+RETURN+n');
    expect(decodeState(`?${encodeState(s)}`)).toEqual({ state: s, warnings: [] });
  });
  it('round-trips every field', () => {
    const s = { ...initialState(), to: '2022-01-31', hiddenLabels: ['Topic' as const], statementKinds: ['concern', 'threat'], named: 'calls_between', selected: 'Leader:joe-biden' };
    expect(decodeState(encodeState(s)).state).toEqual(s);
  });
  it('drops malformed values and says why', () => {
    const { state, warnings } = decodeState('from=2021-13-01&hide=Topic,Foo&countries=ru,USA&kinds=rant&lane=x&to=2021-12-31');
    expect(state.from).toBeNull();
    expect(state.to).toBe('2021-12-31');
    expect(state.hiddenLabels).toEqual(['Topic']);
    expect(state.countries).toEqual(['RU']);
    expect(state.statementKinds).toEqual([]);
    expect(state.lane).toBe('leader');
    expect(warnings).toEqual([
      'from: "2021-13-01" is not an ISO day (YYYY-MM-DD)',
      'hide: unknown label "Foo"',
      'countries: "USA" is not an ISO 3166 alpha-2 code',
      'kinds: unknown value "rant"',
      'lane: expected leader or country, got "x"',
    ]);
  });
});
