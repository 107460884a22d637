/**
 * The replication engine: PouchDB's core, its HTTP adapter (the server), its LevelDB adapter
 * (the local replica) and its replicator — the leanest set of its packages that runs under
 * Node and in Electron's main process. Typed here with just what src/main/sync uses.
 */
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import leveldbAdapter from 'pouchdb-adapter-leveldb';
import replication from 'pouchdb-replication';

export interface DocMeta {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  [field: string]: unknown;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
}

export interface Database {
  get(
    id: string,
    options?: { rev?: string; revs?: boolean; conflicts?: boolean },
  ): Promise<DocMeta>;
  put(doc: DocMeta): Promise<{ ok: boolean; rev: string }>;
  remove(doc: DocMeta): Promise<unknown>;
  bulkDocs(docs: DocMeta[], options?: { new_edits?: boolean }): Promise<unknown[]>;
  allDocs(options: {
    startkey?: string;
    endkey?: string;
    include_docs?: boolean;
    conflicts?: boolean;
    keys?: string[];
  }): Promise<{ rows: { id: string; value: { rev: string; deleted?: boolean }; doc?: DocMeta }[] }>;
  changes(options: {
    since: number | string;
    include_docs?: boolean;
    conflicts?: boolean;
    style?: 'all_docs';
  }): Promise<{
    results: { id: string; deleted?: boolean; doc?: DocMeta }[];
    last_seq: number | string;
  }>;
  info(): Promise<{ db_name: string; doc_count: number }>;
  close(): Promise<void>;
}

interface PouchStatic {
  new (name: string, options?: Record<string, unknown>): Database;
  plugin(plugin: unknown): PouchStatic;
  replicate(
    source: Database,
    target: Database,
    options?: Record<string, unknown>,
  ): Promise<ReplicationResult>;
}

const Pouch = (PouchDB as PouchStatic)
  .plugin(httpAdapter)
  .plugin(leveldbAdapter)
  .plugin(replication);

/** The library's own replica, a LevelDB folder. */
export function openLocalDatabase(path: string): Database {
  return new Pouch(path, { adapter: 'leveldb' });
}

export interface RemoteOptions {
  username?: string;
  password?: string;
}

/** The team's server database; credentials go in the Authorization header, never the URL. */
export function openRemoteDatabase(url: string, options: RemoteOptions = {}): Database {
  const auth =
    options.username !== undefined
      ? { username: options.username, password: options.password ?? '' }
      : undefined;
  return new Pouch(url, { adapter: 'http', skip_setup: true, ...(auth ? { auth } : {}) });
}

export function replicate(source: Database, target: Database): Promise<ReplicationResult> {
  return Pouch.replicate(source, target, { batch_size: 200 });
}
