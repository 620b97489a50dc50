import { describe, expect, it } from 'vitest'
import { joinList, offsetOf, splitList } from './text'

describe('splitList', () => {
  it('trims and drops empties and repeats', () => {
    expect(splitList(' api, web ,, db,api ')).toEqual(['api', 'web', 'db'])
    expect(splitList('')).toEqual([])
  })

  it('joins back', () => {
    expect(joinList(['api', 'web'])).toBe('api, web')
    expect(joinList(null)).toBe('')
  })
})

describe('offsetOf', () => {
  const text = '# Title\n\nThe root cause was human error.\nLast'

  it('finds a 1-based line and column', () => {
    expect(offsetOf(text, 1, 1)).toBe(0)
    expect(offsetOf(text, 3, 20)).toBe(text.indexOf('human error'))
    expect(offsetOf(text, 4, 1)).toBe(text.indexOf('Last'))
  })

  it('clamps past the end of a line or the text', () => {
    expect(offsetOf(text, 1, 99)).toBe(7)
    expect(offsetOf(text, 9, 1)).toBe(text.length)
  })
})
