import { createRequire } from 'node:module'
import type * as PdfMakeTypes from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'

type PdfMake = typeof PdfMakeTypes

/** The PDF standard fonts pdfmake may open by name; there are no font files to read. */
const STANDARD_FONT_NAMES = new Set([
  'Helvetica',
  'Helvetica-Bold',
  'Helvetica-Oblique',
  'Helvetica-BoldOblique',
])

let configured: PdfMake | null = null

/**
 * pdfmake's Node build, set up once: only the Helvetica standard fonts, no network access and no
 * file access, so a document definition can never make the exporter fetch or read anything.
 */
function pdfMake(): PdfMake {
  if (configured) return configured
  // pdfmake's server build is CommonJS that exports an instance, which ESM imports cannot name.
  const pdfmake = createRequire(import.meta.url)('pdfmake') as PdfMake
  pdfmake.setFonts({
    Helvetica: {
      normal: 'Helvetica',
      bold: 'Helvetica-Bold',
      italics: 'Helvetica-Oblique',
      bolditalics: 'Helvetica-BoldOblique',
    },
  })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path))
  configured = pdfmake
  return pdfmake
}

/** Counts the page objects of a PDF written by pdfkit, whose object dictionaries are not compressed. */
export function countPdfPages(bytes: Uint8Array): number | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const pages = text.match(/\/Type \/Page\b(?!s)/g)
  return pages ? pages.length : null
}

/** Lays out and writes a PDF in memory. */
export async function renderPdf(
  definition: TDocumentDefinitions,
): Promise<{ bytes: Uint8Array; pages: number | null }> {
  const buffer = await pdfMake().createPdf(definition).getBuffer()
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  return { bytes, pages: countPdfPages(bytes) }
}
