import { open, readFile, truncate } from 'node:fs/promises';
import { z } from 'zod';
import { revisionSchema, type Revision } from '@shared/domain';
import { CorruptFileError, describeZodError } from './validated-json-file';

const revisionLineSchema = z.object({ schemaVersion: z.number().int().min(1), revision: revisionSchema });

/**
 * A release's revision history: an append-only JSON-lines file, so a new snapshot never
 * rewrites (or risks) the older ones. A last line without its newline is a write that was
 * cut off before it was acknowledged; it is ignored on read and cut away before the next
 * append.
 */
export async function readRevisions(path: string): Promise<Revision[]> {
  return (await readRevisionLines(path)).map(({ lineNumber, json }) => {
    const parsed = revisionLineSchema.safeParse(json);
    if (!parsed.success) {
      throw new CorruptFileError(path, `line ${lineNumber}: ${describeZodError(parsed.error)}`);
    }
    return parsed.data.revision;
  });
}

export interface RevisionLine {
  lineNumber: number;
  json: unknown;
}

/**
 * The one reader of the format, before validation (a migration reads old shapes through it):
 * every complete line parsed as JSON, a torn last line left out. Throws CorruptFileError for a
 * complete line that is not JSON; a missing file has no lines.
 */
export async function readRevisionLines(path: string): Promise<RevisionLine[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  const lines: RevisionLine[] = [];
  let lineNumber = 0;
  for (const line of complete.split('\n')) {
    lineNumber += 1;
    if (line === '') continue;
    try {
      lines.push({ lineNumber, json: JSON.parse(line) as unknown });
    } catch {
      throw new CorruptFileError(path, `line ${lineNumber} is not valid JSON`);
    }
  }
  return lines;
}

export async function appendRevision(path: string, schemaVersion: number, revision: Revision): Promise<void> {
  const handle = await open(path, 'a+');
  try {
    const { size } = await handle.stat();
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) await cutTornTail(path);
    }
    await handle.write(`${JSON.stringify({ schemaVersion, revision })}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

async function cutTornTail(path: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  await truncate(path, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
}
