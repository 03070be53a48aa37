import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { STEP_DEFINITIONS } from '../../shared/domain'
import { runsFor, type BenchContext } from '../context'
import type { BenchSize } from '../generate'
import { fromSample, unavailable, type Figure } from '../report'
import { quantile, sampleOf } from '../stats'
import { loadHarness } from './harness'
import { serveRenderer } from './server'
import { probe, startSession, type AppSession } from './session'

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking']

const COLD_RUNS = { S: 3, M: 3, L: 3 } as const
const REPEATS = { S: 6, M: 6, L: 6 } as const
const ROW = '.register-body .register-row'
const SEARCH = '.register-toolbar input[type="search"]'
const SLIDER = '.sensitivity input[type="range"]'
const WAIT_MS = 120_000
const VISION = STEP_DEFINITIONS[0]?.title.en ?? 'Vision'

/** Every figure of this part, so that a failure half-way still lists the rest as n/a. */
const FIGURE_NAMES = [
  'Open in the app (dialog answered → workspace shown)',
  'Register: first render after opening',
  'Register: sort by owner (click → painted)',
  'Register: filter by search text (input → painted)',
  'Register: p95 frame while scrolling',
  'Ranking: p95 frame while dragging a weight slider',
  'Worksheet: typing latency (keydown → painted)',
] as const

type Base = Omit<Figure, 'value' | 'min' | 'max' | 'runs' | 'note'>
const figure = (name: string, size: BenchSize, target?: number): Base => ({
  section: 'Chromium',
  name,
  size,
  unit: 'ms',
  ...(target === undefined ? {} : { target }),
})
const atL = (size: BenchSize, target: number) => (size === 'L' ? target : undefined)

/** The register's first render after opening, in fresh pages; the last page stays open. */
async function firstRenders(
  ctx: BenchContext,
  size: BenchSize,
  start: () => Promise<AppSession>,
  path: string,
) {
  const opens: number[] = []
  const renders: number[] = []
  let session: AppSession | null = null
  for (let run = 0; run < runsFor(ctx, size, COLD_RUNS); run++) {
    if (session) await session.context.close()
    session = await start()
    opens.push(await session.open(path))
    const ms = await probe<number | null>(session.page, 'timeNav', {
      title: 'Initiatives',
      selector: ROW,
      timeoutMs: WAIT_MS,
    })
    if (ms === null) throw new Error('the initiative register did not show its rows')
    renders.push(ms)
  }
  ctx.record(
    fromSample(
      {
        ...figure('Open in the app (dialog answered → workspace shown)', size),
        note: 'through the test binding',
      },
      sampleOf(opens),
    ),
  )
  ctx.record(
    fromSample(
      figure('Register: first render after opening', size, atL(size, 500)),
      sampleOf(renders),
    ),
  )
  if (!session) throw new Error('no page was opened')
  return session
}

async function repeated(page: Page, times: number, run: (i: number) => Promise<number | null>) {
  const values: number[] = []
  for (let i = 0; i < times; i++) {
    const ms = await run(i)
    if (ms === null) return null
    values.push(ms)
    await page.waitForTimeout(100)
  }
  return sampleOf(values)
}

async function sortAndFilter(ctx: BenchContext, size: BenchSize, page: Page) {
  const times = runsFor(ctx, size, REPEATS)
  // Each click moves the owner column on: ascending, descending, unsorted.
  const sort = await repeated(page, times, () =>
    probe(page, 'timeClick', { selector: '.col-owner .sort-button' }),
  )
  const sortBase = figure('Register: sort by owner (click → painted)', size, atL(size, 150))
  ctx.record(sort ? fromSample(sortBase, sort) : unavailable(sortBase, 'no sortable owner column'))
  const queries = ['repair', '', 'tents', '', 'phase 3', '']
  const filter = await repeated(page, times, (i) =>
    probe(page, 'timeInput', { selector: SEARCH, value: queries[i % queries.length] }),
  )
  const filterBase = figure('Register: filter by search text (input → painted)', size)
  ctx.record(filter ? fromSample(filterBase, filter) : unavailable(filterBase, 'no search field'))
}

