import type { ExportJobProgress, ExportJobStatus } from '@shared/export-api';
import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import { useT, type Translate } from '../i18n';
import { progressFraction, useExportStore } from './export-store';

function isLang(code: string | undefined): code is Lang {
  return (LANGS as readonly (string | undefined)[]).includes(code);
}

/** "pdf kk" as the exporter reports it, in words. */
function stepText(t: Translate, progress: ExportJobProgress): string {
  const [kind, detail] = progress.label.split(' ');
  const language = isLang(detail) ? LANG_NATIVE_NAMES[detail] : '';
  switch (kind) {
    case 'assets':
      return t('export.step.assets');
    case 'html':
      return detail === 'index' ? t('export.step.htmlIndex') : t('export.step.html', { language });
    case 'pdf':
      return t('export.step.pdf', { language });
    case 'newsml':
      return detail === 'package'
        ? t('export.step.newsmlPackage')
        : t('export.step.newsml', { language });
    case 'done':
      return t('export.step.done');
    default:
      return t('export.step.start');
  }
}

export function ExportProgress({ job, cancelling }: { job: ExportJobStatus; cancelling: boolean }) {
  const t = useT();
  const releases = useExportStore((s) => s.releases);
  const cancel = useExportStore((s) => s.cancel);
  const progress = job.progress;
  const plan = releases.find((r) => r.releaseId === progress?.releaseId)?.plan;
  return (
    <div className="export-progress" data-testid="export-progress">
      <div role="status" aria-live="polite">
        <p className="export-progress__release">
          {progress
            ? t('export.runningRelease', {
                release: progress.release,
                releases: progress.releases,
                title: plan?.title || t('list.untitled'),
              })
            : t('export.running')}
        </p>
        <p className="dialog__text">{progress ? stepText(t, progress) : t('export.step.start')}</p>
      </div>
      <progress
        className="progress"
        max={1}
        value={progressFraction(job)}
        aria-label={t('export.progress')}
      />
      <div className="dialog__actions">
        <button
          type="button"
          className="button"
          onClick={() => void cancel()}
          disabled={cancelling}
        >
          {cancelling ? t('export.cancelling') : t('export.cancel')}
        </button>
      </div>
    </div>
  );
}
