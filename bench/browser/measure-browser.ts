import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { STEP_DEFINITIONS } from '../../shared/domain'
import { runsFor, type BenchContext } from '../context'
import type { BenchSize } from '../generate'
import { unavailable, type Figure } from '../report'
import { quantile, sampleOf } from '../stats'
import { loadHarness } from './harness'
import { serveRenderer } from './server'
import { measuredProbe, startSession, type AppSession, type Measured } from './session'

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking']

/** Opening L through the test binding takes long, so fewer fresh pages there. */
const COLD_RUNS = { S: 3, M: 3, L: 2 } as const
const REPEATS = 6
const ROW = '.register-body .register-row'
const SEARCH = '.register-toolbar input[type="search"]'
const SLIDER = '.sensitivity input[type="range"]'
const ANSWER = 'textarea[id^="answer-vision-"]'
const WAIT_MS = 120_000
const VISION = STEP_DEFINITIONS[0]?.title.en ?? 'Vision'

const NAMES = {
  open: 'Open in the app (dialog answered → workspace shown)',
  firstRender: 'Register: first render after opening',
  warmRender: 'Register: render when coming back to it',
  sort: 'Register: sort by owner (click → painted)',
  filter: 'Register: filter by search text (input → painted)',
  scroll: 'Register: p95 frame while scrolling',
  slider: 'Ranking: p95 frame while dragging a weight slider',
  typing: 'Worksheet: typing latency (keydown → painted)',
} as const

type Base = Omit<Figure, 'value'>
const figure = (name: string, size: BenchSize, target?: number): Base => ({
  section: 'Chromium',
  name,
  size,
  unit: 'ms',
  ...(target === undefined ? {} : { target }),
})
const atL = (size: BenchSize, target: number) => (size === 'L' ? target : undefined)

/** A figure from timings with the main thread's CPU time for each. */
function fromTimings(base: Base, runs: readonly Measured<number>[]): Figure {
  const sample = sampleOf(
    runs.map((run) => run.value),
    runs.map((run) => run.cpuMs),
  )
  const { median, min, max, cpu } = sample
  return {
    ...base,
    value: median,
    min,
    max,
    runs: sample.runs,
    ...(cpu === undefined ? {} : { cpu }),
  }
}

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
      selector: ROW,
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
      : ['timeNav', { title: 'Initiatives', selector: ROW, timeoutMs: WAIT_MS }],
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
    { selector: SEARCH, value: queries[i % queries.length] },
  ])
  const filterBase = figure(NAMES.filter, size)
  ctx.record(filter ? fromTimings(filterBase, filter) : unavailable(filterBase, 'no search field'))
}

/** A frame-time figure: the median of each run's p95 frame, and main-thread CPU per frame. */
function frameFigure(base: Base, runs: readonly Measured<number[]>[], note: string): Figure {
  const p95s = runs.map((run) => quantile(run.value.slice(1), 0.95))
  const frames = runs.reduce((sum, run) => sum + run.value.length, 0)
  const cpu = runs.reduce((sum, run) => sum + run.cpuMs, 0) / Math.max(1, frames)
  const sample = sampleOf(p95s)
  const { median, min, max } = sample
  return {
    ...base,
    value: median,
    min,
    max,
    runs: sample.runs,
    cpu,
    note: `${note}; CPU per frame`,
  }
}

async function scrolling(ctx: BenchContext, size: BenchSize, session: AppSession) {
  const base = figure(NAMES.scroll, size, atL(size, 20))
  const runs: Measured<number[]>[] = []
  for (let run = 0; run < (ctx.isQuick ? 1 : 3); run++) {
    const args = { selector: '.register-scroll', frames: 150, step: 240 }
    const result = await measuredProbe<number[] | null>(session, 'scrollFrames', args)
    if (!result.value) break
    runs.push({ value: result.value, cpuMs: result.cpuMs })
  }
  ctx.record(
    runs.length > 0
      ? frameFigure(base, runs, 'median of per-run p95')
      : unavailable(base, 'no scrolling register'),
  )
}

/** Drags the first weight slider of the ranking's sensitivity panel back and forth. */
async function sliderDrag(ctx: BenchContext, size: BenchSize, session: AppSession) {
  const { page } = session
  const base = figure(NAMES.slider, size)
  const args = { title: 'Ranking', selector: SLIDER, timeoutMs: WAIT_MS }
  const isThere = (await measuredProbe<boolean>(session, 'go', args)).value
  const slider = page.locator(SLIDER).first()
  if (isThere) await slider.scrollIntoViewIfNeeded()
  const box = isThere ? await slider.boundingBox() : null
  if (!box) {
    ctx.record(unavailable(base, 'no weight slider in the ranking view'))
    return
  }
  const y = box.y + box.height / 2
  const runs: Measured<number[]>[] = []
  const values = new Set<string>()
  for (let run = 0; run < (ctx.isQuick ? 1 : 2); run++) {
    await page.mouse.move(box.x + 4, y)
    const before = await session.threadTime()
    await measuredProbe(session, 'startFrames')
    await page.mouse.down()
    for (let step = 0; step <= 40; step++) {
      const share = step <= 20 ? step / 20 : (40 - step) / 20
      await page.mouse.move(box.x + 4 + share * (box.width - 8), y)
      if (step === 20) values.add(await slider.inputValue())
    }
    await page.mouse.up()
    values.add(await slider.inputValue())
    const deltas = (await measuredProbe<number[]>(session, 'stopFrames')).value
    runs.push({ value: deltas, cpuMs: (await session.threadTime()) - before })
  }
  if (values.size < 2) {
    ctx.record(unavailable(base, 'dragging did not move the weight'))
    return
  }
  ctx.record(frameFigure(base, runs, 're-rank and sensitivity on every move'))
}

async function typing(ctx: BenchContext, size: BenchSize, session: AppSession) {
  const base = figure(NAMES.typing, size, 16)
  const args = { title: VISION, selector: ANSWER, timeoutMs: WAIT_MS }
  if (!(await measuredProbe<boolean>(session, 'go', args)).value) {
    ctx.record(unavailable(base, 'no answer field in the vision step'))
    return
  }
  await session.page.locator(ANSWER).first().click()
  await measuredProbe(session, 'startTyping', { selector: ANSWER })
  const before = await session.threadTime()
  await session.page.keyboard.type(' Quick wins first, then the member app for regulars.', {
    delay: 40,
  })
  const latencies = (await measuredProbe<number[]>(session, 'stopTyping')).value
  const cpuMs = (await session.threadTime()) - before
  if (latencies.length === 0) {
    ctx.record(unavailable(base, 'no keystrokes arrived'))
    return
  }
  const sample = sampleOf(latencies)
  const p95 = quantile(latencies, 0.95)
  ctx.record({
    ...base,
    value: sample.median,
    min: sample.min,
    max: sample.max,
    runs: sample.runs,
    cpu: cpuMs / latencies.length,
    note: `median of keystrokes, p95 ${p95.toFixed(1)} ms; CPU per keystroke`,
  })
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
