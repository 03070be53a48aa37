import {
  COLOURS,
  chartDocument,
  charCount,
  defaultFormat,
  el,
  linear,
  num,
  ratingScaleBackdrop,
  text,
  wrap,
} from './svg'

/** One culture question with the group's statistics (see `cultureProfile` in the domain). */
export interface CultureProfileRow {
  readonly id: string
  /** The question, already translated. */
  readonly label: string
  readonly mean: number | null
  readonly min: number | null
  readonly max: number | null
  readonly count: number
}

export interface CultureProfileInput {
  readonly title: string
  readonly description: string
  readonly rows: readonly CultureProfileRow[]
  /** The rating scale; 1-5 unless given. */
  readonly lo?: number
  readonly hi?: number
  readonly legend: {
    /** E.g. "Mean". */
    readonly mean: string
    /** E.g. "Lowest to highest rating". */
    readonly range: string
    /** E.g. "No ratings yet". */
    readonly noRatings: string
  }
  readonly formatNumber?: (value: number) => string
  readonly width?: number
  readonly idPrefix?: string
  readonly role?: 'img' | 'group'
}

const ROW = 66
const TOP = 54
const LABEL_WIDTH = 400

function row(
  input: CultureProfileInput,
  item: CultureProfileRow,
  y: number,
  sx: (v: number) => number,
  format: (v: number) => string,
): string {
  const lines = wrap(item.label, 44, 2)
  let body = lines
    .map((line, i) =>
      text(line, { x: 16, y: y + ROW / 2 + 5 + (i - (lines.length - 1) / 2) * 19, size: 15 }),
    )
    .join('')
  const mid = y + ROW / 2
  const { mean, min, max } = item
  const hasStats = mean !== null && min !== null && max !== null
  if (hasStats) {
    body += el('path', {
      d: `M${num(sx(min))} ${num(mid)}H${num(sx(max))}`,
      stroke: COLOURS.accentLight,
      'stroke-width': 10,
      'stroke-linecap': 'round',
    })
    body += el('circle', {
      cx: sx(mean),
      cy: mid,
      r: 10,
      fill: COLOURS.accent,
      stroke: COLOURS.background,
      'stroke-width': 2,
    })
    body += text(format(mean), { x: sx(input.hi ?? 5) + 24, y: mid + 6, size: 17, weight: 'bold' })
  } else {
    body += text(input.legend.noRatings, {
      x: sx(input.lo ?? 1),
      y: mid + 5,
      size: 15,
      fill: COLOURS.muted,
    })
  }
  const stats = hasStats
    ? `${input.legend.mean} ${format(mean)}, ${input.legend.range} ${format(min)}–${format(max)}, n = ${item.count}`
    : input.legend.noRatings
  return el(
    'g',
    {
      'data-question-id': item.id,
      'data-mean': mean,
      'data-min': min,
      'data-max': max,
      'aria-label': `${item.label}: ${stats}`,
    },
    body,
  )
}

/**
 * The culture profile: for each "to what extent" question, the group's mean as a dot on the
 * rating scale and the range from the lowest to the highest rating as a bar behind it.
 */
export function cultureProfileSvg(input: CultureProfileInput): string {
  const width = input.width ?? 960
  const lo = input.lo ?? 1
  const hi = input.hi ?? 5
  const format = input.formatNumber ?? defaultFormat
  const left = LABEL_WIDTH + 30
  const right = width - 90
  const sx = linear([lo, hi], [left, right])
  const bottom = TOP + input.rows.length * ROW
  let body = ratingScaleBackdrop({
    rows: input.rows.length,
    rowHeight: ROW,
    top: TOP,
    width,
    lo,
    hi,
    sx,
  })
  body += input.rows.map((item, i) => row(input, item, TOP + i * ROW, sx, format)).join('')
  const legendY = bottom + 36
  body += el('circle', { cx: left + 8, cy: legendY - 5, r: 8, fill: COLOURS.accent })
  body += text(input.legend.mean, { x: left + 24, y: legendY, size: 14 })
  const rangeX = left + 40 + charCount(input.legend.mean) * 8
  body += el('path', {
    d: `M${num(rangeX)} ${num(legendY - 5)}h32`,
    stroke: COLOURS.accentLight,
    'stroke-width': 10,
    'stroke-linecap': 'round',
  })
  body += text(input.legend.range, { x: rangeX + 44, y: legendY, size: 14 })
  return chartDocument(input, 'culture-profile', { width, height: legendY + 24 }, body)
}
