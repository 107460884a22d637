/**
 * Rules for the names of a vocabulary. Within one language a name (label or alias) may belong
 * to one entry only, compared folded ("Объединённый штаб" and "объединенный штаб" are the
 * same name): otherwise tagging and suggestions could not tell the two entries apart.
 */
import type { VocabularyEntry } from '../domain';
import { LANG_NATIVE_NAMES } from '../languages';
import { fold } from '../text/fold';
import { entryNames, type EntryName } from './names';

/** Separates aliases in one CSV cell (see exchange.ts), so no name may contain it. */
export const ALIAS_SEPARATOR = '|';

export interface VocabularyIssue {
  entryId: string;
  /** Where in the entry, as a path: labels.ru, aliases.en. */
  field: string;
  message: string;
}

function describe(name: EntryName): string {
  return `${name.kind} “${name.text}” (${LANG_NATIVE_NAMES[name.lang]})`;
}

/** The comparable form of a name: folded, spaces collapsed. */
export function nameKey(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** Every broken rule, empty when the vocabulary is sound. */
export function validateVocabulary(entries: readonly VocabularyEntry[]): VocabularyIssue[] {
  const issues: VocabularyIssue[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, EntryName>();
  for (const entry of entries) {
    if (ids.has(entry.id))
      issues.push({
        entryId: entry.id,
        field: 'id',
        message: `the id ${entry.id} is used by more than one entry`,
      });
    ids.add(entry.id);
    if (Object.values(entry.labels).every((label) => !label?.trim())) {
      issues.push({
        entryId: entry.id,
        field: 'labels',
        message: `${entry.id} has no label in any language`,
      });
    }
    for (const name of entryNames(entry)) {
      const field = `${name.kind === 'label' ? 'labels' : 'aliases'}.${name.lang}`;
      if (name.text.trim() === '') {
        issues.push({
          entryId: entry.id,
          field,
          message: `an empty ${name.kind} in ${LANG_NATIVE_NAMES[name.lang]}`,
        });
        continue;
      }
      if (name.text.includes(ALIAS_SEPARATOR)) {
        issues.push({
          entryId: entry.id,
          field,
          message: `${describe(name)} contains “${ALIAS_SEPARATOR}”, which separates aliases`,
        });
      }
      const key = `${name.lang}\u0000${nameKey(name.text)}`;
      const owner = owners.get(key);
      if (!owner) owners.set(key, name);
      else if (owner.entryId !== name.entryId) {
        issues.push({
          entryId: entry.id,
          field,
          message: `${describe(name)} of ${entry.id} is already the ${describe(owner)} of ${owner.entryId}`,
        });
      }
    }
  }
  return issues;
}
