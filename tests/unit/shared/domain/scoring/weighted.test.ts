import { describe, expect, it } from 'vitest'
import { rankInitiatives } from '../../../../../shared/domain'
import { buildProject, criterion } from './build-project'

/** loyalty (weight 2), vision fit (1), effort (1, a cost): normalised weights 0.5, 0.25, 0.25. */
const criteria = [
  criterion('loyalty', { weight: 2 }),
  criterion('vision-fit'),
  criterion('effort', { direction: 'cost' }),
]

describe('weighted scoring', () => {
  it('sums normalised weight x normalised rating, with cost criteria inverted, on 0-100', () => {
    const project = buildProject({
      criteria,
      participants: ['anna', 'ben', 'cem'],
      initiatives: [{ id: 'app', ratings: { anna: [5, 4, 2], ben: [4, 4, 1], cem: [3, 4, 3] } }],
    })
    const [app] = rankInitiatives(project, 'weighted')
    // means 4, 4, 2 -> 0.75, 0.75, cost: 1 - 0.25 = 0.75 -> 100 x (0.5 x 0.75 + 0.25 x 0.75 + 0.25 x 0.75)
    expect(app?.score).toBeCloseTo(75, 9)
    expect(app?.scoreLabel).toBe('75.0')
    // the raters' own scores: anna 87.5, ben 81.25, cem 56.25
    expect(app?.spread).toMatchObject({ min: 56.25, max: 87.5, range: 31.25, count: 3 })
    expect(app?.spread?.mean).toBeCloseTo(75, 9)
    // deviations 12.5, 6.25, -18.75 -> variance 546.875 / 3
    expect(app?.spread?.sd).toBeCloseTo(Math.sqrt(546.875 / 3), 9)
    expect(app?.missingCount).toBe(0)
  })

  it('counts a cost criterion rated 1 as the best and 5 as the worst', () => {
    const project = buildProject({
      criteria: [criterion('effort', { direction: 'cost' })],
      initiatives: [
        { id: 'cheap', ratings: { anna: [1] } },
        { id: 'dear', ratings: { anna: [5] } },
      ],
    })
    const ranked = rankInitiatives(project, 'weighted')
    expect(ranked.map((r) => [r.initiativeId, r.score])).toEqual([
      ['cheap', 100],
      ['dear', 0],
    ])
  })

  it('with one rater scores exactly that rater and shows no spread', () => {
    const project = buildProject({
      criteria,
      participants: ['anna', 'ben'],
      initiatives: [{ id: 'app', ratings: { anna: [5, 3, 5] } }],
    })
    const [app] = rankInitiatives(project, 'weighted')
    // 100 x (0.5 x 1 + 0.25 x 0.5 + 0.25 x 0) = 62.5
    expect(app?.score).toBe(62.5)
    expect(app?.spread).toMatchObject({ sd: 0, range: 0, count: 1 })
    // ben has rated nothing: 3 ratings missing
    expect(app?.missingCount).toBe(3)
    expect(app?.isContested).toBe(false)
  })

  it("skips a missing rating and lets the group stand in for it in that rater's own score", () => {
    const project = buildProject({
      criteria,
      participants: ['anna', 'ben'],
      initiatives: [{ id: 'app', ratings: { anna: [5, 5, 1], ben: [3, null, 1] } }],
    })
    const [app] = rankInitiatives(project, 'weighted')
    // loyalty mean 4 -> 0.75, vision fit 5 (anna only) -> 1, effort 1 -> 1
    // 100 x (0.375 + 0.25 + 0.25) = 87.5
    expect(app?.score).toBe(87.5)
    // anna 100, ben 100 x (0.5 x 0.5 + 0.25 x 1 + 0.25 x 1) = 75
    expect(app?.spread).toMatchObject({ min: 75, max: 100 })
    expect(app?.missingCount).toBe(1)
    expect(app?.unscoredCriterionIds).toEqual([])
  })

  it('lets a criterion nobody scored add nothing and flags it', () => {
    const project = buildProject({
      criteria,
      participants: ['anna'],
      initiatives: [{ id: 'app', ratings: { anna: [5, null, 1] } }],
    })
    const [app] = rankInitiatives(project, 'weighted')
    // 100 x (0.5 x 1 + 0.25 x 0 + 0.25 x 1) = 75
    expect(app?.score).toBe(75)
    expect(app?.unscoredCriterionIds).toEqual(['vision-fit'])
    expect(app?.missingCount).toBe(1)
  })

  it('gives all-equal ratings a score without spread', () => {
    const project = buildProject({
      criteria,
      participants: ['anna', 'ben', 'cem'],
      initiatives: [{ id: 'app', ratings: { anna: [3, 3, 3], ben: [3, 3, 3], cem: [3, 3, 3] } }],
    })
    const [app] = rankInitiatives(project, 'weighted')
    expect(app?.score).toBe(50)
    expect(app?.spread).toMatchObject({ sd: 0, min: 50, max: 50 })
    expect(app?.isContested).toBe(false)
  })

  it('has no score, with the reason "no-weights", when every weight is zero', () => {
    const project = buildProject({
      criteria: criteria.map((c) => ({ ...c, weight: 0 })),
      initiatives: [
        { id: 'b', title: 'Beta', ratings: { anna: [5, 5, 1] } },
        { id: 'a', title: 'Alpha', ratings: { anna: [1, 1, 5] } },
      ],
    })
    const ranked = rankInitiatives(project, 'weighted')
    expect(ranked.map((r) => [r.title, r.score, r.reason, r.scoreLabel, r.rank])).toEqual([
      ['Alpha', null, 'no-weights', '–', 1],
      ['Beta', null, 'no-weights', '–', 2],
    ])
  })

  it('has no score, with the reason "unrated", for an initiative nobody rated', () => {
    const project = buildProject({
      criteria,
      participants: ['anna'],
      initiatives: [
        { id: 'empty', title: 'Aardvark' },
        { id: 'rated', title: 'Zebra', ratings: { anna: [1, 1, 5] } },
      ],
    })
    const ranked = rankInitiatives(project, 'weighted')
    expect(ranked.map((r) => [r.initiativeId, r.score, r.reason])).toEqual([
      ['rated', 0, undefined],
      ['empty', null, 'unrated'],
    ])
    expect(ranked[1]?.missingCount).toBe(3)
  })

  it('has no score without criteria', () => {
    const project = buildProject({ criteria: [], initiatives: [{ id: 'a' }] })
    expect(rankInitiatives(project, 'weighted')[0]).toMatchObject({
      score: null,
      reason: 'no-criteria',
    })
  })
})
