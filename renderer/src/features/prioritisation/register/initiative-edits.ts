import {
  createInitiative,
  insertRow,
  removeRow,
  withInitiative,
  type Initiative,
  type Project,
} from '../../../../../shared/domain'

/** The initiative fields the register and the detail panel edit directly. */
export type InitiativeFields = Partial<
  Pick<
    Initiative,
    'title' | 'description' | 'status' | 'owner' | 'start' | 'end' | 'criticalIssues' | 'estimates'
  >
> & { communication?: Partial<Initiative['communication']> }

/** Changes fields of one initiative; communication is merged field by field. */
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

/** Adds a new, unrated initiative at the end of the register. */
export function addInitiative(
  project: Project,
  { id, title, patch = {} }: { id: string; title: string; patch?: InitiativeFields },
): Project {
  const initiatives = insertRow(project.initiatives, createInitiative(id, title))
  return patchInitiative({ ...project, initiatives }, { id, patch })
}

/** Removes an initiative; a parking-lot idea that became it keeps its text but loses the link. */
export function removeInitiative(project: Project, { id }: { id: string }): Project {
  return {
    ...project,
    initiatives: removeRow(project.initiatives, id),
    parkingLot: project.parkingLot.map((item) =>
      item.initiativeId === id ? { ...item, initiativeId: null } : item,
    ),
  }
}
