import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanOrphanedTempFiles, isProcessAlive } from '../../../../electron/services/temp-files'
import { faultyFs, namesIn, tempDir } from './fixtures'

describe('orphaned temp files', () => {
  it('are removed for the file named, but not those of a save still running', async () => {
    const dir = await tempDir()
    const names = [
      'plan.loyalty.json',
      '.plan.loyalty.json.111.a1b2c3d4e5f6.tmp',
      '.plan.loyalty.json.bak.111.a1b2c3d4e5f6.tmp',
      '.plan.loyalty.json.222.a1b2c3d4e5f6.tmp',
      '.plan.loyalty.json.tmp',
      '.planXloyalty.json.111.a1b2c3d4e5f6.tmp',
    ]
    for (const name of names) await writeFile(join(dir, name), '')
    const removed = await cleanOrphanedTempFiles(dir, 'plan.loyalty.json', {
      fs: faultyFs(),
      isProcessAlive: (pid) => pid === 222,
    })
    expect(removed.sort()).toEqual([
      '.plan.loyalty.json.111.a1b2c3d4e5f6.tmp',
      '.plan.loyalty.json.bak.111.a1b2c3d4e5f6.tmp',
    ])
    expect(await namesIn(dir)).toEqual([
      '.plan.loyalty.json.222.a1b2c3d4e5f6.tmp',
      '.plan.loyalty.json.tmp',
      '.planXloyalty.json.111.a1b2c3d4e5f6.tmp',
      'plan.loyalty.json',
    ])
  })

  it('a folder that cannot be listed is no error', async () => {
    expect(
      await cleanOrphanedTempFiles('/no/such/folder', 'plan.loyalty.json', { fs: faultyFs() }),
    ).toEqual([])
  })

  it('knows that this process runs', () => {
    expect(isProcessAlive(process.pid)).toBe(true)
  })
})
