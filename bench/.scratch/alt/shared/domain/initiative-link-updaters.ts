import type { InitiativeLink } from './schema/prioritisation'
import type { Project } from './schema/project'
import { LIMITS } from './schema/common'
import { createInitiative } from './factory'
import { withInitiative } from './prioritisation-updaters'

/** Links an initiative to what it serves in steps 1-6; linking twice changes nothing. */
export function linkInitiative(
  project: Project,
  { initiativeId, link }: { initiativeId: string; link: InitiativeLink },
): Project {
  const initiative = project.initiatives.find((candidate) => candidate.id === initiativeId)
  if (!initiative || initiative.links.some((l) => l.kind === link.kind && l.id === link.id)) {
    return project
  }
  return withInitiative(project, initiativeId, (current) => ({
    ...current,
    links: [...current.links, { kind: link.kind, id: link.id }],
  }))
}

/** Removes one link of an initiative. */
export function unlinkInitiative(
  project: Project,
  { initiativeId, link }: { initiativeId: string; link: InitiativeLink },
): Project {
  return withInitiative(project, initiativeId, (current) => ({
    ...current,
    links: current.links.filter((l) => l.kind !== link.kind || l.id !== link.id),
  }))
}

/** The first line of a parking-lot text, as long as a title may be. */
function titleFrom(text: string): string {
  const firstLine = text.trim().split('\n', 1)[0] ?? ''
  return firstLine.trim().slice(0, LIMITS.shortText)
}

/**
 * Triages a parking-lot item as "becomes an initiative": creates the initiative `initiativeId`
 * from the item's text (first line as title, whole text as description), or links the item to
 * that initiative if it exists already. Unknown items change nothing.
 */
export function promoteParkingLotItem(
  project: Project,
  { itemId, initiativeId }: { itemId: string; initiativeId: string },
): Project {
  const item = project.parkingLot.find((candidate) => candidate.id === itemId)
  if (!item) return project
  const exists = project.initiatives.some((initiative) => initiative.id === initiativeId)
  const initiatives = exists
    ? project.initiatives
    : [
        ...project.initiatives,
        { ...createInitiative(initiativeId, titleFrom(item.text)), description: item.text },
      ]
  return {
    ...project,
    initiatives,
    parkingLot: project.parkingLot.map((candidate) =>
      candidate.id === itemId
        ? { ...candidate, triage: 'initiative' as const, initiativeId }
        : candidate,
    ),
  }
}
