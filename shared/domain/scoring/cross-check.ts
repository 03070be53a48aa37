import { Framework } from '../schema/prioritisation'
import type { Project } from '../schema/project'
import { rankInitiatives, type RankedInitiative } from './rank'

/**
 * The share of the ranking at its top and at its bottom that counts as "a top pick" and "a bottom
 * pick": a third. With seven frameworks a fixed gap of a few places flags nearly every initiative
 * of a workshop's list; a top pick under one framework that is a bottom pick under another is a
 * disagreement worth the room's time at any list length.
 */
export const CROSS_CHECK_SHARE = 1 / 3

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
  /** In the top third under one framework and in the bottom third under another. */
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
 * Ranks the initiatives under every framework side by side. An initiative is flagged when one
 * framework ranks it in the top third (its whole tie band within ranks 1..ceil(n/3)) and another
 * in the bottom third (its whole band within the last ceil(n/3) ranks), n being the number of
 * initiatives; tie bands keep a tie (ten "musts") from counting as a disagreement.
 */
export function crossCheck(project: Project): CrossCheckRow[] {
  const bands = FRAMEWORKS.map((framework) => rankBands(rankInitiatives(project, framework)))
  const main = rankInitiatives(project)
  const third = Math.ceil(main.length * CROSS_CHECK_SHARE)
  const isTop = (band: FrameworkRank) => band.to <= third
  const isBottom = (band: FrameworkRank) => band.from > main.length - third
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
      isDisagreement: scored.some(isTop) && scored.some(isBottom),
    }
  })
}
