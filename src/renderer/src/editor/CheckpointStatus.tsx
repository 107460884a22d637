import { describeError } from '@shared/errors';
import { useEffect } from 'react';
import { UI_LOCALES, useT, useUiLanguage } from '../i18n';
import { useCheckpointStore } from '../stores/checkpoint-store';

/** How long "Checkpoint saved" stays before it fades from the bar. */
const SHOWN_MS = 6000;

/** The outcome of the last Ctrl/Cmd+S, beside the save indicator. */
export function CheckpointStatus() {
  const t = useT();
  const uiLang = useUiLanguage();
  const checkpoint = useCheckpointStore((s) => s.checkpoint);
  const clear = useCheckpointStore((s) => s.clear);

  useEffect(() => {
    if (checkpoint.phase !== 'done') return;
    const timer = setTimeout(clear, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [checkpoint, clear]);
  // A checkpoint belongs to the release it was made in.
  useEffect(() => clear, [clear]);

  if (checkpoint.phase === 'idle') return null;
  const text =
    checkpoint.phase === 'working'
      ? t('checkpoint.working')
      : checkpoint.phase === 'done'
        ? t('checkpoint.done', {
            time: new Date(checkpoint.at).toLocaleTimeString(UI_LOCALES[uiLang], {
              hour: '2-digit',
              minute: '2-digit',
            }),
          })
        : t('checkpoint.failed', { reason: describeError(checkpoint.error, uiLang) });
  return (
    <span
      className={checkpoint.phase === 'failed' ? 'checkpoint checkpoint--failed' : 'checkpoint'}
      role={checkpoint.phase === 'failed' ? 'alert' : 'status'}
      data-testid="checkpoint-status"
    >
      {text}
    </span>
  );
}
