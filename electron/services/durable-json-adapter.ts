import type { Adapter } from 'lowdb'
import { basename } from 'node:path'
import {
  CURRENT_SCHEMA_VERSION,
  DEFAULT_MAX_BYTES,
  PROJECT_FILE_FORMAT,
  formatMegabytes,
  loadProjectFile,
  serialiseProjectBytes,
  type ProjectEnvelope,
} from '../../shared/project-file'
import { writeFileDurably } from './durable-writer'
import { errnoCode, errnoError, type FileSystem } from './file-system'
import { fingerprintOf, type FileFingerprint } from './fingerprint'
import { StorageError, readFailure } from './storage-error'

export interface DurableJsonAdapterOptions {
  readonly fs: FileSystem
  readonly maxBytes?: number
  /** Keep the replaced version as `<file>.bak`. */
  readonly keepBackup?: boolean
  /** Waits between retries of the final rename; see DurableWriteOptions. */
  readonly renameRetryDelaysMs?: readonly number[]
}

/**
 * lowdb's adapter for a project file. Reading runs the whole load pipeline (size limit before
 * reading, strict UTF-8, nesting limit, format, version, migrations, validation) and throws a
 * StorageError naming the file; writing serialises the envelope and writes it durably. The
 * fingerprint of what was last read or written is kept for the conflict check.
 */
export class DurableJsonAdapter implements Adapter<ProjectEnvelope> {
  readonly path: string
  readonly #options: DurableJsonAdapterOptions
  #fingerprint: FileFingerprint | null = null
  #fileSchemaVersion: number | null = null

  constructor(path: string, options: DurableJsonAdapterOptions) {
    this.path = path
    this.#options = options
  }

  /** The fingerprint of the bytes last read or written by this adapter. */
  get fingerprint(): FileFingerprint | null {
    return this.#fingerprint
  }

  /** The schema version the file was written in, as last read. */
  get fileSchemaVersion(): number | null {
    return this.#fileSchemaVersion
  }

  /** Reads and checks the file; null when there is no file at the path. */
  async read(): Promise<ProjectEnvelope | null> {
    const { fs } = this.#options
    const maxBytes = this.#options.maxBytes ?? DEFAULT_MAX_BYTES
    const name = basename(this.path)
    let bytes: Uint8Array
    let mtimeMs: number
    try {
      const stats = await fs.stat(this.path)
      if (stats.isDirectory) throw errnoError('EISDIR', 'read', this.path)
      if (stats.size > maxBytes) {
        throw new StorageError(
          'TOO_LARGE',
          `Cannot open "${name}": it is ${formatMegabytes(stats.size)}, more than the ${formatMegabytes(maxBytes)} a project file may have. It is probably not a Loyalty Workshop project.`,
          name,
        )
      }
      mtimeMs = stats.mtimeMs
      bytes = await fs.readFile(this.path)
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null
      throw readFailure(this.path, error)
    }
    const loaded = loadProjectFile(bytes, { maxBytes })
    if (!loaded.ok) {
      throw new StorageError(
        loaded.error.code,
        `Cannot open "${name}". ${loaded.error.message}`,
        name,
      )
    }
    this.#fingerprint = fingerprintOf(bytes, mtimeMs)
    this.#fileSchemaVersion = loaded.fileSchemaVersion
    return {
      format: PROJECT_FILE_FORMAT,
      // Migrated on reading: what is held in memory is always of the current schema.
      schemaVersion: CURRENT_SCHEMA_VERSION,
      savedWith: loaded.savedWith,
      project: loaded.project,
    }
  }

  /** Writes the envelope durably, keeping the previous version as a backup if asked to. */
  async write(envelope: ProjectEnvelope): Promise<void> {
    const { fs } = this.#options
    const bytes = serialiseProjectBytes(envelope.project, envelope.savedWith)
    await writeFileDurably(this.path, bytes, {
      fs,
      keepBackup: this.#options.keepBackup ?? true,
      ...(this.#options.renameRetryDelaysMs === undefined
        ? {}
        : { renameRetryDelaysMs: this.#options.renameRetryDelaysMs }),
    })
    let mtimeMs = Date.now()
    try {
      mtimeMs = (await fs.stat(this.path)).mtimeMs
    } catch {
      // The file is written; without its time the fingerprint still compares by content.
    }
    this.#fingerprint = fingerprintOf(bytes, mtimeMs)
  }
}
