import { dayNumber, monthStarts, overlaps } from './roadmap-calendar'
import { COLOURS, charCount, el, linear, num, chartDocument, text, truncate, wrap } from './svg'

/** One initiative on the roadmap. */
export interface RoadmapItem {
  readonly id: string
  readonly label: string
  /** The lane: the owner or the status, already translated. */
  readonly lane: string
  /** `YYYY-MM-DD`; items without a valid start and end are listed below the chart. */
  readonly start: string
  readonly end: string
  readonly rank?: number | null
}

export interface RoadmapInput {
  readonly title: string
  readonly description: string
  readonly items: readonly RoadmapItem[]
  /** Twelve short month names, January first, already translated. */
  readonly monthLabels: readonly string[]
  readonly legend: {
    /** E.g. "Overlaps within one lane". */
    readonly overlap: string
    /** E.g. "Without dates:". */
    readonly undated: string
  }
  readonly width?: number
  readonly idPrefix?: string
  readonly role?: 'img' | 'group'
}

const ROW = 34
const LANE_GAP = 14
const LABEL_WIDTH = 190
const TOP = 64

interface Bar {
  readonly item: RoadmapItem
  readonly start: number
  /** Inclusive last day. */
  readonly end: number
}

interface Lane {
  readonly name: string
  readonly bars: Bar[]
  readonly bestRank: number
}

const byRank = (a: Bar, b: Bar): number =>
  (a.item.rank ?? Infinity) - (b.item.rank ?? Infinity) ||
  a.start - b.start ||
  (a.item.label < b.item.label ? -1 : a.item.label > b.item.label ? 1 : 0) ||
  (a.item.id < b.item.id ? -1 : 1)

