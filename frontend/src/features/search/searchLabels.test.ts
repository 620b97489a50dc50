import { describe, expect, it } from 'vitest'
import { highlight, searchableText } from './searchLabels'

describe('searchableText', () => {
  it('trims, and refuses what the server would (under 2 or over 200 characters)', () => {
    expect(searchableText('  INC-3 ')).toBe('INC-3')
    expect(searchableText(' a ')).toBeNull()
    expect(searchableText('')).toBeNull()
    expect(searchableText(null)).toBeNull()
    expect(searchableText('x'.repeat(200))).toHaveLength(200)
    expect(searchableText('x'.repeat(201))).toBeNull()
  })
})

describe('highlight', () => {
  it('marks each word of the query, ignoring case', () => {
    expect(highlight('Need the Checkout logs', 'checkout log')).toEqual([
      { text: 'Need the ', match: false },
      { text: 'Checkout', match: true },
      { text: ' ', match: false },
      { text: 'log', match: true },
      { text: 's', match: false },
    ])
  })

  it('takes the query as plain text, not a pattern', () => {
    expect(highlight('a (b) c.*', '(b) .*')).toEqual([
      { text: 'a ', match: false },
      { text: '(b)', match: true },
      { text: ' c', match: false },
      { text: '.*', match: true },
    ])
    expect(highlight('text', '  ')).toEqual([{ text: 'text', match: false }])
    expect(highlight('', 'x')).toEqual([])
  })
})
