import { copyFile, open, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { SAVED_WITH } from '../electron/services/app-info'
import { nodeFileSystem } from '../electron/services/file-system'
import type { FileFingerprint } from '../electron/services/fingerprint'
import { systemClock } from '../electron/services/ports'
import { createProjectStore } from '../electron/services/project-store'
import { Project } from '../shared/domain'
import { createEnvelope, loadProjectFile, serialiseProjectBytes } from '../shared/project-file'
import { runsFor, type BenchContext } from './context'
import type { BenchSize } from './generate'
import { fromSample, type Figure } from './report'
import { measure, measurePair, type Sample } from './stats'

const RUNS = { S: 15, M: 9, L: 5 } as const
/** The targets hold at portfolio scale; smaller files are shown for comparison. */
const OPEN_RATIO_TARGET = 2.5
const SAVE_RATIO_TARGET = 2

const store = createProjectStore({ fs: nodeFileSystem, clock: systemClock, savedWith: SAVED_WITH })

/** The floor of a save: plain JSON.stringify, one write and one fsync, no layout, temp or backup. */
async function rawSave(path: string, project: Project): Promise<void> {
  const text = JSON.stringify(createEnvelope(project, SAVED_WITH))
  const handle = await open(path, 'w')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The ratio of the CPU times too, which a busy machine disturbs less than the wall times. */
function cpuRatio(pair: { task: Sample; floor: Sample }): { cpu?: number } {
  const { cpu: task } = pair.task
  const { cpu: floor } = pair.floor
  return task !== undefined && floor !== undefined && floor > 0 ? { cpu: task / floor } : {}
}

/** Fewer runs for the break-down figures, which explain rather than judge. */
const breakdownRuns = (runs: number) => Math.ceil(runs / 2)

function sizeFigure(size: BenchSize, bytes: number): Figure {
  const isLarge = bytes >= 1024 * 1024
  return {
    section: 'Files',
    name: 'File size on disk',
    size,
    unit: isLarge ? 'MB' : 'KB',
    value: bytes / (isLarge ? 1024 * 1024 : 1024),
  }
}

/** Opening through the real store against JSON.parse of the same bytes, plus where the time goes. */
async function measureOpen(ctx: BenchContext, size: BenchSize, path: string): Promise<void> {
  const runs = runsFor(ctx, size, RUNS)
  const bytes = await readFile(path)
  const pair = await measurePair(
    () => store.open(path),
    () => JSON.parse(bytes.toString('utf8')),
    { runs, warmup: ctx.isQuick ? 0 : 1 },
  )
  const target = size === 'L' ? { target: OPEN_RATIO_TARGET } : {}
  ctx.record(
    fromSample(
      {
        section: 'Files',
        name: 'Open (store: read, check, parse, migrate, validate)',
        size,
        unit: 'ms',
      },
      pair.task,
    ),
  )
  ctx.record(
    fromSample(
      { section: 'Files', name: 'Raw JSON.parse of the same bytes', size, unit: 'ms' },
      pair.floor,
    ),
  )
  ctx.record({
    section: 'Files',
    name: 'Open ÷ raw parse',
    size,
    unit: 'x',
    value: pair.ratio,
    ...cpuRatio(pair),
    ...target,
  })
  const pipeline = await measure(() => loadProjectFile(bytes), { runs: breakdownRuns(runs) })
  ctx.record(
    fromSample(
      { section: 'Files', name: '  of which load pipeline in memory', size, unit: 'ms' },
      pipeline,
    ),
  )
  const parsed = (JSON.parse(bytes.toString('utf8')) as { project: unknown }).project
  const validation = await measure(() => Project.safeParse(parsed), {
    runs: breakdownRuns(runs),
  })
  ctx.record(
    fromSample(
      { section: 'Files', name: '  of which schema validation (zod)', size, unit: 'ms' },
      validation,
    ),
  )
}

/** Saving through the real store against stringify + write + fsync, plus where the time goes. */
async function measureSave(ctx: BenchContext, size: BenchSize, path: string): Promise<void> {
  const runs = runsFor(ctx, size, RUNS)
  const savePath = join(ctx.dir, `save-${size}.loyalty.json`)
  const rawPath = join(ctx.dir, `raw-${size}.json`)
  await copyFile(path, savePath)
  const opened = await store.open(savePath)
  const project = opened.project
  let fingerprint: FileFingerprint = opened.fingerprint
  const pair = await measurePair(
    async () => {
      // As the app saves: checks that nobody changed the file since it was opened or saved.
      fingerprint = (await store.save(savePath, project, { expectedFingerprint: fingerprint }))
        .fingerprint
    },
    () => rawSave(rawPath, project),
    { runs, warmup: ctx.isQuick ? 0 : 1 },
  )
  const target = size === 'L' ? { target: SAVE_RATIO_TARGET } : {}
  ctx.record(
    fromSample(
      {
        section: 'Files',
        name: 'Save (store: conflict check, temp, fsync, backup, rename)',
        size,
        unit: 'ms',
      },
      pair.task,
    ),
  )
  ctx.record(
    fromSample(
      { section: 'Files', name: 'Raw JSON.stringify + write + fsync', size, unit: 'ms' },
      pair.floor,
    ),
  )
  ctx.record({
    section: 'Files',
    name: 'Save ÷ raw save',
    size,
    unit: 'x',
    value: pair.ratio,
    ...cpuRatio(pair),
    ...target,
  })
  const serialise = await measure(() => serialiseProjectBytes(project, SAVED_WITH), {
    runs: breakdownRuns(runs),
  })
  ctx.record(
    fromSample(
      { section: 'Files', name: '  of which serialising (indented layout)', size, unit: 'ms' },
      serialise,
    ),
  )
  const stringify = await measure(() => JSON.stringify(createEnvelope(project, SAVED_WITH)), {
    runs: breakdownRuns(runs),
  })
  ctx.record(
    fromSample(
      { section: 'Files', name: '  compare: JSON.stringify alone', size, unit: 'ms' },
      stringify,
    ),
  )
}

/** File size, open and save of one size's fixture. */
export async function measureFiles(
  ctx: BenchContext,
  size: BenchSize,
  path: string,
): Promise<void> {
  ctx.record(sizeFigure(size, (await stat(path)).size))
  await measureOpen(ctx, size, path)
  await measureSave(ctx, size, path)
}
