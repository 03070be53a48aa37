import type { BenchSize } from './generate'
import type { Figure } from './report'

/** What every part of the bench gets: where to work, how thorough to be, where figures go. */
export interface BenchContext {
  /** A temp directory of this run, removed at the end. */
  readonly dir: string
  /** S only, one run each: proves that the bench works, measures little. */
  readonly isQuick: boolean
  /** Records a figure (printed at once and kept for the table and results.json). */
  record(figure: Figure): void
  /** Prints a progress line. */
  log(message: string): void
}

/** How many runs a measurement gets at each size (1 in a quick run). */
export function runsFor(
  ctx: BenchContext,
  size: BenchSize,
  runs: Readonly<Record<BenchSize, number>>,
): number {
  return ctx.isQuick ? 1 : runs[size]
}
