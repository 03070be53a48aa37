import { describe, expect, it } from 'vitest'
import { createSenderCheck } from '../../../../electron/main/sender-check'
import type { FrameLike } from '../../../../electron/main/sender-check'

const appUrl = 'file:///opt/lw/resources/app.asar/out/renderer/index.html'
const isTrusted = createSenderCheck(appUrl)
const topFrame = (url: string): FrameLike => ({ url, parent: null })

describe('the IPC sender check', () => {
  it('trusts the top frame showing the app page', () => {
    expect(isTrusted(topFrame(appUrl))).toBe(true)
    expect(isTrusted(topFrame(`${appUrl}#/steps/vision`))).toBe(true)
  })

  it('refuses a missing frame (destroyed or navigated away)', () => {
    expect(isTrusted(null)).toBe(false)
  })

  it('refuses a sub-frame, even one showing the app page', () => {
    expect(isTrusted({ url: appUrl, parent: topFrame(appUrl) })).toBe(false)
  })

  it('refuses a top frame showing anything else', () => {
    expect(isTrusted(topFrame('https://attacker.example/'))).toBe(false)
    expect(isTrusted(topFrame('file:///tmp/evil.html'))).toBe(false)
    expect(isTrusted(topFrame('about:blank'))).toBe(false)
    expect(isTrusted(topFrame('data:text/html,x'))).toBe(false)
  })

  it('for the dev server, trusts its origin only', () => {
    const devCheck = createSenderCheck('http://localhost:5173/')
    expect(devCheck(topFrame('http://localhost:5173/index.html'))).toBe(true)
    expect(devCheck(topFrame('http://localhost:5173.attacker.com/'))).toBe(false)
    expect(devCheck(topFrame('http://127.0.0.1:5173/'))).toBe(false)
  })
})
