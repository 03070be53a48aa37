import { stepDefinition } from '../../domain'
import { normalisedWeights } from '../../domain/scoring'
import { column, facts, heading, note, row, table } from '../blocks'
import type { Block } from '../model'
import { fill } from '../texts'
import { cell, tableSection, type ReportContext } from './context'

/** Appendix A: the parking lot and how each idea was triaged. */
export function parkingLotChapter(ctx: ReportContext): Block[] {
  const { t, project, language } = ctx
  const titles = new Map(project.initiatives.map((i) => [i.id, cell(i.title)]))
  const triage = (item: (typeof project.parkingLot)[number]): string => {
    const label = t.triageValue[item.triage]
    const title = item.initiativeId === null ? undefined : titles.get(item.initiativeId)
    return item.triage === 'initiative' && title ? `${label}: ${title}` : label
  }
  const rows = project.parkingLot.map((item) =>
    row([
      cell(item.text),
      item.stepId === null ? '–' : stepDefinition(item.stepId).title[language],
      triage(item),
    ]),
  )
  return [
    heading(1, t.parkingLot),
    rows.length > 0
      ? table([column(t.idea, 6), column(t.fromStep, 3), column(t.triage, 3)], rows)
      : note(t.nothingEntered),
  ]
}

/** Appendix B: the framework, criteria, weights and formula used, and how raters were combined. */
export function methodChapter(ctx: ReportContext): Block[] {
  const { t, f, project } = ctx
  const { framework, aggregation, contestedRange, iceCombination } = project.prioritisation
  const weights = normalisedWeights(project.criteria)
  const raters = project.participants.filter((p) =>
    project.initiatives.some((i) => i.ratings[p.id]?.some((value) => value !== null)),
  ).length
  const formula =
    framework === 'ice'
      ? `${t.frameworkFormula.ice} ${t.iceCombination[iceCombination]}`
      : t.frameworkFormula[framework]
  return [
    heading(1, t.method),
    facts([
      { label: t.framework, value: t.frameworkName[framework] },
      { label: t.formula, value: formula },
      { label: t.aggregation, value: t.aggregationValue[aggregation] },
      { label: t.contested, value: fill(t.contestedRule, { range: f.number(contestedRange, 1) }) },
      { label: t.raters, value: fill(t.raterCount, { count: raters }) },
    ]),
    ...tableSection(
      ctx,
      t.criteria,
      [
        column(t.criterion, 3.4),
        column(t.direction, 3),
        column(t.scale, 2.2),
        column(t.weight, 1.6, 'right'),
        column(t.normalisedWeight, 1.3, 'right'),
      ],
      project.criteria.map((c, i) =>
        row([
          cell(c.name),
          t.directionValue[c.direction],
          t.scaleValue[c.scale],
          f.number(c.weight, 2),
          f.percent(weights === null ? null : (weights[i] ?? 0) * 100),
        ]),
      ),
    ),
  ]
}
