import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExportOptions } from '../../../../../shared/api'
import { Project, STEP_DEFINITIONS, type Language } from '../../../../../shared/domain'
import { renderDocument } from '../../../../../electron/services/export'
import { INITIATIVE_TITLES, reportProject } from '../../../shared/report/report-fixture'
import { paragraphsWithStyle, readDocx, textOfXml } from './read-documents'

const options = (language: Language, extra: Partial<ExportOptions> = {}): ExportOptions => ({
  format: 'docx',
  language,
  isSummary: false,
  chapters: null,
  paperSize: 'A4',
  ...extra,
})

/** The first table after the Heading 2 with this text (not its entry in the table of contents). */
function tableAfter(xml: string, headingText: string): string {
  const heading = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)].find(
    (m) => m[0].includes('<w:pStyle w:val="Heading2"/>') && textOfXml(m[0]) === headingText,
  )
  const start = heading === undefined ? -1 : xml.indexOf('<w:tbl>', heading.index)
  if (start < 0) throw new Error(`no table after ${headingText}`)
  return xml.slice(start, xml.indexOf('</w:tbl>', start))
}

async function example(name: string): Promise<Project> {
  const path = resolve(import.meta.dirname, '../../../../../resources/examples', name)
  const envelope = JSON.parse(await readFile(path, 'utf8')) as { project: unknown }
  return Project.parse(envelope.project)
}

describe('the Word strategy document', () => {
  it.each(['de', 'en'] as const)(
    'has a Heading 1 for each of the seven steps in the chosen language (%s)',
    async (language) => {
      const { bytes } = await renderDocument(reportProject('de'), options(language))
      const { documentXml } = await readDocx(bytes)
      const headings = paragraphsWithStyle(documentXml, 'Heading1')
      for (const step of STEP_DEFINITIONS) {
        expect(headings).toContain(`${step.number}. ${step.title[language]}`)
      }
    },
  )

  it('lists every initiative in the ranked table, in rank order', async () => {
    const { bytes } = await renderDocument(reportProject(), options('de'))
    const ranking = textOfXml(
      tableAfter((await readDocx(bytes)).documentXml, 'Rangfolge der Initiativen'),
    )
    const positions = INITIATIVE_TITLES.map((title) => ranking.indexOf(title))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('keeps umlauts, ß, € and German quotes intact and escapes the ampersand', async () => {
    const { bytes } = await renderDocument(reportProject(), options('de'))
    const { documentXml } = await readDocx(bytes)
    expect(documentXml).toContain('Kundenbindung 2026: Räder &amp; Service')
    const text = textOfXml(documentXml)
    for (const phrase of [
      'Kundenkarte „Treue“ für 9,90 €',
      'Dr. Grete Weiß',
      'Ayşe Yılmaz',
      'Bedürfnisse',
    ]) {
      expect(text).toContain(phrase)
    }
  })

  it('embeds the charts as PNG pictures', async () => {
    const { bytes } = await renderDocument(reportProject(), options('de'))
    const { media, documentXml } = await readDocx(bytes)
    const pngs = media.filter((name) => name.endsWith('.png'))
    expect(pngs.length).toBeGreaterThanOrEqual(3)
    expect(documentXml.match(/<pic:pic /g)?.length).toBe(pngs.length)
  })

  it('draws the charts sharp enough to print: at least 150 dpi at their size on the page', async () => {
    const docx = await readDocx((await renderDocument(reportProject(), options('de'))).bytes)
    const pngs = docx.media.filter((name) => name.endsWith('.png'))
    expect(pngs.length).toBeGreaterThanOrEqual(3)
    // The pixel width is in the PNG header (bytes 16-19); the printed width in EMU, 914,400 per inch.
    const pixelWidths = await Promise.all(
      pngs.map(async (name) => new DataView((await docx.bytesOf(name)).buffer).getUint32(16)),
    )
    const printedInches = [...docx.documentXml.matchAll(/<wp:extent cx="(\d+)"/g)].map(
      (m) => Number(m[1]) / 914_400,
    )
    const dpi = Math.min(...pixelWidths) / Math.max(...printedInches)
    expect(dpi).toBeGreaterThanOrEqual(150)
  })

  it('gives every table explicit widths in DXA that fill the text column of the paper', async () => {
    for (const [paperSize, textWidth] of [
      ['A4', 11906 - 2 * 1134],
      ['LETTER', 12240 - 2 * 1134],
    ] as const) {
      const { bytes } = await renderDocument(reportProject(), options('de', { paperSize }))
      const { documentXml } = await readDocx(bytes)
      const grids = documentXml.match(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/g) ?? []
      expect(grids.length).toBeGreaterThan(15)
      for (const grid of grids) {
        const widths = [...grid.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]))
        expect(widths.reduce((sum, w) => sum + w, 0)).toBe(textWidth)
      }
      const cellWidths = [...documentXml.matchAll(/<w:tcW ([^>]*)\/>/g)].map((m) => m[1] ?? '')
      expect(cellWidths.length).toBeGreaterThan(100)
      expect(cellWidths.every((attrs) => attrs.includes('w:type="dxa"'))).toBe(true)
    }
  })

  it('has a table of contents field, the title as running header and page numbers in the footer', async () => {
    const { bytes } = await renderDocument(reportProject(), options('en'))
    const zip = await readDocx(bytes)
    expect(zip.documentXml).toContain('TOC \\h \\o &quot;1-2&quot;')
    const headerFile = zip.files.find((name) => /^word\/header\d+\.xml$/.test(name))
    const footerFile = zip.files.find((name) => /^word\/footer\d+\.xml$/.test(name))
    expect(headerFile).toBeDefined()
    expect(footerFile).toBeDefined()
  })

  it.each([
    ['radhaus-brenner.loyalty.json', 'de'],
    ['meridale-facilities.loyalty.json', 'en'],
  ] as const)('exports the example %s with every step and initiative', async (name, language) => {
    const project = await example(name)
    const { bytes } = await renderDocument(project, options(language))
    const { documentXml } = await readDocx(bytes)
    const headings = paragraphsWithStyle(documentXml, 'Heading1')
    expect(headings.filter((h) => /^\d\. /.test(h))).toHaveLength(7)
    const heading = language === 'de' ? 'Rangfolge der Initiativen' : 'Ranked initiatives'
    const ranking = textOfXml(tableAfter(documentXml, heading))
    for (const initiative of project.initiatives) expect(ranking).toContain(initiative.title)
  })
})
