/** Page geometry and colours of the Word document, in Word's units (DXA = 1/20 pt). */
export type PaperSize = 'A4' | 'LETTER'

export const PAGE_SIZE: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  LETTER: { width: 12240, height: 15840 },
}

/** Margins close to the PDF's: 2 cm at the sides and bottom, 2.5 cm at the top for the header. */
export const PAGE_MARGIN = { side: 1134, top: 1418, bottom: 1134, header: 567, footer: 567 }

/** The width of the text column in DXA. */
export function textWidthDxa(paper: PaperSize): number {
  return PAGE_SIZE[paper].width - 2 * PAGE_MARGIN.side
}

/** Pixels at 96 dpi per DXA: pictures are sized in pixels, pages in DXA. */
export const PX_PER_DXA = 96 / 1440

export const DOCX_COLOURS = {
  ink: '1F2933',
  heading: '1F3A5F',
  muted: '5F6B7A',
  headerFill: '1F3A5F',
  headerText: 'FFFFFF',
  highlight: 'FBEBD0',
  rule: 'B8C2CF',
} as const

/** Arial: Word has it everywhere and LibreOffice swaps in the metric-compatible Liberation Sans. */
export const DOCX_FONT = 'Arial'
