import type { Content } from 'pdfmake/interfaces'
import type { Block } from '../model'
import { blockContent, type PdfLayout } from './pdf-blocks'

/** Tables up to this size move to the next page whole, with their heading, rather than split. */
const SMALL_TABLE = { rows: 8, characters: 1200 }

/** Whether a block is small enough to keep on one page together with the headings before it. */
function isKeptWhole(block: Block): boolean {
  switch (block.kind) {
    case 'chart':
    case 'facts':
      return true
    case 'table': {
      const characters = block.rows.reduce((sum, row) => sum + row.cells.join('').length, 0)
      return block.rows.length <= SMALL_TABLE.rows && characters <= SMALL_TABLE.characters
    }
    case 'paragraph':
      return block.runs.reduce((sum, run) => sum + run.text.length, 0) <= 600
    default:
      return false
  }
}

/**
 * A chapter's blocks as pdfmake content. Headings and the small block after them (a chart, a
 * short table or paragraph) form one unbreakable group, so a heading never ends a page alone;
 * pdfmake's own position data is not reliable for that once blocks move pages.
 */
export function chapterContent(blocks: readonly Block[], layout: PdfLayout): Content[] {
  const content: Content[] = []
  let headings: Block[] = []
  const render = (list: readonly Block[], isGrouped: boolean) =>
    list.map((b) => blockContent(b, layout, isGrouped))
  for (const block of blocks) {
    if (block.kind === 'heading') {
      headings.push(block)
      continue
    }
    if (headings.length > 0 && isKeptWhole(block)) {
      content.push({ stack: render([...headings, block], true), unbreakable: true })
    } else {
      content.push(...render([...headings, block], false))
    }
    headings = []
  }
  content.push(...render(headings, false))
  return content
}
