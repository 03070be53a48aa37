import { describe, expect, it } from 'vitest'
import {
  Project as ProjectSchema,
  addCriterion,
  hide,
  markFinished,
  markUnfinished,
  moveCriterion,
  patchCriterion,
  removeCriterion,
  reveal,
  setPrioritisation,
  setRating,
  startRevote,
  type Project,
} from '../../../../shared/domain'
import { buildProject, criterion } from './scoring/build-project'

function scored(): Project {
  const project = buildProject({
    criteria: [criterion('loyalty'), criterion('effort', { direction: 'cost' }), criterion('risk')],
    participants: ['anna', 'ben'],
    initiatives: [
      { id: 'app', ratings: { anna: [5, 2, 1], ben: [4, null, 3] } },
      { id: 'desk', ratings: { anna: [1, 1, 1] } },
    ],
  })
  return setPrioritisation(project, {
    matrix: { xCriterionId: 'effort', yCriterionId: 'loyalty', sizeCriterionId: 'risk' },
  })
}

describe('setting a rating', () => {
  it("stores the rating in the participant's row, aligned with the criteria", () => {
    const project = setRating(scored(), {
      initiativeId: 'desk',
      participantId: 'ben',
      criterionId: 'risk',
      value: 4,
    })
    expect(project.initiatives[1]?.ratings.ben).toEqual([null, null, 4])
    const cleared = setRating(project, {
      initiativeId: 'app',
      participantId: 'anna',
      criterionIndex: 0,
      value: null,
    })
    expect(cleared.initiatives[0]?.ratings.anna).toEqual([null, 2, 1])
  })

  it('keeps every other initiative untouched, so its scores need no recomputing', () => {
    const before = scored()
    const after = setRating(before, {
      initiativeId: 'app',
      participantId: 'ben',
      criterionIndex: 1,
      value: 3,
    })
    expect(after.initiatives[1]).toBe(before.initiatives[1])
    expect(after.initiatives[0]?.ratings.anna).toBe(before.initiatives[0]?.ratings.anna)
    expect(
      setRating(after, { initiativeId: 'app', participantId: 'ben', criterionIndex: 1, value: 3 }),
    ).toBe(after)
  })

  it('refuses a value the scale does not offer', () => {
    const project = scored()
    expect(() =>
      setRating(project, {
        initiativeId: 'app',
        participantId: 'ben',
        criterionIndex: 0,
        value: 6,
      }),
    ).toThrow(RangeError)
    expect(() =>
      setRating(project, {
        initiativeId: 'app',
        participantId: 'ben',
        criterionIndex: 0,
        value: 2.5,
      }),
    ).toThrow(/1-5/)
    const fibonacci = patchCriterion(project, { id: 'risk', patch: { scale: 'fibonacci' } })
    expect(() =>
      setRating(fibonacci, {
        initiativeId: 'app',
        participantId: 'ben',
        criterionIndex: 2,
        value: 4,
      }),
    ).toThrow()
    expect(
      setRating(fibonacci, {
        initiativeId: 'app',
        participantId: 'ben',
        criterionIndex: 2,
        value: 13,
      }).initiatives[0]?.ratings.ben?.[2],
    ).toBe(13)
  })

  it('changes nothing for an unknown initiative or criterion', () => {
    const project = scored()
    expect(
      setRating(project, {
        initiativeId: 'nope',
        participantId: 'ben',
        criterionIndex: 0,
        value: 1,
      }),
    ).toBe(project)
    expect(
      setRating(project, {
        initiativeId: 'app',
        participantId: 'ben',
        criterionId: 'nope',
        value: 1,
      }),
    ).toBe(project)
  })
})

