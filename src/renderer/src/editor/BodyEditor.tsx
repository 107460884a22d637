import type { TiptapDoc } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { translate, useT, useUiLanguage } from '../i18n';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { useSettingsStore } from '../stores/settings-store';
import { bodyEditorExtensions } from './body-extensions';
import { canonicalBody } from './canonical-body';
import { FormattingToolbar } from './FormattingToolbar';

interface BodyEditorProps {
  lang: Lang;
  labelId: string;
}

const EMPTY_DOC: TiptapDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

function currentPlaceholder(): string {
  return translate(useSettingsStore.getState().uiLanguage, 'editor.bodyPlaceholder');
}

/** The body editor of one language version; it owns its text and reports every change. */
export function BodyEditor({ lang, labelId }: BodyEditorProps) {
  const t = useT();
  const uiLang = useUiLanguage();
  // Read once: options that stay identical keep useEditor from reconfiguring on each render.
  const [stable] = useState(() => ({
    extensions: bodyEditorExtensions(currentPlaceholder),
    content: useOpenReleaseStore.getState().draft?.variants[lang]?.body ?? EMPTY_DOC,
    editorProps: {
      attributes: {
        class: 'body-editor__content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        lang,
        spellcheck: 'true',
      },
    },
  }));

  const lastReported = useRef(canonicalBody(stable.content));

  const editor = useEditor({
    ...stable,
    // The CSP forbids inline <style>; the few rules tiptap needs are in styles.css.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: updated }) => {
      const body = updated.getJSON() as TiptapDoc;
      const canonical = canonicalBody(body);
      if (canonical === lastReported.current) return;
      lastReported.current = canonical;
      useOpenReleaseStore.getState().edit(lang, { body });
    },
  });

  // The placeholder is computed when decorations are; an empty transaction redraws it.
  useEffect(() => {
    editor.view.dispatch(editor.state.tr.setMeta('uiLanguage', uiLang));
  }, [editor, uiLang]);

  const counts = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      words: e.storage.characterCount.words(),
      characters: e.storage.characterCount.characters(),
    }),
  });

  return (
    <div className="body-editor">
      <FormattingToolbar editor={editor} />
      <EditorContent editor={editor} className="body-editor__frame" />
      <p className="body-editor__counts" aria-live="off">
        <span>{t('editor.words', { count: counts.words })}</span>
        <span>{t('editor.characters', { count: counts.characters })}</span>
      </p>
    </div>
  );
}
