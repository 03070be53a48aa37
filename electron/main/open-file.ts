import { isAbsolute, resolve } from 'node:path'

/** The file extension of a project, also registered as a file association. */
export const PROJECT_EXTENSION = '.loyalty.json'

/**
 * Finds the project file the app was started with (file association, "Open with", or a second
 * instance's command line). Switches and Chromium's own arguments are skipped; relative paths
 * are taken relative to the directory the app was started in.
 */
export function projectPathFromArgv(
  argv: readonly string[],
  workingDirectory: string,
): string | null {
  // argv[0] is the executable; in development argv[1] is the app's entry script.
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue
    if (!arg.toLowerCase().endsWith(PROJECT_EXTENSION)) continue
    return isAbsolute(arg) ? arg : resolve(workingDirectory, arg)
  }
  return null
}
