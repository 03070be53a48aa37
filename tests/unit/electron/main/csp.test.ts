import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  cspFromHtml,
  cspProblems,
  parseCsp,
  withCspHeader,
} from '../../../../electron/main/csp'

const builtIndex = join(import.meta.dirname, '../../../../out/renderer/index.html')
const sourceIndex = join(import.meta.dirname, '../../../../renderer/index.html')
const isBuilt = existsSync(builtIndex)
if (!isBuilt)
  console.warn(
    `Skipping the built-page CSP check: ${builtIndex} is missing; run \`npm run build\` first.`,
  )

describe('judging a Content Security Policy', () => {
  it('finds our own policy strict', () => {
    expect(cspProblems(CONTENT_SECURITY_POLICY)).toEqual([])
  })

  it.each([
    [
      "script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'",
      "script-src allows 'unsafe-eval'",
    ],
    [
      "script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'",
      "script-src allows 'unsafe-inline'",
    ],
    ["script-src 'self' https:; object-src 'none'; base-uri 'none'", 'script-src allows https:'],
    ["default-src *; base-uri 'none'", 'script-src allows *'],
    ["script-src 'self'; base-uri 'none'", "object-src is not 'none'"],
    ["script-src 'self'; object-src 'none'", 'no base-uri'],
    ["style-src 'self'; object-src 'none'; base-uri 'none'", 'no script-src or default-src'],
  ])('flags %s', (policy, problem) => {
    expect(cspProblems(policy)).toContain(problem)
  })

  it('falls back to default-src for scripts, as browsers do', () => {
    expect(cspProblems("default-src 'self'; object-src 'none'; base-uri 'none'")).toEqual([])
  })

  it('takes the first of two repeated directives, as browsers do', () => {
    expect(parseCsp("script-src 'self'; script-src 'unsafe-eval'").get('script-src')).toEqual([
      "'self'",
    ])
  })
})

describe('the policy in an HTML page', () => {
  it('is read from the meta tag, whatever the quoting and attribute order', () => {
    expect(
      cspFromHtml(`<meta content="script-src 'self'" http-equiv="Content-Security-Policy">`),
    ).toBe("script-src 'self'")
    expect(
      cspFromHtml(`<META HTTP-EQUIV='content-security-policy' CONTENT='default-src none'>`),
    ).toBe('default-src none')
    expect(cspFromHtml('<meta charset="utf-8"><title>x</title>')).toBeNull()
  })

  it('is strict in the renderer source page', () => {
    const policy = cspFromHtml(readFileSync(sourceIndex, 'utf8'))
    expect(policy).not.toBeNull()
    expect(cspProblems(policy ?? '')).toEqual([])
  })

  it.skipIf(!isBuilt)('is strict in the built page: scripts only from the app, no eval', () => {
    const html = readFileSync(builtIndex, 'utf8')
    const policy = cspFromHtml(html)
    expect(policy).not.toBeNull()
    const scriptSources = parseCsp(policy ?? '').get('script-src')
    expect(scriptSources).toEqual(["'self'"])
    expect(cspProblems(policy ?? '')).toEqual([])
    // The policy would not help if the build inlined the app's script into the page.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i)
  })
})

describe('the CSP response header', () => {
  it('is added, replacing any policy the response brought, and keeps other headers', () => {
    const headers = withCspHeader({
      'content-security-policy': ["script-src 'unsafe-eval'"],
      'Content-Type': 'text/html',
    })
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    })
  })

  it('is added when the response had no headers', () => {
    expect(withCspHeader(undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    })
  })
})
