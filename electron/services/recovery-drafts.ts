import { basename, join } from 'node:path'
import { z } from 'zod'
import type { RecoveryDraft } from '../../shared/api'
import type { Project } from '../../shared/domain'
import {
  DEFAULT_MAX_BYTES,
  createEnvelope,
  projectFromData,
  readJson,
} from '../../shared/project-file'
import { writeFileDurably } from './durable-writer'
import { errnoCode, type FileSystem } from './file-system'
import type { FileFingerprint } from './fingerprint'
import type { AppPaths, Clock } from './ports'
import { StorageError } from './storage-error'
import { cleanOrphanedTempFiles } from './temp-files'

const DRAFT_FORMAT = 'loyalty-workshop-recovery'
/** Session ids are UUIDs; anything else is refused before it can become part of a path. */
const DRAFT_ID = /^[A-Za-z0-9-]{1,64}$/

const Fingerprint = z.object({ size: z.number(), mtimeMs: z.number(), sha256: z.string() })
const DraftFile = z.object({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(1),
  fileName: z.string().nullable(),
  filePath: z.string().nullable(),
  fingerprint: Fingerprint.nullable(),
  savedAt: z.string(),
  file: z.unknown(),
})
type DraftFile = z.infer<typeof DraftFile>

/** Where unsaved changes came from: the project file they belong to, if it has one. */
export interface DraftOrigin {
  readonly filePath: string | null
  readonly fingerprint: FileFingerprint | null
}

/** A draft brought back, with the file it belongs to so that saving it keeps the conflict check. */
export interface RestoredDraft extends DraftOrigin {
  readonly project: Project
  readonly fileName: string | null
  readonly savedAt: string
}

export interface RecoveryDraftsDeps {
  readonly fs: FileSystem
  readonly clock: Clock
  readonly paths: AppPaths
  readonly savedWith: string
}

export interface RecoveryDrafts {
  /** Keeps the unsaved state of one window session; replaces that session's earlier draft. */
  write(id: string, project: Project, origin: DraftOrigin): Promise<{ savedAt: string }>
  /** All drafts that can be read, newest first. */
  list(): Promise<RecoveryDraft[]>
  restore(id: string): Promise<RestoredDraft>
  /** Deletes a draft; a draft that is already gone is fine. */
  discard(id: string): Promise<void>
}

function notFound(): StorageError {
  return new StorageError('NOT_FOUND', 'This recovery draft no longer exists.')
}

function fileNameOf(path: string | null): string | null {
  return path === null ? null : basename(path)
}

function titleOf(file: unknown): string {
  const title = z.object({ project: z.object({ meta: z.object({ title: z.string() }) }) })
  const parsed = title.safeParse(file)
  return parsed.success ? parsed.data.project.meta.title : ''
}

/**
 * Recovery drafts in `<userData>/recovery/`, one file per window session, written durably. They
 * hold unsaved changes so that a crash or a closed window loses nothing; a save deletes them.
 */
export function createRecoveryDrafts(deps: RecoveryDraftsDeps): RecoveryDrafts {
  const { fs, clock, paths, savedWith } = deps
  const dir = join(paths.userData, 'recovery')
  const pathOf = (id: string) => {
    if (!DRAFT_ID.test(id)) throw notFound()
    return join(dir, `${id}.json`)
  }

  async function readDraft(id: string): Promise<DraftFile> {
    let bytes: Uint8Array
    try {
      bytes = await fs.readFile(pathOf(id))
    } catch (error) {
      if (error instanceof StorageError) throw error
      if (errnoCode(error) === 'ENOENT') throw notFound()
      throw new StorageError('READ_FAILED', 'The recovery draft could not be read.')
    }
    const data = readJson(bytes, DEFAULT_MAX_BYTES * 2)
    const draft = data.ok ? DraftFile.safeParse(data.value) : null
    if (draft === null || !draft.success) {
      throw new StorageError(
        'INVALID_PROJECT',
        'The recovery draft is damaged and cannot be restored.',
      )
    }
    return draft.data
  }

  return {
    async write(id, project, origin) {
      const savedAt = clock.now().toISOString()
      const draft: DraftFile = {
        format: DRAFT_FORMAT,
        version: 1,
        fileName: fileNameOf(origin.filePath),
        filePath: origin.filePath,
        fingerprint: origin.fingerprint,
        savedAt,
        file: createEnvelope(project, savedWith),
      }
      const path = pathOf(id)
      await fs.mkdir(dir)
      await writeFileDurably(path, JSON.stringify(draft), { fs, keepBackup: false })
      return { savedAt }
    },

    async list() {
      let names: string[]
      try {
        names = await fs.readdir(dir)
      } catch {
        return []
      }
      // A kill during a draft write leaves a temp file; the list is read once per start.
      await cleanOrphanedTempFiles(dir, null, { fs })
      const drafts: RecoveryDraft[] = []
      for (const name of names) {
        const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : ''
        if (!DRAFT_ID.test(id)) continue
        try {
          const draft = await readDraft(id)
          drafts.push({
            id,
            title: titleOf(draft.file),
            fileName: draft.fileName,
            savedAt: draft.savedAt,
          })
        } catch {
          // A draft that cannot be read is not offered; it stays for someone to look at.
        }
      }
      return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
    },

    async restore(id) {
      const draft = await readDraft(id)
      const loaded = projectFromData(draft.file)
      if (!loaded.ok) {
        throw new StorageError(
          loaded.error.code,
          `The recovery draft cannot be restored. ${loaded.error.message}`,
        )
      }
      return {
        project: loaded.project,
        fileName: draft.fileName,
        filePath: draft.filePath,
        fingerprint: draft.fingerprint,
        savedAt: draft.savedAt,
      }
    },

    async discard(id) {
      try {
        await fs.unlink(pathOf(id))
      } catch (error) {
        if (error instanceof StorageError || errnoCode(error) === 'ENOENT') return
        throw new StorageError(
          'WRITE_FAILED',
          'The recovery draft could not be deleted.',
          undefined,
          {
            cause: error,
          },
        )
      }
    },
  }
}
