// The few parts of PouchDB 9 the sync worker uses. Its DefinitelyTyped types lag behind version 9
// and declare a global Buffer that clashes with Node's in the tests, so they are not installed.
declare module 'pouchdb-core' {
  export interface Emitter<T> {
    on(event: string, fn: (info: unknown) => void): T;
    cancel(): void;
  }
  export interface Replication extends Emitter<Replication>, Promise<unknown> {}
  export interface Database {
    allDocs(opts?: object): Promise<never>;
    bulkDocs(docs: object[]): Promise<never>;
    get(id: string, opts?: object): Promise<unknown>;
    changes(opts: object): Promise<never>;
    count?: never;
    destroy(): Promise<unknown>;
    sync(remote: Database, opts?: object): Replication;
    replicate: {
      to(remote: Database, opts?: object): Replication;
      from(remote: Database, opts?: object): Replication;
    };
  }
  export interface Static {
    new (name: string, opts?: object): Database;
    plugin(plugin: unknown): Static;
  }
  const PouchDB: Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
