import { generateProject } from '../generate'
import { buildReportModel, toPdfDefinition } from '../../shared/report'
import { renderPdf } from '../../electron/services/export/pdf-renderer'
const size = (process.argv[2] ?? 'S') as 'S'
const p = generateProject(size)
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const options = {
  format: 'pdf',
  language: 'en',
  isSummary: false,
  chapters: null,
  paperSize: 'A4',
} as const
let c = cpu()
const lap = (label: string) => {
  const n = cpu()
  console.log(label, (n - c).toFixed(0), 'ms cpu')
  c = n
}
const model = buildReportModel(p, options)
lap('model')
const def = toPdfDefinition(model, { paperSize: 'A4' })
lap('toPdfDefinition')
if (process.argv[3] !== 'nopdf') {
  const pdf = await renderPdf(def)
  lap('renderPdf ' + pdf.bytes.length + ' pages ' + pdf.pages)
}
