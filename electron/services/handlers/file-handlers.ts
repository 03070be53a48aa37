import { basename } from 'node:path'
import { fail, ok, type Handlers } from '../../../shared/api'
import { formatMegabytes } from '../../../shared/project-file'
import { writeFileDurably } from '../durable-writer'
import { errnoError } from '../file-system'
import { StorageError, readFailure } from '../storage-error'
import { guard } from './guard'
import type { HandlerDeps } from './types'

type FileChannels = 'csv:import' | 'csv:export' | 'logo:choose'

/** Matches the largest CSV text the contract lets the page send. */
export const MAX_CSV_BYTES = 50_000_000
/** The largest logo; its data URL then fits the project schema's limit. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024

const BYTE_ORDER_MARK = '\uFEFF'

/** Reads a chosen file after checking its size, so a huge file is refused before it is read. */
async function readLimited(deps: HandlerDeps, path: string, maxBytes: number, what: string) {
  const name = basename(path)
  try {
    const stats = await deps.fs.stat(path)
    if (stats.isDirectory) throw errnoError('EISDIR', 'read', path)
    if (stats.size > maxBytes) {
      throw new StorageError(
        'TOO_LARGE',
        `"${name}" is ${formatMegabytes(stats.size)}; ${what} may have at most ${formatMegabytes(maxBytes)}.`,
        name,
      )
    }
    return await deps.fs.readFile(path)
  } catch (error) {
    throw readFailure(path, error)
  }
}

/**
 * CSV text from a spreadsheet. UTF-8 is expected; spreadsheet programs in German and English
 * set-ups often save "CSV" as Windows-1252 instead, which is read as such rather than refused.
 */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = decodeWindows1252(bytes)
  }
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text
}

/** Windows-1252's characters for bytes 0x80-0x9F (€, „, “, – ...); elsewhere it matches Latin-1. */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** Node's own TextDecoder reads "windows-1252" as Latin-1, which loses € and typographic quotes. */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return latin1.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c)
}

/** The image type of a logo by its first bytes; the file name's extension proves nothing. */
export function imageType(bytes: Uint8Array): 'png' | 'jpeg' | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (png.every((byte, i) => bytes[i] === byte)) return 'png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  return null
}

/** CSV import and export and the logo, each through a dialog. */
export function createFileHandlers(deps: HandlerDeps): Pick<Handlers, FileChannels> {
  const { dialogs, clock, logError } = deps
  return {
    'csv:import': guard(
      'csv:import',
      async () => {
        const path = await dialogs.openCsv()
        if (path === null) return fail('CANCELLED', 'No file was chosen.')
        const bytes = await readLimited(deps, path, MAX_CSV_BYTES, 'a CSV file')
        return ok({ fileName: basename(path), text: decodeCsv(bytes) })
      },
      logError,
    ),
    'csv:export': guard(
      'csv:export',
      async ({ text, suggestedName }) => {
        const path = await dialogs.saveCsv(suggestedName)
        if (path === null) return fail('CANCELLED', 'The CSV file was not saved.')
        // The byte order mark tells Excel that the file is UTF-8, so umlauts arrive intact.
        const withMark = text.startsWith(BYTE_ORDER_MARK) ? text : BYTE_ORDER_MARK + text
        await writeFileDurably(path, withMark, { fs: deps.fs, keepBackup: false })
        return ok({ fileName: basename(path), savedAt: clock.now().toISOString() })
      },
      logError,
    ),
    'logo:choose': guard(
      'logo:choose',
      async () => {
        const path = await dialogs.openImage()
        if (path === null) return fail('CANCELLED', 'No image was chosen.')
        const bytes = await readLimited(deps, path, MAX_LOGO_BYTES, 'a logo')
        const type = imageType(bytes)
        if (type === null) {
          return fail(
            'READ_FAILED',
            `"${basename(path)}" is not a PNG or JPEG image.`,
            basename(path),
          )
        }
        return ok({
          dataUrl: `data:image/${type};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`,
        })
      },
      logError,
    ),
  }
}
