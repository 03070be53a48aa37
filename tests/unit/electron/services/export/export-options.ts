import type { ExportOptions } from '../../../../../shared/api'

/** A German management summary as PDF on A4: the smallest export, for tests about failures. */
export const SUMMARY_PDF: ExportOptions = {
  format: 'pdf',
  language: 'de',
  isSummary: true,
  chapters: null,
  paperSize: 'A4',
}
