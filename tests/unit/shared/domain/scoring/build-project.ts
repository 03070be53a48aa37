import {
  createInitiative,
  createProject,
  type Criterion,
  type Estimates,
  type Initiative,
  type Project,
  type RatingRow,
} from '../../../../../shared/domain'

/** A criterion on 1-5 with weight 1, as a facilitator would add it. */
export function criterion(id: string, patch: Partial<Criterion> = {}): Criterion {
  return { id, name: id, description: '', weight: 1, direction: 'benefit', scale: '1-5', ...patch }
}

export interface InitiativeSpec {
  readonly id: string
  readonly title?: string
  readonly ratings?: Record<string, RatingRow>
  readonly estimates?: Partial<Estimates>
}

/** A project with the given criteria, participants and initiatives, and default settings. */
export function buildProject({
  criteria,
  participants = [],
  initiatives,
}: {
  criteria: Criterion[]
  participants?: string[]
  initiatives: InitiativeSpec[]
}): Project {
  const project = createProject({ language: 'en', title: 'Test', date: '2026-01-05' })
  const toInitiative = (spec: InitiativeSpec): Initiative => {
    const base = createInitiative(spec.id, spec.title ?? spec.id)
    return {
      ...base,
      ratings: spec.ratings ?? {},
      estimates: { ...base.estimates, ...spec.estimates },
    }
  }
  return {
    ...project,
    criteria,
    participants: participants.map((id) => ({ id, name: id, role: '' })),
    initiatives: initiatives.map(toInitiative),
    prioritisation: {
      ...project.prioritisation,
      matrix: {
        ...project.prioritisation.matrix,
        xCriterionId: null,
        yCriterionId: null,
        sizeCriterionId: null,
      },
    },
  }
}
