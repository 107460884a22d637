/**
 * The API contract between the renderer and main: one map from method name to its input
 * schema and output type. Main validates every input against it (src/main/api/dispatch.ts);
 * both transports (Electron IPC and the loopback HTTP host) carry exactly these methods.
 */
import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  langSchema,
  librarySettingsSchema,
  releaseKindSchema,
  releaseSchema,
  type LibrarySettings,
  type QuarantinedFile,
  type Release,
  type ReleaseSummary,
  type VocabularyEntry,
} from './domain';

/** Phantom marker carrying a method's output type; it has no runtime value. */
function returns<T>(): T {
  return undefined as T;
}

function method<I extends z.ZodType, O>(input: I, output: O) {
  return { input, output };
}

export interface LibraryInfo {
  /** Absolute path of the library folder. */
  path: string;
  isDefault: boolean;
  schemaVersion: number;
  releaseCount: number;
  /** Files found unreadable and moved to quarantine/, newest first. */
  quarantined: QuarantinedFile[];
  /** Set when the library was migrated on open: where the pre-migration backup lies. */
  migratedFrom: { version: number; backup: string } | null;
}

/** One page of the release list, newest first. */
export interface ReleasePage {
  total: number;
  offset: number;
  rows: ReleaseSummary[];
}

const empty = z.object({}).strict();

export const contract = {
  'library.info': method(empty, returns<LibraryInfo>()),
  'library.open': method(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    returns<LibraryInfo>(),
  ),
  'library.dismissQuarantined': method(
    z.object({ files: z.array(z.string().min(1).max(1024)).min(1).max(1000) }).strict(),
    returns<LibraryInfo>(),
  ),
  'settings.get': method(empty, returns<LibrarySettings>()),
  'settings.update': method(librarySettingsSchema.partial().strict(), returns<LibrarySettings>()),
  'releases.list': method(
    z
      .object({
        offset: z.number().int().min(0).max(10_000_000).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
    returns<ReleasePage>(),
  ),
  'releases.get': method(z.object({ id: idSchema }).strict(), returns<Release>()),
  'releases.create': method(
    z
      .object({
        kind: releaseKindSchema,
        sourceLang: langSchema,
        title: z.string().max(1000).optional(),
        date: isoDateSchema.optional(),
      })
      .strict(),
    returns<Release>(),
  ),
  'releases.save': method(z.object({ release: releaseSchema }).strict(), returns<Release>()),
  'releases.delete': method(z.object({ id: idSchema }).strict(), returns<{ id: string }>()),
  'vocabulary.list': method(empty, returns<VocabularyEntry[]>()),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}
