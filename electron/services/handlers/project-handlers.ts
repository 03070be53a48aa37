import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { fail, ok, type FileInfo, type Handlers, type OpenedProject } from '../../../shared/api'
import { createProject, type Project } from '../../../shared/domain'
import { PROJECT_FILE_SUFFIX } from '../../../shared/project-file'
import { localIsoDate } from '../local-date'
import { StorageError } from '../storage-error'
import { guard } from './guard'
import type { HandlerDeps, Session } from './types'

type ProjectChannels =
  | 'project:new'
  | 'project:open'
  | 'project:openRecent'
  | 'project:save'
  | 'project:saveAs'
  | 'project:reload'

/** A file name to suggest for an untitled project, from its title. */
export function suggestedProjectFileName(project: Project): string {
  const title = project.meta.title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
  return `${title === '' ? 'Project' : title}${PROJECT_FILE_SUFFIX}`
}

const UNTITLED_MESSAGE = 'This project has not been saved yet. Choose where to save it.'

/** The handlers that open and save project files for one window. */
export function createProjectHandlers(
  deps: HandlerDeps,
  session: Session,
): Pick<Handlers, ProjectChannels> {
  const { dialogs, store, recent, recovery, clock, logError } = deps

  /** Forgets the window's unsaved draft: the user chose to leave that state. */
  async function leaveCurrentDraft(): Promise<void> {
    try {
      await recovery.discard(session.recoveryId)
    } catch (error) {
      logError(error)
    }
  }

  async function remember(path: string): Promise<void> {
    try {
      await recent.add(path)
    } catch (error) {
      // The recent list is a convenience; failing to update it must not fail the open or save.
      logError(error)
    }
  }

  async function openPath(path: string): Promise<OpenedProject> {
    const opened = await store.open(path)
    await leaveCurrentDraft()
    session.filePath = path
    session.fingerprint = opened.fingerprint
    session.recoveryId = randomUUID()
    await remember(path)
    return { project: opened.project, file: { fileName: basename(path), savedAt: opened.savedAt } }
  }

  async function saveTo(path: string, project: Project, isSaveAs: boolean): Promise<FileInfo> {
    const saved = await store.save(path, project, {
      expectedFingerprint: isSaveAs ? null : session.fingerprint,
    })
    session.filePath = path
    session.fingerprint = saved.fingerprint
    await leaveCurrentDraft()
    if (isSaveAs) await remember(path)
    return { fileName: basename(path), savedAt: saved.savedAt }
  }

  return {
    'project:new': guard(
      'project:new',
      ({ language, title }) =>
        session.exclusive(async () => {
          await leaveCurrentDraft()
          session.filePath = null
          session.fingerprint = null
          session.recoveryId = randomUUID()
          const project = createProject({ language, title, date: localIsoDate(clock.now()) })
          return ok({ project, file: null })
        }),
      logError,
    ),
    'project:open': guard(
      'project:open',
      () =>
        session.exclusive(async () => {
          const path = await dialogs.openProject()
          if (path === null) return fail('CANCELLED', 'No file was chosen.')
          return ok(await openPath(path))
        }),
      logError,
    ),
    'project:openRecent': guard(
      'project:openRecent',
      ({ id }) =>
        session.exclusive(async () => {
          const path = await recent.resolve(id)
          if (path === null) {
            return fail('NOT_FOUND', 'This file is no longer in the list of recent files.')
          }
          try {
            return ok(await openPath(path))
          } catch (error) {
            if (error instanceof StorageError && error.code === 'NOT_FOUND') await recent.remove(id)
            throw error
          }
        }),
      logError,
    ),
    'project:save': guard(
      'project:save',
      ({ project }) =>
        session.exclusive(async () => {
          const path = session.filePath
          if (path === null) return fail('UNTITLED', UNTITLED_MESSAGE)
          return ok(await saveTo(path, project, false))
        }),
      logError,
    ),
    'project:saveAs': guard(
      'project:saveAs',
      ({ project }) =>
        session.exclusive(async () => {
          const suggested =
            session.filePath === null
              ? suggestedProjectFileName(project)
              : basename(session.filePath)
          const path = await dialogs.saveProject(suggested)
          if (path === null) return fail('CANCELLED', 'The project was not saved.')
          return ok(await saveTo(path, project, true))
        }),
      logError,
    ),
    'project:reload': guard(
      'project:reload',
      () =>
        session.exclusive(async () => {
          const path = session.filePath
          if (path === null) return fail('UNTITLED', UNTITLED_MESSAGE)
          const opened = await store.open(path)
          session.fingerprint = opened.fingerprint
          return ok({
            project: opened.project,
            file: { fileName: basename(path), savedAt: opened.savedAt },
          })
        }),
      logError,
    ),
  }
}
