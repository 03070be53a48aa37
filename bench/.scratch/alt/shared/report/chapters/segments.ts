import { clv, nps } from '../../domain/metrics'
import type { Segment } from '../../domain'
import { column, note, row } from '../blocks'
import type { Block } from '../model'
import { cell, stepOpening, tableSection, type ReportContext } from './context'

/** A segment's CLV as text, or "–" while inputs are missing. */
export function clvText(ctx: ReportContext, segment: Segment): string {
  const result = clv(segment.clv)
  return ctx.f.number(result.value, 0)
}

/** A segment's NPS as a signed whole number with the number of answers, e.g. "+23 (120)". */
export function npsText(ctx: ReportContext, counts: Segment['nps']): string {
  const result = nps(counts)
  if (result.score === null) return ctx.f.signed(null)
  return `${ctx.f.signed(result.score)} (${ctx.f.number(result.total, 0)})`
}

function economicsRow(ctx: ReportContext, s: Segment) {
  const { f } = ctx
  return row(
    [
      cell(s.name),
      f.number(s.clv.averagePurchaseValue, 2),
      f.number(s.clv.purchasesPerYear, 1),
      f.number(s.clv.lifespanYears, 1),
      f.percent(s.clv.churnRatePercent),
      f.percent(s.clv.marginPercent),
      clvText(ctx, s),
      npsText(ctx, s.nps),
    ],
    s.isMostValuable,
  )
}

/** Chapter 2: segments, their traits and their loyalty economics (CLV and NPS). */
export function segmentsChapter(ctx: ReportContext): Block[] {
  const { t, f } = ctx
  const { segments } = ctx.project.steps.segments
  return [
    ...stepOpening(ctx, 'segments'),
    ...tableSection(
      ctx,
      t.segments,
      [
        column(t.segment, 3),
        column(t.traits, 5),
        column(t.size, 1.6, 'right'),
        column(t.revenueShare, 1.8, 'right'),
        column(t.mostValuable, 1.8, 'center'),
      ],
      segments.map((s) =>
        row(
          [
            cell(s.name),
            cell(s.traits),
            f.number(s.size, 0),
            f.percent(s.revenueSharePercent),
            s.isMostValuable ? t.yes : '',
          ],
          s.isMostValuable,
        ),
      ),
    ),
    ...tableSection(
      ctx,
      t.loyaltyEconomics,
      [
        column(t.segment, 2.3),
        column(t.averagePurchase, 1.4, 'right'),
        column(t.purchasesPerYear, 1.3, 'right'),
        column(t.lifespan, 1, 'right'),
        column(t.churn, 1.6, 'right'),
        column(t.margin, 1.1, 'right'),
        column(t.clv, 1.5, 'right'),
        column(t.nps, 1.4, 'right'),
      ],
      segments.map((s) => economicsRow(ctx, s)),
    ),
    ...(segments.length > 0 ? [note(t.clvFormula), note(t.npsFormula)] : []),
  ]
}
