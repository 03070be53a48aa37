import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx'
import type { FactsBlock, TableBlock, TableColumn } from '../model'
import { DOCX_COLOURS } from './docx-layout'
import { textRuns } from './docx-text'

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
} as const

const RULE = { style: BorderStyle.SINGLE, size: 4, color: DOCX_COLOURS.rule }
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const CELL_MARGINS = { top: 50, bottom: 50, left: 80, right: 80 }

/** Column widths in DXA that add up to exactly the text width. */
export function columnWidthsDxa(
  columns: readonly { width: number }[],
  textWidth: number,
): number[] {
  const widths = columns.map((c) => Math.floor(c.width * textWidth))
  const rest = textWidth - widths.reduce((sum, w) => sum + w, 0)
  if (widths.length > 0) widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest
  return widths
}

interface CellSpec {
  readonly text: string
  readonly width: number
  readonly align: TableColumn['align']
  readonly fill?: string
  readonly isBold?: boolean
  readonly colour?: string
  /** The paragraph style: small table text unless told otherwise (the cover uses body text). */
  readonly style?: string
}

/**
 * One cell, kept lean because a portfolio's ranking has thousands: the margins are the table's,
 * and what Word assumes anyway (left alignment, not bold) is not written.
 */
function cell(spec: CellSpec): TableCell {
  return new TableCell({
    width: { size: spec.width, type: WidthType.DXA },
    ...(spec.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: spec.fill } } : {}),
    children: [
      new Paragraph({
        ...(spec.align === 'left' ? {} : { alignment: ALIGN[spec.align] }),
        style: spec.style ?? 'TableText',
        children: textRuns(spec.text, {
          ...(spec.isBold ? { bold: true } : {}),
          ...(spec.colour ? { color: spec.colour } : {}),
        }),
      }),
    ],
  })
}

/**
 * A table with explicit widths on the grid and on every cell, fixed layout, and a header row
 * that repeats on each page: without them LibreOffice and Word size columns differently.
 */
export function docxTable(block: TableBlock, textWidth: number): Table {
  const widths = columnWidthsDxa(block.columns, textWidth)
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) =>
      cell({
        text: c.header,
        width: widths[i] ?? 0,
        align: c.align,
        fill: DOCX_COLOURS.headerFill,
        isBold: true,
        colour: DOCX_COLOURS.headerText,
      }),
    ),
  })
  const rows = block.rows.map(
    (r) =>
      new TableRow({
        children: r.cells.map((text, i) =>
          cell({
            text,
            width: widths[i] ?? 0,
            align: block.columns[i]?.align ?? 'left',
            ...(r.isHighlighted ? { fill: DOCX_COLOURS.highlight } : {}),
          }),
        ),
      }),
  )
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: {
      top: RULE,
      bottom: RULE,
      insideHorizontal: RULE,
      left: NONE,
      right: NONE,
      insideVertical: NONE,
    },
    rows: [header, ...rows],
  })
}

/** Label/value pairs as a borderless two-column table with explicit widths. */
export function docxFacts(block: FactsBlock, textWidth: number, style?: string): Table {
  const widths = columnWidthsDxa([{ width: 0.28 }, { width: 0.72 }], textWidth)
  const [labelWidth = 0, valueWidth = 0] = widths
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: block.rows.map(
      (r) =>
        new TableRow({
          children: [
            cell({ text: r.label, width: labelWidth, align: 'left', isBold: true, style }),
            cell({ text: r.value, width: valueWidth, align: 'left', style }),
          ],
        }),
    ),
  })
}
