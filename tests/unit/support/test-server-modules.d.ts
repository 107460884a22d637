// The sync tests' server packages ship no type declarations; couch-test-server.ts types its use.
declare module 'pouchdb-adapter-memory';
declare module 'express-pouchdb';
declare module 'express';
