import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReleaseSummary } from '@shared/domain';
import { syncDirectory, writeFileDurably } from './durable-write';

type Titles = ReleaseSummary['titles'];

/** A summary row as kept on disk: titles live in titles.log, found by byte offset. */
export interface IndexRow extends Omit<ReleaseSummary, 'titles'> {
  /** Size and mtime of releases/<id>.json when indexed: a mismatch means the file changed. */
  file: { size: number; mtimeMs: number };
  titles: [offset: number, length: number];
}

export interface IndexEntry {
  summary: ReleaseSummary;
  file: IndexRow['file'];
}

type RowsLine = { op: 'put'; row: IndexRow } | { op: 'begin'; id: string } | { op: 'del'; id: string };

export type IndexLoad =
  | { state: 'missing' }
  | { state: 'corrupt'; reason: string }
  | { state: 'ok'; index: ReleaseIndex; unfinished: string[] };

const ROWS = 'rows.log';
const TITLES = 'titles.log';

function isIndexRow(value: unknown): value is IndexRow {
  const row = value as IndexRow;
  return (
    typeof row === 'object' &&
    row !== null &&
    typeof row.id === 'string' &&
    typeof row.rev === 'number' &&
    typeof row.date === 'string' &&
    typeof row.updatedAt === 'string' &&
    typeof row.statuses === 'object' &&
    Array.isArray(row.tags) &&
    typeof row.file?.size === 'number' &&
    Array.isArray(row.titles) &&
    row.titles.length === 2
  );
}

function encodeTitles(id: string, titles: Titles): Buffer {
  return Buffer.from(`${JSON.stringify({ id, titles })}\n`, 'utf8');
}

/**
 * The release index: one summary row per release, kept as two append-only logs so that a
 * save costs the same at 50 rows or 50,000.
 *
 * - rows.log: small, mostly ASCII lines `{"op":"put","row":…}`, `{"op":"del","id":…}` and
 *   `{"op":"begin","id":…}` (written before a release file is replaced: a begin without a
 *   later put/del after a crash names the release to re-read). Read whole on open.
 * - titles.log: each release's titles in every language, appended on save and read by
 *   offset for the rows actually shown. Titles are most of an index's bytes (seven scripts,
 *   mostly two-byte characters); decoding them all at start-up would dominate cold open.
 *
 * A titles record names its release id; a record that does not match (a crash between the
 * two logs) is treated as missing and the caller falls back to the release file.
 */
export class ReleaseIndex {
  private readonly rows = new Map<string, IndexRow>();
  private readonly titleCache = new Map<string, Titles>();
  private sortedCache: IndexRow[] | null = null;
  private appendChain: Promise<void> = Promise.resolve();
  private garbageLines = 0;

  private constructor(
    private readonly dir: string,
    private rowsHandle: FileHandle,
    private titlesHandle: FileHandle,
    private titlesSize: number,
  ) {}

