import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { writeFixtures } from '../../../bench/fixtures'
import { generateProject } from '../../../bench/generate'
import { loadProjectFile } from '../../../shared/project-file'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-bench-fixtures-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

it('writes the synthetic projects as project files the app opens', async () => {
  const target = join(dir, 'fixtures')
  const [path] = await writeFixtures(target, ['S'])
  expect(await readdir(target)).toEqual(['bench-S.loyalty.json'])
  const loaded = loadProjectFile(await readFile(path ?? ''))
  if (!loaded.ok) throw new Error(loaded.error.message)
  expect(loaded.project).toEqual(generateProject('S'))
})
