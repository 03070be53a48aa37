import { createHash } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import type { RecentEntry } from '../../shared/api'
import { writeFileDurably } from './durable-writer'
import type { FileSystem } from './file-system'
import type { AppPaths, Clock } from './ports'

/** How many files the list keeps. */
export const MAX_RECENT_FILES = 10

const RECENT_FILE_NAME = 'recent-files.json'
const MAX_LIST_BYTES = 1024 * 1024

const StoredEntry = z.object({
  path: z.string().min(1).max(4096),
  openedAt: z.string().max(64),
})
const StoredList = z.object({ version: z.literal(1), entries: z.array(StoredEntry).max(100) })
type StoredEntry = z.infer<typeof StoredEntry>

export interface RecentFilesDeps {
  readonly fs: FileSystem
  readonly clock: Clock
  readonly paths: AppPaths
}

export interface RecentFiles {
  /** The list as the page may see it: ids and names, never paths. Newest first. */
  list(): Promise<RecentEntry[]>
  /** Puts a file at the top of the list. */
  add(path: string): Promise<void>
  /** The path behind an id from `list`, or null if it is not in the list. */
  resolve(id: string): Promise<string | null>
  /** Takes a file off the list, e.g. when it no longer exists. */
  remove(id: string): Promise<void>
}

/** The opaque id of a path in the recent list. */
export function recentId(path: string): string {
  return createHash('sha1').update(path).digest('hex')
}

function toEntry(stored: StoredEntry): RecentEntry {
  return {
    id: recentId(stored.path),
    fileName: basename(stored.path),
    folderName: basename(dirname(stored.path)),
    openedAt: stored.openedAt,
  }
}

/**
 * The recently opened files, kept as a small JSON list in the app's data directory and written
 * durably. A damaged list is not an error worth showing: it starts over empty.
 */
export function createRecentFiles({ fs, clock, paths }: RecentFilesDeps): RecentFiles {
  const file = join(paths.userData, RECENT_FILE_NAME)
  // Windows can add files at the same time; changes run one after another so none is lost.
  let queue: Promise<unknown> = Promise.resolve()
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task)
    queue = next.catch(() => undefined)
    return next
  }

  async function readStored(): Promise<StoredEntry[]> {
    try {
      const stats = await fs.stat(file)
      if (stats.size > MAX_LIST_BYTES) return []
      const text = Buffer.from(await fs.readFile(file)).toString('utf8')
      const parsed = StoredList.safeParse(JSON.parse(text))
      return parsed.success ? parsed.data.entries : []
    } catch {
      return []
    }
  }

  async function writeStored(entries: readonly StoredEntry[]): Promise<void> {
    await fs.mkdir(paths.userData)
    const text = `${JSON.stringify({ version: 1, entries }, null, 2)}\n`
    await writeFileDurably(file, text, { fs, keepBackup: false })
  }

  return {
    list: () => serially(async () => (await readStored()).map(toEntry)),
    add: (path) =>
      serially(async () => {
        const others = (await readStored()).filter((entry) => entry.path !== path)
        const entry = { path, openedAt: clock.now().toISOString() }
        await writeStored([entry, ...others].slice(0, MAX_RECENT_FILES))
      }),
    resolve: (id) =>
      serially(async () => {
        const found = (await readStored()).find((entry) => recentId(entry.path) === id)
        return found?.path ?? null
      }),
    remove: (id) =>
      serially(async () => {
        const entries = await readStored()
        const kept = entries.filter((entry) => recentId(entry.path) !== id)
        if (kept.length !== entries.length) await writeStored(kept)
      }),
  }
}
