import { useEffect } from 'react';
import { useT } from '../i18n';
import { useFourEyesStore } from './four-eyes-store';

/** The library's four-eyes review setting, where approvals are given. */
export function FourEyesToggle() {
  const t = useT();
  const on = useFourEyesStore((s) => s.on);
  const load = useFourEyesStore((s) => s.load);
  const turn = useFourEyesStore((s) => s.turn);
  useEffect(() => {
    // Read each time the screen opens: another window may have changed it.
    load().catch(() => undefined);
  }, [load]);
  return (
    <label className="check four-eyes-toggle">
      <input
        type="checkbox"
        checked={on}
        aria-describedby="four-eyes-hint"
        onChange={(event) => void turn(event.target.checked)}
      />
      <span>
        {t('approval.setting.label')}
        <span className="four-eyes-toggle__hint" id="four-eyes-hint">
          {t('approval.setting.hint')}
        </span>
      </span>
    </label>
  );
}
