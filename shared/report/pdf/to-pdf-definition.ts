import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { CoverPage, ReportModel } from '../model'
import { fontSafe, type CanDraw } from '../font-safe'
import { PDF_COLOURS, type PdfLayout } from './pdf-blocks'
import { chapterContent } from './pdf-flow'

export type PaperSize = 'A4' | 'LETTER'

export interface PdfOptions {
  readonly paperSize: PaperSize
  /** Which characters the document font (PDF_FONT) draws; others are replaced, see fontSafe. */
  readonly canDraw: CanDraw
}

/** Page widths in points; the text width follows from the margins. */
const PAGE_WIDTH: Record<PaperSize, number> = { A4: 595.28, LETTER: 612 }
const MARGIN = { side: 56, top: 64, bottom: 56 } as const

/**
 * The font family every text and chart uses. Its files are registered under this name outside
 * `shared/` (Roboto from the app's resources), as PDF standard fonts only draw Western European text.
 */
export const PDF_FONT = 'Roboto'

/**
 * pdfmake's line height is a multiple of the font's own: Roboto's is 1.17 em (room for accents
 * on capitals), so 1.05 gives 1.23 em, the usual leading for body text.
 */
const LINE_HEIGHT = 1.05

const STYLES: StyleDictionary = {
  h1: { fontSize: 18, bold: true, color: PDF_COLOURS.heading, margin: [0, 0, 0, 10] },
  h2: { fontSize: 12.5, bold: true, color: PDF_COLOURS.heading, margin: [0, 14, 0, 5] },
  h3: { fontSize: 10, bold: true, margin: [0, 8, 0, 2] },
  normal: { margin: [0, 0, 0, 4] },
  lead: { fontSize: 11, margin: [0, 0, 0, 6] },
  muted: { fontSize: 8.5, italics: true, color: PDF_COLOURS.muted, margin: [0, 2, 0, 4] },
  bullets: { margin: [0, 0, 0, 6] },
  table: { fontSize: 8.5, margin: [0, 2, 0, 8] },
  tableHeader: { bold: true, color: PDF_COLOURS.headerText },
  facts: { margin: [0, 0, 0, 8] },
  caption: {
    fontSize: 8,
    italics: true,
    color: PDF_COLOURS.muted,
    alignment: 'center',
    margin: [0, 3, 0, 0],
  },
  coverTitle: { fontSize: 28, bold: true, color: PDF_COLOURS.heading, margin: [0, 0, 0, 8] },
  coverSubtitle: { fontSize: 15, color: PDF_COLOURS.muted, margin: [0, 0, 0, 28] },
  summaryTitle: { fontSize: 20, bold: true, color: PDF_COLOURS.heading, margin: [0, 0, 0, 4] },
  summarySubtitle: { fontSize: 12, color: PDF_COLOURS.muted, margin: [0, 0, 0, 10] },
  toc1: { bold: true, fontSize: 10.5 },
  toc2: { fontSize: 9.5 },
  header: { fontSize: 8, color: PDF_COLOURS.muted },
  footer: { fontSize: 8, color: PDF_COLOURS.muted },
}

/**
 * Moves a heading that would end a page to the next one. pdfmake lays the whole document out
 * again after each move, so the moves are capped to keep huge documents fast; the definition is
 * therefore meant to be rendered once.
 */
function keepHeadingsWithText(): NonNullable<TDocumentDefinitions['pageBreakBefore']> {
  const maxMoves = 12
  let moves = 0
  return (node, following) => {
    if (moves >= maxMoves || node.headlineLevel === undefined) return false
    const isLastOnPage = following.getFollowingNodesOnPage().length === 0
    if (isLastOnPage) moves++
    return isLastOnPage
  }
}

