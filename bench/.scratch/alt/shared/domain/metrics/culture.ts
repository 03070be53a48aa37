import type { CultureStep } from '../schema/steps'
import { summarise, type Summary } from './statistics'

export interface CultureQuestionSummary extends Summary {
  readonly questionId: string
}

/**
 * The group's view of each culture question: mean, median, population standard deviation, min,
 * max and count over the participants who rated it (1-5). Unrated questions get null statistics.
 */
export function cultureProfile(
  ratings: CultureStep['ratings'],
  questionIds: readonly string[],
): CultureQuestionSummary[] {
  const raters = Object.values(ratings)
  return questionIds.map((questionId) => ({
    questionId,
    ...summarise(raters.map((row) => row[questionId])),
  }))
}