  static async load(dir: string): Promise<IndexLoad> {
    let text: string;
    try {
      text = await readFile(join(dir, ROWS), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
      throw error;
    }
    const rows = new Map<string, IndexRow>();
    const begun = new Set<string>();
    let lines = 0;
    let pos = 0;
    while (pos < text.length) {
      const end = text.indexOf('\n', pos);
      // A last line without its newline is a write the process never finished: ignore it.
      if (end < 0) break;
      const raw = text.slice(pos, end);
      pos = end + 1;
      if (raw === '') continue;
      lines += 1;
      let line: RowsLine;
      try {
        line = JSON.parse(raw) as RowsLine;
      } catch {
        return { state: 'corrupt', reason: `rows.log line ${lines} is not valid JSON` };
      }
      if (line.op === 'put' && isIndexRow(line.row)) {
        rows.set(line.row.id, line.row);
        begun.delete(line.row.id);
      } else if (line.op === 'del' && typeof line.id === 'string') {
        rows.delete(line.id);
        begun.delete(line.id);
      } else if (line.op === 'begin' && typeof line.id === 'string') {
        begun.add(line.id);
      } else {
        return { state: 'corrupt', reason: `rows.log line ${lines} is not an index record` };
      }
    }
    let titlesHandle: FileHandle;
    try {
      titlesHandle = await open(join(dir, TITLES), 'a+');
    } catch (error) {
      return { state: 'corrupt', reason: `titles.log cannot be opened (${(error as Error).message})` };
    }
    const titlesSize = (await titlesHandle.stat()).size;
    const rowsHandle = await open(join(dir, ROWS), 'a');
    if (pos < text.length) await rowsHandle.truncate(Buffer.byteLength(text.slice(0, pos)));
    const index = new ReleaseIndex(dir, rowsHandle, titlesHandle, titlesSize);
    for (const [id, row] of rows) index.rows.set(id, row);
    index.garbageLines = lines - rows.size;
    return { state: 'ok', index, unfinished: [...begun] };
  }

  /** Writes a fresh index holding exactly `entries` (rebuild and compaction). */
  static async create(dir: string, entries: Iterable<IndexEntry>): Promise<ReleaseIndex> {
    await mkdir(dir, { recursive: true });
    const rowLines: string[] = [];
    const titleChunks: Buffer[] = [];
    let offset = 0;
    for (const { summary, file } of entries) {
      const chunk = encodeTitles(summary.id, summary.titles);
      titleChunks.push(chunk);
      const { titles: _titles, ...rest } = summary;
      const row: IndexRow = { ...rest, file, titles: [offset, chunk.length] };
      rowLines.push(JSON.stringify({ op: 'put', row } satisfies RowsLine));
      offset += chunk.length;
    }
    // Titles first: rows pointing into a titles file that is not there yet would be wrong;
    // the reverse order only leaves unused bytes.
    await writeFileDurably(join(dir, TITLES), Buffer.concat(titleChunks));
    await writeFileDurably(join(dir, ROWS), rowLines.length ? `${rowLines.join('\n')}\n` : '');
    const loaded = await ReleaseIndex.load(dir);
    if (loaded.state !== 'ok') throw new Error(`index written but not readable: ${loaded.state}`);
    return loaded.index;
  }

  get size(): number {
    return this.rows.size;
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  row(id: string): IndexRow | undefined {
    return this.rows.get(id);
  }

  ids(): string[] {
    return [...this.rows.keys()];
  }

  /** Lines in rows.log that no longer describe a live release. */
  get garbage(): number {
    return this.garbageLines;
  }

  /** Rows newest first (by date, then last update); cached until the next change. */
  sorted(): IndexRow[] {
    // ISO dates compare correctly as plain strings; localeCompare would cost ~10× more.
    this.sortedCache ??= [...this.rows.values()].sort((a, b) =>
      a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
    );
    return this.sortedCache;
  }

  /** Titles of one row, or null when titles.log does not hold them (then read the release). */
  async titles(id: string): Promise<Titles | null> {
    const cached = this.titleCache.get(id);
    if (cached) return cached;
    const row = this.rows.get(id);
    if (!row) return null;
    const [offset, length] = row.titles;
    if (offset + length > this.titlesSize) return null;
    const buffer = Buffer.alloc(length);
    await this.titlesHandle.read(buffer, 0, length, offset);
    try {
      const record = JSON.parse(buffer.toString('utf8')) as { id: string; titles: Titles };
      if (record.id !== id || typeof record.titles !== 'object') return null;
      this.titleCache.set(id, record.titles);
      return record.titles;
    } catch {
      return null;
    }
  }

  /**
   * Records that releases/<id>.json is about to be replaced (see the class comment). Not
   * synced by itself: a kill leaves it in the page cache, the next put's sync makes it
   * durable, and after a power cut the background file check catches what it would have.
   */
  begin(id: string): Promise<void> {
    return this.enqueue(() => this.writeRowsLine({ op: 'begin', id }, false));
  }

  put(entry: IndexEntry): Promise<void> {
    return this.enqueue(async () => {
      const { summary, file } = entry;
      const chunk = encodeTitles(summary.id, summary.titles);
      const offset = this.titlesSize;
      // Not synced on its own: the row below is the commit point, and a row whose titles
      // were lost to a power cut is detected by the id check in titles() and read from the file.
      await this.titlesHandle.write(chunk, 0, chunk.length, offset);
      this.titlesSize += chunk.length;
      const { titles, ...rest } = summary;
      const row: IndexRow = { ...rest, file, titles: [offset, chunk.length] };
      await this.writeRowsLine({ op: 'put', row });
      if (this.rows.has(row.id)) this.garbageLines += 1;
      this.rows.set(row.id, row);
      this.titleCache.set(row.id, titles);
      this.sortedCache = null;
    });
  }

  remove(id: string): Promise<void> {
    return this.enqueue(async () => {
      await this.writeRowsLine({ op: 'del', id });
      if (this.rows.delete(id)) this.garbageLines += 2;
      this.titleCache.delete(id);
      this.sortedCache = null;
    });
  }

  /** Waits for every append queued so far. */
  async idle(): Promise<void> {
    await this.appendChain;
  }

  async close(): Promise<void> {
    await this.idle();
    await this.rowsHandle.close();
    await this.titlesHandle.close();
  }

  /** Rewrites both logs with only the live rows; old titles are copied as bytes, not decoded. */
  async compact(): Promise<ReleaseIndex> {
    await this.idle();
    const live = [...this.rows.values()];
    const chunks: Buffer[] = [];
    const rowLines: string[] = [];
    let offset = 0;
    for (const row of live) {
      const [from, length] = row.titles;
      const chunk = Buffer.alloc(length);
      if (from + length <= this.titlesSize) await this.titlesHandle.read(chunk, 0, length, from);
      chunks.push(chunk);
      rowLines.push(JSON.stringify({ op: 'put', row: { ...row, titles: [offset, length] } }));
      offset += length;
    }
    await this.close();
    const newTitles = join(this.dir, `${TITLES}.compacted`);
    const newRows = join(this.dir, `${ROWS}.compacted`);
    await writeFileDurably(newTitles, Buffer.concat(chunks));
    await writeFileDurably(newRows, rowLines.length ? `${rowLines.join('\n')}\n` : '');
    await rename(newTitles, join(this.dir, TITLES));
    await rename(newRows, join(this.dir, ROWS));
    await syncDirectory(this.dir);
    const loaded = await ReleaseIndex.load(this.dir);
    if (loaded.state !== 'ok') throw new Error(`compacted index not readable: ${loaded.state}`);
    return loaded.index;
  }

  private async writeRowsLine(line: RowsLine, sync = true): Promise<void> {
    await this.rowsHandle.write(`${JSON.stringify(line)}\n`);
    if (sync) await this.rowsHandle.datasync();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const result = this.appendChain.then(task);
    this.appendChain = result.catch(() => undefined);
    return result;
  }
}
