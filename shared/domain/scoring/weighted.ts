import type { Criterion } from '../schema/prioritisation'
import { EMPTY_SUMMARY, sortInPlace, summariseSorted, type Summary } from '../metrics/statistics'
import type { InitiativeAggregate } from './aggregate'
import { normaliseRating, scaleBounds } from './scales'

/** Why a framework gives no score; the UI shows a translated hint instead of a number. */
export type ScoreReason =
  'no-criteria' | 'no-weights' | 'unrated' | 'no-axes' | 'missing-estimates' | 'zero-effort'

/**
 * Weights normalised to sum 1 (weight / sum of weights). Null when every weight is zero: the
 * project then has no defined weighted score rather than silently equal weights.
 */
export function normalisedWeights(criteria: readonly Criterion[]): number[] | null {
  let sum = 0
  for (const criterion of criteria) sum += criterion.weight
  if (!(sum > 0)) return null
  return criteria.map((criterion) => criterion.weight / sum)
}

/** A 0..1 value counted in the criterion's direction: a cost criterion counts inverted (1 - value). */
export function directed(criterion: Criterion, normalised: number): number {
  return criterion.direction === 'cost' ? 1 - normalised : normalised
}

/** The group's aggregate of each criterion as 0..1 in its direction; null where nobody rated. */
export function directedValues(
  aggregate: InitiativeAggregate,
  criteria: readonly Criterion[],
): (number | null)[] {
  return criteria.map((criterion, i) => {
    const value = aggregate.criteria[i]?.value
    return value === null || value === undefined
      ? null
      : directed(criterion, normaliseRating(value, criterion.scale))
  })
}

/** What weighted scoring needs of the criteria, worked out once per ranking rather than per initiative. */
export interface WeightPlan {
  readonly criteria: readonly Criterion[]
  /** Normalised weights; null when every weight is zero. */
  readonly weights: readonly number[] | null
  readonly lo: readonly number[]
  readonly span: readonly number[]
  readonly isCost: readonly boolean[]
  /** Everything a weighted score takes from the criteria: weight, direction and scale of each. */
  readonly key: string
}

/** Prepares weighted scoring for a set of criteria. */
export function weightPlan(criteria: readonly Criterion[]): WeightPlan {
  return {
    criteria,
    key: criteria.map((c) => `${c.weight}/${c.direction}/${c.scale}`).join('|'),
    weights: normalisedWeights(criteria),
    lo: criteria.map((c) => scaleBounds(c.scale).lo),
    span: criteria.map((c) => scaleBounds(c.scale).hi - scaleBounds(c.scale).lo),
    isCost: criteria.map((c) => c.direction === 'cost'),
  }
}

export interface WeightedScore {
  /** 0-100, or null with a reason. */
  readonly score: number | null
  readonly reason?: ScoreReason
  /** Points each criterion adds to the score (0 for a criterion nobody rated). */
  readonly contributions: readonly number[]
  /** Spread of each rater's own score (see `raterSpread`). */
  readonly spread: Summary
}

/** Scratch space for the raters' own scores; scoring is synchronous, so one buffer serves all. */
let scratch: Float64Array = new Float64Array(64)

/**
 * Spread of each rater's own weighted score; where a rater skipped a criterion, the group's
 * value stands in, so that a skipped rating neither helps nor hurts. `group` as `directedValues`.
 */
export function raterSpread(
  aggregate: InitiativeAggregate,
  plan: WeightPlan,
  group: readonly (number | null)[],
): Summary {
  const { weights, lo, span, isCost } = plan
  if (!weights) return EMPTY_SUMMARY
  const width = plan.criteria.length
  const count = aggregate.raterCount
  if (scratch.length < count) scratch = new Float64Array(count * 2)
  for (let r = 0; r < count; r++) {
    let sum = 0
    for (let i = 0; i < width; i++) {
      const own = aggregate.raterValues[r * width + i] as number
      let value: number
      if (Number.isNaN(own)) value = group[i] ?? 0
      else {
        const share = (own - (lo[i] as number)) / (span[i] as number)
        value = isCost[i] ? 1 - share : share
      }
      sum += (weights[i] as number) * value
    }
    scratch[r] = 100 * sum
  }
  sortInPlace(scratch, count)
  return summariseSorted(scratch, count)
}

/**
 * Weighted scoring: score = 100 x sum_i (w_i / sum w) x r'_i, where r'_i is the group's rating
 * normalised to 0..1 ((r - lo) / (hi - lo)), inverted for cost criteria. A criterion nobody
 * rated adds 0. Null with 'no-criteria', 'no-weights' (all weights 0) or 'unrated'.
 */
export function weightedScore(
  aggregate: InitiativeAggregate,
  criteria: readonly Criterion[],
  plan: WeightPlan = weightPlan(criteria),
): WeightedScore {
  const none = (reason: ScoreReason): WeightedScore => ({
    score: null,
    reason,
    contributions: criteria.map(() => 0),
    spread: EMPTY_SUMMARY,
  })
  const { weights } = plan
  if (criteria.length === 0) return none('no-criteria')
  if (weights === null) return none('no-weights')
  if (aggregate.unscoredCriterionIds.length === criteria.length) return none('unrated')
  const group = directedValues(aggregate, criteria)
  const contributions = group.map((value, i) => 100 * (weights[i] ?? 0) * (value ?? 0))
  let score = 0
  for (const points of contributions) score += points
  return { score, contributions, spread: raterSpread(aggregate, plan, group) }
}

interface MemoEntry {
  readonly aggregate: InitiativeAggregate
  readonly key: string
  readonly score: WeightedScore
}

/**
 * The last weighted score per initiative id, valid while the initiative keeps its aggregate
 * (which `aggregateInitiative` keeps while its ratings stay) and the plan its key. A map by id
 * like the aggregates' memo, so that both hold one entry per initiative and no weak keys.
 */
const memo = new Map<string, MemoEntry>()
const MEMO_LIMIT = 50_000

/**
 * The weighted score of one initiative (see `weightedScore`), reused while its aggregate and the
 * plan's weights, directions and scales stay the same: after one changed rating, only that
 * initiative is scored again. The result is shared between calls and never changed.
 */
export function initiativeWeightedScore(
  initiativeId: string,
  aggregate: InitiativeAggregate,
  plan: WeightPlan,
): WeightedScore {
  const cached = memo.get(initiativeId)
  if (cached?.aggregate === aggregate && cached.key === plan.key) return cached.score
  const score = weightedScore(aggregate, plan.criteria, plan)
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(initiativeId, { aggregate, key: plan.key, score })
  return score
}
