import { describe, expect, it } from 'vitest'
import { createInitiative, createProject, type Project } from '../../../../shared/domain'
import {
  buildReportModel,
  type Block,
  type ReportModel,
  type TableBlock,
} from '../../../../shared/report'
import { INITIATIVE_TITLES, reportProject } from './report-fixture'

const full = { isSummary: false, chapters: null } as const

const blocksOf = (model: ReportModel): Block[] => model.chapters.flatMap((c) => c.blocks)
const headings = (model: ReportModel, level: 1 | 2 | 3) =>
  blocksOf(model).flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []))
const texts = (model: ReportModel) =>
  blocksOf(model).flatMap((b) =>
    b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : [],
  )
const tableAfter = (model: ReportModel, headingText: string): TableBlock => {
  const blocks = blocksOf(model)
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === headingText)
  const found = blocks.slice(at + 1).find((b) => b.kind === 'table')
  if (at < 0 || found?.kind !== 'table') throw new Error(`no table after ${headingText}`)
  return found
}
const cells = (table: TableBlock) => table.rows.map((r) => r.cells)

/**
 * The report workshop with 60 more initiatives, "Idee 01" to "Idee 60", each rated by all three
 * raters with loyalty 4 and effort 3 (score 62.5), and each with an owner and a communication plan.
 */
function portfolio(): Project {
  const base = reportProject()
  const more = Array.from({ length: 60 }, (_, i) => {
    const title = `Idee ${String(i + 1).padStart(2, '0')}`
    return {
      ...createInitiative(`x${i + 1}`, title),
      owner: 'Team Werkstatt',
      ratings: { p1: [4, 3], p2: [4, 3], p3: [4, 3] },
      communication: { audience: 'Alle', timing: 'Q2', channel: 'Intranet' },
    }
  })
  return { ...base, initiatives: [...base.initiatives, ...more] }
}

