import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { MENU_COMMANDS } from '../../../../shared/api'
import type { MenuCommand } from '../../../../shared/api'
import { buildMenuTemplate } from '../../../../electron/main/menu'
import { MENU_LABELS, menuLanguage } from '../../../../electron/main/menu-labels'

function menuFor(platform: NodeJS.Platform, language: 'de' | 'en' = 'en', isDevelopment = false) {
  const sent: MenuCommand[] = []
  const template = buildMenuTemplate({
    platform,
    appName: 'Loyalty Workshop',
    labels: MENU_LABELS[language],
    isDevelopment,
    send: (command) => sent.push(command),
  })
  return { template, sent }
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ])
}

function byLabel(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.label === label)
  if (!found) throw new Error(`no menu item "${label}"`)
  return found
}

function click(item: MenuItemConstructorOptions): void {
  // The click handler ignores its Electron arguments; the template only forwards the command.
  ;(item.click as () => void)()
}

describe('the application menu', () => {
  it('has File, Edit, View, Workshop and Window on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(menuFor(platform).template.map((item) => item.label)).toEqual([
        'File',
        'Edit',
        'View',
        'Workshop',
        'Window',
      ])
    }
  })

  it('puts the app menu with Quit first on macOS, and no Quit in File', () => {
    const { template } = menuFor('darwin')
    expect(template[0]?.label).toBe('Loyalty Workshop')
    const file = byLabel(template, 'File')
    expect(items([file]).some((item) => item.role === 'quit')).toBe(false)
    expect(
      items([template[0] as MenuItemConstructorOptions]).some((item) => item.role === 'quit'),
    ).toBe(true)
  })

  it('offers Quit at the end of File on Windows and Linux', () => {
    const file = byLabel(menuFor('linux').template, 'File')
    const submenu = file.submenu as MenuItemConstructorOptions[]
    expect(submenu.at(-1)?.role).toBe('quit')
  })

  it.each([
    ['New project', 'new', 'CmdOrCtrl+N'],
    ['Open…', 'open', 'CmdOrCtrl+O'],
    ['Save', 'save', 'CmdOrCtrl+S'],
    ['Save as…', 'saveAs', 'CmdOrCtrl+Shift+S'],
    ['Export strategy document…', 'export', 'CmdOrCtrl+E'],
    ['Undo', 'undo', 'CmdOrCtrl+Z'],
    ['Redo', 'redo', 'CmdOrCtrl+Shift+Z'],
    ['Presenter mode', 'presenter', 'CmdOrCtrl+Shift+P'],
    ['Capture in parking lot…', 'parkingLot', 'CmdOrCtrl+K'],
  ] as const)('"%s" sends %s to the page and shows %s', (label, command, accelerator) => {
    const { template, sent } = menuFor('linux')
    const item = byLabel(template, label)
    click(item)
    expect(sent).toEqual([command])
    expect(item.accelerator).toBe(accelerator)
    // The page handles the key itself; registering it too would run the command twice.
    expect(item.registerAccelerator).toBe(false)
  })

  it('sends only commands the page knows, and never the quit-time flush', () => {
    const { template, sent } = menuFor('linux', 'en', true)
    for (const item of items(template)) if (item.click) click(item)
    expect(sent.every((command) => MENU_COMMANDS.includes(command))).toBe(true)
    expect(sent).not.toContain('flushBeforeQuit')
    expect(new Set(sent).size).toBe(MENU_COMMANDS.length - 1)
  })

  it('leaves clipboard and full screen to Electron roles', () => {
    const roles = items(menuFor('win32').template).map((item) => item.role)
    expect(roles).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'togglefullscreen']),
    )
  })

  it('offers developer tools only in development', () => {
    const roles = (isDevelopment: boolean) =>
      items(menuFor('linux', 'en', isDevelopment).template).map((item) => item.role)
    expect(roles(true)).toContain('toggleDevTools')
    expect(roles(false)).not.toContain('toggleDevTools')
  })

  it('speaks German on a German system', () => {
    expect(menuLanguage('de-DE')).toBe('de')
    expect(menuLanguage('de')).toBe('de')
    expect(menuLanguage('en-GB')).toBe('en')
    expect(menuLanguage('fr-FR')).toBe('en')
    const { template, sent } = menuFor('linux', 'de')
    expect(template.map((item) => item.label)).toEqual([
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Workshop',
      'Fenster',
    ])
    click(byLabel(template, 'Im Themenspeicher festhalten …'))
    click(byLabel(template, 'Rückgängig'))
    expect(sent).toEqual(['parkingLot', 'undo'])
  })

  it('has the same words in German and English', () => {
    expect(Object.keys(MENU_LABELS.de).sort()).toEqual(Object.keys(MENU_LABELS.en).sort())
  })
})
