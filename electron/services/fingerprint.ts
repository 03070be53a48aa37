import { createHash } from 'node:crypto'

/** What a file looked like when we last read or wrote it; compared before saving over it. */
export interface FileFingerprint {
  readonly size: number
  readonly mtimeMs: number
  readonly sha256: string
}

/** The fingerprint of bytes read from or written to a file with the given modification time. */
export function fingerprintOf(bytes: Uint8Array, mtimeMs: number): FileFingerprint {
  return {
    size: bytes.byteLength,
    mtimeMs,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }
}

/**
 * Whether the file still holds what we saw. The content decides, not the time: cloud-sync clients
 * and backup tools touch files without changing them, and that is no reason to refuse a save.
 */
export function isSameContent(a: FileFingerprint, b: FileFingerprint): boolean {
  return a.size === b.size && a.sha256 === b.sha256
}
