// Typed storage errors: the store maps each kind to a plain Danish message.

export type DbErrorKind = 'quota' | 'blocked' | 'version' | 'upgrade' | 'unreadable' | 'aborted' | 'closed';

export class DbError extends Error {
  constructor(
    readonly kind: DbErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'DbError';
  }
}

export function toDbError(err: unknown): DbError {
  if (err instanceof DbError) return err;
  const name = (err as { name?: string } | null)?.name ?? '';
  const message = (err as { message?: string } | null)?.message ?? String(err);
  // Chromium reports a full disk as QuotaExceededError, sometimes wrapped in an AbortError.
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new DbError('quota', message, err);
  if (name === 'VersionError') return new DbError('version', message, err);
  if (name === 'AbortError') return new DbError('aborted', message, err);
  if (name === 'InvalidStateError' && /clos/i.test(message)) return new DbError('closed', message, err);
  return new DbError('unreadable', message, err);
}
