import { create, type Font } from 'fontkit'

/**
 * Which characters a TrueType or OpenType font has glyphs for, read with fontkit (the font engine
 * pdfmake itself lays text out with). The documents use this to write a character the font lacks
 * as "?" instead of an empty box.
 */

/** A file that is no font, or whose character map cannot be read. */
export class NotAFontError extends Error {}

/** The code points the font maps to a real glyph (not the "missing glyph" box). */
export function fontCoverage(bytes: Uint8Array): ReadonlySet<number> {
  let font: Font
  try {
    const opened = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    // A collection (.ttc) holds several fonts; the document needs one font per file.
    if (!('characterSet' in opened)) throw new NotAFontError('it is a font collection, not a font')
    font = opened
  } catch (error) {
    if (error instanceof NotAFontError) throw error
    throw new NotAFontError('it is not a TrueType or OpenType font', { cause: error })
  }
  try {
    const covered = new Set(font.characterSet)
    if (covered.size === 0) throw new NotAFontError('the font has no Unicode character map')
    return covered
  } catch (error) {
    if (error instanceof NotAFontError) throw error
    // fontkit reads tables lazily: a file cut short fails here, at its character map.
    throw new NotAFontError('the font file is damaged', { cause: error })
  }
}
