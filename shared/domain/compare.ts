import { STEP_IDS } from './schema/common'
import type { Project } from './schema/project'

export interface Difference {
  /** What differs, e.g. `meta.title`, `steps.vision.answers.backed`, `initiatives`. */
  readonly where: string
  readonly mine: string
  readonly theirs: string
}

const META_FIELDS = ['title', 'organisation', 'facilitator', 'date', 'language'] as const

/**
 * The differences a facilitator cares about after a conflict: meta data, answers, vision
 * statement and the initiatives' titles. Structured rows are compared by count only.
 */
export function compareProjects(mine: Project, theirs: Project): Difference[] {
  const differences: Difference[] = []
  const add = (where: string, a: string, b: string) => {
    if (a !== b) differences.push({ where, mine: a, theirs: b })
  }
  for (const field of META_FIELDS) add(`meta.${field}`, mine.meta[field], theirs.meta[field])
  add('steps.vision.statement', mine.steps.vision.statement, theirs.steps.vision.statement)
  for (const step of STEP_IDS) {
    const questions = new Set([
      ...Object.keys(mine.steps[step].answers),
      ...Object.keys(theirs.steps[step].answers),
    ])
    for (const question of questions) {
      add(
        `steps.${step}.answers.${question}`,
        mine.steps[step].answers[question] ?? '',
        theirs.steps[step].answers[question] ?? '',
      )
    }
  }
  const titles = (project: Project) =>
    project.initiatives.map((initiative) => initiative.title).join('\n')
  add('initiatives', titles(mine), titles(theirs))
  add(
    'participants',
    mine.participants.map((p) => p.name).join(', '),
    theirs.participants.map((p) => p.name).join(', '),
  )
  return differences
}
