import { describe, expect, it } from 'vitest'
import { csvCell, csvText, formatBytes, parseCsv, valuesOf } from './importTemplate'

describe('import templates', () => {
  it('writes CSV cells quoted only when needed, and reads them back', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    const text = csvText(
      ['a', 'b'],
      [
        ['1,5', 'line\nbreak'],
        ['', 'x'],
      ],
    )
    expect(text).toBe('a,b\n"1,5","line\nbreak"\n,x\n')
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['1,5', 'line\nbreak'],
      ['', 'x'],
    ])
  })

  it('pairs enum values with their labels', () => {
    expect(valuesOf(['A', 'B'] as const, { A: 'Ay' })).toEqual([
      { value: 'A', label: 'Ay' },
      { value: 'B', label: undefined },
    ])
  })

  it('formats sizes', () => {
    expect(formatBytes(1)).toBe('1 byte')
    expect(formatBytes(2048)).toBe('2 KB')
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB')
  })
})
