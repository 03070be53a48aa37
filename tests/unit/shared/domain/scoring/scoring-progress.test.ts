import { describe, expect, it } from 'vitest'
import { isParticipantFinished, scoringProgress } from '../../../../../shared/domain'
import { buildProject, criterion } from './build-project'

describe('who has finished scoring', () => {
  const project = buildProject({
    criteria: [criterion('loyalty'), criterion('effort')],
    participants: ['anna', 'ben', 'cem'],
    initiatives: [
      { id: 'app', ratings: { anna: [4, 2], ben: [3, null] } },
      { id: 'desk', ratings: { anna: [1, 5], ben: [2, 2] } },
    ],
  })

  it('counts a participant finished once every criterion of every initiative is rated', () => {
    expect(isParticipantFinished(project, 'anna')).toBe(true)
    expect(isParticipantFinished(project, 'ben')).toBe(false)
    expect(isParticipantFinished(project, 'cem')).toBe(false)
  })

  it('shows how far each participant has got', () => {
    expect(scoringProgress(project, 'ben')).toEqual({ rated: 3, total: 4 })
    expect(scoringProgress(project, 'cem')).toEqual({ rated: 0, total: 4 })
  })

  it('never calls anyone finished while there is nothing to rate', () => {
    const empty = buildProject({
      criteria: [criterion('loyalty')],
      participants: ['anna'],
      initiatives: [],
    })
    expect(isParticipantFinished(empty, 'anna')).toBe(false)
  })
})
