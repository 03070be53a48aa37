import type { Criterion, Initiative, Prioritisation } from './schema/prioritisation'
import type { RatingRow, Ratings } from './schema/ratings'
import type { Project } from './schema/project'
import { insertRow, moveRow, patchRow, removeRow } from './rows'
import { isAllowedRating, rescaleRating } from './scoring/scales'

/**
 * Pure updaters of scoring: ratings, criteria, settings, blind scoring and re-votes. Initiatives
 * that an edit does not touch keep their identity, so the ranking can reuse their aggregates.
 */

/** Applies `change` to one initiative; the others keep their identity. Unknown ids change nothing. */
export function withInitiative(
  project: Project,
  initiativeId: string,
  change: (initiative: Initiative) => Initiative,
): Project {
  const index = project.initiatives.findIndex((initiative) => initiative.id === initiativeId)
  const initiative = project.initiatives[index]
  if (!initiative) return project
  const initiatives = [...project.initiatives]
  initiatives[index] = change(initiative)
  return { ...project, initiatives }
}

/** A rating row with exactly `length` places, so that a broken row can never shift the columns. */
function fitted(row: RatingRow | undefined, length: number): RatingRow {
  return Array.from({ length }, (_, i) => row?.[i] ?? null)
}

export type CriterionRef = { criterionIndex: number } | { criterionId: string }

function criterionIndex(project: Project, ref: CriterionRef): number {
  return 'criterionIndex' in ref
    ? ref.criterionIndex
    : project.criteria.findIndex((criterion) => criterion.id === ref.criterionId)
}

/**
 * Sets (or with null clears) one participant's rating of one initiative on one criterion. Throws a
 * RangeError for a value the criterion's scale does not offer; unknown ids change nothing.
 */
export function setRating(
  project: Project,
  input: { initiativeId: string; participantId: string; value: number | null } & CriterionRef,
): Project {
  const { initiativeId, participantId, value } = input
  const index = criterionIndex(project, input)
  const criterion = project.criteria[index]
  if (!criterion) return project
  if (value !== null && !isAllowedRating(criterion.scale, value)) {
    throw new RangeError(`${value} is not a rating on the ${criterion.scale} scale`)
  }
  const current = project.initiatives.find((i) => i.id === initiativeId)?.ratings[participantId]
  if ((current?.[index] ?? null) === value) return project
  return withInitiative(project, initiativeId, (initiative) => {
    const row = fitted(initiative.ratings[participantId], project.criteria.length)
    row[index] = value
    return { ...initiative, ratings: { ...initiative.ratings, [participantId]: row } }
  })
}

/** Rewrites every rating row of every initiative, current and earlier rounds alike. */
function mapRatingRows(project: Project, change: (row: RatingRow) => RatingRow): Project {
  const mapRatings = (ratings: Ratings): Ratings =>
    Object.fromEntries(Object.entries(ratings).map(([id, row]) => [id, change(row)]))
  return {
    ...project,
    initiatives: project.initiatives.map((initiative) => ({
      ...initiative,
      ratings: mapRatings(initiative.ratings),
      earlierRounds: initiative.earlierRounds.map((round) => ({
        ...round,
        ratings: mapRatings(round.ratings),
      })),
    })),
  }
}

/** Adds a criterion (at `index`, or last) and an empty rating in that place of every row. */
export function addCriterion(
  project: Project,
  { criterion, index = project.criteria.length }: { criterion: Criterion; index?: number },
): Project {
  const at = Math.max(0, Math.min(index, project.criteria.length))
  const length = project.criteria.length
  const withRows = mapRatingRows(project, (row) => {
    const next = fitted(row, length)
    next.splice(at, 0, null)
    return next
  })
  return { ...withRows, criteria: insertRow(project.criteria, criterion, at) }
}

/** Removes a criterion, its place in every rating row, and its use as a matrix axis. */
export function removeCriterion(project: Project, { id }: { id: string }): Project {
  const at = project.criteria.findIndex((criterion) => criterion.id === id)
  if (at < 0) return project
  const length = project.criteria.length
  const withRows = mapRatingRows(project, (row) => {
    const next = fitted(row, length)
    next.splice(at, 1)
    return next
  })
  const { matrix } = project.prioritisation
  const keep = (axisId: string | null): string | null => (axisId === id ? null : axisId)
  return {
    ...withRows,
    criteria: removeRow(project.criteria, id),
    prioritisation: {
      ...project.prioritisation,
      matrix: {
        ...matrix,
        xCriterionId: keep(matrix.xCriterionId),
        yCriterionId: keep(matrix.yCriterionId),
        sizeCriterionId: keep(matrix.sizeCriterionId),
      },
    },
  }
}

