import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  aggregateRatings,
  allowedRatings,
  initiativeWeightedScore,
  patchCriterion,
  rankInitiatives,
  setRating,
  weightPlan,
  weightedScore,
  type Criterion,
  type Project,
} from '../../../../../shared/domain'
import { buildProject, criterion } from './build-project'

/** loyalty (weight 2), vision fit (1), effort (1, a cost): normalised weights 0.5, 0.25, 0.25. */
const criteria = [
  criterion('loyalty', { weight: 2 }),
  criterion('vision-fit'),
  criterion('effort', { direction: 'cost' }),
]

/**
 * app: means 4, 4, 2 -> 0.75, 0.75, 0.75 -> 75; raters' own scores 87.5, 81.25, 56.25.
 * desk: 5, 1, 5 from both -> 1, 0, 0 -> 100 x 0.5 = 50.
 */
const workshop = buildProject({
  criteria,
  participants: ['anna', 'ben', 'cem'],
  initiatives: [
    {
      id: 'app',
      title: 'Loyalty app',
      ratings: { anna: [5, 4, 2], ben: [4, 4, 1], cem: [3, 4, 3] },
    },
    { id: 'desk', title: 'Complaint desk', ratings: { anna: [5, 1, 5], ben: [5, 1, 5] } },
  ],
})

/** The same project with new ratings objects: nothing of an earlier ranking can be reused. */
function withFreshRatings(project: Project): Project {
  return {
    ...project,
    initiatives: project.initiatives.map((i) => ({ ...i, ratings: { ...i.ratings } })),
  }
}

const scores = (project: Project) =>
  rankInitiatives(project).map((row) => [row.initiativeId, row.score])

describe('re-ranking after a change reuses what did not change', () => {
  it('after one changed rating gives the same list as a ranking with nothing reused', () => {
    const before = rankInitiatives(workshop)
    const changed = setRating(workshop, {
      initiativeId: 'app',
      participantId: 'cem',
      criterionId: 'loyalty',
      value: 5,
    })
    const after = rankInitiatives(changed)
    // app: loyalty mean 14/3 -> 11/12 -> 100 x (0.5 x 11/12 + 0.25 x 0.75 + 0.25 x 0.75) = 83.33
    expect(after[0]?.initiativeId).toBe('app')
    expect(after[0]?.score).toBeCloseTo(250 / 3, 9)
    // cem's own score is now 100 x (0.5 x 1 + 0.25 x 0.75 + 0.25 x 0.5) = 81.25
    expect(after[0]?.spread).toMatchObject({ min: 81.25, max: 87.5, count: 3 })
    expect(after[1]).toMatchObject({ initiativeId: 'desk', score: 50 })
    // The untouched initiative's score was not worked out again.
    expect(after[1]?.spread).toBe(before.find((row) => row.initiativeId === 'desk')?.spread)
    expect(after).toEqual(rankInitiatives(withFreshRatings(changed)))
  })

  it('scores again with the new weights after a weight change', () => {
    rankInitiatives(workshop)
    const loyaltyIgnored = patchCriterion(workshop, { id: 'loyalty', patch: { weight: 0 } })
    // weights 0, 0.5, 0.5: app 100 x (0.5 x 0.75 + 0.5 x 0.75) = 75, desk 100 x (0 + 0) = 0
    expect(scores(loyaltyIgnored)).toEqual([
      ['app', 75],
      ['desk', 0],
    ])
    expect(scores(workshop)).toEqual([
      ['app', 75],
      ['desk', 50],
    ])
  })

  it('scores again after a change of direction', () => {
    rankInitiatives(workshop)
    const effortAsBenefit = patchCriterion(workshop, {
      id: 'effort',
      patch: { direction: 'benefit' },
    })
    // desk 100 x (0.5 x 1 + 0 + 0.25 x 1) = 75; app effort 2 -> 0.25: 100 x (0.375 + 0.1875 + 0.0625)
    expect(scores(effortAsBenefit)).toEqual([
      ['desk', 75],
      ['app', 62.5],
    ])
  })

  it('keeps one score per initiative and works it out again for other weights or scales', () => {
    const desk = aggregateRatings({ anna: [5, 1, 5], ben: [5, 1, 5] }, criteria, {
      aggregation: 'mean',
      contestedRange: 3,
    })
    const first = initiativeWeightedScore('desk', desk, weightPlan(criteria))
    expect(first.score).toBe(50)
    expect(initiativeWeightedScore('desk', desk, weightPlan([...criteria]))).toBe(first)
    const loyaltyDoubled = criteria.map((c) => (c.id === 'loyalty' ? { ...c, weight: 4 } : c))
    // weights 4/6, 1/6, 1/6: 100 x 4/6 x 1
    expect(initiativeWeightedScore('desk', desk, weightPlan(loyaltyDoubled)).score).toBeCloseTo(
      200 / 3,
      9,
    )
    const effortOnTen = criteria.map((c) =>
      c.id === 'effort' ? { ...c, scale: '1-10' as const } : c,
    )
    // effort 5 on 1-10 -> 4/9, a cost: 5/9 -> 100 x (0.5 + 0.25 x 5/9)
    expect(initiativeWeightedScore('desk', desk, weightPlan(effortOnTen)).score).toBeCloseTo(
      50 + 125 / 9,
      9,
    )
    const again = initiativeWeightedScore('desk', desk, weightPlan(criteria))
    expect(again).toEqual(first)
    expect(again).toEqual(weightedScore(desk, criteria))
  })
})

