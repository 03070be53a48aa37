import type { PriorityMatrixInput } from './priority-matrix-types'

/** The plot area of the priority matrix and its scales from axis values to pixels. */
export interface Frame {
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
  readonly sx: (value: number) => number
  readonly sy: (value: number) => number
}

/** A bubble's radius: fixed, or growing with the size criterion when the matrix has one. */
export function bubbleRadius(input: PriorityMatrixInput, size: number | null | undefined): number {
  const axis = input.size
  if (!axis || size === null || size === undefined) return 13
  const share = Math.min(1, Math.max(0, (size - axis.lo) / (axis.hi - axis.lo || 1)))
  return 9 + 17 * share
}
