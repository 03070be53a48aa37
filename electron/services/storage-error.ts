import { basename } from 'node:path'
import type { ApiError, ErrorCode } from '../../shared/api'
import { errnoCode } from './file-system'

/** A failure of a storage service, with the contract's code and the name of the file concerned. */
export class StorageError extends Error {
  readonly code: ErrorCode
  readonly fileName: string | undefined

  constructor(code: ErrorCode, message: string, fileName?: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'StorageError'
    this.code = code
    this.fileName = fileName
  }

  /** The error as it crosses the contract. */
  toApiError(): ApiError {
    return this.fileName === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, fileName: this.fileName }
  }
}

const KEEP_CHANGES = 'your changes are still open in the app.'

/** Turns an errno failure while writing `path` into a message that says what to do. */
export function writeFailure(path: string, error: unknown): StorageError {
  if (error instanceof StorageError) return error
  const name = basename(path)
  const code = errnoCode(error)
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new StorageError(
        'DISK_FULL',
        `There is not enough disk space to save "${name}". Free some disk space and save again; ${KEEP_CHANGES}`,
        name,
        { cause: error },
      )
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new StorageError(
        'PERMISSION_DENIED',
        `"${name}" cannot be saved because the folder or file is read-only or you lack permission. Use "Save as" to save it in another folder; ${KEEP_CHANGES}`,
        name,
        { cause: error },
      )
    case 'ENOENT':
    case 'ENOTDIR':
      return new StorageError(
        'NOT_FOUND',
        `The folder of "${name}" no longer exists (was it moved, renamed or disconnected?). Use "Save as" to choose another folder; ${KEEP_CHANGES}`,
        name,
        { cause: error },
      )
    default:
      return new StorageError(
        'WRITE_FAILED',
        `"${name}" could not be saved${code === undefined ? '' : ` (${code})`}. Try again, or use "Save as" to save it somewhere else; ${KEEP_CHANGES}`,
        name,
        { cause: error },
      )
  }
}

/** Turns an errno failure while reading `path` into a message that says what to do. */
export function readFailure(path: string, error: unknown): StorageError {
  if (error instanceof StorageError) return error
  const name = basename(path)
  const code = errnoCode(error)
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new StorageError(
      'NOT_FOUND',
      `"${name}" was not found. It may have been moved, renamed or deleted.`,
      name,
      { cause: error },
    )
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new StorageError(
      'PERMISSION_DENIED',
      `"${name}" cannot be read because you lack permission to open it.`,
      name,
      { cause: error },
    )
  }
  if (code === 'EISDIR') {
    return new StorageError('READ_FAILED', `"${name}" is a folder, not a project file.`, name, {
      cause: error,
    })
  }
  return new StorageError(
    'READ_FAILED',
    `"${name}" could not be read${code === undefined ? '' : ` (${code})`}. Check that the drive is connected and try again.`,
    name,
    { cause: error },
  )
}
