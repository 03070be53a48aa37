import { basename, join } from 'node:path'
import { errnoCode, nodeFileSystem, type FileSystem } from './file-system'

export interface CleanOptions {
  readonly fs: FileSystem
  /** Whether a process still runs; a temp file of a running save is left alone. */
  readonly isProcessAlive?: (pid: number) => boolean
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Whether the process with this id runs (on this machine). */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs but belongs to someone else.
    return errnoCode(error) === 'EPERM'
  }
}

/**
 * Removes the temp files our durable writer left next to `fileName` after a crash or a kill
 * (`.<name>.<pid>.<random>.tmp`, and the same for its `.bak`); with `fileName` null, those of
 * every file in `dir`. Returns the names removed.
 */
export async function cleanOrphanedTempFiles(
  dir: string,
  fileName: string | null,
  options: CleanOptions = { fs: nodeFileSystem },
): Promise<string[]> {
  const { fs } = options
  const alive = options.isProcessAlive ?? isProcessAlive
  const name = fileName === null ? '.+' : escapeRegExp(basename(fileName))
  const pattern = new RegExp(`^\\.${name}(?:\\.bak)?\\.(\\d+)\\.[0-9a-f]+\\.tmp$`)
  let entries: string[]
  try {
    entries = await fs.readdir(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const entry of entries) {
    const match = pattern.exec(entry)
    if (match === null || alive(Number(match[1]))) continue
    try {
      await fs.unlink(join(dir, entry))
      removed.push(entry)
    } catch {
      // Someone else removed it, or we may not: it does no harm where it is.
    }
  }
  return removed
}
