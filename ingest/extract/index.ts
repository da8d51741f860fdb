/**
 * Extraction: from one Article to its GraphPatch (pure, deterministic; gazetteer data is loaded
 * once at module load). Every extracted relationship, Call and Statement carries `sources: [article.id]`.
 * @example const patch = extractArticle(article); // nodes: Article, Day, Leader…, rels: MENTIONS…
 */
import { DAY_MS } from '../../core/days.ts';
import { mergePatches } from '../../core/merge.ts';
import type { GraphPatch, NodeRef, PatchNode, PatchRel, Props } from '../../core/patch.ts';
import { NODES, type RelType } from '../../core/model.ts';
import { dayNode } from '../days.ts';
import type { Article } from '../read/types.ts';
import { findAttribution } from './attribution.ts';
import { findCalls, type CallRecord, type CallResult } from './calls.ts';
import { truecase } from './casing.ts';
import { eventDays } from './dates.ts';
import type { ActorRef, ArticleContext } from './context.ts';
import { COUNTRY_ALIASES, COUNTRY_NAMES, countryOn, LEADERS, ORGS, orgCountry, PHRASES, PLACES } from './gazetteer.ts';
import { findLeaders, type LeaderInfo } from './leaders.ts';
import { findMentions, type Mention } from './mentions.ts';
import { splitSentences } from './sentences.ts';
import { findStatements, type StatementRecord } from './statements.ts';
import { phraseKey, tokenize, type Token } from './tokens.ts';
import { findTopics } from './topics.ts';

class PatchBuilder {
  readonly nodes: PatchNode[] = [];
  readonly rels: PatchRel[] = [];
  constructor(private readonly source: string) {}
  node(label: PatchNode['label'], key: string, props: Props, provenance = true): NodeRef {
    // Only labels that declare `sources` in the model (the events) carry it on the node.
    const withSources = provenance && 'sources' in NODES[label].props;
    this.nodes.push({ label, key, props: withSources ? { ...props, sources: [this.source] } : props });
    return { label, key };
  }
  rel(type: RelType, from: NodeRef, to: NodeRef, props: Props = {}): void {
    this.rels.push({ type, from, to, props: { ...props, sources: [this.source] } });
  }
  patch(): GraphPatch {
    return mergePatches({ nodes: this.nodes, rels: this.rels });
  }
}

function surname(name: string): string {
  const parts = name.split(' ');
  return parts[parts.length - 1]!;
}

function displayOf(ctx: ArticleContext, a: ActorRef): string {
  if (a.label === 'Leader') return surname(ctx.leaders.get(a.key)?.name ?? a.key);
  if (a.label === 'Country') return COUNTRY_NAMES.get(a.key) ?? a.key;
  return ORGS.get(a.key)?.name ?? a.key;
}

/**
 * Leaves out of the article's graph the company officers findLeaders recognised (a company's business is not
 * diplomacy): their leader nodes, the statements only they made, the calls they take part in ("Goldman Sachs (Japan)
 * Corp president Eugene Atkinson urged Japan …" at a meeting), and any statement's link to such a call or to them.
 * Their mentions stay while calls and statements are found, so that their words are given to no one else.
 */
function withoutOfficers(officers: Set<string>, calls: CallResult, statements: StatementRecord[], leaders: Map<string, LeaderInfo>): { calls: CallResult; statements: StatementRecord[] } {
  if (officers.size === 0) return { calls, statements };
  const officer = (a: ActorRef): boolean => a.label === 'Leader' && officers.has(a.key);
  for (const id of officers) leaders.delete(id);
  const kept = (c: CallRecord): boolean => !c.participants.some(officer);
  const keptOrNull = (c: CallRecord | null): CallRecord | null => (c && kept(c) ? c : null);
  const bySentence = new Map([...calls.bySentence].map(([i, cs]) => [i, cs.filter(kept)]));
  const left: StatementRecord[] = [];
  for (const st of statements) {
    const speakers = st.speakers.filter((a) => !officer(a));
    if (speakers.length === 0) continue;
    left.push({ ...st, speakers, about: st.about.filter((a) => !officer(a)), relayers: st.relayers.filter((a) => !officer(a)), aboutCalls: st.aboutCalls.filter(kept), during: keptOrNull(st.during) });
  }
  return { calls: { calls: calls.calls.filter(kept), bySentence, main: keptOrNull(calls.main) }, statements: left };
}

