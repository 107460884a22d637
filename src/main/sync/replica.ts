/**
 * The library's local replica (sync/replica/ in the library folder): the documents as last
 * exchanged with the server, with their revision trees, so that a merge finds the common
 * ancestor. It is derived state: the release files stay the source of truth.
 *
 * Local edits are written as explicit revisions that descend from the revision the release
 * file was last in step with (`FileState`), not from whatever the replica holds now: an edit
 * made while newer text arrived becomes a conflict to merge, never an overwrite.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openLocalDatabase, type Database, type DocMeta } from './engine';

/** Where a release file stood when it was last exported or imported. */
export interface FileState {
  /** The release's rev in the library at that moment. */
  libraryRev: number;
  /** Each of its documents' replica revision at that moment. */
  revs: Record<string, string>;
}

const stateId = (releaseId: string) => `_local/file-${releaseId}`;
const IMPORT_SEQ = '_local/import-seq';

export class Replica {
  private constructor(readonly db: Database) {}

  static async open(libraryDir: string): Promise<Replica> {
    const dir = join(libraryDir, 'sync');
    await mkdir(dir, { recursive: true });
    return new Replica(openLocalDatabase(join(dir, 'replica')));
  }

  async fileState(releaseId: string): Promise<FileState | null> {
    const doc = await this.getOrNull(stateId(releaseId));
    return doc ? (doc.state as FileState) : null;
  }

  async setFileState(releaseId: string, state: FileState): Promise<void> {
    await this.putLocal(stateId(releaseId), { state });
  }

  async importSeq(): Promise<number | string> {
    const doc = await this.getOrNull(IMPORT_SEQ);
    return (doc?.seq as number | string | undefined) ?? 0;
  }

  async setImportSeq(seq: number | string): Promise<void> {
    await this.putLocal(IMPORT_SEQ, { seq });
  }

  /** The body of one revision, without PouchDB's fields; null if unknown. */
  async body(id: string, rev: string): Promise<Record<string, unknown> | null> {
    const doc = await this.db.get(id, { rev }).catch(() => null);
    return doc && !doc._deleted ? stripMeta(doc) : null;
  }

  /**
   * Writes `body` (or a deletion) as a child of `parent` (null: a first revision). The new
   * revision's id is a hash of parent and content, so two libraries writing the same change
   * on the same parent — settling the same conflict — make the same revision.
   */
  async writeChild(
    id: string,
    parent: string | null,
    body: Record<string, unknown> | null,
  ): Promise<string> {
    const ancestors = parent
      ? ((await this.db.get(id, { rev: parent, revs: true }))._revisions ?? null)
      : null;
    const generation = (ancestors?.start ?? 0) + 1;
    const hash = createHash('md5')
      .update(`${parent ?? ''}\n${body === null ? 'deleted' : JSON.stringify(body)}`)
      .digest('hex');
    const rev = `${generation}-${hash}`;
    const doc: DocMeta = {
      ...(body ?? {}),
      _id: id,
      _rev: rev,
      _revisions: { start: generation, ids: [hash, ...(ancestors?.ids ?? [])] },
      ...(body === null ? { _deleted: true } : {}),
    };
    await this.db.bulkDocs([doc], { new_edits: false });
    return rev;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  private async getOrNull(id: string): Promise<DocMeta | null> {
    return this.db.get(id).catch((error: { status?: number }) => {
      if (error.status === 404) return null;
      throw error;
    });
  }

  private async putLocal(id: string, fields: Record<string, unknown>): Promise<void> {
    const current = await this.getOrNull(id);
    await this.db.put({ ...fields, _id: id, ...(current?._rev ? { _rev: current._rev } : {}) });
  }
}

export function stripMeta(doc: DocMeta): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));
}
