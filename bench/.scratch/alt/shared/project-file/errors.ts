import type { ErrorCode } from '../api/result'

/** The ways a project file can fail to load; each is one of the contract's error codes. */
export type ProjectFileErrorCode = Extract<
  ErrorCode,
  'TOO_LARGE' | 'NOT_JSON' | 'NOT_A_PROJECT' | 'NEWER_VERSION' | 'INVALID_PROJECT'
>

/** Why a project file could not be loaded, in words a facilitator understands. */
export interface ProjectFileError {
  readonly code: ProjectFileErrorCode
  readonly message: string
}

/** A failed stage of the load pipeline. */
export interface Failure {
  readonly ok: false
  readonly error: ProjectFileError
}

/** The outcome of a stage of the load pipeline. */
export type Stage<T> = { readonly ok: true; readonly value: T } | Failure

/** A failed stage. */
export function failure(code: ProjectFileErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** Writes a path into the data the way a reader would: `initiatives[3].ratings["p-1"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else if (typeof key === 'string' && IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`
    else text += `[${JSON.stringify(String(key))}]`
  }
  return text === '' ? '(the whole project)' : text
}

/** Writes a byte count as megabytes (kilobytes below one megabyte) for a message. */
export function formatMegabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  const mb = bytes / (1024 * 1024)
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`
}
