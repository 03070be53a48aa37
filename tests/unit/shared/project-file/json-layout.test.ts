import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { layoutJsonBytes } from '../../../../shared/project-file/json-layout'

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('the layout of a project file', () => {
  it('reads back as the same value, whatever the JSON holds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(decode(layoutJsonBytes(encode(value))))).toEqual(
          JSON.parse(JSON.stringify(value)),
        )
      }),
      { numRuns: 500 },
    )
  })

  it('indents like JSON.stringify with two spaces, keeping flat lists on one line', () => {
    const value = { rows: [[3, null, 4.5], ['a, "b"', 'c]\\'], []], title: 'x', none: {} }
    expect(decode(layoutJsonBytes(encode(value)))).toBe(
      [
        '{',
        '  "rows": [',
        '    [3, null, 4.5],',
        '    ["a, \\"b\\"", "c]\\\\"],',
        '    []',
        '  ],',
        '  "title": "x",',
        '  "none": {}',
        '}',
      ].join('\n'),
    )
  })
})
