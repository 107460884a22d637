/**
 * vocabulary.import and vocabulary.export: the vocabulary as a JSON or CSV file. An import
 * with any problem (a line that cannot be read, a name another entry already has) changes
 * nothing and lists every problem, so a file is never half imported.
 */
import type { VocabularyFormat, VocabularyImportOutcome } from '@shared/search-api';
import {
  exportVocabularyCsv,
  exportVocabularyJson,
  parseVocabularyCsv,
  parseVocabularyJson,
  planImport,
  type ImportedEntry,
  type ImportPlan,
} from '@shared/vocabulary/exchange';
import type { LibraryApi } from '../library/library-api';

/** Thrown inside the vocabulary update to leave library.json untouched. */
class RefusedImport extends Error {
  constructor(readonly plan: ImportPlan) {
    super('the import has problems');
  }
}

export async function importVocabulary(
  library: LibraryApi,
  {
    format,
    content,
    dryRun = false,
  }: { format: VocabularyFormat; content: string; dryRun?: boolean },
): Promise<VocabularyImportOutcome> {
  const current = library.listVocabulary();
  const parsed = format === 'csv' ? parseVocabularyCsv(content) : parseVocabularyJson(content);
  if (parsed.problems.length > 0)
    return { added: [], updated: [], problems: parsed.problems, vocabulary: current };
  if (dryRun) {
    const plan = planImport(current, parsed.entries);
    return {
      added: plan.added,
      updated: plan.updated,
      problems: plan.problems,
      vocabulary: current,
    };
  }
  return applyImport(library, parsed.entries);
}

async function applyImport(
  library: LibraryApi,
  imported: readonly ImportedEntry[],
): Promise<VocabularyImportOutcome> {
  const done = { added: [] as string[], updated: [] as string[] };
  try {
    const vocabulary = await library.updateVocabulary((entries) => {
      const plan = planImport(entries, imported);
      if (plan.problems.length > 0) throw new RefusedImport(plan);
      done.added = plan.added;
      done.updated = plan.updated;
      return plan.vocabulary;
    });
    return { ...done, problems: [], vocabulary };
  } catch (error) {
    if (!(error instanceof RefusedImport)) throw error;
    const { problems } = error.plan;
    return { added: [], updated: [], problems, vocabulary: library.listVocabulary() };
  }
}

export function exportVocabulary(
  library: LibraryApi,
  format: VocabularyFormat,
): { content: string } {
  const entries = library.listVocabulary();
  return {
    content: format === 'csv' ? exportVocabularyCsv(entries) : exportVocabularyJson(entries),
  };
}
