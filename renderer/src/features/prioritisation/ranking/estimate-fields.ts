import { FIBONACCI_VALUES, type Estimates, type Framework } from '../../../../../shared/domain'

export type EstimateField = keyof Estimates

/** How an estimate is entered: a free amount, or one of a fixed set of values. */
export type EstimateInputKind =
  | { readonly kind: 'amount' }
  | { readonly kind: 'choice'; readonly values: readonly (number | string)[] }

const ONE_TO_TEN = Array.from({ length: 10 }, (_, i) => i + 1)

/** The input of every estimate, as the frameworks define their scales (DOMAIN.md). */
export const ESTIMATE_INPUTS: Readonly<Record<EstimateField, EstimateInputKind>> = {
  reach: { kind: 'amount' },
  impact: { kind: 'choice', values: [3, 2, 1, 0.5, 0.25] },
  confidencePercent: { kind: 'choice', values: [100, 80, 50] },
  effortMonths: { kind: 'amount' },
  iceImpact: { kind: 'choice', values: ONE_TO_TEN },
  iceConfidence: { kind: 'choice', values: ONE_TO_TEN },
  iceEase: { kind: 'choice', values: ONE_TO_TEN },
  businessValue: { kind: 'choice', values: FIBONACCI_VALUES },
  timeCriticality: { kind: 'choice', values: FIBONACCI_VALUES },
  riskReduction: { kind: 'choice', values: FIBONACCI_VALUES },
  jobSize: { kind: 'choice', values: FIBONACCI_VALUES },
  moscow: { kind: 'choice', values: ['must', 'should', 'could', 'wont'] },
}

/** The estimates each framework that works on agreed estimates needs. */
export const FRAMEWORK_ESTIMATES: Readonly<Partial<Record<Framework, readonly EstimateField[]>>> = {
  rice: ['reach', 'impact', 'confidencePercent', 'effortMonths'],
  ice: ['iceImpact', 'iceConfidence', 'iceEase'],
  wsjf: ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize'],
  moscow: ['moscow'],
}
