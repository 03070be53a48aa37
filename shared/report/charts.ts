import {
  competitorChartData,
  competitorChartSvg,
  cultureProfileRows,
  cultureProfileSvg,
  priorityMatrixData,
  priorityMatrixSvg,
  roadmapItems,
  roadmapSvg,
} from '../charts'
import { QUADRANTS, type Quadrant } from '../domain/scoring'
import { chart } from './blocks'
import type { ReportContext } from './chapters/context'
import { quadrantName } from './chapters/score-text'
import type { ChartBlock } from './model'
import { fill } from './texts'

/** The roadmap draws the best-ranked initiatives only: 500 bars would not fit on a page. */
export const ROADMAP_LIMIT = 30

/**
 * The matrix draws the best-ranked initiatives only: a portfolio's thousands of bubbles cover
 * each other and their labels, and drawing them made a 2-page summary take seconds.
 */
export const MATRIX_LIMIT = 30

/** The drawn size of an SVG from its root element's width and height. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? ''
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0)
  return { width: read('width') || 960, height: read('height') || 540 }
}

function block(id: string, svg: string, caption: string): ChartBlock {
  return chart(id, svg, svgSize(svg), caption)
}

const format = (ctx: ReportContext) => (value: number) => ctx.f.number(value, 1)

/** The competitor comparison chart, or null without attributes. */
export function competitorChart(ctx: ReportContext): ChartBlock | null {
  const { t } = ctx
  const data = competitorChartData(ctx.project.steps.advantage, t.ours)
  if (data.attributes.length === 0) return null
  const svg = competitorChartSvg({
    title: t.comparisonChart,
    description: t.competitorDescription,
    ...data,
    notRated: t.notRated,
    formatNumber: format(ctx),
    idPrefix: 'report-competitors',
  })
  return block('competitors', svg, t.comparisonChart)
}

/** The culture profile chart, or null when nobody rated. */
export function cultureChart(ctx: ReportContext): ChartBlock | null {
  const { t } = ctx
  const rows = cultureProfileRows(ctx.project, ctx.language)
  if (rows.every((row) => row.count === 0)) return null
  const svg = cultureProfileSvg({
    title: t.cultureChart,
    description: t.cultureDescription,
    rows,
    legend: { mean: t.mean, range: t.rangeLegend, noRatings: t.noRatings },
    formatNumber: format(ctx),
    idPrefix: 'report-culture',
  })
  return block('culture', svg, t.cultureChart)
}

/** The priority matrix chart, or null until initiatives are rated on both axes. */
export function matrixChart(ctx: ReportContext): ChartBlock | null {
  const { t } = ctx
  const data = priorityMatrixData(ctx.project)
  if (!data.x || !data.y || data.points.length === 0) return null
  const best = new Set(ctx.facts.ranking.slice(0, MATRIX_LIMIT).map((e) => e.initiative.id))
  const points =
    data.points.length > MATRIX_LIMIT ? data.points.filter((p) => best.has(p.id)) : data.points
  const quadrantLabels = Object.fromEntries(
    QUADRANTS.map((q) => [q, quadrantName(ctx, q)]),
  ) as Record<Quadrant, string>
  const svg = priorityMatrixSvg({
    title: t.matrix,
    description: t.matrixDescription,
    x: data.x,
    y: data.y,
    size: data.size,
    quadrantLabels,
    legend: {
      contested: t.contested,
      spread: t.spreadLegend,
      ...(data.size ? { size: fill(t.sizeLegend, { criterion: data.size.label }) } : {}),
    },
    points,
    formatNumber: format(ctx),
    idPrefix: 'report-matrix',
  })
  const caption =
    points.length < data.points.length ? fill(t.matrixTop, { count: points.length }) : t.matrix
  return block('matrix', svg, caption)
}

/** The roadmap of the best-ranked dated initiatives, or null when no initiative has dates. */
export function roadmapChart(ctx: ReportContext): ChartBlock | null {
  const { t } = ctx
  const rank = new Map(ctx.facts.ranking.map((e) => [e.initiative.id, e.ranked.rank]))
  const items = roadmapItems(ctx.project, {
    laneBy: 'owner',
    statusLabels: t.initiativeStatus,
    noOwnerLabel: t.noOwner,
  })
    .filter((item) => item.start !== '' && item.end !== '')
    .sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity))
  if (items.length === 0) return null
  const shown = items.slice(0, ROADMAP_LIMIT)
  const svg = roadmapSvg({
    title: t.roadmap,
    description: t.roadmapDescription,
    items: shown,
    monthLabels: ctx.f.monthNames(),
    legend: { overlap: t.overlapLegend, undated: t.undatedLegend },
    idPrefix: 'report-roadmap',
  })
  const caption =
    items.length > shown.length ? fill(t.roadmapTop, { count: shown.length }) : t.roadmap
  return block('roadmap', svg, caption)
}
