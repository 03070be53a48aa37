import { Packer } from 'docx'
import { generateProject } from '/work/main/bench/generate'
import { buildReportModel, toDocxDocument, toPdfDefinition } from '/work/main/shared/report'
import { rasteriseCharts } from '/work/main/electron/services/export/chart-png'
import { renderPdf } from '/work/main/electron/services/export/pdf-renderer'
const p = generateProject((process.argv[2] ?? 'S') as 'S')
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
for (let k = 0; k < 2; k++) {
  const options = {
    format: 'docx',
    language: 'en',
    isSummary: false,
    chapters: null,
    paperSize: 'A4',
  } as const
  let c = cpu()
  const lap = (label: string) => {
    const n = cpu()
    console.log(k, label, (n - c).toFixed(0), 'ms cpu')
    c = n
  }
  const model = buildReportModel(p, options)
  lap('model')
  const png = await rasteriseCharts(model)
  lap(`rasterise ${png.size} charts`)
  const doc = toDocxDocument(model, { chartPng: png, paperSize: 'A4' })
  lap('toDocxDocument')
  const buf = await Packer.toBuffer(doc)
  lap('Packer.toBuffer ' + buf.length)
  const def = toPdfDefinition(model, { paperSize: 'A4' })
  lap('toPdfDefinition')
  const pdf = await renderPdf(def)
  lap('renderPdf ' + pdf.bytes.length)
}
