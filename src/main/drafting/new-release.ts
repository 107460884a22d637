import type { Release } from '@shared/domain';
import type { LibraryApi, NewRelease } from '../library/library-api';
import { startFromTemplate, templateTitle } from './templates';

/** releases.create: a blank release, or one started from its kind's template. */
export function createRelease(
  library: LibraryApi,
  { template, ...input }: NewRelease & { template?: boolean },
): Promise<Release> {
  if (!template) return library.createRelease(input);
  const kit = library.draftingKit();
  return library.createRelease({
    ...input,
    title: input.title ?? templateTitle(kit, input.kind, input.sourceLang),
    start: startFromTemplate(kit, input.kind, input.sourceLang),
  });
}
