import type { Aggregation, Criterion, Initiative } from '../schema/prioritisation'
import type { Ratings } from '../schema/ratings'
import { sortInPlace, summariseSorted, type Summary } from '../metrics/statistics'
import { contestedThreshold, scaleBounds } from './scales'

/** The raters' view of one initiative on one criterion, on the criterion's own scale. */
export interface CriterionAggregate extends Summary {
  readonly criterionId: string
  /** The group's value: the mean or the median, as the project is set; null when nobody rated. */
  readonly value: number | null
  /** The raters' range reached the contested threshold (see `contestedThreshold`). */
  readonly isContested: boolean
}

/** The raters' view of one initiative on every criterion. */
export interface InitiativeAggregate {
  /** Aligned with the project's criteria. */
  readonly criteria: readonly CriterionAggregate[]
  readonly isContested: boolean
  /** Criteria that nobody rated for this initiative: they contribute nothing and are flagged. */
  readonly unscoredCriterionIds: readonly string[]
  /** Per criterion: how many of the project's participants rated it (for the missing count). */
  readonly participantRatings: readonly number[]
  /** Raters with at least one rating of this initiative. */
  readonly raterCount: number
  /**
   * Each rater's ratings on the criteria's scales, NaN where skipped: `raterCount` rows of one
   * value per criterion, in no particular rater order (every use of them is order-independent).
   */
  readonly raterValues: Float64Array
}

/** The settings aggregation depends on; weights and directions are applied later. */
export interface AggregationSettings {
  readonly aggregation: Aggregation
  readonly contestedRange: number
}

const EPSILON = 1e-9

/** Scratch space for one criterion's ratings and one initiative's ratings: aggregation is synchronous. */
let column: Float64Array = new Float64Array(64)
let table: Float64Array = new Float64Array(1024)

function aggregateColumn(
  criterion: Criterion,
  count: number,
  settings: AggregationSettings,
): CriterionAggregate {
  sortInPlace(column, count)
  const { mean, median, sd, min, max, range } = summariseSorted(column, count)
  const threshold = contestedThreshold(settings.contestedRange, criterion.scale)
  return {
    criterionId: criterion.id,
    value: settings.aggregation === 'median' ? median : mean,
    isContested: range !== null && count > 1 && range >= threshold - EPSILON,
    mean,
    median,
    sd,
    min,
    max,
    range,
    count,
  }
}

function grow(buffer: Float64Array, needed: number): Float64Array {
  const bigger = new Float64Array(Math.max(needed, buffer.length * 2))
  bigger.set(buffer)
  return bigger
}

/**
 * Aggregates every rater's ratings of one initiative per criterion: mean or median, population
 * standard deviation, min, max, range, count and the contested flag. Missing ratings are skipped;
 * ratings outside the scale (only in a hand-edited file) count as the nearest end.
 */
export function aggregateRatings(
  ratings: Ratings,
  criteria: readonly Criterion[],
  settings: AggregationSettings,
  participantIds: ReadonlySet<string> = new Set(),
): InitiativeAggregate {
  const width = criteria.length
  const lows: number[] = []
  const highs: number[] = []
  const participantRatings: number[] = []
  for (const criterion of criteria) {
    const { lo, hi } = scaleBounds(criterion.scale)
    lows.push(lo)
    highs.push(hi)
    participantRatings.push(0)
  }
  let raterCount = 0
  for (const participantId in ratings) {
    const row = ratings[participantId] as readonly (number | null)[]
    const isParticipant = participantIds.has(participantId)
    const start = raterCount * width
    if (table.length < start + width) table = grow(table, start + width)
    let hasRating = false
    for (let i = 0; i < width; i++) {
      const value = row[i]
      let kept = NaN
      if (typeof value === 'number' && Number.isFinite(value)) {
        const lo = lows[i] as number
        const hi = highs[i] as number
        kept = value < lo ? lo : value > hi ? hi : value
        hasRating = true
        if (isParticipant) participantRatings[i] = (participantRatings[i] as number) + 1
      }
      table[start + i] = kept
    }
    if (hasRating) raterCount++
  }
  if (column.length < raterCount) column = new Float64Array(raterCount * 2)
  const aggregates = criteria.map((criterion, i) => {
    let count = 0
    for (let r = 0; r < raterCount; r++) {
      const value = table[r * width + i] as number
      if (!Number.isNaN(value)) column[count++] = value
    }
    return aggregateColumn(criterion, count, settings)
  })
  return {
    criteria: aggregates,
    isContested: aggregates.some((a) => a.isContested),
    unscoredCriterionIds: aggregates.filter((a) => a.count === 0).map((a) => a.criterionId),
    participantRatings,
    raterCount,
    raterValues: table.slice(0, raterCount * width),
  }
}

interface MemoEntry {
  readonly ratings: Ratings
  readonly key: string
  readonly aggregate: InitiativeAggregate
}

/**
 * The last aggregate per initiative id, valid while the initiative keeps its ratings object:
 * updaters keep the identity of untouched initiatives, so a re-rank reuses them. (A map by id
 * rather than a WeakMap by ratings: weak keys made garbage collection the slowest part.)
 */
const memo = new Map<string, MemoEntry>()
const MEMO_LIMIT = 50_000

/** A key of everything an aggregate depends on besides the ratings: scales, settings, participants. */
export function aggregationKey(
  criteria: readonly Criterion[],
  settings: AggregationSettings,
  participantIds: Iterable<string> = [],
): string {
  const scales = criteria.map((c) => `${c.id}:${c.scale}`).join('|')
  return `${settings.aggregation};${settings.contestedRange};${scales};${[...participantIds].join('|')}`
}

/**
 * The aggregate of one initiative, reused while its ratings object and `key` (see
 * `aggregationKey`) stay the same. Ratings of participants not listed still count as raters.
 */
export function aggregateInitiative(
  initiative: Initiative,
  criteria: readonly Criterion[],
  settings: AggregationSettings,
  participantIds: ReadonlySet<string> = new Set(),
  key = aggregationKey(criteria, settings, participantIds),
): InitiativeAggregate {
  const cached = memo.get(initiative.id)
  if (cached?.ratings === initiative.ratings && cached.key === key) return cached.aggregate
  const aggregate = aggregateRatings(initiative.ratings, criteria, settings, participantIds)
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(initiative.id, { ratings: initiative.ratings, key, aggregate })
  return aggregate
}
