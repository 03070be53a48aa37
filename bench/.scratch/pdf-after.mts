import { generateProject } from '../generate'
import * as after from './alt/shared/report'
import { renderPdf } from '../../electron/services/export/pdf-renderer'
const size = (process.argv[2] ?? 'S') as 'S'
const p = generateProject(size)
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
for (const isSummary of [false, true]) {
  const options = {
    format: 'pdf',
    language: 'en',
    isSummary,
    chapters: null,
    paperSize: 'A4',
  } as const
  let c = cpu()
  let t = performance.now()
  const lap = (label: string) => {
    const n = cpu()
    console.log(
      size,
      isSummary ? 'summary' : 'full',
      label,
      (n - c).toFixed(0),
      'ms cpu',
      (performance.now() - t).toFixed(0),
      'ms wall',
      Math.round(process.resourceUsage().maxRSS / 1024),
      'MB',
    )
    c = n
    t = performance.now()
  }
  const model = after.buildReportModel(p, options)
  lap('model')
  const def = after.toPdfDefinition(model, { paperSize: 'A4' })
  lap('definition')
  const pdf = await renderPdf(def)
  lap(`render ${pdf.bytes.length} bytes ${pdf.pages} pages`)
}
