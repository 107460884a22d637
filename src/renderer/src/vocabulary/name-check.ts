/**
 * The vocabulary's naming rules (src/shared/vocabulary/validate.ts) checked on the entry being
 * edited before it is sent, so the user sees which field breaks which rule in their language.
 * Main applies the same rules and refuses what breaks them.
 */
import type { VocabularyEntry } from '@shared/domain';
import type { Lang } from '@shared/languages';
import type { VocabularyEntryInput } from '@shared/search-api';
import { entryNames, type NameKind } from '@shared/vocabulary/names';
import { ALIAS_SEPARATOR, nameKey } from '@shared/vocabulary/validate';

export type NameProblem =
  | { kind: 'no-label' }
  | { kind: 'separator'; lang: Lang; nameKind: NameKind; text: string }
  | { kind: 'taken'; lang: Lang; nameKind: NameKind; text: string; owner: VocabularyEntry };

/** Every rule the entry breaks against the rest of the vocabulary; empty when it may be saved. */
export function nameProblems(
  input: VocabularyEntryInput,
  entries: readonly VocabularyEntry[],
): NameProblem[] {
  const id = input.id ?? '';
  const entry: VocabularyEntry = { ...input, id };
  const problems: NameProblem[] = [];
  if (Object.values(entry.labels).every((label) => !label?.trim()))
    problems.push({ kind: 'no-label' });
  const owners = new Map<string, VocabularyEntry>();
  for (const other of entries) {
    if (other.id === id) continue;
    for (const name of entryNames(other))
      owners.set(`${name.lang}\u0000${nameKey(name.text)}`, other);
  }
  for (const name of entryNames(entry)) {
    const where = { lang: name.lang, nameKind: name.kind, text: name.text };
    if (name.text.includes(ALIAS_SEPARATOR)) problems.push({ kind: 'separator', ...where });
    const owner = owners.get(`${name.lang}\u0000${nameKey(name.text)}`);
    if (owner) problems.push({ kind: 'taken', ...where, owner });
  }
  return problems;
}
