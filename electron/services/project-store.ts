import { Low } from 'lowdb'
import { basename, dirname } from 'node:path'
import { createProject, type Project } from '../../shared/domain'
import { createEnvelope, type ProjectEnvelope } from '../../shared/project-file'
import { DurableJsonAdapter } from './durable-json-adapter'
import { errnoCode, errnoError, type FileSystem } from './file-system'
import { fingerprintOf, isSameContent, type FileFingerprint } from './fingerprint'
import type { Clock } from './ports'
import { StorageError, readFailure } from './storage-error'
import { cleanOrphanedTempFiles } from './temp-files'

export interface ProjectStoreDeps {
  readonly fs: FileSystem
  readonly clock: Clock
  /** Written into every file, e.g. `Loyalty Workshop 0.1.0`. */
  readonly savedWith: string
  readonly maxBytes?: number
  readonly renameRetryDelaysMs?: readonly number[]
  readonly isProcessAlive?: (pid: number) => boolean
}

/** A project read from disk, with what is needed to save it back safely. */
export interface OpenedFile {
  readonly project: Project
  readonly fingerprint: FileFingerprint
  /** When the file was last written, ISO time. */
  readonly savedAt: string
  /** The schema version the file was written in; older than current when it was migrated. */
  readonly fileSchemaVersion: number
}

export interface SavedFile {
  readonly fingerprint: FileFingerprint
  readonly savedAt: string
}

export interface SaveOptions {
  /**
   * What the file looked like when it was opened or last saved; a save refuses with CONFLICT
   * when the disk holds something else. Null for "save as", where the dialog already asked.
   */
  readonly expectedFingerprint: FileFingerprint | null
}

export interface ProjectStore {
  /** Opens a project file: removes our orphaned temp files next to it, then reads and checks it. */
  open(path: string): Promise<OpenedFile>
  /** Reads and checks a project file without touching anything on disk. */
  read(path: string): Promise<OpenedFile>
  /** Saves a project durably, keeping the previous version as `<file>.bak`. */
  save(path: string, project: Project, options: SaveOptions): Promise<SavedFile>
}

/** What lowdb holds until a read finds a file: a missing file leaves it in place. */
const NOTHING_READ: ProjectEnvelope = Object.freeze(
  createEnvelope(createProject({ language: 'en', title: '', date: '' }), ''),
)

/** The project store on the user's own paths: lowdb's Low with our durable adapter. */
export function createProjectStore(deps: ProjectStoreDeps): ProjectStore {
  const { fs, clock, savedWith } = deps

  const adapterFor = (path: string) =>
    new DurableJsonAdapter(path, {
      fs,
      keepBackup: true,
      ...(deps.maxBytes === undefined ? {} : { maxBytes: deps.maxBytes }),
      ...(deps.renameRetryDelaysMs === undefined
        ? {}
        : { renameRetryDelaysMs: deps.renameRetryDelaysMs }),
    })

  async function read(path: string): Promise<OpenedFile> {
    const adapter = adapterFor(path)
    const db = new Low<ProjectEnvelope>(adapter, NOTHING_READ)
    await db.read()
    const { fingerprint, fileSchemaVersion } = adapter
    if (db.data === NOTHING_READ || fingerprint === null || fileSchemaVersion === null) {
      throw readFailure(path, errnoError('ENOENT', 'open', path))
    }
    return {
      project: db.data.project,
      fingerprint,
      savedAt: new Date(fingerprint.mtimeMs).toISOString(),
      fileSchemaVersion,
    }
  }

  /** Refuses to save over a file that someone else changed since we saw it. */
  async function checkUnchanged(path: string, expected: FileFingerprint): Promise<void> {
    let bytes: Uint8Array
    let mtimeMs: number
    try {
      const stats = await fs.stat(path)
      if (stats.size !== expected.size) throw conflict(path)
      mtimeMs = stats.mtimeMs
      bytes = await fs.readFile(path)
    } catch (error) {
      if (error instanceof StorageError) throw error
      // Deleted meanwhile: nothing on disk can be lost by writing our version.
      if (errnoCode(error) === 'ENOENT') return
      throw readFailure(path, error)
    }
    if (!isSameContent(fingerprintOf(bytes, mtimeMs), expected)) throw conflict(path)
  }

  return {
    async open(path) {
      await cleanOrphanedTempFiles(dirname(path), basename(path), {
        fs,
        ...(deps.isProcessAlive === undefined ? {} : { isProcessAlive: deps.isProcessAlive }),
      })
      return read(path)
    },
    read,
    async save(path, project, { expectedFingerprint }) {
      if (expectedFingerprint !== null) await checkUnchanged(path, expectedFingerprint)
      const adapter = adapterFor(path)
      const db = new Low<ProjectEnvelope>(adapter, createEnvelope(project, savedWith))
      await db.write()
      if (adapter.fingerprint === null) throw new Error('The adapter wrote without a fingerprint')
      return { fingerprint: adapter.fingerprint, savedAt: clock.now().toISOString() }
    },
  }
}

function conflict(path: string): StorageError {
  const name = basename(path)
  return new StorageError(
    'CONFLICT',
    `"${name}" was changed by someone else since you opened it. Save your version under a new name, load theirs, or compare.`,
    name,
  )
}
