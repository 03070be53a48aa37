import { Packer } from 'docx'
import type { ExportOptions } from '../../../shared/api'
import type { Project } from '../../../shared/domain'
import { buildReportModel, toDocxDocument, toPdfDefinition } from '../../../shared/report'
import { rasteriseCharts } from './chart-png'
import { renderPdf } from './pdf-renderer'

export interface RenderedDocument {
  readonly bytes: Uint8Array
  /** Page count where it is cheap to know (PDF); Word lays out its pages itself. */
  readonly pages: number | null
}

/** Builds the strategy document in memory as PDF or Word; nothing is written to disk here. */
export async function renderDocument(
  project: Project,
  options: ExportOptions,
): Promise<RenderedDocument> {
  const model = buildReportModel(project, options)
  if (options.format === 'pdf') {
    return renderPdf(toPdfDefinition(model, { paperSize: options.paperSize }))
  }
  const chartPng = await rasteriseCharts(model)
  const document = toDocxDocument(model, { chartPng, paperSize: options.paperSize })
  const buffer = await Packer.toBuffer(document)
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), pages: null }
}
