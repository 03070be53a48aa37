import { createRequire } from 'node:module'
import type * as ResvgTypes from '@resvg/resvg-js'
import {
  fontSafe,
  PDF_FONT,
  type ChartBlock,
  type ChartPng,
  type ReportModel,
} from '../../../shared/report'
import type { ReportFonts } from './report-fonts'

type ResvgModule = typeof ResvgTypes

/**
 * Word shows a chart as wide as the text column (6.7 in on A4, 960 CSS pixels drawn at 642):
 * 1.5 times the chart's own size gives about 215 dpi there, sharp in print, and needs half the
 * pixels of twice the size, which is what rasterising and packing the Word file spend most time on.
 */
export const CHART_SCALE = 1.5

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
 * Rasterises every chart of the model to PNG at CHART_SCALE, off the main thread, with the
 * document font only: the PDF draws its charts with the same font, and looking up the system's
 * fonts for every chart took longer than drawing it. Characters the font lacks become "?" as in
 * the PDF. A chart the rasteriser cannot draw is left out, and the document keeps its caption.
 */
export async function rasteriseCharts(
  model: ReportModel,
  fonts: ReportFonts,
): Promise<Map<string, ChartPng>> {
  const { renderAsync } = resvgModule()
  const font = {
    loadSystemFonts: false,
    fontFiles: Object.values(fonts.paths),
    defaultFontFamily: PDF_FONT,
    sansSerifFamily: PDF_FONT,
  }
  const rendered = await Promise.all(
    chartsOf(model).map(async (chart) => {
      try {
        const image = await renderAsync(fontSafe(chart.svg, fonts.canDraw), {
          fitTo: { mode: 'zoom', value: CHART_SCALE },
          background: '#ffffff',
          font,
          logLevel: 'off',
        })
        const png = image.asPng()
        const data = new Uint8Array(png.buffer, png.byteOffset, png.byteLength)
        return [chart.id, { data }] as const
      } catch (error) {
        console.warn(`Chart ${chart.id} could not be rasterised for Word:`, error)
        return null
      }
    }),
  )
  return new Map(rendered.filter((entry) => entry !== null))
}
