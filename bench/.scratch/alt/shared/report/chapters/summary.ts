import { enps } from '../../domain/metrics'
import { answerOrNote, column, facts, heading, note, row, table } from '../blocks'
import type { Block } from '../model'
import { fill } from '../texts'
import { cell, type ReportContext } from './context'
import { scoreText } from './score-text'
import { clvText, npsText } from './segments'

/** How many initiatives the summary names. */
export const TOP_COUNT = 5

function topInitiatives(ctx: ReportContext): Block[] {
  const { t, f } = ctx
  const ranking = ctx.facts.ranking
  if (ranking.length === 0) return [heading(2, t.topInitiatives), note(t.noInitiatives)]
  const top = ranking.slice(0, TOP_COUNT)
  const rest = ranking.length - top.length
  return [
    heading(2, t.topInitiatives),
    table(
      [
        column(t.rank, 0.8, 'right'),
        column(t.initiative, 4.6),
        column(t.owner, 2.4),
        column(t.period, 3),
        column(t.score, 1.8, 'right'),
      ],
      top.map(({ ranked, initiative: i }) =>
        row(
          [
            String(ranked.rank),
            cell(i.title),
            cell(i.owner),
            f.period(i.start, i.end),
            scoreText(ctx, ranked),
          ],
          ranked.isContested,
        ),
      ),
    ),
    ...(rest > 0 ? [note(fill(t.moreInitiatives, { count: rest }))] : []),
  ]
}

function keyMetrics(ctx: ReportContext): Block[] {
  const { t, f } = ctx
  const valuable = ctx.project.steps.segments.segments.filter((s) => s.isMostValuable)
  const employees = enps(ctx.project.steps.culture.enps)
  const enpsValue =
    employees.score === null
      ? '–'
      : `${f.signed(employees.score)} (${f.number(employees.total, 0)} ${t.responses})`
  return [
    heading(2, t.keyMetrics),
    facts([{ label: t.enps, value: enpsValue }]),
    heading(3, t.mostValuableSegments),
    valuable.length > 0
      ? table(
          [
            column(t.segment, 4),
            column(t.clv, 2, 'right'),
            column(t.nps, 2, 'right'),
            column(t.revenueShare, 2, 'right'),
          ],
          valuable.map((s) =>
            row([
              cell(s.name),
              clvText(ctx, s),
              npsText(ctx, s.nps),
              f.percent(s.revenueSharePercent),
            ]),
          ),
        )
      : note(t.noMostValuable),
  ]
}

/** The executive summary: vision, top initiatives with owners and dates, key loyalty metrics. */
export function summaryChapter(ctx: ReportContext): Block[] {
  const { t } = ctx
  return [
    heading(1, t.summary),
    heading(2, t.visionStatement),
    answerOrNote(ctx.project.steps.vision.statement, t.noVision),
    ...topInitiatives(ctx),
    ...keyMetrics(ctx),
  ]
}