type Edit =
  | { kind: 'rating'; initiative: number; participant: number; criterion: number; pick: number }
  | { kind: 'weight'; criterion: number; weight: number }
  | { kind: 'direction'; criterion: number }

const arbitraryEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('rating' as const),
    initiative: fc.nat(5),
    participant: fc.nat(2),
    criterion: fc.nat(2),
    pick: fc.integer({ min: -1, max: 9 }),
  }),
  fc.record({ kind: fc.constant('weight' as const), criterion: fc.nat(2), weight: fc.nat(4) }),
  fc.record({ kind: fc.constant('direction' as const), criterion: fc.nat(2) }),
)

function applyEdit(project: Project, edit: Edit): Project {
  const target = project.criteria[edit.criterion] as Criterion
  if (edit.kind === 'weight') {
    return patchCriterion(project, { id: target.id, patch: { weight: edit.weight } })
  }
  if (edit.kind === 'direction') {
    const direction = target.direction === 'cost' ? 'benefit' : 'cost'
    return patchCriterion(project, { id: target.id, patch: { direction } })
  }
  const allowed = allowedRatings(target.scale)
  return setRating(project, {
    initiativeId: project.initiatives[edit.initiative]?.id ?? '',
    participantId: project.participants[edit.participant]?.id ?? '',
    criterionIndex: edit.criterion,
    value: edit.pick < 0 ? null : (allowed[edit.pick % allowed.length] ?? null),
  })
}

/** Score and spread of one initiative from its ratings, through no memo at all. */
function scoredFromScratch(project: Project, initiativeId: string) {
  const initiative = project.initiatives.find((i) => i.id === initiativeId)
  const participantIds = new Set(project.participants.map((p) => p.id))
  const { criteria, prioritisation } = project
  const aggregate = aggregateRatings(
    initiative?.ratings ?? {},
    criteria,
    prioritisation,
    participantIds,
  )
  const { score, spread } = weightedScore(aggregate, criteria)
  return { score, spread }
}

describe('a sequence of edits', () => {
  it('ranks after every edit exactly as a ranking with nothing reused', () => {
    const start = buildProject({
      criteria: [
        criterion('c0', { weight: 2 }),
        criterion('c1', { scale: '1-10', direction: 'cost' }),
        criterion('c2', { scale: 'fibonacci' }),
      ],
      participants: ['anna', 'ben', 'cem'],
      initiatives: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, title: `Initiative ${id}` })),
    })
    fc.assert(
      fc.property(fc.array(arbitraryEdit, { minLength: 1, maxLength: 30 }), (edits) => {
        let current = withFreshRatings(start)
        rankInitiatives(current)
        for (const edit of edits) {
          current = applyEdit(current, edit)
          const reused = rankInitiatives(current)
          expect(reused.map(({ score, spread }) => ({ score, spread }))).toEqual(
            reused.map(({ initiativeId }) => scoredFromScratch(current, initiativeId)),
          )
          const copy = withFreshRatings(current)
          expect(reused).toEqual(rankInitiatives(copy))
          // Go on from the copy, whose aggregates and scores are now the ones remembered.
          current = copy
        }
      }),
      { numRuns: 100 },
    )
  })
})
