import { placeLabels, type Box } from './label-placement'
import { bubbleRadius, type Frame } from './priority-matrix-frame'
import type { MatrixPoint, PriorityMatrixInput } from './priority-matrix-types'
import { COLOURS, charCount, el, text, truncate } from './svg'

const TITLE_SIZE = 14
const QUADRANT_LABEL_HEIGHT = 26

/** The corner boxes the quadrant names take, which no initiative title may cover. */
function quadrantLabelBoxes(input: PriorityMatrixInput, f: Frame): Box[] {
  const q = input.quadrantLabels
  const box = (content: string, x: number, y: number, anchor: 'start' | 'end'): Box => {
    const width = charCount(truncate(content, 34)) * 11
    return { x: anchor === 'start' ? x : x - width, y, width, height: QUADRANT_LABEL_HEIGHT }
  }
  return [
    box(q['quick-wins'], f.left + 12, f.top + 6, 'start'),
    box(q['major-projects'], f.right - 12, f.top + 6, 'end'),
    box(q['fill-ins'], f.left + 12, f.bottom - 36, 'start'),
    box(q['thankless-tasks'], f.right - 12, f.bottom - 36, 'end'),
  ]
}

/** The dashed lines between the quadrants, as thin boxes. */
function midLines(input: PriorityMatrixInput, f: Frame): Box[] {
  const mx = f.sx((input.x.lo + input.x.hi) / 2)
  const my = f.sy((input.y.lo + input.y.hi) / 2)
  return [
    { x: mx - 1, y: f.top, width: 2, height: f.bottom - f.top },
    { x: f.left, y: my - 1, width: f.right - f.left, height: 2 },
  ]
}

/** The thin boxes a bubble's whiskers take, which titles avoid where they can. */
function whiskerLines(point: MatrixPoint, f: Frame): Box[] {
  const lines: Box[] = []
  if (point.xRange) {
    const [x0, x1] = [f.sx(point.xRange.min), f.sx(point.xRange.max)]
    lines.push({ x: Math.min(x0, x1), y: f.sy(point.y) - 1, width: Math.abs(x1 - x0), height: 2 })
  }
  if (point.yRange) {
    const [y0, y1] = [f.sy(point.yRange.min), f.sy(point.yRange.max)]
    lines.push({ x: f.sx(point.x) - 1, y: Math.min(y0, y1), width: 2, height: Math.abs(y1 - y0) })
  }
  return lines
}

/**
 * The initiatives' titles beside their bubbles, the best-ranked placed first, none covering
 * another title, a bubble or a quadrant name. A title with no free spot is left out: its bubble
 * keeps its rank number. Hidden from screen readers, since each bubble is named already.
 */
export function titles(input: PriorityMatrixInput, f: Frame): string {
  const byRank = [...input.points].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.id < b.id ? -1 : 1),
  )
  const labels = byRank.map((point) => truncate(point.label, 28))
  const places = placeLabels(
    byRank.map((point, i) => ({
      cx: f.sx(point.x),
      cy: f.sy(point.y),
      r: bubbleRadius(input, point.size),
      width: charCount(labels[i] ?? '') * 7.5,
      height: TITLE_SIZE + 4,
    })),
    { x: f.left, y: f.top, width: f.right - f.left, height: f.bottom - f.top },
    quadrantLabelBoxes(input, f),
    [...input.points.flatMap((point) => whiskerLines(point, f)), ...midLines(input, f)],
  )
  const body = places
    .map((place, i) =>
      place ? text(labels[i] ?? '', { ...place, size: TITLE_SIZE, fill: COLOURS.ink }) : '',
    )
    .join('')
  return el('g', { 'data-layer': 'titles', 'aria-hidden': 'true' }, body)
}
