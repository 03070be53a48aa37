import { describe, expect, it } from 'vitest'
import { movement, setRating, startRevote } from '../../../../../shared/domain'
import { buildProject, criterion } from './build-project'

describe('re-vote movement', () => {
  const project = buildProject({
    criteria: [criterion('loyalty'), criterion('effort', { direction: 'cost' })],
    participants: ['anna', 'ben'],
    initiatives: [{ id: 'app', ratings: { anna: [1, 2], ben: [5, 2] } }],
  })

  it('has no movement before a re-vote', () => {
    expect(movement(project, 'app')).toBeNull()
  })

  it('compares the last round with the new ratings', () => {
    let revoted = startRevote(project, { initiativeId: 'app' })
    for (const [participantId, values] of [
      ['anna', [4, 2]],
      ['ben', [5, 3]],
    ] as const) {
      values.forEach((value, criterionIndex) => {
        revoted = setRating(revoted, { initiativeId: 'app', participantId, criterionIndex, value })
      })
    }
    const moved = movement(revoted, 'app')
    // loyalty 1 and 5 (mean 3, range 4, contested) -> 4 and 5 (mean 4.5, range 1)
    expect(moved).toMatchObject({ round: 1, wasContested: true, isContested: false })
    expect(moved?.criteria[0]).toMatchObject({ delta: 1.5, rangeDelta: -3 })
    expect(moved?.criteria[1]).toMatchObject({ delta: 0.5, rangeDelta: 1 })
    // weights 0.5 / 0.5: before 100 x (0.5 x 0.5 + 0.5 x 0.75) = 62.5;
    // after 100 x (0.5 x 0.875 + 0.5 x (1 - 1.5 / 4)) = 75
    expect(moved?.scoreBefore).toBe(62.5)
    expect(moved?.scoreAfter).toBe(75)
  })
})
