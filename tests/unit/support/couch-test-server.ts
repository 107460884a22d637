/**
 * A CouchDB-compatible server for the sync tests: express-pouchdb over in-memory databases, on
 * 127.0.0.1 and a port the system picks. Stopping and starting it again keeps its databases
 * (they live in this process), as a server whose network was cut for a while does.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll } from 'vitest';
import { SLOW_MACHINE_MS } from '../../support/timeouts';

interface Request {
  url: string;
  headers: Record<string, string | undefined>;
  socket: { destroy(): void };
}
interface Response {
  status(code: number): { json(body: unknown): void };
}
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';

export interface CouchTestServerOptions {
  /** Refuse every request without these Basic credentials, as CouchDB with require_valid_user. */
  credentials?: { username: string; password: string };
}

export interface CouchTestServer {
  /** The URL of database `name`, created on the server. */
  database(name: string): Promise<string>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** After `count` more _bulk_docs writes, every connection is cut until stop() and start(). */
  cutAfterBulkWrites(count: number): void;
  readonly base: string;
}

export async function startCouchTestServer(
  options: CouchTestServerOptions = {},
): Promise<CouchTestServer> {
  const ServerPouch = (PouchDB as { plugin(p: unknown): { defaults(o: object): unknown } })
    .plugin(memoryAdapter)
    .defaults({ adapter: 'memory', prefix: `press-office-test-${process.pid}-` });
  const app = express();
  let writesLeft = Infinity;
  app.use((req: Request, res: Response, next: () => void) => {
    if (writesLeft <= 0) {
      req.socket.destroy();
      return;
    }
    if (req.url.includes('/_bulk_docs')) writesLeft -= 1;
    const expected = options.credentials;
    if (expected) {
      const sent = `Basic ${Buffer.from(`${expected.username}:${expected.password}`).toString('base64')}`;
      if (req.headers.authorization !== sent) {
        res.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
        return;
      }
    }
    next();
  });
  app.use('/', expressPouchdb(ServerPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = app.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    async database(name) {
      const expected = options.credentials;
      const headers: Record<string, string> = expected
        ? {
            authorization: `Basic ${Buffer.from(`${expected.username}:${expected.password}`).toString('base64')}`,
          }
        : {};
      const response = await fetch(`${base}/${name}`, { method: 'PUT', headers });
      if (!response.ok && response.status !== 412)
        throw new Error(`PUT ${name}: ${response.status}`);
      return `${base}/${name}`;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        const running = server;
        server = null;
        running?.closeAllConnections();
        running?.close((error) => (error ? reject(error) : resolve()));
      }),
    start: () => {
      writesLeft = Infinity;
      return listen();
    },
    cutAfterBulkWrites(count) {
      writesLeft = count;
    },
  };
}

/** Starts one server for the file's tests and stops it after them; the getter reads it in a test. */
export function useCouchTestServer(): () => CouchTestServer {
  let server: CouchTestServer | undefined;
  beforeAll(async () => {
    server = await startCouchTestServer();
  }, SLOW_MACHINE_MS);
  afterAll(async () => {
    await server?.stop();
  }, SLOW_MACHINE_MS);
  return () => {
    if (!server) throw new Error('the CouchDB test server is not started');
    return server;
  };
}
