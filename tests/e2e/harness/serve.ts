/**
 * A tiny static server for the built renderer (out/renderer), for the browser e2e tests.
 * Serves on loopback only, with the app's CSP as a header, and builds first when the bundle is
 * missing or older than the sources.
 */
import { spawnSync } from 'node:child_process'
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp'
import { E2E_HOST, E2E_PORT } from './address'

const root = join(import.meta.dirname, '../../..')
const outDir = join(root, 'out/renderer')
const index = join(outDir, 'index.html')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
}

/** The newest modification time of any file below `dir` (0 when there is none). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return latest
}

function buildIfStale(): void {
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0
  const sourcesAt = Math.max(newest(join(root, 'renderer')), newest(join(root, 'shared')))
  if (builtAt >= sourcesAt) return
  console.log(
    builtAt === 0 ? 'Building the app for the e2e tests…' : 'Sources changed; rebuilding…',
  )
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (process.env['E2E_NO_BUILD'] !== '1') buildIfStale()
if (!existsSync(index)) {
  console.error(`${index} is missing; run \`npm run build\` first.`)
  process.exit(1)
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://${E2E_HOST}`)
  let pathname = '/'
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    // A malformed escape gets the page itself, like any unknown path.
  }
  const requested = normalize(join(outDir, pathname))
  const isInside = requested === outDir || requested.startsWith(outDir + sep)
  // A single-page app: unknown paths get the page itself.
  const file = isInside && existsSync(requested) && statSync(requested).isFile() ? requested : index
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-store',
  })
  createReadStream(file).pipe(response)
}).listen(E2E_PORT, E2E_HOST, () => {
  console.log(`Serving ${outDir} on http://${E2E_HOST}:${E2E_PORT}/`)
})
