import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/api'
import type { MenuLabels } from './menu-labels'

export interface MenuOptions {
  readonly platform: NodeJS.Platform
  readonly appName: string
  readonly labels: MenuLabels
  readonly isDevelopment: boolean
  /** Sends a command to the page (`webContents.send('menu:command', command)`). */
  readonly send: (command: MenuCommand) => void
}

/**
 * The shortcuts the page also handles itself with a keydown listener (so they work in the
 * browser too). On Windows and Linux the menu only shows them (`registerAccelerator: false`),
 * so one key press doesn't run the command twice.
 */
export const PAGE_SHORTCUTS: Readonly<Partial<Record<MenuCommand, string>>> = {
  new: 'CmdOrCtrl+N',
  open: 'CmdOrCtrl+O',
  save: 'CmdOrCtrl+S',
  saveAs: 'CmdOrCtrl+Shift+S',
  export: 'CmdOrCtrl+E',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
  parkingLot: 'CmdOrCtrl+K',
  presenter: 'CmdOrCtrl+Shift+P',
}

function commandItem(
  label: string,
  command: MenuCommand,
  options: MenuOptions,
): MenuItemConstructorOptions {
  const accelerator = PAGE_SHORTCUTS[command]
  return {
    id: command,
    label,
    ...(accelerator === undefined ? {} : { accelerator, registerAccelerator: false }),
    click: () => {
      options.send(command)
    },
  }
}

function fileMenu(options: MenuOptions): MenuItemConstructorOptions {
  const { labels } = options
  const isMac = options.platform === 'darwin'
  return {
    label: labels.file,
    submenu: [
      commandItem(labels.new, 'new', options),
      commandItem(labels.open, 'open', options),
      { type: 'separator' },
      commandItem(labels.save, 'save', options),
      commandItem(labels.saveAs, 'saveAs', options),
      { type: 'separator' },
      commandItem(labels.export, 'export', options),
      ...(isMac
        ? []
        : [{ type: 'separator' } as const, { role: 'quit', label: labels.quit } as const]),
    ],
  }
}

function editMenu(options: MenuOptions): MenuItemConstructorOptions {
  const { labels } = options
  return {
    label: labels.edit,
    submenu: [
      // The project's own undo (pure updaters), not the text field's.
      commandItem(labels.undo, 'undo', options),
      commandItem(labels.redo, 'redo', options),
      { type: 'separator' },
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'selectAll', label: labels.selectAll },
    ],
  }
}

function viewMenu(options: MenuOptions): MenuItemConstructorOptions {
  const { labels } = options
  return {
    label: labels.view,
    submenu: [
      commandItem(labels.presenter, 'presenter', options),
      { role: 'togglefullscreen', label: labels.fullscreen },
      ...(options.isDevelopment
        ? [
            { type: 'separator' } as const,
            { role: 'toggleDevTools', label: labels.devTools } as const,
          ]
        : []),
    ],
  }
}

/**
 * The application menu as a plain template (for `Menu.buildFromTemplate`): File, Edit, View and
 * Workshop, plus the app menu on macOS. Items that act on the project send a MenuCommand to the
 * page; clipboard and window items use Electron's roles.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { labels } = options
  const appMenu: MenuItemConstructorOptions[] =
    options.platform === 'darwin'
      ? [
          {
            label: options.appName,
            submenu: [
              { role: 'about' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit', label: labels.quit },
            ],
          },
        ]
      : []
  return [
    ...appMenu,
    fileMenu(options),
    editMenu(options),
    viewMenu(options),
    { label: labels.workshop, submenu: [commandItem(labels.parkingLot, 'parkingLot', options)] },
    { label: labels.window, role: 'windowMenu' },
  ]
}
