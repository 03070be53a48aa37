import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../fixtures'
import { dataOf, errorOf, openWindow } from './harness'

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe('logo', () => {
  it('a PNG becomes a data URL', async () => {
    const folder = await tempDir()
    const path = join(folder, 'logo.png')
    await writeFile(path, Buffer.from([...PNG_HEADER, 1, 2, 3]))
    const window = openWindow(await tempDir())
    window.dialogs.next('openImage', path)
    expect(dataOf(await window.api['logo:choose']({}))).toEqual({
      dataUrl: `data:image/png;base64,${Buffer.from([...PNG_HEADER, 1, 2, 3]).toString('base64')}`,
    })
  })

  it('a JPEG is recognised by its content, whatever its name', async () => {
    const folder = await tempDir()
    const path = join(folder, 'logo.png')
    await writeFile(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))
    const window = openWindow(await tempDir())
    window.dialogs.next('openImage', path)
    expect(dataOf(await window.api['logo:choose']({})).dataUrl).toMatch(/^data:image\/jpeg;base64,/)
  })

  it('refuses files over 2 MB before reading them, and files that are not images', async () => {
    const folder = await tempDir()
    await writeFile(
      join(folder, 'big.png'),
      Buffer.concat([Buffer.from(PNG_HEADER), Buffer.alloc(2 * 1024 * 1024)]),
    )
    await writeFile(join(folder, 'fake.png'), '<svg onload="alert(1)"/>')
    const window = openWindow(await tempDir())
    window.dialogs
      .next('openImage', join(folder, 'big.png'))
      .next('openImage', join(folder, 'fake.png'))
    const big = errorOf(await window.api['logo:choose']({}))
    expect(big).toMatchObject({ code: 'TOO_LARGE', fileName: 'big.png' })
    expect(big.message).toMatch(/at most 2 MB/)
    expect(window.fs.calls).not.toContain(`readFile ${join(folder, 'big.png')}`)
    expect(errorOf(await window.api['logo:choose']({}))).toMatchObject({
      code: 'READ_FAILED',
      message: '"fake.png" is not a PNG or JPEG image.',
    })
  })
})

describe('CSV', () => {
  it('imports UTF-8 with or without a byte order mark, and Windows-1252 from older spreadsheets', async () => {
    const folder = await tempDir()
    await writeFile(join(folder, 'utf8.csv'), '\uFEFFTitel;Verantwortlich\nKundenkarte;Jörg Weiß\n')
    await writeFile(
      join(folder, 'ansi.csv'),
      Buffer.from([
        ...Buffer.from('Titel;Kosten\nGr'),
        0xf6,
        0xdf,
        0x65,
        ...Buffer.from(';5 '),
        0x80,
        0x0a,
      ]),
    )
    const window = openWindow(await tempDir())
    window.dialogs
      .next('openCsv', join(folder, 'utf8.csv'))
      .next('openCsv', join(folder, 'ansi.csv'))
    expect(dataOf(await window.api['csv:import']({}))).toEqual({
      fileName: 'utf8.csv',
      text: 'Titel;Verantwortlich\nKundenkarte;Jörg Weiß\n',
    })
    expect(dataOf(await window.api['csv:import']({})).text).toBe('Titel;Kosten\nGröße;5 €\n')
  })

  it('exports with a byte order mark so that spreadsheets read the umlauts', async () => {
    const folder = await tempDir()
    const window = openWindow(await tempDir())
    window.dialogs.next('saveCsv', join(folder, 'initiativen.csv'))
    const done = dataOf(
      await window.api['csv:export']({
        text: 'Titel\nÜbergabe\n',
        suggestedName: 'initiativen.csv',
      }),
    )
    expect(done.fileName).toBe('initiativen.csv')
    expect(window.dialogs.asked).toEqual([{ kind: 'saveCsv', suggestedName: 'initiativen.csv' }])
    expect(await readFile(join(folder, 'initiativen.csv'), 'utf8')).toBe('\uFEFFTitel\nÜbergabe\n')
  })

  it('a cancelled dialog writes nothing', async () => {
    const window = openWindow(await tempDir())
    expect(
      errorOf(await window.api['csv:export']({ text: 'x', suggestedName: 'x.csv' })).code,
    ).toBe('CANCELLED')
    expect(errorOf(await window.api['csv:import']({})).code).toBe('CANCELLED')
  })
})
