/** Why a call failed; the renderer shows `message` and branches on `code`. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'FORBIDDEN_SENDER',
  'CANCELLED',
  'NOT_FOUND',
  'UNTITLED',
  'CONFLICT',
  'TOO_LARGE',
  'NOT_JSON',
  'NOT_A_PROJECT',
  'NEWER_VERSION',
  'INVALID_PROJECT',
  'DISK_FULL',
  'PERMISSION_DENIED',
  'READ_FAILED',
  'WRITE_FAILED',
  'EXPORT_FAILED',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiError {
  readonly code: ErrorCode
  readonly message: string
  /** The file concerned, shown by name so the facilitator knows which one. */
  readonly fileName?: string
}

/** Every call answers with a result; errors never cross the boundary as exceptions. */
export type Result<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ApiError }

/** A successful result. */
export function ok<T>(data: T): Result<T> {
  return { ok: true, data }
}

/** A failed result. */
export function fail<T = never>(code: ErrorCode, message: string, fileName?: string): Result<T> {
  return {
    ok: false,
    error: fileName === undefined ? { code, message } : { code, message, fileName },
  }
}
