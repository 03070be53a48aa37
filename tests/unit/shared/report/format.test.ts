import { describe, expect, it } from 'vitest'
import { reportFormat } from '../../../../shared/report'

describe('numbers and dates in the document follow its language', () => {
  const de = reportFormat('de')
  const en = reportFormat('en')

  it('writes 1234.5 as 1.234,5 in German and 1,234.5 in English', () => {
    expect(de.number(1234.5, 1)).toBe('1.234,5')
    expect(en.number(1234.5, 1)).toBe('1,234.5')
  })

  it('writes 5 January 2026 as a long date in each language', () => {
    expect(de.date('2026-01-05')).toBe('5. Januar 2026')
    expect(en.date('2026-01-05')).toBe('5 January 2026')
  })

  it('reads a date as a calendar day, whatever the time zone', () => {
    expect(de.date('2026-12-31')).toBe('31. Dezember 2026')
  })

  it('shows a dash for unknown values and keeps a broken date as it was typed', () => {
    expect(de.number(null)).toBe('–')
    expect(de.number(Number.NaN)).toBe('–')
    expect(de.date('')).toBe('–')
    expect(de.date('2026-13-45')).toBe('2026-13-45')
  })

  it('writes scores with fixed decimals, signed NPS values and percentages', () => {
    expect(de.fixed(75, 1)).toBe('75,0')
    expect(en.fixed(40.8248, 1)).toBe('40.8')
    expect(de.signed(45)).toBe('+45')
    expect(de.signed(-12.4)).toBe('-12')
    // German puts a no-break space before the percent sign.
    expect(de.percent(48.5)).toBe('48,5\u00a0%')
    expect(en.percent(48.5)).toBe('48.5%')
  })

  it('writes a period with either end open', () => {
    expect(de.period('2026-02-01', '2026-03-31')).toBe('01.02.2026 – 31.03.2026')
    expect(en.period('2026-02-01', '')).toBe('1 Feb 2026 – –')
    expect(en.period('', '')).toBe('–')
  })
})
