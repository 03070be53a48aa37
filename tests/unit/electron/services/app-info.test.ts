import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_VERSION, SAVED_WITH } from '../../../../electron/services/app-info'

describe('app info', () => {
  it('has the version of package.json', () => {
    const pkg = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../../package.json'), 'utf8'),
    ) as { version: string }
    expect(APP_VERSION).toBe(pkg.version)
    expect(SAVED_WITH).toBe(`Loyalty Workshop ${pkg.version}`)
  })
})
