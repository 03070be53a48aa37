const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const SPACE = 0x20
const NEWLINE = 0x0a
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const SHORT_COPY = 64

/** A growing byte buffer; writing bytes into one buffer avoids millions of small strings. */
class ByteWriter {
  bytes: Uint8Array
  length = 0

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity)
  }

  reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra))
    bigger.set(this.bytes.subarray(0, this.length))
    this.bytes = bigger
  }

  push(byte: number): void {
    this.reserve(1)
    this.bytes[this.length++] = byte
  }

  copy(source: Uint8Array, start: number, end: number): void {
    this.reserve(end - start)
    if (end - start < SHORT_COPY) {
      // Most strings are short keys and ids: a loop beats allocating a subarray view for each.
      for (let i = start; i < end; i++) this.bytes[this.length++] = source[i] ?? 0
      return
    }
    this.bytes.set(source.subarray(start, end), this.length)
    this.length += end - start
  }

  newline(depth: number): void {
    this.reserve(1 + 2 * depth)
    this.bytes[this.length++] = NEWLINE
    this.bytes.fill(SPACE, this.length, this.length + 2 * depth)
    this.length += 2 * depth
  }
}

/** The index of the closing quote of the string whose opening quote is at `start`. */
function closingQuote(json: Uint8Array, start: number): number {
  for (let quote = json.indexOf(QUOTE, start + 1); quote >= 0;) {
    let backslashes = 0
    while (json[quote - 1 - backslashes] === BACKSLASH) backslashes++
    // An even number of backslashes before the quote means the quote itself is not escaped.
    if (backslashes % 2 === 0) return quote
    quote = json.indexOf(QUOTE, quote + 1)
  }
  return json.length - 1
}

/** Whether the array opening at `start` holds no object or array. */
function isFlatArray(json: Uint8Array, start: number): boolean {
  for (let i = start + 1; i < json.length; i++) {
    const byte = json[i]
    if (byte === QUOTE) i = closingQuote(json, i)
    else if (byte === CLOSE_BRACKET) return true
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) return false
  }
  return false
}

/** Copies a flat array from `start` on one line with `, ` between elements; returns where it ends. */
function copyFlatArray(json: Uint8Array, start: number, out: ByteWriter): number {
  for (let i = start; i < json.length; i++) {
    const byte = json[i] ?? 0
    if (byte === QUOTE) {
      const end = closingQuote(json, i)
      out.copy(json, i, end + 1)
      i = end
      continue
    }
    out.push(byte)
    if (byte === COMMA) out.push(SPACE)
    else if (byte === CLOSE_BRACKET) return i
  }
  return json.length - 1
}

/**
 * Lays out compact JSON bytes (UTF-8, as `JSON.stringify(value)` writes them) the way
 * `JSON.stringify(value, null, 2)` would, except that arrays holding no objects or arrays stay on
 * one line. Multi-byte UTF-8 characters never look like JSON punctuation, so a byte-wise pass
 * is safe. One pass into one buffer: faster than indenting with JSON.stringify alone.
 */
export function layoutJsonBytes(json: Uint8Array): Uint8Array {
  const out = new ByteWriter(json.length * 2 + 64)
  let depth = 0
  for (let i = 0; i < json.length; i++) {
    const byte = json[i] ?? 0
    if (byte === QUOTE) {
      const end = closingQuote(json, i)
      out.copy(json, i, end + 1)
      i = end
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      const next = json[i + 1]
      if (next === CLOSE_BRACE || next === CLOSE_BRACKET) {
        out.push(byte)
        out.push(next)
        i++
      } else if (byte === OPEN_BRACKET && isFlatArray(json, i)) {
        i = copyFlatArray(json, i, out)
      } else {
        out.push(byte)
        out.newline(++depth)
      }
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      out.newline(--depth)
      out.push(byte)
    } else {
      out.push(byte)
      if (byte === COMMA) out.newline(depth)
      else if (byte === COLON) out.push(SPACE)
    }
  }
  return out.bytes.subarray(0, out.length)
}
