/**
 * Import and export of the vocabulary as JSON and CSV.
 *
 * JSON: `{ "entries": [ { "id"?, "type", "labels": { lang: label }, "aliases"?: { lang: [alias…] } } ] }`.
 * An export is such a file, with ids; a file written elsewhere may leave ids out.
 *
 * CSV: a header row, then one entry per row, columns (in this order on export, any order on
 * import; only `type` and one label column are required):
 *   id, type, label_ru, aliases_ru, label_en, aliases_en, label_hy, aliases_hy, label_be,
 *   aliases_be, label_kk, aliases_kk, label_ky, aliases_ky, label_tg, aliases_tg
 * An aliases cell holds the language's aliases separated by "|" ("КСОР ОДКБ|КСОР").
 *
 * Reading never throws on bad input: it returns the entries it could read and every problem
 * found, by line and column for CSV and by path for JSON. A caller refuses an import with
 * problems as a whole, so a half-read file never lands.
 */
import { z } from 'zod';
import { idSchema, langSchema, VOCABULARY_TYPES, type VocabularyEntry } from '../domain';
import { LANGS } from '../languages';
import { fold } from '../text/fold';
import { CsvSyntaxError, formatCsv, parseCsv } from './csv';
import { mergeEntryNames } from './plan';
import { ALIAS_SEPARATOR, nameKey, validateVocabulary } from './validate';

export const importedEntrySchema = z
  .object({
    id: idSchema.optional(),
    type: z.enum(VOCABULARY_TYPES),
    labels: z.partialRecord(
      langSchema,
      z.string().trim().min(1, 'a label cannot be empty').max(500),
    ),
    aliases: z
      .partialRecord(
        langSchema,
        z.array(z.string().trim().min(1, 'an alias cannot be empty').max(200)).max(50),
      )
      .optional(),
  })
  .refine((entry) => Object.values(entry.labels).some(Boolean), {
    message: 'an entry needs a label in at least one language',
    path: ['labels'],
    // Only when the entry is otherwise sound: a label under an unknown language is reported as that.
    when: (payload) => payload.issues.length === 0,
  });
export type ImportedEntry = z.infer<typeof importedEntrySchema>;

export interface ImportProblem {
  /** 1-based line of the CSV file; null for JSON. */
  line: number | null;
  /** The CSV column, or the JSON path (entries[3].labels.ru). */
  field: string;
  message: string;
}

export interface ParsedImport {
  entries: ImportedEntry[];
  problems: ImportProblem[];
}

export const CSV_COLUMNS = [
  'id',
  'type',
  ...LANGS.flatMap((lang) => [`label_${lang}`, `aliases_${lang}`]),
] as const;

export function exportVocabularyJson(entries: readonly VocabularyEntry[]): string {
  return `${JSON.stringify({ entries }, null, 2)}\n`;
}

function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

export function parseVocabularyJson(text: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      entries: [],
      problems: [
        { line: null, field: '', message: `not valid JSON (${(error as Error).message})` },
      ],
    };
  }
  const file = z.object({ entries: z.array(z.unknown()) }).safeParse(json);
  if (!file.success) {
    return {
      entries: [],
      problems: [
        { line: null, field: 'entries', message: 'the file must hold { "entries": [ … ] }' },
      ],
    };
  }
  const entries: ImportedEntry[] = [];
  const problems: ImportProblem[] = [];
  file.data.entries.forEach((raw, index) => {
    const parsed = importedEntrySchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        const key = issue.code === 'unrecognized_keys' ? issue.keys : [];
        problems.push({
          line: null,
          field: jsonPath(['entries', index, ...issue.path, ...key]),
          message: issue.message,
        });
      }
    }
  });
  return { entries, problems };
}

export function exportVocabularyCsv(entries: readonly VocabularyEntry[]): string {
  const rows = entries.map((entry) => [
    entry.id,
    entry.type,
    ...LANGS.flatMap((lang) => [
      entry.labels[lang] ?? '',
      (entry.aliases[lang] ?? []).join(ALIAS_SEPARATOR),
    ]),
  ]);
  return formatCsv([[...CSV_COLUMNS], ...rows]);
}

/** The CSV column an issue of the entry schema points at: labels.ru → label_ru. */
function csvColumn(path: readonly PropertyKey[]): string {
  const [head, lang] = path;
  if (head === 'labels' && lang !== undefined) return `label_${String(lang)}`;
  if (head === 'aliases' && lang !== undefined) return `aliases_${String(lang)}`;
  return String(head ?? '');
}

