import type {
  Block,
  ChartBlock,
  FactsBlock,
  Inline,
  TableBlock,
  TableColumn,
  TableRow,
} from './model'

/** Small constructors that keep the chapter builders readable. */

/** A heading of the given level; levels 1 and 2 are listed in the table of contents unless told not to. */
export function heading(level: 1 | 2 | 3, text: string, isInToc = level < 3): Block {
  return { kind: 'heading', level, text, isInToc }
}

/** A paragraph of plain text. */
export function paragraph(text: string, tone: 'normal' | 'muted' | 'lead' = 'normal'): Block {
  return { kind: 'paragraph', runs: [{ text }], tone }
}

/** A paragraph that starts with a bold label, such as "Vision statement: ...". */
export function labelled(label: string, text: string): Block {
  return {
    kind: 'paragraph',
    runs: [{ text: `${label}: `, isBold: true }, { text }],
    tone: 'normal',
  }
}

/** A short muted note, used where a section has nothing to show yet. */
export function note(text: string): Block {
  return paragraph(text, 'muted')
}

/** A bullet list of plain texts. */
export function bullets(items: readonly string[]): Block {
  return { kind: 'bullets', items: items.map((text): readonly Inline[] => [{ text }]) }
}

/** Label/value pairs. */
export function facts(rows: FactsBlock['rows']): Block {
  return { kind: 'facts', rows }
}

/** A column of a table; `width` is a share of the text width. */
export function column(
  header: string,
  width: number,
  align: TableColumn['align'] = 'left',
): TableColumn {
  return { header, width, align }
}

/** A table row; highlighted rows are tinted in both formats. */
export function row(cells: readonly string[], isHighlighted = false): TableRow {
  return { cells, isHighlighted }
}

/**
 * A table whose column shares are scaled to add up to 1, so a builder can give rough weights.
 * Every row is padded or cut to the number of columns.
 */
export function table(columns: readonly TableColumn[], rows: readonly TableRow[]): TableBlock {
  const total = columns.reduce((sum, c) => sum + c.width, 0) || 1
  const count = columns.length
  return {
    kind: 'table',
    columns: columns.map((c) => ({ ...c, width: c.width / total })),
    rows: rows.map((r) => ({
      ...r,
      cells: Array.from({ length: count }, (_, i) => r.cells[i] ?? ''),
    })),
  }
}

/** A chart block from an SVG string and its natural size. */
export function chart(
  id: string,
  svg: string,
  size: { width: number; height: number },
  caption: string,
): ChartBlock {
  return { kind: 'chart', id, svg, width: size.width, height: size.height, caption }
}

/** The text of a paragraph, or a muted "not answered" note when it is blank. */
export function answerOrNote(text: string, emptyNote: string): Block {
  return text.trim() ? paragraph(text.trim()) : note(emptyNote)
}
