import type { VariantStatus } from '@shared/domain';
import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import { displayStatuses } from '@shared/review/needs-update';
import { useT } from '../i18n';

/** One badge per language version: its code, and its status as a coloured dot and in words. */
export function StatusBadges({
  statuses: stored,
  needsUpdate,
  sourceLang,
}: {
  statuses: Partial<Record<Lang, VariantStatus>>;
  /** Approved translations whose source changed: shown as needing an update. */
  needsUpdate?: readonly Lang[];
  sourceLang: Lang;
}) {
  const t = useT();
  const statuses = displayStatuses(stored, needsUpdate);
  return (
    <ul className="lang-badges" aria-label={t('list.languages')}>
      {LANGS.map((lang) => {
        const status = statuses[lang];
        if (!status) return null;
        const label = t('list.languageStatus', {
          language: LANG_NATIVE_NAMES[lang],
          status: t(`status.${status}`),
        });
        return (
          <li
            key={lang}
            className={lang === sourceLang ? 'lang-badge lang-badge--source' : 'lang-badge'}
            data-status={status}
            title={label}
          >
            <span className="lang-badge__dot" aria-hidden="true" />
            <span aria-hidden="true">{lang.toUpperCase()}</span>
            <span className="sr-only">{label}</span>
          </li>
        );
      })}
    </ul>
  );
}