describe('criteria keep the rating rows aligned', () => {
  it('adds a criterion with an empty rating in that place of every row, earlier rounds too', () => {
    const revoted = startRevote(scored(), { initiativeId: 'app' })
    const project = addCriterion(revoted, { criterion: criterion('cost'), index: 1 })
    expect(project.criteria.map((c) => c.id)).toEqual(['loyalty', 'cost', 'effort', 'risk'])
    expect(project.initiatives[1]?.ratings.anna).toEqual([1, null, 1, 1])
    expect(project.initiatives[0]?.earlierRounds[0]?.ratings.ben).toEqual([4, null, null, 3])
    expect(ProjectSchema.safeParse(project).success).toBe(true)
  })

  it('removes a criterion from every row and from the matrix axes', () => {
    const project = removeCriterion(scored(), { id: 'effort' })
    expect(project.initiatives[0]?.ratings).toEqual({ anna: [5, 1], ben: [4, 3] })
    expect(project.prioritisation.matrix).toMatchObject({
      xCriterionId: null,
      yCriterionId: 'loyalty',
      sizeCriterionId: 'risk',
    })
    expect(ProjectSchema.safeParse(project).success).toBe(true)
  })

  it('moves a criterion and its ratings together', () => {
    const project = moveCriterion(scored(), { id: 'risk', offset: -2 })
    expect(project.criteria.map((c) => c.id)).toEqual(['risk', 'loyalty', 'effort'])
    expect(project.initiatives[0]?.ratings.ben).toEqual([3, 4, null])
  })

  it('carries ratings over to a new scale in proportion', () => {
    const project = patchCriterion(scored(), { id: 'loyalty', patch: { scale: '1-10' } })
    // 5 -> 10, 4 -> 1 + 0.75 x 9 = 7.75 -> 8, 1 -> 1
    expect(project.initiatives.map((i) => i.ratings.anna?.[0])).toEqual([10, 1])
    expect(project.initiatives[0]?.ratings.ben?.[0]).toBe(8)
    const fibonacci = patchCriterion(scored(), { id: 'risk', patch: { scale: 'fibonacci' } })
    // 3 on 1-5 -> 1 + 0.5 x 19 = 10.5, midway between 8 and 13: rounded up to 13; 1 stays 1
    expect(fibonacci.initiatives[0]?.ratings.ben?.[2]).toBe(13)
    expect(fibonacci.initiatives[0]?.ratings.anna?.[2]).toBe(1)
  })

  it('leaves the initiatives untouched when only a weight changes', () => {
    const before = scored()
    const after = patchCriterion(before, { id: 'loyalty', patch: { weight: 3 } })
    expect(after.criteria[0]?.weight).toBe(3)
    expect(after.initiatives).toBe(before.initiatives)
  })
})

describe('blind scoring', () => {
  it('marks participants finished once each, and takes it back', () => {
    let project = markFinished(scored(), { participantId: 'anna' })
    project = markFinished(project, { participantId: 'anna' })
    expect(project.prioritisation.finishedParticipantIds).toEqual(['anna'])
    expect(
      markUnfinished(project, { participantId: 'anna' }).prioritisation.finishedParticipantIds,
    ).toEqual([])
  })

  it('reveals and hides the ratings', () => {
    expect(reveal(scored()).prioritisation.isRevealed).toBe(true)
    expect(hide(reveal(scored())).prioritisation.isRevealed).toBe(false)
  })

  it('merges matrix settings and quadrant labels field by field', () => {
    const project = setPrioritisation(scored(), {
      matrix: { quadrantLabels: { quickWins: 'Sofort' } },
    })
    expect(project.prioritisation.matrix).toMatchObject({
      xCriterionId: 'effort',
      quadrantLabels: { quickWins: 'Sofort', majorProjects: '' },
    })
  })
})

describe('re-vote', () => {
  it('keeps the current ratings as an earlier round and starts blind again', () => {
    const before = markFinished(reveal(scored()), { participantId: 'anna' })
    const project = startRevote(before, { initiativeId: 'app' })
    const app = project.initiatives[0]
    expect(app?.ratings).toEqual({})
    expect(app?.earlierRounds).toEqual([{ round: 1, ratings: before.initiatives[0]?.ratings }])
    expect(project.prioritisation).toMatchObject({ isRevealed: false, finishedParticipantIds: [] })
    expect(project.initiatives[1]).toBe(before.initiatives[1])
  })

  it('numbers further rounds and ignores an initiative without ratings', () => {
    let project = startRevote(scored(), { initiativeId: 'app' })
    expect(startRevote(project, { initiativeId: 'app' })).toBe(project)
    project = setRating(project, {
      initiativeId: 'app',
      participantId: 'anna',
      criterionIndex: 0,
      value: 3,
    })
    project = startRevote(project, { initiativeId: 'app' })
    expect(project.initiatives[0]?.earlierRounds.map((r) => r.round)).toEqual([1, 2])
  })
})