/**
 * "the Reagan administration wants Japanese cooperation", "talks with the Reagan Administration", "A Reagan administration
 * official said": a leader named as the modifier of his administration stands for its state, which acts and speaks (the
 * tuning gold lists no Reagan in 14 of the 18 stories that name him only so, and has the state speak and take part).
 * The mention is the state's (its name form, as "Washington" would be its capital's), but not before a possessive: "the
 * Reagan administration's Economic Policy Council is set to meet … to discuss an offer to the Soviet Union" would make a
 * meeting of the states (2 such corpus calls, both wrong); the leader's node is left out
 * when every mention of him was such a modifier, or "government officials" ("Nakasone government officials said"), and
 * nothing the story found (a call, a statement) names him (withoutModifierOnly).
 */
const ADMINISTRATION_AFTER = /^\s+[Aa]dministration\b(?!['’]s)/;
const MODIFIER_AFTER = /^(?:['’]s)?\s+(?:[Aa]dministration\b|[Gg]overnment\s+officials?\b)/;
function administrationAsState(text: string, tokens: Token[], m: Mention, leaders: Map<string, LeaderInfo>): Mention {
  const state = leaders.get(m.id)?.represents;
  const adm = ADMINISTRATION_AFTER.exec(text.slice(m.end, m.end + 30));
  if (!state || state.label !== 'Country' || !adm) return m;
  // (the mention runs over "administration", as "the Soviet government" is the state's whole name)
  const end = m.end + adm[0].length;
  let tokEnd = m.tokEnd;
  while (tokEnd < tokens.length && tokens[tokEnd]!.end <= end) tokEnd++;
  return { ...m, kind: 'country', id: state.key, form: 'name', end, tokEnd, text: text.slice(m.start, end) };
}
function withoutModifierOnly(text: string, mentions: Mention[], leaders: Map<string, LeaderInfo>, calls: CallResult, statements: StatementRecord[]): void {
  const used = new Set<string>();
  for (const c of calls.calls) for (const a of c.participants) if (a.label === 'Leader') used.add(a.key);
  for (const st of statements) for (const a of [...st.speakers, ...st.relayers, ...st.about]) if (a.label === 'Leader') used.add(a.key);
  for (const id of [...leaders.keys()]) {
    const own = mentions.filter((m) => m.id === id);
    if (own.length > 0 && !used.has(id) && own.every((m) => MODIFIER_AFTER.test(text.slice(m.end, m.end + 30)))) leaders.delete(id);
  }
}

/** Words written in capitals (a title, a dateline) in title case, as the gazetteer matches them ("U.S., JAPAN TO HOLD" → "U.S., Japan To Hold"). */
function titleCase(title: string): string {
  return title.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** The country whose capital heads a dateline ("TOKYO, March 26" → JP), if any. */
function datelineCountry(dateline: string | null, pub: string): string | null {
  if (!dateline) return null;
  const place = titleCase(dateline.split(',')[0]!.trim());
  const entries = PHRASES.get(phraseKey(place)) ?? [];
  // A capital, or a city-state the dateline names by the country's own name ("KUWAIT, June 2", "SINGAPORE, March 3").
  const entry = entries.find((e) => e.type === 'country' && e.form === 'capital') ?? entries.find((e) => e.type === 'country' && e.form === 'name');
  if (entry && entry.type === 'country') return countryOn(entry.code, entry.alias, pub);
  // a capital kept as a place ("NAIROBI, June 2")
  const pl = entries.find((e) => e.type === 'place');
  const country = pl && pl.type === 'place' ? (PLACES.get(pl.id) as { country?: string } | undefined)?.country : undefined;
  if (country) return country;
  // a town with its country named after it ("HANGZHOU, China, March 17", "TAUPO, New Zealand, March 23")
  const parts = dateline.split(',');
  if (parts.length < 3) return null;
  const named = (PHRASES.get(phraseKey(parts[1]!.trim())) ?? []).find((e) => e.type === 'country' && e.form !== 'demonym');
  return named && named.type === 'country' ? countryOn(named.code, named.alias, pub) : null;
}

/**
 * The state a story's title opens with ("SWEDEN MAKES PROPOSAL FOR BANKING CHANGE" → SE, "JAPANESE OFFICIALS SEE …" → JP,
 * "BRAZIL'S FUNARO SAYS …" → BR): its name, demonym or capital in the first one to three words; null when the title opens
 * with none.
 */
function titleCountry(title: string | null, pub: string): string | null {
  const words = (title ?? '').trim().split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const phrase = titleCase(words.slice(0, n).join(' ').replace(/['’]S$/i, ''));
    const entry = (PHRASES.get(phraseKey(phrase)) ?? []).find((e) => e.type === 'country');
    if (entry && entry.type === 'country') return countryOn(entry.code, entry.alias, pub);
  }
  return null;
}

/**
 * The states a story's title names, each once ("U.S., JAPAN TO HOLD CHIP TALKS" → US, JP; "BRITAIN, JAPAN AGREE ON FLIGHTS"
 * → GB, JP), read in title case since the gazetteer does not match words written in capitals; not capitals, which a title
 * gives as places as often as governments.
 */
export function titleStates(title: string | null, pub: string): string[] {
  if (!title) return [];
  const t = titleCase(title);
  return [...new Set(findMentions(t, tokenize(t), pub).filter((m) => m.kind === 'country' && m.form !== 'capital').map((m) => m.id))];
}

const MONTHS3 = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * The day of a dateline ("MOSCOW, April 13"), in the year that puts it nearest the publication
 * day, when it lies within two days of it (a story filed in Tokyo on the 27th is often stamped
 * the 26th in New York); otherwise null.
 */
export function datelineDay(dateline: string | null, pub: string): string | null {
  const m = /,\s*([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2})\s*$/.exec(dateline ?? '');
  if (!m) return null;
  const month = MONTHS3.indexOf(m[1]!.toLowerCase());
  if (month < 0) return null;
  const y = Number(pub.slice(0, 4));
  const p = Date.parse(`${pub}T00:00:00Z`);
  for (const year of [y, y - 1, y + 1]) {
    const d = `${year}-${String(month + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
    const t = Date.parse(`${d}T00:00:00Z`);
    if (!Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d && Math.abs(t - p) <= 2 * DAY_MS) return d;
  }
  return null;
}

/** A call noun that a topic can name the subject of. */
const CALL_NOUN = String.raw`(?:talks|negotiations|meetings?|summit|consultations|discussions|conference|session|(?:telephone |phone )?call|visit|mission)`;
/** "trade talks", "the arms control negotiations", "an exchange rate meeting": the topic right before the call noun. */
const TOPIC_BEFORE_CALL = new RegExp(String.raw`^(?:\s+[\w-]+)?\s+${CALL_NOUN}\b`, 'i');
/** A topic hit that holds the call noun itself: "trade talks", "arms talks". */
const ENDS_WITH_CALL = new RegExp(String.raw`\b${CALL_NOUN}$`, 'i');
/** "talks on arms control", "a meeting to discuss the dollar's fall", "negotiations aimed at ending the Iran-Iraq war". */
const CALL_BEFORE_TOPIC = new RegExp(String.raw`\b${CALL_NOUN}\s+(?:(?:on|about|over|concerning|dealing with|aimed at|to (?:discuss|resolve|settle|ease|review|end|avert))\s+(?:[\w'’-]+\s+){0,5})$`, 'i');

/**
 * True when a topic hit names what a call is about by its place next to a call noun: "trade talks"
 * (the hit may hold the noun itself), "talks on trade", "a meeting to discuss exchange rates".
 * Not "talks, as trade tensions rose" (a topic that only shares the sentence).
 */
function namesCallSubject(text: string, t: { start: number; end: number }): boolean {
  const hit = text.slice(t.start, t.end);
  return ENDS_WITH_CALL.test(hit) || TOPIC_BEFORE_CALL.test(text.slice(t.end, t.end + 40)) || CALL_BEFORE_TOPIC.test(text.slice(Math.max(0, t.start - 90), t.start));
}

/**
 * The per-article analysis the call and statement finders share (context.ts): the story truecased, tokenized, split
 * into sentences, its gazetteer and leader mentions (per sentence too) and the attribution of each sentence. Also
 * returns the leader mentions and the company officers findLeaders recognised, which extractArticle leaves out after.
 */
function analyseArticle(article: Article): { ctx: ArticleContext; leaderMentions: Mention[]; companyOfficers: Set<string> } {
  // A story written lower-case (or all in capitals) gets its capitals back first (casing.ts); the
  // offsets are the same, and sentence provenance below quotes the original text.
  const text = truecase(article.text);
  const pub = article.publishedAt;
  const tokens = tokenize(text);
  const gaz = findMentions(text, tokens, pub);
  const storyState = datelineCountry(article.dateline, pub);
  const sentences = splitSentences(text);
  const { leaders, mentions: leaderMentions, companyOfficers } = findLeaders(text, tokens, gaz, pub, storyState, sentences);
  const mentions = [...gaz.filter((m) => m.kind !== 'leader'), ...leaderMentions.map((m) => administrationAsState(text, tokens, m, leaders))].sort((a, b) => a.start - b.start);
  const bySentence: Mention[][] = sentences.map(() => []);
  let si = 0;
  for (const m of mentions) {
    while (si < sentences.length - 1 && m.start >= sentences[si]!.end) si++;
    bySentence[si]!.push(m);
  }
  const attributions = sentences.map((s) => findAttribution(s, bySentence[s.index]!));
  // Relative days ("today", "yesterday", "on Tuesday") are told on the dateline's (local) day.
  const storyDay = datelineDay(article.dateline, pub);
  const ctx: ArticleContext = { text, pub: storyDay ?? pub, published: pub, tokens, sentences, mentions, leaders, bySentence, attributions, datelineCountry: storyState, titleCountry: titleCountry(article.title, pub), datelineDay: storyDay, titleStates: titleStates(article.title, pub) };
  return { ctx, leaderMentions, companyOfficers };
}

/**
 * What the rules find in an article: its context (analyseArticle), its calls and statements, without the company
 * officers' (whose leader nodes are gone from `ctx.leaders` by then).
 */
function ruleFacts(article: Article): { ctx: ArticleContext; leaderMentions: Mention[]; calls: CallResult; statements: StatementRecord[] } {
  const { ctx, leaderMentions, companyOfficers } = analyseArticle(article);
  const found = findCalls(ctx);
  const { calls, statements } = withoutOfficers(companyOfficers, found, findStatements(ctx, found), ctx.leaders);
  return { ctx, leaderMentions, calls, statements };
}

/** Extracts the graph of one article. */
export function extractArticle(article: Article): GraphPatch {
  const { ctx, leaderMentions, calls: callRes, statements } = ruleFacts(article);
  const { text, leaders, mentions, sentences } = ctx;
  const pub = article.publishedAt;
  withoutModifierOnly(text, leaderMentions, leaders, callRes, statements);
  const topics = findTopics(text);

  const b = new PatchBuilder(article.id);
  const art = b.node('Article', article.id, {
    title: article.title, publishedAt: pub, source: article.source, url: article.url,
    wordCount: text.split(/\s+/).filter(Boolean).length, dateline: article.dateline,
  }, false);
  const days = new Set<string>([pub]);
  const dayRef = (d: string): NodeRef => {
    if (!days.has(d)) days.add(d);
    return { label: 'Day', key: d };
  };
  b.rel('PUBLISHED_ON', art, dayRef(pub));

  // Entities and mentions.
  const counts = new Map<string, { ref: NodeRef; n: number }>();
  const countries = new Set<string>();
  const orgs = new Set<string>();
  const count = (ref: NodeRef): void => {
    const k = `${ref.label}:${ref.key}`;
    const c = counts.get(k) ?? { ref, n: 0 };
    c.n++;
    counts.set(k, c);
  };
  for (const m of mentions) {
    if (m.kind === 'country') {
      countries.add(m.id);
      count({ label: 'Country', key: m.id });
    } else if (m.kind === 'org') {
      orgs.add(m.id);
      count({ label: 'Organization', key: m.id });
    } else if (m.kind === 'leader') {
      // (not a company officer left out: withoutOfficers)
      if (leaders.has(m.id)) count({ label: 'Leader', key: m.id });
    }
    else {
      const p = PLACES.get(m.id);
      b.node('Place', m.id, { name: p?.name ?? m.text });
      count({ label: 'Place', key: m.id });
    }
  }
  for (const t of topics) {
    b.node('Topic', t.id, { name: t.name });
    count({ label: 'Topic', key: t.id });
  }
  for (const l of leaders.values()) {
    const data = LEADERS.get(l.id);
    const aliases = new Set([...(data?.aliases ?? l.aliases)]);
    for (const m of leaderMentions) if (m.id === l.id && m.text !== l.name) aliases.add(m.text);
    b.node('Leader', l.id, { name: l.name, aliases: [...aliases].sort(), title: l.title, role: l.role });
    if (l.represents) {
      const to = { label: l.represents.label, key: l.represents.key } as NodeRef;
      if (to.label === 'Country') countries.add(to.key);
      else orgs.add(to.key);
      b.rel('REPRESENTS', { label: 'Leader', key: l.id }, to, { title: l.title, role: l.role, since: l.since, until: l.until });
    }
  }
  // Every actor a call or a statement names gets its node, mentioned by that name or not: a country that takes part only
  // as a destination ("a visit to Nairobi"), the European Commission speaking as "the Commission" in a story that names
  // only the Community, a relayer, what a statement is about.
  const named: ActorRef[] = [...callRes.calls.flatMap((c) => c.participants), ...statements.flatMap((st) => [...st.speakers, ...st.relayers.filter((r) => r.label !== 'Country'), ...st.about])];
  for (const a of named) {
    if (a.label === 'Country') countries.add(a.key);
    else if (a.label === 'Organization') orgs.add(a.key);
  }
  for (const id of orgs) {
    const o = ORGS.get(id);
    if (!o) continue;
    b.node('Organization', id, { name: o.name, aliases: [...o.aliases].sort(), kind: o.kind });
    const c = orgCountry(o, pub);
    if (c) {
      countries.add(c);
      b.rel('PART_OF', { label: 'Organization', key: id }, { label: 'Country', key: c });
    }
  }
  for (const code of countries) {
    b.node('Country', code, { name: COUNTRY_NAMES.get(code) ?? code, aliases: [...(COUNTRY_ALIASES.get(code) ?? [])].sort() });
  }
  for (const { ref, n } of counts.values()) b.rel('MENTIONS', art, ref, { count: n });

  // Calls.
  const callRef = (c: CallRecord): NodeRef => ({ label: 'Call', key: c.id });
  for (const c of callRes.calls) {
    const names = [...c.participants].sort((x, y) => (x.label === y.label ? 0 : x.label === 'Leader' ? -1 : y.label === 'Leader' ? 1 : 0)).map((p) => displayOf(ctx, p));
    const title = `${names.join(' – ')} ${c.kind}`;
    b.node('Call', c.id, {
      kind: c.kind, status: c.status, date: c.date, datePrecision: c.precision, startTime: c.startTime ?? null,
      endTime: c.endTime ?? null, durationMinutes: c.minutes ?? null, title, confidence: c.confidence,
    });
    for (const p of c.participants) b.rel('PARTICIPATED_IN', p, callRef(c), { role: 'participant' });
    for (const pl of c.places) {
      b.node('Place', pl.id, { name: PLACES.get(pl.id)?.name ?? pl.name });
      b.rel('HELD_IN', callRef(c), { label: 'Place', key: pl.id });
    }
    if (c.date !== null && c.precision === 'day') b.rel('ON', callRef(c), dayRef(c.date));
    for (const i of [...c.reports].sort((x, y) => x - y)) {
      const s = sentences[i]!;
      b.rel('REPORTED_IN', callRef(c), art, { sentence: article.text.slice(s.start, s.end), start: s.start, end: s.end });
    }
  }
  // Topics discussed: in sentences about a call that speak of discussing, or stated during one; or
  // a topic that names the call's subject ("trade talks", "talks on arms control") when the sentence
  // tells of one call only.
  for (const s of sentences) {
    let ts = topics.filter((t) => t.start >= s.start && t.end <= s.end);
    if (ts.length === 0) continue;
    const calls = callRes.bySentence.get(s.index) ?? [];
    let target: CallRecord | null = null;
    if (/\bdiscuss|\btalked about|\bfocused on|\bagenda\b/i.test(s.text)) target = calls[0] ?? (/\b(?:two|both) leaders|\bthe leaders\b/i.test(s.text) ? callRes.main : null);
    const st = statements.find((x) => x.sentence === s.index && x.during);
    if (!target && st) target = st.during;
    if (!target && calls.length === 1) {
      ts = ts.filter((t) => namesCallSubject(text, t));
      if (ts.length > 0) target = calls[0]!;
    }
    if (target) for (const t of ts) b.rel('DISCUSSED', callRef(target), { label: 'Topic', key: t.id });
  }
  // Statements.
  for (const st of statements) {
    const ref: NodeRef = { label: 'Statement', key: st.id };
    // a day the sentence gives for the telling ("said yesterday") wins over the day of the call it was made in
    const date = st.day ?? (st.during?.precision === 'day' && st.during.date ? st.during.date : pub);
    b.node('Statement', st.id, { text: st.text, quote: st.quote, kind: st.kind, date, datePrecision: 'day', confidence: st.confidence });
    for (const sp of st.speakers) b.rel('MADE', sp, ref);
    for (const r of st.relayers) if (r.label !== 'Country') b.rel('REPORTED_BY', ref, r as NodeRef);
    for (const a of st.about) b.rel('ABOUT', ref, a as NodeRef);
    const s = sentences[st.sentence]!;
    for (const t of topics) if (t.start >= s.start && t.end <= s.end) b.rel('ABOUT', ref, { label: 'Topic', key: t.id });
    for (const c of st.aboutCalls) b.rel('ABOUT', ref, callRef(c));
    if (st.during) b.rel('DURING', ref, callRef(st.during));
    b.rel('ON', ref, dayRef(date));
    b.rel('REPORTED_IN', ref, art, { sentence: article.text.slice(s.start, s.end), start: s.start, end: s.end });
  }
  // Days of reported events, calls and statements or not ("public hearings begin on April 13",
  // dates.ts eventDays): the article MENTIONS each, counting the sentences that name it, so that no
  // Day is without provenance; the publication day has PUBLISHED_ON instead.
  const dayMentions = new Map<string, number>();
  for (const s of sentences) {
    for (const d of new Set(eventDays(s.text, ctx.pub).map((x) => x.date))) {
      if (d !== pub) dayMentions.set(d, (dayMentions.get(d) ?? 0) + 1);
    }
  }
  for (const [d, n] of [...dayMentions].sort(([x], [y]) => x.localeCompare(y))) b.rel('MENTIONS', art, dayRef(d), { count: n });
  for (const d of [...days].sort()) b.nodes.push(dayNode(d));
  return b.patch();
}
