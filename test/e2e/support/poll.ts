// Waiting for a state that follows a saved edit: a strict IndexedDB commit on two busy cores can
// take longer than vitest's default one-second poll.
import { expect } from 'vitest';

export const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
