import { STEP_DEFINITIONS } from '../../shared/domain'
import type { BenchContext } from '../context'
import type { BenchSize } from '../generate'
import { unavailable, type Figure } from '../report'
import { quantile, sampleOf } from '../stats'
import { NAMES, SELECTORS, WAIT_MS, atL, figure, type Base } from './figures'
import { measuredProbe, type AppSession, type Measured } from './session'

/** Scrolling and dragging: runs and steps, kept small because each frame is slow at L on a busy machine. */
const SCROLL = { runs: 2, frames: 120, step: 240 } as const
const DRAG = { runs: 2, steps: 30 } as const
const VISION = STEP_DEFINITIONS[0]?.title.en ?? 'Vision'

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

export async function scrolling(ctx: BenchContext, size: BenchSize, session: AppSession) {
  const base = figure(NAMES.scroll, size, atL(size, 20))
  const runs: Measured<number[]>[] = []
  for (let run = 0; run < (ctx.isQuick ? 1 : SCROLL.runs); run++) {
    const args = { selector: '.register-scroll', frames: SCROLL.frames, step: SCROLL.step }
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
export async function sliderDrag(ctx: BenchContext, size: BenchSize, session: AppSession) {
  const { page } = session
  const base = figure(NAMES.slider, size)
  const args = { title: 'Ranking', selector: SELECTORS.slider, timeoutMs: WAIT_MS }
  const isThere = (await measuredProbe<boolean>(session, 'go', args)).value
  const slider = page.locator(SELECTORS.slider).first()
  if (isThere) await slider.scrollIntoViewIfNeeded()
  const box = isThere ? await slider.boundingBox() : null
  if (!box) {
    ctx.record(unavailable(base, 'no weight slider in the ranking view'))
    return
  }
  const y = box.y + box.height / 2
  const runs: Measured<number[]>[] = []
  const values = new Set<string>()
  const half = DRAG.steps / 2
  for (let run = 0; run < (ctx.isQuick ? 1 : DRAG.runs); run++) {
    await page.mouse.move(box.x + 4, y)
    const before = await session.threadTime()
    await measuredProbe(session, 'startFrames')
    await page.mouse.down()
    for (let step = 0; step <= DRAG.steps; step++) {
      const share = step <= half ? step / half : (DRAG.steps - step) / half
      await page.mouse.move(box.x + 4 + share * (box.width - 8), y)
      if (step === half) values.add(await slider.inputValue())
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

export async function typing(ctx: BenchContext, size: BenchSize, session: AppSession) {
  const base = figure(NAMES.typing, size, 16)
  const args = { title: VISION, selector: SELECTORS.answer, timeoutMs: WAIT_MS }
  if (!(await measuredProbe<boolean>(session, 'go', args)).value) {
    ctx.record(unavailable(base, 'no answer field in the vision step'))
    return
  }
  await session.page.locator(SELECTORS.answer).first().click()
  await measuredProbe(session, 'startTyping', { selector: SELECTORS.answer })
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
