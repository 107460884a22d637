import type { VocabularyEntry } from '@shared/domain';
import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import { describeError } from '@shared/errors';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { apiErrorOf } from '../api';
import { useT, useUiLanguage } from '../i18n';
import { useNoticeStore } from '../stores/notice-store';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { labelIn } from './entry-label';
import { EntryPicker } from './EntryPicker';
import { TagSuggestions } from './TagSuggestions';
import { useVocabularyStore } from './vocabulary-store';
import './vocabulary.css';

const NONE: VocabularyEntry[] = [];

/** The outcome of creating a tag from the tag field, shown until the next one. */
type Creation = { created: { id: string; name: string } } | { failed: { name: string; reason: string } };

/**
 * The release's tags in the editor's metadata panel: named in the language of the version
 * being viewed (or, marked, in the source language's), added by typing any name of an entry,
 * created from a name no entry has (a topic, named in that language), or accepted from what
 * the text mentions.
 */
export function TagsSection({ lang }: { lang: Lang }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const [creation, setCreation] = useState<Creation | null>(null);
  const entries = useVocabularyStore((s) => s.entries) ?? NONE;
  const release = useOpenReleaseStore(
    useShallow((s) => (s.draft ? { tags: s.draft.tags, sourceLang: s.draft.sourceLang } : null)),
  );
  const editFields = useOpenReleaseStore((s) => s.editFields);

  useEffect(() => {
    useVocabularyStore.getState().ensureLoaded().catch(useNoticeStore.getState().report);
  }, []);

  if (!release) return null;
  const { tags, sourceLang } = release;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const setTags = (next: string[]) => editFields({ tags: next });
  // Main validates the new entry like any other (a name another entry has, a "|" in it).
  const create = async (name: string) => {
    try {
      const entry = await useVocabularyStore
        .getState()
        .save({ type: 'topic', labels: { [lang]: name }, aliases: {} });
      const current = useOpenReleaseStore.getState().draft?.tags ?? [];
      editFields({ tags: [...current, entry.id] });
      setCreation({ created: { id: entry.id, name } });
    } catch (error) {
      setCreation({ failed: { name, reason: describeError(apiErrorOf(error), uiLang) } });
    }
  };
  const undoCreation = (id: string) => {
    const current = useOpenReleaseStore.getState().draft?.tags ?? [];
    editFields({ tags: current.filter((tag) => tag !== id) });
    setCreation(null);
  };

  return (
    <section className="meta-section" aria-labelledby="meta-tags">
      <h2 className="meta-section__title" id="meta-tags">
        {t('tags.heading')}
      </h2>
      {tags.length === 0 ? (
        <p className="field__hint">{t('tags.none')}</p>
      ) : (
        <ul className="tag-chips" aria-label={t('tags.list')}>
          {tags.map((id) => {
            const entry = byId.get(id);
            const shown = entry ? labelIn(entry, lang, sourceLang) : null;
            return (
              <li key={id} className={entry ? 'tag-chip' : 'tag-chip tag-chip--unknown'}>
                <span className="tag-chip__label" lang={shown?.lang} title={shown?.text ?? id}>
                  {shown?.text ?? id}
                </span>
                {shown?.fallback && (
                  <span
                    className="tag-chip__lang"
                    title={t('tags.fallback', {
                      language: LANG_NATIVE_NAMES[lang],
                      shown: LANG_NATIVE_NAMES[shown.lang],
                    })}
                  >
                    <span aria-hidden="true">{shown.lang.toUpperCase()}</span>
                    <span className="sr-only">
                      {t('tags.fallback', {
                        language: LANG_NATIVE_NAMES[lang],
                        shown: LANG_NATIVE_NAMES[shown.lang],
                      })}
                    </span>
                  </span>
                )}
                <button
                  type="button"
                  className="tag-chip__remove"
                  aria-label={t('tags.remove', { tag: shown?.text ?? id })}
                  title={t('tags.remove', { tag: shown?.text ?? id })}
                  onClick={() => setTags(tags.filter((tag) => tag !== id))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <EntryPicker
        id="meta-tag-add"
        label={t('tags.add')}
        labelClassName="field__label"
        entries={entries}
        exclude={new Set(tags)}
        lang={lang}
        placeholder={t('tags.addPlaceholder')}
        onPick={(entry) => setTags([...tags, entry.id])}
        onCreate={(name) => void create(name)}
      />
      {creation && 'created' in creation && (
        <p className="tag-created" role="status">
          <span>{t('tags.created', { tag: creation.created.name })}</span>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={t('tags.undoCreateLabel', { tag: creation.created.name })}
            onClick={() => undoCreation(creation.created.id)}
          >
            {t('tags.undoCreate')}
          </button>
        </p>
      )}
      {creation && 'failed' in creation && (
        <p className="field__error" role="alert">
          {t('tags.createFailed', { tag: creation.failed.name, reason: creation.failed.reason })}
        </p>
      )}
      <TagSuggestions
        lang={lang}
        entries={entries}
        onAccept={(ids) => setTags([...tags, ...ids.filter((id) => !tags.includes(id))])}
      />
    </section>
  );
}
