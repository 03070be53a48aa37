import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS, type Channel, type Result } from '../../shared/api'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp'
import { windowOptions } from '../../electron/main/window-options'

/**
 * The pure security modules of electron/main have their own tests; this one proves that the main
 * process really uses them. Electron's binary can't run here, so its modules are replaced by
 * recorders, electron/main/index.ts is started on them, and the recorded handlers are called
 * the way Electron would call them.
 */
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown
  class Emitter {
    readonly listeners = new Map<string, Listener[]>()
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
      return this
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener)
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args)
    }
  }
  class FakeWebContents extends Emitter {
    readonly sent: unknown[][] = []
    windowOpenHandler: Listener | null = null
    send(...args: unknown[]) {
      this.sent.push(args)
    }
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler
    }
  }
  const windows: FakeBrowserWindow[] = []
  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents()
    isClosed = false
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      super()
      windows.push(this)
    }
    loadFile = () => Promise.resolve()
    loadURL = () => Promise.resolve()
    isMinimized = () => false
    restore() {}
    focus() {}
    show() {}
    close() {
      this.isClosed = true
    }
  }
  const session = {
    handlers: new Map<string, Listener>(),
  }
  const ipc = new Map<string, Listener>()
  const opened: string[] = []
  const messageBoxAnswers: number[] = []
  const asked: unknown[] = []
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    getLocale: () => 'en-GB',
    getName: () => 'Loyalty Workshop',
    getPath: (name: string) => `/nonexistent/loyalty-workshop-wiring-test/${name}`,
    whenReady: () => Promise.resolve(),
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    exit: () => undefined,
  })
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => {} },
    dialog: {
      showMessageBox: (...args: unknown[]) => {
        asked.push(args.at(-1))
        return Promise.resolve({ response: messageBoxAnswers.shift() ?? 2 })
      },
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => ipc.set(channel, listener),
      removeHandler: (channel: string) => ipc.delete(channel),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => session.handlers.set('request', h),
        setPermissionCheckHandler: (h: Listener) => session.handlers.set('check', h),
        setDevicePermissionHandler: (h: Listener) => session.handlers.set('device', h),
        webRequest: { onHeadersReceived: (h: Listener) => session.handlers.set('headers', h) },
      },
    },
    shell: {
      openExternal: (url: string) => {
        opened.push(url)
        return Promise.resolve()
      },
      openPath: () => Promise.resolve(''),
      showItemInFolder: () => undefined,
    },
  }
  return { module, windows, session, ipc, opened, asked, messageBoxAnswers, app, FakeWebContents }
})

vi.mock('electron', () => ({ ...electron.module, default: electron.module }))

const appUrl = pathToFileURL(join(import.meta.dirname, '../../electron/renderer/index.html')).href
const appFrame = { url: appUrl, parent: null }
const HOSTILE_URLS = [
  'https://app.example.com.attacker.com/',
  'https://www.bank.example@attacker.com/',
  'file:///etc/passwd',
  'file:///opt/app/out/renderer/evil.html',
  'javascript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'smb://attacker.example/share',
]

function firstWindow() {
  const [window] = electron.windows
  if (window === undefined) throw new Error('no window was opened')
  return window
}

function call(channel: Channel, frame: unknown, input: unknown): Promise<Result<unknown>> {
  const listener = electron.ipc.get(channel)
  if (listener === undefined) throw new Error(`${channel} is not bound`)
  return listener({ senderFrame: frame }, input) as Promise<Result<unknown>>
}

function prevented() {
  const event = { isPrevented: false, preventDefault: () => (event.isPrevented = true) }
  return event
}

