/** Ways into the Export dialog: the editor's release, the list's approved releases, Ctrl/Cmd+E. */
import { useNavigationStore } from '../stores/navigation-store';
import { useNoticeStore } from '../stores/notice-store';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { useExportStore } from './export-store';

/** Exports what is stored, so the edits typed so far are saved first. */
export async function exportOpenRelease(): Promise<void> {
  const { draft, saveNow } = useOpenReleaseStore.getState();
  if (!draft) return;
  if (!(await saveNow())) {
    const { saveError } = useOpenReleaseStore.getState();
    if (saveError) useNoticeStore.getState().report(saveError);
    return;
  }
  await useExportStore.getState().open({ kind: 'release', id: draft.id });
}

export function exportApprovedReleases(): void {
  void useExportStore.getState().open({ kind: 'approved' });
}

/** File › Export… and Ctrl/Cmd+E: the open release in the editor, the approved ones in the list. */
export function exportFromCurrentView(): void {
  const view = useNavigationStore.getState().view.name;
  if (view === 'editor') void exportOpenRelease();
  else if (view === 'list') exportApprovedReleases();
}
