import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  bundledFontDirectory,
  exportDocument,
  loadReportFonts,
  renderDocument,
  REPORT_FONT_FILES,
} from '../../../../../electron/services/export'
import { StorageError } from '../../../../../electron/services/storage-error'
import { reportProject } from '../../../shared/report/report-fixture'
import { faultyFs, namesIn, tempDir } from '../fixtures'
import { SUMMARY_PDF as pdf } from './export-options'

const APP_FONTS = resolve(import.meta.dirname, '../../../../../resources/fonts')

/** A font folder with the app's files except the one left out. */
async function fontsWithout(missing: string): Promise<string> {
  const dir = await tempDir()
  for (const file of Object.values(REPORT_FONT_FILES)) {
    if (file !== missing) await copyFile(join(APP_FONTS, file), join(dir, file))
  }
  return dir
}

const codePoints = (text: string) => Array.from(text, (c) => c.codePointAt(0) ?? 0)

describe('the document fonts', () => {
  it('are found in the app’s resources/fonts, with their licence', async () => {
    expect(bundledFontDirectory()).toBe(APP_FONTS)
    const licence = await readFile(join(APP_FONTS, 'OFL.txt'), 'utf8')
    expect(licence).toContain('SIL Open Font License')
    expect(licence).toContain('The Roboto Project Authors')
  })

  it('are found from a built or packaged bundle’s folder too', async () => {
    const root = await tempDir()
    await mkdir(join(root, 'resources', 'fonts'), { recursive: true })
    await mkdir(join(root, 'out', 'main', 'chunks'), { recursive: true })
    const fonts = join(root, 'resources', 'fonts')
    expect(bundledFontDirectory(join(root, 'out', 'main'))).toBe(fonts)
    expect(bundledFontDirectory(join(root, 'out', 'main', 'chunks'))).toBe(fonts)
  })

  it('are read from the unpacked folder in the packaged app, where native code can open them', async () => {
    const root = await tempDir()
    const unpacked = join(root, 'app.asar.unpacked', 'resources', 'fonts')
    await mkdir(unpacked, { recursive: true })
    expect(bundledFontDirectory(join(root, 'app.asar', 'out', 'main'))).toBe(unpacked)
  })

  it('draw German, Turkish, Polish, Czech, Greek and Cyrillic letters and €, but no emoji or Arabic', async () => {
    const { canDraw } = await loadReportFonts()
    expect(codePoints('äöüßÄÖÜ „“ € ğışİ łŁ řŘ ő Ωж').every(canDraw)).toBe(true)
    expect(codePoints('😀').some(canDraw)).toBe(false)
    expect(codePoints('شكرا').some(canDraw)).toBe(false)
  })

  it('stop the export with a message naming a missing font file and its folder', async () => {
    const dir = await fontsWithout('Roboto-Medium.ttf')
    await expect(renderDocument(reportProject(), pdf, { fontDirectory: dir })).rejects.toThrow(
      `The font file "Roboto-Medium.ttf" is missing from "${dir}". Reinstall Loyalty Workshop to restore it.`,
    )
  })

  it('leave no document behind when a font file is missing, and say why', async () => {
    const fonts = await fontsWithout('Roboto-Regular.ttf')
    const out = await tempDir()
    const error: unknown = await exportDocument(
      reportProject(),
      { ...pdf, format: 'docx' },
      join(out, 'Strategie.docx'),
      faultyFs(),
      { fontDirectory: fonts },
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).code).toBe('EXPORT_FAILED')
    expect((error as StorageError).message).toContain('"Roboto-Regular.ttf" is missing from')
    expect(await namesIn(out)).toEqual([])
  })

  it('refuse a damaged font file with a clear message', async () => {
    const dir = await fontsWithout('Roboto-Italic.ttf')
    await writeFile(join(dir, 'Roboto-Italic.ttf'), '<html>not a font</html>')
    await expect(loadReportFonts(dir)).rejects.toThrow(
      `The font file "Roboto-Italic.ttf" in "${dir}" is unusable: it is not a TrueType or OpenType font.`,
    )
    const regular = await readFile(join(APP_FONTS, 'Roboto-Regular.ttf'))
    await writeFile(join(dir, 'Roboto-Italic.ttf'), regular.subarray(0, 400))
    await expect(loadReportFonts(dir)).rejects.toThrow('is unusable: the font file is damaged')
  })
})
