/**
 * Writes the example projects to resources/examples/: each is validated with the Project schema,
 * checked for references that point at nothing, serialised like the app saves a file, and read
 * back through the app's load pipeline before it is written.
 *
 *   npx tsx scripts/examples/write.ts
 */
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { Project } from '../../shared/domain/index'
import type { Project as ProjectData } from '../../shared/domain/index'
import { loadProjectFile, serialiseProject } from '../../shared/project-file/index'
import { danglingReferences } from './integrity'
import { MERIDALE_EN } from './meridale-en'
import { RADHAUS_DE } from './radhaus-de'

const EXAMPLES: Readonly<Record<string, ProjectData>> = {
  'radhaus-brenner': RADHAUS_DE,
  'meridale-facilities': MERIDALE_EN,
}

const root = new URL('../../', import.meta.url)

async function savedWith(): Promise<string> {
  const text = await readFile(new URL('package.json', root), 'utf8')
  const pkg = JSON.parse(text) as { name: string; version: string }
  return `${pkg.name} ${pkg.version}`
}

/** The file text of one example, or the reasons it is not a valid project. */
function fileText(name: string, project: ProjectData, writer: string): string {
  const parsed = Project.safeParse(project)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`${name} does not match the Project schema:\n  ${issues.join('\n  ')}`)
  }
  const dangling = danglingReferences(parsed.data)
  if (dangling.length > 0) {
    throw new Error(`${name} has references to nothing:\n  ${dangling.join('\n  ')}`)
  }
  const text = serialiseProject(parsed.data, writer)
  const reread = loadProjectFile(text)
  if (!reread.ok) throw new Error(`${name} does not load back: ${reread.error.message}`)
  return text
}

async function main(): Promise<void> {
  const writer = await savedWith()
  for (const [name, project] of Object.entries(EXAMPLES)) {
    const target = new URL(`resources/examples/${name}.loyalty.json`, root)
    const text = fileText(name, project, writer)
    await writeFile(target, text, 'utf8')
    console.log(`${fileURLToPath(target)}: ${project.initiatives.length} initiatives`)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
