import JSZip from 'jszip'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The parts of a .docx that the tests read: the body XML and the names of embedded media. */
export interface DocxParts {
  readonly documentXml: string
  readonly media: readonly string[]
  readonly files: readonly string[]
  /** The bytes of a file in the package, such as an embedded picture. */
  readonly bytesOf: (name: string) => Promise<Uint8Array>
}

/** Unzips a .docx as Word would: fails if it is not a valid zip with a document part. */
export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes)
  const documentPart = zip.file('word/document.xml')
  if (!documentPart) throw new Error('word/document.xml is missing')
  const files = Object.keys(zip.files)
  return {
    documentXml: await documentPart.async('string'),
    media: files.filter((name) => name.startsWith('word/media/')),
    files,
    bytesOf: async (name) => {
      const part = zip.file(name)
      if (!part) throw new Error(`${name} is missing`)
      return part.async('uint8array')
    },
  }
}

/** The texts of all paragraphs with the given style id, e.g. Heading1, from document.xml. */
export function paragraphsWithStyle(xml: string, styleId: string): string[] {
  const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []
  return paragraphs
    .filter((p) => p.includes(`<w:pStyle w:val="${styleId}"/>`))
    .map((p) => textOfXml(p))
}

/** The visible text of a piece of WordprocessingML, entities decoded. */
export function textOfXml(xml: string): string {
  const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '')
  return decodeEntities(runs.join(''))
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/**
 * Opens a PDF with pdf.js, as a reader's viewer would, and extracts the text of every page with
 * runs of white space made one space, and the size of the first page in points.
 */
export async function readPdf(
  bytes: Uint8Array,
): Promise<{ pages: string[]; pageSize: readonly number[] }> {
  const document = await getDocument({
    // pdf.js takes a plain Uint8Array (not a Buffer) and may detach it, so it gets a copy.
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
  }).promise
  const pages: string[] = []
  const pageSize = (await document.getPage(1)).view
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const content = await page.getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  await document.destroy()
  return { pages: pages.map((page) => page.replace(/\s+/g, ' ')), pageSize }
}

/**
 * The phrases a text lacks, each cut to 80 characters: a failing check then names what is
 * missing instead of printing a whole document.
 */
export function missingFrom(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => !text.includes(phrase)).map((phrase) => phrase.slice(0, 80))
}
