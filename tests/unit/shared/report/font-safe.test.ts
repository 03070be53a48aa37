import { describe, expect, it } from 'vitest'
import { fontSafe, type CanDraw } from '../../../../shared/report'

/**
 * A font like the bundled Roboto: Latin with its accents (up to Latin Extended-A), Greek,
 * Cyrillic, punctuation and €, but no arrows, check marks, emoji, Arabic or Hebrew.
 */
const roboto: CanDraw = (c) =>
  (c >= 0x20 && c <= 0x7e) ||
  (c >= 0xa0 && c <= 0x17f) ||
  (c >= 0x370 && c <= 0x3ff) ||
  (c >= 0x400 && c <= 0x4ff) ||
  (c >= 0x2013 && c <= 0x2026) ||
  c === 0x200b ||
  c === 0x20ac

const safe = (text: string) => fontSafe(text, roboto)

describe('text made drawable for the document font', () => {
  it('keeps umlauts, ß, €, German quotes and dashes as they are', () => {
    const text = 'Größe: „Bärenstark“ – 9,90 € für Maß & Ölwechsel… ÄÖÜ äöü ß'
    expect(safe(text)).toBe(text)
  })

  it('keeps Turkish, Czech, Polish and Hungarian names and Greek or Cyrillic words whole', () => {
    const text = 'Ayşe Yılmaz, Dvořák, Łódź, Erdős; Ωμέγα, Жанна'
    expect(safe(text)).toBe(text)
  })

  it('composes a letter and its combining accent into one character', () => {
    expect(safe('Cafe\u0301')).toBe('Café')
  })

  it('writes a rare accented letter the font lacks as its base letter', () => {
    // ǧ (g with caron) is outside Latin Extended-A.
    expect(safe('Doğan, Daǧ')).toBe('Doğan, Dag')
  })

  it('uses look-alikes for arrows and check marks the font lacks', () => {
    expect(safe('A → B ✓')).toBe('A -> B x')
  })

  it('shows each character the font cannot draw as one "?" instead of an empty box', () => {
    expect(safe('Top 😀 شكرا שלום')).toBe('Top ? ???? ????')
    expect(safe('Daumen 👍🏽, Familie 👨‍👩‍👧')).toBe('Daumen ?, Familie ?')
  })

  it('drops control and zero-width characters, even ones the font has, and keeps line breaks', () => {
    expect(safe('a\u0000b\u200bc\r\nd\te\rf')).toBe('abc\nd e\nf')
  })

  it('leaves markup-like text as plain text', () => {
    expect(safe('<script>alert(1)</script> & ]]>')).toBe('<script>alert(1)</script> & ]]>')
  })
})
