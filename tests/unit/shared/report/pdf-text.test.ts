import { describe, expect, it } from 'vitest'
import { pdfSafe } from '../../../../shared/report'

describe('text for the PDF standard font', () => {
  it('keeps umlauts, ß, €, German quotes and dashes as they are', () => {
    const text = 'Größe: „Bärenstark“ – 9,90 € für Maß & Ölwechsel… ÄÖÜ äöü ß'
    expect(pdfSafe(text)).toBe(text)
  })

  it('composes a letter and its combining accent into one character', () => {
    expect(pdfSafe('Cafe\u0301')).toBe('Café')
  })

  it('writes accented letters the font lacks as their base letter, so names stay readable', () => {
    expect(pdfSafe('Ayşe Yılmaz, Dvořák, Łódź')).toBe('Ayse Yilmaz, Dvorák, Lódz')
  })

  it('shows each character the font cannot draw as one "?" instead of garbled bytes', () => {
    expect(pdfSafe('Top 😀 شكرا שלום')).toBe('Top ? ???? ????')
    expect(pdfSafe('Daumen 👍🏽, Familie 👨‍👩‍👧')).toBe('Daumen ?, Familie ?')
  })

  it('drops control and zero-width characters and keeps line breaks', () => {
    expect(pdfSafe('a\u0000b\u200bc\r\nd\te\rf')).toBe('abc\nd e\nf')
  })

  it('leaves markup-like text as plain text', () => {
    expect(pdfSafe('<script>alert(1)</script> & ]]>')).toBe('<script>alert(1)</script> & ]]>')
  })
})
