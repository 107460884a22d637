/**
 * One sync of a library with a team server: export the releases saved since the last sync
 * into the local replica, replicate both ways, settle conflicts, and write what changed back
 * into the release files. Every document from the server is validated with the schemas of
 * the release files; one that fails is quarantined and reported, and its release is left as
 * the library has it.
 */
import { hostname } from 'node:os';
import { deepEqual } from 'fast-equals';
import type { Editor, Release } from '@shared/domain';
import type { LibraryApi } from '../library/library-api';
import { openRemoteDatabase, replicate, type Database, type DocMeta } from './engine';
import type { SyncTarget } from './sync-target';
import {
  docsToRelease,
  fileContent,
  releaseIdOf,
  releasePrefix,
  releaseToDocs,
  schemaFor,
  type ReleaseDocBody,
} from './document-mapping';
import { recordMergeSides, type ImportedVariant } from './merge-history';
import { settleConflict } from './settle-conflict';
import { Replica, stripMeta, type FileState } from './replica';

export interface SyncReport {
  /** Releases whose local edits went into the replica. */
  exported: string[];
  pushed: number;
  pulled: number;
  /** Releases rewritten from what arrived. */
  imported: string[];
  /** Documents settled by a merge. */
  merged: string[];
  /** Documents that failed validation and went to quarantine. */
  quarantined: { doc: string; reason: string }[];
  /** Releases saved locally while the sync ran: they are picked up by the next sync. */
  deferred: string[];
}

export interface SyncOptions {
  /** The device named with this library's edits; the machine's host name unless given. */
  device?: string;
}

export async function syncLibrary(
  library: LibraryApi,
  target: SyncTarget,
  options: SyncOptions = {},
): Promise<SyncReport> {
  const replica = await Replica.open(library.dir);
  const remote = openRemoteDatabase(target.url, target);
  const report: SyncReport = {
    exported: [],
    pushed: 0,
    pulled: 0,
    imported: [],
    merged: [],
    quarantined: [],
    deferred: [],
  };
  try {
    const author = { name: library.getSettings().userName, device: options.device ?? hostname() };
    await exportChanges(library, replica, author, report);
    report.pushed = (await replicate(replica.db, remote)).docs_written;
    report.pulled = (await replicate(remote, replica.db)).docs_written;
    await importChanges(library, replica, report);
    // Merges made here go back at once, so the other libraries see the settled text.
    if (report.merged.length > 0)
      report.pushed += (await replicate(replica.db, remote)).docs_written;
  } finally {
    await Promise.allSettled([replica.close(), remote.close()]);
  }
  return report;
}

const PAGE = 500;

/** Every release's id and local rev, from the index. */
async function allReleaseRows(library: LibraryApi): Promise<{ id: string; rev: number }[]> {
  const rows: { id: string; rev: number }[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await library.listReleases({ offset, limit: PAGE });
    rows.push(...page.rows.map(({ id, rev }) => ({ id, rev })));
    if (rows.length >= page.total || page.rows.length === 0) return rows;
  }
}

/** Writes every release saved since its last sync into the replica. */
async function exportChanges(
  library: LibraryApi,
  replica: Replica,
  author: Editor,
  report: SyncReport,
): Promise<void> {
  for (const row of await allReleaseRows(library)) {
    const state = await replica.fileState(row.id);
    if (state?.libraryRev === row.rev) continue;
    const release = await library.getRelease(row.id);
    const revs = await exportRelease(replica, release, state, author);
    await replica.setFileState(release.id, { libraryRev: release.rev, revs });
    report.exported.push(release.id);
  }
}

