import {
  allowedRatings,
  patchCriterion,
  rankInitiatives,
  setRating,
  weightSensitivity,
  type Project,
} from '../shared/domain'
import { runsFor, type BenchContext } from './context'
import type { BenchSize } from './generate'
import { createRandom } from './synthetic/random'
import { fromSample } from './report'
import { measure } from './stats'

const FULL_RUNS = { S: 25, M: 15, L: 7 } as const
const EDIT_RUNS = { S: 50, M: 30, L: 15 } as const
const FULL_TARGET_MS = 100
const ONE_RATING_TARGET_MS = 10

/**
 * The same project with new ratings objects, so that no aggregate can be reused: what a re-rank
 * costs after opening a file, or after a change of scale, aggregation or participants.
 */
function withFreshRatings(project: Project): Project {
  return {
    ...project,
    initiatives: project.initiatives.map((initiative) => ({
      ...initiative,
      ratings: { ...initiative.ratings },
    })),
  }
}

/**
 * Ranking at one size: a full re-rank; a re-rank after one changed rating (the updater keeps
 * every other initiative, so their memoised aggregates are reused); a re-rank and the live
 * sensitivity after a weight change, which the slider triggers on every move.
 */
export async function measureRanking(ctx: BenchContext, size: BenchSize, project: Project) {
  const fullRuns = runsFor(ctx, size, FULL_RUNS)
  const editRuns = runsFor(ctx, size, EDIT_RUNS)
  const full = await measure(
    (fresh) => rankInitiatives(fresh),
    { runs: fullRuns, warmup: 1 },
    () => withFreshRatings(project),
  )
  ctx.record(
    fromSample(
      {
        section: 'Ranking',
        name: 'Full re-rank (weighted, nothing cached)',
        size,
        unit: 'ms',
        ...(size === 'L' ? { target: FULL_TARGET_MS } : {}),
      },
      full,
    ),
  )

  const random = createRandom(size.charCodeAt(0))
  let current = project
  rankInitiatives(current)
  const oneRating = await measure(
    () => {
      const initiative = random.pick(current.initiatives)
      const participant = random.pick(current.participants)
      const criterionIndex = random.int(0, current.criteria.length - 1)
      const scale = current.criteria[criterionIndex]?.scale ?? '1-5'
      const value = random.pick(allowedRatings(scale))
      current = setRating(current, {
        initiativeId: initiative.id,
        participantId: participant.id,
        criterionIndex,
        value,
      })
      return rankInitiatives(current)
    },
    { runs: editRuns, warmup: 2 },
  )
  ctx.record(
    fromSample(
      {
        section: 'Ranking',
        name: 'Re-rank after one changed rating',
        size,
        unit: 'ms',
        ...(size === 'L' ? { target: ONE_RATING_TARGET_MS } : {}),
        note: 'incremental: aggregates memoised per initiative; the sort stays full',
      },
      oneRating,
    ),
  )

  const criterionId = project.criteria[0]?.id ?? ''
  let weight = project.criteria[0]?.weight ?? 1
  const nextWeight = () => {
    weight = weight >= 10 ? 0.5 : weight + 0.5
    current = patchCriterion(current, { id: criterionId, patch: { weight } })
    return current
  }
  const afterWeight = await measure(
    (p) => rankInitiatives(p),
    { runs: editRuns, warmup: 1 },
    nextWeight,
  )
  ctx.record(
    fromSample(
      {
        section: 'Ranking',
        name: 'Re-rank after a weight change (aggregates reused)',
        size,
        unit: 'ms',
      },
      afterWeight,
    ),
  )
  const sensitivity = await measure(
    (p) => weightSensitivity(p),
    { runs: fullRuns, warmup: 1 },
    nextWeight,
  )
  ctx.record(
    fromSample(
      { section: 'Ranking', name: 'Weight sensitivity after a weight change', size, unit: 'ms' },
      sensitivity,
    ),
  )
}
