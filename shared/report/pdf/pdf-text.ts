/**
 * The PDF uses the standard Helvetica font, which needs no font file but can only draw the
 * Windows-1252 (WinAnsi) characters: Latin letters with umlauts and ß, €, „quotes“, dashes.
 * Text is made safe for it here, so nothing ever turns into garbled bytes.
 */

/** Characters above Latin-1 that WinAnsi still has, by code point. */
const WIN_ANSI_EXTRAS = new Set([
  402, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230, 8364, 8240, 8249,
  8250, 710, 8482, 338, 339, 732, 352, 353, 376, 381, 382,
])

/** Look-alikes for common characters that WinAnsi lacks. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2212': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2009': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2713': 'x',
  '\u2714': 'x',
  '\u2605': '*',
  '\u0131': 'i',
  '\u0142': 'l',
  '\u0141': 'L',
  '\u0111': 'd',
  '\u0110': 'D',
  '\u0127': 'h',
  '\u0126': 'H',
}

/** A Latin letter with accents the font lacks, such as ğ or ř, as its base letter (g, r). */
function baseLetter(grapheme: string): string | null {
  const base = grapheme.normalize('NFD').replace(/[\p{Mn}\p{Cf}]+/gu, '')
  const isDrawable = Array.from(base).every((c) => isWinAnsi(c.codePointAt(0) ?? 0))
  return base.length > 0 && base !== grapheme && isDrawable ? base.normalize('NFC') : null
}

/** What stands in for a character the font cannot draw, such as an emoji or Arabic script. */
export const UNSUPPORTED_CHARACTER = '?'

const INVISIBLE = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u

function isWinAnsi(codePoint: number): boolean {
  if (codePoint === 10) return true
  if (codePoint >= 0x20 && codePoint < 0x7f) return true
  if (codePoint >= 0xa0 && codePoint <= 0xff) return true
  return WIN_ANSI_EXTRAS.has(codePoint)
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** One user-perceived character (a grapheme) as the font can draw it; '' when invisible. */
function safeGrapheme(grapheme: string): string {
  const chars = Array.from(grapheme)
  if (chars.every((c) => isWinAnsi(c.codePointAt(0) ?? 0))) return grapheme
  if (chars.length === 1) {
    if (grapheme === '\t') return ' '
    const lookAlike = LOOK_ALIKES[grapheme]
    if (lookAlike !== undefined) return lookAlike
  }
  if (chars.every((c) => INVISIBLE.test(c))) return ''
  return baseLetter(grapheme) ?? UNSUPPORTED_CHARACTER
}

/** Graphemes are found in short pieces: segmenting one long string takes quadratic time in V8. */
const PIECE = 256

/** Latin-1 and the WinAnsi extras: umlauts, ß, €, quotes, dashes, the bullet, the ellipsis. */
const ALL_WIN_ANSI =
  /^[\n\x20-\x7e\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]*$/

/** A run of characters outside printable ASCII, made drawable grapheme by grapheme. */
function safeRun(run: string): string {
  if (ALL_WIN_ANSI.test(run)) return run
  let out = ''
  for (let from = 0; from < run.length;) {
    let to = Math.min(run.length, from + PIECE)
    // Never split a surrogate pair between two pieces.
    if (to < run.length && /[\ud800-\udbff]/.test(run.charAt(to - 1))) to++
    for (const { segment } of graphemes.segment(run.slice(from, to))) out += safeGrapheme(segment)
    from = to
  }
  return out
}

/**
 * Text the standard PDF font can draw: composed to NFC (e + combining accent becomes é),
 * look-alikes for dashes and spaces, accented letters the font lacks as their base letter
 * (Yılmaz as Yilmaz, Dvořák as Dvorák), invisible marks dropped, and any other character the
 * font lacks, such as an emoji or an Arabic letter, shown as one "?" per character.
 */
export function pdfSafe(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[^\n\x20-\x7e]+/g, safeRun)
}
