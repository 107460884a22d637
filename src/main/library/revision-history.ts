/**
 * revisions/<id>.jsonl, one append-only log per release (the format is revision-log.ts). Appends
 * to one log run one at a time; a log that cannot be read is quarantined and reads as empty,
 * so a damaged history never stops the release itself from opening.
 */
import { join } from 'node:path';
import type { Revision } from '@shared/domain';
import type { KeyedQueue } from './keyed-queue';
import type { Quarantine } from './quarantine';
import { appendRevision, readRevisions } from './revision-log';
import { CorruptFileError } from './validated-json-file';

export class RevisionHistory {
  constructor(
    private readonly dir: string,
    private readonly schemaVersion: number,
    private readonly writes: KeyedQueue,
    private readonly quarantine: Quarantine,
  ) {}

  append(revision: Revision): Promise<void> {
    const path = this.logPath(revision.releaseId);
    return this.writes.run(path, () => appendRevision(path, this.schemaVersion, revision));
  }

  async list(releaseId: string): Promise<Revision[]> {
    const path = this.logPath(releaseId);
    try {
      return await this.writes.run(path, () => readRevisions(path));
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await this.quarantine.add(path, error.reason);
      return [];
    }
  }

  private logPath(releaseId: string): string {
    return join(this.dir, `${releaseId}.jsonl`);
  }
}
