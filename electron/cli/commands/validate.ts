import type { Command } from 'commander'
import { resolve } from 'node:path'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/project-file'
import { StorageError } from '../../services/storage-error'
import { EXIT, type CliContext } from '../context'

/** Checks one file without changing anything on disk; true when it is a valid project. */
async function validateFile(context: CliContext, file: string): Promise<boolean> {
  try {
    const opened = await context.store.read(resolve(context.cwd, file))
    const upgraded =
      opened.fileSchemaVersion < CURRENT_SCHEMA_VERSION
        ? ` (written in schema ${opened.fileSchemaVersion}; the app upgrades it when it saves)`
        : ''
    context.stdout(`ok ${file}${upgraded}\n`)
    return true
  } catch (error) {
    if (!(error instanceof StorageError)) throw error
    context.stderr(`invalid ${file}: ${error.message}\n`)
    return false
  }
}

/** `validate <file...>`: checks project files; exit 1 if any is invalid. */
export function registerValidateCommand(program: Command, context: CliContext): void {
  program
    .command('validate')
    .description('Check project files without changing them; says what is wrong with each.')
    .argument('<file...>', 'one or more project files')
    .action(async (files: string[]) => {
      let isAllValid = true
      for (const file of files) {
        if (!(await validateFile(context, file))) isAllValid = false
      }
      context.exitCode = isAllValid ? EXIT.ok : EXIT.invalidFile
    })
}
