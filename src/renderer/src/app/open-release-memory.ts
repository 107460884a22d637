/**
 * Which release (and which language tab) this tab had open, kept in sessionStorage so that a
 * reload (F5, Ctrl+R) opens it again. sessionStorage belongs to one tab or window and dies with
 * it, so two windows each remember their own, and nothing outlives the session. What is read
 * back is checked like any input: a malformed entry counts as none.
 */
import { idSchema, langSchema } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { z } from 'zod';

const STORAGE_KEY = 'pressOffice.openRelease';

const memorySchema = z.object({ releaseId: idSchema, lang: langSchema.nullable() }).strict();
export type OpenReleaseMemory = z.infer<typeof memorySchema>;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function recallOpenRelease(storage: Store): OpenReleaseMemory | null {
  const text = storage.getItem(STORAGE_KEY);
  if (text === null) return null;
  try {
    const parsed = memorySchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: forgotten below like any other malformed entry.
  }
  storage.removeItem(STORAGE_KEY);
  return null;
}

export function rememberOpenRelease(storage: Store, memory: OpenReleaseMemory | null): void {
  if (memory === null) storage.removeItem(STORAGE_KEY);
  else storage.setItem(STORAGE_KEY, JSON.stringify(memory));
}

/** The entry for a release now open with `lang` shown (null while it loads): a known tab is kept. */
export function nextMemory(
  previous: OpenReleaseMemory | null,
  releaseId: string | null,
  lang: Lang | null,
): OpenReleaseMemory | null {
  if (releaseId === null) return null;
  const keptLang = previous?.releaseId === releaseId ? previous.lang : null;
  return { releaseId, lang: lang ?? keptLang };
}
