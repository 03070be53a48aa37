import type { Quadrant } from '../domain/scoring/quadrant'

/** One axis of the matrix: its label and the criterion's scale. */
export interface MatrixAxisInput {
  readonly label: string
  readonly lo: number
  readonly hi: number
  /** Tick values; by default every whole step (or five steps on long scales). */
  readonly ticks?: readonly number[]
}

/** The raters' lowest and highest rating, drawn as whiskers. */
export interface RatingRange {
  readonly min: number
  readonly max: number
}

/** One initiative in the matrix. */
export interface MatrixPoint {
  readonly id: string
  readonly label: string
  /** Aggregate on the x (effort) axis, on its scale. */
  readonly x: number
  /** Aggregate on the y (impact) axis, on its scale. */
  readonly y: number
  readonly xRange?: RatingRange | null
  readonly yRange?: RatingRange | null
  /** Aggregate of the size criterion; null draws a middle-sized bubble. */
  readonly size?: number | null
  readonly isContested: boolean
  readonly quadrant: Quadrant
  /** Shown inside the bubble when given. */
  readonly rank?: number | null
}

export interface PriorityMatrixInput {
  readonly title: string
  readonly description: string
  /** Read as effort: left low, right high. */
  readonly x: MatrixAxisInput
  /** Read as impact: bottom low, top high. */
  readonly y: MatrixAxisInput
  readonly size?: MatrixAxisInput | null
  readonly quadrantLabels: Readonly<Record<Quadrant, string>>
  /** Legend and screen-reader texts, already translated. */
  readonly legend: {
    readonly contested: string
    /** E.g. "Whiskers: lowest to highest rating". */
    readonly spread: string
    /** E.g. "Bubble size: Fit with the vision"; left out without a size criterion. */
    readonly size?: string
  }
  readonly points: readonly MatrixPoint[]
  readonly width?: number
  readonly height?: number
  readonly idPrefix?: string
  /** "group" instead of "img", so that a screen reader can reach each bubble. */
  readonly role?: 'img' | 'group'
  readonly formatNumber?: (value: number) => string
}
