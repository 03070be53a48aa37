import { Option, type Command } from 'commander'
import { basename, dirname, join, resolve } from 'node:path'
import type { ChapterId, ExportOptions } from '../../../shared/api'
import { ChapterId as ChapterIdSchema } from '../../../shared/api'
import type { Language } from '../../../shared/domain'
import { PROJECT_FILE_SUFFIX } from '../../../shared/project-file'
import { exportDocument } from '../../services/export'
import { StorageError } from '../../services/storage-error'
import { EXIT, type CliContext } from '../context'

interface ExportCliOptions {
  readonly format: 'docx' | 'pdf'
  readonly lang?: Language
  readonly summary?: boolean
  readonly out?: string
  readonly paper: 'a4' | 'letter'
  readonly chapters?: string
}

/** The default output next to the input: `workshop.loyalty.json` -> `workshop-de.pdf`. */
export function defaultExportPath(
  input: string,
  options: Pick<ExportOptions, 'format' | 'language' | 'isSummary'>,
): string {
  const name = basename(input)
  const suffix = [PROJECT_FILE_SUFFIX, '.json'].find((s) => name.toLowerCase().endsWith(s))
  const stem = suffix ? name.slice(0, -suffix.length) : name
  const summary = options.isSummary ? '-summary' : ''
  return join(dirname(input), `${stem}${summary}-${options.language}.${options.format}`)
}

/** Reads `--chapters a,b,c`; null for every chapter, or the names that are not chapters. */
function parseChapters(text: string | undefined): {
  chapters: ChapterId[] | null
  unknown: string[]
} {
  if (text === undefined) return { chapters: null, unknown: [] }
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  const unknown = names.filter((name) => !ChapterIdSchema.safeParse(name).success)
  return { chapters: names.filter((name): name is ChapterId => !unknown.includes(name)), unknown }
}

async function exportFile(
  context: CliContext,
  file: string,
  cli: ExportCliOptions,
): Promise<number> {
  const { chapters, unknown } = parseChapters(cli.chapters)
  if (unknown.length > 0) {
    context.stderr(
      `error: unknown chapter ${unknown.join(', ')}; use ${ChapterIdSchema.options.join(', ')}.\n`,
    )
    return EXIT.usage
  }
  const input = resolve(context.cwd, file)
  let project
  try {
    project = (await context.store.read(input)).project
  } catch (error) {
    if (!(error instanceof StorageError)) throw error
    context.stderr(`invalid ${file}: ${error.message}\n`)
    return EXIT.invalidFile
  }
  const options: ExportOptions = {
    format: cli.format,
    language: cli.lang ?? project.meta.language,
    isSummary: cli.summary === true,
    chapters,
    paperSize: cli.paper === 'letter' ? 'LETTER' : 'A4',
  }
  const out =
    cli.out === undefined ? defaultExportPath(input, options) : resolve(context.cwd, cli.out)
  try {
    const done = await exportDocument(project, options, out, context.fs)
    const pages = done.pages === null ? '' : `, ${done.pages} pages`
    context.stdout(`exported ${out} (${done.bytes} bytes${pages})\n`)
    return EXIT.ok
  } catch (error) {
    if (!(error instanceof StorageError)) throw error
    context.stderr(`error: ${error.message}\n`)
    return EXIT.invalidFile
  }
}

/** `export <file> --format docx|pdf [--lang] [--summary] [--out] [--paper] [--chapters]`. */
export function registerExportCommand(program: Command, context: CliContext): void {
  program
    .command('export')
    .description('Write the strategy document of a project as Word (.docx) or PDF.')
    .argument('<file>', `the project file, e.g. workshop${PROJECT_FILE_SUFFIX}`)
    .addOption(
      new Option('--format <format>', 'docx or pdf').choices(['docx', 'pdf']).makeOptionMandatory(),
    )
    .addOption(
      new Option('--lang <language>', 'document language (default: the project language)').choices([
        'de',
        'en',
      ]),
    )
    .option('--summary', 'the 2-3 page management summary instead of the full document')
    .option(
      '--out <path>',
      'where to write (default: next to the project file, e.g. workshop-de.pdf)',
    )
    .addOption(
      new Option('--paper <size>', 'PDF paper size').choices(['a4', 'letter']).default('a4'),
    )
    .option(
      '--chapters <list>',
      `only these chapters, comma-separated: ${ChapterIdSchema.options.join(', ')}`,
    )
    .addHelpText(
      'after',
      `
Exit codes:
  0  the document was written
  1  the project file is invalid, or the document could not be written (the message says why)
  2  usage error, e.g. a missing --format or an unknown language`,
    )
    .action(async (file: string, options: ExportCliOptions) => {
      context.exitCode = await exportFile(context, file, options)
    })
}
