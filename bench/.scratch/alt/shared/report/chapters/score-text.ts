import { GLOSSARY, type GlossaryTerm, type QuadrantLabels } from '../../domain'
import type { Quadrant, RankedInitiative } from '../../domain/scoring'
import type { ReportContext } from './context'

const QUADRANT_TERMS: Record<Quadrant, GlossaryTerm & keyof QuadrantLabels> = {
  'quick-wins': 'quickWins',
  'major-projects': 'majorProjects',
  'fill-ins': 'fillIns',
  'thankless-tasks': 'thanklessTasks',
}

const MOSCOW_LABELS: Readonly<Record<string, string>> = {
  must: 'Must',
  should: 'Should',
  could: 'Could',
  wont: 'Won’t',
}

/** A quadrant's name: the project's own label if it has one, else the glossary's. */
export function quadrantName(ctx: ReportContext, quadrant: Quadrant): string {
  const term = QUADRANT_TERMS[quadrant]
  const own = ctx.project.prioritisation.matrix.quadrantLabels[term].trim()
  return own || GLOSSARY[term][ctx.language]
}

/** Decimals that keep each framework's scores readable: 0-100 points, RICE reach, WSJF ratios. */
function digitsFor(ctx: ReportContext): number {
  const { framework, iceCombination } = ctx.project.prioritisation
  if (framework === 'wsjf') return 2
  if (framework === 'ice' && iceCombination === 'product') return 0
  return 1
}

/** The score of a ranked initiative as the reader should see it, in the document's language. */
export function scoreText(ctx: ReportContext, ranked: RankedInitiative): string {
  const { framework } = ctx.project.prioritisation
  if (ranked.score === null) return ctx.t.noScores
  if (framework === 'impact-effort') {
    return ranked.quadrant === null ? ctx.t.noScores : quadrantName(ctx, ranked.quadrant)
  }
  if (framework === 'moscow') return MOSCOW_LABELS[ranked.scoreLabel] ?? ranked.scoreLabel
  return ctx.f.fixed(ranked.score, digitsFor(ctx))
}

/** The raters' spread as "± 8,2 (55–78)"; "–" with fewer than two raters. */
export function spreadText(ctx: ReportContext, ranked: RankedInitiative): string {
  const spread = ranked.spread
  if (!spread || spread.count < 2 || spread.sd === null) return '–'
  const sd = `± ${ctx.f.fixed(spread.sd, 1)}`
  if (spread.min === spread.max) return sd
  return `${sd} (${ctx.f.number(spread.min, 0)}–${ctx.f.number(spread.max, 0)})`
}
