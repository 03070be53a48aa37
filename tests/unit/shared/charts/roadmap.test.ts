import { describe, expect, it } from 'vitest'
import {
  dayNumber,
  roadmapSvg,
  type RoadmapInput,
  type RoadmapItem,
} from '../../../../shared/charts'
import {
  HOSTILE,
  HOSTILE_ESCAPED,
  dataValues,
  groupAttributes,
  renderedSize,
  wellFormednessProblems,
} from './svg-checks'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function chart(items: RoadmapItem[]): string {
  const input: RoadmapInput = {
    title: 'Roadmap',
    description: 'Initiatives by owner over time',
    items,
    monthLabels: MONTHS,
    legend: { overlap: 'Overlaps within one owner', undated: 'Without dates:' },
  }
  return roadmapSvg(input)
}

const items: RoadmapItem[] = [
  { id: 'app', label: 'Loyalty app', lane: 'Eva', start: '2026-03-01', end: '2026-08-31', rank: 2 },
  {
    id: 'training',
    label: 'Service training',
    lane: 'Eva',
    start: '2026-07-15',
    end: '2026-09-30',
    rank: 4,
  },
  {
    id: 'callback',
    label: 'Callback service',
    lane: 'Jonas',
    start: '2026-01-10',
    end: '2026-02-28',
    rank: 1,
  },
  {
    id: 'survey',
    label: 'NPS survey',
    lane: 'Jonas',
    start: '2026-03-01',
    end: '2026-04-30',
    rank: 3,
  },
  { id: 'later', label: 'Partner card', lane: 'Jonas', start: '', end: '', rank: 5 },
  {
    id: 'typo',
    label: 'Shop redesign',
    lane: 'Eva',
    start: '2026-02-30',
    end: '2026-05-01',
    rank: 6,
  },
]

describe('the roadmap chart', () => {
  const svg = chart(items)

  it('is a well-formed SVG that resvg can draw', () => {
    expect(wellFormednessProblems(svg)).toEqual([])
    expect(svg).toMatch(/ role="img"/)
    expect(renderedSize(svg).width).toBe(960)
  })

  it('orders lanes by their best rank and bars by rank within a lane', () => {
    // Jonas holds rank 1, so his lane comes first
    expect(dataValues(svg, 'data-lane-name')).toEqual(['Jonas', 'Eva'])
    expect(dataValues(svg, 'data-initiative-id')).toEqual(['callback', 'survey', 'app', 'training'])
  })

  it('highlights overlaps within one owner only', () => {
    // app and training overlap from 15 July to 31 August; survey starts the day app starts, but in another lane
    expect(groupAttributes(svg, 'app')['data-overlap']).toBe('true')
    expect(groupAttributes(svg, 'training')['data-overlap']).toBe('true')
    expect(groupAttributes(svg, 'survey')['data-overlap']).toBe('false')
    expect(groupAttributes(svg, 'callback')['data-overlap']).toBe('false')
    expect(groupAttributes(svg, 'app')['aria-label']).toBe(
      'Loyalty app: Eva, 2026-03-01 – 2026-08-31, Overlaps within one owner',
    )
  })

  it('lists initiatives without valid dates below the chart', () => {
    expect(svg).toContain('Without dates: Partner card, Shop redesign')
    expect(dayNumber('2026-02-30')).toBeNull()
    expect(dayNumber('2026-01-02')).toBe(20455)
  })

  it('labels the month ticks, with the year above January', () => {
    expect(svg).toContain('>2026</text>')
    expect(svg).not.toContain('>2025</text>')
    expect(svg).toContain('>Jan</text>')
    expect(svg).toContain('>Sep</text>')
  })

  it('shows hostile names as text', () => {
    const hostile = chart([
      { id: 'x', label: HOSTILE, lane: HOSTILE, start: '2026-01-01', end: '2026-02-01', rank: 1 },
    ])
    expect(wellFormednessProblems(hostile)).toEqual([])
    expect(hostile).not.toContain('<script>')
    expect(hostile).toContain(HOSTILE_ESCAPED.slice(0, 30))
  })

  it('draws an empty roadmap without failing', () => {
    const empty = chart([])
    expect(wellFormednessProblems(empty)).toEqual([])
    expect(empty).not.toContain('NaN')
    expect(() => renderedSize(empty)).not.toThrow()
  })
})
