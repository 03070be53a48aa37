import { basename } from 'node:path'
import { fail, ok, type Handlers } from '../../../shared/api'
import { guard } from './guard'
import type { HandlerDeps, Session } from './types'

type AppChannels =
  | 'recent:list'
  | 'recovery:write'
  | 'recovery:list'
  | 'recovery:restore'
  | 'recovery:discard'
  | 'app:setDirty'
  | 'shell:openExternal'

const WEB_PROTOCOLS = new Set(['http:', 'https:'])

/**
 * The link as the system browser should get it, or null when it is not an http(s) link.
 * A lookalike host (`https://app.example.com.attacker.com`) is still just a web page in the
 * browser; what must never pass is a scheme that runs or opens something locally, or
 * credentials that disguise the real host (`https://bank.example@attacker.com`), which the
 * main process's shell refuses too.
 */
export function webUrl(text: string): string | null {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  const hasCredentials = url.username !== '' || url.password !== ''
  return WEB_PROTOCOLS.has(url.protocol) && url.hostname !== '' && !hasCredentials ? url.href : null
}

/** The recent list, recovery drafts, the dirty flag and external links for one window. */
export function createAppHandlers(
  deps: HandlerDeps,
  session: Session,
): Pick<Handlers, AppChannels> {
  const { recent, recovery, shell, logError } = deps
  return {
    'recent:list': guard('recent:list', async () => ok(await recent.list()), logError),
    'recovery:write': guard(
      'recovery:write',
      async ({ project }) =>
        ok(
          await recovery.write(session.recoveryId, project, {
            filePath: session.filePath,
            fingerprint: session.fingerprint,
          }),
        ),
      logError,
    ),
    'recovery:list': guard(
      'recovery:list',
      async () => {
        const open = new Set([session.recoveryId, ...deps.openSessionIds()])
        return ok((await recovery.list()).filter((draft) => !open.has(draft.id)))
      },
      logError,
    ),
    'recovery:restore': guard(
      'recovery:restore',
      ({ id }) =>
        session.exclusive(async () => {
          const restored = await recovery.restore(id)
          if (id !== session.recoveryId) await recovery.discard(session.recoveryId)
          // The window takes over the draft: its next autosave replaces it, its next save deletes it.
          session.recoveryId = id
          session.filePath = restored.filePath
          session.fingerprint = restored.fingerprint
          const file =
            restored.filePath === null
              ? null
              : {
                  fileName: basename(restored.filePath),
                  savedAt:
                    restored.fingerprint === null
                      ? restored.savedAt
                      : new Date(restored.fingerprint.mtimeMs).toISOString(),
                }
          return ok({ project: restored.project, file })
        }),
      logError,
    ),
    'recovery:discard': guard(
      'recovery:discard',
      async ({ id }) => {
        await recovery.discard(id)
        return ok(null)
      },
      logError,
    ),
    'app:setDirty': guard(
      'app:setDirty',
      ({ isDirty }) => {
        session.isDirty = isDirty
        return Promise.resolve(ok(null))
      },
      logError,
    ),
    'shell:openExternal': guard(
      'shell:openExternal',
      async ({ url }) => {
        const href = webUrl(url)
        if (href === null) {
          return fail('INVALID_INPUT', 'Only web links (http or https) can be opened.')
        }
        await shell.openExternal(href)
        return ok(null)
      },
      logError,
    ),
  }
}
