import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import { useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { variantStatuses } from './variant-statuses';
import { versionOrder } from './version-order';

export function tabId(lang: Lang): string {
  return `variant-tab-${lang}`;
}
export function panelId(lang: Lang): string {
  return `variant-panel-${lang}`;
}

/** One tab per existing language version, source first, with each version's status. */
export function VariantTabs() {
  const t = useT();
  const statuses = useOpenReleaseStore(useShallow((s) => variantStatuses(s.draft)));
  const sourceLang = useOpenReleaseStore((s) => s.draft?.sourceLang);
  const activeLang = useOpenReleaseStore((s) => s.activeLang);
  const selectLang = useOpenReleaseStore((s) => s.selectLang);
  const tabs = useRef<Partial<Record<Lang, HTMLButtonElement | null>>>({});
  const langs = versionOrder(sourceLang, statuses);
  const shortcut = (lang: Lang) => {
    const position = langs.indexOf(lang) + 1;
    return position <= 7 ? `Control+${position} Meta+${position}` : undefined;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const focused = langs.findIndex((lang) => tabs.current[lang] === document.activeElement);
    const index = focused >= 0 ? focused : langs.indexOf(activeLang as Lang);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: langs.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const lang = langs[(next + langs.length) % langs.length];
    if (!lang) return;
    selectLang(lang);
    tabs.current[lang]?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label={t('editor.versions')} onKeyDown={onKeyDown}>
      {langs.map((lang) => {
        const status = statuses[lang] ?? 'draft';
        const selected = lang === activeLang;
        return (
          <button
            key={lang}
            ref={(el) => {
              tabs.current[lang] = el;
            }}
            type="button"
            role="tab"
            id={tabId(lang)}
            aria-controls={panelId(lang)}
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className="tab"
            data-status={status}
            aria-keyshortcuts={shortcut(lang)}
            onClick={() => selectLang(lang)}
          >
            <span lang={lang}>{LANG_NATIVE_NAMES[lang]}</span>
            {lang === sourceLang && <span className="tab__note">{t('editor.sourceLanguage')}</span>}
            <span className="tab__status">
              <span className="lang-badge__dot" aria-hidden="true" />
              {t(`status.${status}`)}
            </span>
          </button>
        );
      })}
    </div>
  );
}
