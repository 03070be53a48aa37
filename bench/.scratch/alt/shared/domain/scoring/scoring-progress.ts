import type { Project } from '../schema/project'

export interface ScoringProgress {
  /** Ratings given by the participant. */
  readonly rated: number
  /** Ratings to give: initiatives x criteria. */
  readonly total: number
}

/** How many of the ratings asked of one participant they have given. */
export function scoringProgress(project: Project, participantId: string): ScoringProgress {
  const criteriaCount = project.criteria.length
  let rated = 0
  for (const initiative of project.initiatives) {
    const row = initiative.ratings[participantId]
    if (!row) continue
    for (let i = 0; i < criteriaCount; i++) if (typeof row[i] === 'number') rated++
  }
  return { rated, total: project.initiatives.length * criteriaCount }
}

/**
 * Whether a participant has rated every criterion of every initiative. False while there is
 * nothing to rate, so that "finished" always means that someone actually scored.
 */
export function isParticipantFinished(project: Project, participantId: string): boolean {
  const { rated, total } = scoringProgress(project, participantId)
  return total > 0 && rated === total
}
