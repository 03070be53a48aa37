import { SAVED_WITH } from '../services/app-info'
import { nodeFileSystem, type FileSystem } from '../services/file-system'
import { systemClock, type Clock } from '../services/ports'
import { createProjectStore, type ProjectStore } from '../services/project-store'

/** Where the CLI reads, writes and prints; the real process unless a test gives its own. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Relative file arguments are resolved against this folder. */
  readonly cwd: string
  readonly fs: FileSystem
  readonly clock: Clock
}

/** What every command gets: the io, the project store, and the exit code it sets. */
export interface CliContext extends CliIo {
  readonly store: ProjectStore
  exitCode: number
}

/** Exit codes of every command, as `--help` documents them. */
export const EXIT = { ok: 0, invalidFile: 1, usage: 2 } as const

/** The real process's io. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    fs: nodeFileSystem,
    clock: systemClock,
  }
}

export function createCliContext(io: CliIo): CliContext {
  return {
    ...io,
    store: createProjectStore({ fs: io.fs, clock: io.clock, savedWith: SAVED_WITH }),
    exitCode: EXIT.ok,
  }
}
