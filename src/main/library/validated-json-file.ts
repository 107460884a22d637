import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileDurably } from './durable-write';

/** A file that exists but cannot be used: unparseable, empty, or not of the expected shape. */
export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'CorruptFileError';
  }
}

export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match the expected shape';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'root';
  return `${where}: ${issue.message}`;
}

/**
 * The one reader of the library's JSON files, before any validation (migrations read old
 * shapes through it too): undefined when the file does not exist, CorruptFileError when it
 * is empty or not JSON. Other read errors (permissions, a failing drive) are thrown as they are.
 */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (text.trim() === '') throw new CorruptFileError(path, 'the file is empty');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CorruptFileError(path, `not valid JSON (${(error as Error).message})`);
  }
}

/**
 * lowdb adapter for one JSON file: validates on every read (a file that fails is reported as
 * CorruptFileError, never half-used) and writes durably (temp + fsync + rename + dir fsync).
 */
export class ValidatedJsonFile<T> implements Adapter<T> {
  /** What `repair` changed in the last read; the caller records it and writes the file back. */
  repairs: string[] = [];

  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly repair?: (json: unknown) => { json: unknown; repairs: string[] },
  ) {}

  async read(): Promise<T | null> {
    let json = await readJsonFile(this.path);
    if (json === undefined) return null;
    this.repairs = [];
    if (this.repair) ({ json, repairs: this.repairs } = this.repair(json));
    const parsed = this.schema.safeParse(json);
    if (!parsed.success) throw new CorruptFileError(this.path, describeZodError(parsed.error));
    return parsed.data;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(data));
  }
}
