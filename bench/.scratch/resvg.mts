import { createRequire } from 'node:module'
import { generateProject } from '../generate'
import { buildReportModel } from '../../shared/report'
const { renderAsync, Resvg } = createRequire(import.meta.url)('@resvg/resvg-js')
const model = buildReportModel(generateProject('S'), {
  format: 'docx',
  language: 'en',
  isSummary: false,
  chapters: null,
  paperSize: 'A4',
})
const charts = model.chapters.flatMap((c: any) => c.blocks.filter((b: any) => b.kind === 'chart'))
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
for (const [label, font] of [
  ['system fonts', { loadSystemFonts: true, sansSerifFamily: 'Arial' }],
  [
    'one font file',
    {
      loadSystemFonts: false,
      fontFiles: [
        '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
        '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
      ],
      defaultFontFamily: 'Liberation Sans',
      sansSerifFamily: 'Liberation Sans',
    },
  ],
] as const) {
  for (let k = 0; k < 2; k++) {
    const c = cpu()
    const t = performance.now()
    const out = await Promise.all(
      charts.map((chart: any) =>
        renderAsync(chart.svg, {
          fitTo: { mode: 'zoom', value: 2 },
          background: '#ffffff',
          font,
          logLevel: 'off',
        }),
      ),
    )
    console.log(
      label,
      k,
      'cpu',
      (cpu() - c).toFixed(0),
      'wall',
      (performance.now() - t).toFixed(0),
      out.map((o: any) => o.asPng().length).join(','),
    )
  }
}
