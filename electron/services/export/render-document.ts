import { Packer } from 'docx'
import type { ExportOptions } from '../../../shared/api'
import type { Project } from '../../../shared/domain'
import { buildReportModel, toDocxDocument, toPdfDefinition } from '../../../shared/report'
import { rasteriseCharts } from './chart-png'
import { renderPdf } from './pdf-renderer'
import { loadReportFonts } from './report-fonts'

export interface RenderedDocument {
  readonly bytes: Uint8Array
  /** Page count where it is cheap to know (PDF); Word lays out its pages itself. */
  readonly pages: number | null
}

export interface RenderSettings {
  /** Where the document fonts are; the app's own `resources/fonts` unless told otherwise. */
  readonly fontDirectory?: string
}

/**
 * Builds the strategy document in memory as PDF or Word; nothing is written to disk here.
 * Fails with a message naming the file when a document font is missing or damaged.
 */
export async function renderDocument(
  project: Project,
  options: ExportOptions,
  settings: RenderSettings = {},
): Promise<RenderedDocument> {
  const fonts = await loadReportFonts(settings.fontDirectory)
  const model = buildReportModel(project, options)
  if (options.format === 'pdf') {
    const definition = toPdfDefinition(model, {
      paperSize: options.paperSize,
      canDraw: fonts.canDraw,
    })
    return renderPdf(definition, fonts)
  }
  const chartPng = await rasteriseCharts(model, fonts)
  const document = toDocxDocument(model, { chartPng, paperSize: options.paperSize })
  const buffer = await Packer.toBuffer(document)
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), pages: null }
}
