/**
 * What the services need from the outside world, as small interfaces. Electron's main process
 * implements them with real dialogs and the real shell; tests and the browser binding implement
 * them with paths and answers they choose.
 */

/** File dialogs. Each answers with the chosen path, or null when the user cancelled. */
export interface DialogPort {
  openProject(): Promise<string | null>
  saveProject(suggestedName: string): Promise<string | null>
  saveExport(suggestedName: string, format: 'docx' | 'pdf'): Promise<string | null>
  openCsv(): Promise<string | null>
  saveCsv(suggestedName: string): Promise<string | null>
  openImage(): Promise<string | null>
}

/** The desktop shell: the system's viewer, file manager and browser. */
export interface ShellPort {
  openPath(path: string): Promise<void>
  showItemInFolder(path: string): Promise<void>
  openExternal(url: string): Promise<void>
}

/** The time, injected so that tests and saved dates are predictable. */
export interface Clock {
  now(): Date
}

/** Where the app keeps its own data (recent files, recovery drafts). */
export interface AppPaths {
  readonly userData: string
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() }
