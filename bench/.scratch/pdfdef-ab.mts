import { generateProject } from '../generate'
import * as before from '../../shared/report'
import * as after from './alt/shared/report'
const size = (process.argv[2] ?? 'S') as 'S'
const which = process.argv[3] ?? 'both'
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
for (let k = 0; k < 3; k++)
  for (const [label, lib] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (which !== 'both' && which !== label) continue
    const model = lib.buildReportModel(p, options)
    const c = cpu()
    const def = lib.toPdfDefinition(model, { paperSize: 'A4' })
    console.log(size, label, k, (cpu() - c).toFixed(0), 'ms cpu', JSON.stringify(def).length)
  }
