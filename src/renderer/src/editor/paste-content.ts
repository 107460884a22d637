/**
 * Paste into a body. HTML from outside the editor (Word, LibreOffice, Google Docs, a web
 * page) goes to main's sanitiser and comes back as body content, so paste and import share
 * one set of rules; pictures pasted as files are stored in the library. What the editor
 * copied itself, and plain text, ProseMirror handles as usual: its schema admits nothing else.
 */
import { MAX_ASSET_BYTES } from '@shared/body-image';
import { MAX_PASTE_HTML_CHARS } from '@shared/drafting-api';
import type { ApiError } from '@shared/errors';
import type { Editor } from '@tiptap/core';
import { Slice, type Fragment, type Node as PmNode } from '@tiptap/pm/model';
import { api, apiErrorOf } from '../api';
import { fileToBase64 } from './asset-urls';

export type PasteNotice =
  | { kind: 'working' }
  | { kind: 'too-large'; megabytes: number; limitMegabytes: number }
  | { kind: 'dropped-images'; count: number }
  | { kind: 'failed'; error: ApiError };

/** Shown only if the paste takes longer than this, so a quick one does not flicker. */
const WORKING_NOTICE_DELAY_MS = 300;

function megabytes(size: number): number {
  return Math.max(1, Math.round(size / 1024 / 1024));
}

async function withWorkingNotice<T>(notify: (notice: PasteNotice | null) => void, work: Promise<T>) {
  const timer = setTimeout(() => notify({ kind: 'working' }), WORKING_NOTICE_DELAY_MS);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Only a paragraph at either end is left open, to join the text around the caret; a heading,
 * list or quotation there stays a block of its own (an open one would pour its text into the
 * paragraph it lands in).
 */
function pastedSlice(fragment: Fragment): Slice {
  const open = (node: PmNode | null) => (node?.type.name === 'paragraph' ? 1 : 0);
  return new Slice(fragment, open(fragment.firstChild), open(fragment.lastChild));
}

function insertDoc(editor: Editor, doc: unknown): void {
  const fragment = editor.schema.nodeFromJSON(doc).content;
  editor.view.dispatch(editor.state.tr.replaceSelection(pastedSlice(fragment)).scrollIntoView());
  editor.commands.focus();
}

export async function insertPictures(
  editor: Editor,
  files: File[],
  notify: (notice: PasteNotice | null) => void,
): Promise<void> {
  try {
    const stored = await withWorkingNotice(
      notify,
      Promise.all(
        files.map(async (file) => api.call('assets.put', { data: await fileToBase64(file) })),
      ),
    );
    const content = stored.map(({ src }) => ({ type: 'image', attrs: { src, alt: '', caption: '' } }));
    editor.chain().focus().insertContent(content).run();
    notify(null);
  } catch (error) {
    notify({ kind: 'failed', error: apiErrorOf(error) });
  }
}

/** ProseMirror's handlePaste: true when this module took the paste over. */
export function handlePaste(
  editor: Editor,
  event: ClipboardEvent,
  notify: (notice: PasteNotice | null) => void,
): boolean {
  const data = event.clipboardData;
  if (!data) return false;
  const html = data.getData('text/html');
  const pictures = [...data.files].filter((file) => file.type.startsWith('image/'));
  if (!html && pictures.length > 0) {
    event.preventDefault();
    const tooLarge = pictures.find((file) => file.size > MAX_ASSET_BYTES);
    if (tooLarge) {
      const limit = megabytes(MAX_ASSET_BYTES);
      notify({ kind: 'too-large', megabytes: megabytes(tooLarge.size), limitMegabytes: limit });
    } else {
      void insertPictures(editor, pictures, notify);
    }
    return true;
  }
  if (!html || html.includes('data-pm-slice')) return false;
  event.preventDefault();
  if (html.length > MAX_PASTE_HTML_CHARS) {
    const limit = megabytes(MAX_PASTE_HTML_CHARS);
    notify({ kind: 'too-large', megabytes: megabytes(html.length), limitMegabytes: limit });
    return true;
  }
  void withWorkingNotice(notify, api.call('import.html', { html })).then(
    ({ doc, droppedImages }) => {
      insertDoc(editor, doc);
      notify(droppedImages > 0 ? { kind: 'dropped-images', count: droppedImages } : null);
    },
    (error: unknown) => notify({ kind: 'failed', error: apiErrorOf(error) }),
  );
  return true;
}
