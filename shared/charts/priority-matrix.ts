import { bubbleRadius, type Frame } from './priority-matrix-frame'
import { titles } from './priority-matrix-titles'
import type { MatrixAxisInput, MatrixPoint, PriorityMatrixInput } from './priority-matrix-types'
import {
  COLOURS,
  charCount,
  defaultFormat,
  el,
  linear,
  num,
  chartDocument,
  text,
  truncate,
} from './svg'

const MARGIN = { left: 90, right: 40, top: 30, bottom: 130 }

function defaultTicks({ lo, hi, ticks }: MatrixAxisInput): readonly number[] {
  if (ticks) return ticks
  const step = hi - lo > 10 ? (hi - lo) / 5 : 1
  return Array.from({ length: Math.round((hi - lo) / step) + 1 }, (_, i) => lo + i * step)
}

function quadrants(input: PriorityMatrixInput, f: Frame): string {
  const mx = f.sx((input.x.lo + input.x.hi) / 2)
  const my = f.sy((input.y.lo + input.y.hi) / 2)
  const area = (x0: number, y0: number, x1: number, y1: number, fill: string) =>
    el('rect', { x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill })
  const label = (content: string, x: number, y: number, anchor: 'start' | 'end') =>
    text(truncate(content, 34), { x, y, size: 20, weight: 'bold', anchor, fill: COLOURS.muted })
  const { quickWins, majorProjects, fillIns, thanklessTasks } = COLOURS
  const q = input.quadrantLabels
  return (
    area(f.left, f.top, mx, my, quickWins) +
    area(mx, f.top, f.right, my, majorProjects) +
    area(f.left, my, mx, f.bottom, fillIns) +
    area(mx, my, f.right, f.bottom, thanklessTasks) +
    label(q['quick-wins'], f.left + 12, f.top + 28, 'start') +
    label(q['major-projects'], f.right - 12, f.top + 28, 'end') +
    label(q['fill-ins'], f.left + 12, f.bottom - 14, 'start') +
    label(q['thankless-tasks'], f.right - 12, f.bottom - 14, 'end') +
    el('path', {
      d: `M${num(mx)} ${num(f.top)}V${num(f.bottom)}M${num(f.left)} ${num(my)}H${num(f.right)}`,
      stroke: COLOURS.muted,
      'stroke-width': 1.5,
      'stroke-dasharray': '6 4',
      fill: 'none',
    })
  )
}

function axes(input: PriorityMatrixInput, f: Frame, format: (v: number) => string): string {
  let out = el('rect', {
    x: f.left,
    y: f.top,
    width: f.right - f.left,
    height: f.bottom - f.top,
    fill: 'none',
    stroke: COLOURS.grid,
  })
  for (const tick of defaultTicks(input.x)) {
    const x = f.sx(tick)
    out += el('path', { d: `M${num(x)} ${num(f.bottom)}v6`, stroke: COLOURS.muted })
    out += text(format(tick).replace(/[.,]0$/, ''), {
      x,
      y: f.bottom + 24,
      anchor: 'middle',
      size: 15,
    })
  }
  for (const tick of defaultTicks(input.y)) {
    const y = f.sy(tick)
    out += el('path', { d: `M${num(f.left - 6)} ${num(y)}h6`, stroke: COLOURS.muted })
    out += text(format(tick).replace(/[.,]0$/, ''), {
      x: f.left - 12,
      y: y + 5,
      anchor: 'end',
      size: 15,
    })
  }
  out += text(input.x.label, {
    x: (f.left + f.right) / 2,
    y: f.bottom + 52,
    anchor: 'middle',
    size: 17,
    weight: 'bold',
  })
  const cy = (f.top + f.bottom) / 2
  out += el(
    'g',
    { transform: `translate(${num(f.left - 50)} ${num(cy)}) rotate(-90)` },
    text(input.y.label, { x: 0, y: 0, anchor: 'middle', size: 17, weight: 'bold' }),
  )
  return out
}

/** The contested mark: a dashed outline and a small diamond with "!", readable without colour. */
function contestedMark(cx: number, cy: number, r: number): string {
  const mx = cx + r * 0.75
  const my = cy - r * 0.75
  return (
    el('circle', {
      cx,
      cy,
      r: r + 4,
      fill: 'none',
      stroke: COLOURS.warning,
      'stroke-width': 2.5,
      'stroke-dasharray': '5 3',
    }) +
    el('path', {
      d: `M${num(mx)} ${num(my - 9)}L${num(mx + 9)} ${num(my)}L${num(mx)} ${num(my + 9)}L${num(mx - 9)} ${num(my)}Z`,
      fill: COLOURS.warning,
      stroke: COLOURS.background,
      'stroke-width': 1.5,
    }) +
    text('!', {
      x: mx,
      y: my + 4.5,
      size: 13,
      weight: 'bold',
      anchor: 'middle',
      fill: COLOURS.background,
    })
  )
}

