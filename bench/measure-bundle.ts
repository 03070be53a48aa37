import { readFile, readdir } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BenchContext } from './context'
import { unavailable } from './report'

const TARGET_GZIP_KB = 600
const SHIPPED = new Set(['.js', '.css', '.html'])

/** The built renderer's size as shipped (JS, CSS, HTML), raw and gzip-compressed. */
export async function measureBundle(ctx: BenchContext, outDir: string): Promise<void> {
  const base = { section: 'Bundle', size: null, unit: 'KB' } as const
  let files: string[]
  try {
    const entries = await readdir(outDir, { recursive: true, withFileTypes: true })
    files = entries
      .filter((entry) => entry.isFile() && SHIPPED.has(extname(entry.name)))
      .map((entry) => join(entry.parentPath, entry.name))
  } catch {
    files = []
  }
  if (files.length === 0) {
    ctx.record(
      unavailable(
        { ...base, name: 'Renderer bundle, gzip', target: TARGET_GZIP_KB },
        `no build in ${outDir}`,
      ),
    )
    return
  }
  let raw = 0
  let gzip = 0
  let largestJs = { name: '', raw: 0, gzip: 0 }
  for (const file of files) {
    const bytes = await readFile(file)
    const compressed = gzipSync(bytes).byteLength
    raw += bytes.byteLength
    gzip += compressed
    if (extname(file) === '.js' && bytes.byteLength > largestJs.raw) {
      largestJs = { name: file.slice(outDir.length + 1), raw: bytes.byteLength, gzip: compressed }
    }
  }
  ctx.record({
    ...base,
    name: 'Renderer bundle (JS, CSS, HTML), raw',
    value: raw / 1024,
    note: `${String(files.length)} files`,
  })
  ctx.record({ ...base, name: 'Renderer bundle, gzip', value: gzip / 1024, target: TARGET_GZIP_KB })
  ctx.record({
    ...base,
    name: '  of which the largest script, gzip',
    value: largestJs.gzip / 1024,
    note: `${largestJs.name}, ${(largestJs.raw / 1024).toFixed(0)} KB raw`,
  })
}
