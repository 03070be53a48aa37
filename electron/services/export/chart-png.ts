import { createRequire } from 'node:module'
import type * as ResvgTypes from '@resvg/resvg-js'
import type { ChartBlock, ChartPng, ReportModel } from '../../../shared/report'

type ResvgModule = typeof ResvgTypes

/** Word shows pictures at 96 dpi; twice that keeps chart lines and labels crisp when printed. */
const SCALE = 2

let resvg: ResvgModule | null = null

function resvgModule(): ResvgModule {
  // @resvg/resvg-js is a CommonJS native addon; loaded lazily so PDF-only exports never load it.
  resvg ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule
  return resvg
}

function chartsOf(model: ReportModel): ChartBlock[] {
  return model.chapters.flatMap((chapter) =>
    chapter.blocks.filter((block): block is ChartBlock => block.kind === 'chart'),
  )
}

/**
 * Rasterises every chart of the model to PNG at twice its size, off the main thread. A chart the
 * rasteriser cannot draw is left out, and the document keeps its caption.
 */
export async function rasteriseCharts(model: ReportModel): Promise<Map<string, ChartPng>> {
  const { renderAsync } = resvgModule()
  const charts = chartsOf(model)
  const rendered = await Promise.all(
    charts.map(async (chart) => {
      try {
        const image = await renderAsync(chart.svg, {
          fitTo: { mode: 'zoom', value: SCALE },
          background: '#ffffff',
          font: { loadSystemFonts: true, sansSerifFamily: 'Arial' },
          logLevel: 'off',
        })
        return [chart.id, { data: new Uint8Array(image.asPng()) }] as const
      } catch (error) {
        console.warn(`Chart ${chart.id} could not be rasterised for Word:`, error)
        return null
      }
    }),
  )
  return new Map(rendered.filter((entry) => entry !== null))
}
