import { join } from 'node:path'
import type {
  BrowserWindow,
  Dialog,
  FileFilter,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron'
import type { DialogPort } from '../services/ports'
import type { MenuLabels } from './menu-labels'
import { PROJECT_EXTENSION } from './open-file'

/** The file type filters of every dialog, named in the menu's language. */
export function dialogFilters(labels: MenuLabels) {
  const all: FileFilter = { name: labels.allFiles, extensions: ['*'] }
  return {
    project: [{ name: labels.projectFiles, extensions: ['loyalty.json'] }, all],
    docx: [{ name: labels.wordFiles, extensions: ['docx'] }],
    pdf: [{ name: labels.pdfFiles, extensions: ['pdf'] }],
    csv: [{ name: labels.csvFiles, extensions: ['csv'] }, all],
    image: [{ name: labels.imageFiles, extensions: ['png', 'jpg', 'jpeg'] }],
  } satisfies Record<string, FileFilter[]>
}

/**
 * A suggested file name the page sent, made harmless: it only pre-fills a dialog the user
 * confirms, but it must never steer the dialog into another folder.
 */
export function safeFileName(name: string, fallback: string): string {
  // Path separators and characters Windows forbids, plus control characters.
  const forbidden = /[\\/:*?"<>|\p{Cc}]/gu
  const cleaned = name
    .replace(forbidden, '-')
    .replace(/^[.\s]+/, '')
    .trim()
  return cleaned.slice(0, 150) || fallback
}

/** Adds the project extension when the save dialog (e.g. GTK's) didn't. */
export function withExtension(path: string, extension: string): string {
  if (path.toLowerCase().endsWith(extension)) return path
  if (extension === PROJECT_EXTENSION && path.toLowerCase().endsWith('.json')) {
    return path.slice(0, -'.json'.length) + PROJECT_EXTENSION
  }
  return path + extension
}

export interface ElectronDialogDeps {
  readonly dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>
  readonly getWindow: () => BrowserWindow | null
  readonly labels: MenuLabels
  readonly documentsDir: string
  /** A project path from the command line or the OS ("Open with"), answered instead of a dialog once. */
  readonly takePendingOpen: () => string | null
}

/** The DialogPort with Electron's native dialogs, attached to the app window. */
export function createElectronDialogs(deps: ElectronDialogDeps): DialogPort {
  const filters = dialogFilters(deps.labels)

  async function open(options: OpenDialogOptions): Promise<string | null> {
    const window = deps.getWindow()
    const full: OpenDialogOptions = { ...options, properties: ['openFile'] }
    const answer = window
      ? await deps.dialog.showOpenDialog(window, full)
      : await deps.dialog.showOpenDialog(full)
    return answer.canceled ? null : (answer.filePaths[0] ?? null)
  }

  async function save(
    suggestedName: string,
    extension: string,
    options: SaveDialogOptions,
  ): Promise<string | null> {
    const window = deps.getWindow()
    const name = withExtension(safeFileName(suggestedName, 'workshop'), extension)
    const full: SaveDialogOptions = {
      ...options,
      defaultPath: join(deps.documentsDir, name),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    }
    const answer = window
      ? await deps.dialog.showSaveDialog(window, full)
      : await deps.dialog.showSaveDialog(full)
    if (answer.canceled || !answer.filePath) return null
    return withExtension(answer.filePath, extension)
  }

  return {
    openProject: () =>
      Promise.resolve(deps.takePendingOpen()).then(
        (pending) => pending ?? open({ filters: filters.project }),
      ),
    saveProject: (suggestedName) =>
      save(suggestedName, PROJECT_EXTENSION, { filters: filters.project }),
    saveExport: (suggestedName, format) =>
      save(suggestedName, `.${format}`, { filters: filters[format] }),
    openCsv: () => open({ filters: filters.csv }),
    saveCsv: (suggestedName) => save(suggestedName, '.csv', { filters: filters.csv }),
    openImage: () => open({ filters: filters.image }),
  }
}
