import { appendFile, copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { QuarantinedFile } from '@shared/domain';

const REPORT = 'report.jsonl';

/**
 * quarantine/ keeps every file the library could not read, with a report line saying where
 * it came from and why, so nothing is silently dropped and the user can be told across
 * restarts.
 */
type ReportLine = QuarantinedFile | { dismissed: string; at: string };

export class Quarantine {
  private entries: QuarantinedFile[] = [];

  constructor(
    private readonly libraryDir: string,
    private readonly now: () => Date,
  ) {}

  get dir(): string {
    return join(this.libraryDir, 'quarantine');
  }

  async load(): Promise<void> {
    let text = '';
    try {
      text = await readFile(join(this.dir, REPORT), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const lines = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .flatMap((line): ReportLine[] => {
        try {
          return [JSON.parse(line) as ReportLine];
        } catch {
          return [];
        }
      });
    const dismissed = new Set(lines.flatMap((line) => ('dismissed' in line ? [line.dismissed] : [])));
    this.entries = lines.filter(
      (line): line is QuarantinedFile => 'file' in line && !dismissed.has(line.file),
    );
  }

  /** Files not yet dismissed by the user, newest first. */
  list(): QuarantinedFile[] {
    return [...this.entries].reverse();
  }

  /**
   * The user has seen these reports: stop showing them. The files stay in quarantine/ and
   * the report keeps both lines, so what happened can still be looked up.
   */
  async dismiss(files: string[]): Promise<void> {
    const known = files.filter((file) => this.entries.some((entry) => entry.file === file));
    if (known.length === 0) return;
    const at = this.now().toISOString();
    await mkdir(this.dir, { recursive: true });
    await appendFile(
      join(this.dir, REPORT),
      known.map((file) => `${JSON.stringify({ dismissed: file, at } satisfies ReportLine)}\n`).join(''),
    );
    this.entries = this.entries.filter((entry) => !known.includes(entry.file));
  }

  /** Moves `file` into quarantine/ under a unique name and records why. */
  add(file: string, reason: string): Promise<QuarantinedFile> {
    return this.record(file, reason, rename);
  }

  /**
   * Keeps a copy of `file` as it was before it is repaired in place, and records what was
   * repaired: the file stays usable, the user is told, and the original can be looked up.
   */
  addCopy(file: string, reason: string): Promise<QuarantinedFile> {
    return this.record(file, reason, copyFile);
  }

  /** Keeps `content` that never was a library file (a document from a sync server). */
  addContent(name: string, content: string, reason: string): Promise<QuarantinedFile> {
    const from = join(this.libraryDir, 'from-server', basename(name));
    return this.record(from, reason, (_from, to) => writeFile(to, content));
  }

  private async record(
    file: string,
    reason: string,
    place: (from: string, to: string) => Promise<void>,
  ): Promise<QuarantinedFile> {
    await mkdir(this.dir, { recursive: true });
    const at = this.now().toISOString();
    const stamp = at.replace(/[:.]/g, '-');
    const target = join(this.dir, `${stamp}-${basename(file)}`);
    await place(file, target);
    const entry: QuarantinedFile = {
      file: relative(this.libraryDir, target),
      original: relative(this.libraryDir, file),
      reason,
      at,
    };
    await appendFile(join(this.dir, REPORT), `${JSON.stringify(entry)}\n`);
    this.entries.push(entry);
    return entry;
  }
}
