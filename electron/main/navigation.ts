/**
 * Where the window may go and which links leave the app. The page is a single-page app, so it
 * never navigates; anything else is either an http(s) link for the system browser or refused.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True when `url` is the app's own page: the same origin for a dev server, or the very same file
 * for the packaged app (every file: URL has the opaque origin "null", so origins can't tell them
 * apart). Compares parsed URLs, so lookalike hosts such as `app.example.com.attacker.com` and
 * `user@host` tricks don't pass.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const target = parse(url)
  const app = parse(appUrl)
  if (!target || !app) return false
  if (app.protocol === 'file:') {
    return (
      target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname
    )
  }
  if (app.protocol !== 'http:' && app.protocol !== 'https:') return false
  return target.origin === app.origin && target.username === '' && target.password === ''
}

/** Whether the window may navigate to `url`: only within the app's own page. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl)
}

export type ExternalLinkAction = 'open-in-browser' | 'deny'

/**
 * What to do with a link the page wants to leave the app by: only plain http(s) links with a
 * host and no credentials go to the system browser. file:, javascript:, data: and custom schemes
 * could run or reveal something on the user's machine, so they are refused.
 */
export function externalLinkAction(url: string): ExternalLinkAction {
  const target = parse(url)
  if (!target) return 'deny'
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return 'deny'
  if (target.hostname === '' || target.username !== '' || target.password !== '') return 'deny'
  return 'open-in-browser'
}

export interface WindowOpenDecision {
  /** Electron's answer to `setWindowOpenHandler`: a new app window is never created. */
  readonly response: { readonly action: 'deny' }
  /** Whether the link goes to the system browser instead. */
  readonly isOpenedInBrowser: boolean
}

/** The answer to `window.open` or a `target="_blank"` link: always deny, maybe open in the browser. */
export function windowOpenDecision(url: string): WindowOpenDecision {
  return {
    response: { action: 'deny' },
    isOpenedInBrowser: externalLinkAction(url) === 'open-in-browser',
  }
}
