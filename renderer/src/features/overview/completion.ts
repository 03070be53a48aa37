import { stepDefinition, type Project, type StepId } from '../../../../shared/domain'

/** How many of a step's guiding questions have a non-empty answer. */
export function answeredCount(project: Project, step: StepId): number {
  const answers = project.steps[step].answers
  return stepDefinition(step).questions.filter(
    (question) => (answers[question.id] ?? '').trim() !== '',
  ).length
}

/** The structured parts of a step that are still empty, as i18n keys of the 'overview' namespace. */
export function emptyParts(project: Project, step: StepId): string[] {
  const s = project.steps
  const checks: Record<StepId, readonly [string, boolean][]> = {
    vision: [
      ['statement', s.vision.statement.trim() === ''],
      ['stakeholders', s.vision.stakeholders.length === 0],
      ['assumptions', s.vision.assumptions.length === 0],
      ['communications', s.vision.communications.length === 0],
    ],
    segments: [['segments', s.segments.segments.length === 0]],
    services: [
      ['needs', s.services.needs.length === 0],
      ['services', s.services.services.length === 0],
    ],
    advantage: [
      ['competitors', s.advantage.competitors.length === 0],
      ['attributes', s.advantage.attributes.length === 0],
      ['returnReasons', s.advantage.returnReasons.length === 0],
    ],
    capabilities: [['capabilities', s.capabilities.capabilities.length === 0]],
    culture: [
      ['cultureRatings', Object.keys(s.culture.ratings).length === 0],
      ['careActions', s.culture.careActions.length === 0],
    ],
    execution: [['initiatives', project.initiatives.length === 0]],
  }
  return checks[step].filter(([, isEmpty]) => isEmpty).map(([part]) => part)
}
