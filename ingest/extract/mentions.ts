/** Gazetteer mentions: the longest known phrase at each token (countries, organisations, places, leaders). */
import { activeNear, countryOn, FIRST_TOKENS, LEADERS, MAX_PHRASE, PHRASES, type Entry } from './gazetteer.ts';
import type { Token } from './tokens.ts';

/** A span of the text that names an entity of the gazetteer. */
export interface Mention {
  kind: 'country' | 'org' | 'place' | 'leader';
  /** ISO code, organisation id, place id or leader id. */
  id: string;
  start: number;
  end: number;
  /** Token range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** For countries: the form used (name, demonym, capital). */
  form?: 'name' | 'demonym' | 'capital';
  text: string;
}

function pickLeader(entries: Entry[], date: string): string | null {
  const leaders = entries.filter((e): e is Extract<Entry, { type: 'leader' }> => e.type === 'leader');
  const active = leaders.filter((e) => activeNear(LEADERS.get(e.id)!, date, 1));
  if (active.length > 0) return active[0]!.id;
  const full = leaders.filter((e) => e.full);
  return full.length > 0 ? full[0]!.id : null;
}

/**
 * The states a hyphenated compound names when every part names one by name or demonym: "the Iran-Iraq war",
 * "Italian-Soviet talks", "Saudi-French" → a mention per part. Not "London-based", "Petro-Canada", "Inter-American",
 * "Iran-contra" (a part that is no state), nor "Amsterdam-Rotterdam" (cities, not governments). On the corpus the
 * 45 compounds split so all pair two states (Iran-Iraq 19, Tanzania-Zambia 4, Greek-Turkish 2, Japan-Poland 1, …).
 */
function compoundParts(token: Token, index: number, date: string): Mention[] {
  if (!token.text.includes('-')) return [];
  const out: Mention[] = [];
  let start = token.start;
  for (const part of token.text.split('-')) {
    const entries = PHRASES.get(part);
    const e0 = entries?.[0];
    if (!e0 || e0.type !== 'country' || e0.form === 'capital') return [];
    const code = countryOn(e0.code, e0.alias, date);
    if (code === null) return [];
    out.push({ kind: 'country', id: code, form: e0.form, start, end: start + part.length, tokStart: index, tokEnd: index + 1, text: part });
    start += part.length + 1;
  }
  return out.length > 1 ? out : [];
}

/**
 * Finds gazetteer phrases in the tokens (longest match first, case-sensitive) and resolves them
 * on the publication day: historical names, surname-only leaders only when in office near that day
 * or named in full elsewhere in the article.
 */
export function findMentions(text: string, tokens: Token[], date: string): Mention[] {
  const out: Mention[] = [];
  const surnameOnly: Mention[] = [];
  const fullLeaders = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST_TOKENS.has(tokens[i]!.text)) {
      out.push(...compoundParts(tokens[i]!, i, date));
      continue;
    }
    let found: { entries: Entry[]; len: number } | null = null;
    let key = '';
    for (let n = 1; n <= MAX_PHRASE && i + n <= tokens.length; n++) {
      key = n === 1 ? tokens[i]!.text : `${key} ${tokens[i + n - 1]!.text}`;
      const entries = PHRASES.get(key);
      if (entries) found = { entries, len: n };
    }
    if (!found) continue;
    const start = tokens[i]!.start;
    const end = tokens[i + found.len - 1]!.end;
    const base = { start, end, tokStart: i, tokEnd: i + found.len, text: text.slice(start, end) };
    const e0 = found.entries[0]!;
    if (e0.type === 'leader') {
      const id = pickLeader(found.entries, date);
      const full = found.entries.some((e) => e.type === 'leader' && e.full && e.id === id);
      if (id !== null) {
        const m: Mention = { kind: 'leader', id, ...base };
        if (full) {
          fullLeaders.add(id);
          out.push(m);
        } else if (activeNear(LEADERS.get(id)!, date, 1)) {
          out.push(m);
        } else surnameOnly.push(m);
      } else {
        for (const e of found.entries) if (e.type === 'leader') surnameOnly.push({ kind: 'leader', id: e.id, ...base });
      }
    } else if (e0.type === 'country') {
      const code = countryOn(e0.code, e0.alias, date);
      if (code !== null) out.push({ kind: 'country', id: code, form: e0.form, ...base });
      else out.push({ kind: 'place', id: e0.alias.toLowerCase(), ...base });
    } else if (e0.type === 'org') {
      out.push({ kind: 'org', id: e0.id, ...base });
    } else {
      out.push({ kind: 'place', id: e0.id, ...base });
    }
    i += found.len - 1;
  }
  for (const m of surnameOnly) if (fullLeaders.has(m.id)) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}
