import {
  crossCheck,
  rankInitiatives,
  weightSensitivity,
  type CrossCheckRow,
  type Framework,
  type Project,
  type RankedInitiative,
  type SensitivityResult,
} from '../../../../../shared/domain'
import { useProject } from '../../../state/project-store'

/**
 * Remembers the last result of a derivation from the parts of the project that scoring reads.
 * Updaters keep the identity of untouched parts, so typing in a worksheet never re-ranks, and
 * every view that shows the ranking shares one computation.
 */
function lastOf<R>(compute: (project: Project) => R): (project: Project) => R {
  let lastParts: readonly unknown[] | null = null
  let last: R | undefined
  return (project) => {
    const parts = [
      project.initiatives,
      project.criteria,
      project.prioritisation,
      project.participants,
      project.meta.language,
    ]
    if (lastParts?.every((part, i) => part === parts[i]) && last !== undefined) return last
    last = compute(project)
    lastParts = parts
    return last
  }
}

const rankedByFramework = new Map<Framework, (project: Project) => RankedInitiative[]>()

/** The ranked list under a framework (default: the project's), shared by every view. */
export function rankedOf(project: Project, framework?: Framework): RankedInitiative[] {
  const chosen = framework ?? project.prioritisation.framework
  let derive = rankedByFramework.get(chosen)
  if (!derive) {
    derive = lastOf((p) => rankInitiatives(p, chosen))
    rankedByFramework.set(chosen, derive)
  }
  return derive(project)
}

const crossCheckOf = lastOf(crossCheck)
const sensitivityOf = lastOf((project) => weightSensitivity(project))

/** The ranked list of the open project under its framework. */
export function useRanking(framework?: Framework): RankedInitiative[] {
  return rankedOf(useProject(), framework)
}

/** Ranks under every framework side by side. */
export function useCrossCheck(): CrossCheckRow[] {
  return crossCheckOf(useProject())
}

/** How far each weight may move before the top ranks change; null when every weight is 0. */
export function useSensitivity(): SensitivityResult | null {
  return sensitivityOf(useProject())
}
