import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { createInitiative, createProject, type Project } from '../../../../shared/domain'
import {
  errnoError,
  nodeFileSystem,
  type FileSystem,
} from '../../../../electron/services/file-system'
import type { Clock } from '../../../../electron/services/ports'

const made: string[] = []

/** A fresh temp directory, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'loyalty-workshop-test-'))
  made.push(dir)
  return dir
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A clock that always says 5 January 2026, 09:30 UTC. */
export const fixedClock: Clock = { now: () => new Date('2026-01-05T09:30:00.000Z') }

/** A small but real project. */
export function sampleProject(title = 'Kundenbindung 2026'): Project {
  const project = createProject({ language: 'de', title, date: '2026-01-05' })
  project.participants = [
    { id: 'p1', name: 'Anna Weiß', role: 'Geschäftsführung' },
    { id: 'p2', name: 'Jörg Müller', role: 'Vertrieb' },
  ]
  project.steps.vision.statement = 'Wir sind die erste Wahl für Stammkunden.'
  project.initiatives = [
    {
      ...createInitiative('i1', 'Kundenkarte überarbeiten'),
      ratings: { p1: [5, 4, 2, 2, 1, 3], p2: [4, null, 3, 2, 2, 3] },
    },
  ]
  return project
}

/** The names in a directory, sorted. */
export async function namesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort()
}

export async function bytesOf(path: string): Promise<Buffer> {
  return readFile(path)
}

type Operation = keyof FileSystem | 'handle.write' | 'handle.sync'

/**
 * The real file system with faults injected: `fail(op, code, when)` makes the matching calls
 * throw an errno error, as a full disk or a locked file would.
 */
export function faultyFs(): FileSystem & {
  fail(op: Operation, code: string, when?: (path: string) => boolean, times?: number): void
  readonly calls: string[]
} {
  const faults: { op: Operation; code: string; when: (path: string) => boolean; left: number }[] =
    []
  const calls: string[] = []
  const check = (op: Operation, path: string) => {
    calls.push(`${op} ${path}`)
    const fault = faults.find((f) => f.op === op && f.left > 0 && f.when(path))
    if (fault) {
      fault.left--
      throw errnoError(fault.code, op, path)
    }
  }
  const real = nodeFileSystem
  return {
    calls,
    fail(op, code, when = () => true, times = Number.POSITIVE_INFINITY) {
      faults.push({ op, code, when, left: times })
    },
    async open(path, flags) {
      check('open', path)
      const handle = await real.open(path, flags)
      return {
        async write(data) {
          check('handle.write', path)
          await handle.write(data)
        },
        async sync() {
          check('handle.sync', path)
          await handle.sync()
        },
        close: () => handle.close(),
      }
    },
    async rename(from, to) {
      check('rename', to)
      await real.rename(from, to)
    },
    async stat(path) {
      check('stat', path)
      return real.stat(path)
    },
    async readFile(path) {
      check('readFile', path)
      return real.readFile(path)
    },
    async unlink(path) {
      check('unlink', path)
      await real.unlink(path)
    },
    async readdir(path) {
      check('readdir', path)
      return real.readdir(path)
    },
    async copyFile(from, to) {
      check('copyFile', to)
      await real.copyFile(from, to)
    },
    async mkdir(path) {
      check('mkdir', path)
      await real.mkdir(path)
    },
  }
}
