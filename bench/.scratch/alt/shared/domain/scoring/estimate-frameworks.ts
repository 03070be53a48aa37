import type { Estimates, Moscow } from '../schema/prioritisation'
import type { ScoreReason } from './weighted'

/** A framework's result for one initiative: a number, or null with a reason. Never NaN or Infinity. */
export type FrameworkScore =
  | { readonly score: number; readonly reason?: undefined }
  | { readonly score: null; readonly reason: ScoreReason }

const missing: FrameworkScore = { score: null, reason: 'missing-estimates' }

function finite(value: number): FrameworkScore {
  return Number.isFinite(value) ? { score: value } : missing
}

/**
 * RICE = Reach x Impact x Confidence / Effort, with impact 3 / 2 / 1 / 0.5 / 0.25, confidence
 * as a fraction (100 % = 1) and effort in person-months. Effort 0 gives 'zero-effort', not Infinity.
 */
export function riceScore(estimates: Estimates): FrameworkScore {
  const { reach, impact, confidencePercent, effortMonths } = estimates
  if (reach === null || impact === null || confidencePercent === null || effortMonths === null) {
    return missing
  }
  if (!(effortMonths > 0)) return { score: null, reason: 'zero-effort' }
  return finite((reach * impact * (confidencePercent / 100)) / effortMonths)
}

/** How the three ICE ratings are combined. */
export type IceCombination = 'product' | 'mean'

/**
 * ICE on Impact, Confidence and Ease, each 1-10: product I x C x E (1-1000) or mean
 * (I + C + E) / 3 (1-10), as the project chooses.
 */
export function iceScore(estimates: Estimates, combination: IceCombination): FrameworkScore {
  const { iceImpact, iceConfidence, iceEase } = estimates
  if (iceImpact === null || iceConfidence === null || iceEase === null) return missing
  return finite(
    combination === 'mean'
      ? (iceImpact + iceConfidence + iceEase) / 3
      : iceImpact * iceConfidence * iceEase,
  )
}

/**
 * WSJF (SAFe) = cost of delay / job size = (business value + time criticality + risk reduction
 * or opportunity enablement) / job size, each on 1, 2, 3, 5, 8, 13, 20. Job size 0 gives 'zero-effort'.
 */
export function wsjfScore(estimates: Estimates): FrameworkScore {
  const { businessValue, timeCriticality, riskReduction, jobSize } = estimates
  if (businessValue === null || timeCriticality === null || riskReduction === null) return missing
  if (jobSize === null) return missing
  if (!(jobSize > 0)) return { score: null, reason: 'zero-effort' }
  return finite((businessValue + timeCriticality + riskReduction) / jobSize)
}

/** MoSCoW categories in priority order, each with the number it ranks by (must = 4 ... won't = 1). */
export const MOSCOW_ORDER: readonly Moscow[] = ['must', 'should', 'could', 'wont']

/** MoSCoW as a sortable number: must 4, should 3, could 2, won't (this time) 1; unset has none. */
export function moscowScore(estimates: Estimates): FrameworkScore {
  const { moscow } = estimates
  if (moscow === null) return missing
  return { score: MOSCOW_ORDER.length - MOSCOW_ORDER.indexOf(moscow) }
}
