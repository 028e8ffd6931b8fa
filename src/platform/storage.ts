// Storage space and persistence (navigator.storage). Best-effort storage may be evicted under
// pressure; a persistent grant protects the café's data.

export interface StorageInfo {
  /** Bytes in use, or null when the browser does not say. */
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export interface StorageEnv {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export function browserStorageEnv(): StorageEnv {
  const s = (navigator as Navigator & { storage?: StorageManager }).storage;
  if (!s) return {};
  return {
    persist: () => s.persist(),
    persisted: () => s.persisted(),
    estimate: () => s.estimate(),
  };
}

/** Ask once per start; Chromium decides silently, so the answer is only shown, never nagged. */
export async function requestPersistence(env: StorageEnv): Promise<boolean | null> {
  try {
    if (env.persisted && (await env.persisted())) return true;
    return env.persist ? await env.persist() : null;
  } catch {
    return null;
  }
}

export async function storageInfo(env: StorageEnv): Promise<StorageInfo> {
  const [estimate, persisted] = await Promise.all([
    env.estimate?.().catch(() => undefined),
    env.persisted?.().catch(() => null),
  ]);
  return {
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    persisted: persisted ?? null,
  };
}

/** At or above this share of the quota staff see a warning. */
export const STORAGE_WARNING = 0.8;

export function usageShare(info: StorageInfo): number | null {
  if (info.usage === null || !info.quota) return null;
  return info.usage / info.quota;
}
