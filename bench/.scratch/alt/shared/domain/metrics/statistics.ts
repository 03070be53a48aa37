/** Summary statistics of a group's ratings; every field is null when nobody rated. */
export interface Summary {
  readonly mean: number | null
  readonly median: number | null
  /** Population standard deviation: the group in the room is the whole population. */
  readonly sd: number | null
  readonly min: number | null
  readonly max: number | null
  /** max - min. */
  readonly range: number | null
  readonly count: number
}

/** The summary of nobody's ratings. */
export const EMPTY_SUMMARY: Summary = {
  mean: null,
  median: null,
  sd: null,
  min: null,
  max: null,
  range: null,
  count: 0,
}

/**
 * Sorts the first `count` numbers ascending, in place. Insertion sort: the few ratings of one
 * group sort fastest this way, without a comparator call per step or any allocation.
 */
export function sortInPlace(values: Float64Array | number[], count = values.length): void {
  for (let i = 1; i < count; i++) {
    const value = values[i] as number
    let j = i - 1
    while (j >= 0 && (values[j] as number) > value) {
      values[j + 1] = values[j] as number
      j--
    }
    values[j + 1] = value
  }
}

/**
 * Summarises the first `count` numbers, already sorted ascending. Sorting first makes the sums,
 * and so the results, independent of the order in which raters were stored.
 */
export function summariseSorted(sorted: ArrayLike<number>, count = sorted.length): Summary {
  if (count === 0) return EMPTY_SUMMARY
  let sum = 0
  for (let i = 0; i < count; i++) sum += sorted[i] as number
  const mean = sum / count
  let squares = 0
  for (let i = 0; i < count; i++) {
    const deviation = (sorted[i] as number) - mean
    squares += deviation * deviation
  }
  const middle = count >> 1
  const median =
    count % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
  const min = sorted[0] as number
  const max = sorted[count - 1] as number
  return { mean, median, sd: Math.sqrt(squares / count), min, max, range: max - min, count }
}

/**
 * Summarises numbers in any order: mean, median, population standard deviation, min, max, range.
 * Non-finite values are ignored so that a broken input never turns into NaN on screen.
 */
export function summarise(values: readonly (number | null | undefined)[]): Summary {
  const finite: number[] = []
  for (const value of values)
    if (typeof value === 'number' && Number.isFinite(value)) finite.push(value)
  sortInPlace(finite)
  return summariseSorted(finite)
}
