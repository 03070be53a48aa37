import { describe, expect, it } from 'vitest'
import type { ExportOptions } from '../../../../../shared/api'
import { Project, createInitiative, type Initiative } from '../../../../../shared/domain'
import { renderDocument } from '../../../../../electron/services/export'
import { reportProject } from '../../../shared/report/report-fixture'
import { missingFrom, readDocx, readPdf, textOfXml } from './read-documents'

const SCRIPT = '<script>alert(1)</script>'
const CDATA_END = 'Ende ]]> der Daten & mehr'
const EMOJI = 'Top 👍🏽 Team 👨‍👩‍👧'
const ARABIC = 'مرحبا بالعملاء'
const HEBREW = 'שלום לקוחות'
/** 50,000 characters of words, ending in a marker that shows the answer arrived whole. */
const LONG_ANSWER = `${'Lange Antwort mit Umlauten äöü. '.repeat(1562)}ENDE`.padEnd(50_000, 'x')
const LONG_WORD = 'Donaudampfschifffahrtsgesellschaft'.repeat(30)
/** 50,000 characters of a script the PDF's font cannot draw. */
const LONG_ARABIC = `${ARABIC} `.repeat(3334).slice(0, 50_000)

function initiatives(count: number): Initiative[] {
  return Array.from({ length: count }, (_, i) => ({
    ...createInitiative(
      `h${i}`,
      i % 100 === 0 ? `${SCRIPT} Nr. ${i}` : `Initiative Nr. ${i} – „Größe“`,
    ),
    owner: i % 2 === 0 ? HEBREW : ARABIC,
    start: '2026-03-01',
    end: '2026-09-30',
    criticalIssues: i === 7 ? LONG_WORD : CDATA_END,
    communication: { audience: EMOJI, timing: 'Q2', channel: SCRIPT },
    ratings: { p1: [1 + (i % 5), 1 + ((i * 3) % 5)], p2: [5 - (i % 5), 3], p3: [3, 1 + (i % 4)] },
  }))
}

function hostileProject(): Project {
  const base = reportProject('de')
  const steps = base.steps
  return Project.parse({
    ...base,
    meta: { ...base.meta, title: `${SCRIPT} & Co. ${EMOJI}` },
    participants: [
      ...base.participants,
      { id: 'p4', name: `${ARABIC} ${HEBREW}`, role: CDATA_END },
    ],
    initiatives: initiatives(500),
    steps: {
      ...steps,
      vision: {
        ...steps.vision,
        statement: `${SCRIPT} ${CDATA_END} ${EMOJI} ${ARABIC} ${HEBREW}`,
        answers: {
          understood: LONG_ANSWER,
          backed: `Steuerzeichen\u0001\u0008 entfernt\u200b ${LONG_WORD}`,
          assumptions: LONG_ARABIC,
        },
      },
      advantage: {
        ...steps.advantage,
        competitors: [
          { id: 'k1', name: SCRIPT },
          { id: 'k2', name: ARABIC },
        ],
      },
    },
    parkingLot: Array.from({ length: 500 }, (_, i) => ({
      id: `pl${i}`,
      text: `${EMOJI} ${CDATA_END}`,
      stepId: null,
      triage: 'open',
      initiativeId: null,
    })),
  })
}

const options = (format: 'docx' | 'pdf'): ExportOptions => ({
  format,
  language: 'de',
  isSummary: false,
  chapters: null,
  paperSize: 'A4',
})

/** 500 initiatives and 100,000 characters of answers take a while on a busy two-core machine. */
const SLOW = { timeout: 240_000 }

describe('hostile content in exports', () => {
  const project = hostileProject()

  it(
    'writes a valid Word file that shows markup, emoji and right-to-left text as text',
    SLOW,
    async () => {
      const { bytes } = await renderDocument(project, options('docx'))
      const { documentXml } = await readDocx(bytes)
      expect(documentXml).not.toContain('<script>')
      expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
      expect(documentXml).toContain('Ende ]]&gt; der Daten &amp; mehr')
      expect(documentXml).not.toContain('\u0001')
      const text = textOfXml(documentXml)
      expect(
        missingFrom(text, [
          SCRIPT,
          CDATA_END,
          EMOJI,
          ARABIC,
          HEBREW,
          LONG_ANSWER,
          LONG_WORD,
          LONG_ARABIC.trim(),
          'Initiative Nr. 499 – „Größe“',
          'Steuerzeichen entfernt',
        ]),
      ).toEqual([])
    },
  )

  it('writes a valid PDF that a viewer opens, with markup shown as text', SLOW, async () => {
    const { bytes, pages } = await renderDocument(project, options('pdf'))
    const pdf = await readPdf(bytes)
    expect(pdf.pages.length).toBe(pages)
    expect(pdf.pages.length).toBeGreaterThan(40)
    const text = pdf.pages.join(' ')
    // The document font has no emoji or Arabic letters: they show as "?" rather than empty boxes.
    expect(
      missingFrom(text, [
        `${SCRIPT} & Co. Top ? Team ?`,
        'Ende ]]> der Daten & mehr',
        'Initiative Nr. 499 – „Größe“',
        'äöü. ENDE',
        '????? ???????',
      ]),
    ).toEqual([])
  })
})
