/** The per-article analysis shared by the call and statement finders. */
import type { LeaderInfo } from './leaders.ts';
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

/** Who said something at the edge of a sentence ("…, the White House said in its readout."). */
export interface Attribution {
  /** Span of the attribution clause (absolute offsets). */
  start: number;
  end: number;
  verb: string;
  /** Span of the speaker's noun phrase and verb (absolute offsets). */
  npStart: number;
  npEnd: number;
  /** Actor mentions naming the speaker(s). */
  speakers: Mention[];
  /** "both sides", "the two leaders": speakers are the main call's participants. */
  collective: boolean;
  /** "he said": the speaker is the last one who spoke. */
  pronoun: boolean;
  /** "officials said", "government sources said": the country of the story (dateline) speaks. */
  officials: boolean;
  /** Mentions that relayed it ("released by the Kremlin", "TASS reported"). */
  relayers: Mention[];
  /** The reported content (absolute offsets). */
  contentStart: number;
  contentEnd: number;
}

/** Everything extraction knows about one article while it works. */
export interface ArticleContext {
  text: string;
  /**
   * The story's own day, against which relative days ("today", "yesterday", "on Tuesday") are
   * resolved: the dateline's day when it lies within two days of publication (local day of a
   * story filed abroad: "TOKYO, March 27" stamped 03-26), else the publication day.
   */
  pub: string;
  /** The publication day (YYYY-MM-DD) as the article gives it. */
  published: string;
  tokens: Token[];
  sentences: Sentence[];
  /** All mentions (gazetteer and leaders), sorted by offset. */
  mentions: Mention[];
  leaders: Map<string, LeaderInfo>;
  /** Mentions per sentence index. */
  bySentence: Mention[][];
  /** The country of the dateline ("TOKYO, March 26" → JP), if any. */
  datelineCountry: string | null;
  /** The state the story's title opens with ("SWEDEN MAKES PROPOSAL …" → SE), if any (index.ts `titleCountry`). */
  titleCountry: string | null;
  /** The day of the dateline ("MOSCOW, April 13" → 1987-04-13), if within two days of publication. */
  datelineDay: string | null;
  /** Attribution per sentence index (or null). */
  attributions: (Attribution | null)[];
  /** The states the story's title names ("U.S., JAPAN TO HOLD CHIP TALKS" → US, JP), in the order named. */
  titleStates: string[];
}

/** An actor: the graph node that takes part in a call or makes a statement. */
export interface ActorRef {
  label: 'Leader' | 'Country' | 'Organization';
  key: string;
}

/** The actor a mention stands for (places stand for none). */
export function actorOf(m: Mention): ActorRef | null {
  if (m.kind === 'leader') return { label: 'Leader', key: m.id };
  if (m.kind === 'country') return { label: 'Country', key: m.id };
  if (m.kind === 'org') return { label: 'Organization', key: m.id };
  return null;
}

/** `Label:key` of an actor, for sets and sorting. */
export function actorKey(a: ActorRef): string {
  return `${a.label}:${a.key}`;
}
