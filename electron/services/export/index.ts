export { renderDocument, type RenderedDocument } from './render-document'
export { exportDocument, exportFailure } from './export-document'
export { countPdfPages } from './pdf-renderer'
export { suggestedExportName } from './export-name'
