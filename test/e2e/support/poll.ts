// Waiting for a state that follows a saved edit, with the e2e project's own poll timeout
// (vite.config.ts: long enough for PIN hashing and photo decoding on two busy cores).
import { expect } from 'vitest';

export const poll = <T>(read: () => T | Promise<T>) => expect.poll(read);
