import { describe, expect, it } from 'vitest'
import {
  addParticipant,
  createInitiative,
  createProject,
  removeParticipant,
  setAnswer,
  setStepStatus,
  type Project,
} from '../../../../shared/domain'

const base = () => createProject({ language: 'en', title: 'Workshop', date: '2026-11-23' })

function withTwoRaters(): Project {
  let project = addParticipant(base(), { id: 'ann', name: 'Ann', role: 'CEO' })
  project = addParticipant(project, { id: 'bob', name: 'Bob', role: 'CFO' })
  const row = project.criteria.map(() => 3)
  const initiative = {
    ...createInitiative('i1', 'Welcome call'),
    ratings: { ann: row, bob: row },
    earlierRounds: [{ round: 1, ratings: { ann: row, bob: row } }],
  }
  return {
    ...project,
    initiatives: [initiative],
    steps: {
      ...project.steps,
      culture: {
        ...project.steps.culture,
        ratings: { ann: { mistakes: 2 }, bob: { mistakes: 4 } },
      },
    },
    prioritisation: { ...project.prioritisation, finishedParticipantIds: ['ann', 'bob'] },
  }
}

describe('editing a project', () => {
  it('answering a question of a step not yet started puts the step in progress', () => {
    const project = setAnswer(base(), {
      step: 'vision',
      question: 'backed',
      text: 'Yes, the board signed it.',
    })
    expect(project.steps.vision.answers.backed).toBe('Yes, the board signed it.')
    expect(project.steps.vision.status).toBe('in-progress')
  })

  it('a blank answer leaves the step not started, and a finished step stays done', () => {
    expect(
      setAnswer(base(), { step: 'culture', question: 'mistakes', text: '   ' }).steps.culture
        .status,
    ).toBe('not-started')
    const done = setStepStatus(base(), { step: 'segments', status: 'done' })
    expect(
      setAnswer(done, { step: 'segments', question: 'alike', text: 'Very' }).steps.segments.status,
    ).toBe('done')
  })

  it('leaves the original project untouched, so undo can return to it', () => {
    const before = base()
    setAnswer(before, { step: 'vision', question: 'backed', text: 'changed' })
    expect(before.steps.vision.answers).toEqual({})
  })

  it('removing a participant removes all their ratings, in every round, and their culture scores', () => {
    const project = removeParticipant(withTwoRaters(), { id: 'bob' })
    const initiative = project.initiatives[0]
    expect(project.participants.map((p) => p.id)).toEqual(['ann'])
    expect(Object.keys(initiative?.ratings ?? {})).toEqual(['ann'])
    expect(Object.keys(initiative?.earlierRounds[0]?.ratings ?? {})).toEqual(['ann'])
    expect(Object.keys(project.steps.culture.ratings)).toEqual(['ann'])
    expect(project.prioritisation.finishedParticipantIds).toEqual(['ann'])
  })
})
