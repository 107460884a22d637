import type { ReleaseSummary } from '@shared/domain';
import type { Ref } from 'react';
import { StatusBadges } from '../components/StatusBadges';
import { formatCalendarDate, useT, useUiLanguage } from '../i18n';
import { useReleasesStore } from '../stores/releases-store';
import { displayTitle } from './display-title';

interface ReleaseRowProps {
  summary: ReleaseSummary;
  active: boolean;
  rowRef: Ref<HTMLLIElement>;
  onOpen(): void;
  onFocus(): void;
}

export function ReleaseRow({ summary, active, rowRef, onOpen, onFocus }: ReleaseRowProps) {
  const t = useT();
  const lang = useUiLanguage();
  const titleLang = useReleasesStore((s) => s.titleLang);
  const title = displayTitle(summary, titleLang ?? lang);
  return (
    <li
      ref={rowRef}
      id={`release-${summary.id}`}
      className="release-row"
      role="option"
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      onClick={onOpen}
      onFocus={onFocus}
    >
      <div className="release-row__main">
        <span
          className={title.text ? 'release-row__title' : 'release-row__title is-untitled'}
          lang={title.lang}
        >
          {title.text || t('list.untitled')}
        </span>
        <span className="release-row__meta">
          {t(`kind.${summary.kind}`)}
          <span aria-hidden="true"> · </span>
          <time dateTime={summary.date}>{formatCalendarDate(summary.date, lang)}</time>
        </span>
      </div>
      <StatusBadges
        statuses={summary.statuses}
        needsUpdate={summary.needsUpdate}
        sourceLang={summary.sourceLang}
      />
    </li>
  );
}
