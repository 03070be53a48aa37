import type { BenchSize } from '../generate'
import type { Figure } from '../report'
import { sampleOf } from '../stats'
import type { Measured } from './session'

/** Where the measurements find the app's pieces. */
export const SELECTORS = {
  row: '.register-body .register-row',
  search: '.register-toolbar input[type="search"]',
  slider: '.sensitivity input[type="range"]',
  answer: 'textarea[id^="answer-vision-"]',
} as const
export const WAIT_MS = 120_000

/** Every figure of the browser part, so that a failure half-way still lists the rest as n/a. */
export const NAMES = {
  open: 'Open in the app (dialog answered → workspace shown)',
  firstRender: 'Register: first render after opening',
  warmRender: 'Register: render when coming back to it',
  sort: 'Register: sort by owner (click → painted)',
  filter: 'Register: filter by search text (input → painted)',
  scroll: 'Register: p95 frame while scrolling',
  slider: 'Ranking: p95 frame while dragging a weight slider',
  typing: 'Worksheet: typing latency (keydown → painted)',
} as const

export type Base = Omit<Figure, 'value'>

/** A Chromium figure's name, size and target. */
export const figure = (name: string, size: BenchSize, target?: number): Base => ({
  section: 'Chromium',
  name,
  size,
  unit: 'ms',
  ...(target === undefined ? {} : { target }),
})
/** The browser targets hold at portfolio scale. */
export const atL = (size: BenchSize, target: number) => (size === 'L' ? target : undefined)

/** A figure from timings with the main thread's CPU time for each. */
export function fromTimings(base: Base, runs: readonly Measured<number>[]): Figure {
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
