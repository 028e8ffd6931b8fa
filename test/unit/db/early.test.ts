// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, takeEarlyConnection } from '../../../src/db/open';
import { DB_NAME, DB_VERSION } from '../../../src/db/schema';

const page = readFileSync(resolve('index.html'), 'utf8');
const inline = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
const scope = globalThis as { earlyDatabase?: Promise<IDBDatabase | null>; window?: unknown };

/** Run index.html's inline script as the page would, with `window` being this global. */
function runInlineScript() {
  scope.window = globalThis;
  new Function(inline)();
  return scope.earlyDatabase!;
}

afterEach(() => {
  delete scope.earlyDatabase;
  delete scope.window;
});

describe("index.html's early open", () => {
  it('opens the database the app uses', () => {
    expect(inline).toContain(`indexedDB.open('${DB_NAME}')`);
  });

  it('hands over an existing database at its own version', async () => {
    (await openDatabase(DB_NAME)).close();
    const early = await runInlineScript();
    expect(early?.version).toBe(DB_VERSION);
    const db = await takeEarlyConnection(DB_NAME);
    expect(db?.objectStoreNames.contains('meta')).toBe(true);
    db?.close();
    await new Promise((done) => {
      indexedDB.deleteDatabase(DB_NAME).onsuccess = done;
    });
  });

  it('never creates a database that does not exist yet', async () => {
    const early = await runInlineScript();
    expect(early).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    expect(await takeEarlyConnection(DB_NAME)).toBeNull();
  });
});

describe('taking the early connection over', () => {
  it('is nothing when no page began one', async () => {
    expect(await takeEarlyConnection('nothing-begun')).toBeNull();
  });

  it('closes one at another version and leaves the upgrade to the migrations', async () => {
    const name = `old-${Math.random()}`;
    const old = await new Promise<IDBDatabase>((done) => {
      const q = indexedDB.open(name, 1);
      q.onsuccess = () => done(q.result);
    });
    let closed = false;
    const close = old.close.bind(old);
    old.close = () => {
      closed = true;
      close();
    };
    scope.earlyDatabase = Promise.resolve(old);
    expect(await takeEarlyConnection(name)).toBeNull();
    expect(closed).toBe(true);
    const upgraded = await openDatabase(name);
    expect(upgraded.version).toBe(DB_VERSION);
    upgraded.close();
  });

  it("answers another tab's upgrade with the app's own hook", async () => {
    const name = `taken-${Math.random()}`;
    (await openDatabase(name)).close();
    scope.earlyDatabase = new Promise((done) => {
      const q = indexedDB.open(name);
      q.onsuccess = () => done(q.result);
    });
    const blocking: string[] = [];
    const db = await takeEarlyConnection(name, {
      onBlocking: () => {
        blocking.push('asked');
        db?.close();
      },
    });
    const newer = await new Promise<IDBDatabase>((done) => {
      const q = indexedDB.open(name, DB_VERSION + 1);
      q.onsuccess = () => done(q.result);
    });
    expect(blocking).toEqual(['asked']);
    newer.close();
  });

  it('gives up on an open that never answers, and closes it if it answers late', async () => {
    const name = `late-${Math.random()}`;
    (await openDatabase(name)).close();
    let answer: (db: IDBDatabase) => void = () => undefined;
    scope.earlyDatabase = new Promise((done) => {
      answer = done;
    });
    expect(await takeEarlyConnection(name, {}, 20)).toBeNull();
    const late = await new Promise<IDBDatabase>((done) => {
      const q = indexedDB.open(name);
      q.onsuccess = () => done(q.result);
    });
    let closed = false;
    late.close = () => {
      closed = true;
    };
    answer(late);
    await expect.poll(() => closed).toBe(true);
  });
});
