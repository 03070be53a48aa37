import { spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeFileSystem } from '../../electron/services/file-system'
import { createProjectStore } from '../../electron/services/project-store'
import type { Project } from '../../shared/domain'
import { loadProjectFile } from '../../shared/project-file'
import { prepareChildScript, type ChildScript } from './harness/child-script'
import { loadExample, projectAtRevision, revisionOf } from './harness/revisions'
import { IS_SOAK, count, runSeed, seededRandom } from './soak'

const KILLS = count(40, 500)
/** Two children at once, each on its own file: most of a child's life is starting up. */
const LANES = 2
/** Kill moments are spread over this many milliseconds after the child has opened the file. */
const KILL_WINDOW_MS = 60
const FILE = 'workshop.loyalty.json'
const EXAMPLE = join(import.meta.dirname, '../../resources/examples/radhaus-brenner.loyalty.json')
const CHILD = join(import.meta.dirname, 'harness/save-loop.ts')

const base = loadExample(EXAMPLE)
const store = createProjectStore({
  fs: nodeFileSystem,
  clock: { now: () => new Date() },
  savedWith: 'Loyalty Workshop kill test',
})
let child: ChildScript

interface KilledRun {
  readonly pid: number
  readonly lines: readonly string[]
  /** Orphans of the previous run still there after this run opened the file. */
  readonly orphansLeftAtReady: readonly string[]
}

/** Starts the save loop, kills it `delayMs` after it opened the file, and waits until it is gone. */
function runAndKill(dir: string, delayMs: number, orphans: readonly string[]): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const process = spawn('node', [...child.nodeArgs, dir, FILE, EXAMPLE], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let orphansLeftAtReady: string[] = []
    let isReady = false
    const watchdog = setTimeout(() => process.kill('SIGKILL'), 30_000)
    process.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    process.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (isReady || !stdout.includes('\n')) return
      isReady = true
      // The child opened the file, so the store has removed the previous run's orphans.
      void readdir(dir).then((names) => {
        orphansLeftAtReady = orphans.filter((name) => names.includes(name))
        setTimeout(() => process.kill('SIGKILL'), delayMs)
      })
    })
    process.on('error', reject)
    process.on('close', (code, signal) => {
      clearTimeout(watchdog)
      if (signal !== 'SIGKILL' || !isReady) {
        reject(new Error(`the save loop ended by itself (${code ?? signal}): ${stderr}`))
        return
      }
      const lines = stdout.split('\n').filter((line) => line !== '')
      resolve({ pid: process.pid ?? 0, lines, orphansLeftAtReady })
    })
  })
}

/** The last revision announced as `saved` (or opened), and the last one announced as `saving`. */
function announced(lines: readonly string[]): { saved: number; saving: number } {
  let saved = -1
  let saving = -1
  for (const line of lines) {
    const [word, number] = line.split(' ')
    const revision = Number(number)
    if (word === 'ready' || word === 'saved') saved = revision
    if (word === 'ready' || word === 'saving') saving = revision
  }
  return { saved, saving }
}

async function loadRevision(path: string): Promise<{ revision: number; project: Project }> {
  const loaded = loadProjectFile(await readFile(path))
  if (!loaded.ok) throw new Error(`${path} does not load: ${loaded.error.message}`)
  const revision = revisionOf(loaded.project)
  if (revision === null) throw new Error(`${path} holds no revision`)
  return { revision, project: loaded.project }
}

interface LaneFigures {
  kills: number
  midSave: number
  /** Kills in the middle of a save after which the file held the revision being written. */
  midSaveNewVersion: number
  orphanedTempFiles: number
}

