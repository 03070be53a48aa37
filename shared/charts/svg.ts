/**
 * Small helpers for building SVG as text. Charts keep to what resvg and pdfmake's SVG support
 * both draw: inline presentation attributes, no <style>, no foreignObject, one font family.
 */

/** The font every chart uses: built into PDF viewers and present on every desktop. */
export const FONT_FAMILY = 'Helvetica, Arial, sans-serif'

/** Calm colours that stay apart in greyscale too; shapes and patterns carry the meaning as well. */
export const COLOURS = {
  ink: '#1f2933',
  muted: '#52606d',
  grid: '#cbd2d9',
  background: '#ffffff',
  accent: '#2f5d8a',
  accentLight: '#9fb9d3',
  warning: '#9b2c2c',
  quickWins: '#e3f1e7',
  majorProjects: '#e4ecf5',
  fillIns: '#f1f1ee',
  thanklessTasks: '#f6ebe0',
} as const

/** Colours for several series; each series also gets its own marker shape. */
export const SERIES_COLOURS = ['#2f5d8a', '#b7791f', '#4a7c59', '#7b4f9d', '#8c5a3c', '#52606d']

/** Escapes text for XML content and attribute values: & < > " ' become entities. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch)
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** A coordinate or length with at most two decimals, so that the SVG stays small and stable. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0'
  return String(Math.round(value * 100) / 100)
}

export type AttributeValue = string | number | boolean | null | undefined

/** Attributes as text; null and undefined are left out, numbers are rounded, text is escaped. */
export function attrs(attributes: Readonly<Record<string, AttributeValue>>): string {
  let out = ''
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue
    const text = typeof value === 'number' ? num(value) : String(value)
    out += ` ${name}="${escapeXml(text)}"`
  }
  return out
}

/** One element: `<name a="..."/>` or `<name a="...">children</name>`. */
export function el(
  name: string,
  attributes: Readonly<Record<string, AttributeValue>>,
  children?: string,
): string {
  return children === undefined
    ? `<${name}${attrs(attributes)}/>`
    : `<${name}${attrs(attributes)}>${children}</${name}>`
}

export interface TextOptions {
  readonly x: number
  readonly y: number
  readonly size?: number
  readonly anchor?: 'start' | 'middle' | 'end'
  readonly weight?: 'normal' | 'bold'
  readonly fill?: string
}

/** A line of text, escaped, in the chart font. */
export function text(content: string, options: TextOptions): string {
  return el(
    'text',
    {
      x: options.x,
      y: options.y,
      'font-family': FONT_FAMILY,
      'font-size': options.size ?? 14,
      'font-weight': options.weight === 'bold' ? 'bold' : null,
      'text-anchor': options.anchor ?? 'start',
      fill: options.fill ?? COLOURS.ink,
    },
    escapeXml(content),
  )
}

/** Characters as a reader counts them (code points), for rough text widths. */
export function charCount(content: string): number {
  return Array.from(content).length
}

/** Shortens a text to `max` characters with an ellipsis, for labels beside marks. */
export function truncate(content: string, max: number): string {
  const chars = Array.from(content)
  return chars.length <= max ? content : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`
}

/**
 * Breaks a text into at most `lines` lines of about `width` characters at spaces; the last line
 * is shortened with an ellipsis. A rough measure, but charts have no DOM to measure text.
 */
export function wrap(content: string, width: number, lines: number): string[] {
  const words = content.trim().split(/\s+/).filter(Boolean)
  const out: string[] = []
  let line = ''
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word
    if (charCount(candidate) <= width || !line) line = candidate
    else {
      out.push(line)
      line = word
    }
  }
  if (line) out.push(line)
  if (out.length <= lines) return out.map((l) => truncate(l, width))
  return [...out.slice(0, lines - 1), truncate(out.slice(lines - 1).join(' '), width)]
}

export interface DocumentOptions {
  readonly width: number
  readonly height: number
  /** Short accessible name, also shown as the tooltip. */
  readonly title: string
  /** What the chart shows, for screen readers and text extraction. */
  readonly description: string
  /** An id prefix for <title>/<desc>, unique on the page when several charts are shown. */
  readonly idPrefix: string
  /** role="img" by default; "group" lets a screen reader reach the labelled marks inside. */
  readonly role?: 'img' | 'group'
}

/** The outer <svg> with viewBox, role, <title> and <desc>, on a white background. */
export function svgDocument(options: DocumentOptions, body: string): string {
  const { width, height, title, description, idPrefix } = options
  const titleId = `${idPrefix}-title`
  const descId = `${idPrefix}-desc`
  return (
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      width,
      height,
      role: options.role ?? 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      'font-family': FONT_FAMILY,
    })}>` +
    el('title', { id: titleId }, escapeXml(title)) +
    el('desc', { id: descId }, escapeXml(description)) +
    el('rect', { x: 0, y: 0, width, height, fill: COLOURS.background }) +
    body +
    '</svg>'
  )
}

