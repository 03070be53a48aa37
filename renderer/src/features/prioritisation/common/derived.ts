import { useDeferredValue } from 'react'
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

/**
 * The open project as the ranking views show it. While edits come quickly, such as a weight
 * being dragged, React draws the control that changed first and these views after it, skipping
 * the states it has no time for: at portfolio scale they take tens of milliseconds to derive.
 */
function useDeferredProject(): Project {
  return useDeferredValue(useProject())
}

/** The ranked list of the open project under its framework, drawn after urgent edits. */
export function useRanking(framework?: Framework): RankedInitiative[] {
  return rankedOf(useDeferredProject(), framework)
}

/** Ranks under every framework side by side, drawn after urgent edits. */
export function useCrossCheck(): CrossCheckRow[] {
  return crossCheckOf(useDeferredProject())
}

/**
 * How far each weight may move before the top ranks change, drawn after urgent edits; null when
 * every weight is 0.
 */
export function useSensitivity(): SensitivityResult | null {
  return sensitivityOf(useDeferredProject())
}
