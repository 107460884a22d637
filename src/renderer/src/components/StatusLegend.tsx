import { DISPLAY_STATUSES } from '@shared/review/needs-update';
import { useT } from '../i18n';

/** What the badge colours mean; badges carry the same words for screen readers. */
export function StatusLegend() {
  const t = useT();
  return (
    <ul className="status-legend" aria-hidden="true">
      {DISPLAY_STATUSES.map((status) => (
        <li key={status} data-status={status}>
          <span className="lang-badge__dot" />
          {t(`status.${status}`)}
        </li>
      ))}
    </ul>
  );
}
