// Tabs and windows of one profile, and the sync worker, tell each other what they wrote: a
// BroadcastChannel reaches every other page and worker of the origin (never the sender itself).
import type { Id } from '../domain/types';

/** What was written elsewhere: record keys `<store>:<id>`, photo ids, settings' meta keys. */
export interface Written {
  kind: 'written';
  records: string[];
  photos: Id[];
  meta: string[];
}

export type ChannelMessage = Written | { kind: 'replaced' } | { kind: 'sync'; status: unknown };

export const CHANNEL_NAME = 'dagstavlen';

export interface Channel {
  post(message: ChannelMessage): void;
  listen(on: (message: ChannelMessage) => void): () => void;
}

export const noChannel: Channel = { post: () => undefined, listen: () => () => undefined };

export function browserChannel(): Channel {
  if (typeof BroadcastChannel !== 'function') return noChannel;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  return {
    post: (message) => channel.postMessage(message),
    listen(on) {
      const handler = (e: MessageEvent<ChannelMessage>) => on(e.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}
