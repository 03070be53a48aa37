import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** How to start a TypeScript harness script as a child process. */
export interface ChildScript {
  /** The arguments for `node` before the script's own arguments. */
  readonly nodeArgs: readonly string[]
  /** Says how the script runs, for the test's log. */
  readonly how: string
  dispose(): Promise<void>
}

/**
 * Bundles a harness script into one plain JavaScript file, so that each of the hundreds of
 * child processes starts in a fraction of the time `node --import tsx` needs. If esbuild
 * cannot be loaded, the children run through tsx, only slower.
 */
export async function prepareChildScript(entry: string): Promise<ChildScript> {
  const outDir = await mkdtemp(join(tmpdir(), 'lw-child-script-'))
  const outfile = join(outDir, 'script.mjs')
  try {
    const esbuild = await import('esbuild')
    await esbuild.build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      minify: true,
      logLevel: 'silent',
    })
    return {
      nodeArgs: [outfile],
      how: 'bundled with esbuild',
      dispose: () => rm(outDir, { recursive: true, force: true }),
    }
  } catch (error) {
    console.warn(`The child process runs through tsx (slower): bundling failed (${String(error)}).`)
    await rm(outDir, { recursive: true, force: true })
    return { nodeArgs: ['--import', 'tsx', entry], how: 'through tsx', dispose: async () => {} }
  }
}
