import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BenchContext } from './context'
import type { BenchSize } from './generate'
import { unavailable, type Figure } from './report'
import type { ChildReport, ChildStep } from './services-protocol'

const TARGET_MB = 500

/** What a run of the services child showed, also when it was stopped before the end. */
export interface ChildRun {
  readonly reports: readonly ChildReport[]
  /** Peak resident memory seen, in megabytes (from the child's own report or /proc). */
  readonly peakMB: number
  /** The step that was still running when the time limit stopped the child, or null. */
  readonly stoppedIn: ChildStep | null
  readonly error: string | null
}

/** The peak resident memory of a running process from /proc (Linux), in megabytes; 0 elsewhere. */
async function peakFromProc(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${String(pid)}/status`, 'utf8')
    const match = /VmHWM:\s+(\d+) kB/.exec(status)
    return match ? Number(match[1]) / 1024 : 0
  } catch {
    return 0
  }
}

/**
 * Runs the services child on a project file through the given steps, with a time limit. The
 * peak memory is read from /proc while it runs, so that a step stopped half-way still counts.
 */
export function runServicesChild(
  ctx: BenchContext,
  root: string,
  file: string,
  steps: readonly ChildStep[],
  timeoutMs: number,
): Promise<ChildRun> {
  const script = join(root, 'bench/services-child.ts')
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, file, ctx.dir, steps.join(',')],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const reports: ChildReport[] = []
  let peakMB = 0
  let stderr = ''
  let buffered = ''
  let isStopped = false
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines.filter((l) => l.trim() !== '')) {
      const parsed = JSON.parse(line) as ChildReport
      reports.push(parsed)
      peakMB = Math.max(peakMB, parsed.maxRssMB)
      if (parsed.step !== 'loaded')
        ctx.log(
          `    services child: ${parsed.step} ${parsed.ms.toFixed(0)} ms, peak ${parsed.maxRssMB.toFixed(0)} MB`,
        )
    }
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  const poll = setInterval(() => {
    if (child.pid !== undefined)
      void peakFromProc(child.pid).then((mb) => (peakMB = Math.max(peakMB, mb)))
  }, 250)
  const limit = setTimeout(() => {
    isStopped = true
    child.kill('SIGKILL')
  }, timeoutMs)
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll)
      clearTimeout(limit)
      const done = new Set(reports.map((r) => r.step))
      const stoppedIn = isStopped ? (steps.find((step) => !done.has(step)) ?? null) : null
      const failed =
        !isStopped && code !== 0
          ? (stderr.trim().split('\n').at(-1) ?? `exit ${String(code)}`)
          : null
      resolve({ reports, peakMB, stoppedIn, error: failed })
    })
  })
}

/** The memory figures of a services child run at one size. */
export function recordMemory(
  ctx: BenchContext,
  size: BenchSize,
  run: ChildRun,
  timeoutMs: number,
): void {
  const base = { section: 'Memory', size, unit: 'MB' } as const
  const loaded = run.reports.find((r) => r.step === 'loaded')
  if (loaded) {
    ctx.record({
      ...base,
      name: 'Services process after loading its modules',
      value: loaded.maxRssMB,
      note: 'includes the TypeScript loader',
    })
  }
  const afterSave = run.reports.find((r) => r.step === 'save')
  if (afterSave)
    ctx.record({
      ...base,
      name: 'Peak RSS after open, rank, re-rank, save',
      value: afterSave.maxRssMB,
    })
  const peak: Omit<Figure, 'value' | 'note'> = {
    ...base,
    name: 'Peak RSS of the services process (incl. exports)',
    ...(size === 'L' ? { target: TARGET_MB } : {}),
  }
  if (run.error) {
    ctx.record(unavailable(peak, `the services child failed: ${run.error}`))
  } else if (run.stoppedIn) {
    ctx.record(
      unavailable(
        peak,
        `at least ${run.peakMB.toFixed(0)} MB; stopped in ${run.stoppedIn} after the ${(timeoutMs / 1000).toFixed(0)} s limit`,
      ),
    )
  } else {
    ctx.record({ ...peak, value: run.peakMB, note: 'process.resourceUsage().maxRSS' })
  }
}
