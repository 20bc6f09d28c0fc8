'use client';
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import CodeMirror, { EditorView, keymap, Prec } from '@uiw/react-codemirror';
import { useMemo, useRef } from 'react';

const cypherLanguage = StreamLanguage.define(cypher);

export interface CypherEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl+Enter (Cmd+Enter on a Mac): runs the text as it is in the editor now */
  onRun: (query: string) => void;
  theme: 'light' | 'dark';
}

/** The console's editor: CodeMirror with Cypher highlighting; loaded in the browser only. */
export default function CypherEditor({ value, onChange, onRun, theme }: CypherEditorProps) {
  const onRunRef = useRef(onRun);
  onRunRef.current = onRun;
  const extensions = useMemo(() => {
    const run = (view: EditorView) => {
      onRunRef.current(view.state.doc.toString());
      return true;
    };
    return [
      cypherLanguage,
      EditorView.lineWrapping,
      Prec.highest(
        keymap.of([
          { key: 'Mod-Enter', run },
          { key: 'Ctrl-Enter', run },
        ]),
      ),
    ];
  }, []);
  return (
    <CodeMirror
      value={value}
      onChange={onChange}
      extensions={extensions}
      theme={theme}
      minHeight="140px"
      maxHeight="360px"
      basicSetup={{ autocompletion: false, foldGutter: false }}
      aria-label="Cypher query"
      data-testid="cypher-editor"
    />
  );
}
