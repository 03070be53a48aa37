import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
// electron-builder's own config loader and schema check (app-builder-lib comes with electron-builder).
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../../..')

async function builderConfig() {
  return getConfig(root, 'electron.builder.yml', null)
}

function targetsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list.map((target) =>
    typeof target === 'string' ? target : (target as { target: string }).target,
  )
}

describe('the installer configuration', () => {
  it("passes electron-builder's schema", async () => {
    const config = await builderConfig()
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('builds AppImage and deb, an NSIS installer and a dmg as Loyalty Workshop', async () => {
    const config = await builderConfig()
    expect(config.productName).toBe('Loyalty Workshop')
    expect(config.appId).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/)
    expect(targetsOf(config.linux?.target)).toEqual(['AppImage', 'deb'])
    expect(targetsOf(config.win?.target)).toEqual(['nsis'])
    expect(targetsOf(config.mac?.target)).toEqual(['dmg'])
  })

  it('packs the built bundles and the resources', async () => {
    const config = await builderConfig()
    // electron-builder normalises the list into filter sets.
    const patterns = [config.files]
      .flat()
      .flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry?.filter ?? []].flat()))
    expect(patterns).toEqual(expect.arrayContaining(['out/**', 'resources/**']))
  })

  it('registers *.loyalty.json as a Loyalty Workshop project', async () => {
    const config = await builderConfig()
    const associations = Array.isArray(config.fileAssociations)
      ? config.fileAssociations
      : [config.fileAssociations]
    expect(associations).toContainEqual(
      expect.objectContaining({ ext: 'loyalty.json', name: 'Loyalty Workshop project' }),
    )
  })

  it('has the icons every platform needs', () => {
    const png = readFileSync(join(root, 'resources/icons/icon.png'))
    // PNG header, then width and height from the IHDR chunk: at least 512 px for Linux.
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512)
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16))
    expect(readFileSync(join(root, 'resources/icons/icon.ico')).readUInt16BE(0)).toBe(0)
    expect(
      readFileSync(join(root, 'resources/icons/icon.icns')).subarray(0, 4).toString('ascii'),
    ).toBe('icns')
    expect(existsSync(join(root, 'resources/icons/icon.svg'))).toBe(true)
  })
})
