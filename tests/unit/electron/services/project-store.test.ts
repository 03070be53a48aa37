import { readFile, truncate, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProjectStore } from '../../../../electron/services/project-store'
import { StorageError } from '../../../../electron/services/storage-error'
import { serialiseProject } from '../../../../shared/project-file'
import { bytesOf, faultyFs, fixedClock, namesIn, sampleProject, tempDir } from './fixtures'

const storeOn = (fs = faultyFs(), maxBytes?: number) =>
  createProjectStore({
    fs,
    clock: fixedClock,
    savedWith: 'Loyalty Workshop test',
    isProcessAlive: () => false,
    ...(maxBytes === undefined ? {} : { maxBytes }),
  })

async function failure(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof StorageError) return error
    throw error
  }
  throw new Error('expected a StorageError')
}

describe('the project store', () => {
  it('saves a project and opens it again unchanged', async () => {
    const dir = await tempDir()
    const path = join(dir, 'workshop.loyalty.json')
    const store = storeOn()
    const project = sampleProject()
    const saved = await store.save(path, project, { expectedFingerprint: null })
    expect(saved.savedAt).toBe('2026-01-05T09:30:00.000Z')
    const opened = await store.open(path)
    expect(opened.project).toEqual(project)
    expect(opened.fingerprint).toEqual(saved.fingerprint)
    expect(
      (await readFile(path, 'utf8')).startsWith(
        '{\n  "format": "loyalty-workshop",\n  "schemaVersion": 1,\n  "savedWith": "Loyalty Workshop test"',
      ),
    ).toBe(true)
  })

  it('keeps the previous version as a backup', async () => {
    const dir = await tempDir()
    const path = join(dir, 'workshop.loyalty.json')
    const store = storeOn()
    const first = await store.save(path, sampleProject('Erste Fassung'), {
      expectedFingerprint: null,
    })
    await store.save(path, sampleProject('Zweite Fassung'), {
      expectedFingerprint: first.fingerprint,
    })
    expect(await namesIn(dir)).toEqual(['workshop.loyalty.json', 'workshop.loyalty.json.bak'])
    expect((await store.open(path)).project.meta.title).toBe('Zweite Fassung')
    expect((await store.open(`${path}.bak`)).project.meta.title).toBe('Erste Fassung')
  })

  it('refuses to save over a file someone else changed since it was opened', async () => {
    const dir = await tempDir()
    const path = join(dir, 'workshop.loyalty.json')
    const store = storeOn()
    await store.save(path, sampleProject('Unsere'), { expectedFingerprint: null })
    const opened = await store.open(path)
    const theirs = serialiseProject(sampleProject('Ihre'), 'another copy')
    await writeFile(path, theirs)
    const error = await failure(
      store.save(path, sampleProject('Meine'), { expectedFingerprint: opened.fingerprint }),
    )
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toBe(
      '"workshop.loyalty.json" was changed by someone else since you opened it. Save your version under a new name, load theirs, or compare.',
    )
    expect(await readFile(path, 'utf8')).toBe(theirs)
  })

  it('sees a change of the same size as a conflict too', async () => {
    const dir = await tempDir()
    const path = join(dir, 'workshop.loyalty.json')
    const store = storeOn()
    const saved = await store.save(path, sampleProject('Anna'), { expectedFingerprint: null })
    const original = await readFile(path, 'utf8')
    await writeFile(path, original.replace('"Anna"', '"Bert"'))
    expect((await bytesOf(path)).byteLength).toBe(saved.fingerprint.size)
    expect(
      (await failure(store.save(path, sampleProject(), { expectedFingerprint: saved.fingerprint })))
        .code,
    ).toBe('CONFLICT')
  })

  it('does not call it a conflict when only the modification time changed', async () => {
    const dir = await tempDir()
    const path = join(dir, 'workshop.loyalty.json')
    const store = storeOn()
    const saved = await store.save(path, sampleProject(), { expectedFingerprint: null })
    await utimes(path, new Date('2030-01-01'), new Date('2030-01-01'))
    await expect(
      store.save(path, sampleProject('Weiter'), { expectedFingerprint: saved.fingerprint }),
    ).resolves.toBeDefined()
  })

  it('leaves a corrupt file byte-identical and writes nothing next to it', async () => {
    const dir = await tempDir()
    const path = join(dir, 'workshop.loyalty.json')
    const store = storeOn()
    await store.save(path, sampleProject(), { expectedFingerprint: null })
    await truncate(path, 700)
    const before = await bytesOf(path)
    const error = await failure(store.open(path))
    expect(error.code).toBe('NOT_JSON')
    expect(error.fileName).toBe('workshop.loyalty.json')
    expect(error.message).toMatch(
      /^Cannot open "workshop\.loyalty\.json"\. The file is not valid JSON: it ends too early/,
    )
    expect(await bytesOf(path)).toEqual(before)
    expect(await namesIn(dir)).toEqual(['workshop.loyalty.json'])
  })

  it('refuses a file from a newer version and leaves it as it is', async () => {
    const dir = await tempDir()
    const path = join(dir, 'future.loyalty.json')
    const text = serialiseProject(sampleProject(), 'Loyalty Workshop 9.0').replace(
      '"schemaVersion": 1',
      '"schemaVersion": 7',
    )
    await writeFile(path, text)
    const error = await failure(storeOn().open(path))
    expect(error.code).toBe('NEWER_VERSION')
    expect(error.message).toMatch(
      /newer version of Loyalty Workshop \(schema 7\); this version reads up to 1\. Please update the app\./,
    )
    expect(await readFile(path, 'utf8')).toBe(text)
  })

  it('refuses a file over the size limit without reading it', async () => {
    const dir = await tempDir()
    const path = join(dir, 'huge.loyalty.json')
    await writeFile(path, 'x'.repeat(3000))
    const fs = faultyFs()
    const error = await failure(storeOn(fs, 2000).open(path))
    expect(error.code).toBe('TOO_LARGE')
    expect(fs.calls).not.toContain(`readFile ${path}`)
  })

  it('says when a file is missing, or a folder', async () => {
    const dir = await tempDir()
    expect((await failure(storeOn().open(join(dir, 'gone.loyalty.json')))).code).toBe('NOT_FOUND')
    expect((await failure(storeOn().open(dir))).code).toBe('READ_FAILED')
  })

  it('removes orphaned temp files of the file when it is opened, and only those', async () => {
    const dir = await tempDir()
    const path = join(dir, 'workshop.loyalty.json')
    const store = storeOn()
    await store.save(path, sampleProject(), { expectedFingerprint: null })
    const orphans = [
      '.workshop.loyalty.json.4242.a1b2c3d4e5f6.tmp',
      '.workshop.loyalty.json.bak.4242.0badc0ffee00.tmp',
    ]
    const others = ['.other.loyalty.json.4242.a1b2c3d4e5f6.tmp', 'notes.tmp']
    for (const name of [...orphans, ...others]) await writeFile(join(dir, name), 'half a file')
    await store.open(path)
    expect(await namesIn(dir)).toEqual([...others, 'workshop.loyalty.json'].sort())
  })

  it('reading to validate removes nothing', async () => {
    const dir = await tempDir()
    const path = join(dir, 'workshop.loyalty.json')
    const store = storeOn()
    await store.save(path, sampleProject(), { expectedFingerprint: null })
    await writeFile(join(dir, '.workshop.loyalty.json.4242.a1b2c3d4e5f6.tmp'), 'half')
    await store.read(path)
    expect(await namesIn(dir)).toHaveLength(2)
  })

  it('when the disk is full, the saved file stays as it was and no temp file is left', async () => {
    const dir = await tempDir()
    const path = join(dir, 'workshop.loyalty.json')
    const fs = faultyFs()
    const store = storeOn(fs)
    const first = await store.save(path, sampleProject('Gesichert'), { expectedFingerprint: null })
    const before = await bytesOf(path)
    fs.fail('handle.write', 'ENOSPC', (p) => p.endsWith('.tmp'))
    const error = await failure(
      store.save(path, sampleProject('Neu'), { expectedFingerprint: first.fingerprint }),
    )
    expect(error).toMatchObject({ code: 'DISK_FULL', fileName: 'workshop.loyalty.json' })
    expect(error.message).toMatch(/"workshop\.loyalty\.json".*Free some disk space/)
    expect(await bytesOf(path)).toEqual(before)
    expect(await namesIn(dir)).toEqual(['workshop.loyalty.json'])
  })
})
