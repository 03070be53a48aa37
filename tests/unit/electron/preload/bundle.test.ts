import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const outDir = join(import.meta.dirname, '../../../../out/preload')
const bundle = join(outDir, 'index.cjs')
const isBuilt = existsSync(bundle)
if (!isBuilt)
  console.warn(
    `Skipping the preload bundle check: ${bundle} is missing; run \`npm run build\` first.`,
  )

describe.skipIf(!isBuilt)('the built preload', () => {
  it('is one file', () => {
    expect(readdirSync(outDir).filter((name) => /\.(c|m)?js$/.test(name))).toEqual(['index.cjs'])
  })

  it("requires nothing but 'electron', as Electron's sandbox demands", () => {
    const source = readFileSync(bundle, 'utf8')
    const required = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(
      (match) => match[1],
    )
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(source).not.toMatch(/\bimport\s*\(/)
  })

  it('exposes window.api through the context bridge and never ipcRenderer itself', () => {
    const source = readFileSync(bundle, 'utf8')
    expect(source).toContain('exposeInMainWorld("api"')
    expect(source).not.toMatch(/exposeInMainWorld\(\s*["']ipcRenderer/)
  })
})
