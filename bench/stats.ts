/** A timing (or other figure) over several runs: the median and the spread around it. */
export interface Sample {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly runs: number
  /**
   * Median CPU time of the process per run (all its threads), where measured. On a shared
   * machine a task waits for a core; CPU time shows what the task itself costs.
   */
  readonly cpu?: number
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

/** The median: the middle value, or the mean of the two middle values of an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor((sorted.length - 1) / 2)
  const low = sorted[middle] ?? NaN
  return sorted.length % 2 === 1 ? low : (low + (sorted[middle + 1] ?? low)) / 2
}

/** Median, min and max of the values, and the median CPU time when given. */
export function sampleOf(values: readonly number[], cpuValues: readonly number[] = []): Sample {
  if (values.length === 0) throw new RangeError('a sample needs at least one value')
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
    ...(cpuValues.length > 0 ? { cpu: median(cpuValues) } : {}),
  }
}

interface Timing {
  readonly ms: number
  readonly cpuMs: number
}

/** Runs `task`; how long it took and how much CPU time the process spent, in milliseconds. */
export async function timed(task: () => unknown): Promise<Timing> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  await task()
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { ms, cpuMs: (used.user + used.system) / 1000 }
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
  const cpuValues: number[] = []
  let spent = 0
  while (
    values.length < options.runs &&
    (values.length === 0 || spent < (options.budgetMs ?? Infinity))
  ) {
    const prepared = await prepare()
    const { ms, cpuMs } = await timed(() => task(prepared))
    values.push(ms)
    cpuValues.push(cpuMs)
    spent += ms
  }
  return sampleOf(values, cpuValues)
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
  const taskRuns: Timing[] = []
  const floorRuns: Timing[] = []
  for (let i = 0; i < options.runs; i++) {
    floorRuns.push(await timed(floor))
    taskRuns.push(await timed(task))
  }
  const sampleOfRuns = (runs: readonly Timing[]) =>
    sampleOf(
      runs.map((r) => r.ms),
      runs.map((r) => r.cpuMs),
    )
  const taskSample = sampleOfRuns(taskRuns)
  const floorSample = sampleOfRuns(floorRuns)
  return { task: taskSample, floor: floorSample, ratio: taskSample.median / floorSample.median }
}
