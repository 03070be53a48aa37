import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces'
import type { Block, ChartBlock, FactsBlock, Inline, TableBlock } from '../model'
import { pdfSafe } from './pdf-text'

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

function inlines(runs: readonly Inline[]): Content {
  return runs.map((run) => ({
    text: pdfSafe(run.text),
    bold: run.isBold ?? false,
    italics: run.isItalic ?? false,
  }))
}

function tableContent(block: TableBlock): Content {
  const header: TableCell[] = block.columns.map((c) => ({
    text: pdfSafe(c.header),
    style: 'tableHeader',
    alignment: c.align,
    fillColor: PDF_COLOURS.headerFill,
  }))
  const body: TableCell[][] = block.rows.map((row) =>
    row.cells.map((text, i) => ({
      text: pdfSafe(text),
      alignment: block.columns[i]?.align ?? 'left',
      ...(row.isHighlighted ? { fillColor: PDF_COLOURS.highlight } : {}),
    })),
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

function factsContent(block: FactsBlock): Content {
  return {
    table: {
      widths: ['28%', '72%'],
      body: block.rows.map((r) => [
        { text: pdfSafe(r.label), bold: true },
        { text: pdfSafe(r.value) },
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
function chartContent(block: ChartBlock, textWidth: number): Content {
  const natural = block.width * 0.75
  const width = Math.min(textWidth, Math.max(natural, textWidth * 0.75))
  return {
    stack: [
      { svg: pdfSafe(block.svg), width, font: 'Helvetica', alignment: 'center' },
      { text: pdfSafe(block.caption), style: 'caption' },
    ],
    unbreakable: true,
    margin: [0, 6, 0, 8],
  }
}

/**
 * One block of the report model as pdfmake content. A heading grouped with the block after it
 * carries no headline level, so the page-break rule for lone headings leaves it alone.
 */
export function blockContent(block: Block, textWidth: number, isGrouped = false): Content {
  switch (block.kind) {
    case 'heading':
      return {
        text: pdfSafe(block.text),
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
      return { text: inlines(block.runs), style: block.tone }
    case 'bullets':
      return { ul: block.items.map((item) => ({ text: inlines(item) })), style: 'bullets' }
    case 'facts':
      return factsContent(block)
    case 'table':
      return tableContent(block)
    case 'chart':
      return chartContent(block, textWidth)
    case 'pageBreak':
      return { text: '', pageBreak: 'after' }
  }
}
