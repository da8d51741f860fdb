/** Topics from the keyword lexicon (ingest/gazetteer/topics.json). */
import { TOPICS } from './gazetteer.ts';

/** A topic mention with its offsets. */
export interface TopicHit {
  id: string;
  name: string;
  start: number;
  end: number;
}

/** Every topic keyword in the text, in order. */
export function findTopics(text: string): TopicHit[] {
  const out: TopicHit[] = [];
  for (const t of TOPICS) {
    t.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = t.re.exec(text)) !== null) out.push({ id: t.data.id, name: t.data.name, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
