/** Actions that move between screens and so touch several stores. */
import type { ReleaseKind } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { api } from '../api';
import { useBootStore } from './boot-store';
import { useNavigationStore } from './navigation-store';
import { useNoticeStore } from './notice-store';
import { useOpenReleaseStore } from './open-release-store';
import { useReleasesStore } from './releases-store';

let creating = false;

/** A new release from its kind's template (see NewReleaseDialog); true once it is open. */
export async function createRelease(input: {
  kind: ReleaseKind;
  sourceLang: Lang;
  date: string;
}): Promise<boolean> {
  if (creating) return false;
  creating = true;
  try {
    if (!(await useOpenReleaseStore.getState().close())) return false;
    const release = await api.call('releases.create', { ...input, template: true });
    useOpenReleaseStore.getState().open(release);
    useNavigationStore.getState().show({ name: 'editor', releaseId: release.id });
    return true;
  } catch (error) {
    useNoticeStore.getState().report(error);
    return false;
  } finally {
    creating = false;
  }
}

export function openRelease(id: string): void {
  useNavigationStore.getState().show({ name: 'editor', releaseId: id });
  void useOpenReleaseStore.getState().load(id);
}

/** Leaves the editor only once its edits are stored; the save indicator shows why not. */
/** False when the release stays open, as its last changes could not be saved. */
export async function backToList(): Promise<boolean> {
  const releaseId = useOpenReleaseStore.getState().draft?.id;
  if (!(await useOpenReleaseStore.getState().close())) return false;
  try {
    await useReleasesStore.getState().refresh();
  } catch (error) {
    useNoticeStore.getState().report(error);
  }
  useNavigationStore.getState().show({ name: 'list', focus: releaseId });
  return true;
}

/** Main has opened another library: whatever is shown belongs to the old one. */
export function reloadLibrary(): void {
  useOpenReleaseStore.getState().discard();
  useNavigationStore.getState().show({ name: 'list' });
  void useBootStore.getState().start();
}
