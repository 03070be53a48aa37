import { Resvg } from '@resvg/resvg-js'

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>/y
const ATTRIBUTE = /([\w:.-]+)="([^"]*)"/g
const BAD_TEXT = /<|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/

/**
 * Problems that would make the SVG text ill-formed XML: unbalanced or unknown tag syntax, a
 * duplicate attribute, or a raw "<" or a stray "&" in text or attribute values.
 */
export function wellFormednessProblems(svg: string): string[] {
  const problems: string[] = []
  const open: string[] = []
  let at = 0
  while (at < svg.length) {
    const lt = svg.indexOf('<', at)
    const textPart = svg.slice(at, lt < 0 ? svg.length : lt)
    if (BAD_TEXT.test(textPart)) problems.push(`bad text near ${at}: ${textPart.slice(0, 40)}`)
    if (lt < 0) break
    TAG.lastIndex = lt
    const match = TAG.exec(svg)
    if (!match) {
      problems.push(`bad tag at ${lt}: ${svg.slice(lt, lt + 40)}`)
      break
    }
    const [whole, closing, name = '', attributeText = '', selfClosing] = match
    const names = new Set<string>()
    for (const [, attribute = '', value = ''] of attributeText.matchAll(ATTRIBUTE)) {
      if (names.has(attribute)) problems.push(`duplicate ${attribute} on <${name}>`)
      names.add(attribute)
      if (BAD_TEXT.test(value)) problems.push(`bad value of ${attribute} on <${name}>`)
    }
    if (closing) {
      const expected = open.pop()
      if (expected !== name) problems.push(`</${name}> closes <${expected ?? 'nothing'}>`)
    } else if (!selfClosing) open.push(name)
    at = lt + whole.length
  }
  if (open.length) problems.push(`unclosed: ${open.join(', ')}`)
  return problems
}

/** Renders the SVG with resvg, the rasteriser the Word export uses; throws on an unreadable SVG. */
export function renderedSize(svg: string): { width: number; height: number } {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render()
  return { width: image.width, height: image.height }
}

/** Every value of one data attribute, in document order. */
export function dataValues(svg: string, attribute: string): string[] {
  return [...svg.matchAll(new RegExp(` ${attribute}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '')
}

/** The attributes of the <g> that carries `data-initiative-id="id"` (or another key). */
export function groupAttributes(
  svg: string,
  id: string,
  key = 'data-initiative-id',
): Record<string, string> {
  const match = new RegExp(
    `<g((?:\\s+[\\w:.-]+="[^"]*")*\\s+${key}="${id}"(?:\\s+[\\w:.-]+="[^"]*")*)>`,
  ).exec(svg)
  if (!match) return {}
  return Object.fromEntries(
    [...(match[1] ?? '').matchAll(ATTRIBUTE)].map((m) => [m[1] ?? '', m[2] ?? '']),
  )
}

/** Text like `<script>&]]>` that must come out as text, never as markup. */
export const HOSTILE = `<script>alert("x")</script> & ]]> 'quoted'`
export const HOSTILE_ESCAPED =
  '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; &apos;quoted&apos;'
