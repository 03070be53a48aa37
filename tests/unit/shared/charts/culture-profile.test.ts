import { describe, expect, it } from 'vitest'
import { cultureProfileRows, cultureProfileSvg } from '../../../../shared/charts'
import { createProject, updateStep } from '../../../../shared/domain'
import {
  HOSTILE,
  HOSTILE_ESCAPED,
  dataValues,
  groupAttributes,
  renderedSize,
  wellFormednessProblems,
} from './svg-checks'

const project = updateStep(
  createProject({ language: 'de', title: 'Kultur', date: '2026-01-05' }),
  'culture',
  (culture) => ({
    ...culture,
    ratings: {
      anna: { mistakes: 2, recognition: 4 },
      ben: { mistakes: 4, recognition: 4 },
      cem: { mistakes: 3, recognition: null },
    },
  }),
)

const legend = {
  mean: 'Mittelwert',
  range: 'Niedrigste bis höchste Bewertung',
  noRatings: 'Noch keine Bewertungen',
}

describe('the culture profile chart', () => {
  const rows = cultureProfileRows(project, 'de')
  const svg = cultureProfileSvg({
    title: 'Kulturprofil',
    description: 'Sechs Fragen',
    rows,
    legend,
    formatNumber: (v) => v.toFixed(1).replace('.', ','),
  })

  it("has one row per culture question with the group's mean and range", () => {
    expect(dataValues(svg, 'data-question-id')).toHaveLength(6)
    expect(groupAttributes(svg, 'mistakes', 'data-question-id')).toMatchObject({
      'data-mean': '3',
      'data-min': '2',
      'data-max': '4',
    })
    expect(groupAttributes(svg, 'mistakes', 'data-question-id')['aria-label']).toBe(
      'In welchem Maße toleriert die Führung Fehler?: Mittelwert 3,0, Niedrigste bis höchste Bewertung 2,0–4,0, n = 3',
    )
  })

  it('says so where nobody rated a question', () => {
    expect(groupAttributes(svg, 'customer-trust', 'data-question-id')['aria-label']).toContain(
      'Noch keine Bewertungen',
    )
  })

  it('is a well-formed SVG that resvg can draw, umlauts intact', () => {
    expect(wellFormednessProblems(svg)).toEqual([])
    expect(svg).toContain('höchste')
    expect(renderedSize(svg).width).toBe(960)
  })

  it('shows hostile question texts as text', () => {
    const hostile = cultureProfileSvg({
      title: HOSTILE,
      description: HOSTILE,
      rows: [{ id: 'q', label: HOSTILE, mean: 3, min: 1, max: 5, count: 2 }],
      legend,
    })
    expect(wellFormednessProblems(hostile)).toEqual([])
    expect(hostile).not.toContain('<script>')
    expect(hostile).toContain(HOSTILE_ESCAPED)
  })
})
