import type { ChapterId } from '../api/contract'
import type { Language } from '../domain'

/**
 * The strategy document as plain, language-specific data. Both renderers (PDF and Word) read
 * only this model, so what the reader gets is decided once, here, and tested once.
 */

/** A piece of text with emphasis. */
export interface Inline {
  readonly text: string
  readonly isBold?: boolean
  readonly isItalic?: boolean
}

export interface HeadingBlock {
  readonly kind: 'heading'
  /** 1 = chapter (in the table of contents), 2 = section (also listed), 3 = sub-section. */
  readonly level: 1 | 2 | 3
  readonly text: string
  /** Listed in the table of contents; false for recurring labels such as "Guiding questions". */
  readonly isInToc: boolean
}

export interface ParagraphBlock {
  readonly kind: 'paragraph'
  readonly runs: readonly Inline[]
  /** `muted` for notes such as "nothing entered yet"; `lead` for the text a chapter opens with. */
  readonly tone: 'normal' | 'muted' | 'lead'
}

export interface BulletsBlock {
  readonly kind: 'bullets'
  readonly items: readonly (readonly Inline[])[]
}

/** Label/value pairs shown as a borderless two-column table. */
export interface FactsBlock {
  readonly kind: 'facts'
  readonly rows: readonly { readonly label: string; readonly value: string }[]
}

export interface TableColumn {
  readonly header: string
  /** Share of the text width, 0-1; a table's shares add up to 1. */
  readonly width: number
  readonly align: 'left' | 'right' | 'center'
}

export interface TableRow {
  readonly cells: readonly string[]
  /** Drawn with a tint, e.g. a contested initiative or a most-valuable segment. */
  readonly isHighlighted: boolean
}

export interface TableBlock {
  readonly kind: 'table'
  readonly columns: readonly TableColumn[]
  readonly rows: readonly TableRow[]
}

/** A chart as SVG: vector in the PDF, rasterised to PNG for Word outside `shared/`. */
export interface ChartBlock {
  readonly kind: 'chart'
  /** Unique within the report; Word's PNG bytes are looked up by it. */
  readonly id: string
  readonly svg: string
  /** The SVG's own size in CSS pixels. */
  readonly width: number
  readonly height: number
  readonly caption: string
}

export interface PageBreakBlock {
  readonly kind: 'pageBreak'
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | BulletsBlock
  | FactsBlock
  | TableBlock
  | ChartBlock
  | PageBreakBlock

export interface ReportChapter {
  readonly id: ChapterId
  /** Starts on a new page in the full document. */
  readonly isNewPage: boolean
  readonly blocks: readonly Block[]
}

export interface CoverPage {
  readonly title: string
  /** "Strategy document on customer loyalty" or "Management summary". */
  readonly subtitle: string
  readonly facts: FactsBlock['rows']
  readonly participantsHeading: string
  /** "Name, role" per participant; empty when nobody was entered. */
  readonly participants: readonly string[]
  readonly noParticipants: string
  /** A PNG or JPEG data URL. */
  readonly logo: string | null
}

export interface ReportModel {
  readonly language: Language
  readonly isSummary: boolean
  /** Document title for file metadata and the running header. */
  readonly title: string
  readonly runningHeader: string
  /** "Page" / "Seite" and "of" / "von" for the footer. */
  readonly pageLabel: string
  readonly ofLabel: string
  readonly cover: CoverPage
  /** Null when the document has no table of contents (the management summary). */
  readonly tocTitle: string | null
  readonly chapters: readonly ReportChapter[]
}
