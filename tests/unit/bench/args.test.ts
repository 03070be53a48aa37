import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../../bench/args'

describe('the bench command line', () => {
  it('runs everything without arguments and S only with --quick', () => {
    expect(parseArgs([])).toEqual({ kind: 'run', isQuick: false, seed: null })
    expect(parseArgs(['--quick'])).toEqual({ kind: 'run', isQuick: true, seed: null })
  })

  it('writes fixtures into the given folder, from another seed when asked', () => {
    expect(parseArgs(['--write-fixtures', 'out/fixtures', '--seed', '7'])).toEqual({
      kind: 'write-fixtures',
      dir: 'out/fixtures',
      seed: 7,
    })
  })

  it('refuses unknown arguments and missing values with a message', () => {
    expect(parseArgs(['--fast'])).toEqual({
      kind: 'usage-error',
      message: 'unknown argument "--fast"',
    })
    expect(parseArgs(['--write-fixtures'])).toMatchObject({ kind: 'usage-error' })
    expect(parseArgs(['--seed', 'abc'])).toMatchObject({ kind: 'usage-error' })
  })
})
