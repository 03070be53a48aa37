import { describe, expect, it } from 'vitest'
import { projectPathFromArgv } from '../../../../electron/main/open-file'

describe('opening a project the app was started with', () => {
  it('finds the project file double-clicked in the file manager', () => {
    expect(
      projectPathFromArgv(
        ['/opt/lw/loyalty-workshop', '/home/anna/Kunde A.loyalty.json'],
        '/home/anna',
      ),
    ).toBe('/home/anna/Kunde A.loyalty.json')
  })

  it('skips switches and the entry script in development', () => {
    expect(
      projectPathFromArgv(
        [
          '/usr/bin/electron',
          'out/main/index.js',
          '--no-sandbox',
          '--lang=de',
          'workshop.LOYALTY.JSON',
        ],
        '/home/anna/projects',
      ),
    ).toBe('/home/anna/projects/workshop.LOYALTY.JSON')
  })

  it('ignores files that are not projects, and a plain start', () => {
    expect(
      projectPathFromArgv(['/opt/lw/loyalty-workshop', '/etc/passwd', 'notes.json'], '/'),
    ).toBeNull()
    expect(projectPathFromArgv(['/opt/lw/loyalty-workshop'], '/')).toBeNull()
    expect(projectPathFromArgv([], '/')).toBeNull()
  })

  it('does not take the executable itself for a project', () => {
    expect(projectPathFromArgv(['/tmp/trick.loyalty.json'], '/')).toBeNull()
  })
})
