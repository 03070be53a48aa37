import { readFileSync } from 'node:fs'
import type { ParkingLotItem, Project } from '../../../shared/domain'
import { loadProjectFile } from '../../../shared/project-file'

const REVISION_TITLE = /^rev (\d+)$/

/** Reads an example project; the kill test saves changing versions of it. */
export function loadExample(path: string): Project {
  const loaded = loadProjectFile(readFileSync(path))
  if (!loaded.ok) throw new Error(`${path}: ${loaded.error.message}`)
  return loaded.project
}

/**
 * Revision `n` of a project: the title says `rev n`, and the parking lot and one long answer
 * change length with n, so that a half-written file can never pass for a whole one.
 */
export function projectAtRevision(base: Project, revision: number): Project {
  const notes: ParkingLotItem[] = Array.from({ length: revision % 17 }, (_, i) => ({
    id: `rev-${revision}-${i}`,
    text: `Revision ${revision}, Notiz ${i}: „Größe“ ${'ä'.repeat((revision * 7 + i) % 50)}`,
    stepId: null,
    triage: 'open',
    initiativeId: null,
  }))
  const vision = base.steps.vision
  const padding = 'Ü'.repeat((revision * 997) % 20_000)
  return {
    ...base,
    meta: { ...base.meta, title: `rev ${revision}` },
    steps: {
      ...base.steps,
      vision: { ...vision, answers: { ...vision.answers, kill: `rev ${revision} ${padding}` } },
    },
    parkingLot: [...base.parkingLot, ...notes],
  }
}

/** The revision a project was saved as, or null for a project that is not one of ours. */
export function revisionOf(project: Project): number | null {
  const match = REVISION_TITLE.exec(project.meta.title)
  return match === null ? null : Number(match[1])
}
