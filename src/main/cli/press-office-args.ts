/**
 * The command line of `press-office`: list and export. Parsing only; every mistake is a
 * UsageError with a one-line message, which the CLI turns into exit code 2.
 */
import { parseArgs } from 'node:util';
import { isoDateSchema } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';
import { EXPORT_FORMATS, type ExportFormat } from '../export/export-release';
import type { ExportCommand } from './export-command';
import { UsageError } from '../usage-error';

export const USAGE = [
  'usage: press-office list --library DIR [--json]',
  '       press-office import --library DIR [--lang LANG] [--date-for-undated YYYY-MM-DD] FILE...',
  '                           (.txt, .docx, .html; a new or empty DIR becomes a new library;',
  '                           archive items without a date need --date-for-undated)',
  '       press-office export --library DIR --release ID[,ID...] --out DIR',
  '                           [--lang ru,en] [--format html,pdf,zip,newsml] [--override LANGS]',
  '       press-office sync --library DIR --remote URL [--user NAME]',
  '                           (the password from the PRESS_OFFICE_SYNC_PASSWORD variable)',
].join('\n');

export type Command =
  | { command: 'list'; library: string; json: boolean }
  | ({ command: 'export' } & ExportCommand)
  | {
      command: 'import';
      library: string;
      files: string[];
      lang: Lang | undefined;
      /** The date given to archive items that name none; without it such an archive is refused. */
      dateForUndated: string | undefined;
    }
  | { command: 'sync'; library: string; remote: string; user: string | undefined }
  | { command: 'help' };

export const DEFAULT_FORMATS: ExportFormat[] = ['html', 'pdf', 'zip'];

function list(values: string | string[] | undefined): string[] {
  return ([] as string[])
    .concat(values ?? [])
    .flatMap((value) => value.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(items: string[], allowed: readonly T[], option: string): T[] {
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UsageError(`--${option} ${item}: expected one of ${allowed.join(', ')}`);
    }
  }
  return [...new Set(items)] as T[];
}

export function parseCommand(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { command: 'help' };
  }
  if (command !== 'list' && command !== 'export' && command !== 'import' && command !== 'sync') {
    throw new UsageError(`unknown command "${command}"; the commands are list, import, export and sync`);
  }
  if (command === 'import') return parseImport(rest);
  if (command === 'sync') return parseSync(rest);
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        library: { type: 'string' },
        json: { type: 'boolean' },
        release: { type: 'string', multiple: true },
        out: { type: 'string' },
        lang: { type: 'string', multiple: true },
        format: { type: 'string', multiple: true },
        override: { type: 'string', multiple: true },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  if (!values.library) throw new UsageError('--library DIR is required');
  if (command === 'list') {
    for (const option of ['release', 'out', 'lang', 'format', 'override'] as const) {
      if (values[option] !== undefined) throw new UsageError(`list takes no --${option}`);
    }
    return { command, library: values.library, json: values.json ?? false };
  }
  if (values.json !== undefined) throw new UsageError('export takes no --json');
  const releases = list(values.release);
  if (releases.length === 0) throw new UsageError('--release ID is required');
  if (!values.out) throw new UsageError('--out DIR is required');
  const langs = list(values.lang);
  const formats = list(values.format);
  return {
    command,
    library: values.library,
    releases: [...new Set(releases)],
    out: values.out,
    langs: langs.length ? oneOf(langs, LANGS, 'lang') : undefined,
    formats: formats.length ? oneOf(formats, EXPORT_FORMATS, 'format') : DEFAULT_FORMATS,
    override: oneOf(list(values.override), LANGS, 'override'),
  };
}

function parseImport(args: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { library: { type: 'string' }, lang: { type: 'string' }, 'date-for-undated': { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (!values.library) throw new UsageError('--library DIR is required');
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE');
  const [lang] = values.lang === undefined ? [undefined] : oneOf([values.lang], LANGS, 'lang');
  const dateForUndated = values['date-for-undated'];
  if (dateForUndated !== undefined && !isoDateSchema.safeParse(dateForUndated).success) {
    throw new UsageError(`--date-for-undated ${dateForUndated}: expected a date as YYYY-MM-DD`);
  }
  return { command: 'import', library: values.library, files: positionals, lang, dateForUndated };
}

function parseSync(args: string[]): Command {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { library: { type: 'string' }, remote: { type: 'string' }, user: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  if (!values.library) throw new UsageError('--library DIR is required');
  if (!values.remote) throw new UsageError('--remote URL is required');
  return { command: 'sync', library: values.library, remote: values.remote, user: values.user };
}
