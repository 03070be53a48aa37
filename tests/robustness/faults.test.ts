import { createHash } from 'node:crypto'
import { chmod, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ApiError } from '../../shared/api'
import { compareProjects, setAnswer, type Project } from '../../shared/domain'
import { serialiseProject } from '../../shared/project-file'
import { faultyFs, tempDir } from '../unit/electron/services/fixtures'
import {
  dataOf,
  errorOf,
  openWindow,
  type Window,
} from '../unit/electron/services/handlers/harness'
import { loadExample } from './harness/revisions'

const FILE = 'kundenbindung.loyalty.json'
const EXAMPLE = join(import.meta.dirname, '../../resources/examples/radhaus-brenner.loyalty.json')
const example = loadExample(EXAMPLE)
const isRoot = process.getuid?.() === 0
if (isRoot) {
  console.warn(
    'Skipping the real read-only folder (chmod) test: it runs as root, and chmod does not stop ' +
      'root. The same fault is injected through the file-system port (EROFS, EACCES) instead.',
  )
}

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex')

interface Scene {
  readonly userData: string
  readonly folder: string
  readonly path: string
  readonly fs: ReturnType<typeof faultyFs>
  readonly window: Window
  /** The facilitator's unsaved version, as the page holds it. */
  readonly mine: Project
  readonly hashBefore: string
  readonly namesBefore: readonly string[]
}

/**
 * A workshop opened from its file and edited; the page has written its recovery draft, as it
 * does within a second of every change. Then the save below meets the fault.
 */
async function editedWorkshop(): Promise<Scene> {
  const userData = await tempDir()
  const folder = await tempDir()
  const path = join(folder, FILE)
  await writeFile(path, serialiseProject(example, 'Loyalty Workshop 0.1.0'))
  const fs = faultyFs()
  const window = openWindow(userData, fs)
  window.dialogs.next('openProject', path)
  const opened = dataOf(await window.api['project:open']({}))
  const mine = setAnswer(opened.project, {
    step: 'vision',
    question: 'understood',
    text: 'Nach der Pause ergänzt: Jede Filiale erklärt die Vision in einem Satz.',
  })
  dataOf(await window.api['recovery:write']({ project: mine }))
  return {
    userData,
    folder,
    path,
    fs,
    window,
    mine,
    hashBefore: await sha256(path),
    namesBefore: (await readdir(folder)).sort(),
  }
}

const isTemp = (path: string) => path.endsWith('.tmp')

/**
 * What must hold after any failed save: a typed error naming the file and saying what to do,
 * the file on disk as it was, no temp file, the page's project untouched, and the unsaved
 * version in the recovery draft, where a new window (after a crash) finds it.
 */
async function expectNothingLost(
  scene: Scene,
  error: ApiError,
  code: string,
  advice: RegExp,
  mineBefore: Project,
) {
  expect(error.code).toBe(code)
  expect(error.fileName).toBe(FILE)
  expect(error.message).toContain(`"${FILE}"`)
  expect(error.message).toMatch(advice)
  expect(await sha256(scene.path)).toBe(scene.hashBefore)
  // No temp file is left. A backup may have been taken before the fault; then it is the original.
  const names = await readdir(scene.folder)
  const added = names.filter((name) => !scene.namesBefore.includes(name))
  expect(added.filter((name) => name !== `${FILE}.bak`)).toEqual([])
  if (added.length > 0) expect(await sha256(`${scene.path}.bak`)).toBe(scene.hashBefore)
  expect(scene.mine).toEqual(mineBefore)
  await expectDraftHolds(scene, scene.mine)
}

/** A window started after a crash is offered the draft, and it holds the unsaved version. */
async function expectDraftHolds(scene: Scene, project: Project) {
  const next = openWindow(scene.userData)
  const drafts = dataOf(await next.api['recovery:list']({}))
  expect(drafts).toHaveLength(1)
  const [draft] = drafts
  expect(draft?.fileName).toBe(FILE)
  const restored = dataOf(await next.api['recovery:restore']({ id: draft?.id ?? '' }))
  expect(restored.project).toEqual(project)
}

type Operation = Parameters<ReturnType<typeof faultyFs>['fail']>[0]

interface InjectedFault {
  readonly name: string
  readonly op: Operation
  readonly errno: string
  readonly when: (path: string, scene: Scene) => boolean
  /** How many calls fail: the fault is gone afterwards, as when space is freed. */
  readonly times: number
  readonly code: string
  readonly advice: RegExp
}

