import type { VocabularyEntry } from '@shared/domain';
import { useEffect } from 'react';
import { shortcutLabel } from '../app/platform';
import { useT, useUiLanguage } from '../i18n';
import { useNoticeStore } from '../stores/notice-store';
import { labelIn } from '../vocabulary/entry-label';
import { EntryPicker } from '../vocabulary/EntryPicker';
import { useVocabularyStore } from '../vocabulary/vocabulary-store';
import { SEARCH_BOX_ID } from './search-box';
import { useSearchStore } from './search-store';
import { SearchStatusLine } from './SearchStatusLine';
import './search.css';

const NONE: VocabularyEntry[] = [];

/**
 * The search box and the tag filter, atop the list's other filters. Titles, leads, bodies and
 * tags of every language version are searched as one types.
 */
export function SearchBar() {
  const t = useT();
  const uiLang = useUiLanguage();
  const text = useSearchStore((s) => s.text);
  const tags = useSearchStore((s) => s.tags);
  const entries = useVocabularyStore((s) => s.entries) ?? NONE;
  const { setText, addTag, removeTag } = useSearchStore.getState();

  useEffect(() => {
    useVocabularyStore.getState().ensureLoaded().catch(useNoticeStore.getState().report);
  }, []);

  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (
    <div className="search-bar">
      <div className="list-toolbar__field search-bar__query">
        <label htmlFor={SEARCH_BOX_ID}>{t('search.label')}</label>
        <input
          id={SEARCH_BOX_ID}
          type="search"
          className="field__input field__input--compact"
          aria-keyshortcuts="Control+F Meta+F /"
          placeholder={t('search.placeholder', { shortcut: shortcutLabel('Mod+F') })}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="list-toolbar__field search-bar__tags">
        <EntryPicker
          id="search-tag-filter"
          label={t('search.tagFilter')}
          entries={entries}
          exclude={new Set(tags)}
          lang={uiLang}
          placeholder={t('search.tagPlaceholder')}
          onPick={(entry) => addTag(entry.id)}
        />
      </div>
      {tags.length > 0 && (
        <ul className="tag-chips search-bar__chosen" aria-label={t('search.chosenTags')}>
          {tags.map((id) => {
            const entry = byId.get(id);
            const shown = entry ? labelIn(entry, uiLang) : null;
            const name = shown?.text ?? id;
            return (
              <li key={id} className="tag-chip">
                <span lang={shown?.lang}>{name}</span>
                <button
                  type="button"
                  className="tag-chip__remove"
                  aria-label={t('search.removeTag', { tag: name })}
                  title={t('search.removeTag', { tag: name })}
                  onClick={() => removeTag(id)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <SearchStatusLine />
    </div>
  );
}
