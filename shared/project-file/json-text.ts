import { failure, formatMegabytes, type Stage } from './errors'
import { decodeUtf8Strict, encodeUtf8 } from './utf8'

/** Deeper nesting than this is refused before parsing; a real project needs fewer than 20 levels. */
export const MAX_NESTING_DEPTH = 200

const BYTE_ORDER_MARK = '\uFEFF'

/** The number of bytes `text` takes in UTF-8, computed without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** Checks the size limit, then decodes strict UTF-8 and drops a leading byte order mark. */
function decodeProjectText(input: Uint8Array | string, maxBytes: number): Stage<string> {
  const size = typeof input === 'string' ? utf8Length(input) : input.byteLength
  if (size > maxBytes) {
    return failure(
      'TOO_LARGE',
      `The file is ${formatMegabytes(size)}, more than the ${formatMegabytes(maxBytes)} a project file may have. It is probably not a Loyalty Workshop project.`,
    )
  }
  if (typeof input === 'string') {
    return { ok: true, value: input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input }
  }
  try {
    return { ok: true, value: decodeUtf8Strict(input) }
  } catch {
    return failure(
      'NOT_JSON',
      'The file is not UTF-8 text. It may be a different kind of file, or it was saved in another text encoding.',
    )
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const CLOSE_BRACE = 0x7d
const CLOSE_BRACKET = 0x5d

/**
 * The deepest nesting of objects and arrays in JSON, counted in its UTF-8 bytes without parsing,
 * so that hostile input cannot overflow the stack of the code that walks the result. Bytes, not
 * text: every byte of a multi-byte character is above 0x7f, so quotes and brackets are found
 * exactly, and reading bytes is faster than reading characters. Stops once `limit` is passed.
 */
export function nestingDepth(bytes: Uint8Array, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0
  let deepest = 0
  const end = bytes.length
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]
    if (byte === QUOTE) {
      // Skip the string: a backslash escapes the byte after it, a quote ends it.
      for (i++; i < end; i++) {
        const inString = bytes[i]
        if (inString === BACKSLASH) i++
        else if (inString === QUOTE) break
      }
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      depth++
      if (depth > deepest) {
        deepest = depth
        if (deepest > limit) return deepest
      }
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--
    }
  }
  return deepest
}

/** The 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

const BACKUP_HINT =
  'If there is a backup next to it (the same name ending in .bak), open that instead.'

/** Explains a JSON.parse failure: truncation, or where the text stops being JSON. */
function describeSyntaxError(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : ''
  const position = /position (\d+)/.exec(detail)?.[1]
  const offset = position === undefined ? null : Number(position)
  const isTruncated =
    /end of (JSON )?input/i.test(detail) || (offset !== null && offset >= text.trimEnd().length)
  if (isTruncated) {
    return `The file is not valid JSON: it ends too early, so it was probably cut off while being copied or saved. ${BACKUP_HINT}`
  }
  if (offset === null) {
    return `The file is not valid JSON. It may be damaged, or it is not a Loyalty Workshop project. ${BACKUP_HINT}`
  }
  const { line, column } = lineAndColumn(text, offset)
  return `The file is not valid JSON near line ${line}, column ${column}. It may be damaged, or it is not a Loyalty Workshop project. ${BACKUP_HINT}`
}

/**
 * Reads a file's bytes (or text) as JSON: size limit, strict UTF-8, then refusal of empty text
 * and of too deep nesting before JSON.parse. Never throws.
 */
export function readJson(input: Uint8Array | string, maxBytes: number): Stage<unknown> {
  const text = decodeProjectText(input, maxBytes)
  if (!text.ok) return text
  if (text.value.trim() === '') {
    return failure('NOT_JSON', 'The file is empty. It may have been cut off while being saved.')
  }
  const bytes = typeof input === 'string' ? encodeUtf8(input) : input
  if (nestingDepth(bytes, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) {
    return failure(
      'NOT_A_PROJECT',
      `The file nests data more than ${MAX_NESTING_DEPTH} levels deep. No Loyalty Workshop project does that; the file is damaged or not a project.`,
    )
  }
  try {
    return { ok: true, value: JSON.parse(text.value) as unknown }
  } catch (error) {
    return failure('NOT_JSON', describeSyntaxError(text.value, error))
  }
}
