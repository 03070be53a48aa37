import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BenchContext } from '../context'

/** The newest modification time of any file below `dir` (0 when there is none). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return latest
}

/**
 * Makes sure a built renderer exists, building it when it is missing. A build older than the
 * sources is measured as it is, with a note: rebuilding is the developer's call.
 */
export function ensureRenderer(
  root: string,
  outDir: string,
  ctx: BenchContext,
): { note: string | null } {
  const index = join(outDir, 'index.html')
  if (!existsSync(index)) {
    ctx.log('No built renderer; running `npx electron-vite build`…')
    const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
    if (result.status !== 0 || !existsSync(index)) return { note: 'the renderer build failed' }
    return { note: null }
  }
  const builtAt = statSync(index).mtimeMs
  const sourcesAt = Math.max(newest(join(root, 'renderer')), newest(join(root, 'shared')))
  if (sourcesAt <= builtAt) return { note: null }
  const age = `${String(Math.max(1, Math.round((sourcesAt - builtAt) / 60_000)))} min`
  ctx.log(
    `Note: the built renderer is older than the sources (by ${age}); run \`npx electron-vite build\` to measure the current code.`,
  )
  return { note: `build older than the sources (${age})` }
}
