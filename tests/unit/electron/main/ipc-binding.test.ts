import { describe, expect, it } from 'vitest'
import { CHANNELS, ok } from '../../../../shared/api'
import type { Channel, Handlers, Input, Result } from '../../../../shared/api'
import { createProject } from '../../../../shared/domain'
import { bindHandlers } from '../../../../electron/main/ipc-binding'
import type { InvokeEventLike, IpcMainLike } from '../../../../electron/main/ipc-binding'
import { createSenderCheck } from '../../../../electron/main/sender-check'

const appUrl = 'file:///opt/lw/out/renderer/index.html'
const project = createProject({ language: 'de', title: 'Müller & Söhne', date: '2026-01-05' })

/** A valid input for every channel; typed so that a new channel can't be forgotten here. */
const VALID: { [C in Channel]: Input<C> } = {
  'project:new': { language: 'en', title: 'Harbour Bikes' },
  'project:open': {},
  'project:openRecent': { id: 'r1' },
  'project:save': { project },
  'project:saveAs': { project },
  'project:reload': {},
  'recent:list': {},
  'recovery:write': { project },
  'recovery:list': {},
  'recovery:restore': { id: 'd1' },
  'recovery:discard': { id: 'd1' },
  'export:document': {
    project,
    options: { format: 'pdf', language: 'de', isSummary: false, chapters: null, paperSize: 'A4' },
  },
  'export:openFile': {},
  'export:showInFolder': {},
  'csv:import': {},
  'csv:export': { text: 'a;b\n1;2', suggestedName: 'initiatives.csv' },
  'logo:choose': {},
  'app:setDirty': { isDirty: true },
  'shell:openExternal': { url: 'https://example.org' },
}

/** Inputs each channel must refuse: wrong shapes, extra keys (a path smuggled in), no input. */
const INVALID: { [C in Channel]: unknown[] } = {
  'project:new': [
    { language: 'fr', title: 'x' },
    { language: 'de' },
    { language: 'de', title: 'x'.repeat(501) },
  ],
  'project:open': [{ path: '/etc/passwd' }, 'x'],
  'project:openRecent': [{ id: '' }, { path: '/home/u/x.loyalty.json' }],
  'project:save': [
    { project: { ...project, meta: null } },
    { project, path: '/tmp/evil.loyalty.json' },
  ],
  'project:saveAs': [{}, { project: 'x' }],
  'project:reload': [{ path: '/tmp/x' }],
  'recent:list': [{ limit: 5 }],
  'recovery:write': [{ project: {} }],
  'recovery:list': [[]],
  'recovery:restore': [{ id: 42 }],
  'recovery:discard': [{}],
  'export:document': [
    {
      project,
      options: {
        format: 'html',
        language: 'de',
        isSummary: false,
        chapters: null,
        paperSize: 'A4',
      },
    },
    { project },
  ],
  'export:openFile': [{ path: '/bin/sh' }],
  'export:showInFolder': [{ path: '/' }],
  'csv:import': [{ path: '/etc/shadow' }],
  'csv:export': [{ text: 'x' }, { text: 'x', suggestedName: 'x', path: '/tmp/x.csv' }],
  'logo:choose': [{ path: '/home/u/logo.png' }],
  'app:setDirty': [{ isDirty: 'yes' }, {}],
  'shell:openExternal': [{ url: 42 }, { url: 'x'.repeat(2001) }],
}

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>

function fakeIpcMain() {
  const listeners = new Map<string, Listener>()
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`)
      listeners.set(channel, listener)
    },
    removeHandler: (channel) => {
      listeners.delete(channel)
    },
  }
  return { ipcMain, listeners }
}

/** Handlers that record what reached them and answer with the input they got. */
function recordingHandlers() {
  const calls: { channel: Channel; input: unknown }[] = []
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (input: unknown) => {
        calls.push({ channel, input })
        return Promise.resolve(ok({ echoed: input }))
      },
    ]),
  ) as unknown as Handlers
  return { handlers, calls }
}

function bound(handlers: Handlers) {
  const { ipcMain, listeners } = fakeIpcMain()
  const unbind = bindHandlers(ipcMain, handlers, createSenderCheck(appUrl))
  const call = async (
    channel: Channel,
    frame: InvokeEventLike['senderFrame'],
    ...args: unknown[]
  ) => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    return (await listener({ senderFrame: frame }, ...args)) as Result<unknown>
  }
  return { call, listeners, unbind }
}

const appFrame = { url: appUrl, parent: null }

describe('binding the contract to ipcMain', () => {
  it('registers exactly the contract channels', () => {
    const { listeners } = bound(recordingHandlers().handlers)
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it('removes every channel again when unbound', () => {
    const { listeners, unbind } = bound(recordingHandlers().handlers)
    unbind()
    expect(listeners.size).toBe(0)
  })

  describe.each(CHANNELS)('%s', (channel) => {
    it('passes valid input from the app page to its handler', async () => {
      const { handlers, calls } = recordingHandlers()
      const { call } = bound(handlers)
      const result = await call(channel, appFrame, VALID[channel])
      expect(result).toEqual({ ok: true, data: { echoed: VALID[channel] } })
      expect(calls).toEqual([{ channel, input: VALID[channel] }])
    })

    it('refuses invalid input without calling the handler', async () => {
      const { handlers, calls } = recordingHandlers()
      const { call } = bound(handlers)
      for (const input of [...INVALID[channel], undefined, null]) {
        const result = await call(channel, appFrame, input)
        expect(result.ok, JSON.stringify(input)).toBe(false)
        if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT')
      }
      expect(await call(channel, appFrame)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      })
      expect(await call(channel, appFrame, VALID[channel], VALID[channel])).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      })
      expect(calls).toEqual([])
    })

    it('refuses a null, foreign or sub-frame sender without calling the handler', async () => {
      const { handlers, calls } = recordingHandlers()
      const { call } = bound(handlers)
      const senders = [
        null,
        { url: 'https://attacker.example/', parent: null },
        { url: 'file:///tmp/evil.html', parent: null },
        { url: appUrl, parent: appFrame },
      ]
      for (const frame of senders) {
        const result = await call(channel, frame, VALID[channel])
        expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
      }
      expect(calls).toEqual([])
    })
  })

  it('names the bad field of invalid input', async () => {
    const { call } = bound(recordingHandlers().handlers)
    const result = await call('project:new', appFrame, { language: 'fr', title: 'x' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain('language')
  })

  it('turns a handler that throws into an INTERNAL result instead of an exception', async () => {
    const { handlers } = recordingHandlers()
    const broken = {
      ...handlers,
      'recent:list': () => Promise.reject(new Error('disk gone')),
    } as Handlers
    const { call } = bound(broken)
    const original = console.error
    console.error = () => undefined
    try {
      await expect(call('recent:list', appFrame, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'INTERNAL' },
      })
    } finally {
      console.error = original
    }
  })
})