function coverFacts(cover: CoverPage, layout: PdfLayout): Content {
  return {
    table: {
      widths: ['28%', '72%'],
      body: cover.facts.map((f) => [
        { text: layout.text(f.label), bold: true },
        { text: layout.text(f.value) },
      ]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 12],
  }
}

function participants(cover: CoverPage, isCompact: boolean, layout: PdfLayout): Content[] {
  const { text } = layout
  const list: Content =
    cover.participants.length === 0
      ? { text: text(cover.noParticipants), style: 'muted' }
      : isCompact
        ? { text: text(cover.participants.join(' · ')), margin: [0, 0, 0, 18] }
        : { ul: cover.participants.map((p) => text(p)), margin: [0, 0, 0, 8] }
  return [{ text: text(cover.participantsHeading), bold: true, margin: [0, 4, 0, 3] }, list]
}

/** The full cover page, or the compact cover block the management summary starts with. */
function coverContent(model: ReportModel, layout: PdfLayout): Content[] {
  const { cover, isSummary } = model
  const logo: Content[] = cover.logo
    ? [
        {
          image: cover.logo,
          fit: isSummary ? [120, 48] : [180, 90],
          margin: [0, 0, 0, isSummary ? 10 : 40],
        },
      ]
    : []
  const title: Content[] = [
    { text: layout.text(cover.title), style: isSummary ? 'summaryTitle' : 'coverTitle' },
    { text: layout.text(cover.subtitle), style: isSummary ? 'summarySubtitle' : 'coverSubtitle' },
  ]
  const facts = coverFacts(cover, layout)
  if (isSummary) return [...logo, ...title, facts, ...participants(cover, true, layout)]
  return [
    {
      stack: [...logo, ...title, facts, ...participants(cover, false, layout)],
      margin: [0, 90, 0, 0],
    },
  ]
}

function bodyContent(model: ReportModel, layout: PdfLayout): Content[] {
  const content: Content[] = []
  if (model.tocTitle !== null) {
    content.push({
      toc: { title: { text: layout.text(model.tocTitle), style: 'h1' }, outlines: true },
      pageBreak: 'before',
    })
  }
  for (const chapter of model.chapters) {
    content.push({
      stack: chapterContent(chapter.blocks, layout),
      ...(chapter.isNewPage ? { pageBreak: 'before' as const } : {}),
    })
  }
  return content
}

/**
 * The report model as a pdfmake document definition: one font (PDF_FONT) for text and charts,
 * with characters it lacks replaced, running header, "Page n of m" footer, table of contents
 * with bookmarks, headings kept with what follows, charts as vector SVG.
 */
export function toPdfDefinition(model: ReportModel, options: PdfOptions): TDocumentDefinitions {
  const { canDraw } = options
  const text = (value: string) => fontSafe(value, canDraw)
  const layout: PdfLayout = {
    textWidth: PAGE_WIDTH[options.paperSize] - 2 * MARGIN.side,
    font: PDF_FONT,
    text,
  }
  const hasCoverPage = !model.isSummary
  const header = text(model.runningHeader)
  const pageLabel = text(`${model.pageLabel} {n} ${model.ofLabel} {m}`)
  return {
    info: { title: text(model.title), subject: text(model.cover.subtitle) },
    language: model.language,
    pageSize: options.paperSize,
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    defaultStyle: {
      font: PDF_FONT,
      fontSize: 9.5,
      lineHeight: LINE_HEIGHT,
      color: PDF_COLOURS.ink,
    },
    styles: STYLES,
    header: (page) =>
      hasCoverPage && page === 1
        ? null
        : { text: header, style: 'header', margin: [MARGIN.side, 28, MARGIN.side, 0] },
    footer: (page, pages) =>
      hasCoverPage && page === 1
        ? null
        : {
            text: pageLabel.replace('{n}', String(page)).replace('{m}', String(pages)),
            style: 'footer',
            alignment: 'center',
            margin: [0, 20, 0, 0],
          },
    pageBreakBefore: keepHeadingsWithText(),
    content: [...coverContent(model, layout), ...bodyContent(model, layout)],
  }
}
