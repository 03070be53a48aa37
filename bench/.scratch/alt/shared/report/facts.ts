import type { Initiative, Project } from '../domain'
import {
  coverageGaps,
  movement,
  rankInitiatives,
  type CoverageGaps,
  type Movement,
  type RankedInitiative,
} from '../domain/scoring'

/** One ranked initiative with its register entry and, if it was re-voted, how it moved. */
export interface RankedEntry {
  readonly ranked: RankedInitiative
  readonly initiative: Initiative
  readonly movement: Movement | null
}

/** What the report derives from the project once, with the domain's own scoring and metrics. */
export interface ReportFacts {
  /** Every initiative in rank order under the project's framework. */
  readonly ranking: readonly RankedEntry[]
  readonly coverage: CoverageGaps
}

/** Ranks the initiatives and finds coverage gaps; the report never scores on its own. */
export function reportFacts(project: Project): ReportFacts {
  const byId = new Map(project.initiatives.map((initiative) => [initiative.id, initiative]))
  const ranking = rankInitiatives(project).flatMap((ranked): RankedEntry[] => {
    const initiative = byId.get(ranked.initiativeId)
    if (!initiative) return []
    const moved = initiative.earlierRounds.length > 0 ? movement(project, initiative.id) : null
    return [{ ranked, initiative, movement: moved }]
  })
  return { ranking, coverage: coverageGaps(project) }
}
