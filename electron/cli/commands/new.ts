import { Option, type Command } from 'commander'
import { basename, resolve } from 'node:path'
import { Project, createProject } from '../../../shared/domain'
import { PROJECT_FILE_SUFFIX } from '../../../shared/project-file'
import { errnoCode } from '../../services/file-system'
import { localIsoDate } from '../../services/local-date'
import { StorageError } from '../../services/storage-error'
import { EXIT, type CliContext } from '../context'

interface NewOptions {
  readonly lang: 'de' | 'en'
  readonly title?: string
  readonly force?: boolean
}

/** The title of a new project when none is given: the file's name without its suffix. */
function titleFromFileName(path: string): string {
  const name = basename(path)
  for (const suffix of [PROJECT_FILE_SUFFIX, '.json']) {
    if (name.toLowerCase().endsWith(suffix)) return name.slice(0, -suffix.length)
  }
  return name
}

async function exists(context: CliContext, path: string): Promise<boolean> {
  try {
    await context.fs.stat(path)
    return true
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false
    throw error
  }
}

async function createProjectFile(context: CliContext, file: string, options: NewOptions) {
  const path = resolve(context.cwd, file)
  const project = Project.safeParse(
    createProject({
      language: options.lang,
      title: options.title ?? titleFromFileName(path),
      date: localIsoDate(context.clock.now()),
    }),
  )
  if (!project.success) {
    context.stderr(`error: the title is too long (at most 500 characters).\n`)
    return EXIT.usage
  }
  if (options.force !== true && (await exists(context, path))) {
    context.stderr(
      `error: ${file} already exists. Choose another name, or pass --force to replace it (the old file is kept as ${basename(path)}.bak).\n`,
    )
    return EXIT.usage
  }
  try {
    await context.store.save(path, project.data, { expectedFingerprint: null })
  } catch (error) {
    if (!(error instanceof StorageError)) throw error
    context.stderr(
      `error: ${error.message.replace(/; your changes are still open in the app\.$/, '.')}\n`,
    )
    return EXIT.invalidFile
  }
  context.stdout(`created ${file}\n`)
  return EXIT.ok
}

/** `new <file> [--lang de|en] [--title T] [--force]`: creates an empty project file. */
export function registerNewCommand(program: Command, context: CliContext): void {
  program
    .command('new')
    .description('Create a new, empty project file.')
    .argument('<file>', `the file to create, e.g. workshop${PROJECT_FILE_SUFFIX}`)
    .addOption(
      new Option('--lang <language>', 'the project language, used for criteria and exports')
        .choices(['de', 'en'])
        .default('en'),
    )
    .option('--title <title>', 'the project title (default: the file name)')
    .option('--force', 'replace an existing file; the old one is kept as <file>.bak')
    .action(async (file: string, options: NewOptions) => {
      context.exitCode = await createProjectFile(context, file, options)
    })
}