const KEEP = /your changes are still open in the app/
const FAULTS: readonly InjectedFault[] = [
  {
    name: 'disk full while writing (ENOSPC)',
    op: 'handle.write',
    errno: 'ENOSPC',
    when: isTemp,
    times: 1,
    code: 'DISK_FULL',
    advice: /Free some disk space and save again/,
  },
  {
    name: 'disk full when flushing to disk (ENOSPC at fsync)',
    op: 'handle.sync',
    errno: 'ENOSPC',
    when: isTemp,
    times: 1,
    code: 'DISK_FULL',
    advice: /Free some disk space and save again/,
  },
  {
    name: 'disk full while keeping the backup (ENOSPC)',
    op: 'copyFile',
    errno: 'ENOSPC',
    when: (path) => path.includes('.bak.'),
    times: 1,
    code: 'DISK_FULL',
    advice: /Free some disk space and save again/,
  },
  {
    name: 'quota exceeded (EDQUOT)',
    op: 'handle.write',
    errno: 'EDQUOT',
    when: isTemp,
    times: 1,
    code: 'DISK_FULL',
    advice: /Free some disk space/,
  },
  {
    name: 'permission denied in the folder (EACCES)',
    op: 'open',
    errno: 'EACCES',
    when: isTemp,
    times: 1,
    code: 'PERMISSION_DENIED',
    advice: /Use "Save as" to save it in another folder/,
  },
  {
    name: 'read-only file system (EROFS)',
    op: 'open',
    errno: 'EROFS',
    when: isTemp,
    times: 1,
    code: 'PERMISSION_DENIED',
    advice: /read-only.*Use "Save as"/,
  },
  {
    name: 'file locked by another program (EPERM on every rename retry)',
    op: 'rename',
    errno: 'EPERM',
    when: (path, scene) => path === scene.path,
    times: 5,
    code: 'PERMISSION_DENIED',
    advice: /Use "Save as"/,
  },
  {
    name: 'input/output error of the drive (EIO)',
    op: 'handle.write',
    errno: 'EIO',
    when: isTemp,
    times: 1,
    code: 'WRITE_FAILED',
    advice: /\(EIO\)\. Try again, or use "Save as"/,
  },
]

