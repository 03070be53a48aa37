import { CULTURE_QUESTIONS, type CareAction } from '../../domain'
import { cultureProfile, enps } from '../../domain/metrics'
import { column, facts, heading, note, row } from '../blocks'
import { cultureChart } from '../charts'
import type { Block } from '../model'
import { cell, stepOpening, tableSection, type ReportContext } from './context'

function profileBlocks(ctx: ReportContext): Block[] {
  const { t, f, language } = ctx
  const profile = cultureProfile(
    ctx.project.steps.culture.ratings,
    CULTURE_QUESTIONS.map((q) => q.id),
  )
  const text = new Map(CULTURE_QUESTIONS.map((q) => [q.id, q.text[language]]))
  const hasRatings = profile.some((p) => p.count > 0)
  const chart = hasRatings ? cultureChart(ctx) : null
  return [
    ...tableSection(
      ctx,
      t.cultureProfile,
      [
        column(t.question, 6),
        column(t.mean, 1.3, 'right'),
        column(t.sd, 1.3, 'right'),
        column(t.minMax, 1.3, 'center'),
        column(t.ratingsCount, 1.4, 'right'),
      ],
      hasRatings
        ? profile.map((p) =>
            row([
              text.get(p.questionId) ?? p.questionId,
              f.fixed(p.mean, 1),
              f.fixed(p.sd, 1),
              p.min === null || p.max === null ? '–' : `${p.min}–${p.max}`,
              String(p.count),
            ]),
          )
        : [],
    ),
    ...(chart ? [chart] : []),
  ]
}

function enpsBlocks(ctx: ReportContext): Block[] {
  const { t, f } = ctx
  const counts = ctx.project.steps.culture.enps
  const result = enps(counts)
  if (result.score === null) return [heading(2, t.enps), note(t.nothingEntered)]
  return [
    heading(2, t.enps),
    facts([
      {
        label: t.enps,
        value: `${f.signed(result.score)} (${f.number(result.total, 0)} ${t.responses})`,
      },
      { label: t.promoters, value: f.number(counts.promoters, 0) },
      { label: t.passives, value: f.number(counts.passives, 0) },
      { label: t.detractors, value: f.number(counts.detractors, 0) },
    ]),
  ]
}

function careSection(ctx: ReportContext, title: string, actions: readonly CareAction[]): Block[] {
  const { t } = ctx
  return tableSection(
    ctx,
    title,
    [column(t.pillar, 3), column(t.action, 8)],
    actions.map((a) => row([t.carePillar[a.pillar], cell(a.text)])),
  )
}

/** Chapter 6: the culture profile with its chart, eNPS and the CARE actions. */
export function cultureChapter(ctx: ReportContext): Block[] {
  const { t } = ctx
  const { careActions } = ctx.project.steps.culture
  return [
    ...stepOpening(ctx, 'culture'),
    ...profileBlocks(ctx),
    ...enpsBlocks(ctx),
    ...careSection(
      ctx,
      t.careEmployees,
      careActions.filter((a) => a.audience === 'employees'),
    ),
    ...careSection(
      ctx,
      t.careCustomers,
      careActions.filter((a) => a.audience === 'customers'),
    ),
  ]
}
