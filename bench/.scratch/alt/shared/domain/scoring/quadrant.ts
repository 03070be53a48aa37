import type { Criterion } from '../schema/prioritisation'
import type { Project } from '../schema/project'
import { EMPTY_SUMMARY, sortInPlace, summariseSorted, type Summary } from '../metrics/statistics'
import type { InitiativeAggregate } from './aggregate'
import { normaliseRating, scaleMidpoint } from './scales'
import type { ScoreReason } from './weighted'

/** The four quadrants of the impact/effort matrix, best first. */
export const QUADRANTS = ['quick-wins', 'major-projects', 'fill-ins', 'thankless-tasks'] as const
export type Quadrant = (typeof QUADRANTS)[number]

/** A criterion chosen as a matrix axis, with its position in the project's criteria. */
export interface Axis {
  readonly criterion: Criterion
  readonly index: number
}

export interface MatrixAxes {
  /** Read as effort: left is low, right is high. */
  readonly x: Axis | null
  /** Read as impact: bottom is low, top is high. */
  readonly y: Axis | null
  /** Bubble size. */
  readonly size: Axis | null
}

function axis(criteria: readonly Criterion[], id: string | null): Axis | null {
  if (id === null) return null
  const index = criteria.findIndex((criterion) => criterion.id === id)
  const criterion = criteria[index]
  return criterion ? { criterion, index } : null
}

/** The criteria the project's matrix uses as axes; null for an axis not chosen or since removed. */
export function matrixAxes(project: Pick<Project, 'criteria' | 'prioritisation'>): MatrixAxes {
  const { xCriterionId, yCriterionId, sizeCriterionId } = project.prioritisation.matrix
  return {
    x: axis(project.criteria, xCriterionId),
    y: axis(project.criteria, yCriterionId),
    size: axis(project.criteria, sizeCriterionId),
  }
}

/** Whether a rating counts as high: at or above the scale's midpoint (lo + hi) / 2. */
export function isHigh(value: number, criterion: Criterion): boolean {
  return value >= scaleMidpoint(criterion.scale)
}

/**
 * Impact/effort quadrant from raw (not inverted) aggregates. Each axis is split at its own scale's
 * midpoint; a value exactly on the midpoint counts as high, so 3/3 on 1-5 is a major project.
 */
export function quadrantOf(impact: number, effort: number, axes: { x: Axis; y: Axis }): Quadrant {
  const highImpact = isHigh(impact, axes.y.criterion)
  const highEffort = isHigh(effort, axes.x.criterion)
  if (highImpact) return highEffort ? 'major-projects' : 'quick-wins'
  return highEffort ? 'thankless-tasks' : 'fill-ins'
}

export interface ImpactEffortScore {
  readonly quadrant: Quadrant | null
  /** 50 + 50 x (impact' - effort'), 0-100; orders initiatives within a quadrant. */
  readonly score: number | null
  readonly reason?: ScoreReason
  readonly impact: number | null
  readonly effort: number | null
  /** Spread of each rater's own score, with the group's value where a rater skipped an axis. */
  readonly spread: Summary
}

/** The quadrant of one initiative from its aggregates; null without both axes or their ratings. */
export function quadrantFor(aggregate: InitiativeAggregate, axes: MatrixAxes): Quadrant | null {
  const { x, y } = axes
  if (!x || !y) return null
  const impact = aggregate.criteria[y.index]?.value ?? null
  const effort = aggregate.criteria[x.index]?.value ?? null
  return impact === null || effort === null ? null : quadrantOf(impact, effort, { x, y })
}

/** Scratch space for the raters' own scores; scoring is synchronous, so one buffer serves all. */
let scratch: Float64Array = new Float64Array(64)

function raterSpread(
  aggregate: InitiativeAggregate,
  x: Axis,
  y: Axis,
  impactN: number,
  effortN: number,
) {
  const width = aggregate.criteria.length
  const count = aggregate.raterCount
  if (scratch.length < count) scratch = new Float64Array(count * 2)
  for (let r = 0; r < count; r++) {
    const ownImpact = aggregate.raterValues[r * width + y.index] as number
    const ownEffort = aggregate.raterValues[r * width + x.index] as number
    const impactShare = Number.isNaN(ownImpact)
      ? impactN
      : normaliseRating(ownImpact, y.criterion.scale)
    const effortShare = Number.isNaN(ownEffort)
      ? effortN
      : normaliseRating(ownEffort, x.criterion.scale)
    scratch[r] = 50 + 50 * (impactShare - effortShare)
  }
  sortInPlace(scratch, count)
  return summariseSorted(scratch, count)
}

/**
 * Impact/effort 2x2: quadrant from the y (impact) and x (effort) aggregates, and a score
 * 50 + 50 x (impact' - effort') with both normalised to 0..1 on their scales. Null with
 * 'no-axes' when an axis is not chosen, 'unrated' when nobody rated an axis.
 */
export function impactEffortScore(
  aggregate: InitiativeAggregate,
  axes: MatrixAxes,
): ImpactEffortScore {
  const { x, y } = axes
  const none = (reason: ScoreReason, impact: number | null = null, effort: number | null = null) =>
    ({ quadrant: null, score: null, reason, impact, effort, spread: EMPTY_SUMMARY }) as const
  if (!x || !y) return none('no-axes')
  const impact = aggregate.criteria[y.index]?.value ?? null
  const effort = aggregate.criteria[x.index]?.value ?? null
  if (impact === null || effort === null) return none('unrated', impact, effort)
  const impactN = normaliseRating(impact, y.criterion.scale)
  const effortN = normaliseRating(effort, x.criterion.scale)
  return {
    quadrant: quadrantOf(impact, effort, { x, y }),
    score: 50 + 50 * (impactN - effortN),
    impact,
    effort,
    spread: raterSpread(aggregate, x, y, impactN, effortN),
  }
}