/** What every chart's input says about itself: its accessible name, description, id prefix and role. */
export interface ChartLabels {
  readonly title: string
  readonly description: string
  readonly idPrefix?: string
  readonly role?: 'img' | 'group'
}

/** The outer <svg> of a chart from its labels; `idPrefix` falls back to the chart's own name. */
export function chartDocument(
  labels: ChartLabels,
  chartName: string,
  size: { readonly width: number; readonly height: number },
  body: string,
): string {
  return svgDocument(
    {
      ...size,
      title: labels.title,
      description: labels.description,
      idPrefix: labels.idPrefix ?? chartName,
      ...(labels.role ? { role: labels.role } : {}),
    },
    body,
  )
}

/**
 * The backdrop of a dot plot per row on a rating scale: every other row striped, and a grid line
 * with its number for each whole step from `lo` to `hi`.
 */
export function ratingScaleBackdrop(options: {
  readonly rows: number
  readonly rowHeight: number
  readonly top: number
  readonly width: number
  readonly lo: number
  readonly hi: number
  readonly sx: (value: number) => number
}): string {
  const { rows, rowHeight, top, width, lo, hi, sx } = options
  const bottom = top + rows * rowHeight
  let body = ''
  for (let i = 0; i < rows; i += 2) {
    body += el('rect', {
      x: 0,
      y: top + i * rowHeight,
      width,
      height: rowHeight,
      fill: COLOURS.fillIns,
    })
  }
  for (let tick = lo; tick <= hi; tick++) {
    const x = sx(tick)
    body += el('path', { d: `M${num(x)} ${num(top - 6)}V${num(bottom)}`, stroke: COLOURS.grid })
    body += text(String(tick), { x, y: top - 14, size: 15, anchor: 'middle', fill: COLOURS.muted })
  }
  return body
}

/** A linear scale from a domain onto pixels. */
export function linear(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0 || 1
  return (value: number): number => r0 + ((value - d0) / span) * (r1 - r0)
}

/** Formats a number with one decimal and a point; charts take a formatter for other languages. */
export function defaultFormat(value: number): string {
  return value.toFixed(1)
}

/** Marker shapes that tell series apart without colour. */
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'ring'] as const
export type MarkerShape = (typeof MARKER_SHAPES)[number]

/** A marker of a given shape centred on (x, y) with radius r. */
export function marker(shape: MarkerShape, x: number, y: number, r: number, fill: string): string {
  const stroke = { stroke: COLOURS.background, 'stroke-width': 1.5 }
  switch (shape) {
    case 'square':
      return el('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill, ...stroke })
    case 'triangle':
      return el('path', {
        d: `M${num(x)} ${num(y - r * 1.15)}L${num(x + r * 1.1)} ${num(y + r * 0.85)}L${num(x - r * 1.1)} ${num(y + r * 0.85)}Z`,
        fill,
        ...stroke,
      })
    case 'diamond':
      return el('path', {
        d: `M${num(x)} ${num(y - r * 1.25)}L${num(x + r * 1.25)} ${num(y)}L${num(x)} ${num(y + r * 1.25)}L${num(x - r * 1.25)} ${num(y)}Z`,
        fill,
        ...stroke,
      })
    case 'cross':
      return el('path', {
        d: `M${num(x - r)} ${num(y - r)}L${num(x + r)} ${num(y + r)}M${num(x + r)} ${num(y - r)}L${num(x - r)} ${num(y + r)}`,
        fill: 'none',
        stroke: fill,
        'stroke-width': 3,
      })
    case 'ring':
      return el('circle', {
        cx: x,
        cy: y,
        r: r * 0.85,
        fill: COLOURS.background,
        stroke: fill,
        'stroke-width': 3,
      })
    default:
      return el('circle', { cx: x, cy: y, r, fill, ...stroke })
  }
}
