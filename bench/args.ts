/** The command line of `npm run bench`. */
export type BenchCommand =
  | { readonly kind: 'run'; readonly isQuick: boolean; readonly seed: number | null }
  | { readonly kind: 'write-fixtures'; readonly dir: string; readonly seed: number | null }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string }

export const USAGE = `Usage: npm run bench -- [options]

Measures Loyalty Workshop at workshop and portfolio scale (S: 30 initiatives, 6 raters;
M: 300 x 15; L: 2,000 x 25) and prints a table with targets; writes bench/results.json.

Options:
  --quick                 S only, one run each: proves that the bench works (for CI)
  --write-fixtures DIR    write the synthetic S, M and L projects as project files into DIR and stop
  --seed N                generate the projects from another seed (default: the fixed one)
  -h, --help              show this help`

/** Reads the bench's arguments; anything unknown is a usage error (exit code 2). */
export function parseArgs(args: readonly string[]): BenchCommand {
  let isQuick = false
  let dir: string | null = null
  let seed: number | null = null
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '-h' || arg === '--help') return { kind: 'help' }
    if (arg === '--quick') {
      isQuick = true
    } else if (arg === '--write-fixtures' || arg === '--seed') {
      const value = args[++i]
      if (value === undefined || value.startsWith('--')) {
        return { kind: 'usage-error', message: `${arg} needs a value` }
      }
      if (arg === '--write-fixtures') {
        dir = value
      } else {
        if (!/^\d{1,9}$/.test(value)) {
          return { kind: 'usage-error', message: `--seed must be a whole number, not "${value}"` }
        }
        seed = Number(value)
      }
    } else {
      return { kind: 'usage-error', message: `unknown argument "${arg}"` }
    }
  }
  if (dir !== null) {
    if (isQuick)
      return { kind: 'usage-error', message: '--write-fixtures and --quick do not go together' }
    return { kind: 'write-fixtures', dir, seed }
  }
  return { kind: 'run', isQuick, seed }
}
