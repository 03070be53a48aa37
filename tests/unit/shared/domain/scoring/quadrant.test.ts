import { describe, expect, it } from 'vitest'
import { rankInitiatives, setPrioritisation, type Project } from '../../../../../shared/domain'
import { buildProject, criterion } from './build-project'

/** y: loyalty (impact), x: effort, both 1-5 with the midpoint 3. */
function matrixProject(initiatives: Parameters<typeof buildProject>[0]['initiatives']): Project {
  const project = buildProject({
    criteria: [criterion('loyalty'), criterion('effort', { direction: 'cost' })],
    participants: ['anna', 'ben'],
    initiatives,
  })
  return setPrioritisation(project, {
    framework: 'impact-effort',
    matrix: { xCriterionId: 'effort', yCriterionId: 'loyalty' },
  })
}

describe('impact/effort quadrants', () => {
  it('places each initiative by its impact (y) and effort (x) against the scale midpoint', () => {
    const project = matrixProject([
      { id: 'quick', ratings: { anna: [4, 2], ben: [5, 1] } },
      { id: 'major', ratings: { anna: [4, 4], ben: [5, 5] } },
      { id: 'fill', ratings: { anna: [2, 2], ben: [1, 1] } },
      { id: 'thankless', ratings: { anna: [2, 4], ben: [1, 5] } },
    ])
    const ranked = rankInitiatives(project)
    expect(ranked.map((r) => [r.initiativeId, r.quadrant, r.scoreLabel])).toEqual([
      ['quick', 'quick-wins', 'quick-wins'],
      ['major', 'major-projects', 'major-projects'],
      ['fill', 'fill-ins', 'fill-ins'],
      ['thankless', 'thankless-tasks', 'thankless-tasks'],
    ])
    // quick: impact 4.5 -> 0.875, effort 1.5 -> 0.125: 50 + 50 x 0.75
    expect(ranked[0]?.score).toBe(87.5)
  })

  it('counts a value exactly on the midpoint as high on both axes', () => {
    const project = matrixProject([
      { id: 'middle', ratings: { anna: [3, 3] } },
      { id: 'cheap-middle', ratings: { anna: [3, 2], ben: [3, 3] } },
      { id: 'just-below', ratings: { anna: [3, 2], ben: [2, 2] } },
    ])
    const quadrants = Object.fromEntries(
      rankInitiatives(project).map((r) => [r.initiativeId, r.quadrant]),
    )
    expect(quadrants).toEqual({
      middle: 'major-projects',
      'cheap-middle': 'quick-wins',
      'just-below': 'fill-ins',
    })
  })

  it('splits a 1-10 axis at 5.5 and keeps the two axes separate', () => {
    const base = matrixProject([{ id: 'a', ratings: { anna: [6, 3] } }])
    const project = {
      ...base,
      criteria: [
        criterion('loyalty', { scale: '1-10' as const }),
        criterion('effort', { direction: 'cost' }),
      ],
    }
    // impact 6 >= 5.5 is high; effort 3 >= 3 is high
    expect(rankInitiatives(project)[0]?.quadrant).toBe('major-projects')
    const lower = {
      ...project,
      initiatives: project.initiatives.map((i) => ({ ...i, ratings: { anna: [5, 2] } })),
    }
    expect(rankInitiatives(lower)[0]?.quadrant).toBe('fill-ins')
  })

  it('ranks by quadrant first, then by the score within it', () => {
    const project = matrixProject([
      { id: 'strong-major', ratings: { anna: [5, 3] } },
      { id: 'weak-quick', ratings: { anna: [3, 2] } },
      { id: 'strong-quick', ratings: { anna: [5, 1] } },
    ])
    expect(rankInitiatives(project).map((r) => r.initiativeId)).toEqual([
      'strong-quick',
      'weak-quick',
      'strong-major',
    ])
  })

  it('gives no quadrant when an axis is not chosen or nobody rated it', () => {
    const unrated = matrixProject([{ id: 'a', ratings: { anna: [4, null] } }])
    expect(rankInitiatives(unrated)[0]).toMatchObject({
      quadrant: null,
      score: null,
      reason: 'unrated',
    })
    expect(rankInitiatives(unrated)[0]?.missingCount).toBe(3)
    const noAxis = setPrioritisation(unrated, { matrix: { xCriterionId: null } })
    expect(rankInitiatives(noAxis)[0]).toMatchObject({ quadrant: null, reason: 'no-axes' })
  })

  it('reports the quadrant under other frameworks too, for grouping the register', () => {
    const project = matrixProject([{ id: 'a', ratings: { anna: [5, 1] } }])
    expect(rankInitiatives(project, 'weighted')[0]?.quadrant).toBe('quick-wins')
  })
})
