import { randomUUID } from 'node:crypto'
import type { FileSystem } from '../file-system'
import type { FileFingerprint } from '../fingerprint'
import type { AppPaths, Clock, DialogPort, ShellPort } from '../ports'
import type { ProjectStore } from '../project-store'
import type { RecentFiles } from '../recent-files'
import type { RecoveryDrafts } from '../recovery-drafts'

/** The ports the caller provides: Electron's main process, the browser test binding or a test. */
export interface HandlerPorts {
  readonly dialogs: DialogPort
  readonly shell: ShellPort
  readonly clock: Clock
  readonly paths: AppPaths
  /** The real file system unless a test injects faults. */
  readonly fs?: FileSystem
  /** Written into saved files; the app's name and version unless given. */
  readonly savedWith?: string
  /** Where unexpected errors are reported; console.error unless given. */
  readonly logError?: (error: unknown) => void
  /** Ids of the recovery drafts of windows that are open now, which are not offered for recovery. */
  readonly openSessionIds?: () => Iterable<string>
}

/** Everything a handler may use: the ports plus the services built on them. */
export interface HandlerDeps {
  readonly dialogs: DialogPort
  readonly shell: ShellPort
  readonly clock: Clock
  readonly paths: AppPaths
  readonly fs: FileSystem
  readonly savedWith: string
  readonly logError: (error: unknown) => void
  readonly openSessionIds: () => Iterable<string>
  readonly store: ProjectStore
  readonly recent: RecentFiles
  readonly recovery: RecoveryDrafts
}

/**
 * What the main process remembers about one window: the file it has open and how that file looked
 * (so a save can detect someone else's change), its recovery draft, and the last export. The page
 * never sees these paths.
 */
export interface Session {
  /** The open project file, or null while the project is untitled. */
  filePath: string | null
  /** The file as we last read or wrote it; null while untitled. */
  fingerprint: FileFingerprint | null
  /** The id of this window's recovery draft. */
  recoveryId: string
  /** The document written by the last export, for "open" and "show in folder". */
  lastExportPath: string | null
  /** Whether the page reported unsaved changes. */
  isDirty: boolean
  /** Runs this window's file operations one after another, so an autosave and Ctrl+S don't race. */
  exclusive<T>(task: () => Promise<T>): Promise<T>
}

/** A new window session: untitled, with a fresh recovery draft id. */
export function createSession(): Session {
  let queue: Promise<unknown> = Promise.resolve()
  return {
    filePath: null,
    fingerprint: null,
    recoveryId: randomUUID(),
    lastExportPath: null,
    isDirty: false,
    exclusive<T>(task: () => Promise<T>): Promise<T> {
      const next = queue.then(task, task)
      queue = next.catch(() => undefined)
      return next
    },
  }
}
