import { describe, expect, it } from 'vitest'
import { CHANNELS, type Channel, type Result } from '../../../../../shared/api'
import { createProject } from '../../../../../shared/domain'
import { tempDir } from '../fixtures'
import { errorOf, openWindow } from './harness'

const project = createProject({ language: 'de', title: 'Test', date: '2026-01-05' })
/** Sends a value the types forbid, as a hostile page could. */
const ofType = (value: unknown) => value as never

/** For each channel, inputs that are wrong in a way a hostile or buggy page could send. */
const BAD_INPUTS: Record<Channel, unknown[]> = {
  'project:new': [
    { language: 'fr', title: 'x' },
    { language: 'de' },
    { language: 'de', title: 'x'.repeat(501) },
  ],
  'project:open': [{ path: '/etc/passwd' }],
  'project:openRecent': [
    { id: '' },
    { id: 42 },
    { id: 'x'.repeat(201) },
    { id: 'abc', path: '/tmp/x.loyalty.json' },
  ],
  'project:save': [
    { project: { ...project, meta: { ...project.meta, date: 'tomorrow' } } },
    { project: {} },
    { project, path: '/tmp/evil.loyalty.json' },
  ],
  'project:saveAs': [{ project: null }, { project, path: '/tmp/evil.loyalty.json' }],
  'project:reload': [{ path: '/tmp/x' }],
  'recent:list': [{ limit: 3 }],
  'recovery:write': [{ project: { meta: {} } }, { project, id: 'other' }],
  'recovery:list': [{ all: true }],
  'recovery:restore': [{ id: '' }, { id: null }],
  'recovery:discard': [{ id: 7 }, {}],
  'export:document': [
    {
      project,
      options: { format: 'odt', language: 'de', isSummary: false, chapters: null, paperSize: 'A4' },
    },
    { project },
  ],
  'export:openFile': [{ path: '/bin/sh' }],
  'export:showInFolder': [{ path: '/' }],
  'csv:import': [{ path: '/etc/shadow' }],
  'csv:export': [
    { text: 'a;b', suggestedName: 'x.csv', path: '/tmp/x.csv' },
    { text: 5, suggestedName: 'x.csv' },
  ],
  'logo:choose': [{ path: '/home/user/.ssh/id_rsa' }],
  'app:setDirty': [{ isDirty: 'yes' }, {}],
  'shell:openExternal': [{ url: 42 }, { url: 'https://example.com/'.padEnd(2001, 'x') }],
}

describe('every handler checks its input', () => {
  it.each(CHANNELS)(
    '%s refuses invalid input with INVALID_INPUT and does nothing',
    async (channel) => {
      const window = openWindow(await tempDir())
      const handler = window.api[channel] as (input: unknown) => Promise<Result<unknown>>
      for (const input of [...BAD_INPUTS[channel], undefined, null, 'text', [], 42]) {
        const error = errorOf(await handler(input))
        expect(error.code).toBe('INVALID_INPUT')
        expect(error.message).toContain(`"${channel}"`)
      }
      expect(window.dialogs.asked).toEqual([])
      expect(window.shell.opened).toEqual([])
      expect(window.fs.calls).toEqual([])
    },
  )

  it('names the field that is wrong', async () => {
    const window = openWindow(await tempDir())
    const bad = { project: { ...project, initiatives: [{ id: 'i1' }] } }
    const error = errorOf(await window.api['project:save'](ofType(bad)))
    expect(error.message).toMatch(/at project\.initiatives\[0\]\.title: /)
    const lang = errorOf(await window.api['project:new'](ofType({ language: 'fr', title: '' })))
    expect(lang.message).toMatch(/at language: /)
  })

  it('a bad input never throws, even with a hostile getter', async () => {
    const window = openWindow(await tempDir())
    const hostile = Object.defineProperty({}, 'id', {
      enumerable: true,
      get: () => {
        throw new Error('boom')
      },
    })
    const result = await window.api['recovery:discard'](ofType(hostile))
    expect(result.ok).toBe(false)
  })
})
