import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS, WINDOW_API_NAMES, functionName } from '../../../../shared/api'
import type { MenuCommand, WindowApi } from '../../../../shared/api'

/**
 * The preload runs inside Electron's sandbox; here Electron's two modules it uses are replaced
 * by recorders, so what the page receives can be inspected.
 */
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as { channel: string; args: unknown[] }[],
  menuListeners: [] as ((event: unknown, command: unknown) => void)[],
}))

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => {
      bridge.invoked.push({ channel, args })
      return Promise.resolve({ ok: true, data: channel })
    },
    on: (channel: string, listener: (event: unknown, command: unknown) => void) => {
      if (channel === 'menu:command') bridge.menuListeners.push(listener)
    },
  },
}))

function sendMenuCommand(command: unknown): void {
  for (const listener of bridge.menuListeners) listener({}, command)
}

let api: WindowApi

describe('the preload', () => {
  beforeAll(async () => {
    await import('../../../../electron/preload/index')
    // "open" from the command line can arrive before the page has subscribed.
    sendMenuCommand('open')
    sendMenuCommand('undo')
    api = bridge.exposed.get('api') as WindowApi
  })

  it('exposes only window.api, with exactly the contract names', () => {
    expect([...bridge.exposed.keys()]).toEqual(['api'])
    expect(Object.keys(api).sort()).toEqual([...WINDOW_API_NAMES].sort())
  })

  it('gives the page neither ipcRenderer nor a generic invoke', () => {
    const names = Object.keys(api)
    for (const name of ['ipcRenderer', 'invoke', 'send', 'on', 'require'])
      expect(names).not.toContain(name)
  })

  it.each(CHANNELS)(
    'routes %s through its own named function, with the one input object',
    async (channel) => {
      const invoke = (api as unknown as Record<string, (input: unknown) => Promise<unknown>>)[
        functionName(channel)
      ]
      const input = { marker: channel }
      const before = bridge.invoked.length
      await expect(invoke?.(input)).resolves.toEqual({ ok: true, data: channel })
      expect(bridge.invoked.slice(before)).toEqual([{ channel, args: [input] }])
    },
  )

  it('delivers menu commands to subscribers until they unsubscribe, and drops unknown ones', () => {
    const received: MenuCommand[] = []
    const unsubscribe = api.onMenuCommand((command) => received.push(command))
    expect(received).toEqual(['open'])
    sendMenuCommand('parkingLot')
    sendMenuCommand('rm -rf /')
    sendMenuCommand({ command: 'save' })
    unsubscribe()
    sendMenuCommand('save')
    expect(received).toEqual(['open', 'parkingLot'])
  })
})
