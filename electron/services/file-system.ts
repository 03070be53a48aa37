import * as fsp from 'node:fs/promises'

/** An open file as the durable writer uses it. */
export interface FileHandlePort {
  write(data: Uint8Array): Promise<void>
  /** Flushes the file's data to the disk (fsync). */
  sync(): Promise<void>
  close(): Promise<void>
}

export interface FileStats {
  readonly size: number
  readonly mtimeMs: number
  readonly isFile: boolean
  readonly isDirectory: boolean
}

/**
 * The file-system calls the services make, as a port: the real one wraps node:fs/promises, and
 * tests wrap the real one to inject faults (ENOSPC, EACCES, EBUSY) that cannot be made here.
 */
export interface FileSystem {
  /** `wx` creates a new file and fails if it exists; `r` opens for reading (also directories). */
  open(path: string, flags: 'wx' | 'r'): Promise<FileHandlePort>
  rename(from: string, to: string): Promise<void>
  stat(path: string): Promise<FileStats>
  readFile(path: string): Promise<Uint8Array>
  unlink(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  copyFile(from: string, to: string): Promise<void>
  mkdir(path: string): Promise<void>
}

/** An error from the file system with its errno code, such as `ENOENT`. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

/** Makes an Error that looks like one from node:fs, for fault injection. */
export function errnoError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${syscall} '${path}'`)
  error.code = code
  error.syscall = syscall
  error.path = path
  return error
}

async function openReal(path: string, flags: 'wx' | 'r'): Promise<FileHandlePort> {
  const handle = await fsp.open(path, flags, 0o666)
  return {
    async write(data) {
      let offset = 0
      // A single write call may write fewer bytes than asked; loop until all are written.
      while (offset < data.byteLength) {
        const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset)
        offset += bytesWritten
      }
    },
    sync: () => handle.sync(),
    close: () => handle.close(),
  }
}

/** The real file system. */
export const nodeFileSystem: FileSystem = {
  open: openReal,
  rename: (from, to) => fsp.rename(from, to),
  async stat(path) {
    const stats = await fsp.stat(path)
    return {
      size: stats.size,
      mtimeMs: stats.mtimeMs,
      isFile: stats.isFile(),
      isDirectory: stats.isDirectory(),
    }
  },
  readFile: (path) => fsp.readFile(path),
  unlink: (path) => fsp.unlink(path),
  readdir: (path) => fsp.readdir(path),
  copyFile: (from, to) => fsp.copyFile(from, to),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true })
  },
}
