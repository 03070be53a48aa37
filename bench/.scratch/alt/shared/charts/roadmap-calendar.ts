/** Calendar arithmetic for the roadmap on whole UTC days, free of time zones and of the clock. */

const DAY = 86_400_000

/** Days since 1970 of a `YYYY-MM-DD` date, or null when it is not a real date. */
export function dayNumber(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const time = Date.UTC(year, month - 1, day)
  const date = new Date(time)
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return time / DAY
}

/** A span of days, both ends included. */
export interface DaySpan {
  readonly start: number
  readonly end: number
}

/** The spans where two bars of one lane run at the same time. */
export function overlaps(bars: readonly DaySpan[]): DaySpan[] {
  const spans: DaySpan[] = []
  for (let i = 0; i < bars.length; i++) {
    for (let j = i + 1; j < bars.length; j++) {
      const a = bars[i] as DaySpan
      const b = bars[j] as DaySpan
      const start = Math.max(a.start, b.start)
      const end = Math.min(a.end, b.end)
      if (start <= end) spans.push({ start, end })
    }
  }
  return spans
}

/** Month starts (as day numbers) from the month of `first` to the month after `last`. */
export function monthStarts(
  first: number,
  last: number,
): { day: number; month: number; year: number }[] {
  const from = new Date(first * DAY)
  const months: { day: number; month: number; year: number }[] = []
  let year = from.getUTCFullYear()
  let month = from.getUTCMonth()
  for (;;) {
    const day = Date.UTC(year, month, 1) / DAY
    months.push({ day, month, year })
    if (day > last) break
    month++
    if (month === 12) {
      month = 0
      year++
    }
  }
  return months
}
