import type { Language } from '../domain/schema/common'
import type { Criterion, InitiativeStatus } from '../domain/schema/prioritisation'
import type { Project } from '../domain/schema/project'
import { CULTURE_QUESTIONS } from '../domain/step-definitions'
import { cultureProfile } from '../domain/metrics/culture'
import { aggregateInitiative, aggregationKey } from '../domain/scoring/aggregate'
import { matrixAxes, quadrantFor } from '../domain/scoring/quadrant'
import { rankInitiatives } from '../domain/scoring/rank'
import { FIBONACCI_VALUES, scaleBounds } from '../domain/scoring/scales'
import type { CompetitorAttributeRow, CompetitorSeries } from './competitor-chart'
import type { CultureProfileRow } from './culture-profile'
import type { MatrixAxisInput, MatrixPoint } from './priority-matrix-types'
import type { RoadmapItem } from './roadmap'

/** A matrix axis from a criterion: its name and scale, with the Fibonacci values as ticks. */
export function matrixAxisInput(criterion: Criterion): MatrixAxisInput {
  const { lo, hi } = scaleBounds(criterion.scale)
  return {
    label: criterion.name,
    lo,
    hi,
    ...(criterion.scale === 'fibonacci' ? { ticks: FIBONACCI_VALUES } : {}),
  }
}

export interface PriorityMatrixData {
  readonly x: MatrixAxisInput | null
  readonly y: MatrixAxisInput | null
  readonly size: MatrixAxisInput | null
  /** Initiatives with a value on both axes, with their rank under the project's framework. */
  readonly points: readonly MatrixPoint[]
  /** Initiatives that cannot be placed yet: an axis is not chosen or nobody rated it. */
  readonly unplacedIds: readonly string[]
}

/** The matrix's data from a project: axes from the chosen criteria, one point per placeable initiative. */
export function priorityMatrixData(project: Project): PriorityMatrixData {
  const axes = matrixAxes(project)
  const participantIds = new Set(project.participants.map((p) => p.id))
  const key = aggregationKey(project.criteria, project.prioritisation, participantIds)
  const ranks = new Map(rankInitiatives(project).map((row) => [row.initiativeId, row.rank]))
  const points: MatrixPoint[] = []
  const unplacedIds: string[] = []
  for (const initiative of project.initiatives) {
    const { criteria, prioritisation } = project
    const aggregate = aggregateInitiative(initiative, criteria, prioritisation, participantIds, key)
    const quadrant = quadrantFor(aggregate, axes)
    const x = axes.x ? aggregate.criteria[axes.x.index] : undefined
    const y = axes.y ? aggregate.criteria[axes.y.index] : undefined
    if (!quadrant || x?.value == null || y?.value == null) {
      unplacedIds.push(initiative.id)
      continue
    }
    const size = axes.size ? (aggregate.criteria[axes.size.index]?.value ?? null) : null
    const range = (min: number | null, max: number | null) =>
      min === null || max === null ? null : { min, max }
    points.push({
      id: initiative.id,
      label: initiative.title,
      x: x.value,
      y: y.value,
      xRange: range(x.min, x.max),
      yRange: range(y.min, y.max),
      size,
      isContested: aggregate.isContested,
      quadrant,
      rank: ranks.get(initiative.id) ?? null,
    })
  }
  return {
    x: axes.x ? matrixAxisInput(axes.x.criterion) : null,
    y: axes.y ? matrixAxisInput(axes.y.criterion) : null,
    size: axes.size ? matrixAxisInput(axes.size.criterion) : null,
    points,
    unplacedIds,
  }
}

/** The culture profile's rows: each culture question in `language` with the group's statistics. */
export function cultureProfileRows(project: Project, language: Language): CultureProfileRow[] {
  const ids = CULTURE_QUESTIONS.map((question) => question.id)
  const stats = cultureProfile(project.steps.culture.ratings, ids)
  return CULTURE_QUESTIONS.map((question, i) => {
    const { mean, min, max, count } = stats[i] ?? { mean: null, min: null, max: null, count: 0 }
    return { id: question.id, label: question.text[language], mean, min, max, count }
  })
}

/** What the competitor chart shows of the advantage worksheet. */
export type CompetitorComparison = Pick<Project['steps']['advantage'], 'competitors' | 'attributes'>

/** The competitor chart's series ("us" first, named `usLabel`) and attribute rows. */
export function competitorChartData(
  { competitors, attributes }: CompetitorComparison,
  usLabel: string,
): { series: CompetitorSeries[]; attributes: CompetitorAttributeRow[] } {
  return {
    series: [
      { id: 'us', label: usLabel },
      ...competitors.map((c) => ({ id: c.id, label: c.name })),
    ],
    attributes: attributes.map((attribute) => ({
      id: attribute.id,
      label: attribute.name,
      values: [attribute.ours, ...competitors.map((c) => attribute.competitors[c.id] ?? null)],
    })),
  }
}

/**
 * The roadmap's items in lanes by owner or by status (with translated status names and a name
 * for "no owner"), ranked under the project's framework.
 */
export function roadmapItems(
  project: Project,
  options: {
    laneBy: 'owner' | 'status'
    statusLabels: Readonly<Record<InitiativeStatus, string>>
    noOwnerLabel: string
  },
): RoadmapItem[] {
  const ranks = new Map(rankInitiatives(project).map((row) => [row.initiativeId, row.rank]))
  return project.initiatives.map((initiative) => ({
    id: initiative.id,
    label: initiative.title,
    lane:
      options.laneBy === 'status'
        ? options.statusLabels[initiative.status]
        : initiative.owner.trim() || options.noOwnerLabel,
    start: initiative.start,
    end: initiative.end,
    rank: ranks.get(initiative.id) ?? null,
  }))
}
