import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect } from '@playwright/test'
import type { Handlers } from '../../../shared/api'
import { createHandlers } from '../../../electron/services/handlers'
import { systemClock } from '../../../electron/services/ports'
import { E2E_APP_URL } from './address'
import { bindWindowApi } from './binding'
import { ScriptedDialogs } from './dialogs'
import { RecordingShell } from './shell'

/** A test's own folders: the app's data directory and a place for project files. */
export interface Workspace {
  readonly root: string
  readonly userData: string
  readonly projects: string
  /** A path inside the projects folder. */
  path(fileName: string): string
  /** Copies an example project from resources/examples into the projects folder; its new path. */
  copyExample(fileName: string): Promise<string>
}

const EXAMPLES_DIR = join(import.meta.dirname, '../../../resources/examples')

interface Fixtures {
  workspace: Workspace
  dialogs: ScriptedDialogs
  shell: RecordingShell
  handlers: Handlers
}

/**
 * Playwright's `test` with the app bound to real services: every test gets its own temp
 * folders, file dialogs it scripts, a shell that records instead of opening, and a page whose
 * `window.api` calls the real handlers (store, exporters) before the app loads.
 */
export const test = base.extend<Fixtures>({
  // Playwright requires an object pattern for fixtures without dependencies.
  // eslint-disable-next-line no-empty-pattern
  workspace: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'lw-e2e-'))
    const workspace: Workspace = {
      root,
      userData: join(root, 'user-data'),
      projects: join(root, 'projects'),
      path: (fileName) => join(root, 'projects', fileName),
      copyExample: async (fileName) => {
        const copy = join(root, 'projects', fileName)
        await copyFile(join(EXAMPLES_DIR, fileName), copy)
        return copy
      },
    }
    await mkdir(workspace.userData, { recursive: true })
    await mkdir(workspace.projects, { recursive: true })
    await use(workspace)
    await rm(root, { recursive: true, force: true })
  },
  // eslint-disable-next-line no-empty-pattern
  dialogs: async ({}, use) => {
    await use(new ScriptedDialogs())
  },
  // eslint-disable-next-line no-empty-pattern
  shell: async ({}, use) => {
    await use(new RecordingShell())
  },
  handlers: async ({ workspace, dialogs, shell }, use) => {
    await use(
      createHandlers({
        dialogs,
        shell,
        clock: systemClock,
        paths: { userData: workspace.userData },
      }),
    )
  },
  page: async ({ page, handlers }, use) => {
    await bindWindowApi(page, handlers, E2E_APP_URL)
    await use(page)
  },
})

export { expect }
