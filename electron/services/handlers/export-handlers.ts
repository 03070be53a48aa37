import { basename } from 'node:path'
import { fail, ok, type Handlers, type Result } from '../../../shared/api'
import { exportDocument, suggestedExportName } from '../export'
import { StorageError } from '../storage-error'
import { guard } from './guard'
import type { HandlerDeps, Session } from './types'

type ExportChannels = 'export:document' | 'export:openFile' | 'export:showInFolder'

/** Runs a shell action on the last exported document; NOT_FOUND when there is none yet. */
async function withLastExport(
  session: Session,
  action: (path: string) => Promise<void>,
): Promise<Result<null>> {
  const path = session.lastExportPath
  if (path === null) return fail('NOT_FOUND', 'No document has been exported in this window yet.')
  try {
    await action(path)
  } catch (error) {
    const name = basename(path)
    throw new StorageError(
      'NOT_FOUND',
      `"${name}" could not be opened. It may have been moved or deleted since the export.`,
      name,
      { cause: error },
    )
  }
  return ok(null)
}

/**
 * Export of the strategy document: asks for a path with the save dialog, writes the file durably
 * and remembers it for "open" and "show in folder". Paths never come from the page.
 */
export function createExportHandlers(
  deps: HandlerDeps,
  session: Session,
): Pick<Handlers, ExportChannels> {
  const { dialogs, shell, fs, logError } = deps
  return {
    'export:document': guard(
      'export:document',
      async ({ project, options }) => {
        const path = await dialogs.saveExport(suggestedExportName(project, options), options.format)
        if (path === null) return fail('CANCELLED', 'The document was not exported.')
        const done = await exportDocument(project, options, path, fs)
        session.lastExportPath = path
        return ok(done)
      },
      logError,
    ),
    'export:openFile': guard(
      'export:openFile',
      () => withLastExport(session, (path) => shell.openPath(path)),
      logError,
    ),
    'export:showInFolder': guard(
      'export:showInFolder',
      () => withLastExport(session, (path) => shell.showItemInFolder(path)),
      logError,
    ),
  }
}
