/**
 * The services process of the memory measurement: opens a project file, ranks, changes a
 * rating and ranks again, saves, and exports, as the main process does in a workshop. Prints
 * one JSON line per step with its time and the peak resident memory so far.
 *
 *   node --import tsx bench/services-child.ts <project file> <work dir> <step,step,...>
 */
import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SAVED_WITH } from '../electron/services/app-info'
import { exportDocument } from '../electron/services/export'
import { nodeFileSystem } from '../electron/services/file-system'
import { systemClock } from '../electron/services/ports'
import { createProjectStore } from '../electron/services/project-store'
import type { ExportOptions } from '../shared/api'
import { rankInitiatives, setRating, type Project } from '../shared/domain'
import type { ChildReport, ChildStep } from './services-protocol'

const maxRssMB = () => process.resourceUsage().maxRSS / 1024

function report(step: ChildReport['step'], ms: number, cpuMs: number): void {
  const line: ChildReport = { step, ms, cpuMs, maxRssMB: maxRssMB() }
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

function exportOptions(project: Project, step: ChildStep): ExportOptions {
  return {
    format: step.startsWith('pdf') ? 'pdf' : 'docx',
    language: project.meta.language,
    isSummary: step.endsWith('summary'),
    chapters: null,
    paperSize: 'A4',
  }
}

async function main(): Promise<void> {
  const [file, workDir, steps] = process.argv.slice(2)
  if (!file || !workDir || !steps)
    throw new Error('usage: services-child <file> <work dir> <steps>')
  report('loaded', 0, 0)
  const store = createProjectStore({
    fs: nodeFileSystem,
    clock: systemClock,
    savedWith: SAVED_WITH,
  })
  const savePath = join(workDir, 'services-child.loyalty.json')
  await copyFile(file, savePath)
  let project: Project | null = null
  for (const step of steps.split(',') as ChildStep[]) {
    const start = performance.now()
    const cpu = process.cpuUsage()
    if (step === 'open') project = (await store.open(savePath)).project
    if (!project) throw new Error(`step ${step} needs the project opened first`)
    const opened: Project = project
    if (step === 'rank') rankInitiatives(opened)
    if (step === 'rerank-one-rating') {
      const [initiative] = opened.initiatives
      const [participant] = opened.participants
      if (initiative && participant) {
        project = setRating(opened, {
          initiativeId: initiative.id,
          participantId: participant.id,
          criterionIndex: 0,
          value: 3,
        })
        rankInitiatives(project)
      }
    }
    if (step === 'save') await store.save(savePath, opened, { expectedFingerprint: null })
    if (step.includes('-full') || step.includes('-summary')) {
      const options = exportOptions(opened, step)
      await exportDocument(
        opened,
        options,
        join(workDir, `services-child-${step}.${options.format}`),
        nodeFileSystem,
      )
    }
    const used = process.cpuUsage(cpu)
    report(step, performance.now() - start, (used.user + used.system) / 1000)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
