/**
 * The page's Content Security Policy. The built index.html carries the same policy in a meta tag;
 * the main process also sends it as a response header where one applies (the dev server), which
 * additionally enforces `frame-ancestors` (ignored in meta tags).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Splits a policy into its directives: name -> sources (lower-case names, sources as written). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) continue
    const key = name.toLowerCase()
    // The first occurrence wins, as in browsers.
    if (!directives.has(key)) directives.set(key, sources)
  }
  return directives
}

const UNSAFE_SCRIPT_SOURCES = [
  "'unsafe-eval'",
  "'unsafe-inline'",
  "'wasm-unsafe-eval'",
  '*',
  'data:',
  'blob:',
  'http:',
  'https:',
  'file:',
]

/**
 * What makes a policy weaker than we need; empty when it is strict: scripts only from the app
 * itself (`script-src 'self'`, no eval, no inline), no plugins, no `<base>` tricks.
 */
export function cspProblems(policy: string): string[] {
  const directives = parseCsp(policy)
  const problems: string[] = []
  const scriptSources = directives.get('script-src') ?? directives.get('default-src')
  if (!scriptSources) problems.push('no script-src or default-src')
  else {
    if (!scriptSources.includes("'self'")) problems.push("script-src lacks 'self'")
    for (const source of scriptSources) {
      if (UNSAFE_SCRIPT_SOURCES.includes(source.toLowerCase()))
        problems.push(`script-src allows ${source}`)
    }
  }
  const objectSources = directives.get('object-src') ?? directives.get('default-src')
  if (objectSources?.join(' ') !== "'none'") problems.push("object-src is not 'none'")
  if (!directives.has('base-uri')) problems.push('no base-uri')
  return problems
}

/** Reads the policy from an HTML document's `<meta http-equiv="Content-Security-Policy">`, if any. */
export function cspFromHtml(html: string): string | null {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue
    const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(tag)
    if (content) return content[1] ?? content[2] ?? null
  }
  return null
}

/**
 * Response headers with our policy set, replacing any policy the response brought along
 * (for `session.webRequest.onHeadersReceived`).
 */
export function withCspHeader(
  headers: Record<string, string[] | string> | undefined,
): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue
    result[name] = Array.isArray(value) ? value : [value]
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY]
  return result
}
