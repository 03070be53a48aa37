import type { BenchSize } from './generate'
import type { Sample } from './stats'

export type Section = 'Files' | 'Ranking' | 'Export' | 'Memory' | 'Chromium' | 'Bundle'
export type Unit = 'ms' | 'x' | 'KB' | 'MB'

/** One figure of the bench, with the target it is held against (value <= target). */
export interface Figure {
  readonly section: Section
  readonly name: string
  readonly size: BenchSize | null
  readonly unit: Unit
  /** The median (or the single value); null when the figure could not be measured. */
  readonly value: number | null
  readonly min?: number
  readonly max?: number
  readonly runs?: number
  /** Median CPU time where measured (see Sample.cpu), in the figure's unit: ms, or x for a ratio. */
  readonly cpu?: number
  readonly target?: number
  /** Why the figure is missing, or what it means; printed beside it. */
  readonly note?: string
}

export type Verdict = 'PASS' | 'MISS' | 'n/a' | ''

/** PASS when the value is within its target, MISS when not; empty for figures without a target. */
export function verdictOf(figure: Figure): Verdict {
  if (figure.value === null) return 'n/a'
  if (figure.target === undefined) return ''
  return figure.value <= figure.target ? 'PASS' : 'MISS'
}

/** A figure from a timing sample. */
export function fromSample(
  base: Omit<Figure, 'value' | 'min' | 'max' | 'runs' | 'cpu'>,
  sample: Sample,
): Figure {
  const { median, min, max, runs, cpu } = sample
  return { ...base, value: median, min, max, runs, ...(cpu === undefined ? {} : { cpu }) }
}

/** A figure that could not be measured, with the reason. */
export function unavailable(base: Omit<Figure, 'value' | 'note'>, reason: string): Figure {
  return { ...base, value: null, note: reason }
}

/** A number in its unit, with as many decimals as make sense at its size. */
export function formatValue(value: number, unit: Unit): string {
  if (unit === 'x') return `${value.toFixed(2)}x`
  const decimals = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2
  return `${value.toFixed(decimals)} ${unit}`
}

const HEADERS = ['Figure', 'Size', 'Median', 'Min–max', 'Runs', 'CPU', 'Target', 'Result', 'Note']
/** Columns of numbers, aligned right. */
const NUMERIC = new Set([2, 3, 4, 5])

function row(figure: Figure): string[] {
  const { unit } = figure
  const spread =
    figure.min !== undefined && figure.max !== undefined && (figure.runs ?? 1) > 1
      ? `${formatValue(figure.min, unit)} – ${formatValue(figure.max, unit)}`
      : ''
  return [
    figure.name,
    figure.size ?? '',
    figure.value === null ? 'n/a' : formatValue(figure.value, unit),
    spread,
    figure.runs === undefined ? '' : String(figure.runs),
    figure.cpu === undefined ? '' : formatValue(figure.cpu, unit),
    figure.target === undefined ? '' : `≤ ${formatValue(figure.target, unit)}`,
    verdictOf(figure),
    figure.note ?? '',
  ]
}

/** The figures as a plain-text table, one block per section. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map(row)
  const widths = HEADERS.map((header, i) =>
    Math.max(
      header.length,
      ...rows.map((cells) => (i === HEADERS.length - 1 ? 0 : (cells[i]?.length ?? 0))),
    ),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        NUMERIC.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd()
  const out: string[] = [line(HEADERS), widths.map((w) => '─'.repeat(w)).join('  ')]
  let section: Section | null = null
  figures.forEach((figure, i) => {
    if (figure.section !== section) {
      section = figure.section
      out.push(section)
    }
    out.push(line(rows[i] ?? []))
  })
  return out.join('\n')
}

/** One line per figure, printed while the bench runs. */
export function formatProgress(figure: Figure): string {
  const cells = row(figure)
  const verdict = cells[7] ? ` [${cells[7]}]` : ''
  return `  ${figure.section} · ${figure.name}${figure.size ? ` (${figure.size})` : ''}: ${cells[2] ?? ''}${verdict}`
}

/** A line about a missed target, with the CPU time beside the wall time where it is known. */
export function formatMiss(figure: Figure): string {
  const value = figure.value === null ? 'n/a' : formatValue(figure.value, figure.unit)
  const cpu = figure.cpu === undefined ? '' : `, CPU ${formatValue(figure.cpu, figure.unit)}`
  const target = figure.target === undefined ? '' : formatValue(figure.target, figure.unit)
  return `  MISS: ${figure.name.trim()}${figure.size ? ` (${figure.size})` : ''}: ${value}${cpu}; target ≤ ${target}`
}
