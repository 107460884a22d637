import { LANG_NATIVE_NAMES } from '@shared/languages';
import type { SearchHit } from '@shared/search/query';
import { formatCalendarDate, useT, useUiLanguage } from '../i18n';
import { useNoticeStore } from '../stores/notice-store';
import { Highlighted } from './Highlighted';
import { openSearchHit } from './open-hit';
import { useSearchStore } from './search-store';

function SearchHitItem({ hit }: { hit: SearchHit }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const open = () => openSearchHit(hit.id, hit.lang).catch(useNoticeStore.getState().report);
  const others = hit.langs.filter((lang) => lang !== hit.lang);
  return (
    // The whole row opens the release for the mouse; the title's button is the one to tab to.
    <li className="search-hit" onClick={() => void open()}>
      <h2 className="search-hit__title">
        <button
          type="button"
          className="search-hit__open"
          lang={hit.lang}
          onClick={(event) => {
            event.stopPropagation();
            void open();
          }}
        >
          {hit.title || t('list.untitled')}
        </button>
      </h2>
      <p className="search-hit__meta">
        {t(`kind.${hit.kind}`)}
        <span aria-hidden="true"> · </span>
        <time dateTime={hit.date}>{formatCalendarDate(hit.date, uiLang)}</time>
        <span aria-hidden="true"> · </span>
        <span className="lang-badge lang-badge--source" lang={hit.lang}>
          {LANG_NATIVE_NAMES[hit.lang]}
        </span>
        {others.length > 0 && (
          <span className="search-hit__others">
            {t('search.alsoIn', {
              languages: others.map((lang) => LANG_NATIVE_NAMES[lang]).join(', '),
            })}
          </span>
        )}
      </p>
      {hit.snippet.text && (
        <p className="search-hit__snippet" lang={hit.lang}>
          <Highlighted text={hit.snippet.text} ranges={hit.snippet.highlights} />
        </p>
      )}
    </li>
  );
}

/** The list as search shows it: releases best matching first, each at its matching version. */
export function SearchResults() {
  const t = useT();
  const result = useSearchStore((s) => s.result);
  const loadMore = useSearchStore((s) => s.loadMore);
  if (!result) return null;
  return (
    <section className="search-results" aria-labelledby="search-results-count">
      <p className="search-results__count" id="search-results-count" role="status">
        {t('search.found', { count: result.total })}
      </p>
      {result.hits.length === 0 ? (
        <p className="list-no-match">{t('search.nothing')}</p>
      ) : (
        <ol className="search-results__list">
          {result.hits.map((hit) => (
            <SearchHitItem key={hit.id} hit={hit} />
          ))}
        </ol>
      )}
      {result.hits.length < result.total && (
        <div className="list-more">
          <button
            type="button"
            className="button"
            onClick={() => loadMore().catch(useNoticeStore.getState().report)}
          >
            {t('list.more')}
          </button>
        </div>
      )}
    </section>
  );
}
