import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, MENU_COMMANDS, functionName } from '../../shared/api'
import type { MenuCommand, WindowApi } from '../../shared/api'

/** The IPC event that carries menu commands from the main process to the page. */
const MENU_EVENT = 'menu:command'

/**
 * Commands kept until the page subscribes: "open" arrives from the command line or the OS
 * ("Open with") right at start, possibly before the app has mounted.
 */
const KEPT_UNTIL_SUBSCRIBED: readonly MenuCommand[] = ['open']

const listeners = new Set<(command: MenuCommand) => void>()
const kept: MenuCommand[] = []

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

ipcRenderer.on(MENU_EVENT, (_event, command: unknown) => {
  if (!isMenuCommand(command)) return
  if (listeners.size === 0) {
    if (KEPT_UNTIL_SUBSCRIBED.includes(command)) kept.push(command)
    return
  }
  for (const listener of listeners) listener(command)
})

function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  listeners.add(listener)
  for (const command of kept.splice(0)) listener(command)
  return () => {
    listeners.delete(listener)
  }
}

// One named function per channel, each invoking exactly its own channel: the page gets no
// ipcRenderer and no generic invoke. The map is built from the contract, so TypeScript can't
// follow the per-channel types through Object.fromEntries; `satisfies` below checks the result.
const invokers = Object.fromEntries(
  CHANNELS.map((channel) => [
    functionName(channel),
    (input: unknown) => ipcRenderer.invoke(channel, input),
  ]),
) as Omit<WindowApi, 'onMenuCommand'>

const api = { ...invokers, onMenuCommand } satisfies WindowApi

contextBridge.exposeInMainWorld('api', api)
