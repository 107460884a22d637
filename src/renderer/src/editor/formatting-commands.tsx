import type { Editor } from '@tiptap/core';
import type { ReactNode } from 'react';
import {
  BulletListIcon,
  ImageIcon,
  LinkIcon,
  OrderedListIcon,
  QuoteIcon,
  RedoIcon,
  UndoIcon,
} from '../components/icons';
import type { MessageKey } from '../i18n';
import type { EditorHooks } from './body-extensions';

/** What a toolbar button may ask of the editor's screen: the dialogs live there. */
export type ToolbarHooks = Pick<EditorHooks, 'openLinkDialog' | 'openImageDialog' | 'applyTypography'>;

export interface FormattingCommand {
  label: MessageKey;
  /** Its keyboard shortcut, as 'Mod+B', if it has one; shown, not bound, here. */
  shortcut?: string;
  content: ReactNode;
  isActive?(editor: Editor): boolean;
  run(editor: Editor, hooks: ToolbarHooks): void;
}

export const FORMAT_GROUPS: FormattingCommand[][] = [
  [
    {
      label: 'toolbar.bold',
      shortcut: 'Mod+B',
      content: <b>B</b>,
      isActive: (e) => e.isActive('bold'),
      run: (e) => e.chain().focus().toggleBold().run(),
    },
    {
      label: 'toolbar.italic',
      shortcut: 'Mod+I',
      content: <i>I</i>,
      isActive: (e) => e.isActive('italic'),
      run: (e) => e.chain().focus().toggleItalic().run(),
    },
    {
      label: 'toolbar.underline',
      shortcut: 'Mod+U',
      content: <u>U</u>,
      isActive: (e) => e.isActive('underline'),
      run: (e) => e.chain().focus().toggleUnderline().run(),
    },
  ],
  [
    {
      label: 'toolbar.heading2',
      shortcut: 'Mod+Alt+2',
      content: 'H2',
      isActive: (e) => e.isActive('heading', { level: 2 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      label: 'toolbar.heading3',
      shortcut: 'Mod+Alt+3',
      content: 'H3',
      isActive: (e) => e.isActive('heading', { level: 3 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    },
  ],
  [
    {
      label: 'toolbar.bulletList',
      shortcut: 'Mod+Shift+8',
      content: <BulletListIcon />,
      isActive: (e) => e.isActive('bulletList'),
      run: (e) => e.chain().focus().toggleBulletList().run(),
    },
    {
      label: 'toolbar.orderedList',
      shortcut: 'Mod+Shift+7',
      content: <OrderedListIcon />,
      isActive: (e) => e.isActive('orderedList'),
      run: (e) => e.chain().focus().toggleOrderedList().run(),
    },
    {
      label: 'toolbar.blockquote',
      shortcut: 'Mod+Shift+B',
      content: <QuoteIcon />,
      isActive: (e) => e.isActive('blockquote'),
      run: (e) => e.chain().focus().toggleBlockquote().run(),
    },
  ],
  [
    {
      label: 'toolbar.link',
      shortcut: 'Mod+K',
      content: <LinkIcon />,
      isActive: (e) => e.isActive('link'),
      run: (e, hooks) => hooks.openLinkDialog(e),
    },
    {
      label: 'toolbar.image',
      content: <ImageIcon />,
      isActive: (e) => e.isActive('image'),
      run: (e, hooks) => hooks.openImageDialog(e, e.isActive('image') ? e.state.selection.from : null),
    },
    {
      label: 'toolbar.typography',
      shortcut: 'Mod+Alt+Q',
      content: '«»',
      run: (e, hooks) => hooks.applyTypography(e),
    },
  ],
];

export const UNDO: FormattingCommand = {
  label: 'toolbar.undo',
  shortcut: 'Mod+Z',
  content: <UndoIcon />,
  run: (e) => e.chain().focus().undo().run(),
};

export const REDO: FormattingCommand = {
  label: 'toolbar.redo',
  shortcut: 'Mod+Shift+Z',
  content: <RedoIcon />,
  run: (e) => e.chain().focus().redo().run(),
};
