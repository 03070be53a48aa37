/**
 * The child process of the kill test: opens a project file with the real store (which removes
 * temp files that earlier, killed runs left), then saves revision after revision until it is
 * killed. Before and after each save it writes a line to stdout, synchronously, so the parent
 * knows which revisions may be on disk: `ready <n>`, `saving <n>`, `saved <n>`.
 */
import { writeSync } from 'node:fs'
import { join } from 'node:path'
import { nodeFileSystem } from '../../../electron/services/file-system'
import { systemClock } from '../../../electron/services/ports'
import { createProjectStore } from '../../../electron/services/project-store'
import { loadExample, projectAtRevision, revisionOf } from './revisions'

function say(line: string): void {
  // Pipes are written synchronously on Linux; writeSync makes sure of it before the next step.
  writeSync(1, `${line}\n`)
}

async function main(dir: string, fileName: string, examplePath: string): Promise<void> {
  const base = loadExample(examplePath)
  const path = join(dir, fileName)
  const store = createProjectStore({
    fs: nodeFileSystem,
    clock: systemClock,
    savedWith: 'Loyalty Workshop kill test',
  })
  const opened = await store.open(path)
  let revision = revisionOf(opened.project)
  if (revision === null) throw new Error(`${fileName} is not a revision of the kill test`)
  let fingerprint = opened.fingerprint
  say(`ready ${revision}`)
  for (;;) {
    revision++
    say(`saving ${revision}`)
    const saved = await store.save(path, projectAtRevision(base, revision), {
      expectedFingerprint: fingerprint,
    })
    fingerprint = saved.fingerprint
    say(`saved ${revision}`)
  }
}

const [dir, fileName, examplePath] = process.argv.slice(2)
if (dir === undefined || fileName === undefined || examplePath === undefined) {
  console.error('usage: save-loop <dir> <file name> <example project>')
  process.exit(2)
}
main(dir, fileName, examplePath).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
