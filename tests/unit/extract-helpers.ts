/** Test helpers for the extraction tests: a short made-up article and its calls as strings. */
import type { GraphPatch } from '../../core/patch.ts';
import { extractArticle } from '../../ingest/extract/index.ts';
import { findLeaders } from '../../ingest/extract/leaders.ts';
import { findMentions } from '../../ingest/extract/mentions.ts';
import { tokenize } from '../../ingest/extract/tokens.ts';

/** The patch of a short article (`dateline` as in "WASHINGTON, April 15", or null; `title` as in "U.S., JAPAN TO HOLD CHIP TALKS", or null). */
export function article(text: string, pub: string, dateline: string | null = null, title: string | null = null): GraphPatch {
  return extractArticle({ id: 'art_t', text, publishedAt: pub, title, source: 't', url: null, dateline });
}

/** Every call of a short article as "kind status date participant + participant" (participants sorted), sorted. */
export function callsOf(text: string, pub: string, dateline: string | null = null, title: string | null = null): string[] {
  const p = article(text, pub, dateline, title);
  return p.nodes
    .filter((n) => n.label === 'Call')
    .map((n) => {
      const parts = p.rels.filter((r) => r.type === 'PARTICIPATED_IN' && r.to.key === n.key).map((r) => `${r.from.label}:${r.from.key}`).sort();
      return `${String(n.props['kind'])} ${String(n.props['status'])} ${String(n.props['date'] ?? null)} ${parts.join(' + ')}`;
    })
    .sort();
}

/** Every statement of a short article as "speaker+speaker kind" (speakers sorted), sorted. */
export function statementsOf(text: string, pub: string, dateline: string | null = null): string[] {
  const p = article(text, pub, dateline);
  return p.nodes
    .filter((n) => n.label === 'Statement')
    .map((n) => {
      const who = p.rels.filter((r) => r.type === 'MADE' && r.to.key === n.key).map((r) => `${r.from.label}:${r.from.key}`).sort();
      return `${who.join('+')} ${String(n.props['kind'])}`;
    })
    .sort();
}

/** Each leader found as "id|title|role|represents" (`dateline` the dateline's state, or null). */
export function leadersOf(text: string, dateline: string | null = null, date = '1987-04-08'): string[] {
  const toks = tokenize(text);
  const r = findLeaders(text, toks, findMentions(text, toks, date), date, dateline);
  return [...r.leaders.values()].map((l) => `${l.id}|${l.title}|${l.role}|${l.represents ? `${l.represents.label}:${l.represents.key}` : '-'}`);
}
