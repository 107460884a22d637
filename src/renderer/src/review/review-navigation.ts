import type { Lang } from '@shared/languages';
import { useNavigationStore, type ReviewPanel } from '../stores/navigation-store';
import { useOpenReleaseStore } from '../stores/open-release-store';

/**
 * Opens the review screen of a version of the open release. What is typed is saved first, so
 * the review shows the text as it is on screen; if that fails the editor stays, with its banner.
 */
export async function openReview(lang: Lang, panel: ReviewPanel): Promise<void> {
  const store = useOpenReleaseStore.getState();
  const releaseId = store.draft?.id;
  if (!releaseId || !(await store.saveNow())) return;
  store.selectLang(lang);
  useNavigationStore.getState().show({ name: 'review', releaseId, lang, panel });
}

/** Back to the editor, on the version the review screen showed. */
export function backToEditor(releaseId: string, lang: Lang): void {
  useOpenReleaseStore.getState().selectLang(lang);
  useNavigationStore.getState().show({ name: 'editor', releaseId });
}
