import type { Project } from '../schema/project'
import { aggregateRatings, type CriterionAggregate } from './aggregate'
import { weightedScore } from './weighted'

/** How one criterion's aggregate moved between the last round and the current ratings. */
export interface CriterionMovement {
  readonly criterionId: string
  readonly before: CriterionAggregate
  readonly after: CriterionAggregate
  /** after.value - before.value; null when either round has no rating. */
  readonly delta: number | null
  /** after.range - before.range: negative when the raters moved closer together. */
  readonly rangeDelta: number | null
}

export interface Movement {
  /** The number of the earlier round compared with the current ratings. */
  readonly round: number
  readonly criteria: readonly CriterionMovement[]
  /** Weighted scores (0-100) before and after; null where there is none. */
  readonly scoreBefore: number | null
  readonly scoreAfter: number | null
  readonly wasContested: boolean
  readonly isContested: boolean
}

const difference = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b

/**
 * The movement of a re-voted initiative: the last earlier round's aggregate against the current
 * ratings, per criterion and as a weighted score. Null when the initiative was never re-voted.
 */
export function movement(project: Project, initiativeId: string): Movement | null {
  const initiative = project.initiatives.find((candidate) => candidate.id === initiativeId)
  const last = initiative?.earlierRounds.at(-1)
  if (!initiative || !last) return null
  const { criteria, prioritisation } = project
  const before = aggregateRatings(last.ratings, criteria, prioritisation)
  const after = aggregateRatings(initiative.ratings, criteria, prioritisation)
  return {
    round: last.round,
    criteria: criteria.map((criterion, i) => {
      const b = before.criteria[i] as CriterionAggregate
      const a = after.criteria[i] as CriterionAggregate
      return {
        criterionId: criterion.id,
        before: b,
        after: a,
        delta: difference(a.value, b.value),
        rangeDelta: difference(a.range, b.range),
      }
    }),
    scoreBefore: weightedScore(before, criteria).score,
    scoreAfter: weightedScore(after, criteria).score,
    wasContested: before.isContested,
    isContested: after.isContested,
  }
}
