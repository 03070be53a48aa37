import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { runsFor, type BenchContext } from '../context'
import type { BenchSize } from '../generate'
import { unavailable } from '../report'
import { NAMES, SELECTORS, WAIT_MS, atL, figure, fromTimings } from './figures'
import { loadHarness } from './harness'
import { scrolling, sliderDrag, typing } from './motion'
import { serveRenderer } from './server'
import { measuredProbe, startSession, type AppSession, type Measured } from './session'

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking']

/** Opening L through the test binding takes long, so fewer fresh pages there. */
const COLD_RUNS = { S: 3, M: 3, L: 2 } as const
const REPEATS = 6

/** Runs a timing probe several times; null when the page lacks what it measures. */
async function repeated(
  session: AppSession,
  times: number,
  args: (i: number) => readonly [string, object],
): Promise<Measured<number>[] | null> {
  const runs: Measured<number>[] = []
  for (let i = 0; i < times; i++) {
    const [name, input] = args(i)
    const run = await measuredProbe<number | null>(session, name, input)
    if (run.value === null) return null
    runs.push({ value: run.value, cpuMs: run.cpuMs })
    await session.page.waitForTimeout(100)
  }
  return runs
}

/** The register's first render after opening, each in a fresh page; the last page stays open. */
async function firstRenders(
  ctx: BenchContext,
  size: BenchSize,
  start: () => Promise<AppSession>,
  path: string,
): Promise<AppSession> {
  const opens: Measured<number>[] = []
  const renders: Measured<number>[] = []
  let session: AppSession | null = null
  for (let run = 0; run < runsFor(ctx, size, COLD_RUNS); run++) {
    if (session) await session.context.close()
    session = await start()
    const before = await session.threadTime()
    const openMs = await session.open(path)
    opens.push({ value: openMs, cpuMs: (await session.threadTime()) - before })
    const render = await measuredProbe<number | null>(session, 'timeNav', {
      title: 'Initiatives',
      selector: SELECTORS.row,
      timeoutMs: WAIT_MS,
    })
    if (render.value === null) throw new Error('the initiative register did not show its rows')
    renders.push({ value: render.value, cpuMs: render.cpuMs })
  }
  if (!session) throw new Error('no page was opened')
  const open = { ...figure(NAMES.open, size), note: 'through the test binding; CPU: page only' }
  ctx.record(fromTimings(open, opens))
  ctx.record(fromTimings(figure(NAMES.firstRender, size, atL(size, 500)), renders))
  return session
}

async function registerInteractions(ctx: BenchContext, size: BenchSize, session: AppSession) {
  const times = ctx.isQuick ? 2 : REPEATS
  const warm = await repeated(session, times, (i) =>
    i % 2 === 0
      ? ['timeNav', { title: 'Overview', selector: '.workspace', timeoutMs: WAIT_MS }]
      : ['timeNav', { title: 'Initiatives', selector: SELECTORS.row, timeoutMs: WAIT_MS }],
  )
  const comingBack = warm?.filter((_, i) => i % 2 === 1) ?? []
  ctx.record(
    comingBack.length > 0
      ? fromTimings(figure(NAMES.warmRender, size), comingBack)
      : unavailable(figure(NAMES.warmRender, size), 'no overview to leave the register for'),
  )
  // Each click moves the owner column on: ascending, descending, unsorted.
  const sort = await repeated(session, times, () => [
    'timeClick',
    { selector: '.col-owner .sort-button' },
  ])
  const sortBase = figure(NAMES.sort, size, atL(size, 150))
  ctx.record(sort ? fromTimings(sortBase, sort) : unavailable(sortBase, 'no sortable owner column'))
  const queries = ['repair', '', 'tents', '', 'phase 3', '']
  const filter = await repeated(session, times, (i) => [
    'timeInput',
    { selector: SELECTORS.search, value: queries[i % queries.length] },
  ])
  const filterBase = figure(NAMES.filter, size)
  ctx.record(filter ? fromTimings(filterBase, filter) : unavailable(filterBase, 'no search field'))
}

/**
 * The app in Debian's Chromium on the built renderer, with the project opened through the e2e
 * binding: the register's first render, sort, filter and scrolling; dragging a weight slider;
 * typing in a worksheet answer. CPU is the page's main-thread time, from DevTools.
 */
export async function measureBrowser(
  outer: BenchContext,
  size: BenchSize,
  path: string,
  root: string,
  outDir: string,
  buildNote: string | null,
) {
  const recorded = new Set<string>()
  const ctx: BenchContext = {
    ...outer,
    record(result) {
      recorded.add(result.name)
      // A stale build is measured, but every figure says so.
      const notes = [result.note, buildNote].filter((note) => note !== undefined && note !== null)
      outer.record(notes.length === 0 ? result : { ...result, note: notes.join('; ') })
    },
  }
  const skipRest = (reason: string) => {
    for (const name of Object.values(NAMES)) {
      if (!recorded.has(name)) ctx.record(unavailable(figure(name, size), reason))
    }
  }
  if (buildNote === 'the renderer build failed') {
    skipRest(buildNote)
    return
  }
  if (!existsSync(CHROMIUM_PATH)) {
    skipRest(`no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`)
    return
  }
  const harness = await loadHarness(root)
  const server = await serveRenderer(outDir)
  let browser: Browser | null = null
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
    })
    const launched = browser
    const start = () => startSession(launched, harness, server.url, ctx.dir)
    const session = await firstRenders(ctx, size, start, path)
    await registerInteractions(ctx, size, session)
    await scrolling(ctx, size, session)
    await sliderDrag(ctx, size, session)
    await typing(ctx, size, session)
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    ctx.log(`Chromium measurements stopped: ${message}`)
    skipRest(`stopped: ${message}`)
  } finally {
    await browser?.close()
    await server.close()
  }
}
