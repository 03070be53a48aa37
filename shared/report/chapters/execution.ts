import { aggregateRatings } from '../../domain/scoring'
import { column, heading, note, paragraph, row, table } from '../blocks'
import { matrixChart, roadmapChart } from '../charts'
import type { RankedEntry } from '../facts'
import type { Block } from '../model'
import { fill } from '../texts'
import { cell, stepOpening, tableSection, type ReportContext } from './context'
import { coverageBlocks } from './coverage'
import { scoreText, spreadText } from './score-text'

/**
 * Tables after the ranking show this many of the best-ranked initiatives. The ranking lists
 * every initiative once; repeating a portfolio of thousands in three more tables would make the
 * document hundreds of pages longer without telling a reader more.
 */
export const DETAIL_LIMIT = 50

/** The first DETAIL_LIMIT rows of a detail table, and a note naming the ranking when rows were left out. */
function detailRows<T>(ctx: ReportContext, entries: readonly T[]): { shown: T[]; note: Block[] } {
  if (entries.length <= DETAIL_LIMIT) return { shown: [...entries], note: [] }
  const text = fill(ctx.t.detailTop, {
    shown: DETAIL_LIMIT,
    count: ctx.f.number(entries.length, 0),
    ranking: ctx.t.ranking,
  })
  return { shown: entries.slice(0, DETAIL_LIMIT), note: [note(text)] }
}

/** The matrix chart, or a note saying when it will appear. */
export function matrixBlocks(ctx: ReportContext): Block[] {
  const chart = matrixChart(ctx)
  return [heading(2, ctx.t.matrix), chart ?? note(ctx.t.noMatrix)]
}

/** The ranked initiative table with score, spread and the contested flag. */
export function rankingBlocks(ctx: ReportContext): Block[] {
  const { t, project } = ctx
  const ranking = ctx.facts.ranking
  if (ranking.length === 0) return [heading(2, t.ranking), note(t.noInitiatives)]
  const framework = t.frameworkName[project.prioritisation.framework]
  return [
    heading(2, t.ranking),
    paragraph(fill(t.rankedBy, { framework }), 'muted'),
    table(
      [
        column(t.rank, 0.8, 'right'),
        column(t.initiative, 5),
        column(t.status, 1.7),
        column(t.score, 1.6, 'right'),
        column(t.spread, 2.2, 'right'),
        column(t.contested, 1.7, 'center'),
      ],
      ranking.map(({ ranked, initiative }) =>
        row(
          [
            String(ranked.rank),
            cell(initiative.title),
            t.initiativeStatus[initiative.status],
            scoreText(ctx, ranked),
            spreadText(ctx, ranked),
            ranked.isContested ? t.contested : '',
          ],
          ranked.isContested,
        ),
      ),
    ),
    note(t.spreadNote),
  ]
}

function contestedCriteria(ctx: ReportContext, entry: RankedEntry): string {
  const { criteria, prioritisation } = ctx.project
  const aggregate = aggregateRatings(entry.initiative.ratings, criteria, prioritisation)
  const names = criteria.flatMap((criterion, i) => {
    const a = aggregate.criteria[i]
    if (!a?.isContested || a.min === null || a.max === null) return []
    return [`${cell(criterion.name)} (${ctx.f.number(a.min, 1)}–${ctx.f.number(a.max, 1)})`]
  })
  return names.join('; ') || '–'
}

function movementText(ctx: ReportContext, entry: RankedEntry): string {
  const { t, f } = ctx
  const moved = entry.movement
  if (!moved) return t.noRevote
  const verdict = moved.isContested ? t.stillContested : t.nowAgreed
  const scores = fill(t.scoreMoved, {
    before: f.fixed(moved.scoreBefore, 1),
    after: f.fixed(moved.scoreAfter, 1),
  })
  return `${t.round} ${moved.round}: ${scores}; ${verdict}`
}

/** Contested initiatives, and every re-voted one, with how the raters moved. */
function contestedBlocks(ctx: ReportContext): Block[] {
  const { t } = ctx
  const entries = ctx.facts.ranking.filter((e) => e.ranked.isContested || e.movement !== null)
  const threshold = ctx.f.number(ctx.project.prioritisation.contestedRange, 1)
  const { shown, note: more } = detailRows(ctx, entries)
  return [
    ...tableSection(
      ctx,
      t.contestedInitiatives,
      [column(t.initiative, 4), column(t.contestedCriteria, 4), column(t.revote, 4)],
      shown.map((e) =>
        row(
          [cell(e.initiative.title), contestedCriteria(ctx, e), movementText(ctx, e)],
          e.ranked.isContested,
        ),
      ),
      t.noContested,
    ),
    ...more,
    note(fill(t.contestedRule, { range: threshold })),
  ]
}

function scheduleBlocks(ctx: ReportContext): Block[] {
  const { t, f } = ctx
  const ranking = ctx.facts.ranking
  const chart = roadmapChart(ctx)
  const hasDates = ranking.some(({ initiative: i }) => i.start !== '' || i.end !== '')
  const { shown, note: more } = detailRows(ctx, ranking)
  return [
    heading(2, t.roadmap),
    chart ?? note(hasDates ? t.nothingEntered : t.noDates),
    ...tableSection(
      ctx,
      t.ownersAndDates,
      [
        column(t.initiative, 4),
        column(t.owner, 2.4),
        column(t.start, 1.6),
        column(t.end, 1.6),
        column(t.criticalIssues, 3.4),
      ],
      shown.map(({ initiative: i }) =>
        row([
          cell(i.title),
          cell(i.owner),
          f.shortDate(i.start),
          f.shortDate(i.end),
          i.criticalIssues.trim(),
        ]),
      ),
      t.noInitiatives,
    ),
    ...more,
  ]
}

function communicationBlocks(ctx: ReportContext): Block[] {
  const { t } = ctx
  const planned = ctx.facts.ranking.filter(({ initiative: { communication: c } }) =>
    [c.audience, c.timing, c.channel].some((text) => text.trim() !== ''),
  )
  const { shown, note: more } = detailRows(ctx, planned)
  return [
    ...tableSection(
      ctx,
      t.communicationPlan,
      [
        column(t.initiative, 4),
        column(t.audience, 3),
        column(t.timing, 2.5),
        column(t.channel, 2.5),
      ],
      shown.map(({ initiative: { title, communication: c } }) =>
        row([cell(title), cell(c.audience), cell(c.timing), cell(c.channel)]),
      ),
      t.noCommunication,
    ),
    ...more,
  ]
}

/**
 * Chapter 7: matrix, the ranking of every initiative, then contested initiatives, roadmap,
 * owners and dates, and communication for the best-ranked ones (DETAIL_LIMIT), coverage gaps.
 */
export function executionChapter(ctx: ReportContext): Block[] {
  return [
    ...stepOpening(ctx, 'execution'),
    ...matrixBlocks(ctx),
    ...rankingBlocks(ctx),
    ...contestedBlocks(ctx),
    ...scheduleBlocks(ctx),
    ...communicationBlocks(ctx),
    ...coverageBlocks(ctx),
  ]
}
