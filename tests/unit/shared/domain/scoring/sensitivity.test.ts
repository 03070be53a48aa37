import { describe, expect, it } from 'vitest'
import {
  patchCriterion,
  rankInitiatives,
  weightSensitivity,
  type Project,
} from '../../../../../shared/domain'
import { buildProject, criterion } from './build-project'

/**
 * Two benefit criteria of weight 1, one rater. Normalised ratings (c1, c2) and the sum w1 r1 + w2 r2:
 * A (1, .5) 1.5 | B (.25, 1) 1.25 | C (.5, .5) 1.0 | D (0, .75) .75 | E (.25, .25) .5
 */
const project = buildProject({
  criteria: [criterion('c1'), criterion('c2')],
  participants: ['anna'],
  initiatives: [
    { id: 'A', ratings: { anna: [5, 3] } },
    { id: 'B', ratings: { anna: [2, 5] } },
    { id: 'C', ratings: { anna: [3, 3] } },
    { id: 'D', ratings: { anna: [1, 4] } },
    { id: 'E', ratings: { anna: [2, 2] } },
  ],
})

const top3 = (p: Project): string[] =>
  rankInitiatives(p, 'weighted')
    .slice(0, 3)
    .map((r) => r.initiativeId)
const withWeight = (id: string, weight: number): Project =>
  patchCriterion(project, { id, patch: { weight } })

describe('weight sensitivity', () => {
  it('finds how far each weight may move before the top three change', () => {
    const result = weightSensitivity(project)
    expect(result?.topInitiativeIds).toEqual(['A', 'B', 'C'])
    // c1 down: A and B tie when 1.5 - 0.75 d = 1.25 -> d = 1/3; up: B and C tie when 0.25 = 0.25 u -> u = 1
    // c2 down: B and C tie when 0.25 = 0.5 d -> d = 0.5; up: A and B tie when 0.25 = 0.5 u -> u = 0.5
    const [c1, c2] = result?.criteria ?? []
    expect(c1?.down).toBeCloseTo(1 / 3, 12)
    expect(c1?.up).toBeCloseTo(1, 12)
    expect(c2?.down).toBeCloseTo(0.5, 12)
    expect(c2?.up).toBeCloseTo(0.5, 12)
  })

  it('agrees with re-ranking just inside and just outside each limit', () => {
    const cases = (weightSensitivity(project)?.criteria ?? []).flatMap(
      ({ criterionId: id, weight, down, up }) => [
        { id, inside: weight - (down ?? NaN) + 0.01, outside: weight - (down ?? NaN) - 0.01 },
        { id, inside: weight + (up ?? NaN) - 0.01, outside: weight + (up ?? NaN) + 0.01 },
      ],
    )
    expect(cases).toHaveLength(4)
    expect(cases.every(({ inside }) => Number.isFinite(inside))).toBe(true)
    for (const { id, inside, outside } of cases) {
      expect(top3(withWeight(id, inside))).toEqual(['A', 'B', 'C'])
      expect(top3(withWeight(id, outside))).not.toEqual(['A', 'B', 'C'])
    }
  })

  it('reports a weight as stable when no move within 0..1000 changes the top', () => {
    const clear = buildProject({
      criteria: [criterion('c1'), criterion('c2')],
      initiatives: [
        { id: 'best', ratings: { anna: [5, 5] } },
        { id: 'worst', ratings: { anna: [1, 1] } },
      ],
    })
    expect(weightSensitivity(clear)?.criteria).toEqual([
      { criterionId: 'c1', weight: 1, down: null, up: null },
      { criterionId: 'c2', weight: 1, down: null, up: null },
    ])
  })

  it('counts a weight falling to zero as the end when it is the only weight', () => {
    const single = buildProject({
      criteria: [criterion('c1', { weight: 2 }), criterion('c2', { weight: 0 })],
      initiatives: [
        { id: 'best', ratings: { anna: [5, 1] } },
        { id: 'worst', ratings: { anna: [1, 5] } },
      ],
    })
    const [c1, c2] = weightSensitivity(single)?.criteria ?? []
    // at c1 = 0 no weight is left, so no score at all
    expect(c1).toMatchObject({ down: 2, up: null })
    // raising c2 from 0: best 2 x 1 + w x 0 ties worst 2 x 0 + w x 1 at w = 2
    expect(c2).toMatchObject({ down: null, up: 2 })
  })

  it('shows zero room for a tie broken only by title', () => {
    const tied = buildProject({
      criteria: [criterion('c1'), criterion('c2')],
      initiatives: [
        { id: 'x', title: 'Alpha', ratings: { anna: [5, 1] } },
        { id: 'y', title: 'Beta', ratings: { anna: [1, 5] } },
      ],
    })
    const [c1, c2] = weightSensitivity(tied)?.criteria ?? []
    // Alpha leads by title; any less weight on c1 (or more on c2) puts Beta first
    expect(c1).toMatchObject({ down: 0, up: null })
    expect(c2).toMatchObject({ down: null, up: 0 })
  })

  it('has nothing to say when every weight is zero', () => {
    const none = { ...project, criteria: project.criteria.map((c) => ({ ...c, weight: 0 })) }
    expect(weightSensitivity(none)).toBeNull()
  })
})
