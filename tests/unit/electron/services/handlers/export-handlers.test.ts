import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExportOptions } from '../../../../../shared/api'
import { reportProject } from '../../../shared/report/report-fixture'
import { namesIn, tempDir } from '../fixtures'
import { dataOf, errorOf, openWindow } from './harness'

const options: ExportOptions = {
  format: 'pdf',
  language: 'en',
  isSummary: true,
  chapters: null,
  paperSize: 'LETTER',
}

describe('exporting from the app', () => {
  it('asks where to save with a suggested name and writes the document there', async () => {
    const userData = await tempDir()
    const out = await tempDir()
    const window = openWindow(userData)
    const path = join(out, 'Strategy.pdf')
    window.dialogs.next('saveExport', path)
    const done = dataOf(await window.api['export:document']({ project: reportProject(), options }))
    expect(window.dialogs.asked).toEqual([
      { kind: 'saveExport', suggestedName: 'Kundenbindung 2026 Räder & Service-summary-en.pdf' },
    ])
    expect(done.fileName).toBe('Strategy.pdf')
    expect(done.bytes).toBe((await readFile(path)).byteLength)
    expect(done.pages).toBeLessThanOrEqual(3)
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const out = await tempDir()
    const window = openWindow(await tempDir())
    const error = errorOf(
      await window.api['export:document']({ project: reportProject(), options }),
    )
    expect(error.code).toBe('CANCELLED')
    expect(await namesIn(out)).toEqual([])
  })

  it('opens the exported document and shows it in its folder', async () => {
    const window = openWindow(await tempDir())
    const path = join(await tempDir(), 'Strategy.pdf')
    window.dialogs.next('saveExport', path)
    dataOf(await window.api['export:document']({ project: reportProject(), options }))
    dataOf(await window.api['export:openFile']({}))
    dataOf(await window.api['export:showInFolder']({}))
    expect(window.shell.opened).toEqual([`path ${path}`, `folder ${path}`])
  })

  it('has nothing to open before the first export', async () => {
    const window = openWindow(await tempDir())
    expect(errorOf(await window.api['export:openFile']({})).code).toBe('NOT_FOUND')
    expect(errorOf(await window.api['export:showInFolder']({})).code).toBe('NOT_FOUND')
    expect(window.shell.opened).toEqual([])
  })

  it('reports a full disk naming the file, and offers nothing to open', async () => {
    const window = openWindow(await tempDir())
    window.fs.fail('handle.write', 'ENOSPC')
    window.dialogs.next('saveExport', join(await tempDir(), 'Voll.docx'))
    const error = errorOf(
      await window.api['export:document']({
        project: reportProject(),
        options: { ...options, format: 'docx' },
      }),
    )
    expect(error).toMatchObject({ code: 'DISK_FULL', fileName: 'Voll.docx' })
    expect(errorOf(await window.api['export:openFile']({})).code).toBe('NOT_FOUND')
  })
})
