import type { Handlers } from '../../../shared/api'
import { SAVED_WITH } from '../app-info'
import { nodeFileSystem } from '../file-system'
import { createProjectStore } from '../project-store'
import { createRecentFiles } from '../recent-files'
import { createRecoveryDrafts } from '../recovery-drafts'
import { createAppHandlers } from './app-handlers'
import { createExportHandlers } from './export-handlers'
import { createFileHandlers } from './file-handlers'
import { createProjectHandlers } from './project-handlers'
import { createSession, type HandlerDeps, type HandlerPorts, type Session } from './types'

export { createSession, type HandlerDeps, type HandlerPorts, type Session } from './types'

/** Builds the services on the ports: the project store, the recent list and the recovery drafts. */
export function createHandlerDeps(ports: HandlerPorts): HandlerDeps {
  const fs = ports.fs ?? nodeFileSystem
  const savedWith = ports.savedWith ?? SAVED_WITH
  const { clock, paths } = ports
  return {
    dialogs: ports.dialogs,
    shell: ports.shell,
    clock,
    paths,
    fs,
    savedWith,
    logError:
      ports.logError ??
      ((error) => {
        console.error('Loyalty Workshop:', error)
      }),
    openSessionIds: ports.openSessionIds ?? (() => []),
    store: createProjectStore({ fs, clock, savedWith }),
    recent: createRecentFiles({ fs, clock, paths }),
    recovery: createRecoveryDrafts({ fs, clock, paths, savedWith }),
  }
}

/**
 * Every channel of the contract for one window, built from the services. Each handler checks its
 * input with the contract's schema, takes paths only from dialogs, the recent list or its own
 * session, and answers with a result instead of throwing.
 */
export function createHandlers(
  depsOrPorts: HandlerDeps | HandlerPorts,
  session: Session = createSession(),
): Handlers {
  const deps = 'store' in depsOrPorts ? depsOrPorts : createHandlerDeps(depsOrPorts)
  return {
    ...createProjectHandlers(deps, session),
    ...createAppHandlers(deps, session),
    ...createFileHandlers(deps),
    ...createExportHandlers(deps, session),
  }
}
