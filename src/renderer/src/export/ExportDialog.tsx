import './export.css';
import { Modal } from '../components/Modal';
import { ScreenErrorBoundary } from '../components/ScreenErrorBoundary';
import { useT } from '../i18n';
import { useNavigationStore } from '../stores/navigation-store';
import { ExportForm } from './ExportForm';
import { ExportProgress } from './ExportProgress';
import { ExportResult } from './ExportResult';
import { useExportStore } from './export-store';
import { useExportShortcut } from './use-export-shortcut';

/**
 * Export: what goes in and why not (the gate), formats and folder, then progress with
 * Cancel, then the result with Show in folder. The export itself runs in main. A render
 * error in it shows the error boundary's message inside the dialog.
 */
export function ExportDialog() {
  const t = useT();
  useExportShortcut();
  const open = useExportStore((s) => s.phase.name !== 'closed');
  const batch = useExportStore((s) => s.target?.kind === 'approved');
  const close = useExportStore((s) => s.close);
  const show = useNavigationStore((s) => s.show);
  return (
    <Modal
      open={open}
      titleId="export-title"
      title={batch ? t('export.titleBatch') : t('export.titleRelease')}
      onClose={close}
      size="large"
    >
      {/* The dialog sits outside the screens' boundary: a render error here would blank the
          window. Keyed by the open state, so the next export starts clean. */}
      <ScreenErrorBoundary
        key={open ? 'open' : 'closed'}
        onBack={() => {
          close();
          show({ name: 'list' });
        }}
      >
        <ExportPhaseView />
      </ScreenErrorBoundary>
    </Modal>
  );
}

function ExportPhaseView() {
  const t = useT();
  const phase = useExportStore((s) => s.phase);
  switch (phase.name) {
    case 'planning':
      return (
        <p className="dialog__text" role="status">
          {phase.total > 1
            ? t('export.planningBatch', { done: phase.done, total: phase.total })
            : t('export.planning')}
        </p>
      );
    case 'ready':
      return <ExportForm />;
    case 'running':
      return <ExportProgress job={phase.job} cancelling={phase.cancelling} />;
    case 'finished':
      return <ExportResult job={phase.job} revealed={phase.revealed} />;
    case 'closed':
      return null;
  }
}
