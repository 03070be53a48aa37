import type { CriterionScale } from '../schema/prioritisation'

/** The modified Fibonacci sequence used by WSJF. */
export const FIBONACCI_VALUES = [1, 2, 3, 5, 8, 13, 20] as const

export interface ScaleBounds {
  readonly lo: number
  readonly hi: number
}

const BOUNDS: Readonly<Record<CriterionScale, ScaleBounds>> = {
  '1-5': { lo: 1, hi: 5 },
  '1-10': { lo: 1, hi: 10 },
  fibonacci: { lo: 1, hi: 20 },
}

/** Lowest and highest rating of a scale. */
export function scaleBounds(scale: CriterionScale): ScaleBounds {
  return BOUNDS[scale]
}

/** The ratings a participant may give on a scale, lowest first. */
export function allowedRatings(scale: CriterionScale): readonly number[] {
  if (scale === 'fibonacci') return FIBONACCI_VALUES
  const { lo, hi } = scaleBounds(scale)
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)
}

/** Whether a value is a rating the scale offers (whole steps; Fibonacci values only). */
export function isAllowedRating(scale: CriterionScale, value: number): boolean {
  return allowedRatings(scale).includes(value)
}

/** The allowed rating nearest to `value` (the higher one on a tie, like rounding half up). */
export function nearestAllowedRating(scale: CriterionScale, value: number): number {
  let best = scaleBounds(scale).lo
  for (const allowed of allowedRatings(scale)) {
    if (Math.abs(allowed - value) <= Math.abs(best - value)) best = allowed
  }
  return best
}

/**
 * Maps a rating from one scale to another in proportion to the scale spans, then snaps it to the
 * nearest allowed value: 3 on 1-5 becomes 6 on 1-10 (1 + 0.5 x 9 = 5.5, rounded half up).
 */
export function rescaleRating(value: number, from: CriterionScale, to: CriterionScale): number {
  const a = scaleBounds(from)
  const b = scaleBounds(to)
  const share = (value - a.lo) / (a.hi - a.lo)
  return nearestAllowedRating(to, b.lo + share * (b.hi - b.lo))
}

/** Position of a rating on its scale from 0 (lowest) to 1 (highest), clamped to the scale. */
export function normaliseRating(value: number, scale: CriterionScale): number {
  const { lo, hi } = scaleBounds(scale)
  const share = (value - lo) / (hi - lo)
  return share < 0 ? 0 : share > 1 ? 1 : share
}

/** A cost criterion counts inverted: rating r on scale [lo, hi] counts as lo + hi - r. */
export function invertRating(value: number, scale: CriterionScale): number {
  const { lo, hi } = scaleBounds(scale)
  return lo + hi - value
}

/**
 * The range (max - min) of ratings from which a criterion counts as contested. The setting is
 * given on a 1-5 scale (span 4) and scaled to the criterion's span: threshold = setting / 4 x (hi - lo).
 */
export function contestedThreshold(contestedRange: number, scale: CriterionScale): number {
  const { lo, hi } = scaleBounds(scale)
  return (contestedRange / 4) * (hi - lo)
}

/** The middle of a scale, (lo + hi) / 2, which splits the impact/effort matrix. */
export function scaleMidpoint(scale: CriterionScale): number {
  const { lo, hi } = scaleBounds(scale)
  return (lo + hi) / 2
}
