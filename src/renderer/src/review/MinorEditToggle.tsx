import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { useMinorEditStore } from './minor-edit-store';

/**
 * "Typo fixes only" on the source version. Edits typed before it changes are saved first, so
 * each edit is saved with the setting it was typed under; it turns off when the source version
 * is left, so a later real change is never hidden from translators by accident.
 */
export function MinorEditToggle({ releaseId }: { releaseId: string }) {
  const t = useT();
  const on = useMinorEditStore((s) => s.releaseId === releaseId);
  const setFor = useMinorEditStore((s) => s.setFor);
  const saveNow = useOpenReleaseStore((s) => s.saveNow);
  const [switching, setSwitching] = useState(false);

  useEffect(
    () => () => {
      if (useMinorEditStore.getState().releaseId === null) return;
      void saveNow().finally(() => setFor(null));
    },
    [saveNow, setFor],
  );

  const toggle = async (next: boolean) => {
    setSwitching(true);
    // Edits typed before turning it on must not pass as typo fixes: on only once they are saved.
    const saved = await saveNow();
    if (saved || !next) setFor(next ? releaseId : null);
    setSwitching(false);
  };

  return (
    <div className="minor-edit">
      <label className="check">
        <input
          type="checkbox"
          checked={on}
          disabled={switching}
          aria-describedby="minor-edit-hint"
          onChange={(event) => void toggle(event.target.checked)}
        />
        <span>{t('review.minor.label')}</span>
      </label>
      <p className="minor-edit__hint" id="minor-edit-hint">
        {t(on ? 'review.minor.onHint' : 'review.minor.offHint')}
      </p>
    </div>
  );
}
