import { VARIANT_STATUSES } from '@shared/domain';
import { useT } from '../i18n';

/** What the badge colours mean; badges carry the same words for screen readers. */
export function StatusLegend() {
  const t = useT();
  return (
    <ul className="status-legend" aria-hidden="true">
      {VARIANT_STATUSES.map((status) => (
        <li key={status} data-status={status}>
          <span className="lang-badge__dot" />
          {t(`status.${status}`)}
        </li>
      ))}
    </ul>
  );
}
