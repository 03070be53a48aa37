import {
  COLOURS,
  charCount,
  MARKER_SHAPES,
  SERIES_COLOURS,
  defaultFormat,
  el,
  linear,
  marker,
  chartDocument,
  ratingScaleBackdrop,
  text,
  truncate,
  wrap,
} from './svg'

/** "Us" or one competitor. */
export interface CompetitorSeries {
  readonly id: string
  readonly label: string
}

/** One attribute, rated from the customer's view for each series (aligned with `series`). */
export interface CompetitorAttributeRow {
  readonly id: string
  readonly label: string
  readonly values: readonly (number | null)[]
}

export interface CompetitorChartInput {
  readonly title: string
  readonly description: string
  /** The first series is "us"; it is drawn largest and on top. */
  readonly series: readonly CompetitorSeries[]
  readonly attributes: readonly CompetitorAttributeRow[]
  readonly lo?: number
  readonly hi?: number
  /** E.g. "not rated". */
  readonly notRated: string
  readonly formatNumber?: (value: number) => string
  readonly width?: number
  readonly idPrefix?: string
  readonly role?: 'img' | 'group'
}

const TOP = 54
const LABEL_WIDTH = 300

/** Each series' colour and shape; shapes repeat only after six series. */
function seriesStyle(index: number) {
  return {
    colour: SERIES_COLOURS[index % SERIES_COLOURS.length] ?? COLOURS.accent,
    shape: MARKER_SHAPES[index % MARKER_SHAPES.length] ?? 'circle',
  }
}

/**
 * Us against the competitors per attribute: a dot plot on the rating scale, one marker shape and
 * colour per series (so it reads without colour), "us" larger and on top, with a legend.
 */
export function competitorChartSvg(input: CompetitorChartInput): string {
  const width = input.width ?? 960
  const lo = input.lo ?? 1
  const hi = input.hi ?? 5
  const format = input.formatNumber ?? defaultFormat
  const left = LABEL_WIDTH + 30
  const right = width - 40
  const sx = linear([lo, hi], [left, right])
  const count = input.series.length
  // Each series gets its own line within a row, so that equal ratings stack instead of hiding.
  const step = 16
  const row = Math.max(56, count * step + 20)
  const bottom = TOP + input.attributes.length * row
  let body = ratingScaleBackdrop({
    rows: input.attributes.length,
    rowHeight: row,
    top: TOP,
    width,
    lo,
    hi,
    sx,
  })
  input.attributes.forEach((attribute, i) => {
    const mid = TOP + i * row + row / 2
    const lines = wrap(attribute.label, 34, 2)
    let marks = lines
      .map((line, l) =>
        text(line, { x: 16, y: mid + 5 + (l - (lines.length - 1) / 2) * 19, size: 15 }),
      )
      .join('')
    // Drawn from the last series to "us", so that "us" ends on top; each series slightly offset.
    for (let s = count - 1; s >= 0; s--) {
      const value = attribute.values[s]
      if (value === null || value === undefined) continue
      const { colour, shape } = seriesStyle(s)
      marks += marker(shape, sx(value), mid + (s - (count - 1) / 2) * step, s === 0 ? 9 : 7, colour)
    }
    const described = input.series
      .map((series, s) => {
        const value = attribute.values[s]
        return `${series.label} ${value === null || value === undefined ? input.notRated : format(value)}`
      })
      .join(', ')
    body += el(
      'g',
      { 'data-attribute-id': attribute.id, 'aria-label': `${attribute.label}: ${described}` },
      marks,
    )
  })
  let legendX = 16
  let legendY = bottom + 36
  input.series.forEach((series, s) => {
    const label = truncate(series.label, 30)
    const itemWidth = 48 + charCount(label) * 8.5
    if (legendX + itemWidth > width - 16) {
      legendX = 16
      legendY += 28
    }
    const { colour, shape } = seriesStyle(s)
    body += marker(shape, legendX + 9, legendY - 5, s === 0 ? 9 : 7, colour)
    body += text(label, {
      x: legendX + 26,
      y: legendY,
      size: 15,
      weight: s === 0 ? 'bold' : 'normal',
    })
    legendX += itemWidth
  })
  return chartDocument(input, 'competitor-chart', { width, height: legendY + 24 }, body)
}
