/** The view state in the URL query string, so a view can be shared and restored. */
import { isNodeLabel, NODE_LABELS } from '../../../core/model.ts';
import { isIsoDay } from './dates.ts';
import { FILTER_VALUES, initialState, type ViewState } from './state.ts';

const list = (s: string | null): string[] => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);

/**
 * Encodes the state as a query string (without `?`); default values are left out.
 * @example encodeState({...initialState(), from: '2021-12-01'}) // 'from=2021-12-01'
 */
export function encodeState(state: ViewState): string {
  const def = initialState();
  const p = new URLSearchParams();
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  const hidden = [...state.hiddenLabels].sort().join(',');
  if (hidden !== [...def.hiddenLabels].sort().join(',')) p.set('hide', hidden || '-');
  if (state.countries.length) p.set('countries', state.countries.join(','));
  if (state.statementKinds.length) p.set('kinds', state.statementKinds.join(','));
  if (state.callStatuses.length) p.set('statuses', state.callStatuses.join(','));
  if (state.selected) p.set('sel', state.selected);
  if (state.lane !== def.lane) p.set('lane', state.lane);
  if (state.tab !== def.tab) p.set('tab', state.tab);
  if (state.named) p.set('named', state.named);
  if (state.query) p.set('q', state.query);
  return p.toString();
}

/**
 * Decodes a query string (with or without `?`) into a state; unknown or malformed values are
 * dropped and reported in `warnings` (`hide: unknown label "Foo"`).
 */
export function decodeState(search: string): { state: ViewState; warnings: string[] } {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const s = initialState();
  const warnings: string[] = [];
  for (const k of ['from', 'to'] as const) {
    const v = p.get(k);
    if (v === null) continue;
    if (isIsoDay(v)) s[k] = v;
    else warnings.push(`${k}: "${v}" is not an ISO day (YYYY-MM-DD)`);
  }
  if (s.from && s.to && s.from > s.to) [s.from, s.to] = [s.to, s.from];
  const hide = p.get('hide');
  if (hide !== null) {
    s.hiddenLabels = [];
    for (const l of hide === '-' ? [] : list(hide)) {
      if (isNodeLabel(l)) s.hiddenLabels.push(l);
      else warnings.push(`hide: unknown label "${l}"`);
    }
    s.hiddenLabels = NODE_LABELS.filter((l) => s.hiddenLabels.includes(l));
  }
  s.countries = list(p.get('countries')).map((c) => c.toUpperCase()).filter((c) => {
    const ok = /^[A-Z]{2}$/.test(c);
    if (!ok) warnings.push(`countries: "${c}" is not an ISO 3166 alpha-2 code`);
    return ok;
  }).sort();
  const known = (field: 'statementKinds' | 'callStatuses', param: string): string[] =>
    list(p.get(param)).filter((v) => {
      const ok = FILTER_VALUES[field].includes(v);
      if (!ok) warnings.push(`${param}: unknown value "${v}"`);
      return ok;
    }).sort();
  s.statementKinds = known('statementKinds', 'kinds');
  s.callStatuses = known('callStatuses', 'statuses');
  s.selected = p.get('sel') || null;
  const lane = p.get('lane');
  if (lane === 'leader' || lane === 'country') s.lane = lane;
  else if (lane !== null) warnings.push(`lane: expected leader or country, got "${lane}"`);
  const tab = p.get('tab');
  if (tab === 'graph' || tab === 'console') s.tab = tab;
  s.named = p.get('named') || null;
  s.query = p.get('q') || null;
  return { state: s, warnings };
}