function whiskers(point: MatrixPoint, f: Frame, cx: number, cy: number): string {
  let d = ''
  if (point.xRange) {
    const x0 = f.sx(point.xRange.min)
    const x1 = f.sx(point.xRange.max)
    d += `M${num(x0)} ${num(cy)}H${num(x1)}M${num(x0)} ${num(cy - 5)}v10M${num(x1)} ${num(cy - 5)}v10`
  }
  if (point.yRange) {
    const y0 = f.sy(point.yRange.min)
    const y1 = f.sy(point.yRange.max)
    d += `M${num(cx)} ${num(y0)}V${num(y1)}M${num(cx - 5)} ${num(y0)}h10M${num(cx - 5)} ${num(y1)}h10`
  }
  return d ? el('path', { d, stroke: COLOURS.ink, 'stroke-width': 1.5, fill: 'none' }) : ''
}

function bubble(
  input: PriorityMatrixInput,
  point: MatrixPoint,
  f: Frame,
  format: (v: number) => string,
): string {
  const cx = f.sx(point.x)
  const cy = f.sy(point.y)
  const r = bubbleRadius(input, point.size)
  const quadrantLabel = input.quadrantLabels[point.quadrant]
  const details = [
    `${input.x.label} ${format(point.x)}`,
    `${input.y.label} ${format(point.y)}`,
    ...(input.size && point.size !== null && point.size !== undefined
      ? [`${input.size.label} ${format(point.size)}`]
      : []),
    quadrantLabel,
    ...(point.isContested ? [input.legend.contested] : []),
  ]
  const rank = point.rank ?? null
  const body =
    el('circle', {
      cx,
      cy,
      r,
      fill: COLOURS.accent,
      'fill-opacity': 0.85,
      stroke: COLOURS.background,
      'stroke-width': 2,
    }) +
    (point.isContested ? contestedMark(cx, cy, r) : '') +
    (rank === null
      ? ''
      : text(String(rank), {
          x: cx,
          y: cy + 5,
          size: 14,
          weight: 'bold',
          anchor: 'middle',
          fill: COLOURS.background,
        }))
  return el(
    'g',
    {
      'data-initiative-id': point.id,
      'data-quadrant': point.quadrant,
      'data-x': point.x,
      'data-y': point.y,
      'data-contested': point.isContested ? 'true' : 'false',
      'aria-label': `${point.label}: ${details.join(', ')}`,
      ...(input.role === 'group' ? { role: 'img' } : {}),
    },
    body,
  )
}

/** The legend below the plot, wrapping onto a second row when the texts are long. */
function legend(input: PriorityMatrixInput, top: number, left: number, right: number): string {
  let x = left
  let y = top
  let out = ''
  const item = (mark: (x: number, y: number) => string, label: string | undefined) => {
    if (!label) return
    const short = truncate(label, 60)
    const width = 48 + charCount(short) * 8
    if (x > left && x + width > right) {
      x = left
      y += 28
    }
    out += mark(x, y) + text(short, { x: x + 30, y: y + 5, size: 15 })
    x += width
  }
  item(
    (x, y) => el('circle', { cx: x + 10, cy: y, r: 8, fill: COLOURS.accent }),
    input.size ? input.legend.size : undefined,
  )
  item((x, y) => contestedMark(x + 10, y, 6), input.legend.contested)
  item(
    (x, y) =>
      el('path', {
        d: `M${num(x)} ${num(y)}h20M${num(x)} ${num(y - 5)}v10M${num(x + 20)} ${num(y - 5)}v10`,
        stroke: COLOURS.ink,
        'stroke-width': 1.5,
      }),
    input.legend.spread,
  )
  return out
}

/**
 * The priority matrix: initiatives placed by their x (effort) and y (impact) aggregates on the
 * quadrants, bubble size from a third criterion, whiskers from the lowest to the highest rating
 * (min-max, the same range the contested flag uses), contested bubbles with a dashed outline and "!".
 */
export function priorityMatrixSvg(input: PriorityMatrixInput): string {
  const width = input.width ?? 960
  const height = input.height ?? 720
  const format = input.formatNumber ?? defaultFormat
  const left = MARGIN.left
  const right = width - MARGIN.right
  const top = MARGIN.top
  const bottom = height - MARGIN.bottom
  const frame: Frame = {
    left,
    right,
    top,
    bottom,
    sx: linear([input.x.lo, input.x.hi], [left + 20, right - 20]),
    sy: linear([input.y.lo, input.y.hi], [bottom - 20, top + 20]),
  }
  // Larger bubbles first, so that small ones stay visible on top; ties in a stable order.
  const points = [...input.points].sort(
    (a, b) => (b.size ?? 0) - (a.size ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  const body =
    quadrants(input, frame) +
    axes(input, frame, format) +
    // Whiskers in their own layer below every bubble, so that a long whisker never covers one.
    el(
      'g',
      { 'data-layer': 'whiskers' },
      points.map((p) => whiskers(p, frame, frame.sx(p.x), frame.sy(p.y))).join(''),
    ) +
    el(
      'g',
      { 'data-layer': 'initiatives' },
      points.map((p) => bubble(input, p, frame, format)).join(''),
    ) +
    (points.length <= 40 ? titles(input, frame) : '') +
    legend(input, height - 54, left, right)
  return chartDocument(input, 'priority-matrix', { width, height }, body)
}
