import type { NpsCounts } from '../schema/steps'

export interface NpsResult {
  /** % promoters - % detractors, from -100 to 100; null when nobody answered. */
  readonly score: number | null
  readonly total: number
  readonly promotersPercent: number | null
  readonly passivesPercent: number | null
  readonly detractorsPercent: number | null
}

/**
 * Net Promoter Score from counts: NPS = 100 x (promoters - detractors) / (promoters + passives +
 * detractors), with promoters answering 9-10 and detractors 0-6. Not rounded; null without answers.
 */
export function nps({ promoters, passives, detractors }: NpsCounts): NpsResult {
  const total = promoters + passives + detractors
  if (!(total > 0) || !Number.isFinite(total)) {
    return {
      score: null,
      total: 0,
      promotersPercent: null,
      passivesPercent: null,
      detractorsPercent: null,
    }
  }
  const percent = (count: number): number => (100 * count) / total
  return {
    score: (100 * (promoters - detractors)) / total,
    total,
    promotersPercent: percent(promoters),
    passivesPercent: percent(passives),
    detractorsPercent: percent(detractors),
  }
}

/** Employee NPS: the same formula as NPS, asked of employees about their employer. */
export function enps(counts: NpsCounts): NpsResult {
  return nps(counts)
}
