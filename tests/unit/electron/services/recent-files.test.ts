import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRecentFiles, recentId } from '../../../../electron/services/recent-files'
import type { Clock } from '../../../../electron/services/ports'
import { faultyFs, tempDir } from './fixtures'

/** A clock that moves on one minute per call, so the order of openings is visible. */
function tickingClock(): Clock {
  let minute = 0
  return { now: () => new Date(Date.UTC(2026, 0, 5, 9, minute++)) }
}

describe('recent files', () => {
  it('lists opened files newest first, by name and folder, without paths', async () => {
    const userData = await tempDir()
    const recent = createRecentFiles({ fs: faultyFs(), clock: tickingClock(), paths: { userData } })
    await recent.add('/work/kunden/alpha.loyalty.json')
    await recent.add('/work/intern/beta.loyalty.json')
    const list = await recent.list()
    expect(list).toEqual([
      {
        id: recentId('/work/intern/beta.loyalty.json'),
        fileName: 'beta.loyalty.json',
        folderName: 'intern',
        openedAt: '2026-01-05T09:01:00.000Z',
      },
      {
        id: recentId('/work/kunden/alpha.loyalty.json'),
        fileName: 'alpha.loyalty.json',
        folderName: 'kunden',
        openedAt: '2026-01-05T09:00:00.000Z',
      },
    ])
    expect(JSON.stringify(list)).not.toContain('/work')
  })

  it('moves a file opened again to the top instead of listing it twice', async () => {
    const userData = await tempDir()
    const recent = createRecentFiles({ fs: faultyFs(), clock: tickingClock(), paths: { userData } })
    await recent.add('/a/one.loyalty.json')
    await recent.add('/a/two.loyalty.json')
    await recent.add('/a/one.loyalty.json')
    expect((await recent.list()).map((entry) => entry.fileName)).toEqual([
      'one.loyalty.json',
      'two.loyalty.json',
    ])
  })

  it('keeps the ten newest', async () => {
    const userData = await tempDir()
    const recent = createRecentFiles({ fs: faultyFs(), clock: tickingClock(), paths: { userData } })
    for (let i = 1; i <= 12; i++) await recent.add(`/a/file-${i}.loyalty.json`)
    const names = (await recent.list()).map((entry) => entry.fileName)
    expect(names).toHaveLength(10)
    expect(names[0]).toBe('file-12.loyalty.json')
    expect(names[9]).toBe('file-3.loyalty.json')
  })

  it('resolves an id to its path, and forgets a removed one', async () => {
    const userData = await tempDir()
    const recent = createRecentFiles({ fs: faultyFs(), clock: tickingClock(), paths: { userData } })
    await recent.add('/a/one.loyalty.json')
    const id = recentId('/a/one.loyalty.json')
    expect(await recent.resolve(id)).toBe('/a/one.loyalty.json')
    expect(await recent.resolve('/a/one.loyalty.json')).toBeNull()
    await recent.remove(id)
    expect(await recent.resolve(id)).toBeNull()
    expect(await recent.list()).toEqual([])
  })

  it('survives a corrupt list by starting empty, then writes a good one', async () => {
    const userData = await tempDir()
    await writeFile(join(userData, 'recent-files.json'), '{"version": 1, "entries": [{"path": ')
    const recent = createRecentFiles({ fs: faultyFs(), clock: tickingClock(), paths: { userData } })
    expect(await recent.list()).toEqual([])
    await recent.add('/a/one.loyalty.json')
    expect(JSON.parse(await readFile(join(userData, 'recent-files.json'), 'utf8'))).toEqual({
      version: 1,
      entries: [{ path: '/a/one.loyalty.json', openedAt: '2026-01-05T09:00:00.000Z' }],
    })
  })

  it('loses no entry when several windows add at once', async () => {
    const userData = await tempDir()
    const recent = createRecentFiles({ fs: faultyFs(), clock: tickingClock(), paths: { userData } })
    await Promise.all(['a', 'b', 'c', 'd'].map((name) => recent.add(`/x/${name}.loyalty.json`)))
    expect((await recent.list()).map((entry) => entry.fileName).sort()).toEqual([
      'a.loyalty.json',
      'b.loyalty.json',
      'c.loyalty.json',
      'd.loyalty.json',
    ])
  })

  it('creates the app data folder when it does not exist yet', async () => {
    const userData = join(await tempDir(), 'Loyalty Workshop')
    const recent = createRecentFiles({ fs: faultyFs(), clock: tickingClock(), paths: { userData } })
    await recent.add('/a/one.loyalty.json')
    expect(await recent.list()).toHaveLength(1)
  })
})
