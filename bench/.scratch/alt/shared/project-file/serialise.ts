import type { Project } from '../domain'
import { createEnvelope } from './envelope'
import { layoutJsonBytes } from './json-layout'
import { decodeUtf8Strict, encodeUtf8 } from './utf8'

const NEWLINE = 0x0a

/**
 * The bytes of a project file: the envelope as 2-space indented UTF-8 JSON that people can read
 * and diff, with arrays of plain values (rating rows, id lists) kept on one line so that large
 * projects stay small, and a final newline. This is what the store writes.
 */
export function serialiseProjectBytes(project: Project, savedWith: string): Uint8Array {
  const compact = encodeUtf8(JSON.stringify(createEnvelope(project, savedWith)))
  const laidOut = layoutJsonBytes(compact)
  const bytes = new Uint8Array(laidOut.length + 1)
  bytes.set(laidOut)
  bytes[laidOut.length] = NEWLINE
  return bytes
}

/** The text of a project file (see serialiseProjectBytes); `JSON.parse` gives the envelope back. */
export function serialiseProject(project: Project, savedWith: string): string {
  return decodeUtf8Strict(serialiseProjectBytes(project, savedWith))
}