/** Moves a criterion up (negative) or down (positive) and its ratings with it in every row. */
export function moveCriterion(
  project: Project,
  { id, offset }: { id: string; offset: number },
): Project {
  const from = project.criteria.findIndex((criterion) => criterion.id === id)
  if (from < 0) return project
  const to = Math.max(0, Math.min(project.criteria.length - 1, from + offset))
  if (to === from) return project
  const length = project.criteria.length
  const withRows = mapRatingRows(project, (row) => {
    const next = fitted(row, length)
    const [moved] = next.splice(from, 1)
    next.splice(to, 0, moved ?? null)
    return next
  })
  return { ...withRows, criteria: moveRow(project.criteria, id, offset) }
}

/**
 * Changes a criterion's name, description, weight, direction or scale. A new scale carries the
 * ratings over in proportion (see `rescaleRating`); other edits leave the initiatives untouched.
 */
export function patchCriterion(
  project: Project,
  { id, patch }: { id: string; patch: Partial<Omit<Criterion, 'id'>> },
): Project {
  const at = project.criteria.findIndex((criterion) => criterion.id === id)
  const criterion = project.criteria[at]
  if (!criterion) return project
  const criteria = patchRow(project.criteria, id, patch)
  const to = patch.scale
  if (to === undefined || to === criterion.scale) return { ...project, criteria }
  const withRows = mapRatingRows(project, (row) =>
    row.map((value, i) =>
      i === at && value !== null ? rescaleRating(value, criterion.scale, to) : value,
    ),
  )
  return { ...withRows, criteria }
}

export type PrioritisationPatch = Partial<Omit<Prioritisation, 'matrix'>> & {
  matrix?: Partial<Omit<Prioritisation['matrix'], 'quadrantLabels'>> & {
    quadrantLabels?: Partial<Prioritisation['matrix']['quadrantLabels']>
  }
}

/** Changes prioritisation settings (framework, aggregation, threshold, matrix axes and labels, ...). */
export function setPrioritisation(project: Project, patch: PrioritisationPatch): Project {
  const current = project.prioritisation
  const { matrix, ...rest } = patch
  return {
    ...project,
    prioritisation: {
      ...current,
      ...rest,
      matrix: {
        ...current.matrix,
        ...matrix,
        quadrantLabels: { ...current.matrix.quadrantLabels, ...matrix?.quadrantLabels },
      },
    },
  }
}

/** Records that a participant handed over as finished (private entry mode). */
export function markFinished(
  project: Project,
  { participantId }: { participantId: string },
): Project {
  const finished = project.prioritisation.finishedParticipantIds
  if (finished.includes(participantId)) return project
  return setPrioritisation(project, { finishedParticipantIds: [...finished, participantId] })
}

/** Takes back a participant's "finished", e.g. to correct a rating. */
export function markUnfinished(
  project: Project,
  { participantId }: { participantId: string },
): Project {
  const finished = project.prioritisation.finishedParticipantIds
  return setPrioritisation(project, {
    finishedParticipantIds: finished.filter((id) => id !== participantId),
  })
}

/** Reveals everyone's ratings after blind scoring. */
export function reveal(project: Project): Project {
  return setPrioritisation(project, { isRevealed: true })
}

/** Hides the ratings again, for blind scoring. */
export function hide(project: Project): Project {
  return setPrioritisation(project, { isRevealed: false })
}

/**
 * Starts a re-vote of one initiative after discussion: its ratings move into a new earlier round
 * and are cleared. The re-vote is blind again, so ratings are hidden and "finished" marks reset.
 */
export function startRevote(project: Project, { initiativeId }: { initiativeId: string }): Project {
  const initiative = project.initiatives.find((candidate) => candidate.id === initiativeId)
  if (!initiative || Object.keys(initiative.ratings).length === 0) return project
  const round = Math.max(0, ...initiative.earlierRounds.map((r) => r.round)) + 1
  const next = withInitiative(project, initiativeId, (current) => ({
    ...current,
    ratings: {},
    earlierRounds: [...current.earlierRounds, { round, ratings: current.ratings }],
  }))
  return setPrioritisation(next, { isRevealed: false, finishedParticipantIds: [] })
}
