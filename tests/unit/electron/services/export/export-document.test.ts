import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportDocument, exportFailure } from '../../../../../electron/services/export'
import { StorageError } from '../../../../../electron/services/storage-error'
import { reportProject } from '../../../shared/report/report-fixture'
import { faultyFs, namesIn, tempDir } from '../fixtures'
import { SUMMARY_PDF as pdf } from './export-options'

async function failure(promise: Promise<unknown>): Promise<StorageError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof StorageError))
    throw new Error(`expected a StorageError, got ${String(error)}`)
  return error
}

describe('writing the exported document', () => {
  it('writes the whole document and leaves no temp file behind', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Strategie.pdf')
    const done = await exportDocument(reportProject(), pdf, path, faultyFs())
    const bytes = await readFile(path)
    expect(done).toEqual({ fileName: 'Strategie.pdf', bytes: bytes.byteLength, pages: done.pages })
    expect(done.pages).toBeGreaterThanOrEqual(1)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF')
    expect(await namesIn(dir)).toEqual(['Strategie.pdf'])
  })

  it('leaves an existing document untouched when the disk is full', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Strategie.docx')
    await writeFile(path, 'the previous export')
    const fs = faultyFs()
    fs.fail('handle.write', 'ENOSPC')
    const error = await failure(
      exportDocument(reportProject(), { ...pdf, format: 'docx' }, path, fs),
    )
    expect(error.code).toBe('DISK_FULL')
    expect(error.fileName).toBe('Strategie.docx')
    expect(error.message).toContain('"Strategie.docx"')
    expect(await readFile(path, 'utf8')).toBe('the previous export')
    expect(await namesIn(dir)).toEqual(['Strategie.docx'])
  })

  it('says when the folder is read-only', async () => {
    const dir = await tempDir()
    const fs = faultyFs()
    fs.fail('open', 'EACCES')
    const error = await failure(exportDocument(reportProject(), pdf, join(dir, 'a.pdf'), fs))
    expect(error.code).toBe('PERMISSION_DENIED')
    expect(error.message).toContain('"a.pdf" cannot be written')
    expect(await namesIn(dir)).toEqual([])
  })

  it('reports a folder that vanished as a failed export naming the file', async () => {
    const dir = await tempDir()
    const error = await failure(
      exportDocument(reportProject(), pdf, join(dir, 'gone', 'b.pdf'), faultyFs()),
    )
    expect(error.code).toBe('EXPORT_FAILED')
    expect(error.message).toBe(
      '"b.pdf" could not be written because its folder no longer exists. Choose another folder and export again.',
    )
  })

  it('turns a failure while building the document into EXPORT_FAILED naming the file', () => {
    const error = exportFailure('/tmp/x/Bericht.pdf', new Error('layout broke'))
    expect(error.code).toBe('EXPORT_FAILED')
    expect(error.message).toBe(
      'The document "Bericht.pdf" could not be created: layout broke. No file was written.',
    )
  })
})
