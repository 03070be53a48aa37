import { Framework } from '../schema/prioritisation'
import type { Project } from '../schema/project'
import { rankInitiatives, type RankedInitiative } from './rank'

/** Rank places that two frameworks must differ by before the cross-check flags an initiative. */
export const CROSS_CHECK_DISAGREEMENT = 3

/** Where one initiative lands under one framework. */
export interface FrameworkRank {
  readonly rank: number
  /** The band of ranks shared with initiatives of exactly the same score (e.g. every "must"). */
  readonly from: number
  readonly to: number
}

export interface CrossCheckRow {
  readonly initiativeId: string
  readonly title: string
  /** Null under a framework that gives this initiative no score. */
  readonly ranks: Readonly<Record<Framework, FrameworkRank | null>>
  /** Largest gap in places between the rank bands of two frameworks; 0 when they all overlap. */
  readonly largestGap: number
  readonly isDisagreement: boolean
}

const FRAMEWORKS = Framework.options

/** The rank band of every scored initiative: tied scores (same quadrant too) share one band. */
function rankBands(ranked: readonly RankedInitiative[]): Map<string, FrameworkRank> {
  const bands = new Map<string, FrameworkRank>()
  let start = 0
  while (start < ranked.length) {
    const first = ranked[start] as RankedInitiative
    let end = start
    const sameBand = (next: RankedInitiative | undefined): boolean =>
      next !== undefined &&
      next.quadrant === first.quadrant &&
      (next.score === first.score ||
        (next.score !== null &&
          first.score !== null &&
          Math.round(next.score * 1e9) === Math.round(first.score * 1e9)))
    while (sameBand(ranked[end + 1])) end++
    for (let i = start; i <= end; i++) {
      const row = ranked[i] as RankedInitiative
      if (row.score !== null)
        bands.set(row.initiativeId, { rank: row.rank, from: start + 1, to: end + 1 })
    }
    start = end + 1
  }
  return bands
}

/**
 * Ranks the initiatives under every framework side by side. An initiative is flagged when two
 * frameworks that both score it place it at least CROSS_CHECK_DISAGREEMENT (3) places apart,
 * measured between their tie bands, so that a tie (ten "musts") is no disagreement.
 */
export function crossCheck(project: Project): CrossCheckRow[] {
  const bands = FRAMEWORKS.map((framework) => rankBands(rankInitiatives(project, framework)))
  const main = rankInitiatives(project)
  return main.map(({ initiativeId, title }) => {
    const ranks = Object.fromEntries(
      FRAMEWORKS.map((framework, i) => [framework, bands[i]?.get(initiativeId) ?? null]),
    ) as Record<Framework, FrameworkRank | null>
    const scored = Object.values(ranks).filter((band) => band !== null)
    let largestGap = 0
    for (const a of scored) {
      for (const b of scored) largestGap = Math.max(largestGap, b.from - a.to)
    }
    return {
      initiativeId,
      title,
      ranks,
      largestGap,
      isDisagreement: largestGap >= CROSS_CHECK_DISAGREEMENT,
    }
  })
}
