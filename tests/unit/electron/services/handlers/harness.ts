import {
  createHandlers,
  createSession,
  type Session,
} from '../../../../../electron/services/handlers'
import type { DialogPort, ShellPort } from '../../../../../electron/services/ports'
import type { Handlers, Result } from '../../../../../shared/api'
import { faultyFs, fixedClock } from '../fixtures'

type DialogKind = keyof DialogPort

/** Dialogs that answer with the paths a test queued, and cancel when nothing is queued. */
export class QueuedDialogs implements DialogPort {
  readonly asked: { kind: DialogKind; suggestedName?: string }[] = []
  readonly #answers = new Map<DialogKind, (string | null)[]>()

  next(kind: DialogKind, path: string | null): this {
    this.#answers.set(kind, [...(this.#answers.get(kind) ?? []), path])
    return this
  }

  #answer(kind: DialogKind, suggestedName?: string): Promise<string | null> {
    this.asked.push(suggestedName === undefined ? { kind } : { kind, suggestedName })
    return Promise.resolve(this.#answers.get(kind)?.shift() ?? null)
  }

  openProject = () => this.#answer('openProject')
  saveProject = (suggestedName: string) => this.#answer('saveProject', suggestedName)
  saveExport = (suggestedName: string) => this.#answer('saveExport', suggestedName)
  openCsv = () => this.#answer('openCsv')
  saveCsv = (suggestedName: string) => this.#answer('saveCsv', suggestedName)
  openImage = () => this.#answer('openImage')
}

/** A shell that records what it was asked to open. */
export class RecordingShell implements ShellPort {
  readonly opened: string[] = []
  openPath = (path: string) => {
    this.opened.push(`path ${path}`)
    return Promise.resolve()
  }
  showItemInFolder = (path: string) => {
    this.opened.push(`folder ${path}`)
    return Promise.resolve()
  }
  openExternal = (url: string) => {
    this.opened.push(`url ${url}`)
    return Promise.resolve()
  }
}

export interface Window {
  readonly api: Handlers
  readonly dialogs: QueuedDialogs
  readonly shell: RecordingShell
  readonly session: Session
  readonly fs: ReturnType<typeof faultyFs>
  readonly errors: unknown[]
}

/** One app window's handlers on a temp app data folder. */
export function openWindow(userData: string, fs = faultyFs()): Window {
  const dialogs = new QueuedDialogs()
  const shell = new RecordingShell()
  const session = createSession()
  const errors: unknown[] = []
  const api = createHandlers(
    {
      dialogs,
      shell,
      clock: fixedClock,
      paths: { userData },
      fs,
      savedWith: 'Loyalty Workshop test',
      logError: (error) => errors.push(error),
    },
    session,
  )
  return { api, dialogs, shell, session, fs, errors }
}

/** The data of a successful result, or a failed test naming the error. */
export function dataOf<T>(result: Result<T>): T {
  if (!result.ok)
    throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`)
  return result.data
}

/** The error of a failed result. */
export function errorOf<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected a failure, got success')
  return result.error
}