describe('the strategy document model', () => {
  it('has a chapter per step, titled in German for a German export', () => {
    const model = buildReportModel(reportProject(), { language: 'de', ...full })
    expect(headings(model, 1)).toEqual([
      'Zusammenfassung',
      '1. Vision: Fokus und Richtung',
      '2. Kundensegmente: gemeinsame Merkmale',
      '3. Dienstleistungsangebot nach Bedürfnissen',
      '4. Wettbewerbsvorteil aus Kundensicht',
      '5. Fähigkeiten aufbauen',
      '6. Kultur des Vertrauens und der Wertschätzung',
      '7. Die Vision fehlerfrei umsetzen',
      'Anhang A: Themenspeicher',
      'Anhang B: Methode',
    ])
    expect(model.tocTitle).toBe('Inhalt')
  })

  it('is written in English for an English export of a German project', () => {
    const model = buildReportModel(reportProject('de'), { language: 'en', ...full })
    expect(headings(model, 1)).toContain('1. Vision: focus and direction')
    expect(headings(model, 1)).toContain('7. Execute the vision flawlessly')
    expect(headings(model, 1)).toContain('Appendix B: Method')
    expect(model.cover.facts).toContainEqual({ label: 'Date', value: '5 January 2026' })
  })

  it('ranks every initiative with the hand-calculated score, spread and contested flag', () => {
    const de = buildReportModel(reportProject(), { language: 'de', ...full })
    expect(cells(tableAfter(de, 'Rangfolge der Initiativen'))).toEqual([
      ['1', INITIATIVE_TITLES[0], 'neu', '100,0', '± 0,0', ''],
      ['2', INITIATIVE_TITLES[1], 'läuft', '75,0', '± 0,0', ''],
      ['3', INITIATIVE_TITLES[2], 'neu ausrichten', '50,0', '± 40,8 (0–100)', 'umstritten'],
      ['4', INITIATIVE_TITLES[3], 'neu', 'noch nicht bewertet', '–', ''],
    ])
    const en = buildReportModel(reportProject(), { language: 'en', ...full })
    const rows = cells(tableAfter(en, 'Ranked initiatives'))
    expect(rows.map((r) => r[3])).toEqual(['100.0', '75.0', '50.0', 'not scored yet'])
    expect(tableAfter(en, 'Ranked initiatives').rows.map((r) => r.isHighlighted)).toEqual([
      false,
      false,
      true,
      false,
    ])
  })

  it('shows how a contested initiative moved on re-vote', () => {
    // Round 1: loyalty 1/5/1 and effort 5/1/5 -> means 7/3 and 11/3 -> score 33.3.
    const model = buildReportModel(reportProject(), { language: 'de', ...full })
    expect(cells(tableAfter(model, 'Umstrittene Initiativen'))).toEqual([
      [
        INITIATIVE_TITLES[2],
        'Wirkung auf Kundenloyalität (1–5); Aufwand (1–5)',
        'Runde 1: Bewertung 33,3 auf 50,0; weiter umstritten',
      ],
    ])
  })

  it('summarises the top initiatives with owners and dates and the key loyalty metrics', () => {
    const model = buildReportModel(reportProject(), { language: 'de', ...full })
    expect(cells(tableAfter(model, 'Die wichtigsten Initiativen')).slice(0, 2)).toEqual([
      ['1', INITIATIVE_TITLES[0], 'Jürgen Groß', '01.02.2026 – 31.03.2026', '100,0'],
      ['2', INITIATIVE_TITLES[1], 'Ayşe Yılmaz', '15.01.2026 – 30.06.2026', '75,0'],
    ])
    // CLV = 80 x 4 x 5 x 25 % = 400; NPS = (60 - 15) / 100 = +45; eNPS = (6 - 1) / 10 = +50.
    expect(cells(tableAfter(model, 'Wertvollste Kundensegmente'))).toEqual([
      ['Berufspendler:innen', '400', '+45 (100)', '48,5\u00a0%'],
    ])
    const summary = model.chapters[0]?.blocks ?? []
    expect(summary).toContainEqual({
      kind: 'facts',
      rows: [{ label: 'eNPS (Mitarbeitende)', value: '+50 (10 Antworten)' }],
    })
  })

  it('lists a portfolio once in the ranking and only its best-ranked 50 in the later tables', () => {
    const model = buildReportModel(portfolio(), { language: 'en', ...full })
    const ranking = cells(tableAfter(model, 'Ranked initiatives'))
    expect(ranking).toHaveLength(64)
    const best50 = ranking.slice(0, 50).map((r) => r[1])
    expect(cells(tableAfter(model, 'Owners and dates')).map((r) => r[0])).toEqual(best50)
    // 61 initiatives have a communication plan: the first of the report workshop and the 60 ideas.
    const planned = cells(tableAfter(model, 'Communication plan'))
    expect(planned).toHaveLength(50)
    expect(texts(model)).toContain(
      'Showing the 50 highest-ranked of 64 initiatives. Every initiative is listed with its rank and status under “Ranked initiatives”, contested ones marked there.',
    )
    expect(texts(model)).toContain(
      'Showing the 50 highest-ranked of 61 initiatives. Every initiative is listed with its rank and status under “Ranked initiatives”, contested ones marked there.',
    )
  })

  it('draws the 30 best-ranked initiatives of a portfolio in the matrix and says so', () => {
    const project = portfolio()
    const model = buildReportModel(project, { language: 'de', ...full })
    const matrix = blocksOf(model).find((b) => b.kind === 'chart' && b.id === 'matrix')
    if (matrix?.kind !== 'chart') throw new Error('no matrix')
    expect(matrix.caption).toBe(
      'Prioritätenmatrix der 30 am höchsten eingestuften Initiativen; alle stehen in der Rangfolge.',
    )
    const drawn = [...matrix.svg.matchAll(/data-initiative-id="([^"]+)"/g)].map((m) => m[1])
    const idOf = new Map(project.initiatives.map((i) => [i.title, i.id]))
    const ranked = cells(tableAfter(model, 'Rangfolge der Initiativen')).map((r) =>
      idOf.get(r[1] ?? ''),
    )
    expect(new Set(drawn)).toEqual(new Set(ranked.slice(0, 30)))
  })

  it('includes only the chosen chapters, in reading order', () => {
    const model = buildReportModel(reportProject(), {
      language: 'de',
      isSummary: false,
      chapters: ['method', 'vision'],
    })
    expect(model.chapters.map((c) => c.id)).toEqual(['vision', 'method'])
  })

  it('makes the management summary one chapter with the matrix and no table of contents', () => {
    const model = buildReportModel(reportProject(), {
      language: 'en',
      isSummary: true,
      chapters: null,
    })
    expect(model.tocTitle).toBeNull()
    expect(model.cover.subtitle).toBe('Management summary')
    expect(model.chapters.map((c) => c.id)).toEqual(['summary'])
    expect(headings(model, 2)).toEqual([
      'Vision statement',
      'Top initiatives',
      'Key loyalty metrics',
      'Priority matrix',
    ])
  })

  it('says briefly where a section is empty instead of leaving it out', () => {
    const empty = createProject({ language: 'de', title: '', date: '' })
    const model = buildReportModel(empty, { language: 'de', ...full })
    expect(model.cover.title).toBe('Ohne Titel')
    expect(model.chapters).toHaveLength(10)
    expect(headings(model, 2)).toContain('Interessengruppen')
    expect(texts(model)).toContain('Noch keine Vision formuliert.')
    expect(texts(model)).toContain('Noch keine Initiativen erfasst.')
    expect(texts(model)).toContain('Noch nicht beantwortet.')
  })

  it('puts organisation, date, facilitator and participants on the cover', () => {
    const { cover } = buildReportModel(reportProject(), { language: 'de', ...full })
    expect(cover.title).toBe('Kundenbindung 2026: Räder & Service')
    expect(cover.facts).toEqual([
      { label: 'Organisation', value: 'Radhaus Müller GmbH' },
      { label: 'Datum', value: '5. Januar 2026' },
      { label: 'Moderation', value: 'Dr. Grete Weiß' },
    ])
    expect(cover.participants).toEqual([
      'Jürgen Groß, Geschäftsführung',
      'Ayşe Yılmaz, Vertrieb',
      'Søren Æbeltoft, Werkstatt',
    ])
  })

  it('gives every table column shares that fill the width and a cell for every column', () => {
    const model = buildReportModel(reportProject(), { language: 'de', ...full })
    const tables = blocksOf(model).filter((b): b is TableBlock => b.kind === 'table')
    expect(tables.length).toBeGreaterThan(15)
    for (const table of tables) {
      expect(table.columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(1, 9)
      for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length)
    }
  })
})
