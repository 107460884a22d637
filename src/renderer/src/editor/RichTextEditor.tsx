import type { TiptapDoc } from '@shared/domain';
import { describeError } from '@shared/errors';
import type { Lang } from '@shared/languages';
import type { Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { translate, useT, useUiLanguage } from '../i18n';
import { useSettingsStore } from '../stores/settings-store';
import { bodyEditorExtensions, type EditorHooks } from './body-extensions';
import { canonicalBody } from './canonical-body';
import { FormattingToolbar } from './FormattingToolbar';
import { ImageDialog, type PictureAttrs } from './ImageDialog';
import { LinkDialog } from './LinkDialog';
import { handlePaste, type PasteNotice } from './paste-content';
import { placeholderHint } from './placeholder-hint';
import { applyTypography } from './typography-command';
import { useDocumentCounts } from './use-document-counts';

interface RichTextEditorProps {
  /** The document to start from; read once, as the editor owns the text from then on. */
  content: TiptapDoc;
  /** The language of the text: spelling, quotes and the lang attribute follow it. */
  lang: Lang;
  labelId: string;
  /** Called with each change of the text (not for changes the editor makes by itself). */
  onChange(doc: TiptapDoc): void;
  /**
   * The document as stored elsewhere, when it can change under the editor (a merge with
   * another window's copy): whenever it differs from what the editor last reported, it
   * replaces the text, keeping the cursor where it was as far as the new text allows.
   */
  value?: TiptapDoc;
  size?: 'tall' | 'short';
}

type OpenDialog =
  | { kind: 'link'; href: string }
  | { kind: 'image'; pos: number | null; picture: PictureAttrs | null };

function pictureAt(editor: Editor, pos: number): PictureAttrs | null {
  const node = editor.state.doc.nodeAt(pos);
  if (node?.type.name !== 'image') return null;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { src: text(node.attrs.src), alt: text(node.attrs.alt), caption: text(node.attrs.caption) };
}

/** A rich-text editor of a release body (or a template's): toolbar, text, counts, dialogs. */
export function RichTextEditor({
  content,
  lang,
  labelId,
  onChange,
  value,
  size = 'tall',
}: RichTextEditorProps) {
  const t = useT();
  const uiLang = useUiLanguage();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState<PasteNotice | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // Built once: options that stay identical keep useEditor from reconfiguring on each render.
  const [stable] = useState(() => {
    const hooks: EditorHooks = {
      placeholder: ({ doc, node, pos }) =>
        translate(useSettingsStore.getState().uiLanguage, placeholderHint(doc, node, pos)),
      openLinkDialog: (editor) =>
        setDialog({ kind: 'link', href: String(editor.getAttributes('link').href ?? '') }),
      openImageDialog: (editor, pos) =>
        setDialog({ kind: 'image', pos, picture: pos === null ? null : pictureAt(editor, pos) }),
      applyTypography: (editor) => applyTypography(editor, lang),
      paste: (editor, event) => handlePaste(editor, event, setNotice),
    };
    return { hooks, extensions: bodyEditorExtensions(hooks), content };
  });
  const lastReported = useRef(canonicalBody(stable.content));

  const editor = useEditor({
    extensions: stable.extensions,
    content: stable.content,
    // The CSP forbids inline <style>; the few rules tiptap needs are in styles.css.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: `body-editor__content body-editor__content--${size}`,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        lang,
        spellcheck: 'true',
      },
    },
    onUpdate: ({ editor: updated }) => {
      const body = updated.getJSON() as TiptapDoc;
      const canonical = canonicalBody(body);
      if (canonical === lastReported.current) return;
      lastReported.current = canonical;
      onChangeRef.current(body);
    },
  });
  // Placeholder hints are drawn once per block and then only where text changes: laying the
  // same content over itself redraws them all in the new interface language. It is no edit:
  // the text compares equal (no save), and it stays out of the undo history.
  const shownLang = useRef(uiLang);
  useEffect(() => {
    if (shownLang.current === uiLang) return;
    shownLang.current = uiLang;
    const { state } = editor;
    const tr = state.tr.replaceWith(0, state.doc.content.size, state.doc.content);
    tr.setSelection(Selection.fromJSON(tr.doc, state.selection.toJSON()));
    editor.view.dispatch(tr.setMeta('addToHistory', false));
  }, [editor, uiLang]);

  useEffect(() => {
    if (!value || canonicalBody(value) === lastReported.current) return;
    lastReported.current = canonicalBody(value);
    const { from, to } = editor.state.selection;
    editor.commands.setContent(value, { emitUpdate: false });
    const end = editor.state.doc.content.size;
    editor.commands.setTextSelection({ from: Math.min(from, end), to: Math.min(to, end) });
  }, [editor, value]);

  const counts = useDocumentCounts(editor);

  const closeDialog = () => setDialog(null);
  const applyLink = (href: string) => {
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    closeDialog();
  };
  const removeLink = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    closeDialog();
  };
  const applyPicture = (picture: PictureAttrs) => {
    const pos = dialog?.kind === 'image' ? dialog.pos : null;
    if (pos === null) {
      editor.chain().focus().insertContent({ type: 'image', attrs: picture }).run();
    } else {
      editor.chain().focus().setNodeSelection(pos).updateAttributes('image', picture).run();
    }
    closeDialog();
  };

  return (
    <div className={`body-editor body-editor--${size}`}>
      <FormattingToolbar editor={editor} hooks={stable.hooks} />
      <EditorContent editor={editor} className="body-editor__frame" />
      {notice && <PasteNoticeBar notice={notice} onDismiss={() => setNotice(null)} />}
      <p className="body-editor__counts" aria-live="off">
        <span>{t('editor.words', { count: counts.words })}</span>
        <span>{t('editor.characters', { count: counts.characters })}</span>
      </p>
      <LinkDialog
        open={dialog?.kind === 'link'}
        href={dialog?.kind === 'link' ? dialog.href : ''}
        onApply={applyLink}
        onRemove={removeLink}
        onClose={closeDialog}
      />
      <ImageDialog
        open={dialog?.kind === 'image'}
        picture={dialog?.kind === 'image' ? dialog.picture : null}
        onApply={applyPicture}
        onClose={closeDialog}
      />
    </div>
  );
}

function PasteNoticeBar({ notice, onDismiss }: { notice: PasteNotice; onDismiss(): void }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const text =
    notice.kind === 'working'
      ? t('paste.working')
      : notice.kind === 'too-large'
        ? t('paste.tooLarge', { size: notice.megabytes, limit: notice.limitMegabytes })
        : notice.kind === 'dropped-images'
          ? t('paste.droppedImages', { count: notice.count })
          : t('paste.failed', { reason: describeError(notice.error, uiLang) });
  const isProblem = notice.kind === 'too-large' || notice.kind === 'failed';
  return (
    <div
      className={isProblem ? 'editor-notice editor-notice--error' : 'editor-notice'}
      role={isProblem ? 'alert' : 'status'}
      data-testid="paste-notice"
    >
      <span>{text}</span>
      {notice.kind !== 'working' && (
        <button type="button" className="button button--quiet button--small" onClick={onDismiss}>
          {t('app.dismiss')}
        </button>
      )}
    </div>
  );
}
