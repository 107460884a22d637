import type { VocabularyEntry } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { suggestTags, type TagSuggestion } from '@shared/vocabulary/suggest';
import { useDeferredValue, useMemo } from 'react';
import { useT } from '../i18n';
import { Highlighted } from '../search/Highlighted';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { labelIn } from './entry-label';

interface TagSuggestionsProps {
  lang: Lang;
  entries: readonly VocabularyEntry[];
  onAccept(ids: string[]): void;
}

/** The mention to show: one in the version being viewed when there is one. */
function shownMention(suggestion: TagSuggestion, lang: Lang) {
  return suggestion.mentions.find((m) => m.lang === lang) ?? suggestion.mentions[0]!;
}

/** Entries the text names and the release is not tagged with, each with where it is named. */
export function TagSuggestions({ lang, entries, onAccept }: TagSuggestionsProps) {
  const t = useT();
  const draft = useOpenReleaseStore((s) => s.draft);
  // Read against the text as typed, without holding up the typing.
  const text = useDeferredValue(draft);
  const suggestions = useMemo(
    () => (text ? suggestTags(text, entries).filter((s) => !s.tagged) : []),
    [text, entries],
  );
  if (!draft || suggestions.length === 0) return null;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));

  return (
    <div className="tag-suggestions" role="group" aria-labelledby="tag-suggestions-title">
      <div className="tag-suggestions__bar">
        <h3 className="tag-suggestions__title" id="tag-suggestions-title">
          {t('tags.suggested', { count: suggestions.length })}
        </h3>
        <button
          type="button"
          className="button button--small"
          onClick={() => onAccept(suggestions.map((s) => s.entryId))}
        >
          {t('tags.acceptAll')}
        </button>
      </div>
      <ul className="tag-suggestions__list">
        {suggestions.map((suggestion) => {
          const entry = byId.get(suggestion.entryId);
          if (!entry) return null;
          const shown = labelIn(entry, lang, draft.sourceLang);
          const mention = shownMention(suggestion, lang);
          return (
            <li key={suggestion.entryId} className="tag-suggestion">
              <div className="tag-suggestion__head">
                <p className="tag-suggestion__name">
                  <span className="tag-suggestion__label" lang={shown.lang}>
                    {shown.text}
                  </span>{' '}
                  <span className="tag-suggestion__count">
                    {t('tags.mentions', { count: suggestion.mentions.length })}
                  </span>
                </p>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('tags.accept', { tag: shown.text })}
                  onClick={() => onAccept([suggestion.entryId])}
                >
                  {t('tags.acceptOne')}
                </button>
              </div>
              <p className="tag-suggestion__snippet" lang={mention.lang}>
                <Highlighted text={mention.snippet.text} ranges={mention.snippet.highlights} />
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
