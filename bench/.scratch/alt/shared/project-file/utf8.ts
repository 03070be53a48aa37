interface Utf8Decoder {
  decode(input: Uint8Array): string
}
interface Utf8Encoder {
  encode(input: string): Uint8Array
}

// shared/ is compiled without DOM or Node types, yet both provide these; look them up by name.
const globals = globalThis as unknown as {
  TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => Utf8Decoder
  TextEncoder: new () => Utf8Encoder
}

/** Encodes text as UTF-8 bytes. */
export function encodeUtf8(text: string): Uint8Array {
  return new globals.TextEncoder().encode(text)
}

/** Decodes strict UTF-8 (throws on invalid bytes) and drops a leading byte order mark. */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  // ignoreBOM: false makes the decoder drop a leading byte order mark itself.
  return new globals.TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
}
