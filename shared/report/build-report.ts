import type { ChapterId, ExportOptions } from '../api/contract'
import type { Project } from '../domain'
import { advantageChapter } from './chapters/advantage'
import { methodChapter, parkingLotChapter } from './chapters/appendices'
import { capabilitiesChapter } from './chapters/capabilities'
import { cell, type ReportContext } from './chapters/context'
import { cultureChapter } from './chapters/culture'
import { executionChapter, matrixBlocks } from './chapters/execution'
import { segmentsChapter } from './chapters/segments'
import { servicesChapter } from './chapters/services'
import { summaryChapter } from './chapters/summary'
import { visionChapter } from './chapters/vision'
import { reportFacts } from './facts'
import { reportFormat } from './format'
import type { Block, CoverPage, ReportChapter, ReportModel } from './model'
import { reportTexts, type ReportTexts } from './texts'

/** The chapters of the full document, in reading order. */
const CHAPTERS: readonly (readonly [ChapterId, (ctx: ReportContext) => Block[]])[] = [
  ['summary', summaryChapter],
  ['vision', visionChapter],
  ['segments', segmentsChapter],
  ['services', servicesChapter],
  ['advantage', advantageChapter],
  ['capabilities', capabilitiesChapter],
  ['culture', cultureChapter],
  ['execution', executionChapter],
  ['parking-lot', parkingLotChapter],
  ['method', methodChapter],
]

function coverPage(ctx: ReportContext, isSummary: boolean): CoverPage {
  const { t, f, project } = ctx
  const { meta } = project
  const facts = [
    { label: t.organisation, value: meta.organisation.trim() },
    { label: t.date, value: meta.date ? f.date(meta.date) : '' },
    { label: t.facilitator, value: meta.facilitator.trim() },
  ].filter((fact) => fact.value !== '')
  return {
    title: meta.title.trim() || t.untitled,
    subtitle: isSummary ? t.summarySubtitle : t.documentSubtitle,
    facts,
    participantsHeading: t.participants,
    participants: project.participants.map((p) =>
      p.role.trim() ? `${cell(p.name)}, ${p.role.trim()}` : cell(p.name),
    ),
    noParticipants: t.noParticipants,
    logo: meta.logo,
  }
}

function chaptersFor(
  ctx: ReportContext,
  options: Pick<ExportOptions, 'isSummary' | 'chapters'>,
): ReportChapter[] {
  if (options.isSummary) {
    const blocks = [...summaryChapter(ctx), ...matrixBlocks(ctx)]
    return [{ id: 'summary', isNewPage: false, blocks }]
  }
  const wanted = options.chapters === null ? null : new Set(options.chapters)
  return CHAPTERS.filter(([id]) => wanted === null || wanted.has(id)).map(([id, build]) => ({
    id,
    isNewPage: true,
    blocks: build(ctx),
  }))
}

/**
 * Turns a project into the strategy document's model in the export's language: the full
 * document (cover, contents, summary, one chapter per step, appendices, filtered by `chapters`)
 * or the 2-3 page management summary, which ignores `chapters`. `texts` replaces the built-in words.
 */
export function buildReportModel(
  project: Project,
  options: Pick<ExportOptions, 'language' | 'isSummary' | 'chapters'>,
  texts: ReportTexts = reportTexts(options.language),
): ReportModel {
  const ctx: ReportContext = {
    project,
    language: options.language,
    t: texts,
    f: reportFormat(options.language),
    facts: reportFacts(project),
  }
  const cover = coverPage(ctx, options.isSummary)
  return {
    language: options.language,
    isSummary: options.isSummary,
    title: cover.title,
    runningHeader: cover.title,
    pageLabel: texts.page,
    ofLabel: texts.of,
    cover,
    tocTitle: options.isSummary ? null : texts.contents,
    chapters: chaptersFor(ctx, options),
  }
}
