import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { webUrl } from '../../../../../electron/services/handlers/app-handlers'
import { serialiseProject } from '../../../../../shared/project-file'
import { sampleProject, tempDir } from '../fixtures'
import { dataOf, errorOf, openWindow } from './harness'

describe('recovery through the handlers', () => {
  it('a draft of an untitled project is offered after a crash, restored, and deleted by the first save', async () => {
    const userData = await tempDir()
    const folder = await tempDir()
    const crashed = openWindow(userData)
    dataOf(await crashed.api['recovery:write']({ project: sampleProject('Ungespeichert') }))
    expect(dataOf(await crashed.api['recovery:list']({}))).toEqual([])

    const next = openWindow(userData)
    const [draft] = dataOf(await next.api['recovery:list']({}))
    expect(draft).toMatchObject({
      title: 'Ungespeichert',
      fileName: null,
      savedAt: '2026-01-05T09:30:00.000Z',
    })
    if (draft === undefined) return
    const restored = dataOf(await next.api['recovery:restore']({ id: draft.id }))
    expect(restored).toEqual({ project: sampleProject('Ungespeichert'), file: null })

    next.dialogs.next('saveProject', join(folder, 'gerettet.loyalty.json'))
    dataOf(await next.api['project:saveAs']({ project: restored.project }))
    expect(await readdir(join(userData, 'recovery'))).toEqual([])
  })

  it('a restored draft of a saved file saves back to that file, with the conflict check', async () => {
    const userData = await tempDir()
    const folder = await tempDir()
    const path = join(folder, 'plan.loyalty.json')
    const first = openWindow(userData)
    first.dialogs.next('saveProject', path)
    dataOf(await first.api['project:saveAs']({ project: sampleProject('Gespeichert') }))
    dataOf(await first.api['recovery:write']({ project: sampleProject('Weiter bearbeitet') }))

    const next = openWindow(userData)
    const [draft] = dataOf(await next.api['recovery:list']({}))
    if (draft === undefined) throw new Error('no draft offered')
    expect(draft.fileName).toBe('plan.loyalty.json')
    const restored = dataOf(await next.api['recovery:restore']({ id: draft.id }))
    expect(restored.file?.fileName).toBe('plan.loyalty.json')
    await writeFile(path, serialiseProject(sampleProject('Von jemand anderem'), 'another laptop'))
    expect(errorOf(await next.api['project:save']({ project: restored.project })).code).toBe(
      'CONFLICT',
    )
  })

  it('a discarded draft is no longer offered', async () => {
    const userData = await tempDir()
    dataOf(await openWindow(userData).api['recovery:write']({ project: sampleProject() }))
    const next = openWindow(userData)
    const [draft] = dataOf(await next.api['recovery:list']({}))
    if (draft === undefined) throw new Error('no draft offered')
    dataOf(await next.api['recovery:discard']({ id: draft.id }))
    expect(dataOf(await next.api['recovery:list']({}))).toEqual([])
    expect(errorOf(await next.api['recovery:restore']({ id: draft.id })).code).toBe('NOT_FOUND')
  })
})

describe('external links', () => {
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:a@b.c',
    'ftp://example.com',
    'vbscript:msgbox',
    'http:/',
    '//evil.example.com',
    'not a url',
    '',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'smb://server/share',
    'https://app.example.com@attacker.com/',
    'https://user:secret@example.com/',
  ])('refuses %j and opens nothing', async (url) => {
    const window = openWindow(await tempDir())
    expect(errorOf(await window.api['shell:openExternal']({ url })).code).toBe('INVALID_INPUT')
    expect(window.shell.opened).toEqual([])
  })

  it.each([
    ['https://app.example.com.attacker.com/login', 'https://app.example.com.attacker.com/login'],
    ['HTTPS://Example.COM/Ä', 'https://example.com/%C3%84'],
    ['http://example.com', 'http://example.com/'],
  ])('opens the web link %j in the browser as %j', async (url, opened) => {
    const window = openWindow(await tempDir())
    dataOf(await window.api['shell:openExternal']({ url }))
    expect(window.shell.opened).toEqual([`url ${opened}`])
  })

  it('webUrl keeps only http and https', () => {
    expect(webUrl('https://example.com/a?b=c#d')).toBe('https://example.com/a?b=c#d')
    expect(webUrl('file:///C:/Windows/System32/calc.exe')).toBeNull()
  })
})

describe('the dirty flag', () => {
  it('is kept on the session', async () => {
    const window = openWindow(await tempDir())
    dataOf(await window.api['app:setDirty']({ isDirty: true }))
    expect(window.session.isDirty).toBe(true)
  })
})
