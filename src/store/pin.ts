// PIN and recovery-code hashing: PBKDF2-SHA-256 via WebCrypto with a random 16-byte salt. The stored
// value never reveals a PIN staff may reuse elsewhere; the lockout (session.ts) limits guessing.

export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 600_000;
/** Verifying should stay well under a second on the kiosk. */
const TARGET_MS = 600;
/** No 0/O or 1/I/L: the code is read off paper by a tired person. */
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export interface SecretHash {
  iterations: number;
  /** Hex. */
  salt: string;
  /** Hex, 32 bytes. */
  hash: string;
}

export interface StoredPin {
  version: 1;
  pin: SecretHash;
  recovery: SecretHash;
}

export const isPin = (pin: string) => /^\d{4,8}$/.test(pin);

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (s: string) => new Uint8Array((s.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));

async function derive(secret: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashSecret(secret: string, iterations: number): Promise<SecretHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { iterations, salt: hex(salt), hash: hex(await derive(secret, salt, iterations)) };
}

export async function verifySecret(secret: string, stored: SecretHash): Promise<boolean> {
  const got = await derive(secret, unhex(stored.salt), stored.iterations);
  const want = unhex(stored.hash);
  // Compare every byte, so the time taken does not say how much matched.
  let diff = got.length ^ want.length;
  for (let i = 0; i < want.length; i++) diff |= (got[i] ?? 0) ^ want[i]!;
  return diff === 0;
}

/**
 * The iteration count for this device: as many as fit in about TARGET_MS, between 100 000 and
 * 600 000 (OWASP), in steps of 10 000. `elapsed` is injected so tests control the measurement.
 */
export async function calibrateIterations(elapsed: () => number = () => performance.now()): Promise<number> {
  const start = elapsed();
  await derive('calibrate', new Uint8Array(16), MIN_ITERATIONS);
  const ms = Math.max(1, elapsed() - start);
  const fit = Math.floor((MIN_ITERATIONS * TARGET_MS) / ms / 10_000) * 10_000;
  return Math.min(MAX_ITERATIONS, Math.max(MIN_ITERATIONS, fit));
}

/** 12 letters and digits in three groups, e.g. "K7PM-Q2WX-9HTR" (about 59 bits). */
export function newRecoveryCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const chars = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What staff typed, made comparable: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(input: string): string {
  const plain = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return plain.length === 12 ? [0, 4, 8].map((i) => plain.slice(i, i + 4)).join('-') : plain;
}
