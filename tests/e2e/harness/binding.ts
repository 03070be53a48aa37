import type { Frame, Page } from '@playwright/test'
import { CHANNELS, functionName } from '../../../shared/api'
import type { Handlers, MenuCommand } from '../../../shared/api'
import { dispatch } from '../../../electron/main/ipc-binding'
import { createSenderCheck } from '../../../electron/main/sender-check'
import type { FrameLike } from '../../../electron/main/sender-check'

/** The prefix of the per-channel bindings the init script calls. */
export const BINDING_PREFIX = '__lw_'

function frameLike(frame: Frame): FrameLike {
  const parent = frame.parentFrame()
  return { url: frame.url(), parent: parent ? frameLike(parent) : null }
}

/**
 * Runs in the page before the app's own scripts: defines `window.api` the way the preload does,
 * one named function per channel plus `onMenuCommand`, and a test hook to send menu commands.
 * Must be self-contained: Playwright ships its source text to the browser.
 */
function defineWindowApi(names: readonly (readonly [string, string])[]): void {
  type Listener = (command: string) => void
  const listeners = new Set<Listener>()
  const scope = window as unknown as Record<string, unknown>
  const api: Record<string, unknown> = {}
  for (const [channel, name] of names) {
    api[name] = (input: unknown) =>
      (scope[`__lw_${channel}`] as (input: unknown) => Promise<unknown>)(input)
  }
  api['onMenuCommand'] = (listener: Listener) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true })
  Object.defineProperty(window, '__lwMenu', {
    value: (command: string) => {
      for (const listener of listeners) listener(command)
    },
  })
}

/**
 * Binds the real handlers to the page, the browser twin of electron/main's ipcMain binding:
 * each channel becomes a Playwright binding that checks the calling frame (the page's top
 * frame showing the app, same rule as Electron's sender check) and parses the input with the
 * contract's schema before the handler runs.
 */
export async function bindWindowApi(page: Page, handlers: Handlers, appUrl: string): Promise<void> {
  const isTrustedSender = createSenderCheck(appUrl)
  for (const channel of CHANNELS) {
    await page.exposeBinding(`${BINDING_PREFIX}${channel}`, (source, input: unknown) => {
      const isTrusted =
        source.frame === source.page.mainFrame() && isTrustedSender(frameLike(source.frame))
      return dispatch(channel, handlers, isTrusted, input)
    })
  }
  const names = CHANNELS.map((channel) => [channel, functionName(channel)] as const)
  await page.addInitScript(defineWindowApi, names)
}

/** Sends a menu command to the page, as the application menu does in Electron. */
export async function sendMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate((value) => {
    ;(window as unknown as { __lwMenu: (command: string) => void }).__lwMenu(value)
  }, command)
}
