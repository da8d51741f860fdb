/** The Cypher editor: CodeMirror 6 with the legacy Cypher mode for highlighting and model-aware completion. */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { cypherVocabulary } from '../core/results.ts';

const VOCAB = cypherVocabulary();

function complete(ctx: CompletionContext): CompletionResult | null {
  const word = ctx.matchBefore(/[:.]?\w*/);
  if (!word || (word.from === word.to && !ctx.explicit)) return null;
  const prefix = word.text[0] === ':' || word.text[0] === '.' ? word.text[0] : '';
  const options = VOCAB.filter((v) => (prefix === ':' ? v.type === 'class' || v.type === 'type' : prefix === '.' ? v.type === 'property' : true))
    .map((v) => ({ label: v.label, type: v.type === 'class' ? 'class' : v.type === 'type' ? 'type' : v.type === 'property' ? 'property' : v.type }));
  return { from: word.from + prefix.length, options, validFor: /^\w*$/ };
}

export interface CypherEditor {
  view: EditorView;
  get(): string;
  set(text: string): void;
  /** Puts the cursor at an offset and scrolls to it. */
  mark(offset: number): void;
}

/** Creates the editor in `parent`; Ctrl/Cmd-Enter calls `onRun`. */
export function createEditor(parent: HTMLElement, initial: string, onRun: () => void): CypherEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: initial,
      extensions: [
        lineNumbers(),
        history(),
        bracketMatching(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        autocompletion({ override: [complete] }),
        placeholder('MATCH (l:Leader)-[:PARTICIPATED_IN]->(c:Call) RETURN l, c LIMIT 25'),
        keymap.of([{ key: 'Mod-Enter', run: () => { onRun(); return true; } }, ...defaultKeymap, ...historyKeymap]),
        EditorView.theme({ '&': { fontSize: '13px', height: '100%' }, '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' } }),
      ],
    }),
  });
  return {
    view,
    get: () => view.state.doc.toString(),
    set: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    mark: (offset) => {
      const pos = Math.min(offset, view.state.doc.length);
      view.dispatch({ selection: { anchor: pos, head: Math.min(view.state.doc.length, pos + 1) }, scrollIntoView: true });
      view.focus();
    },
  };
}
