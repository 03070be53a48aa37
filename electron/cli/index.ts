import { runCli } from './program'

// A reader that stops early (`loyalty-workshop --help | head`) closes the pipe; that is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}

void runCli(process.argv).then((code) => {
  process.exitCode = code
})
