/**
 * `npm run bench`: Loyalty Workshop at workshop (S) and portfolio scale (M, L). Prints a table
 * of medians with their spread, targets and PASS / MISS, and writes bench/results.json. A MISS
 * never fails the run: it is information for the next piece of work.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { USAGE, parseArgs } from './args'
import { ensureRenderer } from './browser/build'
import { measureBrowser } from './browser/measure-browser'
import type { BenchContext } from './context'
import { writeFixtures, writeProjectFile } from './fixtures'
import {
  BENCH_SIZES,
  DEFAULT_SEED,
  fixtureFileName,
  generateProject,
  type BenchSize,
} from './generate'
import { measureBundle } from './measure-bundle'
import { measureExport, recordChildExports } from './measure-export'
import { measureFiles } from './measure-files'
import { recordMemory, runServicesChild } from './measure-memory'
import { measureRanking } from './measure-ranking'
import { formatMiss, formatProgress, formatTable, verdictOf, type Figure } from './report'
import type { ChildStep } from './services-protocol'

const ROOT = join(import.meta.dirname, '..')
const RENDERER_DIR = join(ROOT, 'out/renderer')
const RESULTS = join(ROOT, 'bench/results.json')
/** The whole run should stay under ten minutes; the last, open-ended part gets what is left. */
const FULL_RUN_BUDGET_MS = 9 * 60_000
const M_EXPORT_LIMIT_MS = 80_000
const MIN_L_LIMIT_MS = 90_000
const EXPORT_STEPS: readonly ChildStep[] = ['docx-full', 'pdf-full', 'docx-summary', 'pdf-summary']
const WORKSHOP_STEPS: readonly ChildStep[] = ['open', 'rank', 'rerank-one-rating', 'save']

interface Run {
  readonly ctx: BenchContext
  readonly seed: number
  readonly started: number
  readonly pathOf: (size: BenchSize) => string
  readonly elapsed: () => string
}

/** Files, ranking and (at S) exports in this process; the browser; the bundle. */
async function measureHere(run: Run, sizes: readonly BenchSize[]): Promise<void> {
  const { ctx, seed, pathOf, elapsed } = run
  for (const size of sizes) {
    ctx.log(`Files and ranking at ${size} (${elapsed()})`)
    await measureFiles(ctx, size, pathOf(size))
    await measureRanking(ctx, size, generateProject(size, seed))
  }
  ctx.log(`Exports at S (${elapsed()})`)
  await measureExport(ctx, 'S', generateProject('S', seed))
  const browserSize: BenchSize = ctx.isQuick ? 'S' : 'L'
  ctx.log(`Chromium at ${browserSize} (${elapsed()})`)
  const build = ensureRenderer(ROOT, RENDERER_DIR, ctx)
  await measureBrowser(ctx, browserSize, pathOf(browserSize), ROOT, RENDERER_DIR, build.note)
  await measureBundle(ctx, RENDERER_DIR)
}

/**
 * Exports at M and memory and exports at L, each in a services process with a time limit:
 * one export there can take minutes on a busy machine, and a child can be stopped.
 */
async function measureInChildren(run: Run): Promise<void> {
  const { ctx, pathOf, elapsed } = run
  if (ctx.isQuick) {
    const quick = await runServicesChild(ctx, ROOT, pathOf('S'), WORKSHOP_STEPS, 60_000)
    recordMemory(ctx, 'S', quick, 60_000)
    return
  }
  ctx.log(`Exports at M in a services process (${elapsed()})`)
  const mRun = await runServicesChild(
    ctx,
    ROOT,
    pathOf('M'),
    ['open', ...EXPORT_STEPS],
    M_EXPORT_LIMIT_MS,
  )
  recordChildExports(ctx, 'M', mRun, M_EXPORT_LIMIT_MS)
  const limit = Math.max(MIN_L_LIMIT_MS, FULL_RUN_BUDGET_MS - (performance.now() - run.started))
  ctx.log(
    `Memory and exports at L in a services process, up to ${(limit / 1000).toFixed(0)} s (${elapsed()})`,
  )
  const lRun = await runServicesChild(
    ctx,
    ROOT,
    pathOf('L'),
    [...WORKSHOP_STEPS, ...EXPORT_STEPS],
    limit,
  )
  recordMemory(ctx, 'L', lRun, limit)
  recordChildExports(ctx, 'L', lRun, limit)
}

