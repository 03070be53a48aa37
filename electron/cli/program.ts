import { Command, CommanderError } from 'commander'
import { APP_VERSION } from '../services/app-info'
import { registerExportCommand } from './commands/export'
import { registerNewCommand } from './commands/new'
import { registerValidateCommand } from './commands/validate'
import { EXIT, createCliContext, processIo, type CliContext, type CliIo } from './context'

const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  a project file is invalid, or reading or writing it failed (the message says why)
  2  usage error: unknown command or option, missing or wrong argument`

/**
 * The `loyalty-workshop` command line. Each command lives in commands/<name>.ts and is registered
 * here; a command sets `context.exitCode`. Commander never exits the process itself.
 */
export function createProgram(context: CliContext): Command {
  const program = new Command('loyalty-workshop')
  // Set before adding commands: subcommands inherit both settings.
  program.exitOverride()
  program.configureOutput({ writeOut: context.stdout, writeErr: context.stderr })
  program
    .description('Create, check and export Loyalty Workshop project files (*.loyalty.json).')
    .version(APP_VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .showHelpAfterError('(run "loyalty-workshop --help" to see the commands and options)')
    .addHelpText('after', EXIT_CODES_HELP)
  registerNewCommand(program, context)
  registerValidateCommand(program, context)
  registerExportCommand(program, context)
  return program
}

/** Runs the command line and answers with the exit code; never exits the process itself. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const context = createCliContext(io)
  const program = createProgram(context)
  try {
    await program.parseAsync([...argv])
    return context.exitCode
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT.invalidFile
  }
}
