import type { VocabularyEntry } from '@shared/domain';
import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n';
import { useNoticeStore } from '../stores/notice-store';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { labelIn } from './entry-label';
import { EntryPicker } from './EntryPicker';
import { TagSuggestions } from './TagSuggestions';
import { useVocabularyStore } from './vocabulary-store';
import './vocabulary.css';

const NONE: VocabularyEntry[] = [];

/**
 * The release's tags in the editor's metadata panel: named in the language of the version
 * being viewed (or, marked, in the source language's), added by typing any name of an entry,
 * or accepted from what the text mentions.
 */
export function TagsSection({ lang }: { lang: Lang }) {
  const t = useT();
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
                <span lang={shown?.lang}>{shown?.text ?? id}</span>
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
      />
      <TagSuggestions
        lang={lang}
        entries={entries}
        onAccept={(ids) => setTags([...tags, ...ids.filter((id) => !tags.includes(id))])}
      />
    </section>
  );
}
