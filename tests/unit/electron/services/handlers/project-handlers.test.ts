import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { setAnswer } from '../../../../../shared/domain'
import { serialiseProject } from '../../../../../shared/project-file'
import { sampleProject, tempDir } from '../fixtures'
import { dataOf, errorOf, openWindow } from './harness'

async function setUp() {
  const userData = await tempDir()
  const folder = await tempDir()
  return { userData, folder, window: openWindow(userData) }
}

describe('project handlers', () => {
  it('new, save as, save and open again give back the answers', async () => {
    const { userData, folder, window } = await setUp()
    const { api, dialogs } = window
    const opened = dataOf(await api['project:new']({ language: 'de', title: 'Kundenbindung' }))
    expect(opened.file).toBeNull()
    expect(opened.project.meta).toMatchObject({
      title: 'Kundenbindung',
      language: 'de',
      date: '2026-01-05',
    })

    const untitled = errorOf(await api['project:save']({ project: opened.project }))
    expect(untitled.code).toBe('UNTITLED')

    const path = join(folder, 'kundenbindung.loyalty.json')
    dialogs.next('saveProject', path)
    const edited = setAnswer(opened.project, {
      step: 'vision',
      question: 'understood',
      text: 'Stammkunden zuerst.',
    })
    expect(dataOf(await api['project:saveAs']({ project: edited }))).toEqual({
      fileName: 'kundenbindung.loyalty.json',
      savedAt: '2026-01-05T09:30:00.000Z',
    })
    expect(dialogs.asked).toEqual([
      { kind: 'saveProject', suggestedName: 'Kundenbindung.loyalty.json' },
    ])

    const again = setAnswer(edited, {
      step: 'culture',
      question: 'trust',
      text: 'Fehler dürfen passieren.',
    })
    dataOf(await api['project:save']({ project: again }))

    const other = openWindow(userData)
    other.dialogs.next('openProject', path)
    const reopened = dataOf(await other.api['project:open']({}))
    expect(reopened.project).toEqual(again)
    expect(reopened.file?.fileName).toBe('kundenbindung.loyalty.json')
    expect((await readdir(folder)).sort()).toEqual([
      'kundenbindung.loyalty.json',
      'kundenbindung.loyalty.json.bak',
    ])
  })

  it('a cancelled dialog gives CANCELLED and changes nothing', async () => {
    const { folder, window } = await setUp()
    expect(errorOf(await window.api['project:open']({})).code).toBe('CANCELLED')
    expect(errorOf(await window.api['project:saveAs']({ project: sampleProject() })).code).toBe(
      'CANCELLED',
    )
    expect(await readdir(folder)).toEqual([])
    expect(window.session.filePath).toBeNull()
  })

  it('refuses to overwrite a file changed by someone else, then loads theirs on request', async () => {
    const { folder, window } = await setUp()
    const { api, dialogs } = window
    const path = join(folder, 'plan.loyalty.json')
    dialogs.next('saveProject', path)
    dataOf(await api['project:saveAs']({ project: sampleProject('Unsere Fassung') }))
    const theirs = serialiseProject(sampleProject('Ihre Fassung'), 'another laptop')
    await writeFile(path, theirs)

    const conflict = errorOf(await api['project:save']({ project: sampleProject('Meine Fassung') }))
    expect(conflict).toEqual({
      code: 'CONFLICT',
      fileName: 'plan.loyalty.json',
      message:
        '"plan.loyalty.json" was changed by someone else since you opened it. Save your version under a new name, load theirs, or compare.',
    })
    expect(await readFile(path, 'utf8')).toBe(theirs)

    const reloaded = dataOf(await api['project:reload']({}))
    expect(reloaded.project.meta.title).toBe('Ihre Fassung')
    dataOf(await api['project:save']({ project: sampleProject('Zusammengeführt') }))
    expect(await readFile(path, 'utf8')).toContain('"title": "Zusammengeführt"')
  })

  it('opening a corrupt file shows a clear error and keeps the window as it was', async () => {
    const { folder, window } = await setUp()
    const path = join(folder, 'kaputt.loyalty.json')
    await writeFile(path, '{"format": "loyalty-workshop", "schemaVersion": 1, "proj')
    window.dialogs.next('openProject', path)
    const error = errorOf(await window.api['project:open']({}))
    expect(error.code).toBe('NOT_JSON')
    expect(error.fileName).toBe('kaputt.loyalty.json')
    expect(window.session.filePath).toBeNull()
    expect(errorOf(await window.api['project:save']({ project: sampleProject() })).code).toBe(
      'UNTITLED',
    )
    expect(await readFile(path, 'utf8')).toBe(
      '{"format": "loyalty-workshop", "schemaVersion": 1, "proj',
    )
  })

  it('opens files from the recent list by id, and drops files that are gone', async () => {
    const { folder, window } = await setUp()
    const { api, dialogs } = window
    const path = join(folder, 'plan.loyalty.json')
    dialogs.next('saveProject', path)
    dataOf(await api['project:saveAs']({ project: sampleProject() }))
    const [entry] = dataOf(await api['recent:list']({}))
    expect(entry).toMatchObject({ fileName: 'plan.loyalty.json' })
    if (entry === undefined) return
    expect(JSON.stringify(entry)).not.toContain(folder)

    expect(dataOf(await api['project:openRecent']({ id: entry.id })).project.meta.title).toBe(
      'Kundenbindung 2026',
    )
    await rm(path)
    expect(errorOf(await api['project:openRecent']({ id: entry.id })).code).toBe('NOT_FOUND')
    expect(dataOf(await api['recent:list']({}))).toEqual([])
  })

  it('never opens a path the page makes up', async () => {
    const { folder, window } = await setUp()
    const path = join(folder, 'secret.loyalty.json')
    await writeFile(path, serialiseProject(sampleProject('Geheim'), 'x'))
    const error = errorOf(await window.api['project:openRecent']({ id: path }))
    expect(error.code).toBe('NOT_FOUND')
    expect(window.fs.calls.filter((call) => call.includes('secret'))).toEqual([])
  })

  it('an unexpected failure becomes INTERNAL with a plain message and is logged', async () => {
    const { window } = await setUp()
    window.dialogs.openProject = () => Promise.reject(new TypeError('dialog exploded'))
    const error = errorOf(await window.api['project:open']({}))
    expect(error).toEqual({
      code: 'INTERNAL',
      message:
        'Something unexpected went wrong. Your changes are still open in the app; please try again.',
    })
    expect(window.errors).toHaveLength(1)
  })

  it('an autosave and a manual save at the same moment do not conflict with each other', async () => {
    const { folder, window } = await setUp()
    window.dialogs.next('saveProject', join(folder, 'plan.loyalty.json'))
    dataOf(await window.api['project:saveAs']({ project: sampleProject('Eins') }))
    const results = await Promise.all(
      ['Zwei', 'Drei', 'Vier'].map((title) =>
        window.api['project:save']({ project: sampleProject(title) }),
      ),
    )
    expect(results.map((result) => result.ok)).toEqual([true, true, true])
    expect(await readFile(join(folder, 'plan.loyalty.json'), 'utf8')).toContain('"title": "Vier"')
  })
})
