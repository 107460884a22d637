import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { tempPathFor } from '../library/durable-write';

const CHUNK = 4 * 1024 * 1024;

/**
 * A file written in pieces too large to hold at once (a segment's texts), made durable the
 * way writeFileDurably makes a whole file: into a temp file beside the target, fsync, rename.
 * The caller syncs the directory once for all the files it commits together.
 */
export class DurableFileWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;

  private constructor(
    private readonly target: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(target: string): Promise<DurableFileWriter> {
    const temp = tempPathFor(target);
    return new DurableFileWriter(target, temp, await open(temp, 'w'));
  }

  /** Bytes written so far: the offset the next write lands at. */
  get size(): number {
    return this.written + this.pendingBytes;
  }

  async write(bytes: Buffer): Promise<void> {
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= CHUNK) await this.drain();
  }

  async commit(): Promise<void> {
    try {
      await this.drain();
      await this.handle.datasync();
    } catch (error) {
      await this.abort();
      throw error;
    }
    await this.handle.close();
    await rename(this.temp, this.target);
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.temp, { force: true });
  }

  private async drain(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.handle.write(
        data,
        done,
        data.length - done,
        this.written + done,
      );
      done += bytesWritten;
    }
    this.written += data.length;
  }
}
