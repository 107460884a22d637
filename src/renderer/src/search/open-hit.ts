import type { Lang } from '@shared/languages';
import { useNavigationStore } from '../stores/navigation-store';
import { useOpenReleaseStore } from '../stores/open-release-store';

/** Opens a found release at the language version the search matched. */
export async function openSearchHit(id: string, lang: Lang): Promise<void> {
  useNavigationStore.getState().show({ name: 'editor', releaseId: id });
  await useOpenReleaseStore.getState().load(id);
  const { draft, selectLang } = useOpenReleaseStore.getState();
  if (draft?.id === id && draft.variants[lang]) selectLang(lang);
}
