import { bullets, heading, note } from '../blocks'
import type { Block } from '../model'
import { cell, type ReportContext } from './context'

/** What steps 1-6 ask for that no initiative serves, by kind, in worksheet order. */
export function coverageBlocks(ctx: ReportContext): Block[] {
  const { t } = ctx
  const gaps = ctx.facts.coverage
  if (gaps.total === 0) return [heading(2, t.coverageGaps), note(t.noCoverageGaps)]
  const lines = [
    ...gaps.segments.map((s) => `${t.segment}: ${cell(s.name)}`),
    ...gaps.needs.map((n) => `${t.need}: ${cell(n.text)}`),
    ...gaps.capabilities.map((c) => `${t.capability}: ${cell(c.name)}`),
    ...gaps.assumptions.map((a) => `${t.assumption}: ${cell(a.text)}`),
    ...gaps.careActions.map((a) => `${t.action}: ${cell(a.text)}`),
  ]
  return [heading(2, t.coverageGaps), note(t.coverageIntro), bullets(lines)]
}