function commit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim()
  } catch {
    return null
  }
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')

/** Prints the table and the misses, and writes bench/results.json. */
async function publish(
  figures: readonly Figure[],
  run: Run,
  startedAt: string,
  loadAtStart: number[],
) {
  const durationS = (performance.now() - run.started) / 1000
  console.log(`\n${formatTable(figures)}\n`)
  const count = (verdict: string) =>
    figures.filter((figure) => verdictOf(figure) === verdict).length
  console.log(
    `${String(count('PASS'))} PASS, ${String(count('MISS'))} MISS, ${String(count('n/a'))} n/a in ${durationS.toFixed(0)} s (load now ${load()}). A MISS does not fail the bench.`,
  )
  for (const miss of figures.filter((figure) => verdictOf(figure) === 'MISS'))
    console.log(formatMiss(miss))
  const results = {
    startedAt,
    durationS,
    mode: run.ctx.isQuick ? 'quick' : 'full',
    seed: run.seed,
    commit: commit(),
    machine: {
      cores: cpus().length,
      loadAtStart,
      loadAtEnd: loadavg(),
      node: process.version,
      platform: process.platform,
    },
    figures: figures.map((figure) => ({ ...figure, verdict: verdictOf(figure) })),
  }
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`Results written to ${RESULTS}`)
}

async function bench(isQuick: boolean, seed: number): Promise<void> {
  const started = performance.now()
  const startedAt = new Date().toISOString()
  const loadAtStart = loadavg()
  const dir = await mkdtemp(join(tmpdir(), 'lw-bench-'))
  const figures: Figure[] = []
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`
  const ctx: BenchContext = {
    dir,
    isQuick,
    record(figure) {
      figures.push(figure)
      console.log(`${formatProgress(figure)}  (${elapsed()})`)
    },
    log: (message) => {
      console.log(message)
    },
  }
  console.log(
    `Loyalty Workshop bench (${isQuick ? 'quick: S, one run each' : 'S, M, L'}), seed ${String(seed)}`,
  )
  console.log(`${String(cpus().length)} cores, load ${load()}, Node ${process.version}`)
  const paths = new Map<BenchSize, string>()
  const run: Run = {
    ctx,
    seed,
    started,
    pathOf: (size) => paths.get(size) ?? '',
    elapsed,
  }
  try {
    const sizes: readonly BenchSize[] = isQuick ? ['S'] : BENCH_SIZES
    for (const size of sizes) {
      const path = join(dir, fixtureFileName(size))
      await writeProjectFile(path, generateProject(size, seed))
      paths.set(size, path)
    }
    ctx.log(`Generated ${sizes.join(', ')} (${run.elapsed()})`)
    await measureHere(run, sizes)
    await measureInChildren(run)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  await publish(figures, run, startedAt, loadAtStart)
}

async function main(): Promise<number> {
  const command = parseArgs(process.argv.slice(2))
  if (command.kind === 'help') {
    console.log(USAGE)
    return 0
  }
  if (command.kind === 'usage-error') {
    console.error(`bench: ${command.message}\n\n${USAGE}`)
    return 2
  }
  const seed = command.seed ?? DEFAULT_SEED
  if (command.kind === 'write-fixtures') {
    const paths = await writeFixtures(command.dir, BENCH_SIZES, seed)
    for (const path of paths) console.log(`wrote ${path}`)
    return 0
  }
  await bench(command.isQuick, seed)
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error('bench failed:', error)
    process.exitCode = 1
  },
)
