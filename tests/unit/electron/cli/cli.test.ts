import { execFile } from 'node:child_process'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../../electron/cli/program'
import { nodeFileSystem } from '../../../../electron/services/file-system'
import { fixedClock, tempDir } from '../services/fixtures'

const repo = join(import.meta.dirname, '../../../..')

/** Runs the CLI in this process with captured output, as `loyalty-workshop <args>` in `cwd`. */
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

describe('loyalty-workshop new', () => {
  it('creates a valid project in the chosen language with the given title', async () => {
    const dir = await tempDir()
    const result = await cli(
      dir,
      'new',
      'workshop.loyalty.json',
      '--lang',
      'de',
      '--title',
      'Kundenbindung Süd',
    )
    expect(result).toEqual({ code: 0, stdout: 'created workshop.loyalty.json\n', stderr: '' })
    const file = JSON.parse(await readFile(join(dir, 'workshop.loyalty.json'), 'utf8')) as {
      project: { meta: unknown; criteria: { name: string }[] }
    }
    expect(file.project.meta).toEqual({
      title: 'Kundenbindung Süd',
      organisation: '',
      facilitator: '',
      date: '2026-01-05',
      language: 'de',
      logo: null,
    })
    expect(file.project.criteria[0]?.name).toBe('Wirkung auf Kundenloyalität')
    expect(await cli(dir, 'validate', 'workshop.loyalty.json')).toMatchObject({
      code: 0,
      stdout: 'ok workshop.loyalty.json\n',
    })
  })

  it('takes the title from the file name and English by default', async () => {
    const dir = await tempDir()
    expect((await cli(dir, 'new', 'Spring Offsite.loyalty.json')).code).toBe(0)
    const file = JSON.parse(await readFile(join(dir, 'Spring Offsite.loyalty.json'), 'utf8')) as {
      project: { meta: { title: string; language: string } }
    }
    expect(file.project.meta).toMatchObject({ title: 'Spring Offsite', language: 'en' })
  })

  it('refuses to overwrite an existing file unless --force, and then keeps a backup', async () => {
    const dir = await tempDir()
    const path = join(dir, 'plan.loyalty.json')
    await writeFile(path, 'important notes')
    const refused = await cli(dir, 'new', 'plan.loyalty.json')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/plan\.loyalty\.json already exists.*--force/)
    expect(await readFile(path, 'utf8')).toBe('important notes')
    expect((await cli(dir, 'new', 'plan.loyalty.json', '--force')).code).toBe(0)
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('important notes')
  })

  it('says when the folder does not exist', async () => {
    const dir = await tempDir()
    const result = await cli(dir, 'new', 'missing/plan.loyalty.json')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/folder of "plan\.loyalty\.json" no longer exists/)
  })
})

describe('loyalty-workshop validate', () => {
  it('reports a truncated copy with the reason, exit 1, and leaves it byte-identical', async () => {
    const dir = await tempDir()
    await cli(dir, 'new', 'good.loyalty.json')
    const good = await readFile(join(dir, 'good.loyalty.json'))
    await writeFile(join(dir, 'cut.loyalty.json'), good.subarray(0, 1500))
    const before = await stat(join(dir, 'cut.loyalty.json'))
    const result = await cli(dir, 'validate', 'good.loyalty.json', 'cut.loyalty.json')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('ok good.loyalty.json\n')
    expect(result.stderr).toMatch(
      /^invalid cut\.loyalty\.json: Cannot open "cut\.loyalty\.json"\. The file is not valid JSON: it ends too early/,
    )
    expect(await readFile(join(dir, 'cut.loyalty.json'))).toEqual(good.subarray(0, 1500))
    expect((await stat(join(dir, 'cut.loyalty.json'))).mtimeMs).toBe(before.mtimeMs)
  })

  it('names the bad field of an invalid project', async () => {
    const dir = await tempDir()
    await cli(dir, 'new', 'plan.loyalty.json')
    const text = (await readFile(join(dir, 'plan.loyalty.json'), 'utf8')).replace(
      '"language": "en"',
      '"language": "fr"',
    )
    await writeFile(join(dir, 'plan.loyalty.json'), text)
    const result = await cli(dir, 'validate', 'plan.loyalty.json')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/meta\.language: /)
  })

  it('says a missing file is missing', async () => {
    const result = await cli(await tempDir(), 'validate', 'nowhere.loyalty.json')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/"nowhere\.loyalty\.json" was not found/)
  })

  it('accepts the example projects', async () => {
    const result = await cli(
      repo,
      'validate',
      'resources/examples/meridale-facilities.loyalty.json',
      'resources/examples/radhaus-brenner.loyalty.json',
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })
})

describe('usage', () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['new']],
    [['new', 'x.loyalty.json', '--lang', 'fr']],
    [['new', 'x.loyalty.json', '--colour', 'blue']],
    [['new', 'a.loyalty.json', 'b.loyalty.json']],
    [['validate']],
    [['validate', '--strict', 'x.loyalty.json']],
  ])('%j is a usage error: exit 2 with a message, nothing written', async (args) => {
    const dir = await tempDir()
    const result = await cli(dir, ...args)
    expect(result.code).toBe(2)
    expect(result.stderr).not.toBe('')
    await expect(stat(join(dir, 'x.loyalty.json'))).rejects.toThrow()
  })

  it('--help documents every command and the exit codes', async () => {
    const result = await cli(await tempDir(), '--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/new \[options\] <file>/)
    expect(result.stdout).toMatch(/validate <file\.\.\.>/)
    expect(result.stdout).toMatch(/2 {2}usage error/)
    const help = await cli(await tempDir(), 'new', '--help')
    expect(help.stdout).toMatch(/--lang <language>.*\n.*choices: "de", "en"/)
    expect(help.stdout).toMatch(/--force/)
  })

  it('--version prints the version', async () => {
    expect(await cli(await tempDir(), '--version')).toEqual({
      code: 0,
      stdout: '0.1.0\n',
      stderr: '',
    })
  })

  it('the process exits with the code, as a shell sees it', async () => {
    const dir = await tempDir()
    const run = (...args: string[]) =>
      promisify(execFile)(
        join(repo, 'node_modules/.bin/tsx'),
        [join(repo, 'electron/cli/index.ts'), ...args],
        { cwd: dir },
      ).then(
        () => 0,
        (error: unknown) => (error as { code: number }).code,
      )
    expect(await run('new', 'p.loyalty.json')).toBe(0)
    await writeFile(join(dir, 'bad.loyalty.json'), '{')
    expect(await run('validate', 'bad.loyalty.json')).toBe(1)
    expect(await run('--bogus')).toBe(2)
  })
})
