import { join } from 'node:path'
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import {
  createElectronDialogs,
  safeFileName,
  withExtension,
} from '../../../../electron/main/dialog-port'
import { MENU_LABELS } from '../../../../electron/main/menu-labels'

/** Electron's dialog module as far as the port uses it, answering what the test chose. */
function scriptedDialog(answer: { canceled: boolean; path?: string }) {
  const shown: (OpenDialogOptions | SaveDialogOptions)[] = []
  const dialog = {
    showOpenDialog: (...args: unknown[]) => {
      shown.push(args.at(-1) as OpenDialogOptions)
      return Promise.resolve({
        canceled: answer.canceled,
        filePaths: answer.path ? [answer.path] : [],
      })
    },
    showSaveDialog: (...args: unknown[]) => {
      shown.push(args.at(-1) as SaveDialogOptions)
      return Promise.resolve({ canceled: answer.canceled, filePath: answer.path ?? '' })
    },
  }
  return { dialog, shown }
}

function port(answer: { canceled: boolean; path?: string }, pending: string[] = []) {
  const { dialog, shown } = scriptedDialog(answer)
  const dialogs = createElectronDialogs({
    dialog,
    getWindow: () => null,
    labels: MENU_LABELS.en,
    documentsDir: '/home/anna/Documents',
    takePendingOpen: () => pending.shift() ?? null,
  })
  return { dialogs, shown }
}

describe('file dialogs', () => {
  it('opens a project the user picked, offering project files first', async () => {
    const { dialogs, shown } = port({ canceled: false, path: '/home/anna/a.loyalty.json' })
    expect(await dialogs.openProject()).toBe('/home/anna/a.loyalty.json')
    expect((shown[0] as OpenDialogOptions).filters?.[0]).toEqual({
      name: 'Loyalty Workshop project',
      extensions: ['loyalty.json'],
    })
  })

  it('answers null when the user cancels', async () => {
    const { dialogs } = port({ canceled: true })
    expect(await dialogs.openProject()).toBeNull()
    expect(await dialogs.saveProject('x')).toBeNull()
    expect(await dialogs.openCsv()).toBeNull()
    expect(await dialogs.openImage()).toBeNull()
  })

  it('answers a file from "Open with" once, without a dialog, then asks again', async () => {
    const { dialogs, shown } = port({ canceled: false, path: '/picked.loyalty.json' }, [
      '/from/os.loyalty.json',
    ])
    expect(await dialogs.openProject()).toBe('/from/os.loyalty.json')
    expect(shown).toEqual([])
    expect(await dialogs.openProject()).toBe('/picked.loyalty.json')
  })

  it('suggests the name in the documents folder, even if the page sent a path', async () => {
    const { dialogs, shown } = port({ canceled: false, path: '/home/anna/x.loyalty.json' })
    await dialogs.saveProject('../../etc/cron.d/evil')
    expect((shown[0] as SaveDialogOptions).defaultPath).toBe(
      join('/home/anna/Documents', '-..-etc-cron.d-evil.loyalty.json'),
    )
  })

  it('adds the file extension the save dialog left out', async () => {
    expect(
      await port({ canceled: false, path: '/home/anna/Kunde' }).dialogs.saveProject('Kunde'),
    ).toBe('/home/anna/Kunde.loyalty.json')
    expect(
      await port({ canceled: false, path: '/home/anna/Bericht' }).dialogs.saveExport(
        'Bericht',
        'docx',
      ),
    ).toBe('/home/anna/Bericht.docx')
    expect(await port({ canceled: false, path: '/home/anna/list' }).dialogs.saveCsv('list')).toBe(
      '/home/anna/list.csv',
    )
  })
})

describe('file names', () => {
  it('keeps umlauts and spaces but removes separators and forbidden characters', () => {
    expect(safeFileName('Müller & Söhne – Workshop', 'x')).toBe('Müller & Söhne – Workshop')
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'x')).toBe('a-b-c-d-e-f-g-h-i-j')
    expect(safeFileName('line\nbreak\u0000', 'x')).toBe('line-break-')
  })

  it('falls back when nothing is left, and never starts with a dot', () => {
    expect(safeFileName('', 'workshop')).toBe('workshop')
    expect(safeFileName('...', 'workshop')).toBe('workshop')
    expect(safeFileName('.hidden', 'workshop')).toBe('hidden')
  })

  it('turns a plain .json into a project file and leaves a project file alone', () => {
    expect(withExtension('/a/b.json', '.loyalty.json')).toBe('/a/b.loyalty.json')
    expect(withExtension('/a/b.Loyalty.JSON', '.loyalty.json')).toBe('/a/b.Loyalty.JSON')
    expect(withExtension('/a/b', '.pdf')).toBe('/a/b.pdf')
  })
})
