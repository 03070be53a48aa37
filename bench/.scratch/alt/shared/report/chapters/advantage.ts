import type { Competitor, Level } from '../../domain'
import { bullets, column, heading, note, row, table } from '../blocks'
import { competitorChart } from '../charts'
import type { Block } from '../model'
import { cell, stepOpening, type ReportContext } from './context'

/** Competitors per comparison table, so that columns stay readable on a portrait page. */
const COMPETITORS_PER_TABLE = 5

const level = (value: Level | undefined): string => (value == null ? '–' : String(value))

function comparisonTables(ctx: ReportContext, competitors: readonly Competitor[]): Block[] {
  const { t } = ctx
  const { attributes } = ctx.project.steps.advantage
  const chunks: Competitor[][] = []
  for (let from = 0; from < Math.max(competitors.length, 1); from += COMPETITORS_PER_TABLE) {
    chunks.push(competitors.slice(from, from + COMPETITORS_PER_TABLE))
  }
  return chunks.map((chunk) =>
    table(
      [
        column(t.attribute, 3),
        column(t.ours, 1.2, 'center'),
        ...chunk.map((c) => column(cell(c.name), 1.4, 'center')),
      ],
      attributes.map((a) =>
        row([cell(a.name), level(a.ours), ...chunk.map((c) => level(a.competitors[c.id]))]),
      ),
    ),
  )
}

/** Chapter 4: competitors, the attribute comparison with its chart, and why customers return. */
export function advantageChapter(ctx: ReportContext): Block[] {
  const { t } = ctx
  const { competitors, attributes, returnReasons } = ctx.project.steps.advantage
  const chart = competitorChart(ctx)
  return [
    ...stepOpening(ctx, 'advantage'),
    heading(2, t.competitors),
    competitors.length > 0 ? bullets(competitors.map((c) => cell(c.name))) : note(t.nothingEntered),
    heading(2, t.comparison),
    ...(attributes.length > 0 ? comparisonTables(ctx, competitors) : [note(t.nothingEntered)]),
    ...(chart ? [chart] : []),
    heading(2, t.returnReasons),
    returnReasons.length > 0
      ? bullets(returnReasons.map((r) => cell(r.text)))
      : note(t.nothingEntered),
  ]
}
