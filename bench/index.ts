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
import { writeFixtures } from './fixtures'
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
import { formatProgress, formatTable, verdictOf, type Figure } from './report'
import { writeProjectFile } from './fixtures'

const ROOT = join(import.meta.dirname, '..')
const RENDERER_DIR = join(ROOT, 'out/renderer')
const RESULTS = join(ROOT, 'bench/results.json')
/** The whole run should stay under ten minutes; the last, open-ended part gets what is left. */
const FULL_RUN_BUDGET_MS = 9 * 60_000

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

async function run(isQuick: boolean, seed: number): Promise<void> {
  const started = performance.now()
  const startedAt = new Date().toISOString()
  const loadAtStart = loadavg()
  const dir = await mkdtemp(join(tmpdir(), 'lw-bench-'))
  const figures: Figure[] = []
  const ctx: BenchContext = {
    dir,
    isQuick,
    record(figure) {
      figures.push(figure)
      console.log(formatProgress(figure))
    },
    log: (message) => {
      console.log(message)
    },
  }
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`
  console.log(
    `Loyalty Workshop bench (${isQuick ? 'quick: S, one run each' : 'S, M, L'}), seed ${String(seed)}`,
  )
  console.log(
    `${String(cpus().length)} cores, load ${loadAtStart.map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}`,
  )
  try {
    const sizes: readonly BenchSize[] = isQuick ? ['S'] : BENCH_SIZES
    const paths = new Map<BenchSize, string>()
    for (const size of sizes) {
      const path = join(dir, fixtureFileName(size))
      await writeProjectFile(path, generateProject(size, seed))
      paths.set(size, path)
    }
    const pathOf = (size: BenchSize) => paths.get(size) ?? ''
    ctx.log(`Generated ${sizes.join(', ')} (${elapsed()})`)

    for (const size of sizes) {
      ctx.log(`Files and ranking at ${size} (${elapsed()})`)
      await measureFiles(ctx, size, pathOf(size))
      await measureRanking(ctx, size, generateProject(size, seed))
    }
    ctx.log(`Exports at S (${elapsed()})`)
    await measureExport(ctx, 'S', generateProject('S', seed))

    const browserSize: BenchSize = isQuick ? 'S' : 'L'
    ctx.log(`Chromium at ${browserSize} (${elapsed()})`)
    const build = ensureRenderer(ROOT, RENDERER_DIR, ctx)
    await measureBrowser(ctx, browserSize, pathOf(browserSize), ROOT, RENDERER_DIR, build.note)
    await measureBundle(ctx, RENDERER_DIR)

    if (isQuick) {
      const quickRun = await runServicesChild(
        ctx,
        ROOT,
        pathOf('S'),
        ['open', 'rank', 'rerank-one-rating', 'save'],
        60_000,
      )
      recordMemory(ctx, 'S', quickRun, 60_000)
    } else {
      ctx.log(`Exports at M in a services process (${elapsed()})`)
      const mLimit = 120_000
      const mRun = await runServicesChild(
        ctx,
        ROOT,
        pathOf('M'),
        ['open', 'docx-summary', 'pdf-summary', 'docx-full', 'pdf-full'],
        mLimit,
      )
      recordChildExports(ctx, 'M', mRun, mLimit)
      const left = FULL_RUN_BUDGET_MS - (performance.now() - started)
      const lLimit = Math.max(90_000, left)
      ctx.log(
        `Memory and exports at L in a services process, up to ${(lLimit / 1000).toFixed(0)} s (${elapsed()})`,
      )
      const lRun = await runServicesChild(
        ctx,
        ROOT,
        pathOf('L'),
        [
          'open',
          'rank',
          'rerank-one-rating',
          'save',
          'docx-summary',
          'pdf-summary',
          'docx-full',
          'pdf-full',
        ],
        lLimit,
      )
      recordMemory(ctx, 'L', lRun, lLimit)
      recordChildExports(ctx, 'L', lRun, lLimit)
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }

  const durationS = (performance.now() - started) / 1000
  console.log(`\n${formatTable(figures)}\n`)
  const misses = figures.filter((figure) => verdictOf(figure) === 'MISS')
  const passes = figures.filter((figure) => verdictOf(figure) === 'PASS')
  const missing = figures.filter((figure) => verdictOf(figure) === 'n/a')
  console.log(
    `${String(passes.length)} PASS, ${String(misses.length)} MISS, ${String(missing.length)} n/a in ${durationS.toFixed(0)} s (load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}).`,
  )
  for (const miss of misses)
    console.log(`  MISS: ${miss.name}${miss.size ? ` (${miss.size})` : ''}`)
  const results = {
    startedAt,
    durationS,
    mode: isQuick ? 'quick' : 'full',
    seed,
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
  await run(command.isQuick, seed)
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