/** Checks the file, its backup and the temp files after one kill; returns the orphans. */
async function checkAfterKill(dir: string, run: KilledRun, figures: LaneFigures) {
  const { saved, saving } = announced(run.lines)
  const isMidSave = saving > saved
  const file = await loadRevision(join(dir, FILE))
  // Either the version before the interrupted save or the one it was writing, and exactly it.
  expect(isMidSave ? [saved, saving] : [saved]).toContain(file.revision)
  expect(file.project).toEqual(projectAtRevision(base, file.revision))
  const backup = await loadRevision(join(dir, `${FILE}.bak`))
  const backupMayBe =
    file.revision === saving ? [file.revision - 1] : [file.revision - 1, file.revision]
  expect(backupMayBe).toContain(backup.revision)
  expect(backup.project).toEqual(projectAtRevision(base, backup.revision))
  const others = (await readdir(dir)).filter((name) => name !== FILE && name !== `${FILE}.bak`)
  const ownTemp = new RegExp(
    `^\\.${FILE.replace(/\./g, '\\.')}(\\.bak)?\\.${run.pid}\\.[0-9a-f]+\\.tmp$`,
  )
  expect(others.filter((name) => !ownTemp.test(name))).toEqual([])
  figures.kills++
  if (isMidSave) figures.midSave++
  if (isMidSave && file.revision === saving) figures.midSaveNewVersion++
  figures.orphanedTempFiles += others.length
  return others
}

async function lane(seed: number, kills: number): Promise<LaneFigures> {
  const random = seededRandom(seed)
  const dir = await mkdtemp(join(tmpdir(), 'lw-kill-'))
  const path = join(dir, FILE)
  try {
    // Two saves, so that the file has a backup before the first kill.
    const first = await store.save(path, projectAtRevision(base, 0), { expectedFingerprint: null })
    await store.save(path, projectAtRevision(base, 1), { expectedFingerprint: first.fingerprint })
    const figures: LaneFigures = {
      kills: 0,
      midSave: 0,
      midSaveNewVersion: 0,
      orphanedTempFiles: 0,
    }
    let orphans: readonly string[] = []
    for (let i = 0; i < kills; i++) {
      const run = await runAndKill(dir, Math.floor(random() * KILL_WINDOW_MS), orphans)
      expect(run.orphansLeftAtReady, 'orphaned temp files removed on the next open').toEqual([])
      orphans = await checkAfterKill(dir, run, figures)
    }
    // The next open by the app removes the last run's orphans too and gets the last version.
    const last = await loadRevision(path)
    const opened = await store.open(path)
    expect(opened.project).toEqual(last.project)
    expect((await readdir(dir)).sort()).toEqual([FILE, `${FILE}.bak`])
    return figures
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

describe('a kill during a save', () => {
  beforeAll(async () => {
    child = await prepareChildScript(CHILD)
  })
  afterAll(async () => {
    await child.dispose()
  })

  it(
    `never loses the project: ${KILLS} SIGKILLs at random moments of a save loop`,
    async () => {
      const seed = runSeed()
      const started = Date.now()
      const perLane = Math.ceil(KILLS / LANES)
      const lanes = await Promise.all(
        Array.from({ length: LANES }, (_, i) => lane(seed + i, perLane)),
      )
      const total = lanes.reduce(
        (sum, figures) => ({
          kills: sum.kills + figures.kills,
          midSave: sum.midSave + figures.midSave,
          midSaveNewVersion: sum.midSaveNewVersion + figures.midSaveNewVersion,
          orphanedTempFiles: sum.orphanedTempFiles + figures.orphanedTempFiles,
        }),
        { kills: 0, midSave: 0, midSaveNewVersion: 0, orphanedTempFiles: 0 },
      )
      console.log(
        `kill test (seed ${seed}, child ${child.how}): ${total.kills} kills survived, ` +
          `${total.midSave} in the middle of a save (after which ${total.midSave - total.midSaveNewVersion} ` +
          `files held the old version and ${total.midSaveNewVersion} the new one), ` +
          `${total.orphanedTempFiles} orphaned temp ` +
          `files removed on the next open, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      )
      expect(total.kills).toBeGreaterThanOrEqual(KILLS)
      // Without kills in the middle of writes, the test would prove nothing.
      expect(total.midSave).toBeGreaterThanOrEqual(total.kills / 2)
      expect(total.orphanedTempFiles).toBeGreaterThan(0)
    },
    IS_SOAK ? 1_800_000 : 120_000,
  )
})
