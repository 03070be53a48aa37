import { createInitiative } from './factory'
import { withInitiative } from './prioritisation-updaters'
import { insertRow, removeRow } from './rows'
import type { Initiative } from './schema/prioritisation'
import type { Project } from './schema/project'

/** The fields of an initiative edited directly in the register and its detail panel. */
export type InitiativeFields = Partial<
  Pick<
    Initiative,
    'title' | 'description' | 'status' | 'owner' | 'start' | 'end' | 'criticalIssues' | 'estimates'
  >
> & { communication?: Partial<Initiative['communication']> }

/** Changes fields of one initiative; the communication plan is merged field by field. */
export function patchInitiative(
  project: Project,
  { id, patch }: { id: string; patch: InitiativeFields },
): Project {
  const { communication, ...own } = patch
  return withInitiative(project, id, (initiative) => ({
    ...initiative,
    ...own,
    communication: { ...initiative.communication, ...communication },
  }))
}

/** Appends a new, unrated initiative with the id the caller made and the given fields. */
export function addInitiative(
  project: Project,
  { id, title, patch = {} }: { id: string; title: string; patch?: InitiativeFields },
): Project {
  const initiatives = insertRow(project.initiatives, createInitiative(id, title))
  return patchInitiative({ ...project, initiatives }, { id, patch })
}

/**
 * Removes an initiative with its ratings. A parking-lot idea that became it keeps its text and
 * triage but no longer points to it, so that no dangling reference stays in the file.
 */
export function removeInitiative(project: Project, { id }: { id: string }): Project {
  if (!project.initiatives.some((initiative) => initiative.id === id)) return project
  return {
    ...project,
    initiatives: removeRow(project.initiatives, id),
    parkingLot: project.parkingLot.map((item) =>
      item.initiativeId === id ? { ...item, initiativeId: null } : item,
    ),
  }
}
