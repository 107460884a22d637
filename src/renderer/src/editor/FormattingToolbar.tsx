import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { KeyboardEvent } from 'react';
import { shortcutLabel } from '../app/platform';
import { useT } from '../i18n';
import { readDomSelection } from './dom-selection';
import {
  FORMAT_GROUPS,
  REDO,
  UNDO,
  type FormattingCommand,
  type ToolbarHooks,
} from './formatting-commands';

function selectToolbarState({ editor }: { editor: Editor }) {
  return {
    active: FORMAT_GROUPS.map((group) =>
      group.map((command) => command.isActive?.(editor) ?? false),
    ),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

/** Arrow keys move between the toolbar's buttons, as in any desktop toolbar. */
function onToolbarKeyDown(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  const buttons = [
    ...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
  ];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const step = event.key === 'ArrowRight' ? 1 : -1;
  buttons[(index + step + buttons.length) % buttons.length]?.focus();
  event.preventDefault();
}

export function FormattingToolbar({ editor, hooks }: { editor: Editor; hooks: ToolbarHooks }) {
  const t = useT();
  const state = useEditorState({ editor, selector: selectToolbarState });

  const button = (command: FormattingCommand, pressed: boolean | undefined, disabled = false) => (
    <button
      key={command.label}
      type="button"
      className="tool-button"
      title={
        command.shortcut
          ? `${t(command.label)} (${shortcutLabel(command.shortcut)})`
          : t(command.label)
      }
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the text selection: a click must not move focus out of the editor.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        readDomSelection(editor);
        command.run(editor, hooks);
      }}
    >
      <span aria-hidden="true">{command.content}</span>
      <span className="sr-only">{t(command.label)}</span>
    </button>
  );

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      onKeyDown={onToolbarKeyDown}
    >
      {FORMAT_GROUPS.map((group, g) => (
        <div className="toolbar__group" key={g}>
          {group.map((command, c) => button(command, state.active[g]?.[c] ?? false))}
        </div>
      ))}
      <div className="toolbar__group toolbar__group--end">
        {button(UNDO, undefined, !state.canUndo)}
        {button(REDO, undefined, !state.canRedo)}
      </div>
    </div>
  );
}
