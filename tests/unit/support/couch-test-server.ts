/**
 * A CouchDB-compatible server for the sync tests: express-pouchdb over in-memory databases, on
 * 127.0.0.1 and a port the system picks. Stopping and starting it again keeps its databases
 * (they live in this process), as a server whose network was cut for a while does.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';

export interface CouchTestServer {
  /** The URL of database `name`, created on the server. */
  database(name: string): Promise<string>;
  stop(): Promise<void>;
  start(): Promise<void>;
  readonly base: string;
}

export async function startCouchTestServer(): Promise<CouchTestServer> {
  const ServerPouch = (PouchDB as { plugin(p: unknown): { defaults(o: object): unknown } })
    .plugin(memoryAdapter)
    .defaults({ adapter: 'memory', prefix: `press-office-test-${process.pid}-` });
  const app = express();
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
      const response = await fetch(`${base}/${name}`, { method: 'PUT' });
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
    start: listen,
  };
}
