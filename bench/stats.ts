/** A timing (or other figure) over several runs: the median and the spread around it. */
export interface Sample {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly runs: number
}

export interface RunOptions {
  /** Most runs to make. */
  readonly runs: number
  /** Stop early once this much time went into the measured runs (at least one run is made). */
  readonly budgetMs?: number
  /** Unmeasured runs first, so that lazy loading and JIT warm-up stay out of the figures. */
  readonly warmup?: number
}

/** The value at quantile `q` (0..1) of the values, by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank] as number
}

/** Median, min and max of the values. */
export function sampleOf(values: readonly number[]): Sample {
  if (values.length === 0) throw new RangeError('a sample needs at least one value')
  return {
    median: quantile(values, 0.5),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
  }
}

/** Runs `task` and returns how long it took in milliseconds. */
export async function timed(task: () => unknown): Promise<number> {
  const start = performance.now()
  await task()
  return performance.now() - start
}

/**
 * Times `task` over several runs. `prepare` runs before each run and is not timed, for state a
 * run must not find ready (a fresh copy of a project, a file to overwrite).
 */
export async function measure<T = void>(
  task: (prepared: T) => unknown,
  options: RunOptions,
  prepare: () => T | Promise<T> = () => undefined as T,
): Promise<Sample> {
  for (let i = 0; i < (options.warmup ?? 0); i++) await task(await prepare())
  const values: number[] = []
  let spent = 0
  while (
    values.length < options.runs &&
    (values.length === 0 || spent < (options.budgetMs ?? Infinity))
  ) {
    const prepared = await prepare()
    const ms = await timed(() => task(prepared))
    values.push(ms)
    spent += ms
  }
  return sampleOf(values)
}

/**
 * Times a task and its floor in the same run, alternating them, so that a busy moment on a shared
 * machine slows both alike. The ratio of their medians is the figure that counts.
 */
export async function measurePair(
  task: () => unknown,
  floor: () => unknown,
  options: RunOptions,
): Promise<{ task: Sample; floor: Sample; ratio: number }> {
  for (let i = 0; i < (options.warmup ?? 0); i++) {
    await floor()
    await task()
  }
  const taskValues: number[] = []
  const floorValues: number[] = []
  for (let i = 0; i < options.runs; i++) {
    floorValues.push(await timed(floor))
    taskValues.push(await timed(task))
  }
  const taskSample = sampleOf(taskValues)
  const floorSample = sampleOf(floorValues)
  return { task: taskSample, floor: floorSample, ratio: taskSample.median / floorSample.median }
}