describe('a save that meets a fault', () => {
  it.each(FAULTS)('$name: says what to do and loses nothing', async (fault) => {
    const scene = await editedWorkshop()
    const mineBefore = structuredClone(scene.mine)
    scene.fs.fail(fault.op, fault.errno, (path) => fault.when(path, scene), fault.times)
    const error = errorOf(await scene.window.api['project:save']({ project: scene.mine }))
    await expectNothingLost(scene, error, fault.code, fault.advice, mineBefore)
    if (fault.code !== 'CONFLICT') expect(error.message).toMatch(KEEP)

    // Once the fault is gone, the same window saves the same project: no false conflict.
    dataOf(await scene.window.api['project:save']({ project: scene.mine }))
    expect(await readFile(scene.path, 'utf8')).toBe(
      serialiseProject(scene.mine, 'Loyalty Workshop test'),
    )
  })

  it('folder vanished (moved, renamed or unplugged): says so, recreates nothing, Save as works', async () => {
    const scene = await editedWorkshop()
    const mineBefore = structuredClone(scene.mine)
    await rm(scene.folder, { recursive: true })
    const error = errorOf(await scene.window.api['project:save']({ project: scene.mine }))
    expect(error).toMatchObject({ code: 'NOT_FOUND', fileName: FILE })
    expect(error.message).toMatch(
      new RegExp(
        `The folder of "${FILE.replace(/\./g, '\\.')}" no longer exists.*Save as.*${KEEP.source}`,
      ),
    )
    await expect(readdir(scene.folder)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(scene.mine).toEqual(mineBefore)
    await expectDraftHolds(scene, scene.mine)

    const elsewhere = join(await tempDir(), FILE)
    scene.window.dialogs.next('saveProject', elsewhere)
    dataOf(await scene.window.api['project:saveAs']({ project: scene.mine }))
    expect(await readFile(elsewhere, 'utf8')).toBe(
      serialiseProject(scene.mine, 'Loyalty Workshop test'),
    )
  })

  it('file deleted by someone else while open: saving writes it again, nothing to lose', async () => {
    const scene = await editedWorkshop()
    await rm(scene.path)
    dataOf(await scene.window.api['project:save']({ project: scene.mine }))
    expect(await readFile(scene.path, 'utf8')).toBe(
      serialiseProject(scene.mine, 'Loyalty Workshop test'),
    )
  })

  it.skipIf(isRoot)(
    'a real read-only folder (chmod 555) refuses the save the same way',
    async () => {
      const scene = await editedWorkshop()
      const mineBefore = structuredClone(scene.mine)
      await chmod(scene.folder, 0o555)
      try {
        const error = errorOf(await scene.window.api['project:save']({ project: scene.mine }))
        await expectNothingLost(scene, error, 'PERMISSION_DENIED', /Use "Save as"/, mineBefore)
      } finally {
        await chmod(scene.folder, 0o755)
      }
    },
  )
})

describe('a file changed by someone else while it is open', () => {
  const theirProject = () =>
    setAnswer(example, { step: 'vision', question: 'understood', text: 'Ihre Fassung vom Laptop' })

  it.each([
    ['written over in place', (path: string, text: string) => writeFile(path, text)],
    [
      'replaced by another file (as sync clients do)',
      async (path: string, text: string) => {
        const theirs = `${path}.sync-client`
        await writeFile(theirs, text)
        await rename(theirs, path)
      },
    ],
  ])('%s: a conflict, and keep mine, load theirs and compare all work', async (_, change) => {
    const scene = await editedWorkshop()
    const mineBefore = structuredClone(scene.mine)
    const theirs = theirProject()
    await change(scene.path, serialiseProject(theirs, 'Loyalty Workshop on another laptop'))
    const changed = { ...scene, hashBefore: await sha256(scene.path) }

    const error = errorOf(await scene.window.api['project:save']({ project: scene.mine }))
    await expectNothingLost(
      changed,
      error,
      'CONFLICT',
      /changed by someone else since you opened it\. Save your version under a new name, load theirs, or compare\./,
      mineBefore,
    )

    // Compare: the page loads theirs and lists what differs from its own version.
    const reloaded = dataOf(await scene.window.api['project:reload']({}))
    expect(reloaded.project).toEqual(theirs)
    expect(compareProjects(scene.mine, reloaded.project)).toContainEqual(
      expect.objectContaining({ theirs: 'Ihre Fassung vom Laptop' }),
    )
    // Keep mine: "save as" under a new name writes my version and leaves theirs alone.
    const mineElsewhere = join(scene.folder, 'kundenbindung-meine.loyalty.json')
    scene.window.dialogs.next('saveProject', mineElsewhere)
    dataOf(await scene.window.api['project:saveAs']({ project: scene.mine }))
    expect(await readFile(mineElsewhere, 'utf8')).toBe(
      serialiseProject(scene.mine, 'Loyalty Workshop test'),
    )
    expect(await sha256(scene.path)).toBe(changed.hashBefore)
  })
})

describe('opening a file that cannot be read', () => {
  it.each([
    ['permission denied (EACCES)', 'EACCES', 'PERMISSION_DENIED', /lack permission/],
    ['input/output error (EIO)', 'EIO', 'READ_FAILED', /\(EIO\)\. Check that the drive/],
  ])('%s: names the file, and the window keeps its project', async (_, errno, code, advice) => {
    const scene = await editedWorkshop()
    const other = join(scene.folder, 'andere.loyalty.json')
    await writeFile(other, serialiseProject(example, 'Loyalty Workshop 0.1.0'))
    scene.fs.fail('readFile', errno, (path) => path === other)
    scene.window.dialogs.next('openProject', other)
    const error = errorOf(await scene.window.api['project:open']({}))
    expect(error).toMatchObject({ code, fileName: 'andere.loyalty.json' })
    expect(error.message).toMatch(advice)
    // The window still has its own file and its draft: saving goes where it went before.
    expect(scene.window.session.filePath).toBe(scene.path)
    await expectDraftHolds(scene, scene.mine)
  })

  it('a file that vanished between the dialog and reading: NOT_FOUND naming it', async () => {
    const scene = await editedWorkshop()
    const gone = join(scene.folder, 'weg.loyalty.json')
    scene.window.dialogs.next('openProject', gone)
    const error = errorOf(await scene.window.api['project:open']({}))
    expect(error).toMatchObject({ code: 'NOT_FOUND', fileName: 'weg.loyalty.json' })
    expect(error.message).toMatch(/moved, renamed or deleted/)
    await mkdir(scene.folder, { recursive: true })
    expect(scene.window.session.filePath).toBe(scene.path)
  })
})
