import { useT } from '../i18n';
import { exportApprovedReleases, exportOpenRelease } from './export-actions';
import { ExportIcon } from './ExportIcon';

/** In the editor's bar: this release. */
export function ExportReleaseButton() {
  const t = useT();
  return (
    <button
      type="button"
      className="button"
      aria-keyshortcuts="Control+E Meta+E"
      onClick={() => void exportOpenRelease()}
    >
      <ExportIcon />
      {t('export.open')}
    </button>
  );
}

/** In the list's bar: every release with an approved version, into one folder (as File › Export…
 * does in the list). */
export function ExportApprovedButton() {
  const t = useT();
  return (
    <button
      type="button"
      className="button"
      aria-keyshortcuts="Control+E Meta+E"
      title={t('export.openApprovedHint')}
      onClick={exportApprovedReleases}
    >
      <ExportIcon />
      {t('export.open')}
    </button>
  );
}
