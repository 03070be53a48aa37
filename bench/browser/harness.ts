import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import type { DialogPort, ShellPort } from '../../electron/services/ports'
import type { Handlers } from '../../shared/api'

/** The parts of the e2e harness (tests/e2e/harness) the bench uses. */
export interface Harness {
  bindWindowApi(page: Page, handlers: Handlers, appUrl: string): Promise<void>
  readonly ScriptedDialogs: new () => DialogPort & { nextOpen(path: string): unknown }
  readonly RecordingShell: new () => ShellPort
}

/**
 * Loads the e2e harness at run time, so that the bench binds the real handlers to the page exactly
 * as the UI tests do. tests/ is a TypeScript project that builds on this one, so the bench cannot
 * import it statically; the shape above is checked when the harness is used.
 */
export async function loadHarness(root: string): Promise<Harness> {
  const load = (file: string) =>
    import(pathToFileURL(join(root, 'tests/e2e/harness', file)).href) as Promise<
      Record<string, unknown>
    >
  const [binding, dialogs, shell] = await Promise.all([
    load('binding.ts'),
    load('dialogs.ts'),
    load('shell.ts'),
  ])
  const harness = {
    bindWindowApi: binding['bindWindowApi'],
    ScriptedDialogs: dialogs['ScriptedDialogs'],
    RecordingShell: shell['RecordingShell'],
  }
  for (const [name, value] of Object.entries(harness)) {
    if (typeof value !== 'function') throw new Error(`the e2e harness no longer exports ${name}`)
  }
  return harness as Harness
}