/** Lanes in the order of their best-ranked initiative, each in rank order. */
function lanes(bars: readonly Bar[]): Lane[] {
  const byName = new Map<string, Bar[]>()
  for (const bar of bars) byName.set(bar.item.lane, [...(byName.get(bar.item.lane) ?? []), bar])
  return [...byName]
    .map(([name, laneBars]) => {
      const sorted = [...laneBars].sort(byRank)
      return { name, bars: sorted, bestRank: sorted[0]?.item.rank ?? Infinity }
    })
    .sort((a, b) => a.bestRank - b.bestRank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

function monthGrid(
  input: RoadmapInput,
  months: ReturnType<typeof monthStarts>,
  sx: (d: number) => number,
  bottom: number,
): string {
  const every = months.length > 19 ? 3 : 1
  let out = ''
  months.forEach(({ day, month, year }, i) => {
    const x = sx(day)
    out += el('path', {
      d: `M${num(x)} ${num(TOP - 8)}V${num(bottom)}`,
      stroke: COLOURS.grid,
      'stroke-width': 1,
    })
    if (i === months.length - 1) return
    // The year on its own line above, at January and at the first month, so that labels never collide.
    if (month === 0 || i === 0)
      out += text(String(year), {
        x: x + 4,
        y: TOP - 34,
        size: 14,
        weight: 'bold',
        fill: COLOURS.muted,
      })
    if (i % every !== 0) return
    out += text(input.monthLabels[month] ?? String(month + 1), {
      x: x + 4,
      y: TOP - 14,
      size: 14,
      fill: COLOURS.muted,
    })
  })
  return out
}

function barGroup(
  bar: Bar,
  y: number,
  sx: (d: number) => number,
  right: number,
  hasOverlap: boolean,
  overlapText: string,
): string {
  const x0 = sx(bar.start)
  const x1 = Math.max(x0 + 4, sx(bar.end + 1))
  const { item } = bar
  const label = truncate(`${item.rank == null ? '' : `${item.rank}. `}${item.label}`, 40)
  const labelWidth = charCount(label) * 7.6
  const inside = labelWidth + 12 < x1 - x0
  const after = x1 + 8 + labelWidth < right
  const labelText = inside
    ? text(label, { x: x0 + 6, y: y + 19, size: 14, fill: COLOURS.background })
    : text(label, {
        x: after ? x1 + 8 : x0 - 8,
        y: y + 19,
        size: 14,
        anchor: after ? 'start' : 'end',
      })
  const outline = hasOverlap
    ? { stroke: COLOURS.warning, 'stroke-width': 2.5, 'stroke-dasharray': '6 3' }
    : { stroke: COLOURS.background, 'stroke-width': 1 }
  return el(
    'g',
    {
      'data-initiative-id': item.id,
      'data-lane': item.lane,
      'data-start': item.start,
      'data-end': item.end,
      'data-overlap': hasOverlap ? 'true' : 'false',
      'aria-label': `${item.label}: ${item.lane}, ${item.start} – ${item.end}${hasOverlap ? `, ${overlapText}` : ''}`,
    },
    el('rect', {
      x: x0,
      y: y + 4,
      width: x1 - x0,
      height: ROW - 8,
      rx: 4,
      fill: COLOURS.accent,
      ...outline,
    }) + labelText,
  )
}

/**
 * The roadmap: one bar per initiative from start to end, in lanes by owner or status; lanes in
 * the order of their best-ranked initiative, bars in rank order. Where two bars of one lane run
 * at the same time, the span is shaded and both bars get a dashed outline.
 */
export function roadmapSvg(input: RoadmapInput): string {
  const width = input.width ?? 960
  const bars: Bar[] = []
  const undated: RoadmapItem[] = []
  for (const item of input.items) {
    const start = dayNumber(item.start)
    const end = dayNumber(item.end)
    if (start === null || end === null || end < start) undated.push(item)
    else bars.push({ item, start, end })
  }
  const laneList = lanes(bars)
  const first = Math.min(...bars.map((b) => b.start))
  const last = Math.max(...bars.map((b) => b.end))
  const months = bars.length ? monthStarts(first, last) : []
  const right = width - 30
  const sx = linear([months[0]?.day ?? 0, months.at(-1)?.day ?? 1], [LABEL_WIDTH, right])
  let backgrounds = ''
  let lanesSvg = ''
  let y = TOP
  for (const lane of laneList) {
    const laneTop = y
    const nameLines = wrap(lane.name || '–', 22, 2)
    const laneHeight = Math.max(lane.bars.length * ROW, nameLines.length * 18 + 16)
    const overlapping = new Set(
      lane.bars.filter((bar) =>
        lane.bars.some(
          (other) => other !== bar && other.start <= bar.end && bar.start <= other.end,
        ),
      ),
    )
    backgrounds += el('rect', {
      x: 0,
      y: laneTop,
      width,
      height: laneHeight,
      fill: COLOURS.fillIns,
    })
    for (const span of overlaps(lane.bars)) {
      lanesSvg += el('rect', {
        x: sx(span.start),
        y: laneTop,
        width: Math.max(2, sx(span.end + 1) - sx(span.start)),
        height: laneHeight,
        fill: COLOURS.warning,
        'fill-opacity': 0.14,
      })
    }
    nameLines.forEach((line, i) => {
      lanesSvg += text(line, { x: 12, y: laneTop + 22 + i * 18, size: 15, weight: 'bold' })
    })
    const groups = lane.bars.map((bar, i) =>
      barGroup(bar, laneTop + i * ROW, sx, right, overlapping.has(bar), input.legend.overlap),
    )
    lanesSvg += el('g', { 'data-lane-name': lane.name }, groups.join(''))
    y += laneHeight + LANE_GAP
  }
  const plotBottom = y - LANE_GAP
  let body =
    backgrounds + (months.length ? monthGrid(input, months, sx, plotBottom) : '') + lanesSvg
  let bottom = plotBottom + 30
  body += el('rect', {
    x: LABEL_WIDTH,
    y: bottom - 12,
    width: 28,
    height: 14,
    fill: COLOURS.warning,
    'fill-opacity': 0.14,
    stroke: COLOURS.warning,
    'stroke-width': 2,
    'stroke-dasharray': '6 3',
  })
  body += text(input.legend.overlap, { x: LABEL_WIDTH + 38, y: bottom, size: 14 })
  if (undated.length) {
    const names = undated.map((item) => item.label).join(', ')
    for (const line of wrap(
      `${input.legend.undated} ${names}`,
      Math.floor((width - 40) / 7.6),
      6,
    )) {
      bottom += 24
      body += text(line, { x: 12, y: bottom, size: 14, fill: COLOURS.muted })
    }
  }
  return chartDocument(input, 'roadmap', { width, height: bottom + 20 }, body)
}
