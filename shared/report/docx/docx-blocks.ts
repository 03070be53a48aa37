import {
  AlignmentType,
  HeadingLevel,
  ImageRun,
  Paragraph,
  type FileChild,
  type ParagraphChild,
} from 'docx'
import type { Block, ChartBlock, Inline } from '../model'
import { PX_PER_DXA } from './docx-layout'
import { docxFacts, docxTable } from './docx-table'
import { textRuns } from './docx-text'

/** A chart rasterised to PNG outside `shared/` (Word has no reliable SVG support). */
export interface ChartPng {
  readonly data: Uint8Array
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const

/** Looks like Heading 2 but is no Word heading, so the table of contents leaves it out. */
export const UNLISTED_HEADING_STYLE = 'UnlistedHeading'

const TONE_STYLE = { normal: undefined, lead: 'Lead', muted: 'Muted' } as const

function runs(inlines: readonly Inline[]): ParagraphChild[] {
  // Only emphasis is written: a run property for "not bold" in every paragraph is dead weight.
  return inlines.flatMap((run) =>
    textRuns(run.text, {
      ...(run.isBold ? { bold: true } : {}),
      ...(run.isItalic ? { italics: true } : {}),
    }),
  )
}

/** The same size rule as the PDF: wide charts fill the text width, none is wider. */
function chartSize(block: ChartBlock, textWidthDxa: number): { width: number; height: number } {
  const textPx = textWidthDxa * PX_PER_DXA
  const width = Math.min(textPx, Math.max(block.width, textPx * 0.75))
  return { width: Math.round(width), height: Math.round((width * block.height) / block.width) }
}

function chartParagraphs(
  block: ChartBlock,
  png: ChartPng | undefined,
  textWidth: number,
): Paragraph[] {
  const caption = new Paragraph({
    style: 'Caption',
    alignment: AlignmentType.CENTER,
    children: textRuns(block.caption),
  })
  if (!png) return [caption]
  const image = new ImageRun({
    type: 'png',
    data: png.data,
    transformation: chartSize(block, textWidth),
    altText: { name: block.id, title: block.caption, description: block.caption },
  })
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [image] }),
    caption,
  ]
}

/** One block of the report model as Word paragraphs or a table; a chapter's heading may open a page. */
export function blockChildren(
  block: Block,
  textWidth: number,
  chartPng: ReadonlyMap<string, ChartPng>,
  isNewPage = false,
): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          ...(block.isInToc || block.level === 3
            ? { heading: HEADINGS[block.level] }
            : { style: UNLISTED_HEADING_STYLE }),
          pageBreakBefore: isNewPage,
          children: textRuns(block.text),
        }),
      ]
    case 'paragraph': {
      const style = TONE_STYLE[block.tone]
      return [new Paragraph({ ...(style ? { style } : {}), children: runs(block.runs) })]
    }
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }),
      )
    case 'facts':
      return [docxFacts(block, textWidth), new Paragraph({ style: 'Spacer' })]
    case 'table':
      return [docxTable(block, textWidth), new Paragraph({ style: 'Spacer' })]
    case 'chart':
      return chartParagraphs(block, chartPng.get(block.id), textWidth)
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true })]
  }
}
