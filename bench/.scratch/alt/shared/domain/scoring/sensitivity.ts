import { Criterion } from '../schema/prioritisation'
import type { Project } from '../schema/project'
import { aggregateInitiative, aggregationKey } from './aggregate'
import { rankInitiatives } from './rank'
import { directedValues } from './weighted'

/** The largest weight a criterion may have (the schema's limit). */
export const MAX_WEIGHT = Criterion.shape.weight.maxValue ?? 1000

/** How far one criterion's weight may move, the others fixed, before the top ranks change. */
export interface WeightSensitivity {
  readonly criterionId: string
  readonly weight: number
  /** Weight points it may fall; at exactly this distance two initiatives tie. Null: stable down to 0. */
  readonly down: number | null
  /** Weight points it may rise; null: stable up to MAX_WEIGHT. */
  readonly up: number | null
}

export interface SensitivityResult {
  /** The initiatives now holding the top ranks, in order. */
  readonly topInitiativeIds: readonly string[]
  readonly criteria: readonly WeightSensitivity[]
}

interface Line {
  readonly id: string
  /** sum_j w_j x r'_j with the raw weights: the score times the sum of weights. */
  readonly total: number
  /** r'_j per criterion, 0 where nobody rated. */
  readonly values: readonly number[]
}

function lines(project: Project): Line[] {
  const participantIds = new Set(project.participants.map((participant) => participant.id))
  const key = aggregationKey(project.criteria, project.prioritisation, participantIds)
  const result: Line[] = []
  for (const initiative of project.initiatives) {
    const { criteria, prioritisation } = project
    const aggregate = aggregateInitiative(initiative, criteria, prioritisation, participantIds, key)
    if (aggregate.unscoredCriterionIds.length === project.criteria.length) continue
    const values = directedValues(aggregate, project.criteria).map((v) => v ?? 0)
    let total = 0
    project.criteria.forEach((criterion, j) => (total += criterion.weight * (values[j] ?? 0)))
    result.push({ id: initiative.id, total, values })
  }
  return result
}

function tolerance(lines: readonly Line[], topCount: number, i: number) {
  let down = Infinity
  let up = Infinity
  for (let p = 0; p < Math.min(topCount, lines.length); p++) {
    const k = lines[p] as Line
    for (let q = p + 1; q < lines.length; q++) {
      const l = lines[q] as Line
      const gap = Math.max(0, k.total - l.total)
      const slope = (k.values[i] ?? 0) - (l.values[i] ?? 0)
      if (slope > 0) down = Math.min(down, gap / slope)
      else if (slope < 0) up = Math.min(up, gap / -slope)
    }
  }
  return { down, up }
}

/**
 * Weighted-scoring sensitivity: for each criterion, how many weight points its weight may move
 * down or up, the others fixed, before the order of the top `topCount` (3) changes. Every score's
 * numerator sum_j w_j r'_j is linear in one weight and all share the denominator, so the first
 * tie is found exactly from pairwise crossings rather than by trial steps. Null when all weights are 0.
 */
export function weightSensitivity(project: Project, topCount = 3): SensitivityResult | null {
  const { criteria } = project
  const sumOfWeights = criteria.reduce((sum, criterion) => sum + criterion.weight, 0)
  if (!(sumOfWeights > 0)) return null
  const byId = new Map(lines(project).map((line) => [line.id, line]))
  // The ranked list's own order, so that ties are broken exactly as the ranking breaks them.
  const ordered = rankInitiatives(project, 'weighted').flatMap(({ initiativeId }) => {
    const line = byId.get(initiativeId)
    return line ? [line] : []
  })
  return {
    topInitiativeIds: ordered.slice(0, topCount).map((line) => line.id),
    criteria: criteria.map((criterion, i) => {
      const { down, up } = tolerance(ordered, topCount, i)
      // With every other weight at 0, a weight of 0 leaves no score at all: the ranking ends there.
      const floor = sumOfWeights - criterion.weight > 0 ? Infinity : criterion.weight
      const downLimit = Math.min(down, floor)
      return {
        criterionId: criterion.id,
        weight: criterion.weight,
        down: downLimit <= criterion.weight ? downLimit : null,
        up: criterion.weight + up <= MAX_WEIGHT ? up : null,
      }
    }),
  }
}
