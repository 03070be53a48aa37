import { createHash } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm, stat, truncate, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeFileSystem, type FileSystem } from '../../electron/services/file-system'
import { createProjectStore, type OpenedFile } from '../../electron/services/project-store'
import { StorageError } from '../../electron/services/storage-error'
import { DEFAULT_MAX_BYTES, loadProjectFile } from '../../shared/project-file'
import { FUZZ_KINDS, type FuzzCase } from './fuzz/cases'
import { CaseCounter, expectOutcome, prototypeKeys } from './fuzz/invariants'
import { IS_SOAK, count, runSeed } from './soak'

const CASE_LIMIT_MS = 5000
const seed = runSeed()
const counter = new CaseCounter()
const clock = { now: () => new Date('2026-01-05T09:30:00.000Z') }
const store = createProjectStore({ fs: nodeFileSystem, clock, savedWith: 'Loyalty Workshop fuzz' })
let dir: string
let caseNumber = 0

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex')

/**
 * Writes the case to a real file and opens it with the store, as "Open project" does: the same
 * outcome as the load pipeline (with the file named in the message), and the file untouched.
 */
async function checkOpen(kind: string, testCase: FuzzCase): Promise<void> {
  counter.add(kind)
  const name = `case-${++caseNumber}.loyalty.json`
  const path = join(dir, name)
  await writeFile(path, testCase.bytes)
  const hash = await sha256(path)
  const names = (await readdir(dir)).sort()
  const prototypes = prototypeKeys()
  const reference = loadProjectFile(testCase.bytes)
  expectOutcome(reference, testCase.expected)

  const started = performance.now()
  let opened: OpenedFile | null = null
  let failure: unknown = null
  try {
    opened = await store.open(path)
  } catch (error) {
    failure = error
  }
  expect(performance.now() - started).toBeLessThan(CASE_LIMIT_MS)
  if (reference.ok) {
    expect(failure).toBeNull()
    expect(opened?.project).toEqual(reference.project)
  } else {
    expect(failure).toBeInstanceOf(StorageError)
    const error = failure as StorageError
    expect(error.code).toBe(reference.error.code)
    expect(error.fileName).toBe(name)
    expect(error.message).toBe(`Cannot open "${name}". ${reference.error.message}`)
  }
  expect(await sha256(path)).toBe(hash)
  expect((await readdir(dir)).sort()).toEqual(names)
  expect(prototypeKeys()).toEqual(prototypes)
  await unlink(path)
}

describe('opening hostile and broken files with the store', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lw-fuzz-open-'))
  })
  afterAll(async () => {
    console.log(
      `fuzzing the store's open (seed ${seed}): ${counter.total} real files. ${counter.summary()}`,
    )
    await rm(dir, { recursive: true, force: true })
  })

  FUZZ_KINDS.forEach((kind, index) => {
    const runs = count(Math.ceil(kind.ciRuns / 6), Math.ceil(kind.soakRuns / 5))
    it(
      `${kind.name} (${runs} files): opened or refused with the file named, and left untouched`,
      async () => {
        await fc.assert(
          fc.asyncProperty(kind.arbitrary, (testCase) => checkOpen(kind.name, testCase)),
          { numRuns: runs, seed: seed + index, timeout: CASE_LIMIT_MS * 2 },
        )
      },
      IS_SOAK ? 900_000 : 60_000,
    )
  })
})

describe('a file over the size limit', () => {
  /** The real file system, except that reading a whole file is recorded and refused. */
  function noReading(reads: string[], sizeOf?: (path: string) => number): FileSystem {
    return {
      ...nodeFileSystem,
      async stat(path) {
        const stats = await nodeFileSystem.stat(path)
        return sizeOf === undefined ? stats : { ...stats, size: sizeOf(path) }
      },
      readFile(path) {
        reads.push(path)
        return Promise.reject(new Error(`the store read ${path} although it is too large`))
      },
    }
  }

  it('is refused before it is read: a sparse 60 MB file on disk', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'lw-huge-'))
    try {
      const path = join(folder, 'riesig.loyalty.json')
      await writeFile(path, '{"format": "loyalty-workshop"')
      await truncate(path, 60 * 1024 * 1024)
      expect((await stat(path)).size).toBeGreaterThan(DEFAULT_MAX_BYTES)
      const reads: string[] = []
      const sizeLimited = createProjectStore({ fs: noReading(reads), clock, savedWith: 'x' })
      for (const attempt of [() => sizeLimited.open(path), () => sizeLimited.read(path)]) {
        await expect(attempt()).rejects.toMatchObject({
          code: 'TOO_LARGE',
          fileName: 'riesig.loyalty.json',
          message: expect.stringMatching(
            /^Cannot open "riesig\.loyalty\.json": it is 60 MB, more than the 50 MB/,
          ) as unknown,
        })
      }
      expect(reads).toEqual([])
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('is refused before it is read: a file system reporting 5 GB', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'lw-huge-'))
    try {
      const path = join(folder, 'netzlaufwerk.loyalty.json')
      await writeFile(path, 'small on disk, huge as the network drive reports it')
      const reads: string[] = []
      const fs = noReading(reads, () => 5 * 1024 ** 3)
      const sizeLimited = createProjectStore({ fs, clock, savedWith: 'x' })
      await expect(sizeLimited.open(path)).rejects.toMatchObject({
        code: 'TOO_LARGE',
        message: expect.stringContaining('it is 5120 MB') as unknown,
      })
      expect(reads).toEqual([])
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
