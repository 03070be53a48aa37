import type { StepId, StepStatus } from './schema/common'
import type { Meta, Participant, Project } from './schema/project'
import type { Steps } from './schema/steps'
import { insertRow, patchRow, removeRow } from './rows'

/**
 * Pure updaters: each takes the project and one input object and returns a new project.
 * The renderer dispatches them, which gives undo and redo for free.
 */

/** Changes fields of the project's meta data (title, organisation, ...). */
export function setMeta(project: Project, patch: Partial<Meta>): Project {
  return { ...project, meta: { ...project.meta, ...patch } }
}

/** Replaces one step's worksheet with the result of `change`. */
export function updateStep<K extends StepId>(
  project: Project,
  step: K,
  change: (worksheet: Steps[K]) => Steps[K],
): Project {
  return { ...project, steps: { ...project.steps, [step]: change(project.steps[step]) } }
}

/**
 * Sets the answer to one guiding question. A step that was not started moves to
 * "in progress" once it has an answer.
 */
export function setAnswer(
  project: Project,
  { step, question, text }: { step: StepId; question: string; text: string },
): Project {
  return updateStep(project, step, (worksheet) => ({
    ...worksheet,
    status: worksheet.status === 'not-started' && text.trim() ? 'in-progress' : worksheet.status,
    answers: { ...worksheet.answers, [question]: text },
  }))
}

/** Sets a step's status. */
export function setStepStatus(
  project: Project,
  { step, status }: { step: StepId; status: StepStatus },
): Project {
  return updateStep(project, step, (worksheet) => ({ ...worksheet, status }))
}

/** Adds a participant. */
export function addParticipant(project: Project, participant: Participant): Project {
  return { ...project, participants: insertRow(project.participants, participant) }
}

/** Renames a participant or changes their role. */
export function patchParticipant(
  project: Project,
  { id, patch }: { id: string; patch: Partial<Omit<Participant, 'id'>> },
): Project {
  return { ...project, participants: patchRow(project.participants, id, patch) }
}

/** Removes a participant together with their ratings, so that no orphaned score remains. */
export function removeParticipant(project: Project, { id }: { id: string }): Project {
  const withoutRater = <T extends Record<string, unknown>>(record: T): T => {
    const rest = { ...record }
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- removing one rater's key is the point
    delete rest[id]
    return rest
  }
  return {
    ...project,
    participants: removeRow(project.participants, id),
    initiatives: project.initiatives.map((initiative) => ({
      ...initiative,
      ratings: withoutRater(initiative.ratings),
      earlierRounds: initiative.earlierRounds.map((round) => ({
        ...round,
        ratings: withoutRater(round.ratings),
      })),
    })),
    steps: {
      ...project.steps,
      culture: { ...project.steps.culture, ratings: withoutRater(project.steps.culture.ratings) },
    },
    prioritisation: {
      ...project.prioritisation,
      finishedParticipantIds: project.prioritisation.finishedParticipantIds.filter((p) => p !== id),
    },
  }
}
