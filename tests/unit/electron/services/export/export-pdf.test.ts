import { describe, expect, it } from 'vitest'
import type { ExportOptions } from '../../../../../shared/api'
import { STEP_DEFINITIONS, type Language } from '../../../../../shared/domain'
import { renderDocument } from '../../../../../electron/services/export'
import { INITIATIVE_TITLES, reportProject } from '../../../shared/report/report-fixture'
import { readPdf } from './read-documents'

const options = (language: Language, extra: Partial<ExportOptions> = {}): ExportOptions => ({
  format: 'pdf',
  language,
  isSummary: false,
  chapters: null,
  paperSize: 'A4',
  ...extra,
})

describe('the PDF strategy document', () => {
  it.each(['de', 'en'] as const)(
    'has every step title and initiative as real text (%s)',
    async (language) => {
      const { bytes, pages } = await renderDocument(reportProject('de'), options(language))
      const pdf = await readPdf(bytes)
      const text = pdf.pages.join(' ')
      for (const step of STEP_DEFINITIONS)
        expect(text).toContain(`${step.number}. ${step.title[language]}`)
      for (const title of INITIATIVE_TITLES) expect(text).toContain(title)
      expect(pages).toBe(pdf.pages.length)
      expect(pages).toBeGreaterThanOrEqual(10)
      expect(pages).toBeLessThanOrEqual(30)
    },
  )

  it('writes umlauts, ß, € and German quotes as real characters', async () => {
    const { bytes } = await renderDocument(reportProject(), options('de'))
    const text = (await readPdf(bytes)).pages.join(' ')
    for (const phrase of [
      'Kundenbindung 2026: Räder & Service',
      'Kundenkarte „Treue“ für 9,90 €',
      'Dr. Grete Weiß',
      'Fähigkeiten aufbauen',
      '5. Januar 2026',
    ]) {
      expect(text).toContain(phrase)
    }
  })

  it('writes Turkish and Scandinavian names exactly as entered, in the embedded Roboto font', async () => {
    const { bytes } = await renderDocument(reportProject(), options('de'))
    const text = (await readPdf(bytes)).pages.join(' ')
    expect(text).toContain('Ayşe Yılmaz, Vertrieb')
    expect(text).toContain('Søren Æbeltoft')
    const pdfText = Buffer.from(bytes).toString('latin1')
    const fonts = (pdfText.match(/\/FontName \/[A-Z]{6}\+[\w-]+/g) ?? []).map(
      (f) => f.split('+')[1],
    )
    expect(fonts).toContain('Roboto-Regular')
    expect(fonts).toContain('Roboto-Medium')
    expect(fonts.every((name) => name?.startsWith('Roboto-'))).toBe(true)
    expect(pdfText).not.toContain('/Helvetica')
  })

  it('numbers its pages and repeats the title in the header after the cover', async () => {
    const { bytes, pages } = await renderDocument(reportProject(), options('de'))
    const pdf = await readPdf(bytes)
    expect(pdf.pages[0]).not.toContain(`Seite 1 von`)
    expect(pdf.pages[1]).toContain(`Seite 2 von ${pages}`)
    expect(pdf.pages.at(-1)).toContain(`Kundenbindung 2026: Räder & Service`)
    expect(pdf.pages[1]).toContain('Inhalt')
  })

  it('uses the chosen paper size', async () => {
    const letter = await readPdf(
      (await renderDocument(reportProject(), options('en', { paperSize: 'LETTER' }))).bytes,
    )
    const a4 = await readPdf((await renderDocument(reportProject(), options('en'))).bytes)
    expect(letter.pageSize.map(Math.round)).toEqual([0, 0, 612, 792])
    expect(a4.pageSize.map(Math.round)).toEqual([0, 0, 595, 842])
  })

  it.each(['de', 'en'] as const)(
    'keeps the management summary to at most 3 pages (%s)',
    async (language) => {
      const { bytes, pages } = await renderDocument(
        reportProject(),
        options(language, { isSummary: true }),
      )
      const pdf = await readPdf(bytes)
      expect(pdf.pages.length).toBe(pages)
      expect(pages).toBeLessThanOrEqual(3)
      expect(pdf.pages.join(' ')).toContain(INITIATIVE_TITLES[0])
    },
  )
})