describe('the main process wires the security checklist into Electron', () => {
  beforeAll(async () => {
    delete process.env['ELECTRON_RENDERER_URL']
    await import('../../electron/main/index')
    await vi.waitFor(() => {
      expect(electron.windows).toHaveLength(1)
    })
  })

  it('opens the window with the options of the tested pure function', () => {
    const { preload, ...preferences } = firstWindow().options.webPreferences ?? {}
    const expected: Record<string, unknown> = { ...windowOptions('unused').webPreferences }
    delete expected['preload']
    expect(preferences).toEqual(expected)
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    })
    expect(String(preload)).toMatch(/preload[/\\]index\.cjs$/)
  })

  it('denies every permission request, check and device request of the session', () => {
    const answers: boolean[] = []
    electron.session.handlers.get('request')?.({}, 'media', (granted: boolean) =>
      answers.push(granted),
    )
    electron.session.handlers.get('request')?.({}, 'notifications', (granted: boolean) =>
      answers.push(granted),
    )
    expect(answers).toEqual([false, false])
    expect(electron.session.handlers.get('check')?.({}, 'clipboard-read')).toBe(false)
    expect(electron.session.handlers.get('device')?.({})).toBe(false)
  })

  it('puts the strict CSP on every response, replacing any other policy', () => {
    let headers: unknown = null
    electron.session.handlers.get('headers')?.(
      { responseHeaders: { 'Content-Security-Policy': ["script-src * 'unsafe-eval'"] } },
      (answer: { responseHeaders: unknown }) => (headers = answer.responseHeaders),
    )
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
  })

  it('stops navigation and redirects away from the app, and sends only web links to the browser', () => {
    const contents = new electron.FakeWebContents()
    electron.app.emit('web-contents-created', {}, contents)
    electron.opened.length = 0
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of [...HOSTILE_URLS, 'https://example.org/guide']) {
        const navigation = prevented()
        contents.emit(event, navigation, url)
        expect(navigation.isPrevented, `${event} ${url}`).toBe(true)
      }
      const staying = prevented()
      contents.emit(event, staying, `${appUrl}#/step/vision`)
      expect(staying.isPrevented).toBe(false)
    }
    // A lookalike host is only a web page to the browser; credentials, files and scripts never go.
    const toBrowser = ['https://app.example.com.attacker.com/', 'https://example.org/guide']
    expect(electron.opened).toEqual([...toBrowser, ...toBrowser])
  })

  it('denies every window.open and never attaches a webview', () => {
    const contents = new electron.FakeWebContents()
    electron.app.emit('web-contents-created', {}, contents)
    electron.opened.length = 0
    for (const url of [...HOSTILE_URLS, 'https://example.org/']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
    expect(electron.opened).toEqual([
      'https://app.example.com.attacker.com/',
      'https://example.org/',
    ])
    const webview = prevented()
    contents.emit('will-attach-webview', webview)
    expect(webview.isPrevented).toBe(true)
  })

  it('binds every channel with the sender check and input parsing', async () => {
    expect([...electron.ipc.keys()].sort()).toEqual([...CHANNELS].sort())
    for (const frame of [
      null,
      { url: 'https://attacker.example/', parent: null },
      { url: appUrl, parent: appFrame },
    ]) {
      expect(await call('recent:list', frame, {})).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN_SENDER' },
      })
    }
    expect(await call('project:open', appFrame, { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    electron.opened.length = 0
    expect(await call('shell:openExternal', appFrame, { url: 'file:///etc/passwd' })).toMatchObject(
      {
        ok: false,
      },
    )
    expect(electron.opened).toEqual([])
    // A link whose credentials disguise the real host is refused as input, not as a failure.
    expect(
      await call('shell:openExternal', appFrame, { url: 'https://www.bank.example@attacker.com/' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(electron.opened).toEqual([])
    expect(
      await call('shell:openExternal', appFrame, { url: 'https://example.org/hilfe' }),
    ).toEqual({
      ok: true,
      data: null,
    })
    expect(electron.opened).toEqual(['https://example.org/hilfe'])
  })
})

describe('quitting from the real main process', () => {
  it('with unsaved changes: flushes the autosave first, then asks; Cancel keeps the window', async () => {
    const window = firstWindow()
    expect(await call('app:setDirty', appFrame, { isDirty: true })).toEqual({
      ok: true,
      data: null,
    })
    electron.asked.length = 0
    electron.messageBoxAnswers.push(2)
    const close = prevented()
    window.emit('close', close)
    expect(close.isPrevented).toBe(true)
    await vi.waitFor(
      () => {
        expect(electron.asked).toHaveLength(1)
      },
      { timeout: 5000 },
    )
    expect(window.webContents.sent).toContainEqual(['menu:command', 'flushBeforeQuit'])
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(window.isClosed).toBe(false)
  })

  it("with unsaved changes and Don't save: closes", async () => {
    const window = firstWindow()
    electron.messageBoxAnswers.push(1)
    window.emit('close', prevented())
    await vi.waitFor(
      () => {
        expect(window.isClosed).toBe(true)
      },
      { timeout: 5000 },
    )
  })

  it('with everything saved: closes at once, without flushing or asking', async () => {
    firstWindow().emit('closed')
    electron.app.emit('activate')
    await vi.waitFor(() => {
      expect(electron.windows).toHaveLength(2)
    })
    const window = electron.windows[1]
    if (window === undefined) throw new Error('no second window')
    electron.asked.length = 0
    window.emit('close', prevented())
    await vi.waitFor(() => {
      expect(window.isClosed).toBe(true)
    })
    expect(electron.asked).toEqual([])
    expect(window.webContents.sent).not.toContainEqual(['menu:command', 'flushBeforeQuit'])
  })
})
