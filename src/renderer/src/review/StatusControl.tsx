import type { VariantStatus } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { api } from '../api';
import { useT, useUiLanguage } from '../i18n';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { formatMoment } from './format-moment';
import { runReviewStep } from './review-step';
import { statusActions } from './status-actions';

/** A version's status with who set it and when, and the workflow's next moves as buttons. */
export function StatusControl({ lang }: { lang: Lang }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const { status, last } = useOpenReleaseStore(
    useShallow((s) => {
      const variant = s.draft?.variants[lang];
      return { status: variant?.status, last: variant?.statusHistory.at(-1) };
    }),
  );
  const [busy, setBusy] = useState(false);
  if (!status) return null;

  const move = async (to: VariantStatus) => {
    setBusy(true);
    await runReviewStep((ref) => api.call('review.setStatus', { ...ref, lang, status: to }), {
      recordsName: true,
    });
    setBusy(false);
  };

  const when = last ? formatMoment(last.at, uiLang) : null;
  return (
    <div className="status-control">
      <p className="status-control__state" data-status={status} role="status">
        <span className="status-pill" data-testid="version-status">
          <span className="lang-badge__dot" aria-hidden="true" />
          {t(`status.${status}`)}
        </span>
        {last && when && (
          <span className="status-control__since">
            {last.by
              ? t('review.status.byWhen', { by: last.by, when })
              : t('review.status.when', { when })}
          </span>
        )}
      </p>
      <div className="status-control__actions">
        {statusActions(status).map((action) => (
          <button
            key={action.to}
            type="button"
            className={action.primary ? 'button button--primary button--small' : 'button button--small'}
            disabled={busy}
            onClick={() => void move(action.to)}
          >
            {t(action.label)}
          </button>
        ))}
      </div>
    </div>
  );
}
