/**
 * search/manifest.json names the segments that make up the index, oldest first. It is the
 * commit point of every flush and merge: segment files are written durably first, then the
 * manifest, and only then are the files it no longer names removed. A file the manifest does
 * not name is a leftover of an interrupted write.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../library/durable-write';

export const MANIFEST = 'manifest.json';
/**
 * The format of the files and of the analysis (folding, tokenizing, stemming): bump it when
 * either changes, and an index written before is rebuilt rather than read.
 */
const FORMAT = 1;

const manifestSchema = z.object({
  format: z.literal(FORMAT),
  segments: z.array(z.string().regex(/^s\d{8}$/)),
  /** Number of the next segment to be written. */
  next: z.number().int().min(1),
});
export type Manifest = z.infer<typeof manifestSchema>;

export type ManifestLoad =
  { state: 'missing' } | { state: 'damaged'; reason: string } | { state: 'ok'; manifest: Manifest };

export const EMPTY_MANIFEST: Manifest = { format: FORMAT, segments: [], next: 1 };

export function segmentName(number: number): string {
  return `s${String(number).padStart(8, '0')}`;
}

export async function readManifest(dir: string): Promise<ManifestLoad> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return {
      state: 'damaged',
      reason: `${MANIFEST}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: 'damaged', reason: `${MANIFEST} is not readable` };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format !== FORMAT) {
    return {
      state: 'damaged',
      reason: `the index is of format ${format}, this app writes ${FORMAT}`,
    };
  }
  const parsed = manifestSchema.safeParse(json);
  return parsed.success
    ? { state: 'ok', manifest: parsed.data }
    : { state: 'damaged', reason: `${MANIFEST} is not readable` };
}

export function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  return writeFileDurably(join(dir, MANIFEST), JSON.stringify(manifest));
}
