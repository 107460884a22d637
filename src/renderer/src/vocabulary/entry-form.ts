/** The entry form's fields, as typed, and the entry they make. */
import type { VocabularyEntry } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';
import type { VocabularyEntryInput } from '@shared/search-api';

export interface EntryFields {
  type: VocabularyEntry['type'];
  labels: Record<Lang, string>;
  /** One alias a line. */
  aliases: Record<Lang, string>;
}

function perLang(value: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, value(lang)])) as Record<Lang, string>;
}

export function fieldsOf(entry: VocabularyEntry | null): EntryFields {
  return {
    type: entry?.type ?? 'organisation',
    labels: perLang((lang) => entry?.labels[lang] ?? ''),
    aliases: perLang((lang) => (entry?.aliases[lang] ?? []).join('\n')),
  };
}

/** The entry to send: blank labels and lines left out, spaces trimmed. */
export function inputOf(fields: EntryFields, id: string | undefined): VocabularyEntryInput {
  const labels: VocabularyEntryInput['labels'] = {};
  const aliases: VocabularyEntryInput['aliases'] = {};
  for (const lang of LANGS) {
    const label = fields.labels[lang].trim();
    if (label) labels[lang] = label;
    const list = fields.aliases[lang]
      .split('\n')
      .map((alias) => alias.trim())
      .filter(Boolean);
    if (list.length > 0) aliases[lang] = list;
  }
  return { ...(id ? { id } : {}), type: fields.type, labels, aliases };
}
