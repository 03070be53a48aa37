import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { SAVED_WITH } from '../electron/services/app-info'
import { writeFileDurably } from '../electron/services/durable-writer'
import { nodeFileSystem } from '../electron/services/file-system'
import type { Project } from '../shared/domain'
import { serialiseProjectBytes } from '../shared/project-file'
import { BENCH_SIZES, fixtureFileName, generateProject, type BenchSize } from './generate'

/** Writes a project file the way the app saves one: serialised, then written durably. */
export async function writeProjectFile(path: string, project: Project): Promise<void> {
  await writeFileDurably(path, serialiseProjectBytes(project, SAVED_WITH), {
    fs: nodeFileSystem,
    keepBackup: false,
  })
}

/** Writes the synthetic project of each size into `dir` and returns the paths. */
export async function writeFixtures(
  dir: string,
  sizes: readonly BenchSize[] = BENCH_SIZES,
  seed?: number,
): Promise<string[]> {
  const target = resolve(dir)
  await mkdir(target, { recursive: true })
  const paths: string[] = []
  for (const size of sizes) {
    const path = join(target, fixtureFileName(size))
    await writeProjectFile(path, generateProject(size, seed))
    paths.push(path)
  }
  return paths
}
