/** The size of the cover logo, read from its PNG or JPEG data URL without any image library. */
export interface ImageInfo {
  readonly type: 'png' | 'jpg'
  readonly width: number
  readonly height: number
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Map(Array.from(ALPHABET, (c, i) => [c, i]))

/** Decodes base64 (the payload of a data URL) to bytes; padding and unknown characters are skipped. */
export function decodeBase64(text: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4))
  let length = 0
  let buffer = 0
  let bits = 0
  for (const c of text) {
    const value = LOOKUP.get(c)
    if (value === undefined) continue
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[length++] = (buffer >> bits) & 0xff
    }
  }
  return bytes.subarray(0, length)
}

const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0)
const u32 = (b: Uint8Array, at: number) => u16(b, at) * 65536 + u16(b, at + 2)

function pngSize(b: Uint8Array): ImageInfo | null {
  const isPng = b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47
  return isPng ? { type: 'png', width: u32(b, 16), height: u32(b, 20) } : null
}

/** Walks the JPEG markers to the first start-of-frame, which holds the size. */
function jpegSize(b: Uint8Array): ImageInfo | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null
  let at = 2
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null
    const marker = b[at + 1] ?? 0
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
    if (isFrame) return { type: 'jpg', height: u16(b, at + 5), width: u16(b, at + 7) }
    at += 2 + u16(b, at + 2)
  }
  return null
}

/** Type and pixel size of a PNG or JPEG data URL; null for anything else or a broken image. */
export function imageInfo(dataUrl: string): ImageInfo | null {
  const comma = dataUrl.indexOf(',')
  if (comma < 0) return null
  const bytes = decodeBase64(dataUrl.slice(comma + 1))
  const info = pngSize(bytes) ?? jpegSize(bytes)
  return info && info.width > 0 && info.height > 0 ? info : null
}
