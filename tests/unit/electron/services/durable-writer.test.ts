import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupPath, writeFileDurably } from '../../../../electron/services/durable-writer'
import { StorageError } from '../../../../electron/services/storage-error'
import { bytesOf, faultyFs, namesIn, tempDir } from './fixtures'

const noWait = { renameRetryDelaysMs: [0, 0, 0, 0] }

async function failure(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof StorageError) return error
    throw error
  }
  throw new Error('expected the write to fail')
}

describe('writing a file durably', () => {
  it('writes a new file and leaves no temp file', async () => {
    const dir = await tempDir()
    const path = join(dir, 'plan.loyalty.json')
    await writeFileDurably(path, 'Größe', { fs: faultyFs(), keepBackup: true })
    expect((await bytesOf(path)).toString('utf8')).toBe('Größe')
    expect(await namesIn(dir)).toEqual(['plan.loyalty.json'])
  })

  it('keeps the replaced version as .bak', async () => {
    const dir = await tempDir()
    const path = join(dir, 'plan.loyalty.json')
    await writeFile(path, 'version 1')
    await writeFileDurably(path, 'version 2', { fs: faultyFs(), keepBackup: true })
    await writeFileDurably(path, 'version 3', { fs: faultyFs(), keepBackup: true })
    expect((await bytesOf(path)).toString()).toBe('version 3')
    expect((await bytesOf(backupPath(path))).toString()).toBe('version 2')
    expect(await namesIn(dir)).toEqual(['plan.loyalty.json', 'plan.loyalty.json.bak'])
  })

  it('writes through a temp file that is fsynced before it replaces the target', async () => {
    const dir = await tempDir()
    const path = join(dir, 'plan.loyalty.json')
    const fs = faultyFs()
    await writeFileDurably(path, 'data', { fs, keepBackup: false })
    const temp = /^open (.*\/\.plan\.loyalty\.json\.\d+\.[0-9a-f]{12}\.tmp)$/.exec(
      fs.calls[0] ?? '',
    )?.[1]
    expect(temp).toBeDefined()
    expect(fs.calls).toEqual([
      `open ${temp}`,
      `handle.write ${temp}`,
      `handle.sync ${temp}`,
      `rename ${path}`,
      `open ${dir}`,
      `handle.sync ${dir}`,
    ])
  })

  it('on a full disk, leaves the original file intact, removes the temp file and names the file', async () => {
    const dir = await tempDir()
    const path = join(dir, 'plan.loyalty.json')
    await writeFile(path, 'the original')
    const fs = faultyFs()
    fs.fail('handle.write', 'ENOSPC')
    const error = await failure(
      writeFileDurably(path, 'x'.repeat(10_000), { fs, keepBackup: true }),
    )
    expect(error.code).toBe('DISK_FULL')
    expect(error.fileName).toBe('plan.loyalty.json')
    expect(error.message).toBe(
      'There is not enough disk space to save "plan.loyalty.json". Free some disk space and save again; your changes are still open in the app.',
    )
    expect((await bytesOf(path)).toString()).toBe('the original')
    expect(await namesIn(dir)).toEqual(['plan.loyalty.json'])
  })

  it('on a full disk while keeping the backup, leaves the original and the old backup intact', async () => {
    const dir = await tempDir()
    const path = join(dir, 'plan.loyalty.json')
    await writeFile(path, 'current')
    await writeFile(backupPath(path), 'older')
    const fs = faultyFs()
    fs.fail('copyFile', 'ENOSPC')
    expect((await failure(writeFileDurably(path, 'new', { fs, keepBackup: true }))).code).toBe(
      'DISK_FULL',
    )
    expect((await bytesOf(path)).toString()).toBe('current')
    expect((await bytesOf(backupPath(path))).toString()).toBe('older')
    expect(await namesIn(dir)).toEqual(['plan.loyalty.json', 'plan.loyalty.json.bak'])
  })

  it('reports permission problems and a vanished folder with what to do', async () => {
    const dir = await tempDir()
    const path = join(dir, 'plan.loyalty.json')
    for (const [code, expected] of [
      ['EACCES', 'PERMISSION_DENIED'],
      ['EROFS', 'PERMISSION_DENIED'],
      ['EIO', 'WRITE_FAILED'],
    ] as const) {
      const fs = faultyFs()
      fs.fail('open', code)
      const error = await failure(writeFileDurably(path, 'x', { fs, keepBackup: true }))
      expect(error.code).toBe(expected)
      expect(error.message).toMatch(/"plan\.loyalty\.json"/)
      expect(error.message).toMatch(/Save as|Try again/)
    }
    const gone = await failure(
      writeFileDurably(join(dir, 'missing', 'plan.loyalty.json'), 'x', {
        fs: faultyFs(),
        keepBackup: true,
      }),
    )
    expect(gone.code).toBe('NOT_FOUND')
    expect(gone.message).toMatch(/folder of "plan\.loyalty\.json" no longer exists/)
  })

  it('retries a rename that a sync client blocks for a moment', async () => {
    const dir = await tempDir()
    const path = join(dir, 'plan.loyalty.json')
    await writeFile(path, 'old')
    const fs = faultyFs()
    fs.fail('rename', 'EBUSY', (target) => target === path, 2)
    await writeFileDurably(path, 'new', { fs, keepBackup: false, ...noWait })
    expect((await bytesOf(path)).toString()).toBe('new')
    expect(fs.calls.filter((call) => call === `rename ${path}`)).toHaveLength(3)
  })

  it('gives up after the retries, leaving the original and no temp file', async () => {
    const dir = await tempDir()
    const path = join(dir, 'plan.loyalty.json')
    await writeFile(path, 'old')
    const fs = faultyFs()
    fs.fail('rename', 'EPERM', (target) => target === path)
    const error = await failure(writeFileDurably(path, 'new', { fs, keepBackup: false, ...noWait }))
    expect(error.code).toBe('PERMISSION_DENIED')
    expect(fs.calls.filter((call) => call === `rename ${path}`)).toHaveLength(5)
    expect((await bytesOf(path)).toString()).toBe('old')
    expect(await namesIn(dir)).toEqual(['plan.loyalty.json'])
  })

  it('tolerates platforms that cannot fsync a directory', async () => {
    const dir = await tempDir()
    const path = join(dir, 'plan.loyalty.json')
    const fs = faultyFs()
    fs.fail('open', 'EISDIR', (p) => p === dir)
    await writeFileDurably(path, 'data', { fs, keepBackup: false })
    expect((await bytesOf(path)).toString()).toBe('data')
  })
})
