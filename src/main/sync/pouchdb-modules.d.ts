// PouchDB's packages ship no type declarations; engine.ts gives them the narrow types used here.
declare module 'pouchdb-core';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-adapter-leveldb';
declare module 'pouchdb-replication';
