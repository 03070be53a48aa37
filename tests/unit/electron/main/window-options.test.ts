import { describe, expect, it } from 'vitest'
import { windowOptions } from '../../../../electron/main/window-options'

describe('the app window', () => {
  const preferences = windowOptions('/app/out/preload/index.cjs').webPreferences ?? {}

  it('loads the given preload script', () => {
    expect(preferences.preload).toBe('/app/out/preload/index.cjs')
  })

  it('isolates the page from the preload and sandboxes it', () => {
    expect(preferences.contextIsolation).toBe(true)
    expect(preferences.sandbox).toBe(true)
  })

  it('gives the page, its workers and its frames no Node', () => {
    expect(preferences.nodeIntegration).toBe(false)
    expect(preferences.nodeIntegrationInWorker).toBe(false)
    expect(preferences.nodeIntegrationInSubFrames).toBe(false)
  })

  it('keeps web security on and experimental features and webviews off', () => {
    expect(preferences.webSecurity).toBe(true)
    expect(preferences.allowRunningInsecureContent).toBe(false)
    expect(preferences.experimentalFeatures).toBe(false)
    expect(preferences.webviewTag).toBe(false)
  })

  it('checks spelling, since facilitators type long answers', () => {
    expect(preferences.spellcheck).toBe(true)
  })
})
