import { describe, expect, it } from 'vitest'
import {
  externalLinkAction,
  isAllowedNavigation,
  isAppUrl,
  windowOpenDecision,
} from '../../../../electron/main/navigation'

const packagedApp = 'file:///opt/Loyalty%20Workshop/resources/app.asar/out/renderer/index.html'
const devServer = 'http://localhost:5173/'

describe('navigation of the app window', () => {
  it('allows staying on the packaged app page, with a hash or query', () => {
    expect(isAllowedNavigation(packagedApp, packagedApp)).toBe(true)
    expect(isAllowedNavigation(`${packagedApp}#/step/vision`, packagedApp)).toBe(true)
    expect(isAllowedNavigation(`${packagedApp}?lang=de`, packagedApp)).toBe(true)
  })

  it('refuses any other local file, even next to the app page', () => {
    expect(isAllowedNavigation('file:///etc/passwd', packagedApp)).toBe(false)
    expect(
      isAllowedNavigation(
        'file:///opt/Loyalty%20Workshop/resources/app.asar/out/renderer/evil.html',
        packagedApp,
      ),
    ).toBe(false)
    expect(isAllowedNavigation('file://attacker.example/share/index.html', packagedApp)).toBe(false)
  })

  it('allows the dev server origin and nothing that only looks like it', () => {
    expect(isAllowedNavigation('http://localhost:5173/some/route', devServer)).toBe(true)
    expect(isAllowedNavigation('http://localhost:5174/', devServer)).toBe(false)
    expect(isAllowedNavigation('https://localhost:5173/', devServer)).toBe(false)
    expect(isAllowedNavigation('http://localhost:5173@attacker.com/', devServer)).toBe(false)
    expect(isAllowedNavigation('http://user:pw@localhost:5173/', devServer)).toBe(false)
  })

  it('refuses lookalike hosts of an https app origin', () => {
    const app = 'https://app.example.com/'
    expect(isAllowedNavigation('https://app.example.com/x', app)).toBe(true)
    expect(isAllowedNavigation('https://app.example.com.attacker.com/', app)).toBe(false)
    expect(isAllowedNavigation('https://attacker.com/app.example.com', app)).toBe(false)
    expect(isAllowedNavigation('https://app.example.com@attacker.com/', app)).toBe(false)
    expect(isAllowedNavigation('http://app.example.com/', app)).toBe(false)
  })

  it('refuses script, data and unparsable URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
      '',
    ]) {
      expect(isAllowedNavigation(url, packagedApp)).toBe(false)
      expect(isAllowedNavigation(url, devServer)).toBe(false)
    }
  })

  it('never treats a non-web app URL as the app', () => {
    expect(isAppUrl('javascript:1', 'javascript:1')).toBe(false)
    expect(isAppUrl('data:text/html,x', 'data:text/html,x')).toBe(false)
  })
})

describe('links that leave the app', () => {
  it('sends plain http and https links to the system browser', () => {
    expect(externalLinkAction('https://www.example.org/loyalty')).toBe('open-in-browser')
    expect(externalLinkAction('http://example.org')).toBe('open-in-browser')
    expect(externalLinkAction('https://app.example.com.attacker.com/')).toBe('open-in-browser')
  })

  it('refuses local files, scripts, data URLs and custom schemes', () => {
    for (const url of [
      'file:///etc/passwd',
      'file://attacker.example/share/run.exe',
      'javascript:alert(document.cookie)',
      'JaVaScRiPt:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox',
      'smb://attacker.example/share',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:someone@example.org',
      'ftp://example.org/',
      '',
      '//example.org',
      'not a url',
    ]) {
      expect(externalLinkAction(url), url).toBe('deny')
    }
  })

  it('refuses links carrying credentials, a classic way to disguise the real host', () => {
    expect(externalLinkAction('https://www.bank.example@attacker.com/')).toBe('deny')
    expect(externalLinkAction('https://user:secret@example.org/')).toBe('deny')
  })
})

describe('window.open', () => {
  it('is always denied; an http(s) target opens in the system browser instead', () => {
    expect(windowOpenDecision('https://example.org/')).toEqual({
      response: { action: 'deny' },
      isOpenedInBrowser: true,
    })
  })

  it('is denied without opening anything for file, javascript and data targets', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,x',
      'about:blank',
    ]) {
      expect(windowOpenDecision(url)).toEqual({
        response: { action: 'deny' },
        isOpenedInBrowser: false,
      })
    }
  })
})
