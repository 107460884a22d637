import type { Release } from '@shared/domain';
import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import { displayStatus } from '@shared/review/needs-update';
import type { ReleaseReview } from '@shared/review/review-report';
import { useRef, type KeyboardEvent } from 'react';
import { versionOrder } from '../editor/version-order';
import { useT } from '../i18n';

export function versionTabId(lang: Lang): string {
  return `review-tab-${lang}`;
}
export const REVIEW_PANEL_ID = 'review-panel';

interface VersionSwitchProps {
  release: Release;
  review: ReleaseReview | null;
  lang: Lang;
  onSelect(lang: Lang): void;
}

/** The versions of the release as tabs, each with its status and whether it is behind the source. */
export function VersionSwitch({ release, review, lang, onSelect }: VersionSwitchProps) {
  const t = useT();
  const tabs = useRef<Partial<Record<Lang, HTMLButtonElement | null>>>({});
  const langs = versionOrder(release.sourceLang, release.variants);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = langs.indexOf(lang);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: langs.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = langs[(next + langs.length) % langs.length]!;
    onSelect(target);
    tabs.current[target]?.focus();
  };

  return (
    <div className="tabs review-tabs" role="tablist" aria-label={t('editor.versions')} onKeyDown={onKeyDown}>
      {langs.map((option) => {
        const status = displayStatus(release, option) ?? 'draft';
        // "Needs update" already says it: the chip is for versions not yet approved.
        const outdated =
          status !== 'needs-update' &&
          review?.versions.find((v) => v.lang === option)?.outdated?.state === 'outdated';
        const selected = option === lang;
        return (
          <button
            key={option}
            ref={(el) => {
              tabs.current[option] = el;
            }}
            type="button"
            role="tab"
            id={versionTabId(option)}
            aria-controls={REVIEW_PANEL_ID}
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className="tab"
            data-status={status}
            onClick={() => onSelect(option)}
          >
            <span lang={option}>{LANG_NATIVE_NAMES[option]}</span>
            {option === release.sourceLang && (
              <span className="tab__note">{t('editor.sourceLanguage')}</span>
            )}
            <span className="tab__status">
              <span className="lang-badge__dot" aria-hidden="true" />
              {t(`status.${status}`)}
            </span>
            {outdated && <span className="review-tag review-tag--update">{t('review.tab.outdated')}</span>}
          </button>
        );
      })}
    </div>
  );
}
