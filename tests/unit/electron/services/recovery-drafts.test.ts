import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRecoveryDrafts } from '../../../../electron/services/recovery-drafts'
import { StorageError } from '../../../../electron/services/storage-error'
import type { Clock } from '../../../../electron/services/ports'
import { faultyFs, fixedClock, sampleProject, tempDir } from './fixtures'

const SESSION_A = '1b4e28ba-2fa1-11d2-883f-0016d3cca427'
const SESSION_B = '6fa459ea-ee8a-3ca4-894e-db77e160355e'
const fingerprint = { size: 10, mtimeMs: 1767605400000, sha256: 'ab'.repeat(32) }

const clockAt = (iso: string): Clock => ({ now: () => new Date(iso) })

function draftsIn(userData: string, clock: Clock = fixedClock) {
  return createRecoveryDrafts({
    fs: faultyFs(),
    clock,
    paths: { userData },
    savedWith: 'Loyalty Workshop test',
  })
}

describe('recovery drafts', () => {
  it('keep unsaved changes per window session and list them newest first', async () => {
    const userData = await tempDir()
    await draftsIn(userData, clockAt('2026-01-05T09:00:00Z')).write(
      SESSION_A,
      sampleProject('Ohne Namen'),
      { filePath: null, fingerprint: null },
    )
    await draftsIn(userData, clockAt('2026-01-05T10:00:00Z')).write(
      SESSION_B,
      sampleProject('Mit Datei'),
      {
        filePath: '/kunden/plan.loyalty.json',
        fingerprint,
      },
    )
    expect(await draftsIn(userData).list()).toEqual([
      {
        id: SESSION_B,
        title: 'Mit Datei',
        fileName: 'plan.loyalty.json',
        savedAt: '2026-01-05T10:00:00.000Z',
      },
      { id: SESSION_A, title: 'Ohne Namen', fileName: null, savedAt: '2026-01-05T09:00:00.000Z' },
    ])
    expect(await readdir(join(userData, 'recovery'))).toHaveLength(2)
  })

  it('listing the drafts removes temp files left by a draft write that was killed', async () => {
    const userData = await tempDir()
    const drafts = draftsIn(userData)
    await drafts.write(SESSION_A, sampleProject('Erst'), { filePath: null, fingerprint: null })
    // A process id far above any real one stands for the writer that was killed.
    const orphan = `.${SESSION_B}.json.999999999.0a1b2c.tmp`
    await writeFile(join(userData, 'recovery', orphan), '{"half')
    expect((await drafts.list()).map((draft) => draft.title)).toEqual(['Erst'])
    expect(await readdir(join(userData, 'recovery'))).toEqual([`${SESSION_A}.json`])
  })

  it('a later write of the same session replaces its draft', async () => {
    const userData = await tempDir()
    const drafts = draftsIn(userData)
    await drafts.write(SESSION_A, sampleProject('Erst'), { filePath: null, fingerprint: null })
    await drafts.write(SESSION_A, sampleProject('Dann'), { filePath: null, fingerprint: null })
    expect((await drafts.list()).map((draft) => draft.title)).toEqual(['Dann'])
  })

  it('restore the project with the file it belongs to', async () => {
    const userData = await tempDir()
    const drafts = draftsIn(userData)
    const project = sampleProject()
    await drafts.write(SESSION_A, project, { filePath: '/kunden/plan.loyalty.json', fingerprint })
    expect(await drafts.restore(SESSION_A)).toEqual({
      project,
      fileName: 'plan.loyalty.json',
      filePath: '/kunden/plan.loyalty.json',
      fingerprint,
      savedAt: '2026-01-05T09:30:00.000Z',
    })
  })

  it('discard removes a draft; discarding twice is fine', async () => {
    const userData = await tempDir()
    const drafts = draftsIn(userData)
    await drafts.write(SESSION_A, sampleProject(), { filePath: null, fingerprint: null })
    await drafts.discard(SESSION_A)
    await drafts.discard(SESSION_A)
    expect(await drafts.list()).toEqual([])
  })

  it('refuse ids that could reach outside the recovery folder', async () => {
    const userData = await tempDir()
    await writeFile(join(userData, 'secret.json'), '{}')
    const drafts = draftsIn(userData)
    for (const id of ['../secret', '..', 'a/b', '/etc/passwd', 'x.json']) {
      await expect(drafts.restore(id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
      await expect(
        drafts.write(id, sampleProject(), { filePath: null, fingerprint: null }),
      ).rejects.toBeInstanceOf(StorageError)
    }
    await drafts.discard('../secret')
    expect(await readdir(userData)).toContain('secret.json')
  })

  it('skip a damaged draft in the list and say so when it is restored', async () => {
    const userData = await tempDir()
    const drafts = draftsIn(userData)
    await drafts.write(SESSION_A, sampleProject(), { filePath: null, fingerprint: null })
    await writeFile(
      join(userData, 'recovery', `${SESSION_B}.json`),
      '{"format": "loyalty-workshop-recovery", "vers',
    )
    expect((await drafts.list()).map((draft) => draft.id)).toEqual([SESSION_A])
    await expect(drafts.restore(SESSION_B)).rejects.toMatchObject({
      code: 'INVALID_PROJECT',
      message: 'The recovery draft is damaged and cannot be restored.',
    })
  })

  it('an empty or missing recovery folder lists nothing', async () => {
    expect(await draftsIn(await tempDir()).list()).toEqual([])
  })
})
