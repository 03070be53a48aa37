import type { Project } from '../../../../shared/domain'

/** How many parking-lot ideas still wait for triage. */
export function openIdeas(project: Project): number {
  return project.parkingLot.filter((item) => item.triage === 'open').length
}
