import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { BrowserWindow, Menu, app, dialog, ipcMain, session, shell } from 'electron'
import type { MenuCommand } from '../../shared/api'
import { createHandlers, createSession } from '../services/handlers'
import { systemClock } from '../services/ports'
import type { DialogPort, ShellPort } from '../services/ports'
import { withCspHeader } from './csp'
import { createElectronDialogs } from './dialog-port'
import { bindHandlers } from './ipc-binding'
import { buildMenuTemplate } from './menu'
import { MENU_LABELS, menuLanguage } from './menu-labels'
import { externalLinkAction, isAllowedNavigation, windowOpenDecision } from './navigation'
import { projectPathFromArgv } from './open-file'
import { denyDevicePermission, denyPermissionCheck, denyPermissionRequest } from './permissions'
import {
  createQuitFlow,
  unsavedChangesBox,
  unsavedChoiceFromButton,
  watchForQuit,
} from './quit-flow'
import { createSenderCheck } from './sender-check'
import { windowOptions } from './window-options'

const here = fileURLToPath(new URL('.', import.meta.url))
const preloadPath = join(here, '../preload/index.cjs')
const indexHtml = join(here, '../renderer/index.html')
const iconPath = join(here, '../../resources/icons/icon.png')
// electron-vite sets this while `electron-vite dev` serves the renderer.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const appUrl = devServerUrl ?? pathToFileURL(indexHtml).href

let mainWindow: BrowserWindow | null = null
let pendingOpen: string | null = projectPathFromArgv(process.argv, process.cwd())
let isQuitting = false

/** The menu's language follows the system; known only once the app is ready. */
const labels = () => MENU_LABELS[menuLanguage(app.getLocale())]

function sendCommand(command: MenuCommand): void {
  mainWindow?.webContents.send('menu:command', command)
}

/** A project file from the OS or a second instance: the next open dialog answers with it. */
function openFromOutside(path: string): void {
  pendingOpen = path
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
  sendCommand('open')
}

function openInBrowser(url: string): void {
  if (externalLinkAction(url) === 'open-in-browser') void shell.openExternal(url)
}

function secureSession(): void {
  const defaultSession = session.defaultSession
  defaultSession.setPermissionRequestHandler(denyPermissionRequest)
  defaultSession.setPermissionCheckHandler(denyPermissionCheck)
  defaultSession.setDevicePermissionHandler(denyDevicePermission)
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders) })
  })
}

function secureContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    const guard = (event: Electron.Event, url: string) => {
      if (isAllowedNavigation(url, appUrl)) return
      event.preventDefault()
      openInBrowser(url)
    }
    contents.on('will-navigate', guard)
    contents.on('will-redirect', guard)
    contents.on('will-attach-webview', (event) => {
      event.preventDefault()
    })
    contents.setWindowOpenHandler(({ url }) => {
      const decision = windowOpenDecision(url)
      if (decision.isOpenedInBrowser) void shell.openExternal(url)
      return decision.response
    })
  })
}

const realShell: ShellPort = {
  openPath: async (path) => {
    const problem = await shell.openPath(path)
    if (problem) throw new Error(problem)
  },
  showItemInFolder: (path) => {
    shell.showItemInFolder(path)
    return Promise.resolve()
  },
  // The handler already allows only web links; this is the last check before the OS sees it.
  openExternal: (url) =>
    externalLinkAction(url) === 'open-in-browser'
      ? shell.openExternal(url)
      : Promise.reject(new Error('Only web links can be opened.')),
}

const quitFlow = createQuitFlow({
  sendCommand,
  askUnsavedChanges: async () => {
    const box = unsavedChangesBox(labels())
    const answer = mainWindow
      ? await dialog.showMessageBox(mainWindow, box)
      : await dialog.showMessageBox(box)
    return unsavedChoiceFromButton(answer.response)
  },
})

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({ ...windowOptions(preloadPath), icon: iconPath })
  let mayClose = false
  window.on('close', (event) => {
    if (mayClose) return
    event.preventDefault()
    void quitFlow.requestClose().then((isClosing) => {
      if (!isClosing) {
        isQuitting = false
        return
      }
      mayClose = true
      window.close()
      if (isQuitting) app.quit()
    })
  })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  window.once('ready-to-show', () => {
    window.show()
  })
  window.webContents.once('did-finish-load', () => {
    if (pendingOpen) sendCommand('open')
  })
  return window
}

let unbindHandlers: (() => void) | null = null

/** Opens the app window with a fresh session (no file open) bound to the handlers. */
async function openWindow(dialogs: DialogPort): Promise<void> {
  const handlers = createHandlers(
    { dialogs, shell: realShell, clock: systemClock, paths: { userData: app.getPath('userData') } },
    createSession(),
  )
  unbindHandlers?.()
  unbindHandlers = bindHandlers(
    ipcMain,
    watchForQuit(handlers, quitFlow),
    createSenderCheck(appUrl),
  )
  quitFlow.setDirty(false)
  mainWindow = createWindow()
  await (devServerUrl ? mainWindow.loadURL(devServerUrl) : mainWindow.loadFile(indexHtml))
}

async function start(): Promise<void> {
  await app.whenReady()
  secureSession()
  const dialogs = createElectronDialogs({
    dialog,
    getWindow: () => mainWindow,
    labels: labels(),
    documentsDir: app.getPath('documents'),
    takePendingOpen: () => {
      const path = pendingOpen
      pendingOpen = null
      return path
    },
  })
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        appName: app.getName(),
        labels: labels(),
        isDevelopment: !app.isPackaged,
        send: sendCommand,
      }),
    ),
  )
  app.on('activate', () => {
    if (!mainWindow) void openWindow(dialogs)
  })
  await openWindow(dialogs)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  secureContents()
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = projectPathFromArgv(argv, workingDirectory)
    if (path) openFromOutside(path)
    else mainWindow?.focus()
  })
  // macOS delivers "Open with" and double-clicked files as an event, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openFromOutside(path)
  })
  app.on('before-quit', () => {
    isQuitting = true
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  start().catch((error: unknown) => {
    console.error('Loyalty Workshop could not start', error)
    app.exit(1)
  })
}
