import type { BoilerplateSnippet } from '@shared/domain';
import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import { useState } from 'react';
import { PlusIcon, TrashIcon } from '../components/icons';
import { useT, useUiLanguage } from '../i18n';
import { useDraftingStore } from '../stores/drafting-store';
import { useNoticeStore } from '../stores/notice-store';
import { SaveIndicator } from './SaveIndicator';
import { useDebouncedSave } from './use-debounced-save';

function newSnippetId(): string {
  return `snippet-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Reusable boilerplate texts ("About the press centre"), each in as many languages as needed. */
export function SnippetsEditor() {
  const t = useT();
  const uiLang = useUiLanguage();
  const snippets = useDraftingStore((s) => s.snippets) ?? [];
  const saveSnippet = useDraftingStore((s) => s.saveSnippet);
  const deleteSnippet = useDraftingStore((s) => s.deleteSnippet);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = snippets.find((s) => s.id === selectedId) ?? snippets[0] ?? null;
  const report = useNoticeStore.getState().report;

  const add = async () => {
    const snippet: BoilerplateSnippet = { id: newSnippetId(), name: t('snippets.newName'), texts: {} };
    try {
      await saveSnippet(snippet);
      setSelectedId(snippet.id);
    } catch (error) {
      report(error);
    }
  };

  return (
    <div className="snippets">
      <div className="snippets__list">
        <ul className="side-list" aria-label={t('snippets.list')}>
          {snippets.map((snippet) => (
            <li key={snippet.id}>
              <button
                type="button"
                className="side-list__item"
                aria-current={snippet.id === selected?.id ? 'true' : undefined}
                onClick={() => setSelectedId(snippet.id)}
              >
                {snippet.name}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button button--small" onClick={() => void add()}>
          <PlusIcon />
          {t('snippets.add')}
        </button>
      </div>
      {selected ? (
        <SnippetForm
          key={selected.id}
          snippet={selected}
          initialLang={uiLang}
          onDelete={() => void deleteSnippet(selected.id).then(() => setSelectedId(null), report)}
        />
      ) : (
        <p className="field__hint">{t('snippets.none')}</p>
      )}
    </div>
  );
}

function SnippetForm({
  snippet,
  initialLang,
  onDelete,
}: {
  snippet: BoilerplateSnippet;
  initialLang: Lang;
  onDelete(): void;
}) {
  const t = useT();
  const saveSnippet = useDraftingStore((s) => s.saveSnippet);
  const { value, change, state, error, retry } = useDebouncedSave(snippet, saveSnippet);
  const [lang, setLang] = useState<Lang>(initialLang);
  return (
    <div className="snippet-form">
      <div className="template-editor__bar">
        <SaveIndicator state={state} error={error} onRetry={() => void retry()} />
        <button type="button" className="button button--quiet" onClick={onDelete}>
          <TrashIcon />
          {t('snippets.delete')}
        </button>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="snippet-name">
          {t('snippets.name')}
        </label>
        <input
          id="snippet-name"
          className="field__input"
          value={value.name}
          maxLength={200}
          onChange={(event) => change({ ...value, name: event.target.value })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="snippet-lang">
          {t('templates.language')}
        </label>
        <select
          id="snippet-lang"
          className="field__input field__input--compact"
          value={lang}
          onChange={(event) => setLang(event.target.value as Lang)}
        >
          {LANGS.map((option) => (
            <option key={option} value={option} lang={option}>
              {LANG_NATIVE_NAMES[option]}
              {value.texts[option] ? '' : ` — ${t('templates.noVersion')}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="snippet-text">
          {t('snippets.text')}
        </label>
        <textarea
          id="snippet-text"
          className="field__input field__input--grow"
          lang={lang}
          rows={6}
          value={value.texts[lang] ?? ''}
          maxLength={20_000}
          onChange={(event) => change({ ...value, texts: { ...value.texts, [lang]: event.target.value } })}
        />
      </div>
    </div>
  );
}
