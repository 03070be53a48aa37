/**
 * The PDF and the Word charts are drawn with one bundled font. Text is made drawable for it
 * here, so that a character the font lacks shows as a readable stand-in, never as an empty box.
 */

/** Whether the document font has a glyph for a code point. */
export type CanDraw = (codePoint: number) => boolean

/** Look-alikes for common characters that fonts often lack. */
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
}

/** What stands in for a character the font cannot draw, such as an emoji or Arabic script. */
export const UNSUPPORTED_CHARACTER = '?'

const INVISIBLE = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u
/** Marks, format and control characters: a run with any of them is looked at grapheme by grapheme. */
const HAS_MARKS = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** Graphemes are found in short pieces: segmenting one long string takes quadratic time in V8. */
const PIECE = 256

function drawable(text: string, canDraw: CanDraw): boolean {
  for (const char of text) if (char !== '\n' && !canDraw(char.codePointAt(0) ?? 0)) return false
  return true
}

/** A letter with an accent the font lacks, such as ǧ, as its base letter (g) if it has that. */
function baseLetter(grapheme: string, canDraw: CanDraw): string | null {
  const base = grapheme.normalize('NFD').replace(/[\p{Mn}\p{Cf}]+/gu, '')
  return base.length > 0 && base !== grapheme && drawable(base, canDraw)
    ? base.normalize('NFC')
    : null
}

/** One user-perceived character (a grapheme) as the font can draw it; '' when invisible. */
function safeGrapheme(grapheme: string, canDraw: CanDraw): string {
  if (grapheme === '\t') return ' '
  // Zero-width and control characters are dropped even where the font has a glyph for them.
  if (Array.from(grapheme).every((c) => INVISIBLE.test(c))) return ''
  if (drawable(grapheme, canDraw)) return grapheme
  const lookAlike = LOOK_ALIKES[grapheme]
  if (lookAlike !== undefined && drawable(lookAlike, canDraw)) return lookAlike
  return baseLetter(grapheme, canDraw) ?? UNSUPPORTED_CHARACTER
}

/** A run of characters outside printable ASCII, made drawable grapheme by grapheme. */
function safeRun(run: string, canDraw: CanDraw): string {
  if (!HAS_MARKS.test(run) && drawable(run, canDraw)) return run
  let out = ''
  for (let from = 0; from < run.length;) {
    let to = Math.min(run.length, from + PIECE)
    // Never split a surrogate pair between two pieces.
    if (to < run.length && /[\ud800-\udbff]/.test(run.charAt(to - 1))) to++
    for (const { segment } of graphemes.segment(run.slice(from, to)))
      out += safeGrapheme(segment, canDraw)
    from = to
  }
  return out
}

/**
 * Text the document font can draw: composed to NFC (e + combining accent becomes é), line ends
 * as "\n", tabs as spaces, invisible marks dropped, look-alikes for arrows and special spaces,
 * a rare accented letter the font lacks as its base letter, and any other character it lacks,
 * such as an emoji or an Arabic letter, as one "?" per character. Printable ASCII must be drawable.
 */
export function fontSafe(text: string, canDraw: CanDraw): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[^\n\x20-\x7e]+/g, (run) => safeRun(run, canDraw))
}
