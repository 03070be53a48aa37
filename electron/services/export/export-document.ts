import { basename } from 'node:path'
import type { ExportDone, ExportOptions } from '../../../shared/api'
import type { Project } from '../../../shared/domain'
import { writeFileDurably } from '../durable-writer'
import type { FileSystem } from '../file-system'
import { StorageError } from '../storage-error'
import { renderDocument, type RenderSettings } from './render-document'

/** Turns any failure while exporting `path` into a StorageError whose message names the file. */
export function exportFailure(path: string, error: unknown): StorageError {
  const name = basename(path)
  const cause = { cause: error }
  if (error instanceof StorageError) {
    if (error.code === 'DISK_FULL') {
      return new StorageError(
        'DISK_FULL',
        `There is not enough disk space to write "${name}". Free some space and export again.`,
        name,
        cause,
      )
    }
    if (error.code === 'PERMISSION_DENIED') {
      return new StorageError(
        'PERMISSION_DENIED',
        `"${name}" cannot be written: the folder or file is read-only, or open in another program. Close it or choose another folder and export again.`,
        name,
        cause,
      )
    }
    const reason =
      error.code === 'NOT_FOUND' ? 'its folder no longer exists' : 'the disk refused the write'
    return new StorageError(
      'EXPORT_FAILED',
      `"${name}" could not be written because ${reason}. Choose another folder and export again.`,
      name,
      cause,
    )
  }
  const detail = error instanceof Error ? `: ${error.message}` : ''
  return new StorageError(
    'EXPORT_FAILED',
    `The document "${name}" could not be created${detail}. No file was written.`,
    name,
    cause,
  )
}

/**
 * Renders the strategy document and writes it to `path` through the durable writer: a temp file
 * that is renamed into place, so the target is never left half-written. Throws a StorageError.
 */
export async function exportDocument(
  project: Project,
  options: ExportOptions,
  path: string,
  fs: FileSystem,
  settings: RenderSettings = {},
): Promise<ExportDone> {
  let rendered
  try {
    rendered = await renderDocument(project, options, settings)
  } catch (error) {
    throw exportFailure(path, error)
  }
  try {
    await writeFileDurably(path, rendered.bytes, { fs, keepBackup: false })
  } catch (error) {
    throw exportFailure(path, error)
  }
  return { fileName: basename(path), bytes: rendered.bytes.byteLength, pages: rendered.pages }
}