async function exportRelease(
  replica: Replica,
  release: Release,
  state: FileState | null,
  author: Editor,
): Promise<Record<string, string>> {
  const docs = releaseToDocs(release, author);
  const revs: Record<string, string> = {};
  for (const [id, body] of docs) {
    const parent = state?.revs[id] ?? null;
    const before = parent ? await replica.body(id, parent) : null;
    // Only what reaches the file counts: an imported version unchanged since is not re-sent
    // just because this library would name itself as its editor.
    revs[id] =
      before && deepEqual(fileContent(before as unknown as ReleaseDocBody), fileContent(body))
        ? parent!
        : await replica.writeChild(id, parent, body as unknown as Record<string, unknown>);
  }
  return revs;
}

/** Validates, settles and writes into the library every release the replica has news of. */
async function importChanges(
  library: LibraryApi,
  replica: Replica,
  report: SyncReport,
): Promise<void> {
  const changes = await replica.db.changes({ since: await replica.importSeq() });
  const touched = new Set(changes.results.flatMap((change) => releaseIdOf(change.id) ?? []));
  for (const id of touched) await importRelease(library, replica, id, report);
  await replica.setImportSeq(changes.last_seq);
}

async function importRelease(
  library: LibraryApi,
  replica: Replica,
  id: string,
  report: SyncReport,
): Promise<void> {
  const winners = await currentDocs(replica.db, id);
  const bodies: ReleaseDocBody[] = [];
  const revs: Record<string, string> = {};
  // Versions at a revision the release file has not been in step with: news to record.
  const arrived: ImportedVariant[] = [];
  const state = await replica.fileState(id);
  for (const doc of winners) {
    const checked = validate(doc);
    if (!checked.ok) {
      await quarantine(library, doc, checked.reason, report);
      return;
    }
    let body = checked.body;
    let rev = doc._rev!;
    if (doc._conflicts?.length) {
      ({ body, rev } = await settleConflict(replica, doc, body, (loser, reason) =>
        quarantine(library, loser, reason, report),
      ));
      report.merged.push(doc._id);
    }
    bodies.push(body);
    revs[doc._id] = rev;
    if (body.type === 'release-variant' && rev !== state?.revs[doc._id])
      arrived.push({ rev, body });
  }
  const built = docsToRelease(bodies);
  if (!built.ok) {
    await quarantine(library, { _id: releasePrefix(id) }, built.reason, report);
    return;
  }
  const local = await library.getRelease(id).catch(() => null);
  // A release saved since its export has edits the replica does not hold yet: leave it to the
  // next sync, which writes them as a branch and merges.
  if (local && local.rev !== state?.libraryRev) {
    report.deferred.push(id);
    return;
  }
  if (!local || JSON.stringify(local) !== JSON.stringify(built.release)) {
    await library.putReplicatedRelease(built.release, local?.rev ?? null);
    report.imported.push(id);
  }
  await recordMergeSides(library, built.release, arrived);
  await replica.setFileState(id, { libraryRev: built.release.rev, revs });
}

/** The winning revision of each live document of release `id`, with its conflicts. */
async function currentDocs(db: Database, id: string): Promise<DocMeta[]> {
  const prefix = releasePrefix(id);
  const { rows } = await db.allDocs({
    startkey: prefix,
    endkey: `${prefix}\ufff0`,
    include_docs: true,
    conflicts: true,
  });
  return rows.flatMap((row) => (row.doc && !row.value.deleted ? [row.doc] : []));
}

function validate(
  doc: DocMeta,
): { ok: true; body: ReleaseDocBody } | { ok: false; reason: string } {
  const schema = schemaFor(doc._id);
  if (!schema) return { ok: false, reason: 'not a document this app knows' };
  const parsed = schema.safeParse(stripMeta(doc));
  if (parsed.success) return { ok: true, body: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    reason: issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'invalid',
  };
}

async function quarantine(
  library: LibraryApi,
  doc: DocMeta,
  reason: string,
  report: SyncReport,
): Promise<void> {
  const name = `${doc._id.replace(/[^a-z0-9-]+/gi, '-')}.json`;
  await library.quarantineDocument(
    name,
    JSON.stringify(doc, null, 2),
    `from the sync server: ${reason}`,
  );
  report.quarantined.push({ doc: doc._id, reason });
}
