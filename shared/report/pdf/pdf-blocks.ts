import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces'
import type { Block, ChartBlock, FactsBlock, Inline, TableBlock } from '../model'

/** Colours of the document, shared by both formats' look. */
export const PDF_COLOURS = {
  ink: '#1F2933',
  heading: '#1F3A5F',
  muted: '#5F6B7A',
  headerFill: '#1F3A5F',
  headerText: '#FFFFFF',
  highlight: '#FBEBD0',
  rule: '#B8C2CF',
} as const

/** Thin horizontal rules only: readable when printed and close to Word's plain table look. */
export const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => PDF_COLOURS.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
}

const percent = (share: number): string => `${(share * 100).toFixed(3)}%`

/** What turning blocks into pdfmake content needs: the text width and the font-safe text. */
export interface PdfLayout {
  /** The width of the text column in points. */
  readonly textWidth: number
  /** The font family of the document, also used for text inside charts. */
  readonly font: string
  /** Text made drawable for the document font. */
  readonly text: (text: string) => string
}

function inlines(runs: readonly Inline[], layout: PdfLayout): Content {
  return runs.map((run) => ({
    text: layout.text(run.text),
    bold: run.isBold ?? false,
    italics: run.isItalic ?? false,
  }))
}

function tableContent(block: TableBlock, layout: PdfLayout): Content {
  const header: TableCell[] = block.columns.map((c) => ({
    text: layout.text(c.header),
    style: 'tableHeader',
    alignment: c.align,
    fillColor: PDF_COLOURS.headerFill,
  }))
  // Lean cells: left is pdfmake's default alignment, so only other alignments are written.
  const aligns = block.columns.map((c) => (c.align === 'left' ? null : c.align))
  const body: TableCell[][] = block.rows.map((row) =>
    row.cells.map((text, i) => {
      const alignment = aligns[i]
      if (!alignment && !row.isHighlighted) return { text: layout.text(text) }
      return {
        text: layout.text(text),
        ...(alignment ? { alignment } : {}),
        ...(row.isHighlighted ? { fillColor: PDF_COLOURS.highlight } : {}),
      }
    }),
  )
  return {
    table: {
      headerRows: 1,
      widths: block.columns.map((c) => percent(c.width)),
      body: [header, ...body],
    },
    layout: TABLE_LAYOUT,
    style: 'table',
  }
}

function factsContent(block: FactsBlock, layout: PdfLayout): Content {
  return {
    table: {
      widths: ['28%', '72%'],
      body: block.rows.map((r) => [
        { text: layout.text(r.label), bold: true },
        { text: layout.text(r.value) },
      ]),
    },
    layout: 'noBorders',
    style: 'facts',
  }
}

/**
 * A chart as a vector SVG, as wide as the text for wide charts and never wider; the caption
 * stays on the same page as the chart.
 */
function chartContent(block: ChartBlock, layout: PdfLayout): Content {
  const { textWidth } = layout
  const natural = block.width * 0.75
  const width = Math.min(textWidth, Math.max(natural, textWidth * 0.75))
  return {
    stack: [
      { svg: layout.text(block.svg), width, font: layout.font, alignment: 'center' },
      { text: layout.text(block.caption), style: 'caption' },
    ],
    unbreakable: true,
    margin: [0, 6, 0, 8],
  }
}

/**
 * One block of the report model as pdfmake content. A heading grouped with the block after it
 * carries no headline level, so the page-break rule for lone headings leaves it alone.
 */
export function blockContent(block: Block, layout: PdfLayout, isGrouped = false): Content {
  switch (block.kind) {
    case 'heading':
      return {
        text: layout.text(block.text),
        style: `h${block.level}`,
        ...(isGrouped ? {} : { headlineLevel: block.level }),
        ...(block.isInToc
          ? {
              tocItem: true,
              tocStyle: `toc${block.level}`,
              tocMargin: block.level === 1 ? [0, 5, 0, 0] : [14, 0, 0, 0],
            }
          : {}),
      }
    case 'paragraph':
      return { text: inlines(block.runs, layout), style: block.tone }
    case 'bullets':
      return { ul: block.items.map((item) => ({ text: inlines(item, layout) })), style: 'bullets' }
    case 'facts':
      return factsContent(block, layout)
    case 'table':
      return tableContent(block, layout)
    case 'chart':
      return chartContent(block, layout)
    case 'pageBreak':
      return { text: '', pageBreak: 'after' }
  }
}
