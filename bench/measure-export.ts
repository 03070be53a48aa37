import { join } from 'node:path'
import { exportDocument } from '../electron/services/export'
import { nodeFileSystem } from '../electron/services/file-system'
import type { ExportOptions } from '../shared/api'
import type { Project } from '../shared/domain'
import { runsFor, type BenchContext } from './context'
import type { BenchSize } from './generate'
import { fromSample, unavailable } from './report'
import type { ChildRun } from './measure-memory'
import { measure } from './stats'

const RUNS = { S: 5, M: 2, L: 1 } as const
/** A long export is measured fewer times: once past this, no further run is started. */
const BUDGET_MS = { S: 8_000, M: 20_000, L: 1 } as const
const TARGETS_AT_S = { docx: 1000, pdf: 2000 } as const

/** Summaries first: the first export of a process loads the PDF and chart libraries. */
const VARIANTS = [
  { format: 'docx', isSummary: true },
  { format: 'pdf', isSummary: true },
  { format: 'docx', isSummary: false },
  { format: 'pdf', isSummary: false },
] as const

/**
 * The strategy document at one size, in Word and PDF, full and summary, through the real
 * exporter: report model, document, packing, and the durable write of the file.
 */
export async function measureExport(ctx: BenchContext, size: BenchSize, project: Project) {
  for (const { format, isSummary } of VARIANTS) {
    const options: ExportOptions = {
      format,
      language: project.meta.language,
      isSummary,
      chapters: null,
      paperSize: 'A4',
    }
    const path = join(ctx.dir, `export-${size}${isSummary ? '-summary' : ''}.${format}`)
    const base = {
      section: 'Export' as const,
      name: `${format === 'docx' ? 'Word' : 'PDF'} ${isSummary ? 'summary' : 'full document'}`,
      size,
      unit: 'ms' as const,
      ...(size === 'S' && !isSummary ? { target: TARGETS_AT_S[format] } : {}),
    }
    try {
      const sample = await measure(() => exportDocument(project, options, path, nodeFileSystem), {
        runs: runsFor(ctx, size, RUNS),
        budgetMs: BUDGET_MS[size],
      })
      const note = sample.runs === 1 && !ctx.isQuick ? 'measured once (long)' : undefined
      ctx.record(fromSample({ ...base, ...(note ? { note } : {}) }, sample))
    } catch (error) {
      ctx.record(
        unavailable(
          base,
          `export failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
    }
  }
}

const CHILD_EXPORTS = [
  ['docx-full', 'Word full document'],
  ['pdf-full', 'PDF full document'],
  ['docx-summary', 'Word summary'],
  ['pdf-summary', 'PDF summary'],
] as const

/**
 * Export figures from a run of the services child (M and L, where one export can take minutes
 * on a busy machine): each measured once, or why it is missing.
 */
export function recordChildExports(
  ctx: BenchContext,
  size: BenchSize,
  run: ChildRun,
  limitMs: number,
) {
  for (const [step, name] of CHILD_EXPORTS) {
    const base = { section: 'Export' as const, name, size, unit: 'ms' as const }
    const report = run.reports.find((r) => r.step === step)
    if (report) {
      ctx.record({
        ...base,
        value: report.ms,
        runs: 1,
        cpu: report.cpuMs,
        note: 'measured once, in a services process',
      })
    } else if (run.error) {
      ctx.record(unavailable(base, `the services process failed: ${run.error}`))
    } else if (run.stoppedIn === step) {
      ctx.record(
        unavailable(base, `did not finish within the ${(limitMs / 1000).toFixed(0)} s limit`),
      )
    } else {
      ctx.record(
        unavailable(
          base,
          `not reached: the ${(limitMs / 1000).toFixed(0)} s limit ran out in ${run.stoppedIn ?? 'an earlier step'}`,
        ),
      )
    }
  }
}
