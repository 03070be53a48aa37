import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../../electron/cli/program'
import { nodeFileSystem } from '../../../../electron/services/file-system'
import { createEnvelope } from '../../../../shared/project-file'
import { reportProject } from '../../shared/report/report-fixture'
import { readDocx, readPdf } from '../services/export/read-documents'
import { fixedClock, namesIn, tempDir } from '../services/fixtures'

async function cli(cwd: string, ...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['node', 'loyalty-workshop', ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    fs: nodeFileSystem,
    clock: fixedClock,
  })
  return { code, stdout, stderr }
}

/** A folder with a realistic German project file in it. */
async function workshopFolder(): Promise<string> {
  const dir = await tempDir()
  const envelope = createEnvelope(reportProject('de'), 'Loyalty Workshop test')
  await writeFile(join(dir, 'workshop.loyalty.json'), JSON.stringify(envelope, null, 2))
  return dir
}

describe('loyalty-workshop export', () => {
  it('writes a PDF next to the project in its own language by default', async () => {
    const dir = await workshopFolder()
    const result = await cli(dir, 'export', 'workshop.loyalty.json', '--format', 'pdf')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^exported .*workshop-de\.pdf \(\d+ bytes, \d+ pages\)\n$/)
    const pdf = await readPdf(await readFile(join(dir, 'workshop-de.pdf')))
    expect(pdf.pages.join(' ')).toContain('1. Vision: Fokus und Richtung')
  })

  it('writes an English Word summary where --out says', async () => {
    const dir = await workshopFolder()
    await mkdir(join(dir, 'out'))
    const args = ['--format', 'docx', '--lang', 'en', '--summary', '--out', 'out/summary.docx']
    const result = await cli(dir, 'export', 'workshop.loyalty.json', ...args)
    expect(result.code).toBe(0)
    const { documentXml } = await readDocx(await readFile(join(dir, 'out', 'summary.docx')))
    expect(documentXml).toContain('Management summary')
    expect(documentXml).toContain('Top initiatives')
  })

  it('exits with 1 naming the file when the output folder does not exist', async () => {
    const dir = await workshopFolder()
    const args = ['--format', 'pdf', '--out', 'missing/summary.pdf']
    const result = await cli(dir, 'export', 'workshop.loyalty.json', ...args)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('"summary.pdf" could not be written')
  })

  it('exits with 1 and says why when the project file is broken, writing nothing', async () => {
    const dir = await workshopFolder()
    const broken = (await readFile(join(dir, 'workshop.loyalty.json'), 'utf8')).slice(0, 500)
    await writeFile(join(dir, 'broken.loyalty.json'), broken)
    const result = await cli(dir, 'export', 'broken.loyalty.json', '--format', 'pdf')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^invalid broken\.loyalty\.json: .+/)
    expect(await namesIn(dir)).toEqual(['broken.loyalty.json', 'workshop.loyalty.json'])
    expect(await readFile(join(dir, 'broken.loyalty.json'), 'utf8')).toBe(broken)
  })

  it.each([
    [['export', 'workshop.loyalty.json']],
    [['export', 'workshop.loyalty.json', '--format', 'odt']],
    [['export', 'workshop.loyalty.json', '--format', 'pdf', '--lang', 'fr']],
    [['export', 'workshop.loyalty.json', '--format', 'pdf', '--paper', 'a3']],
    [['export', 'workshop.loyalty.json', '--format', 'pdf', '--chapters', 'vision,appendix']],
    [['export', '--format', 'pdf']],
  ])('exits with 2 on a usage error: %j', async (args) => {
    const dir = await workshopFolder()
    const result = await cli(dir, ...args)
    expect(result.code).toBe(2)
    expect(result.stderr).not.toBe('')
    expect(await namesIn(dir)).toEqual(['workshop.loyalty.json'])
  })

  it('documents its options and exit codes in --help', async () => {
    const result = await cli(await tempDir(), 'export', '--help')
    expect(result.code).toBe(0)
    for (const text of [
      '--format <format>',
      '--lang <language>',
      '--summary',
      '--out <path>',
      '--paper <size>',
      'Exit codes:',
    ]) {
      expect(result.stdout).toContain(text)
    }
  })
})
