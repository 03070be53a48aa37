import { describe, expect, it } from 'vitest'
import {
  priorityMatrixData,
  priorityMatrixSvg,
  type PriorityMatrixInput,
} from '../../../../shared/charts'
import { setPrioritisation, type Project } from '../../../../shared/domain'
import { buildProject, criterion } from '../domain/scoring/build-project'
import {
  HOSTILE,
  HOSTILE_ESCAPED,
  dataValues,
  groupAttributes,
  renderedSize,
  wellFormednessProblems,
} from './svg-checks'

/** Ratings as [loyalty (impact), effort, vision fit (size)] on 1-5. */
function workshop(): Project {
  const project = buildProject({
    criteria: [
      criterion('loyalty'),
      criterion('effort', { direction: 'cost' }),
      criterion('vision-fit'),
    ],
    participants: ['anna', 'ben', 'cem'],
    initiatives: [
      {
        id: 'callback',
        title: 'Callback service',
        ratings: { anna: [5, 2, 4], ben: [4, 1, 4], cem: [5, 2, 5] },
      },
      {
        id: 'app',
        title: 'Loyalty app',
        ratings: { anna: [5, 5, 5], ben: [4, 4, 4], cem: [4, 5, 5] },
      },
      { id: 'flyer', title: 'Flyer', ratings: { anna: [2, 1, 1], ben: [1, 2, 2], cem: [2, 2, 1] } },
      {
        id: 'portal',
        title: 'Partner portal',
        ratings: { anna: [2, 4, 2], ben: [1, 5, 2], cem: [2, 4, 3] },
      },
      { id: 'split', title: HOSTILE, ratings: { anna: [1, 2, 3], ben: [5, 2, 3], cem: [5, 1, 3] } },
      { id: 'unrated', title: 'Not yet rated' },
    ],
  })
  return setPrioritisation(project, {
    matrix: { xCriterionId: 'effort', yCriterionId: 'loyalty', sizeCriterionId: 'vision-fit' },
  })
}

function matrixSvg(project: Project): string {
  const data = priorityMatrixData(project)
  const input: PriorityMatrixInput = {
    title: 'Priority matrix',
    description: 'Initiatives by effort and effect on customer loyalty',
    x: data.x ?? { label: '', lo: 1, hi: 5 },
    y: data.y ?? { label: '', lo: 1, hi: 5 },
    size: data.size,
    quadrantLabels: {
      'quick-wins': 'Quick wins',
      'major-projects': 'Major projects',
      'fill-ins': 'Fill-ins',
      'thankless-tasks': 'Thankless tasks',
    },
    legend: {
      contested: 'contested',
      spread: 'Whiskers: lowest to highest rating',
      size: 'Size: vision fit',
    },
    points: data.points,
  }
  return priorityMatrixSvg(input)
}

describe('the priority matrix chart', () => {
  const project = workshop()
  const svg = matrixSvg(project)

  it('is a well-formed, labelled SVG that resvg can draw', () => {
    expect(wellFormednessProblems(svg)).toEqual([])
    expect(svg).toMatch(/^<svg[^>]* viewBox="0 0 960 720"[^>]* role="img"/)
    expect(svg).toContain('<title id="priority-matrix-title">Priority matrix</title>')
    expect(svg).toContain('<desc id="priority-matrix-desc">')
    expect(svg).not.toMatch(/<style|foreignObject|class=/)
    expect(renderedSize(svg)).toEqual({ width: 960, height: 720 })
  })

  it('draws one group per placed initiative and lists the unplaced ones', () => {
    expect(dataValues(svg, 'data-initiative-id').sort()).toEqual([
      'app',
      'callback',
      'flyer',
      'portal',
      'split',
    ])
    expect(priorityMatrixData(project).unplacedIds).toEqual(['unrated'])
  })

  it('places each initiative in its quadrant and exposes the position', () => {
    const quadrantOf = (id: string) => groupAttributes(svg, id)['data-quadrant']
    expect(quadrantOf('callback')).toBe('quick-wins')
    expect(quadrantOf('app')).toBe('major-projects')
    expect(quadrantOf('flyer')).toBe('fill-ins')
    expect(quadrantOf('portal')).toBe('thankless-tasks')
    // callback: effort (2 + 1 + 2) / 3 = 1.67, loyalty 14 / 3 = 4.67
    expect(groupAttributes(svg, 'callback')).toMatchObject({ 'data-x': '1.67', 'data-y': '4.67' })
  })

  it('marks the initiative that split the raters as contested, in text and shape', () => {
    const split = groupAttributes(svg, 'split')
    expect(split['data-contested']).toBe('true')
    expect(split['aria-label']).toContain('contested')
    expect(groupAttributes(svg, 'callback')['data-contested']).toBe('false')
    const splitGroup = svg.slice(svg.indexOf('data-initiative-id="split"'))
    expect(splitGroup.slice(0, splitGroup.indexOf('</g>'))).toContain('stroke-dasharray="5 3"')
  })

  it('shows hostile titles as text', () => {
    expect(svg).not.toContain('<script>')
    expect(svg).toContain(HOSTILE_ESCAPED.slice(0, 24))
    const hostile = priorityMatrixSvg({
      ...{ title: HOSTILE, description: HOSTILE },
      x: { label: HOSTILE, lo: 1, hi: 5 },
      y: { label: HOSTILE, lo: 1, hi: 5 },
      quadrantLabels: {
        'quick-wins': HOSTILE,
        'major-projects': HOSTILE,
        'fill-ins': HOSTILE,
        'thankless-tasks': HOSTILE,
      },
      legend: { contested: HOSTILE, spread: HOSTILE },
      points: [
        { id: 'a&b"<', label: HOSTILE, x: 2, y: 4, isContested: true, quadrant: 'quick-wins' },
      ],
    })
    expect(wellFormednessProblems(hostile)).toEqual([])
    expect(hostile).toContain(`<title id="priority-matrix-title">${HOSTILE_ESCAPED}</title>`)
    expect(hostile).toContain('data-initiative-id="a&amp;b&quot;&lt;"')
    expect(() => renderedSize(hostile)).not.toThrow()
  })
})