export function parseVocabularyCsv(text: string): ParsedImport {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return {
      entries: [],
      problems: [
        { line: error.line, field: '', message: error.message.replace(/^line \d+: /, '') },
      ],
    };
  }
  const [header, ...rows] = records;
  if (!header)
    return { entries: [], problems: [{ line: null, field: '', message: 'the file is empty' }] };
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  const problems: ImportProblem[] = [];
  for (const [i, column] of columns.entries()) {
    if (columns.indexOf(column) !== i) {
      problems.push({
        line: header.line,
        field: column,
        message: `the column “${column}” appears twice`,
      });
    } else if (!(CSV_COLUMNS as readonly string[]).includes(column)) {
      problems.push({
        line: header.line,
        field: column,
        message: `unknown column “${column}” (expected: ${CSV_COLUMNS.join(', ')})`,
      });
    }
  }
  if (!columns.includes('type'))
    problems.push({ line: header.line, field: 'type', message: 'the column “type” is missing' });
  if (!columns.some((c) => c.startsWith('label_')))
    problems.push({ line: header.line, field: 'label_*', message: 'no label column' });
  if (problems.length > 0) return { entries: [], problems };

  const entries: ImportedEntry[] = [];
  for (const { line, fields } of rows) {
    if (fields.length !== columns.length) {
      problems.push({
        line,
        field: '',
        message: `${fields.length} fields where the header has ${columns.length}`,
      });
      continue;
    }
    const cell = (name: string) => fields[columns.indexOf(name)]?.trim() ?? '';
    const labels: Record<string, string> = {};
    const aliases: Record<string, string[]> = {};
    for (const lang of LANGS) {
      if (cell(`label_${lang}`)) labels[lang] = cell(`label_${lang}`);
      const list = cell(`aliases_${lang}`)
        .split(ALIAS_SEPARATOR)
        .map((a) => a.trim())
        .filter(Boolean);
      if (list.length > 0) aliases[lang] = list;
    }
    const parsed = importedEntrySchema.safeParse({
      id: cell('id') || undefined,
      type: cell('type'),
      labels,
      aliases,
    });
    if (parsed.success) entries.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        problems.push({ line, field: csvColumn(issue.path), message: issue.message });
  }
  return { entries, problems };
}

export interface ImportPlan {
  vocabulary: VocabularyEntry[];
  added: string[];
  updated: string[];
  /** Broken rules in the vocabulary the import would give (duplicate names…); refuse when any. */
  problems: ImportProblem[];
}

/** An id for a new entry, made from its English (or other Latin) label, not in `taken`. */
export function slugId(entry: ImportedEntry, taken: ReadonlySet<string>): string {
  const source =
    entry.labels.en ??
    entry.aliases?.en?.[0] ??
    Object.values(entry.labels).find((l) => /^[a-z0-9\s-]+$/.test(fold(l ?? ''))) ??
    '';
  const slug = fold(source)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '')
    .slice(0, 56)
    .replace(/(?<!-)-+$/, '');
  const base = slug.length >= 3 ? slug : entry.type;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Index of the entry of `existing` that shares a label with `entry` in some language, or -1. */
function sameLabel(existing: readonly VocabularyEntry[], entry: ImportedEntry): number {
  return existing.findIndex((candidate) =>
    LANGS.some((lang) => {
      const a = candidate.labels[lang];
      const b = entry.labels[lang];
      return a !== undefined && b !== undefined && nameKey(a) === nameKey(b);
    }),
  );
}

/**
 * What the vocabulary becomes: an imported entry with an id replaces the entry of that id (an
 * edited export); one without an id that shares a label with an entry adds its names to it;
 * any other is added, with an id made from its English (or other Latin) label.
 */
export function planImport(
  existing: readonly VocabularyEntry[],
  imported: readonly ImportedEntry[],
): ImportPlan {
  const vocabulary = [...existing];
  const taken = new Set(vocabulary.map((e) => e.id));
  const added: string[] = [];
  const updated: string[] = [];
  for (const entry of imported) {
    const index = entry.id
      ? vocabulary.findIndex((e) => e.id === entry.id)
      : sameLabel(vocabulary, entry);
    const target = vocabulary[index];
    const names = { type: entry.type, labels: entry.labels, aliases: entry.aliases ?? {} };
    if (target) {
      vocabulary[index] = entry.id
        ? { id: target.id, ...names }
        : mergeEntryNames(target, { id: target.id, ...names });
      updated.push(target.id);
    } else {
      const id = entry.id ?? slugId(entry, taken);
      taken.add(id);
      vocabulary.push({ id, ...names });
      added.push(id);
    }
  }
  const problems = validateVocabulary(vocabulary).map((issue) => ({
    line: null,
    field: `${issue.entryId}.${issue.field}`,
    message: issue.message,
  }));
  return { vocabulary, added, updated: [...new Set(updated)], problems };
}
