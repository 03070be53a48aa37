import {
  aggregateInitiative,
  aggregationKey,
  type Initiative,
  type InitiativeAggregate,
  type Project,
} from '../../../../../shared/domain'

/**
 * The aggregate of each initiative under the project's settings, computed by the shared scoring
 * code (which remembers them per initiative, so the views share the work with the ranking).
 */
export function aggregatorOf(project: Project): (initiative: Initiative) => InitiativeAggregate {
  const participantIds = new Set(project.participants.map((participant) => participant.id))
  const { criteria, prioritisation } = project
  const key = aggregationKey(criteria, prioritisation, participantIds)
  return (initiative) =>
    aggregateInitiative(initiative, criteria, prioritisation, participantIds, key)
}
