import { imageHtml } from '@shared/body-image';
import { editorExtensions } from '@shared/editor-extensions';
import { Extension, Node, type Editor, type Extensions } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, type EditorState, type Transaction } from '@tiptap/pm/state';
import { CharacterCount, Placeholder } from '@tiptap/extensions';
import { readDomSelection } from './dom-selection';
import { imageNodeView } from './image-node-view';

const editorImageHtml = imageHtml('data-asset');

/** Words are runs of non-space (\s covers every Unicode space): the default splits on ' ' only. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** What the editor asks of the screen around it. */
export interface EditorHooks {
  /** The hint shown in an empty block of `doc`: what belongs there. */
  placeholder(props: { doc: PmNode; node: PmNode; pos: number }): string;
  openLinkDialog(editor: Editor): void;
  /** `pos`: the picture to edit; null to insert one. */
  openImageDialog(editor: Editor, pos: number | null): void;
  applyTypography(editor: Editor): void;
  /** True when the paste was taken over (see paste-content.ts). */
  paste(editor: Editor, event: ClipboardEvent): boolean;
}

/**
 * Tiptap's Placeholder draws its hints while a transaction is applied and hands over only the
 * block and its position, in a document the editor's state does not hold yet. This plugin,
 * applied just before it, keeps that document for the hint to look the block's parent up in.
 */
function decoratedDocument(): { extension: Extension; current(): PmNode | null } {
  let doc: PmNode | null = null;
  const extension = Extension.create({
    name: 'pressOfficeDecoratedDocument',
    priority: 1000,
    addProseMirrorPlugins() {
      const state = {
        init: (_config: unknown, editorState: EditorState) => {
          doc = editorState.doc;
        },
        apply: (tr: Transaction) => {
          doc = tr.doc;
        },
      };
      return [new Plugin({ state })];
    },
  });
  return { extension, current: () => doc };
}

/** The shared body schema plus what only the interactive editor needs. */
export function bodyEditorExtensions(hooks: EditorHooks): Extensions {
  const decorated = decoratedDocument();
  const interaction = Extension.create({
    name: 'pressOfficeInteraction',
    addKeyboardShortcuts() {
      return {
        'Mod-k': () => {
          readDomSelection(this.editor);
          hooks.openLinkDialog(this.editor);
          return true;
        },
        'Mod-Alt-q': () => {
          readDomSelection(this.editor);
          hooks.applyTypography(this.editor);
          return true;
        },
      };
    },
    addProseMirrorPlugins() {
      const editor = this.editor;
      // Before ProseMirror's own handling, which would parse the markup first (style
      // attributes and all, each a CSP report) only to have it replaced.
      const handleDOMEvents = { paste: (_view: unknown, event: ClipboardEvent) => hooks.paste(editor, event) };
      return [new Plugin({ props: { handleDOMEvents } })];
    },
  });
  return [
    ...editorExtensions().map((extension) =>
      // The schema stays the shared one; only how a picture is drawn is the editor's own.
      extension.name === 'image'
        ? (extension as Node).extend({
            addNodeView: () => imageNodeView(hooks.openImageDialog),
            // Copies and redraws keep the library path out of src (see imageHtml).
            parseHTML() {
              return [...editorImageHtml.parseRules, ...(this.parent?.() ?? [])];
            },
            renderHTML: ({ node, HTMLAttributes }) =>
              editorImageHtml.render(node.attrs, HTMLAttributes),
          })
        : extension,
    ),
    decorated.extension,
    Placeholder.configure({
      placeholder: ({ editor, node, pos }) =>
        hooks.placeholder({ doc: decorated.current() ?? editor.state.doc, node, pos }),
      // A template's structure shows what each empty block is for, not only the current one.
      showOnlyCurrent: false,
      includeChildren: true,
    }),
    CharacterCount.configure({ wordCounter: countWords }),
    interaction,
  ];
}
