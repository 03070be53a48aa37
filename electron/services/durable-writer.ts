import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { errnoCode, type FileSystem } from './file-system'
import { writeFailure } from './storage-error'

export interface DurableWriteOptions {
  readonly fs: FileSystem
  /** Copy the file that is replaced to `<file>.bak` first. */
  readonly keepBackup: boolean
  /**
   * Waits before each retry of the final rename. Cloud-sync clients and virus scanners hold files
   * open for a moment (EPERM/EBUSY/EACCES on Windows), so a rename that fails is tried again.
   */
  readonly renameRetryDelaysMs?: readonly number[]
}

const DEFAULT_RENAME_RETRY_DELAYS_MS = [50, 150, 400, 1000]
const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES'])
/** Platforms where a directory cannot be opened or fsynced; the rename is still atomic there. */
const UNSYNCABLE_DIRECTORY = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'EBADF', 'ENOTSUP'])

/** The path of the backup kept next to a file. */
export function backupPath(path: string): string {
  return `${path}.bak`
}

/** A fresh temp name next to the target: `.<name>.<pid>.<random>.tmp`, unique per call. */
export function tempPathFor(path: string): string {
  const random = randomBytes(6).toString('hex')
  return join(dirname(path), `.${basename(path)}.${process.pid}.${random}.tmp`)
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Writes `data` to a new file and flushes it to the disk. */
async function writeNewFile(fs: FileSystem, path: string, data: Uint8Array): Promise<void> {
  const handle = await fs.open(path, 'wx')
  try {
    await handle.write(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Flushes a file that exists already (such as a copied backup) to the disk. */
async function syncExisting(fs: FileSystem, path: string): Promise<void> {
  const handle = await fs.open(path, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Makes the renames in a directory durable; skipped where the platform cannot. */
async function syncDirectory(fs: FileSystem, dir: string): Promise<void> {
  try {
    await syncExisting(fs, dir)
  } catch (error) {
    if (!UNSYNCABLE_DIRECTORY.has(errnoCode(error) ?? '')) throw error
  }
}

async function renameWithRetries(
  fs: FileSystem,
  from: string,
  to: string,
  delaysMs: readonly number[],
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const delay = delaysMs[attempt]
      if (delay === undefined || !RETRYABLE_RENAME.has(errnoCode(error) ?? '')) throw error
      await sleep(delay)
    }
  }
}

async function exists(fs: FileSystem, path: string): Promise<boolean> {
  try {
    await fs.stat(path)
    return true
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false
    throw error
  }
}

/** Removes a temp file after a failure; the original error matters more than this one. */
async function removeQuietly(fs: FileSystem, path: string): Promise<void> {
  try {
    await fs.unlink(path)
  } catch {
    // Already gone or not removable: the next open cleans orphaned temp files.
  }
}

/** Copies the current file to `<file>.bak` through its own temp file, so the old backup survives a crash. */
async function keepBackupOf(fs: FileSystem, path: string, delaysMs: readonly number[]) {
  const temp = tempPathFor(backupPath(path))
  try {
    await fs.copyFile(path, temp)
    await syncExisting(fs, temp)
    await renameWithRetries(fs, temp, backupPath(path), delaysMs)
  } catch (error) {
    await removeQuietly(fs, temp)
    throw error
  }
}

/**
 * Replaces `path` with `data` so that a crash, a kill or a full disk at any moment leaves either
 * the old or the new file, never a half-written one: unique temp file, fsync, optional backup,
 * rename over the target, fsync of the directory. Throws a StorageError that names the file.
 */
export async function writeFileDurably(
  path: string,
  data: Uint8Array | string,
  options: DurableWriteOptions,
): Promise<void> {
  const { fs, keepBackup } = options
  const delaysMs = options.renameRetryDelaysMs ?? DEFAULT_RENAME_RETRY_DELAYS_MS
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const temp = tempPathFor(path)
  try {
    await writeNewFile(fs, temp, bytes)
    if (keepBackup && (await exists(fs, path))) await keepBackupOf(fs, path, delaysMs)
    await renameWithRetries(fs, temp, path, delaysMs)
  } catch (error) {
    await removeQuietly(fs, temp)
    throw writeFailure(path, error)
  }
  try {
    await syncDirectory(fs, dirname(path))
  } catch (error) {
    // The new file is in place; only its durability against a power cut is in doubt.
    throw writeFailure(path, error)
  }
}
