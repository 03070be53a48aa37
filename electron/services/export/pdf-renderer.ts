import { createRequire } from 'node:module'
import type * as PdfMakeTypes from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { PDF_FONT } from '../../../shared/report'
import type { ReportFonts } from './report-fonts'

type PdfMake = typeof PdfMakeTypes

let pdfmake: PdfMake | null = null
/** The font folder pdfmake is set up with. */
let registered: string | null = null

/**
 * pdfmake's Node build, set up once per set of fonts: the document fonts by their paths, since
 * the SVG renderer of the charts opens fonts by path and cannot read pdfmake's virtual files.
 * It may fetch nothing and open no other file, so a document definition can never make the
 * exporter download or read anything.
 */
function pdfMake(fonts: ReportFonts): PdfMake {
  // pdfmake's server build is CommonJS that exports an instance, which ESM imports cannot name.
  pdfmake ??= createRequire(import.meta.url)('pdfmake') as PdfMake
  if (registered === fonts.directory) return pdfmake
  const allowed = new Set<string>(Object.values(fonts.paths))
  pdfmake.setFonts({ [PDF_FONT]: { ...fonts.paths } })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path))
  registered = fonts.directory
  return pdfmake
}

/** Counts the page objects of a PDF written by pdfkit, whose object dictionaries are not compressed. */
export function countPdfPages(bytes: Uint8Array): number | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const pages = text.match(/\/Type \/Page\b(?!s)/g)
  return pages ? pages.length : null
}

/** Lays out and writes a PDF in memory with the given document fonts. */
export async function renderPdf(
  definition: TDocumentDefinitions,
  fonts: ReportFonts,
): Promise<{ bytes: Uint8Array; pages: number | null }> {
  const buffer = await pdfMake(fonts).createPdf(definition).getBuffer()
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  return { bytes, pages: countPdfPages(bytes) }
}