async function scrolling(ctx: BenchContext, size: BenchSize, page: Page) {
  const p95s: number[] = []
  for (let run = 0; run < (ctx.isQuick ? 1 : 3); run++) {
    const deltas = await probe<number[] | null>(page, 'scrollFrames', {
      selector: '.register-scroll',
      frames: 150,
      step: 240,
    })
    if (!deltas) break
    p95s.push(quantile(deltas.slice(1), 0.95))
  }
  const base = figure('Register: p95 frame while scrolling', size, atL(size, 20))
  ctx.record(
    p95s.length > 0
      ? { ...fromSample(base, sampleOf(p95s)), note: 'median of per-run p95' }
      : unavailable(base, 'no scrolling register'),
  )
}

/** Drags the first weight slider of the ranking's sensitivity panel back and forth. */
async function sliderDrag(ctx: BenchContext, size: BenchSize, page: Page) {
  const base = figure('Ranking: p95 frame while dragging a weight slider', size)
  const isThere = await probe<boolean>(page, 'go', {
    title: 'Ranking',
    selector: SLIDER,
    timeoutMs: WAIT_MS,
  })
  const box = isThere ? await page.locator(SLIDER).first().boundingBox() : null
  if (!box) {
    ctx.record(unavailable(base, 'no weight slider in the ranking view'))
    return
  }
  const y = box.y + box.height / 2
  const p95s: number[] = []
  for (let run = 0; run < (ctx.isQuick ? 1 : 2); run++) {
    await page.mouse.move(box.x + 4, y)
    await probe(page, 'startFrames')
    await page.mouse.down()
    for (let step = 0; step <= 40; step++) {
      const share = step <= 20 ? step / 20 : (40 - step) / 20
      await page.mouse.move(box.x + 4 + share * (box.width - 8), y)
    }
    await page.mouse.up()
    const deltas = await probe<number[]>(page, 'stopFrames')
    p95s.push(quantile(deltas.slice(1), 0.95))
  }
  ctx.record({ ...fromSample(base, sampleOf(p95s)), note: 're-rank and sensitivity on every move' })
}

async function typing(ctx: BenchContext, size: BenchSize, page: Page) {
  const base = figure('Worksheet: typing latency (keydown → painted)', size, 16)
  const answer = 'textarea[id^="answer-vision-"]'
  const isThere = await probe<boolean>(page, 'go', {
    title: VISION,
    selector: answer,
    timeoutMs: WAIT_MS,
  })
  if (!isThere) {
    ctx.record(unavailable(base, 'no answer field in the vision step'))
    return
  }
  await page.locator(answer).first().click()
  await probe(page, 'startTyping', { selector: answer })
  await page.keyboard.type(' Quick wins first, then the member app for regulars.', { delay: 40 })
  const latencies = await probe<number[]>(page, 'stopTyping')
  if (latencies.length === 0) {
    ctx.record(unavailable(base, 'no keystrokes arrived'))
    return
  }
  const p95 = quantile(latencies, 0.95)
  ctx.record({
    ...fromSample(base, sampleOf(latencies)),
    note: `median of keystrokes; p95 ${p95.toFixed(1)} ms`,
  })
}

/**
 * The app in Debian's Chromium on the built renderer, with the project opened through the e2e
 * binding: the register's first render, sort, filter and scrolling; dragging a weight slider;
 * typing in a worksheet answer.
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
      const note =
        buildNote === null ? result.note : [result.note, buildNote].filter(Boolean).join('; ')
      outer.record(note === undefined ? result : { ...result, note })
    },
  }
  const skipRest = (reason: string) => {
    for (const name of FIGURE_NAMES) {
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
    await sortAndFilter(ctx, size, session.page)
    await scrolling(ctx, size, session.page)
    await sliderDrag(ctx, size, session.page)
    await typing(ctx, size, session.page)
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    ctx.log(`Chromium measurements stopped: ${message}`)
    skipRest(`stopped: ${message}`)
  } finally {
    await browser?.close()
    await server.close()
  }
}
