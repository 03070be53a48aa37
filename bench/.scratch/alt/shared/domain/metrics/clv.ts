import type { ClvInputs } from '../schema/steps'

/** Which inputs a CLV needs that were not entered. */
export type ClvInput = keyof ClvInputs

export type ClvResult =
  | {
      /** Customer lifetime value in the currency of the average purchase value. */
      readonly value: number
      readonly lifespanYears: number
      /** Whether the lifespan was entered or derived as 1 / churn rate. */
      readonly lifespanFrom: 'entered' | 'churn'
    }
  | {
      readonly value: null
      /** `missing-inputs`: see `missing`; `zero-churn`: no lifespan and 0 % churn, so no end. */
      readonly reason: 'missing-inputs' | 'zero-churn' | 'out-of-range'
      readonly missing: readonly ClvInput[]
    }

/**
 * Simple customer lifetime value:
 * CLV = average purchase value x purchases per year x lifespan in years x margin % / 100.
 * An entered lifespan wins; otherwise lifespan = 1 / (churn % / 100). Never NaN or Infinity.
 */
export function clv(inputs: ClvInputs): ClvResult {
  const { averagePurchaseValue, purchasesPerYear, lifespanYears, churnRatePercent, marginPercent } =
    inputs
  const missing: ClvInput[] = []
  if (averagePurchaseValue === null) missing.push('averagePurchaseValue')
  if (purchasesPerYear === null) missing.push('purchasesPerYear')
  if (lifespanYears === null && churnRatePercent === null) missing.push('lifespanYears')
  if (marginPercent === null) missing.push('marginPercent')
  if (
    missing.length > 0 ||
    averagePurchaseValue === null ||
    purchasesPerYear === null ||
    marginPercent === null
  ) {
    return { value: null, reason: 'missing-inputs', missing }
  }
  const fromChurn = lifespanYears === null
  if (fromChurn && !churnRatePercent) return { value: null, reason: 'zero-churn', missing: [] }
  const years = lifespanYears ?? 100 / (churnRatePercent as number)
  const value = averagePurchaseValue * purchasesPerYear * years * (marginPercent / 100)
  if (!Number.isFinite(value)) return { value: null, reason: 'out-of-range', missing: [] }
  return { value, lifespanYears: years, lifespanFrom: fromChurn ? 'churn' : 'entered' }
}
