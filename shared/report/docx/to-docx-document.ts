import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx'
import { imageInfo } from '../image-size'
import type { CoverPage, ReportModel } from '../model'
import { blockChildren, type ChartPng } from './docx-blocks'
import { PAGE_MARGIN, PAGE_SIZE, textWidthDxa, type PaperSize } from './docx-layout'
import { DOCX_STYLES } from './docx-styles'
import { docxFacts } from './docx-table'
import { docxSafe, textRuns } from './docx-text'

export type { ChartPng } from './docx-blocks'

export interface DocxOptions {
  /** PNG renderings of the model's charts by chart id; a chart without one keeps its caption only. */
  readonly chartPng: ReadonlyMap<string, ChartPng>
  readonly paperSize?: PaperSize
}

/** The logo scaled into a box at most `box` pixels wide and half as high, keeping its proportions. */
function logoParagraph(dataUrl: string | null, box: number): Paragraph[] {
  const info = dataUrl ? imageInfo(dataUrl) : null
  if (!dataUrl || !info) return []
  const scale = Math.min(1, box / info.width, box / 2 / info.height)
  const transformation = {
    width: Math.round(info.width * scale),
    height: Math.round(info.height * scale),
  }
  return [
    new Paragraph({
      spacing: { after: 400 },
      children: [new ImageRun({ type: info.type, data: dataUrl, transformation })],
    }),
  ]
}

function coverChildren(cover: CoverPage, isSummary: boolean, textWidth: number): FileChild[] {
  const participants =
    cover.participants.length === 0
      ? [new Paragraph({ style: 'Muted', children: textRuns(cover.noParticipants) })]
      : isSummary
        ? [
            new Paragraph({
              spacing: { after: 360 },
              children: textRuns(cover.participants.join(' · ')),
            }),
          ]
        : cover.participants.map(
            (p) => new Paragraph({ bullet: { level: 0 }, children: textRuns(p) }),
          )
  return [
    ...(isSummary ? [] : [new Paragraph({ spacing: { before: 1800 } })]),
    ...logoParagraph(cover.logo, isSummary ? 160 : 240),
    new Paragraph({ style: 'CoverTitle', children: textRuns(cover.title) }),
    new Paragraph({ style: 'CoverSubtitle', children: textRuns(cover.subtitle) }),
    docxFacts({ kind: 'facts', rows: cover.facts }, textWidth, 'Normal'),
    new Paragraph({
      spacing: { before: 240 },
      children: textRuns(cover.participantsHeading, { bold: true }),
    }),
    ...participants,
  ]
}

function pageFurniture(model: ReportModel) {
  const header = new Header({
    children: [
      new Paragraph({
        style: 'HeaderText',
        alignment: AlignmentType.RIGHT,
        children: textRuns(model.runningHeader),
      }),
    ],
  })
  const footer = new Footer({
    children: [
      new Paragraph({
        style: 'HeaderText',
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [
              `${docxSafe(model.pageLabel)} `,
              PageNumber.CURRENT,
              ` ${docxSafe(model.ofLabel)} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  })
  return { headers: { default: header }, footers: { default: footer } }
}

function bodyChildren(
  model: ReportModel,
  textWidth: number,
  chartPng: ReadonlyMap<string, ChartPng>,
): FileChild[] {
  const children: FileChild[] = []
  if (model.tocTitle !== null) {
    children.push(
      new Paragraph({ style: 'CoverSubtitle', children: textRuns(model.tocTitle) }),
      new TableOfContents(docxSafe(model.tocTitle), { hyperlink: true, headingStyleRange: '1-2' }),
    )
  }
  for (const chapter of model.chapters) {
    chapter.blocks.forEach((block, i) => {
      const isChapterStart = chapter.isNewPage && i === 0 && children.length > 0
      children.push(...blockChildren(block, textWidth, chartPng, isChapterStart))
    })
  }
  return children
}

/**
 * The report model as a docx Document: Word's heading styles, a table of contents field, the
 * project title as running header, "Page n of m" in the footer, tables with explicit widths, and
 * charts as PNG pictures (rasterised outside `shared/`, passed in by chart id).
 */
export function toDocxDocument(model: ReportModel, options: DocxOptions): Document {
  const paper = options.paperSize ?? 'A4'
  const textWidth = textWidthDxa(paper)
  const page = {
    size: PAGE_SIZE[paper],
    margin: { ...PAGE_MARGIN, left: PAGE_MARGIN.side, right: PAGE_MARGIN.side },
  }
  const furniture = pageFurniture(model)
  const cover = coverChildren(model.cover, model.isSummary, textWidth)
  const body = bodyChildren(model, textWidth, options.chartPng)
  const sections: ISectionOptions[] = model.isSummary
    ? [{ properties: { page }, ...furniture, children: [...cover, ...body] }]
    : [
        { properties: { page }, children: cover },
        { properties: { page }, ...furniture, children: body },
      ]
  return new Document({
    title: docxSafe(model.title),
    subject: docxSafe(model.cover.subtitle),
    creator: 'Loyalty Workshop',
    styles: DOCX_STYLES,
    sections,
  })
}
