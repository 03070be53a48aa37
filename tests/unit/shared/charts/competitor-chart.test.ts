import { describe, expect, it } from 'vitest'
import { competitorChartData, competitorChartSvg } from '../../../../shared/charts'
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
  createProject({ language: 'en', title: 'Advantage', date: '2026-01-05' }),
  'advantage',
  (advantage) => ({
    ...advantage,
    competitors: [
      { id: 'c1', name: 'Bike Barn' },
      { id: 'c2', name: 'Pedal Plus' },
    ],
    attributes: [
      { id: 'advice', name: 'Expert advice', ours: 5, competitors: { c1: 3, c2: 4 } },
      { id: 'price', name: 'Price', ours: 2, competitors: { c1: 4, c2: null } },
    ],
  }),
)

describe('the competitor chart', () => {
  const { series, attributes } = competitorChartData(project.steps.advantage, 'Us')
  const svg = competitorChartSvg({
    title: 'Us against competitors',
    description: 'Two attributes',
    series,
    attributes,
    notRated: 'not rated',
  })

  it('has one row per attribute listing us and every competitor', () => {
    expect(dataValues(svg, 'data-attribute-id')).toEqual(['advice', 'price'])
    expect(groupAttributes(svg, 'price', 'data-attribute-id')['aria-label']).toBe(
      'Price: Us 2.0, Bike Barn 4.0, Pedal Plus not rated',
    )
  })

  it('tells the series apart by shape, not only by colour', () => {
    const advice = svg.slice(svg.indexOf('data-attribute-id="advice"'))
    const row = advice.slice(0, advice.indexOf('</g>'))
    expect(row).toMatch(/<circle/)
    expect(row).toMatch(/<rect/)
    expect(row).toMatch(/<path d="M[^"]*Z"/)
  })

  it('is a well-formed SVG that resvg can draw', () => {
    expect(wellFormednessProblems(svg)).toEqual([])
    expect(renderedSize(svg).width).toBe(960)
  })

  it('shows hostile names as text', () => {
    const hostile = competitorChartSvg({
      title: HOSTILE,
      description: HOSTILE,
      series: [{ id: 'us', label: HOSTILE }],
      attributes: [{ id: 'a', label: HOSTILE, values: [3] }],
      notRated: HOSTILE,
    })
    expect(wellFormednessProblems(hostile)).toEqual([])
    expect(hostile).not.toContain('<script>')
    expect(hostile).toContain(HOSTILE_ESCAPED)
  })
})
